"""What each column of a results table holds, read from its header.

A column is the row number ("TT", "STT"), the unit's name, a component
(named outright, or "Lĩnh vực 3" / "LV3" resolved through the legend the
decision prints beside the table), the index total, the rank or the rating.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Table
from ..normalize import fold, normalize
from ..numbers import parse_number
from ..patterns import component_names, index_names

ORDINAL, NAME, COMPONENT, TOTAL, RANK, RATING, MAX_SCORE = (
    "ordinal", "name", "component", "total", "rank", "rating", "max_score",
)

# Column labels, matched on folded text (no accents, lower case).
# compared with spaces removed: a narrow column breaks "STT" into "ST T"
_ORDINAL = regex.compile(r"^(?:s?tt|sott|thutu|sothutu|no)\.?$")
_RANK = regex.compile(r"\b(?:xep hang|thu hang|hang|vi tri xep hang|vi thu|xep thu(?: tu)?|rank|ranking|ranked)\b")
_RATING = regex.compile(r"\b(?:xep loai|phan loai|muc do|ket qua xep loai|danh gia xep loai)\b")
# "Nhóm xếp hạng", "Nhóm": the class a unit is ranked in, a rating
# ("Ranking group", "Rating", "PCI Tier": an English page's table)
_GROUP = regex.compile(r"^(?:nhom(?: xep hang| xep loai| dieu hanh)?|(?:(?:pci|papi|dti|sipas) )?(?:ranking group|rating|tier)"
                       r"|classification)$")
_MAX = regex.compile(r"\b(?:diem toi da|diem chuan|thang diem)\b")
_TOTAL = regex.compile(
    r"\b(?:tong diem|tong cong|tong so diem|tong|diem dat|ket qua|chi so cchc|chi so|diem so|diem|ty le|ti le"
    r"|score|total score|overall score|points)\b"
)
# "1 (0,9291)" in a ranking's cell: the place, and in brackets the value it was ranked by
RANK_AND_SCORE = regex.compile(r"^(?P<rank>\d{1,3})\s*\(\s*(?P<score>\d{1,3}(?:[.,]\d{1,4})?)\s*\)$")
_YEAR_LABEL = regex.compile(r"^(?:nam\s+)?(?P<year>(?:19|20)\d\d)$")
_NAME = regex.compile(r"\b(?:don vi|ten|co quan|dia phuong|huyen|xa|so|ban nganh|ubnd|provinces?|locality|ministry|ministries)\b")
# "Lĩnh vực 3", "LV3", "Tiêu chí 2", "Chỉ số thành phần 5", "CSTP 5"
# ("Lĩãnh vực 1": OCR may put one stray letter into the word)
# ("Chỉ số 1" … "Chỉ số 9" over a decision's columns: numbered parts as well)
_NUMBERED = regex.compile(
    r"\b(?:l[a-z]?i[a-z]?nh vuc|lv|tieu chi|tc|chi so thanh phan|cstp|chi so)\s*\.?\s*(?P<n>\d{1,2}|[ivx]{1,4})\b"
)
# "KQ đánh giá", "Kết quả đánh giá": over words ("Xuất sắc", "Tốt") the class a unit was given
_ASSESSED = regex.compile(r"^(?:kq|ket qua) danh gia$")
_MAX_IN_BRACKETS = regex.compile(r"\((?P<max>\d{1,3}(?:[.,]\d{1,2})?)\)\s*$")
_MAX_IN_LABEL = regex.compile(r"(?P<max>\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\b", regex.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

# A legend line: "Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC (8 điểm);"
# ("… (12 điểm); Lĩnh / vực 8: …": an item's head word wrapped onto the line before, or
# put there when a seal over the legend made OCR read its lines out of order)
_LEGEND = regex.compile(
    r"(?:Lĩnh\s+vực|(?<=^[\s_]*)vực|LV|Tiêu chí|TC|Chỉ số thành phần|CSTP)\s*\.?\s*(?P<n>\d{1,2}|[IVX]{1,4})"
    r"\s*[:.)–-]?\s*(?:\|\s*)?"
    r"(?P<name>(?:(?!(?:Lĩnh\s+vực|LV|Tiêu chí|TC|Chỉ số thành phần|CSTP)\s*\.?\s*(?:\d{1,2}|[IVX]{1,4})\s*[:.)–-])[^;\n|])+)",
    regex.IGNORECASE | regex.MULTILINE,
)


@dataclass(frozen=True)
class Column:
    role: str | None
    component: str | None = None
    score_unit: str | None = None
    max_score: float | None = None
    label: str = ""
    year: int | None = None  # a column headed by its year ("Năm 2017") holds that year's values
    # a total or rank column headed by another index than the table's ("Chỉ số hài lòng (%)"
    # beside "Chỉ số CCHC"): that index's result for the row
    index: str | None = None


@dataclass(frozen=True)
class LegendEntry:
    number: int
    name: str
    component: str | None
    max_score: float | None
    position: int


def _number(token: str) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else _ROMAN.get(token)


def read_legend(text: str, index: str | None) -> list[LegendEntry]:
    """Every "Lĩnh vực N: name" the document text defines."""
    entries = []
    normalized = normalize(text).text
    for match in _LEGEND.finditer(normalized):
        name = match["name"].strip(" ,.:")
        number = _number(match["n"])
        if number is None or not regex.search(r"\p{L}{3}", name):
            continue
        chosen = component_names().match(name, index)
        maximum = _MAX_IN_LABEL.search(name)
        entries.append(LegendEntry(
            number, name, chosen[1] if chosen else None,
            parse_number(maximum["max"]) if maximum else None, match.start(),
        ))
    return entries


def _legend_for(number: int, legend: list[LegendEntry], near: int) -> LegendEntry | None:
    """The definition of "Lĩnh vực N" nearest the table: a decision with a
    table per group may number the lĩnh vực of each group differently."""
    candidates = [entry for entry in legend if entry.number == number and entry.component]
    return min(candidates, key=lambda entry: abs(entry.position - near), default=None)


def column_labels(table: Table) -> list[list[str]]:
    """Per column, the distinct header texts from the top row down."""
    width = max(len(row) for row in table.header + table.rows)
    labels: list[list[str]] = [[] for _ in range(width)]
    for row in table.header:
        for c, cell in enumerate(row):
            text = " ".join(normalize(cell.text).text.split())
            # a row numbering the columns ("(1)", "(4)=(2)+(3)") says nothing
            if text and regex.search(r"\p{L}", text) and text not in labels[c]:
                labels[c].append(text)
    return labels


def _unit_of_label(label: str, cells: list[str]) -> str | None:
    if "%" in label or regex.search(r"\bt[ỷỉ] lệ\b", label, regex.IGNORECASE):
        return "%"
    if cells and sum(cell.strip().endswith("%") for cell in cells) > len(cells) / 2:
        return "%"
    if not regex.search(r"\bđiểm\b", label, regex.IGNORECASE) and index_names().match(label) in _UNSCORED:
        return None  # "Chỉ số tổng hợp – PAR INDEX 2017": the index's value, in no unit the table says
    return "điểm"


# indices whose value is no number of points unless the text says so (PCI, PAPI, DDCI are scored in points)
_UNSCORED = frozenset({"PAR_INDEX", "SIPAS", "DTI"})


def read_columns(table: Table, index: str | None, legend: list[LegendEntry], near: int) -> list[Column]:
    """The role of every column of `table`."""
    labels = column_labels(table)
    columns: list[Column] = []
    for c, stack in enumerate(labels):
        body = [row[c].text for row in table.rows if c < len(row) and row[c].text.strip()]
        columns.append(_read_column(stack, body, index, legend, near))
    if not any(column.role == NAME for column in columns):
        # No header names the unit column: it is the first that holds words.
        for c, column in enumerate(columns):
            body = [row[c].text for row in table.rows if c < len(row)]
            if column.role is None and sum(bool(regex.search(r"\p{L}{3}", b)) for b in body) > len(body) / 2:
                columns[c] = Column(NAME, label=column.label)
                break
    return columns


def _read_column(stack: list[str], body: list[str], index: str | None,
                 legend: list[LegendEntry], near: int) -> Column:
    label = " ".join(stack)
    if not stack:
        return Column(None)
    specific = stack[-1]
    folded = fold(specific)
    folded_all = fold(label)
    maximum = _MAX_IN_LABEL.search(label)
    max_score = parse_number(maximum["max"]) if maximum else None
    if max_score is None:
        # "Điểm thẩm định (65)": a number in brackets after a score's label is its maximum, where
        # every value below keeps under it
        bracketed = _MAX_IN_BRACKETS.search(label)
        top = parse_number(bracketed["max"]) if bracketed else None
        values = [parse_number(cell.strip().rstrip("%").strip(), score=True) for cell in body]
        if top is not None and values and all(v is not None and v <= top for v in values):
            max_score = top
    if _ORDINAL.match(folded.replace(" ", "")):
        return Column(ORDINAL, label=label)
    if _RATING.search(folded) or _GROUP.match(folded) or (_ASSESSED.match(folded) and _words_column(body)):
        return Column(RATING, label=label)
    # ("Chỉ số SIPAS" over "Tỷ lệ (%)" and "Xếp hạng" beside "Chỉ số CCHC" over the same two:
    # the label above names the index a column is of)
    over = index_names().match(stack[0]) if len(stack) > 1 else None
    other = over if over and index is not None and over != index else None
    if _RANK.search(folded):
        return Column(RANK, label=label, index=other)
    if _MAX.search(folded):
        return Column(MAX_SCORE, label=label)
    numbered = _NUMBERED.search(folded)
    if numbered:
        entry = _legend_for(_number(numbered["n"]) or 0, legend, near)
        if entry is None:
            return Column(None, label=label)
        return Column(COMPONENT, entry.component, _unit_of_label(label, body),
                      max_score if max_score is not None else entry.max_score, label)
    chosen = part_named(specific, index)
    if chosen and (index is None or chosen[0] == index):
        return Column(COMPONENT, chosen[1], _unit_of_label(label, body), max_score, label)
    year = _YEAR_LABEL.match(folded)
    if year:
        return Column(TOTAL, None, _unit_of_label(label, body), max_score, label, int(year["year"]))
    named = index_names().match(specific) or over
    if _TOTAL.search(folded) or named:
        other = named if named and index is not None and named != index else None
        return Column(TOTAL, None, _unit_of_label(label, body), max_score, label, index=other)
    if _NAME.search(folded_all) and not _numeric_column(body):
        return Column(NAME, label=label)
    return Column(None, label=label)


def part_named(label: str, index: str | None) -> tuple[str, str] | None:
    """(index, component key) of the part a header or row label names, its marks read or, where OCR
    or a writer dropped them, not."""
    return (component_names().match(label, index) or component_names().match_without_marks(label, index)
            or component_names("en").match(label, index))


def _words_column(body: list[str]) -> bool:
    return bool(body) and sum(bool(regex.fullmatch(r"[^\d]*\p{L}{2}[^\d]*", cell.strip())) for cell in body) > len(body) / 2


def _numeric_column(body: list[str]) -> bool:
    numbers = sum(parse_number(cell.strip().rstrip("%").strip(), score=True) is not None for cell in body)
    return bool(body) and numbers > len(body) / 2
