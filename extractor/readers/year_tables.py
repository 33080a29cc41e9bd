"""One unit's results over the years, as a profile page writes them: the
columns are years, each row a component, the index's score or its rank.

    Năm 2022 2021 2020
    Gia nhập thị trường 7.25 7.81 7.12
    PCI 68.12 63.80 63.11
    Xếp hạng 12 38 39

or with pipes ("Năm | 2022 | 2023 |", an English page's "Year | 2006 | 2007 |"), or with the header over two lines
("Chỉ số Năm Năm Năm" over "2015 2016 2017"). A row whose label is no
component, index or rank (a unit compared with, a note) is passed over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..normalize import fold
from ..numbers import parse_number
from .text_tables import cell_lines

# a line of two or more years, perhaps after "Năm", "Chỉ số", each year perhaps after "Năm"
_HEADER = regex.compile(
    r"^[ \t|]*(?:(?:Chỉ số|Chỉ tiêu|Tiêu chí|Nội dung|Năm|Years?)[ \t|]+)*"
    r"(?P<years>(?:(?:Năm[ \t]+)?(?:19|20)\d\d[ \t|]+){1,30}(?:Năm[ \t]+)?(?:19|20)\d\d)[ \t|]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_LINE = regex.compile(r"[^\n]*")
# a cell that holds no value ("N/A", "-")
_EMPTY = regex.compile(r"^(?:N/?A|-|–|—|x)$", regex.IGNORECASE)
_VALUE = regex.compile(r"^\d{1,3}(?:[.,]\d{1,4})?$")
_RANK_LABEL = regex.compile(r"^(?:xep hang|thu hang|hang|vi thu|rankings?|rank)$")
# "PCI", "Điểm số PCI", "Điểm PGI": the index's own score
_SCORE_WORDS = regex.compile(r"^(?:diem so|diem|tong diem|chi so)\s+|\s+(?:scores?|points)$")


@dataclass
class YearRow:
    label: str
    start: int  # the row's line in the text
    end: int
    values: list[float | None]  # one per year, None where the cell is empty
    # one per year where each year has a place beside its score ("NĂM 2014" over "Điểm | Hạng")
    ranks: list[float | None] | None = None
    score_unit: str | None = None  # where the header says it ("Điểm" under each year)
    # what the row is, where its header already told it (a column of a table whose rows are years)
    meaning: tuple[str, str | None] | None = None


@dataclass
class YearTable:
    years: list[int]
    rows: list[YearRow]
    start: int
    end: int
    # the range of places the line above the table gives ("Xếp hạng trong Chỉ số … (1-63)", "Rankings In
    # The Provincial Competitiveness Index (1-63)"): what each year's place is out of
    rank_total: int | None = None
    # each year's own stretch of text, where a table's rows are its years: a year's evidence
    spans: list[tuple[int, int]] | None = None


# "Xếp hạng … (1-63)" on the line or two right above a table: the range its places run over
_RANGE_ABOVE = regex.compile(
    r"(?:xếp hạng|thứ hạng|rankings?)\b[^\n]{0,120}?\(\s*1\s*[-–]\s*(?P<total>\d{2,3})\s*\)[^\n]{0,60}\n\s*\Z",
    regex.IGNORECASE)
# how far above its header a table's range may be stated (characters: a line or two)
_RANGE_REACH = 200


def _range_above(text: str, start: int) -> int | None:
    above = _RANGE_ABOVE.search(text, max(0, start - _RANGE_REACH), start)
    return int(above["total"]) if above else None


# two years side by side: what every header holds (one cheap look passes over most texts)
_TWO_YEARS = re.compile(r"(?:19|20)\d\d[ \t|]+(?:Năm[ \t]+)?(?:19|20)\d\d")
# two years alone on their lines, one after the other: a header flattened one cell a line
_YEARS_ONE_A_LINE = re.compile(r"^[ \t]*(?:[Nn]ăm[ \t]+|NĂM[ \t]+)?(?:19|20)\d\d[ \t]*\n\s*(?:[Nn]ăm[ \t]+|NĂM[ \t]+)?(?:19|20)\d\d[ \t]*$",
                               re.MULTILINE)


def find_year_tables(text: str) -> list[YearTable]:
    """Tables whose columns are years, in the order they stand, and tables whose rows are years
    (turned so that their columns are)."""
    tables = _flattened(text) if _YEARS_ONE_A_LINE.search(text) else []
    if _YEAR_THEN_CELLS.search(text):
        tables.extend(_year_rows(text))
    if not _TWO_YEARS.search(text):
        return tables
    for header in _HEADER.finditer(text):
        years = [int(y) for y in _YEAR.findall(header["years"])]
        if len(set(years)) != len(years):
            continue
        rows = []
        position = header.end() + 1
        while position < len(text):
            line = _LINE.match(text, position)
            row = _row(text, line.start(), line.end(), len(years))
            if row is None:
                break
            rows.append(row)
            position = line.end() + 1
        if len(rows) >= 1:
            tables.append(YearTable(years, rows, header.start(), rows[-1].end, _range_above(text, header.start())))
    return tables


# ---------------------------------------------------------------- one cell a line

# "NĂM 2014" / "NĂM 2015" / … on lines of their own, then perhaps "Điểm" / "Hạng" under each year,
# then each row's label and its cells, one a line, as a page's table comes out when copied
_YEAR_CELL = regex.compile(r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)", regex.IGNORECASE)
_SCORE_CELL = regex.compile(r"^(?:diem|diem so|score|points?)$")
_POINTS_CELL = regex.compile(r"^(?:diem|diem so|points?)$")
_LONGEST_LABEL = 80


def _flattened(text: str) -> list[YearTable]:
    cells = cell_lines(text)
    words = [cell.text for cell in cells]
    tables = []
    i = 0
    while i < len(cells) - 1:
        years = []
        j = i
        while j < len(cells) and (year := _YEAR_CELL.fullmatch(words[j])):
            years.append(int(year["year"]))
            j += 1
        if len(years) < 2 or len(set(years)) != len(years):
            i = j if j > i else i + 1
            continue
        # the cells under each year: a score, or a score and a place, in the order the first year gives
        kinds = []
        while j + len(kinds) < len(cells) and len(kinds) < 2:
            folded = fold(words[j + len(kinds)])
            if _SCORE_CELL.match(folded):
                kinds.append("score")
            elif _RANK_LABEL.match(folded):
                kinds.append("rank")
            else:
                break
        width = max(len(kinds), 1)
        if kinds and [fold(w) for w in words[j:j + width * len(years)]] != [fold(w) for w in words[j:j + width]] * len(years):
            i = j
            continue
        unit = None
        if "score" in kinds and _POINTS_CELL.match(fold(words[j + kinds.index("score")])):
            unit = "điểm"
        j += width * len(years) if kinds else 0
        rows = []
        while j < len(cells) and len(words[j]) <= _LONGEST_LABEL and regex.search(r"\p{L}{2}", words[j]) \
                and not _VALUE.match(words[j]):
            values = []
            k = j + 1
            while k < len(cells) and len(values) < width * len(years) and (_VALUE.match(words[k]) or _EMPTY.match(words[k])):
                values.append(_value(words[k]))
                k += 1
            if len(values) < width or len(values) % width:
                break  # no values, or a year's score without its place: not a row of this table
            values += [None] * (width * len(years) - len(values))  # a row the text ends inside
            if not kinds:  # one value a year, under the year itself
                scores, ranks = values, None
            else:
                scores = values[kinds.index("score")::width] if "score" in kinds else [None] * len(years)
                ranks = values[kinds.index("rank")::width] if "rank" in kinds else None
            rows.append(YearRow(words[j], cells[j].start, cells[k - 1].end, scores, ranks, unit))
            j = k
        if rows:
            tables.append(YearTable(years, rows, cells[i].start, rows[-1].end, _range_above(text, cells[i].start)))
        i = max(j, i + 1)
    return tables


# ---------------------------------------------------------------- a row a year

# "Năm | Điểm | Xếp hạng" over "2015 | 58,12 | 35", a line a year, or run on in one line as a thesis's table
# comes out of its PDF: "Năm Điểm số PAPI Xếp hạng cả nước (63 tỉnh) 2011 40,35 1 2012 40,62 1 …"
_CELL = r"(?:\d{1,3}(?:[.,]\d{1,4})?|N/?A|[-–])(?![\d.,]?\d)"
_YEAR_THEN_CELLS = regex.compile(r"(?<![\d.,/])(?P<year>(?:19|20)\d\d)(?P<cells>(?:[ \t|]+" + _CELL + r"){1,6})"
                                 r"(?=[ \t|]*(?:\n|$|\(|(?:19|20)\d\d\b))")
_CELL_VALUE = regex.compile(_CELL)
_ROW_GAP = regex.compile(r"[ \t|]*\n?[ \t|]*")
# the header's first cell, on a line of its own or after a pipe, within a few lines above the first year
_YEAR_HEAD = regex.compile(r"(?:^|\n)[ \t|]*(?:Năm|NĂM|Years?|YEARS?)\b(?P<labels>[^\d]*?(?:\(\s*\d{1,3}[^()\n]{0,30}\)[^\d]*?)*)\Z")
_HEAD_REACH = 300
# where a column's label starts, in a header written without pipes
_COLUMN_START = regex.compile(r"\b(?:Tổng điểm|Điểm số|Điểm|Xếp hạng|Thứ hạng|Vị trí|Vị thứ|Total score|Scores?|"
                              r"Points|Rankings?|Ranks?)\b", regex.IGNORECASE)
_RANK_COLUMN = regex.compile(r"^(?:xep hang|thu hang|vi tri|vi thu|hang|rankings?|ranks?)\b")
_SCORE_COLUMN = regex.compile(r"^(?:tong diem|diem so|diem|total score|scores?|points)\b")
# a place within a region only: no record
_REGIONAL = regex.compile(r"\b(?:khu vuc|vung|mien|region(?:al)?)\b")
_COLUMN_TOTAL = regex.compile(r"[(/]\s*(?:1\s*[-–]\s*)?(?P<total>\d{2,3})\b")


@dataclass
class _YearRowText:
    """A year and its cells, as the text writes them."""
    start: int
    end: int
    year: int
    cells: list[str]


def _year_rows(text: str) -> list[YearTable]:
    tables = []
    run: list[_YearRowText] = []
    rows = [_YearRowText(m.start(), m.end(), int(m["year"]), _CELL_VALUE.findall(m["cells"]))
            for m in _YEAR_THEN_CELLS.finditer(text)]
    for row in rows + [None]:
        if row is not None and run and _continues(text, run, row):
            run.append(row)
            continue
        if len(run) >= 2:
            table = _turned(text, run)
            if table is not None:
                tables.append(table)
        run = [row] if row is not None else []
    return tables


def _continues(text: str, run: list[_YearRowText], row: _YearRowText) -> bool:
    """Whether `row` is the next row of those in `run`: right after it, as many cells, the years
    running on the same way."""
    last = run[-1]
    if _ROW_GAP.fullmatch(text, last.end, row.start) is None or len(row.cells) != len(last.cells):
        return False
    step = row.year - last.year
    if len(run) >= 2:
        return step * (last.year - run[-2].year) > 0 and abs(step) <= 5
    return 0 < abs(step) <= 5


def _turned(text: str, run: list[_YearRowText]) -> YearTable | None:
    """The rows of years under their header, as a table whose columns are years; None where the header
    is not there or does not name a label for each cell."""
    head = _YEAR_HEAD.search(text, max(0, run[0].start - _HEAD_REACH), run[0].start)
    if head is None or head["labels"].count("\n") > 2:
        return None
    labels = _labels(head["labels"])
    if len(labels) != len(run[0].cells):
        return None
    years = [row.year for row in run]
    cells = [[_value(cell) for cell in row.cells] for row in run]
    rows, rank_total = [], None
    for column, label in enumerate(labels):
        folded = fold(label).strip(" :|")
        if _REGIONAL.search(folded):
            continue
        meaning: tuple[str, str | None] | None = None  # a component's or an index's name: the label tells
        if _RANK_COLUMN.match(folded):
            meaning = ("rank", None)
            total = _COLUMN_TOTAL.search(folded)
            rank_total = int(total["total"]) if total else rank_total
        elif _SCORE_COLUMN.match(folded):
            meaning = ("score", None)
        unit = "điểm" if meaning == ("score", None) and folded.startswith(("diem", "tong diem")) else None
        rows.append(YearRow(label, run[0].start, run[-1].end, [values[column] for values in cells],
                            score_unit=unit, meaning=meaning))
    if not rows:
        return None
    return YearTable(years, rows, run[0].start, run[-1].end, rank_total, spans=[(row.start, row.end) for row in run])


def _labels(header: str) -> list[str]:
    """A header's column labels: between pipes or tabs, else each from a word that starts a label."""
    if "|" in header or "\t" in header:
        return [cell.strip() for cell in regex.split(r"[|\t]", header) if cell.strip()]
    starts = [m.start() for m in _COLUMN_START.finditer(header)]
    if not starts:
        return [" ".join(header.split())] if header.strip() else []
    if header[:starts[0]].strip():
        starts.insert(0, 0)
    return [" ".join(header[a:b].split()) for a, b in zip(starts, starts[1:] + [len(header)])]


