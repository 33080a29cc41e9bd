"""What a run must remember of every input, in bounded memory.

A run keeps two things that grow with the corpus: the doc_ids it has given
out (to keep them apart) and, while it lists a folder, that folder's names
(to read them in order). Both live in memory while they are small and move
to a temporary SQLite file past a limit, so that a run over millions of
inputs holds no more memory than one over thousands. SQLite is in the
standard library; its page cache is bounded, and ORDER BY over a spilled
table is an external sort.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterator

# past this many entries a set or a listing moves to disk (under 0.5 MB of Python strings;
# a look-up on disk costs microseconds, against milliseconds to read an article)
IN_MEMORY_LIMIT = 4096


def _spill_file() -> sqlite3.Connection:
    """A connection to a new SQLite file that is deleted when closed (or when the process ends)."""
    handle, name = tempfile.mkstemp(prefix="chiso-", suffix=".sqlite")
    os.close(handle)
    connection = sqlite3.connect(name, check_same_thread=False)
    os.unlink(name)  # the open connection keeps the file; nothing is left behind
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-256")  # KiB: the pages a look-up touches, not the whole table
    return connection


class TakenIds:
    """A set of strings (`in`, `add`) that spills to disk past `limit` entries."""

    def __init__(self, limit: int | None = None):
        self._limit = IN_MEMORY_LIMIT if limit is None else limit
        self._memory: set[str] | None = set()
        self._disk: sqlite3.Connection | None = None
        self._count = 0

    def __contains__(self, key: str) -> bool:
        if self._memory is not None:
            return key in self._memory
        return self._disk.execute("SELECT 1 FROM taken WHERE id = ?", (_stored(key),)).fetchone() is not None

    def add(self, key: str) -> None:
        if self._memory is not None:
            if key in self._memory:
                return
            self._memory.add(key)
            self._count += 1
            if self._count > self._limit:
                self._spill()
            return
        self._disk.execute("INSERT OR IGNORE INTO taken(id) VALUES (?)", (_stored(key),))

    def __len__(self) -> int:
        if self._memory is not None:
            return len(self._memory)
        return self._disk.execute("SELECT count(*) FROM taken").fetchone()[0]

    def _spill(self) -> None:
        self._disk = _spill_file()
        self._disk.execute("CREATE TABLE taken(id BLOB PRIMARY KEY) WITHOUT ROWID")
        self._disk.executemany("INSERT INTO taken(id) VALUES (?)", ((_stored(key),) for key in self._memory))
        self._memory = None


def _stored(key: str) -> bytes:
    # (a doc_id from a file name that is not UTF-8 holds surrogates, which SQLite text cannot)
    return key.encode("utf-8", "surrogateescape")


def sorted_names(folder: Path, limit: int | None = None) -> Iterator[str]:
    """The names in a folder, sorted as Python sorts strings (by code point).

    A folder of more than `limit` names is sorted on disk: its names are read
    as the file system gives them and come back in order from SQLite.
    """
    limit = IN_MEMORY_LIMIT if limit is None else limit
    names: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            names.append(entry.name)
            if len(names) > limit:
                yield from _sorted_on_disk(names, entries)
                return
    names.sort()
    yield from names


def _sorted_on_disk(first: list[str], rest: Iterator[os.DirEntry]) -> Iterator[str]:
    # names go in as the file system's bytes: a name that is not UTF-8 (held by
    # Python with surrogates) could not be stored as SQLite text; for UTF-8
    # names the bytes' order is the code-point order of the in-memory sort
    disk = _spill_file()
    try:
        disk.execute("CREATE TABLE name(name BLOB NOT NULL)")
        disk.executemany("INSERT INTO name VALUES (?)", ((os.fsencode(n),) for n in first))
        first.clear()
        disk.executemany("INSERT INTO name VALUES (?)", ((os.fsencode(entry.name),) for entry in rest))
        for (name,) in disk.execute("SELECT name FROM name ORDER BY name"):
            yield os.fsdecode(name)
    finally:
        disk.close()
