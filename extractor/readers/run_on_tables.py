"""Tables whose rows run on in one line, as the text layer of a report's PDF
(or a flipbook of it) gives them when copied:

    Table 3.1: Dashboard of Provincial Performance in Participation at the Local Level, 2019
    Province 1: Participation at Local 1.1: Civic Knowledge … Contributions Ba Ria-Vung Tau 5.32
    0.88 1.58 1.59 1.27 Bac Giang 5.58 0.85 1.56 1.74 1.43 Ben Tre 5.58 …

(all of it on one line). A row is a place's name and as many numbers as the
header has columns; three or more such rows in a row are a table. The header's
columns are told by their numbers ("1:", "1.1:"), as a report numbers its
dimensions and their indicators; a header whose columns cannot be counted out
to the rows' width gives no table, since a value put under the wrong column
would be a wrong record.
"""
from __future__ import annotations

import re

import regex

from ..document import Table, TableCell
from ..gazetteer import load_gazetteer
from ..normalize import normalize
from .table_columns import part_named

# one cheap look first: three decimals in a row between spaces, which prose never has
_DENSE = re.compile(r"\d[.,]\d{1,4}[ \t]+\d{1,3}[.,]\d{1,4}[ \t]+\d{1,3}[.,]\d{1,4}")
# a place's name (words each opening on a capital, "Ba Ria-Vung Tau", "HCM City", "Bà Rịa - Vũng Tàu")
# and its values; how many words of the name are the place is for the gazetteer to say
_NAME = r"\p{Lu}[\p{L}'’.]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)\p{Lu}[\p{L}'’.]*){0,5}"
_ROW = regex.compile(rf"(?P<name>{_NAME})(?P<values>(?:[ \t]+\d{{1,3}}(?:[.,]\d{{1,4}})?){{2,16}})(?![\d.,])")
_VALUE = regex.compile(r"\d{1,3}(?:[.,]\d{1,4})?")
_FEWEST_ROWS = 3
# the label over the places' column, the caption before it on its line
_PLACE_LABEL = regex.compile(r"\b(?:Provinces?|Locality|Localities|Tỉnh(?:,\s*thành phố)?|Địa phương)\b")
# a column numbered as a report numbers its dimensions ("1:") and their indicators ("1.1:")
_NUMBERED_COLUMN = regex.compile(r"(?<![\d.])(?P<n>\d{1,2})(?P<sub>\.\d{1,2})?:")


def find_run_on_tables(text: str) -> list[Table]:
    if not _DENSE.search(text):
        return []
    tables = []
    run: list[list[TableCell]] = []
    for match in _ROW.finditer(text):
        row = _row(text, match)
        if row is not None and run and len(row) == len(run[-1]) and _joined(text, run[-1][-1].end, row[0].start):
            run.append(row)
            continue
        _close(text, run, tables)
        run = [row] if row is not None else []
    _close(text, run, tables)
    return tables


def _joined(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def _row(text: str, match: regex.Match) -> list[TableCell] | None:
    """The row's cells: the place (the longest end of the words before the values that names one) and
    its values."""
    start, end = match.span("name")
    place = _place_start(text, start, end)
    if place is None:
        return None
    return [TableCell(text[place:end], place, end)] + [
        TableCell(value.group(), value.start(), value.end())
        for value in _VALUE.finditer(text, *match.span("values"))]


def _place_start(text: str, start: int, end: int) -> int | None:
    """Where the place named by the end of text[start:end] starts: the longest run of its last words
    that is one place's whole name ("Elections Contributions Ba Ria-Vung Tau": a header's words are
    no place, and run on into the first row's)."""
    for word in regex.finditer(r"(?<![\p{L}'’.-])\p{Lu}", text, pos=start, endpos=end):
        if _is_place(text[word.start():end]):
            return word.start()
    return None


def _is_place(name: str) -> bool:
    normalized = normalize(name).text
    return len(normalized) == len(name) and load_gazetteer().names_one_place(normalized)


def _close(text: str, run: list[list[TableCell]], tables: list[Table]) -> None:
    if len(run) < _FEWEST_ROWS:
        return
    first = run[0][0].start
    line_start = text.rfind("\n", 0, first) + 1
    labels = list(_PLACE_LABEL.finditer(text, line_start, first))
    if not labels:
        return
    label = labels[-1]
    caption = text[line_start:label.start()].strip()
    columns = _columns(text, label.end(), first, len(run[0]) - 1, caption)
    if columns is None:
        return
    header = [TableCell(label.group(), label.start(), label.end())] + columns
    tables.append(Table(header=[header], rows=run, caption=caption, rows_share_lines=True))


def _columns(text: str, start: int, end: int, width: int, caption: str) -> list[TableCell] | None:
    """The header's `width` columns between `start` and `end`, each a cell whose text is its label."""
    numbered = list(_NUMBERED_COLUMN.finditer(text, start, end))
    if len(numbered) != width:
        return None
    cells = []
    dimensions = sum(not number["sub"] for number in numbered)
    for i, number in enumerate(numbered):
        stop = numbered[i + 1].start() if i + 1 < len(numbered) else end
        if number["sub"]:
            # an indicator of a dimension: no part of the taxonomy, its column read as none
            cells.append(TableCell(number.group(), number.start(), number.end()))
            continue
        label = text[number.end():stop].strip()
        if part_named(label, None) is None and dimensions == 1:
            # "1: Participation at Local": the label's words cut by the column's width, and the rest
            # of them later in the line; the table's one dimension is the one its caption names
            label = caption if part_named(caption, None) is not None else label
        cells.append(TableCell(label, number.start(), stop))
    return cells
