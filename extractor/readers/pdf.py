"""PDF files: the text layer through pdfplumber, scanned pages through OCR.

Every failure a PDF can bring (a password, a cut-off file, no pages, an
absurd page count, a scan when Tesseract is missing) becomes a ReadError with
a plain message, so one bad file never stops a batch.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from . import legacy, ocr
from ..document import Document
from .page_layout import PageLayout, Word, assemble, grid_bbox, inside
from .unruled_tables import find_unruled_grids
from . import ReadError, doc_id_for, register

MAX_PAGES = 2000
# A page with fewer characters than this in its text layer is taken for a
# scan (a stamp or a page number may still be text on a scanned page).
MIN_TEXT_LAYER_CHARS = 20
OCR_DPI = 300
# Rendering a poster-sized page at 300 dpi would take gigabytes.
MAX_OCR_PIXELS = 60_000_000


def _read_error(error: Exception, what: str) -> ReadError:
    """A plain message for what pdfplumber or pdfminer raised."""
    cause = error
    # pdfplumber wraps pdfminer's exceptions in its own
    while isinstance(cause, PdfminerException) and cause.args and isinstance(cause.args[0], Exception):
        cause = cause.args[0]
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return ReadError("encrypted PDF: it needs a password to open")
    detail = f"{cause.__class__.__name__}: {cause}".rstrip(": ")
    return ReadError(f"damaged or not a PDF: {what} ({detail})")


@register(".pdf")
def read_pdf(path: Path, source: str) -> Document:
    try:
        pdf = pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many kinds, some bare, on broken files
        raise _read_error(error, "it cannot be opened") from error
    with pdf:
        try:
            pages = pdf.pages
        except Exception as error:
            raise _read_error(error, "its page tree cannot be read") from error
        if not pages:
            raise ReadError("PDF has no pages")
        if len(pages) > MAX_PAGES:
            raise ReadError(f"PDF has {len(pages):,} pages (limit {MAX_PAGES:,})")
        layouts, scanned, errors = _read_pages(path, pages)
    if not any(layout.words for layout in layouts):
        reasons = "; ".join(errors) if errors else "no text layer and no text found by OCR"
        raise ReadError(f"no text could be read from the PDF: {reasons}")
    encoding = legacy.detect_encoding(
        "\n".join(" ".join(w.text for w in layout.words) for layout in layouts)
    )
    convert = (lambda text: legacy.convert(text, encoding)) if encoding else (lambda text: text)
    text, tables = assemble(layouts, convert)
    metadata = {"pages": len(layouts), "ocr_pages": sorted(scanned), "legacy_encoding": encoding}
    if scanned:
        # Tesseract's mean word confidence (0-100) on each scanned page, and
        # how each was turned and straightened before it was read
        metadata["ocr_confidence"] = {n: p.confidence for n, p in scanned.items()}
        metadata["ocr_quarter_turns"] = {n: p.quarter_turns for n, p in scanned.items() if p.quarter_turns}
        metadata["ocr_skew"] = {n: round(p.skew, 2) for n, p in scanned.items()}
    if errors:
        metadata["page_errors"] = errors
    return Document(
        doc_id=doc_id_for(path), source=source, text=text, metadata=metadata,
        tables=tables, derived_text=True,
    )


def _read_pages(path: Path, pages: list) -> tuple[list[PageLayout], dict[int, ocr.ScannedPage], list[str]]:
    layouts: dict[int, PageLayout] = {}
    scanned: dict[int, ocr.ScannedPage] = {}
    failed: dict[int, Exception] = {}  # one damaged page must not cost the others
    to_scan: list[tuple[int, float, float]] = []
    for number, page in enumerate(pages, start=1):
        try:
            if len(page.chars) >= MIN_TEXT_LAYER_CHARS or not page.images:
                layouts[number] = _text_layer_layout(number, page)
            else:
                ocr.check_available()
                to_scan.append((number, float(page.width), float(page.height)))
        except ocr.OcrUnavailable as error:
            raise ReadError(str(error)) from error
        except Exception as error:
            failed[number] = error
    for number, outcome in _ocr_pages(path, to_scan):
        if isinstance(outcome, ocr.OcrUnavailable):
            raise ReadError(str(outcome)) from outcome
        if isinstance(outcome, Exception):
            failed[number] = outcome
            continue
        layouts[number] = PageLayout(number, outcome.width, outcome.height, outcome.words, outcome.grids)
        scanned[number] = outcome
    errors = [f"page {n}: {error.__class__.__name__}: {error}" for n, error in sorted(failed.items())]
    return [layouts[n] for n in sorted(layouts)], scanned, errors


def _ocr_threads() -> int:
    """Scanned pages read at once: every core, in a process of its own; one in a worker process
    (`--workers`, a Dask worker), whose siblings use the other cores already."""
    if multiprocessing.parent_process() is not None:
        return 1
    from ..batch import default_workers

    return default_workers()


def _ocr_pages(path: Path, pages: list[tuple[int, float, float]]):
    """(page number, ScannedPage or the error it raised), in page order. Tesseract runs in a
    process of its own, so pages are read in threads, as many at once as there are cores; pages
    are rendered here, one at a time (pdfium is not thread-safe), a batch ahead of the readers."""
    threads = min(_ocr_threads(), len(pages))
    if threads <= 1:
        for number, width, height in pages:
            try:
                yield number, _ocr_page(path, number, width, height)
            except Exception as error:
                yield number, error
        return
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for start in range(0, len(pages), threads):
            batch = []
            for number, width, height in pages[start:start + threads]:
                try:
                    image, dpi = _render(path, number, width, height)
                    batch.append((number, pool.submit(ocr.ocr_page, image, dpi)))
                except Exception as error:
                    batch.append((number, error))
            for number, job in batch:
                if isinstance(job, Exception):
                    yield number, job
                    continue
                try:
                    yield number, job.result()
                except Exception as error:
                    yield number, error


def _text_layer_layout(number: int, page) -> PageLayout:
    grids = []
    for table in page.find_tables():
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and len(rows[0]) >= 2:
            grids.append(rows)
    edges = _cell_edges(grids)
    words = [
        word
        for w in page.extract_words(use_text_flow=True, return_chars=True)
        for word in _split_at_edges(w, edges)
    ]
    # tables set without ruling lines, among the words no ruled table holds
    outer = [grid_bbox(grid) for grid in grids]
    loose = [w for w in words if not any(inside(w.center, box) for box in outer)]
    grids += find_unruled_grids(loose)
    return PageLayout(number, float(page.width), float(page.height), words, grids)


def _cell_edges(grids: list) -> list[tuple[float, float, float]]:
    """The vertical borders of table cells, as (x, top, bottom)."""
    edges = set()
    for grid in grids:
        for row in grid:
            for box in row:
                if box is not None:
                    x0, top, x1, bottom = box
                    edges.add((x0, top, bottom))
                    edges.add((x1, top, bottom))
    return sorted(edges)


def _split_at_edges(w: dict, edges: list[tuple[float, float, float]]) -> list[Word]:
    """A word cut where it crosses a cell border.

    pdfplumber joins characters less than x_tolerance apart into one word, so
    numbers that fill two neighbouring narrow cells can come out as one word
    ("10,3328,95"); a cell border is always a word break.
    """
    middle = (w["top"] + w["bottom"]) / 2
    cuts = sorted({x for x, top, bottom in edges if w["x0"] < x < w["x1"] and top <= middle <= bottom})
    if not cuts:
        return [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])]
    pieces: dict[int, list[dict]] = {}
    for char in w["chars"]:
        centre = (char["x0"] + char["x1"]) / 2
        pieces.setdefault(sum(centre > x for x in cuts), []).append(char)
    return [
        Word("".join(c["text"] for c in chars), min(c["x0"] for c in chars), max(c["x1"] for c in chars),
             min(c["top"] for c in chars), max(c["bottom"] for c in chars))
        for _, chars in sorted(pieces.items())
    ]


def _ocr_page(path: Path, number: int, width: float, height: float) -> ocr.ScannedPage:
    return ocr.ocr_page(*_render(path, number, width, height))


def _render(path: Path, number: int, width: float, height: float):
    """The page as an image at OCR_DPI (less for a poster-sized page), and that dpi."""
    import pypdfium2

    dpi = float(OCR_DPI)
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels > MAX_OCR_PIXELS:
        dpi *= (MAX_OCR_PIXELS / pixels) ** 0.5
    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    return image, dpi
