"""Many inputs in, one outcome per input out: done, skipped or failed.

Inputs are files, folders (read recursively, in name order), "-" for
standard input, http(s) URLs, and URLs fsspec reads (s3://, gs://, hdfs://,
...: a file, a folder or a glob). Every input ends in exactly one Outcome,
so a run can account for all of them; one bad input never stops the rest.
The work may run here, in worker processes (`workers`) or on a Dask cluster
(`scheduler`): the outcomes are the same, in the same order.
"""
from __future__ import annotations

import itertools
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .bounded import TakenIds, sorted_names
from .document import Document
from .pipeline import extract_document
from .readers import MAX_INPUT_BYTES, ReadError, Unsupported, read_path, readable_suffixes
from .readers.text import read_text_bytes, read_text_file
from . import readers as _readers

DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass
class Outcome:
    source: str
    status: str
    doc_id: str | None = None
    records: list = field(default_factory=list)
    error: str | None = None
    document: Document | None = None
    # scanned pages only: page number -> Tesseract's mean word confidence (0-100)
    ocr_confidence: dict[int, float | None] | None = None


@dataclass(frozen=True)
class Source:
    """One input: a file path, "-" (standard input) or a URL."""

    name: str
    path: Path | None = None


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


_REMOTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")
_GLOB = re.compile(r"[*?\[]")


def is_remote(name: str) -> bool:
    """A URL that fsspec reads (s3://, gs://, hdfs://, memory://, ...), not an http(s) page."""
    return bool(_REMOTE.match(name)) and not is_url(name)


# The text reader's suffixes, known without importing the PDF and office
# readers (pdfplumber, python-docx): a run on text files never needs them.
_TEXT_SUFFIXES = frozenset(s for s, reader in _readers._READERS.items() if reader is read_text_file)


def _readable(suffix: str) -> bool:
    suffix = suffix.lower()
    return suffix in _TEXT_SUFFIXES or suffix in readable_suffixes()


def _skipped(name: str, suffix: str) -> Outcome:
    return Outcome(name, SKIPPED, error=f"not a kind of file chiso reads ({suffix or 'no extension'})")


def expand(inputs: Iterable[str]) -> Iterator[Source | Outcome]:
    """Sources to read; an input that names nothing readable becomes an Outcome."""
    for name in inputs:
        if name == "-" or is_url(name):
            yield Source(name)
            continue
        if is_remote(name):
            yield from _expand_remote(name)
            continue
        path = Path(name)
        if path.is_dir():
            for child in _files_under(path):
                if _readable(child.suffix):
                    yield Source(str(child), child)
                elif not child.name.startswith("."):
                    yield _skipped(str(child), child.suffix)
        elif path.exists():
            yield Source(name, path)
        else:
            yield Outcome(name, FAILED, error="no such file or folder")


def _files_under(folder: Path) -> Iterator[Path]:
    """The files under a folder, recursively, in the order of their sorted paths.

    Folder by folder, so that only the names of the folders being walked are
    held, and those on disk past a limit (bounded.sorted_names): listing a
    corpus of millions of files keeps no Path for each. Links to folders are
    not followed (a link loop would never end).
    """
    for name in sorted_names(folder):
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            yield from _files_under(path)
        elif path.is_file():
            yield path


def _expand_remote(name: str) -> Iterator[Source | Outcome]:
    """A file, folder (recursive, in name order) or glob that fsspec reads."""
    try:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(name)
        if _GLOB.search(path):
            found = sorted(p for p in fs.glob(path) if fs.isfile(p))
        elif fs.isdir(path):
            found = sorted(fs.find(path))
        elif fs.exists(path):
            yield Source(name)
            return
        else:
            yield Outcome(name, FAILED, error="no such file or folder")
            return
    except Exception as error:  # no such protocol, no credentials, the service down
        yield Outcome(name, FAILED, error=f"cannot list: {type(error).__name__}: {error}")
        return
    for child in found:
        url = fs.unstrip_protocol(child)
        base = child.rstrip("/").rsplit("/", 1)[-1]
        suffix = Path(base).suffix
        if _readable(suffix):
            yield Source(url)
        elif not base.startswith("."):
            yield _skipped(url, suffix)