def _value(cell: str) -> float | None:
    return None if _EMPTY.match(cell) else parse_number(cell, score=True)


def _row(text: str, start: int, end: int, width: int) -> YearRow | None:
    """A line that is a label and `width` values (numbers or empty marks), else None."""
    tokens = [t for t in regex.split(r"[ \t]*\|[ \t]*|[ \t]+", text[start:end].strip()) if t]
    if len(tokens) <= width:
        return None
    cells, label = tokens[-width:], tokens[:-width]
    if not all(_VALUE.match(c) or _EMPTY.match(c) for c in cells):
        return None
    if any(_VALUE.match(t) for t in label[-1:]) or not regex.search(r"\p{L}{2}", " ".join(label)):
        return None  # more numbers than years, or no label
    values = [_value(c) for c in cells]
    return YearRow(" ".join(label), start, end, values)


def row_meaning(label: str, index_of, component_of) -> tuple[str, str | None] | None:
    """("rank", None), ("score", None) for the index's own score, ("component", key), or None.
    `index_of(label)` names the index a label is, `component_of(label)` the component."""
    folded = fold(label).strip(" :")
    if _RANK_LABEL.match(folded):
        return "rank", None
    bare = _SCORE_WORDS.sub("", folded)
    if index_of(label) is not None and len(bare.split()) <= 3:
        return "score", None
    key = component_of(label)
    if key is not None:
        return "component", key
    return None
