"""From positioned words and table grids to a document's text and tables.

Both ways of reading a PDF page, its text layer and OCR of its image, end in
the same shape: words with boxes, and table grids as rows of cell boxes
(None where a merged cell covers the slot).  This module turns pages of that
shape into the plain text chiso keeps (paragraph lines, and each table row as
one line of cells joined by " | ") and into Table objects whose cells point
into that text.  Page headers, footers and numbers are dropped, and a table
that runs on over a page break is joined, its repeated header left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Callable, Optional, Union

from ..document import Table, TableCell

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom
Grid = list[list[Optional[BBox]]]

CELL_SEPARATOR = " | "
# Page furniture lives in the outer tenth of a page.
_MARGIN_BAND = 0.10
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:/|của|of|trên)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
_NUMERIC_CELL = re.compile(r"^[(\[]?[+-]?\d[\d.,\s]*%?[)\]]?$")
_GROUP_HEADING = re.compile(r"^(?:[IVXL]+|[A-Z])[.)/]?\s+\S")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    words: list[Word]
    grids: list[Grid] = field(default_factory=list)


@dataclass
class _Line:
    top: float
    bottom: float
    text: str


@dataclass
class _GridRows:
    """A table on one page: its cell texts, with None for covered slots."""

    top: float
    rows: list[list[Optional[str]]]
    boxes: list[list[Optional[BBox]]]


Block = Union[_Line, _GridRows]


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words into lines, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    extents: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        for index in range(len(lines) - 1, max(-1, len(lines) - 3), -1):
            top, bottom = extents[index]
            if top <= middle <= bottom:
                lines[index].append(word)
                break
        else:
            lines.append([word])
            extents.append((word.top, word.bottom))
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


def _join_words(words: list[Word]) -> str:
    return " ".join(" ".join(w.text for w in line) for line in group_lines(words))


def inside(point: tuple[float, float], box: BBox) -> bool:
    x, y = point
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def grid_bbox(grid: Grid) -> BBox:
    boxes = [box for row in grid for box in row if box]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _page_blocks(page: PageLayout) -> list[Block]:
    grid_words: list[dict[tuple[int, int], list[Word]]] = [{} for _ in page.grids]
    outer = [grid_bbox(grid) for grid in page.grids]
    free: list[Word] = []
    for word in page.words:
        center = word.center
        for index, (grid, bbox) in enumerate(zip(page.grids, outer)):
            if not inside(center, bbox):
                continue
            slot = _find_slot(grid, center)
            if slot is not None:
                grid_words[index].setdefault(slot, []).append(word)
            break
        else:
            free.append(word)
    blocks: list[Block] = [
        _Line(min(w.top for w in line), max(w.bottom for w in line), " ".join(w.text for w in line))
        for line in group_lines(free)
    ]
    for grid, words, bbox in zip(page.grids, grid_words, outer):
        rows = [
            [None if box is None else _join_words(words.get((r, c), [])) for c, box in enumerate(row)]
            for r, row in enumerate(grid)
        ]
        blocks.append(_GridRows(bbox[1], rows, grid))
    blocks.sort(key=lambda block: block.top)
    return blocks


def _find_slot(grid: Grid, point: tuple[float, float]) -> tuple[int, int] | None:
    for r, row in enumerate(grid):
        for c, box in enumerate(row):
            if box is not None and inside(point, box):
                return r, c
    return None


# --- page furniture ----------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _drop_furniture(pages: list[PageLayout], blocks: list[list[Block]]) -> None:
    """Remove page numbers, and lines repeated in the margin band of several pages.

    Repeats are found by likeness rather than equality: OCR reads the same
    running header a little differently on each page.
    """
    def in_band(line: _Line, page: PageLayout) -> bool:
        return line.bottom < page.height * _MARGIN_BAND or line.top > page.height * (1 - _MARGIN_BAND)

    band_lines = [
        [block for block in page_blocks if isinstance(block, _Line) and in_band(block, page)]
        for page, page_blocks in zip(pages, blocks)
    ]
    needed = 2 if len(pages) <= 3 else max(2, len(pages) // 2)

    def repeated(line: _Line) -> bool:
        key = _furniture_key(line.text)
        pages_with_it = sum(
            any(_alike(key, _furniture_key(other.text)) for other in lines) for lines in band_lines
        )
        return pages_with_it >= needed

    for page, page_blocks, lines in zip(pages, blocks, band_lines):
        furniture = {id(line) for line in lines if _PAGE_NUMBER.match(line.text) or repeated(line)}
        page_blocks[:] = [block for block in page_blocks if id(block) not in furniture]


def _alike(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.85


# --- tables ------------------------------------------------------------------

def is_numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text.strip()))


def _is_data_row(row: list[Optional[str]]) -> bool:
    cells = [cell.strip() for cell in row if cell and cell.strip()]
    has_label = any(re.search(r"[^\W\d_]{2}", cell) for cell in cells)
    has_number = any(is_numeric_cell(cell) for cell in cells)
    if has_label and has_number:
        return True
    # A group heading ("I. Khối sở, ngành") opens the body though it holds no number.
    return len(cells) <= 2 and bool(cells) and bool(_GROUP_HEADING.match(cells[0])) and len(row) > 3


def _header_length(rows: list[list[Optional[str]]]) -> int:
    for index, row in enumerate(rows):
        if _is_data_row(row):
            return index
    return 0


def _similar(a: list[Optional[str]], b: list[Optional[str]]) -> bool:
    left = " ".join(cell or "" for cell in a)
    right = " ".join(cell or "" for cell in b)
    return SequenceMatcher(None, left, right).ratio() >= 0.8


_CAPTION_LINES = 4
CAPTION_START = re.compile(r"^\s*(?:phụ lục|biểu|bảng|kết quả|danh sách)\b", re.IGNORECASE)


def _caption(lines: list[str]) -> str:
    """The title over a table: from its "Phụ lục"/"Biểu"/"Bảng" line on,
    else the two lines just above it."""
    for index in range(len(lines) - 1, -1, -1):
        if CAPTION_START.match(lines[index]):
            return " ".join(lines[index:])
    return " ".join(lines[-2:])


@dataclass
class _TableDraft:
    header: list[list[Optional[str]]]
    header_boxes: list[list[Optional[BBox]]]
    body: list[list[Optional[str]]]
    caption: str
    width: int


# --- writing the text ----------------------------------------------------------

class _TextWriter:
    def __init__(self, convert: Callable[[str], str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.convert = convert

    def line(self, text: str) -> None:
        self._put(self.convert(text) + "\n")

    def row(self, cells: list[Optional[str]]) -> list[Optional[TableCell]]:
        """Write one table row as a line; covered slots (None) are left out."""
        placed: list[Optional[TableCell]] = []
        first = True
        for cell in cells:
            if cell is None:
                placed.append(None)
                continue
            if not first:
                self._put(CELL_SEPARATOR)
            first = False
            text = self.convert(cell)
            placed.append(TableCell(text, self.length, self.length + len(text)))
            self._put(text)
        self._put("\n")
        return placed

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _fill_header(cells: list[list[Optional[TableCell]]], boxes: list[list[Optional[BBox]]]) -> list[list[TableCell]]:
    """Give every slot of the header its merged cell: a cell spanning columns
    fills the slots to its right, one spanning rows the slots below it."""
    filled: list[list[TableCell]] = []
    for r, row in enumerate(cells):
        out: list[TableCell] = []
        for c, cell in enumerate(row):
            if cell is not None:
                out.append(cell)
                continue
            left = next((k for k in range(c - 1, -1, -1) if row[k] is not None), None)
            column_x0 = _column_x0(boxes, c)
            if left is not None and column_x0 is not None and boxes[r][left] is not None \
                    and boxes[r][left][2] > column_x0 + 1:
                out.append(out[left])
            elif r > 0:
                out.append(filled[r - 1][c])
            elif left is not None:
                out.append(out[left])
            else:
                out.append(TableCell("", 0, 0))
        filled.append(out)
    return filled


def _column_x0(boxes: list[list[Optional[BBox]]], column: int) -> float | None:
    for row in boxes:
        if column < len(row) and row[column] is not None:
            return row[column][0]
    return None


def _body_cells(placed: list[Optional[TableCell]]) -> list[TableCell]:
    out: list[TableCell] = []
    position = next((cell.start for cell in placed if cell is not None), 0)
    for cell in placed:
        if cell is None:
            out.append(TableCell("", position, position))
        else:
            out.append(cell)
            position = cell.end
    return out


def assemble(pages: list[PageLayout], convert: Callable[[str], str] = lambda s: s,
             paged: bool = True) -> tuple[str, list[Table]]:
    """The document text and its tables, from laid-out pages in order.

    `paged` is False for a layout made from a flowing document (an office
    file), which has no page headers, footers or numbers to drop.
    """
    blocks = [_page_blocks(page) for page in pages]
    if paged:
        _drop_furniture(pages, blocks)

    writer = _TextWriter(convert)
    tables: list[Table] = []
    recent_lines: list[str] = []
    draft: _TableDraft | None = None

    def flush() -> None:
        nonlocal draft
        if draft is None:
            return
        header_cells = [writer.row(row) for row in draft.header]
        header = _fill_header(header_cells, draft.header_boxes)
        body = [_body_cells(writer.row(row)) for row in draft.body]
        if body:
            tables.append(Table(header=header, rows=body, caption=convert(draft.caption)))
        draft = None

    for page_blocks in blocks:
        for position, block in enumerate(page_blocks):
            if isinstance(block, _Line):
                flush()
                writer.line(block.text)
                recent_lines = (recent_lines + [block.text])[-_CAPTION_LINES:]
                continue
            head = _header_length(block.rows)
            continues = (
                draft is not None and position == 0 and len(block.rows[0]) == draft.width
                and (head == 0 or not draft.header or _similar(block.rows[0], draft.header[0]))
            )
            if continues:
                # The header a table repeats on each page is not written again.
                draft.body.extend(block.rows[head:])
                continue
            flush()
            draft = _TableDraft(
                header=block.rows[:head], header_boxes=block.boxes[:head],
                body=block.rows[head:], caption=_caption(recent_lines), width=len(block.rows[0]),
            )
            recent_lines = []
    flush()
    return writer.text(), tables