def _size_checked(size: int) -> None:
    # the same limit and words as readers.read_path
    if size > MAX_INPUT_BYTES:
        raise ReadError(f"too large: {size:,} bytes (limit {MAX_INPUT_BYTES:,})")


def read_source(source: Source) -> Document:
    if source.name == "-":
        return read_text_bytes(sys.stdin.buffer.read(), "stdin", "-")
    if is_url(source.name):
        try:
            from .web import fetch_document
        except ImportError as error:  # pragma: no cover - the web package ships with chiso
            raise ReadError(f"cannot read URLs: {error}") from error
        return fetch_document(source.name)
    if is_remote(source.name):
        return read_bytes(read_remote(source.name), source)
    if source.path.suffix.lower() in _TEXT_SUFFIXES:
        # what read_path does for a text file, without importing the other readers
        try:
            size = source.path.stat().st_size
        except OSError as error:
            raise ReadError(f"cannot open: {error.strerror or error}") from error
        _size_checked(size)
        return read_text_file(source.path, source.name)
    return read_path(source.path, source.name)


def read_remote(url: str) -> bytes:
    """The bytes of a file fsspec reads, within the size limit."""
    try:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(url)
        _size_checked(fs.size(path) or 0)
        return fs.cat_file(path)
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError("no such file or folder") from None
    except Exception as error:
        raise ReadError(f"cannot read: {type(error).__name__}: {error}") from error


def read_local(source: Source) -> bytes | None:
    """A local file's bytes, to be read where they are sent (None: too large; the reader says so)."""
    try:
        if source.path.stat().st_size > MAX_INPUT_BYTES:
            return None
        return source.path.read_bytes()
    except OSError:
        return None  # the reader reports it with its own words


def read_bytes(data: bytes, source: Source) -> Document:
    """A Document from an input's bytes read elsewhere: the same as reading it where it lies.

    doc_id and reader come from the input's file name, as for a local file.
    """
    if source.name == "-":
        return read_text_bytes(data, "stdin", "-")
    _size_checked(len(data))
    base = source.path.name if source.path is not None else source.name.rstrip("/").rsplit("/", 1)[-1]
    suffix = Path(base).suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return read_text_bytes(data, _readers.doc_id_for(Path(base)), source.name)
    if not _readable(suffix):
        raise Unsupported(f"not a kind of file chiso reads ({Path(base).suffix or 'no extension'})")
    import tempfile

    # the PDF and office readers read files: a copy under the same name gives the same doc_id
    with tempfile.TemporaryDirectory(prefix="chiso-") as folder:
        copy = Path(folder) / base
        copy.write_bytes(data)
        return read_path(copy, source.name)


def process(source: Source, taken_ids: TakenIds | None = None, data: bytes | None = None) -> Outcome:
    """Read and extract one source; every failure becomes the outcome's error.

    `taken_ids` holds the doc_ids already given out in this run: a second
    file of the same name ("decision.pdf" beside "decision.docx") gets its
    extension in its doc_id, so its records and saved text stay its own.
    `data`: the input's bytes, read where the run started (standard input,
    or a local file sent to a cluster).
    """
    try:
        document = read_source(source) if data is None else read_bytes(data, source)
    except Unsupported as error:
        return Outcome(source.name, SKIPPED, error=str(error))
    except ReadError as error:
        return Outcome(source.name, FAILED, error=str(error))
    except Exception as error:  # a reader bug must not end the batch
        return Outcome(source.name, FAILED, error=f"{type(error).__name__}: {error}")
    if taken_ids is not None:
        document.doc_id = _unique_id(document.doc_id, source, taken_ids)
        taken_ids.add(document.doc_id)
    confidence = document.metadata.get("ocr_confidence")
    try:
        records = extract_document(document)
    except Exception as error:
        return Outcome(source.name, FAILED, document.doc_id, error=f"extraction failed: {type(error).__name__}: {error}",
                       ocr_confidence=confidence)
    return Outcome(source.name, DONE, document.doc_id, records, document=document, ocr_confidence=confidence)


