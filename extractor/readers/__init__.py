"""Readers turn one input (a file path, stdin, a URL) into a Document.

Each reader module registers the file suffixes it reads. A reader raises
ReadError with a message a user can act on; the batch records it and goes on.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable

from ..document import Document

Reader = Callable[[Path, str], Document]
_READERS: dict[str, Reader] = {}

# A text larger than this is refused rather than read: no real article or
# decision comes near it, and hostile input must not stall the batch.
MAX_INPUT_BYTES = 50 * 1024 * 1024
# An office file is a zip: one that unpacks past this is a zip bomb, refused before any
# parser opens it (a real .docx unpacks to a few times its size).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_ZIPPED_SUFFIXES = frozenset({".docx", ".xlsx", ".pptx", ".odt"})
_UNPACK_CHUNK = 1024 * 1024


class ReadError(Exception):
    """An input that cannot be read; the message says why."""


class Unsupported(ReadError):
    """An input of a kind chiso does not read: counted as skipped, not failed."""


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def add(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix.lower()] = reader
        return reader
    return add


def doc_id_for(path: Path) -> str:
    """A file's name without its extension."""
    return path.stem


def readable_suffixes() -> frozenset[str]:
    _load_readers()
    return frozenset(_READERS)


def read_path(path: Path, source: str | None = None) -> Document:
    """Read one file into a Document, by its suffix."""
    _load_readers()
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise Unsupported(f"not a kind of file chiso reads ({path.suffix or 'no extension'})")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ReadError(f"cannot open: {error.strerror or error}") from error
    if size > MAX_INPUT_BYTES:
        raise ReadError(f"too large: {size:,} bytes (limit {MAX_INPUT_BYTES:,})")
    if path.suffix.lower() in _ZIPPED_SUFFIXES:
        _check_unpacked_size(path)
    return reader(path, source if source is not None else str(path))


def _check_unpacked_size(path: Path) -> None:
    """Refuse a zip that unpacks past MAX_UNPACKED_BYTES. Each member is really unpacked, a
    chunk at a time with a running total (the sizes a zip declares are the sender's word), so
    a bomb is stopped at the limit and never held in memory."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip after all: the reader says what is wrong with it
    total = 0
    with archive:
        for member in archive.infolist():
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_UNPACK_CHUNK):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise ReadError(f"unpacks past {MAX_UNPACKED_BYTES:,} bytes: a zip bomb, not read")
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
                return  # a damaged or encrypted member: the reader reports it


_loaded = False


def _load_readers() -> None:
    """Import the reader modules so that they register themselves."""
    global _loaded
    if _loaded:
        return
    from . import text  # noqa: F401  (registers .txt)
    import importlib

    for name in ("pdf", "office"):
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    _loaded = True
