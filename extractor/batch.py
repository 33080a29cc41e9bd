"""Many inputs in, one outcome per input out: done, skipped or failed.

Inputs are files, folders (read recursively, in name order), "-" for
standard input and http(s) URLs. Every input ends in exactly one Outcome,
so a run can account for all of them; one bad input never stops the rest.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .document import Document
from .pipeline import extract_document
from .readers import ReadError, Unsupported, read_path, readable_suffixes
from .readers.text import read_text_bytes

DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass
class Outcome:
    source: str
    status: str
    doc_id: str | None = None
    records: list = field(default_factory=list)
    error: str | None = None
    document: Document | None = None


@dataclass(frozen=True)
class Source:
    """One input: a file path, "-" (standard input) or a URL."""

    name: str
    path: Path | None = None


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def expand(inputs: Iterable[str]) -> Iterator[Source | Outcome]:
    """Sources to read; an input that names nothing readable becomes an Outcome."""
    for name in inputs:
        if name == "-" or is_url(name):
            yield Source(name)
            continue
        path = Path(name)
        if path.is_dir():
            suffixes = readable_suffixes()
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in suffixes:
                    yield Source(str(child), child)
                elif not child.name.startswith("."):
                    yield Outcome(str(child), SKIPPED, error=f"not a kind of file chiso reads ({child.suffix or 'no extension'})")
        elif path.exists():
            yield Source(name, path)
        else:
            yield Outcome(name, FAILED, error="no such file or folder")


def read_source(source: Source) -> Document:
    if source.name == "-":
        return read_text_bytes(sys.stdin.buffer.read(), "stdin", "-")
    if is_url(source.name):
        try:
            from .web import fetch_document
        except ImportError as error:  # pragma: no cover - the web package ships with chiso
            raise ReadError(f"cannot read URLs: {error}") from error
        return fetch_document(source.name)
    return read_path(source.path, source.name)


def process(source: Source, taken_ids: set[str] | None = None) -> Outcome:
    """Read and extract one source; every failure becomes the outcome's error.

    `taken_ids` holds the doc_ids already given out in this run: a second
    file of the same name ("decision.pdf" beside "decision.docx") gets its
    extension in its doc_id, so its records and saved text stay its own.
    """
    try:
        document = read_source(source)
    except Unsupported as error:
        return Outcome(source.name, SKIPPED, error=str(error))
    except ReadError as error:
        return Outcome(source.name, FAILED, error=str(error))
    except Exception as error:  # a reader bug must not end the batch
        return Outcome(source.name, FAILED, error=f"{type(error).__name__}: {error}")
    if taken_ids is not None:
        document.doc_id = _unique_id(document.doc_id, source, taken_ids)
        taken_ids.add(document.doc_id)
    try:
        records = extract_document(document)
    except Exception as error:
        return Outcome(source.name, FAILED, document.doc_id, error=f"extraction failed: {type(error).__name__}: {error}")
    return Outcome(source.name, DONE, document.doc_id, records, document=document)


def _unique_id(doc_id: str, source: Source, taken: set[str]) -> str:
    if doc_id not in taken:
        return doc_id
    candidate = source.path.name if source.path is not None else doc_id
    number = 2
    while candidate in taken:
        candidate = f"{doc_id}~{number}"
        number += 1
    return candidate


def run(inputs: Iterable[str]) -> Iterator[Outcome]:
    """One Outcome per input, in order, lazily: memory stays flat.

    Only the doc_ids are remembered across inputs, to keep them apart.
    """
    taken_ids: set[str] = set()
    for item in expand(inputs):
        yield item if isinstance(item, Outcome) else process(item, taken_ids)


def extract_files(inputs: Iterable[str | Path]) -> Iterator:
    """Records of every readable input (files, folders, URLs), as they come.

    Inputs that cannot be read are passed over; use run() to see them.
    """
    for outcome in run(str(i) for i in inputs):
        yield from outcome.records