def _unique_id(doc_id: str, source: Source, taken: TakenIds) -> str:
    if doc_id not in taken:
        return doc_id
    candidate = source.path.name if source.path is not None else doc_id
    number = 2
    while candidate in taken:
        candidate = f"{doc_id}~{number}"
        number += 1
    return candidate


def claim_id(outcome: Outcome, source: Source, taken_ids: TakenIds) -> Outcome:
    """Give an outcome made elsewhere (a worker) the doc_id process() would have given it here.

    Workers see one input each, so the ids are made unique where the
    outcomes come back, in input order; records take the id they are given.
    """
    if outcome.doc_id is None:  # not read: it takes no id, as in process()
        return outcome
    doc_id = _unique_id(outcome.doc_id, source, taken_ids)
    taken_ids.add(doc_id)
    return renamed(outcome, doc_id)


def renamed(outcome: Outcome, doc_id: str) -> Outcome:
    """The outcome with its document and records under another doc_id."""
    if outcome.doc_id is not None and doc_id != outcome.doc_id:
        outcome.doc_id = doc_id
        outcome.records = [record.model_copy(update={"doc_id": doc_id}) for record in outcome.records]
        if outcome.document is not None:
            outcome.document.doc_id = doc_id
    return outcome


def planned_id(source: Source) -> str | None:
    """The doc_id a file's reader gives it (its name without the extension); None for a web page or stdin."""
    if source.path is not None:
        return _readers.doc_id_for(source.path)
    if is_remote(source.name):
        return _readers.doc_id_for(Path(source.name.rstrip("/").rsplit("/", 1)[-1]))
    return None


def plan_ids(sources: Iterable[Source]) -> Iterator[tuple[Source, str | None]]:
    """Each source with the unique doc_id it will have, decided before anything is read.

    For runs whose outcomes are not collected in one place (a Dask bag): the
    same ids as run() gives, except that a file that cannot be read still
    holds its name against a later file of the same name.
    """
    taken = TakenIds()
    for source in sources:
        doc_id = planned_id(source)
        if doc_id is not None:
            doc_id = _unique_id(doc_id, source, taken)
            taken.add(doc_id)
        yield source, doc_id


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run(inputs: Iterable[str], workers: int = 1, scheduler: str | None = None) -> Iterator[Outcome]:
    """One Outcome per input, in order, lazily: memory stays flat.

    Only the doc_ids are remembered across inputs, to keep them apart (on
    disk past a limit: bounded.TakenIds).
    `workers` > 1 reads and extracts in that many worker processes;
    `scheduler` ("local", or a Dask scheduler's address) runs the work on a
    Dask cluster. Either way the outcomes are those of a run in one process.
    """
    items = expand(str(i) for i in inputs)
    if scheduler is not None:
        from .cluster import run_on_dask

        yield from run_on_dask(items, scheduler, workers)
        return
    taken_ids = TakenIds()
    first_done = False
    for item in items:
        if isinstance(item, Outcome):
            yield item
            continue
        if workers > 1 and first_done:
            # A second input: the rest go to worker processes. The first was
            # read here, so a run of one input starts none, and the rules and
            # gazetteer it loaded are shared by the workers forked after it.
            from .parallel import run_in_processes

            yield from run_in_processes(itertools.chain([item], items), workers, taken_ids)
            return
        yield process(item, taken_ids)
        first_done = True


def extract_files(inputs: Iterable[str | Path], workers: int = 1, scheduler: str | None = None) -> Iterator:
    """Records of every readable input (files, folders, URLs), as they come.

    Inputs that cannot be read are passed over; use run() to see them.
    """
    for outcome in run((str(i) for i in inputs), workers, scheduler):
        yield from outcome.records
