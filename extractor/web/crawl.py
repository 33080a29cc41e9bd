"""Crawl a portal section: follow listing pages and their pagination to the
articles on the same site, and extract records from every article.

Writes, in the output directory:
  state.sqlite   the frontier and every outcome, committed page by page
  records.jsonl  every record of every article
  texts/<doc_id>.txt  the text each record's evidence offsets point into
  pages.jsonl    one line per page: url, final_url, status, kind, title,
                 published, fetched_at, content_hash, error, parent, ...

With `attachments`, the files an article links to (a decision's PDF or
.docx, on the site or on its file host) are fetched and read as documents
too: their records' source is the file's URL, their text is saved like a
page's, and pages.jsonl lists each with its parent article. Robots, pacing,
the size limit and resume apply to them as to pages.

A second run resumes: a page already fetched is not fetched again, unless
`refresh`, and then conditionally (ETag / Last-Modified). Pages that failed
for a reason that may pass (timeouts, 5xx) are tried again on the next run.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from ..document import Document
from ..output import record_dict, save_text
from ..readers import ReadError, Unsupported
from .export import page_line, write_jsonl
from .fetch import Fetcher, FetchError, RobotsDisallowed
from .attachments import attachment_document
from .page import content_hash, page_document, read_page
from .progress import Progress
from .state import CrawlState, PageRow
from .urls import is_web_url, looks_like_file, normalize_url, site_of

Extract = Callable[[Document], list]
# Rewrite records.jsonl and pages.jsonl this often during a crawl, so that a
# long crawl shows its results before it ends (the database has them anyway).
EXPORT_EVERY = 50


@dataclass
class CrawlSummary:
    fetched: int = 0
    articles: int = 0
    attachments: int = 0
    listings: int = 0
    empty: int = 0
    not_modified: int = 0
    robots: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # not web pages
    failed: list[tuple[str, str]] = field(default_factory=list)
    records_new: int = 0  # from the articles fetched in this run
    records_total: int = 0  # in records.jsonl
    stopped_at_max_pages: bool = False

    @property
    def requested(self) -> int:
        return self.fetched + self.not_modified + len(self.skipped) + len(self.failed)


class Crawler:
    def __init__(self, out_dir: Path, fetcher: Fetcher, extract: Optional[Extract] = None,
                 max_pages: Optional[int] = None, refresh: bool = False,
                 progress: Optional[Progress] = None, attachments: bool = False):
        if extract is None:
            from ..pipeline import extract_document as extract
        self.out_dir = Path(out_dir)
        self.texts_dir = self.out_dir / "texts"
        self.fetcher = fetcher
        self.extract = extract
        self.max_pages = max_pages
        self.refresh = refresh
        self.attachments = attachments
        self.progress = progress or Progress()
        self.summary = CrawlSummary()
        self._sites: set[str] = set()

    def run(self, start_urls: Sequence[str]) -> CrawlSummary:
        for url in start_urls:
            if not is_web_url(url):
                raise ValueError(f"not an http(s) URL: {url}")
        self.texts_dir.mkdir(parents=True, exist_ok=True)
        state = CrawlState(self.out_dir / "state.sqlite")
        try:
            run = state.start_run(self.refresh)
            for url in start_urls:
                state.add(normalize_url(url), None)
                self._sites.add(site_of(url))
            done = 0
            while True:
                if self.max_pages is not None and self.summary.requested >= self.max_pages:
                    self.summary.stopped_at_max_pages = state.next_due(run, self.refresh) is not None
                    break
                row = state.next_due(run, self.refresh)
                if row is None:
                    break
                self._visit(state, run, row)
                done += 1
                self._show(state, run)
                if done % EXPORT_EVERY == 0:
                    self._export(state)
            state.finish_run(run)
        finally:
            self._export(state)
            self.progress.close()
            state.close()
        return self.summary

    def _visit(self, state: CrawlState, run: int, row: PageRow) -> None:
        url = row.url
        conditional = self.refresh and row.status in ("fetched", "not_modified")
        try:
            response = self.fetcher.fetch(
                url,
                etag=row.etag if conditional else None,
                last_modified=row.last_modified if conditional else None,
                # a file may be served from the site's file host
                follow=(lambda _: True) if row.hint == "attachment" else self._on_site,
            )
        except RobotsDisallowed as error:
            state.record_outcome(url, run, "robots", error=str(error), retryable=0)
            self.summary.robots.append(url)
            return
        except FetchError as error:
            state.record_outcome(url, run, "failed", error=str(error), http_status=error.status,
                                 retryable=int(error.retryable))
            self.summary.failed.append((url, str(error)))
            return
        if response.not_modified:
            state.record_outcome(url, run, "not_modified", http_status=304, fetched_at=response.fetched_at,
                                 error=None, retryable=0)
            self.summary.not_modified += 1
            return
        if row.hint == "attachment":
            self._read_attachment(state, run, url, response)
            return
        try:
            page = read_page(response, row.hint)
        except Unsupported as error:
            state.record_outcome(url, run, "skipped", final_url=response.final_url, http_status=response.status,
                                 error=str(error), retryable=0)
            self.summary.skipped.append((url, str(error)))
            return
        except ReadError as error:
            state.record_outcome(url, run, "failed", final_url=response.final_url, http_status=response.status,
                                 error=str(error), retryable=0)
            self.summary.failed.append((url, str(error)))
            return
        fields = dict(
            kind=page.kind, final_url=response.final_url, http_status=response.status, title=page.title,
            published=page.published, author=page.author, fetched_at=response.fetched_at,
            content_hash=content_hash(response), etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"), error=None, retryable=0,
        )
        files = tuple((link, "attachment", url) for link in page.attachment_links) if self.attachments else ()
        if page.kind == "listing":
            links = [(link, "article") for link in page.article_links if self._follows(link)]
            links += [(link, "listing") for link in page.pagination_links if self._follows(link)]
            state.record_outcome(url, run, "fetched", links=tuple(links) + files, **fields)
            self.summary.listings += 1
        elif page.kind == "article":
            doc = page_document(response, page)
            try:
                # the JSON line `chiso extract` writes, stored as such until exported
                lines = [json.dumps(record_dict(record), ensure_ascii=False) for record in self.extract(doc)]
            except Exception as error:  # a bug on one page must not end the crawl
                state.record_outcome(url, run, "failed", final_url=response.final_url,
                                     http_status=response.status, error=f"extraction failed: {error!r}",
                                     retryable=0)
                self.summary.failed.append((url, f"extraction failed: {error!r}"))
                return
            save_text(doc, self.texts_dir)
            state.record_outcome(url, run, "fetched", records=lines, doc_id=doc.doc_id, links=files, **fields)
            self.summary.articles += 1
            self.summary.records_new += len(lines)
        else:
            state.record_outcome(url, run, "fetched", **fields)
            self.summary.empty += 1
        self.summary.fetched += 1

    def _read_attachment(self, state: CrawlState, run: int, url: str, response) -> None:
        """A file an article links to, read as a document and its records kept like a page's."""
        fields = dict(final_url=response.final_url, http_status=response.status, fetched_at=response.fetched_at,
                      content_hash=content_hash(response), etag=response.headers.get("etag"),
                      last_modified=response.headers.get("last-modified"))
        try:
            doc = attachment_document(response, state.parent_of(url))
        except Unsupported as error:  # an image, a web page, an archive: not a document
            state.record_outcome(url, run, "skipped", error=str(error), retryable=0, **fields)
            self.summary.skipped.append((url, str(error)))
            return
        except ReadError as error:
            state.record_outcome(url, run, "failed", error=str(error), retryable=0, **fields)
            self.summary.failed.append((url, str(error)))
            return
        try:
            lines = [json.dumps(record_dict(record), ensure_ascii=False) for record in self.extract(doc)]
        except Exception as error:  # a bug on one file must not end the crawl
            state.record_outcome(url, run, "failed", error=f"extraction failed: {error!r}", retryable=0, **fields)
            self.summary.failed.append((url, f"extraction failed: {error!r}"))
            return
        save_text(doc, self.texts_dir)
        title = doc.metadata.get("title")
        state.record_outcome(url, run, "fetched", records=lines, doc_id=doc.doc_id, kind="attachment",
                             title=title, error=None, retryable=0, **fields)
        self.summary.attachments += 1
        self.summary.records_new += len(lines)
        self.summary.fetched += 1

    def _on_site(self, url: str) -> bool:
        return site_of(url) in self._sites

    def _follows(self, url: str) -> bool:
        return is_web_url(url) and self._on_site(url) and not looks_like_file(url)

    def _show(self, state: CrawlState, run: int) -> None:
        if not self.progress.enabled:
            return
        self.progress.update(
            queued=state.queued_count(run, self.refresh), fetched=self.summary.fetched,
            failed=len(self.summary.failed), records=state.record_count(),
        )

    def _export(self, state: CrawlState) -> None:
        self.summary.records_total = write_jsonl(self.out_dir / "records.jsonl", state.record_lines())
        write_jsonl(self.out_dir / "pages.jsonl", (page_line(p) for p in state.pages()))
