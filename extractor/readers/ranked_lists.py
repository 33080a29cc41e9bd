"""Rankings written as a numbered list of names under a heading that says
they are a ranking:

    Top 10 xếp hạng DTI năm 2020 cấp Bộ có cung cấp dịch vụ công
     1. Bộ Tài chính
     2. Ngân hàng Nhà nước
     3. Bộ Kế hoạch và Đầu tư

Each item's number is its place. Such a list becomes a table of two columns
(place, unit) captioned by its heading, so the table stage reads its index,
year and units as it reads any table's. A numbered list under any other
heading (tasks, steps, a plan's parts) is none: the heading must name a
ranking, and most items must name a unit.
"""
from __future__ import annotations

import re

import regex

from ..document import Table, TableCell
from ..gazetteer import load_gazetteer
from ..normalize import normalize
from ..patterns import agency_names

# an item: its number, then a name and nothing else ("1. Bộ Tài chính", "2) Quảng Ninh")
_ITEM = regex.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?P<name>[^\d\n:;()]{2,80}?)[ \t.;]*$", regex.MULTILINE)
# one cheap look first: a line that opens a numbered list, which most articles lack
_FIRST_ITEM = re.compile(r"^[ \t]*1[.)][ \t]", re.MULTILINE)
# the heading says the list is a ranking ("Top 10 xếp hạng …", "Bảng xếp hạng …", "Ranking of …")
_RANKING_HEADING = regex.compile(r"\b(?:xếp hạng|thứ hạng|top|tốp|dẫn đầu|ranking|rankings|ranked)\b",
                                 regex.IGNORECASE)
_FEWEST_ITEMS = 3
_HEADING_GAP = 2  # blank lines between a heading and its list's first item


def find_ranked_lists(text: str) -> list[Table]:
    if not _FIRST_ITEM.search(text):
        return []
    tables = []
    run: list[regex.Match] = []
    for item in _ITEM.finditer(text):
        if run and int(item["n"]) == int(run[-1]["n"]) + 1 and _next_line(text, run[-1].end(), item.start()):
            run.append(item)
            continue
        _close(text, run, tables)
        run = [item] if item["n"] == "1" else []
    _close(text, run, tables)
    return tables


def _next_line(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip() and text.count("\n", end, start) <= 2


def _close(text: str, run: list[regex.Match], tables: list[Table]) -> None:
    if len(run) < _FEWEST_ITEMS:
        return
    heading = _heading(text, run[0].start())
    if heading is None or not _RANKING_HEADING.search(heading.text):
        return
    if sum(_names_unit(item["name"]) for item in run) * 2 < len(run):
        return
    rows = [[TableCell(item["n"], *item.span("n")), TableCell(item["name"].strip(), *item.span("name"))]
            for item in run]
    header = [TableCell("Xếp hạng", heading.start, heading.start), TableCell("Đơn vị", heading.start, heading.start)]
    tables.append(Table(header=[header], rows=rows, caption=heading.text, complete=False))


def _heading(text: str, start: int) -> TableCell | None:
    """The line just above the list (blank lines apart), if it is no item itself."""
    end = text.rfind("\n", 0, start)
    gap = 0
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line:
            return None if _ITEM.fullmatch(text[line_start:end]) else TableCell(line, line_start, end)
        gap += 1
        if gap > _HEADING_GAP:
            return None
        end = line_start - 1
    return None


def _names_unit(name: str) -> bool:
    """Whether the item is a unit's name and nothing more ("Sở Nội vụ chủ trì rà soát …" is a task)."""
    name = normalize(name.strip()).text.rstrip(" .")
    agency = agency_names().find(name)
    return bool(agency and agency[0].start == 0 and agency[0].end == len(name)) or load_gazetteer().names_one_place(name)
