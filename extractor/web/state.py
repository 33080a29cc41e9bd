"""A crawl's state on disk (DIR/state.sqlite): the frontier, every page's
outcome and every record, committed page by page so that a killed crawl
loses at most the page it was on."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,          -- normalized, as discovered
    hint TEXT,                          -- how it was reached: listing / article / attachment / NULL (start URL)
    status TEXT NOT NULL DEFAULT 'queued',
        -- queued | fetched | not_modified | failed | robots | skipped
    kind TEXT,                          -- article | listing | empty | attachment
    final_url TEXT,
    http_status INTEGER,
    title TEXT,
    published TEXT,
    author TEXT,
    fetched_at TEXT,
    content_hash TEXT,
    etag TEXT,
    last_modified TEXT,
    error TEXT,
    retryable INTEGER NOT NULL DEFAULT 0,
    doc_id TEXT,
    records INTEGER NOT NULL DEFAULT 0,
    run INTEGER NOT NULL DEFAULT 0,     -- the run that last dealt with it
    parent TEXT                         -- an attachment's article (or listing)
);
CREATE INDEX IF NOT EXISTS pages_final_url ON pages(final_url);
CREATE TABLE IF NOT EXISTS records (
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    refresh INTEGER NOT NULL,
    finished_at TEXT
);
"""

PAGE_FIELDS = ("url", "final_url", "status", "kind", "http_status", "title", "published", "author",
               "fetched_at", "content_hash", "error", "doc_id", "records", "parent")
_OUTCOME_FIELDS = set(PAGE_FIELDS) | {"etag", "last_modified", "retryable"}


@dataclass
class PageRow:
    url: str
    hint: Optional[str]
    status: str
    etag: Optional[str]
    last_modified: Optional[str]
    doc_id: Optional[str]


class CrawlState:
    def __init__(self, path: Path):
        self._db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(pages)")}
        if "parent" not in columns:  # a state written before attachments were followed
            self._db.execute("ALTER TABLE pages ADD COLUMN parent TEXT")

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------ runs

    def start_run(self, refresh: bool) -> int:
        cursor = self._db.execute("INSERT INTO runs (started_at, refresh) VALUES (?, ?)", (_now(), int(refresh)))
        return cursor.lastrowid

    def finish_run(self, run: int) -> None:
        self._db.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (_now(), run))

    # ------------------------------------------------------------ frontier

    def add(self, url: str, hint: Optional[str], parent: Optional[str] = None) -> bool:
        """Queue a URL unless it is known (also as another page's final URL)."""
        if self.known(url):
            return False
        self._db.execute("INSERT INTO pages (url, hint, parent) VALUES (?, ?, ?)", (url, hint, parent))
        return True

    def parent_of(self, url: str) -> Optional[str]:
        row = self._db.execute("SELECT parent FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def known(self, url: str) -> bool:
        return self._db.execute(
            "SELECT 1 FROM pages WHERE url = ? OR final_url = ? LIMIT 1", (url, url)
        ).fetchone() is not None

    def next_due(self, run: int, refresh: bool) -> Optional[PageRow]:
        """The next page to fetch in this run: queued ones; those whose last
        failure may pass on a new try (from an earlier run); with refresh,
        every page this run has not dealt with yet."""
        row = self._db.execute(
            """SELECT url, hint, status, etag, last_modified, doc_id FROM pages
               WHERE status = 'queued'
                  OR (run < :run AND status = 'failed' AND retryable = 1)
                  OR (:refresh AND run < :run)
               ORDER BY id LIMIT 1""",
            {"run": run, "refresh": int(refresh)},
        ).fetchone()
        return PageRow(*row) if row else None

    def queued_count(self, run: int, refresh: bool) -> int:
        return self._db.execute(
            """SELECT COUNT(*) FROM pages WHERE status = 'queued'
               OR (run < :run AND status = 'failed' AND retryable = 1) OR (:refresh AND run < :run)""",
            {"run": run, "refresh": int(refresh)},
        ).fetchone()[0]

    # ------------------------------------------------------------ outcomes

    def record_outcome(self, url: str, run: int, status: str, *, records: Optional[list[str]] = None,
                       links: tuple[tuple[str, ...], ...] = (), **fields) -> None:
        """One page's outcome, its records (JSON lines, replacing the
        document's earlier ones) and the links it queues, in one transaction."""
        unknown = set(fields) - _OUTCOME_FIELDS
        if unknown:
            raise ValueError(f"not a page field: {', '.join(sorted(unknown))}")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if records is not None:
                doc_id = fields["doc_id"]
                self._db.execute("DELETE FROM records WHERE doc_id = ?", (doc_id,))
                self._db.executemany(
                    "INSERT INTO records (doc_id, seq, json) VALUES (?, ?, ?)",
                    [(doc_id, i, line) for i, line in enumerate(records)],
                )
                fields["records"] = len(records)
            columns = {"status": status, "run": run, **fields}
            assignments = ", ".join(f"{name} = :{name}" for name in columns)
            self._db.execute(f"UPDATE pages SET {assignments} WHERE url = :url", {**columns, "url": url})
            for link, hint, *parent in links:  # (url, hint) or (url, hint, parent page)
                self.add(link, hint, parent[0] if parent else None)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------ reading

    def pages(self) -> Iterator[dict]:
        cursor = self._db.execute(f"SELECT {', '.join(PAGE_FIELDS)} FROM pages ORDER BY id")
        for row in cursor:
            yield dict(zip(PAGE_FIELDS, row))

    def record_lines(self) -> Iterator[str]:
        """Every record as its JSON line, in the order the pages were found."""
        yield from (line for (line,) in self._db.execute(
            """SELECT r.json FROM records r
               JOIN (SELECT doc_id, MIN(id) AS first FROM pages WHERE doc_id IS NOT NULL GROUP BY doc_id) p
               ON p.doc_id = r.doc_id ORDER BY p.first, r.seq"""))

    def record_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
