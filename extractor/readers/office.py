"""Word files: .docx through python-docx, the older binary .doc through antiword.

Both are laid out as one tall page of paragraphs and table grids, so that the
PDF reader's assembly writes their text and tables the same way (each table
row one line, cells joined by " | ", merged header cells shared).  Text set
in TCVN3 or VNI fonts is converted to Unicode.
"""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from . import legacy
from ..document import Document
from .page_layout import Grid, PageLayout, Word, assemble
from . import ReadError, doc_id_for, register

_ANTIWORD_TIMEOUT_SECONDS = 120
MISSING_ANTIWORD = "reading .doc files needs antiword: install the Debian package antiword"

# Synthetic layout units: every paragraph and table row takes one step down.
_STEP = 10.0
_COLUMN = 10.0


class _Layout:
    """Paragraphs and tables stacked down one page, in document order."""

    def __init__(self) -> None:
        self.words: list[Word] = []
        self.grids: list[Grid] = []
        self.y = 0.0

    def paragraph(self, text: str) -> None:
        text = " ".join(text.split())
        if text:
            self.words.append(Word(text, 0.0, _COLUMN, self.y, self.y + _STEP / 2))
            self.y += _STEP

    def table(self, rows: list[list[tuple[str, int, int]]]) -> None:
        """rows: per row, (text, first grid column, columns spanned); text None
        where a cell merged from above goes on."""
        width = max((start + span for row in rows for _, start, span in row), default=0)
        if not rows or width == 0:
            return
        grid: Grid = []
        top = self.y
        heights = _row_spans(rows)
        for r, row in enumerate(rows):
            line: list = [None] * width
            for (text, start, span), height in zip(row, heights[r]):
                if height == 0:
                    continue  # covered by the cell above
                box = (start * _COLUMN, top + r * _STEP, (start + span) * _COLUMN,
                       top + (r + height) * _STEP)
                line[start] = box
                text = " ".join((text or "").split())
                if text:
                    self.words.append(Word(text, box[0] + 1, box[2] - 1, box[1] + 1, box[1] + 2))
            grid.append(line)
        if len(grid) >= 2 and width >= 2:
            self.grids.append(grid)
        else:
            for row in rows:
                self.paragraph(" ".join(text or "" for text, _, _ in row))
        self.y = top + (len(rows) + 1) * _STEP

    def page(self) -> PageLayout:
        return PageLayout(1, 1000.0, self.y + _STEP, self.words, self.grids)


def _row_spans(rows: list[list[tuple[str | None, int, int]]]) -> list[list[int]]:
    """How many rows each cell covers: 0 for a cell that continues one above."""
    spans = [[0 if text is None else 1 for text, _, _ in row] for row in rows]
    for r, row in enumerate(rows):
        for k, (text, start, _) in enumerate(row):
            if text is not None:
                continue
            for above in range(r - 1, -1, -1):
                owner = next((j for j, (t, s, _) in enumerate(rows[above]) if s == start and spans[above][j]), None)
                if owner is not None:
                    spans[above][owner] += 1
                    break
    return spans


def _document(path: Path, source: str, layout: _Layout, kind: str) -> Document:
    page = layout.page()
    encoding = legacy.detect_encoding("\n".join(word.text for word in page.words))
    convert = (lambda text: legacy.convert(text, encoding)) if encoding else (lambda text: text)
    text, tables = assemble([page], convert, paged=False)
    return Document(
        doc_id=doc_id_for(path), source=source, text=text, tables=tables, derived_text=True,
        metadata={"format": kind, "legacy_encoding": encoding},
    )


# --- .docx -----------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@register(".docx")
def read_docx(path: Path, source: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadError(f"damaged or not a .docx file ({error.__class__.__name__}: {error})") from error
    layout = _Layout()
    for element in word.element.body.iterchildren():
        if element.tag == f"{_W}p":
            layout.paragraph(_text_of(element))
        elif element.tag == f"{_W}tbl":
            layout.table(_docx_rows(element))
    return _document(path, source, layout, "docx")


def _text_of(element) -> str:
    """The text of a paragraph or cell element, tabs and breaks as spaces."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}p"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}p" and parts:
            parts.append(" ")
        else:
            parts.append(" ")
    return "".join(parts)


def _docx_rows(table) -> list[list[tuple[str | None, int, int]]]:
    rows = []
    for tr in table.iterchildren(f"{_W}tr"):
        column = 0
        row = []
        for tc in tr.iterchildren(f"{_W}tc"):
            properties = tc.find(f"{_W}tcPr")
            span = 1
            continues = False
            if properties is not None:
                grid_span = properties.find(f"{_W}gridSpan")
                if grid_span is not None:
                    span = int(grid_span.get(f"{_W}val", "1"))
                merge = properties.find(f"{_W}vMerge")
                continues = merge is not None and merge.get(f"{_W}val", "continue") == "continue"
            row.append((None if continues else _text_of(tc), column, span))
            column += span
        rows.append(row)
    return rows


# --- .doc --------------------------------------------------------------------------

@register(".doc")
def read_doc(path: Path, source: str) -> Document:
    antiword = shutil.which("antiword")
    if antiword is None:
        raise ReadError(MISSING_ANTIWORD)
    try:
        done = subprocess.run(
            [antiword, "-w", "0", "-m", "UTF-8.txt", str(path)],
            capture_output=True, timeout=_ANTIWORD_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as error:
        raise ReadError("antiword took too long on this .doc file") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"not a readable Word .doc file ({message[-1] if message else 'antiword failed'})")
    return _document(path, source, _antiword_layout(done.stdout.decode("utf-8", "replace")), "doc")


def _antiword_layout(output: str) -> _Layout:
    """antiword's text: paragraphs one a line, a table row as "|cell|cell|"."""
    layout = _Layout()
    table: list[list[tuple[str, int, int]]] = []
    for line in output.replace("\r", "").split("\n") + [""]:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = stripped[1:-1].split("|")
            table.append([(cell, index, 1) for index, cell in enumerate(cells)])
            continue
        if table:
            layout.table(table)
            table = []
        layout.paragraph(line)
    return layout
