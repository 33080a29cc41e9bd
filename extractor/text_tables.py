"""Tables written into plain text, one row a line, cells between pipes:

    TT | Đơn vị        | Điểm  | Xếp loại
    1  | Huyện Tân Lạc | 86,26 | Tốt

Such lines become Document.tables, so the table stage reads them exactly as
it reads a PDF's tables; the line before the table is its caption.
"""
from __future__ import annotations

import regex

from .document import Table, TableCell
from .numbers import NUMBER_RE

_ROW = regex.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", regex.MULTILINE)
_CELL = regex.compile(r"[^|\n]+")
_SEPARATOR_ROW = regex.compile(r"^[\s|:+-]*$")


def find_text_tables(text: str) -> list[Table]:
    """Runs of two or more pipe-separated lines; header rows are those without numbers."""
    tables: list[Table] = []
    run: list[list[TableCell]] = []
    run_end = -1
    for match in _ROW.finditer(text):
        if run and match.start() != run_end + 1:
            _close(text, run, tables)
            run = []
        run_end = match.end()
        if _SEPARATOR_ROW.match(match.group()):  # "---|---" under a header
            continue
        run.append(_cells(text, match.start(), match.end()))
    _close(text, run, tables)
    return tables


def _cells(text: str, start: int, end: int) -> list[TableCell]:
    cells = []
    for piece in _CELL.finditer(text, start, end):
        s, e = piece.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        cells.append(TableCell(text[s:e], s, e))
    return cells


def _has_number(row: list[TableCell]) -> bool:
    return any(NUMBER_RE.fullmatch(cell.text.rstrip("%").strip()) for cell in row)


def _close(text: str, run: list[list[TableCell]], tables: list[Table]) -> None:
    if len(run) < 2:
        return
    header_rows = 0
    while header_rows < len(run) and not _has_number(run[header_rows]):
        header_rows += 1
    if header_rows == len(run):
        return
    first = run[0][0].start
    line_start = text.rfind("\n", 0, first)
    caption_start = text.rfind("\n", 0, max(line_start, 0)) + 1
    caption = text[caption_start:max(line_start, 0)].strip()
    tables.append(Table(header=run[:header_rows], rows=run[header_rows:], caption=caption))
