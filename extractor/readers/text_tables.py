"""Tables written into plain text, one row a line, cells between pipes:

    TT | Đơn vị        | Điểm  | Xếp loại
    1  | Huyện Tân Lạc | 86,26 | Tốt

or one cell a line, as a web page's table comes out when its text is
copied (the header's cells, then each row's cells, each on its own line):

    TT
    Tên đơn vị
    Điểm
    Xếp loại
    1
    Huyện Tân Lạc
    86,26
    Tốt

Such lines become Document.tables, so the table stage reads them exactly as
it reads a PDF's tables; the line before the table is its caption.
"""
from __future__ import annotations

import functools
import itertools
import re

import regex

from ..document import Table, TableCell
from ..normalize import fold
from ..numbers import NUMBER_RE, parse_number
from ..patterns import component_names
from .ranked_lists import find_ranked_lists
from .run_on_tables import find_run_on_tables
from .table_columns import RANK_AND_SCORE

_ROW = regex.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", regex.MULTILINE)
_CELL = regex.compile(r"[^|\n]+")
_SEPARATOR_ROW = regex.compile(r"^[\s|:+-]*$")


def find_text_tables(text: str) -> list[Table]:
    """Pipe tables, tables flattened one cell a line, tables with cells between spaces, tables whose
    rows run on in one line and rankings written as numbered lists, in the order they stand."""
    tables = _pipe_tables(text)
    if "\n" in text:
        tables.extend(_flattened_tables(text))
        # (the others only: a group's table shares its header with the group's before)
        others = list(tables)
        tables.extend(t for t in _spaced_tables(text) if not any(_overlap(t, other) for other in others))
        others = list(tables)
        tables.extend(t for t in find_run_on_tables(text) + find_ranked_lists(text)
                      if not any(_overlap(t, other) for other in others))
        tables.sort(key=lambda t: t.header[0][0].start if t.header else t.rows[0][0].start)
    return tables


def _overlap(a: Table, b: Table) -> bool:
    a0, a1 = _extent(a)
    b0, b1 = _extent(b)
    return a0 < b1 and b0 < a1


def _extent(table: Table) -> tuple[int, int]:
    cells = [cell for row in table.header + table.rows for cell in row]
    return min(c.start for c in cells), max(c.end for c in cells)


def _pipe_tables(text: str) -> list[Table]:
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


# ---------------------------------------------------------------- one cell a line

# The indices' short names, as a results table's column labels give them (folded).
_INDEX_ACRONYMS = r"pci|papi|dti|sipas|ddci|pgi|par index"
# A header cell: a column label of a results table, on a line of its own
# (compared folded: no accents, lower case).
_LABEL = regex.compile(
    r"^(?:s?tt|so tt|thu tu(?: xep hang)?|ten (?:don vi|co quan|dia phuong|so,? (?:ban,? )?nganh|huyen|xa|tinh)\b.*|don vi|co quan|"
    # "Các bộ, cơ quan ngang bộ", "Các sở, ban, ngành": the units' column named by their group
    r"cac (?:bo|so|huyen|xa|phuong|tinh|don vi|co quan|dia phuong)\b.{0,40}|"
    r"dia phuong|tinh,? thanh pho(?: truc thuoc)?|huyen,? (?:thi xa,? )?thanh pho|so,? ban,? nganh|"
    # "Điểm số PCI", "PCI", "Xếp hạng PCI", "Nhóm xếp hạng": a column of an index's ranking table
    rf"(?:diem(?: so| dat(?: duoc)?)?|xep hang|thu hang)(?: (?:{_INDEX_ACRONYMS}))?|"
    # "Điểm số của Bộ GTVT", "Xếp thứ tự trong 17 Bộ, ngành": one unit's column
    r"diem(?: so| dat(?: duoc)?)? cua .{1,40}|xep thu(?: tu)?\b.*|"
    # "Lĩnh vực CCHC", "Chỉ số thành phần", "Nội dung": a table of one unit's parts, a row each
    r"linh vuc(?! ?(?:\d|[ivx]{1,4}\b)).*|chi so thanh phan|noi dung|"
    # "Điểm thẩm định", "Điểm điều tra xã hội học", "Mức độ hài lòng (%)": a decision's score columns
    r"diem (?:tham dinh|tu danh gia|dieu tra|khao sat|danh gia|toi da|chuan)\b.*|(?:dieu tra|khao sat)\b.*|"
    r"muc do hai long\b.*|thang diem\b.*|"
    rf"{_INDEX_ACRONYMS}|nhom xep hang|"
    r"tong(?: so)? diem|ket qua|chi so\b.*|vi thu|hang|xep loai|phan loai|muc do|"
    r"(?:linh vuc|lv|tieu chi|tc)\s*\.?\s*(?:\d{1,2}|[ivx]{1,4})\b.*|ty le.*|tang\s*/\s*giam.*|nam \d{4})\s*(?:\(.*\))?$"
)
_NAME_LABEL = regex.compile(r"^(?:ten\b|don vi|co quan|dia phuong|tinh|huyen|so,|bo,|"
                            r"cac (?:bo|so|huyen|xa|phuong|tinh|don vi|co quan|dia phuong)\b|"
                            r"linh vuc(?! ?(?:\d|[ivx]{1,4}\b))|chi so thanh phan$|noi dung$)")
_VALUE_LABEL = regex.compile(r"^(?:diem|tong|ket qua|chi so|xep hang|vi thu|thu hang|hang|xep loai|ty le|linh vuc|lv|nam \d{4}"
                             r"|dieu tra|khao sat|muc do hai long|thang diem"
                             rf"|{_INDEX_ACRONYMS}|nhom xep hang)")
# the second line of a label that wraps in its cell ("Tỉnh, thành phố trực thuộc" / "Trung ương")
# ("Điểm" / "đánh giá": a value column's label wrapped the same way)
_LABEL_TAIL = regex.compile(r"^(?:trung uong|tw|cap tinh|cap huyen|cap xa|danh gia|dat duoc|tong hop|tu danh gia|tham dinh)$")
_ORDINAL_LABEL = regex.compile(r"^(?:s?tt|so tt|thu tu)$")
_LONGEST_CELL = 120
# a line that is only a name column's label: every flattened results table has one
_ANY_LABEL_LINE = regex.compile(
    r"^[ \t]*(?:[Tt]ên[^\n]{0,30}|TÊN[^\n]{0,30}|[ĐđĐ]ơn vị|ĐƠN VỊ|[Cc]ơ quan|CƠ QUAN|[Đđ]ịa phương|ĐỊA PHƯƠNG|"
    r"[Tt]ỉnh,? (?:thành phố|TP)(?: trực thuộc)?|[Hh]uyện,? [^\n]{0,25}|[Ss]ở,? [^\n]{0,20}|[Bb]ộ, cơ quan [^\n]{0,30}|"
    r"[Ll]ĩnh vực [^\d\n][^\n]{0,30}|LĨNH VỰC [^\d\n][^\n]{0,30}|[Nn]ội dung|[Cc]hỉ số thành phần|"
    r"[Cc]ác (?:bộ|sở|huyện|xã|phường|tỉnh|đơn vị|cơ quan|địa phương)\b[^\n]{0,40})[ \t]*$",
    regex.MULTILINE,
)
_FEWEST_ROWS = 2
_SEPARATORS = frozenset("|│¦")


def cell_lines(text: str) -> list[TableCell]:
    """Every non-blank line as a cell, stripped; a line that is only a bar ("|", a web table's
    cells copied with their separators between them) separates cells and is none."""
    return [cell for match in regex.finditer(r"[^\n]+", text)
            for cell in _cells_of_line(text, match.start(), match.end())
            if cell.text not in _SEPARATORS]


def _cells_of_line(text: str, start: int, end: int) -> list[TableCell]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [TableCell(text[start:end], start, end)] if start < end else []


def _is_number(cell: TableCell) -> bool:
    return bool(NUMBER_RE.fullmatch(cell.text.rstrip("%").strip()))


def _is_value(cell: TableCell) -> bool:
    """A number, or a place with the value it was ranked by in brackets ("1 (0,9291)")."""
    return _is_number(cell) or bool(RANK_AND_SCORE.match(cell.text.strip()))


def _flattened_tables(text: str) -> list[Table]:
    if not _ANY_LABEL_LINE.search(text):
        return []  # most texts hold no table: one cheap look decides
    cells = cell_lines(text)
    folded = [fold(c.text) if len(c.text) <= 60 else "" for c in cells]
    tables = []
    i = 0
    while i < len(cells):
        if not _LABEL.match(folded[i]):
            i += 1
            continue
        j = i
        header: list[TableCell] = []
        labels: list[str] = []
        while j < len(cells) and not _is_number(cells[j]):
            if _LABEL.match(folded[j]):
                header.append(cells[j])
                labels.append(folded[j])
            elif header and _LABEL_TAIL.match(folded[j]):
                last = header[-1]
                header[-1] = TableCell(text[last.start:cells[j].end], last.start, cells[j].end)
                labels[-1] = f"{labels[-1]} {folded[j]}"
            else:
                break
            j += 1
        width = len(header)
        if width < 2 or not any(_NAME_LABEL.match(x) for x in labels) or not any(_VALUE_LABEL.match(x) for x in labels):
            found = _table_under_header(text, cells, folded, i)
            if found is not None:
                tables.append(found[0])
                i = found[1]
            else:
                i = max(j, i + 1)
            continue
        rows, k = _rows(cells, j, labels)
        if len(rows) < _FEWEST_ROWS and width > 2 and _ORDINAL_LABEL.match(labels[0]):
            # the first row's name read as one more label ("Chỉ số CCHC năm 2020 của Bộ GTVT",
            # a row without its number): the header is one cell shorter
            rows, k = _rows(cells, j - 1, labels[:-1])
            if len(rows) >= _FEWEST_ROWS:
                header, width = header[:-1], width - 1
        if len(rows) >= _FEWEST_ROWS:
            caption = cells[i - 1].text if i > 0 else ""
            tables.append(Table(header=[header], rows=rows, caption=caption))
            i = k
            continue
        found = _table_under_header(text, cells, folded, i)
        if found is not None:
            tables.append(found[0])
            i = found[1]
        else:
            i = j
    return tables


def _rows(cells: list[TableCell], k: int, labels: list[str]) -> tuple[list[list[TableCell]], int]:
    """The rows of `len(labels)` cells from cells[k] on, and where they end."""
    width = len(labels)
    rows = []
    while k + width <= len(cells):
        row = cells[k:k + width]
        if not _is_row(row, labels):
            # a row with no number of its own ("Chỉ số CCHC năm 2020" over "1 / Chỉ đạo điều hành"):
            # its ordinal cell left empty
            row = [TableCell("", cells[k].start, cells[k].start)] + cells[k:k + width - 1]
            if not (_ORDINAL_LABEL.match(labels[0]) and _is_row(row, labels)):
                break
            rows.append(row)
            k += width - 1
            continue
        rows.append(row)
        k += width
    rest = cells[k:]
    if rows and 2 <= len(rest) < width:
        # the text ends inside a row (an excerpt cut short): its cells so far, the rest left empty
        end = rest[-1].end
        row = rest + [TableCell("", end, end) for _ in range(width - len(rest))]
        if _is_row(row, labels):
            rows.append(row)
            k = len(cells)
    return rows, k


def _is_row(row: list[TableCell], labels: list[str]) -> bool:
    """Whether `width` lines in a row are one row of the table: short cells, some number,
    the row number where the header has one, a name where it names units."""
    if any(len(cell.text) > _LONGEST_CELL for cell in row):
        return False
    if not any(_is_number(cell) for cell in row):
        return False
    for cell, label in zip(row, labels):
        if _ORDINAL_LABEL.match(label) and not regex.fullmatch(r"(?:\d{1,3}\.?)?", cell.text):
            return False
        if _NAME_LABEL.match(label) and not regex.search(r"\p{L}{2}", cell.text):
            return False
    return True


# ---------------------------------------------------------------- headers over two rows

# A header the label-by-label reading above cannot follow: two rows of labels, a label
# over several columns ("Điểm các lĩnh vực" over the fields, "Chỉ số SIPAS" over "Điểm" and
# "Xếp hạng"), labels wrapped onto a second line, a row numbering the columns ("(1)" … "(8)").
# The rows come first: numbered 1, 2, 3 …, each a name and then short cells, which fixes
# the width; the labels are then fitted to it.
_HEADER_REACH = 48  # cells between a table's first label and its first row
_ROW_NUMBER = regex.compile(r"(?P<n>\d{1,3})\.?")
_COLUMN_NUMBER = regex.compile(r"\(?\s*(?:\d{1,2}|[A-Za-z])\s*\)?(?:\s*=.*)?")
_WIDEST = 16
# a label over several columns: a group of fields, an index, a year, the result
_GROUP_HEAD = regex.compile(
    r"^(?:diem (?:cac|chi so|so|dat duoc|danh gia)|(?:cac )?linh vuc|chi so thanh phan|noi dung|ket qua|"
    rf"diem|chi so|nam \d{{4}}|{_INDEX_ACRONYMS}|tieu chi|xep hang|thu hang)\b"
)
_RANK_HEAD = regex.compile(r"\b(?:(?:thu tu )?xep hang|thu hang|vi thu|hang|xep thu)\b")  # ("Thứ tự xếp hạng")
_RATING_HEAD = regex.compile(r"\b(?:xep loai|phan loai|muc do|nhom)\b")


def _table_under_header(text: str, cells: list[TableCell], folded: list[str], i: int) -> tuple[Table, int] | None:
    """The table whose labels begin at cells[i], read rows first; None where the labels do not fit one way."""
    first_row = next((k for k in range(i + 1, min(len(cells) - 2, i + _HEADER_REACH))
                      if _row_number(cells[k]) == 1 and _names_unit(cells[k + 1])), None)
    if first_row is None:
        return None
    width, rows, end = _numbered_rows(cells, first_row)
    if width is None:
        return None
    head = _header_cells(text, cells[i:first_row])
    if len(head) < width or len(head) > width + 4:
        return None
    # (the numbers down the first column are the rows' places where it is headed "Xếp hạng")
    if not ((_ORDINAL_LABEL.match(fold(head[0].text)) or _RANK_HEAD.fullmatch(fold(head[0].text)))
            and _NAME_LABEL.match(fold(head[1].text))):
        return None
    header = [head] if len(head) == width else _two_rows(head, width, rows)
    if header is None:
        return None
    caption = cells[i - 1].text if i > 0 else ""
    return Table(header=header, rows=rows, caption=caption), end


def _row_number(cell: TableCell) -> int | None:
    match = _ROW_NUMBER.fullmatch(cell.text)
    return int(match["n"]) if match else None


def _names_unit(cell: TableCell) -> bool:
    return not _is_number(cell) and bool(regex.search(r"\p{L}{2}", cell.text)) and len(cell.text) <= _LONGEST_CELL


def _numbered_rows(cells: list[TableCell], k: int) -> tuple[int | None, list[list[TableCell]], int]:
    """The width at which cells[k:] are rows numbered 1, 2, 3 … (each a name, then short cells), the rows and
    where they end; a last row the text ends inside is kept, its missing cells empty."""
    best: tuple[int | None, list[list[TableCell]], int] = (None, [], k)
    for width in range(3, _WIDEST + 1):
        rows: list[list[TableCell]] = []
        at = k
        while at + width <= len(cells) and _is_numbered_row(cells[at:at + width], len(rows) + 1):
            rows.append(cells[at:at + width])
            at += width
        rest = cells[at:]
        if rows and 3 <= len(rest) < width and _is_numbered_row(rest, len(rows) + 1):
            end = rest[-1].end
            rows.append(rest + [TableCell("", end, end) for _ in range(width - len(rest))])
            at = len(cells)
        if len(rows) >= _FEWEST_ROWS and len(rows) > len(best[1]):
            best = (width, rows, at)
    return best


def _is_numbered_row(row: list[TableCell], number: int) -> bool:
    if _row_number(row[0]) != number or not _names_unit(row[1]):
        return False
    # the other cells are values: numbers, "-", "x", a class in a word or two (not the next row's "2.")
    values = row[2:]
    return (all(_is_number(cell) or (len(cell.text) <= 24 and _row_number(cell) != number + 1) for cell in values)
            and any(_is_value(cell) for cell in values))


def _header_cells(text: str, cells: list[TableCell]) -> list[TableCell]:
    """The labels, without a row numbering the columns, a label's wrapped second line joined to it."""
    out: list[TableCell] = []
    numbering = [bool(_COLUMN_NUMBER.fullmatch(cell.text)) for cell in cells]
    for n, cell in enumerate(cells):
        # ("(1)", "(2)" …: a run numbering the columns; "(65)" alone under "Điểm thẩm định": its maximum)
        if numbering[n] and ((n and numbering[n - 1]) or (n + 1 < len(cells) and numbering[n + 1])):
            continue
        joins = out and (cell.text[0].islower() or cell.text[0] == "(" or out[-1].text.endswith(","))
        if not joins and not regex.search(r"\p{L}", cell.text):
            continue
        if joins:  # a label's wrapped line: "Điểm" / "thẩm định" / "(65)", "HUYỆN, THỊ XÃ," / "THÀNH PHỐ"
            last = out[-1]
            out[-1] = TableCell(text[last.start:cell.end], last.start, cell.end)
            continue
        out.append(cell)
    return out


def _two_rows(head: list[TableCell], width: int, rows: list[list[TableCell]]) -> list[list[TableCell]] | None:
    """The labels as two header rows `width` wide: the top row's labels, some over several columns, then the
    labels under those. Of the ways to split them, the one whose labels best fit the values below;
    None where two ways fit alike and read the columns differently."""
    over = len(head) - width  # as many labels span columns as the labels outnumber them
    kinds = [_values_kind([row[c] for row in rows]) for c in range(width)]
    # each way, keyed by the (top, under) labels it gives the columns
    scored: dict[tuple, tuple[float, list]] = {}
    for split in range(3, len(head) - 2 * over + 1):
        top, under = head[:split], head[split:]
        if any(_ORDINAL_LABEL.match(fold(c.text)) or _NAME_LABEL.match(fold(c.text)) for c in under):
            continue
        for spanning in itertools.combinations(range(2, split), over):
            for counts in _shares(len(under), over):
                stacks = _stacks(top, under, dict(zip(spanning, counts)))
                key = tuple((a.start, b.start, b.end) for a, b in stacks)
                fit = _fit(stacks, kinds, [top[s] for s in spanning], under, counts)
                fit += 2 * _adds_up(stacks, [top[s] for s in spanning], rows)
                if key not in scored or fit > scored[key][0]:
                    scored[key] = (fit, stacks)
    if not scored:
        return None
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    stacks = ranked[0][1]
    return [[c for c, _ in stacks], [u for _, u in stacks]]


def _shares(total: int, parts: int):
    """Every way to share `total` columns among `parts` labels, two or more each."""
    if parts == 1:
        if total >= 2:
            yield (total,)
        return
    for first in range(2, total - 2 * (parts - 1) + 1):
        for rest in _shares(total - first, parts - 1):
            yield (first,) + rest


def _stacks(top: list[TableCell], under: list[TableCell], spans: dict[int, int]) -> list[tuple[TableCell, TableCell]]:
    """Per column, (its top label, the label under it: an empty cell where the top label stands alone)."""
    out, taken = [], 0
    for t, cell in enumerate(top):
        if t in spans:
            for child in under[taken:taken + spans[t]]:
                out.append((cell, child))
            taken += spans[t]
        else:
            out.append((cell, TableCell("", cell.end, cell.end)))
    return out


def _values_kind(column: list[TableCell]) -> str:
    texts = [c.text for c in column if c.text and c.text not in {"-", "x", "X"}]
    if not texts:
        return ""
    if all(regex.fullmatch(r"\d{1,3}", t) for t in texts):
        return "whole"
    if all(_is_number(TableCell(t, 0, 0)) for t in texts):
        return "number"
    return "words" if all(regex.search(r"\p{L}{2}", t) for t in texts) else ""


def _adds_up(stacks, spanning: list[TableCell], rows: list[list[TableCell]]) -> int:
    """How many of the labels over several columns have columns that add up, row by row, to
    another column: parts under their group's label, the total beside them."""
    values = [[_cell_value(row[c]) for row in rows] for c in range(len(stacks))]
    found = 0
    for parent in spanning:
        group = [c for c, (top, sub) in enumerate(stacks) if top is parent and sub.text]
        sums = [None if any(values[c][r] is None for c in group) else sum(values[c][r] for c in group)
                for r in range(len(rows))]
        for other in range(2, len(stacks)):
            if other in group:
                continue
            pairs = [(a, b) for a, b in zip(sums, values[other]) if a is not None and b is not None]
            if len(pairs) >= _FEWEST_ROWS and all(abs(a - b) <= 0.011 * len(group) for a, b in pairs):
                found += 1
                break
    return found


def _cell_value(cell: TableCell) -> float | None:
    return parse_number(cell.text.rstrip("%").strip(), score=True)


def _fit(stacks, kinds: list[str], spanning: list[TableCell], under: list[TableCell], counts) -> float:
    """How well a split reads: labels that say rank over whole numbers, class over words, score over
    numbers; labels over several columns that name a group of them, alike children under each."""
    score = 0.0
    for (top, sub), kind in list(zip(stacks, kinds))[2:]:
        label = fold(f"{top.text} {sub.text}")  # "Xếp hạng" over "2022": a rank still
        if _RANK_HEAD.search(label):
            score += 1 if kind == "whole" else -3
        elif _RATING_HEAD.search(label):
            score += 1 if kind == "words" else -3
        elif kind == "words":
            score -= 3
        elif kind == "number":
            score += 1  # (whole numbers under a score's label may be points or places: no sign either way)
    score += sum(1 for cell in spanning if _GROUP_HEAD.match(fold(cell.text)))
    groups, taken = [], 0
    for count in counts:
        groups.append([fold(c.text) for c in under[taken:taken + count]])
        taken += count
    if len(groups) > 1 and all(g == groups[0] for g in groups):
        score += 1
    return score


# ---------------------------------------------------------------- cells between spaces

# an index's short name in a column's label, in either language ("Điểm số PCI", "PCI Score")
_INDEX_LABEL = r"(?:PCI|PAPI|PAR INDEX|DTI|SIPAS|DDCI)"
# A header line of column labels written one after another with spaces between
# ("Tỉnh Điểm số PCI Xếp hanh Nhóm xếp hạng"), as a page's table comes out copied.
_SPACED_LABEL = (
    r"(?:STT|TT|Tỉnh(?:,\s*thành phố)?|Địa phương|Đơn vị|Tên đơn vị|Cơ quan|Huyện|"
    # ("STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại": a decision's table copied)
    r"(?:Tên|TÊN) (?:cơ quan|đơn vị|CƠ QUAN|ĐƠN VỊ)|"
    r"Điểm (?:tối đa|thẩm định|tự đánh giá|chuẩn|đạt(?: được)?)|Tỷ lệ(?: điểm)?(?: đạt)?|"
    r"(?:Tiêu chí|Chỉ số|Lĩnh vực|LV|TC)\s*\d{1,2}|KQ đánh giá|Kết quả(?:\s+(?:đánh giá|xếp loại))?|"
    rf"(?:Điểm số|Điểm|Tổng điểm|Chỉ số)(?:\s+{_INDEX_LABEL})?|"
    r"Xếp hạng|Thứ hạng|Nhóm xếp hạng|Xếp loại|Nhóm)"
)

# a group's header line, its name before the labels ("II. Cấp huyện Tiêu chí 1 … Tổng điểm Xếp loại"):
# the name heads the unit column, and says what the units are
_SPACED_HEADER = regex.compile(
    rf"^[ \t]*(?:(?P<group>[IVX]{{1,4}}\.[ \t]+[^\d\n]{{2,30}}?)[ \t]+)?{_SPACED_LABEL}(?:[ \t]+{_SPACED_LABEL})+[ \t]*$",
    regex.MULTILINE)
_SPACED_LABELS = regex.compile(_SPACED_LABEL)

# An English page's header ("Province Entry Costs Land Access and Security of Tenure … PCI Ranking Ranking
# group"): its labels, or the components' English names
# ("PCI Score", "PCI Ranking", "PCI Tier": the index's name over its own columns, one label each; but
# "PCI Ranking Ranking group" is three columns, the index's score, its rank and its group)
_SPACED_LABEL_EN = (rf"(?:No\.?|Province|Provinces|Locality|Ministry|Ministries|"
                    rf"(?:{_INDEX_LABEL}[ \t]+(?![^ \t\n]+[ \t]+(?:Ranking|Rank)\b))?"
                    rf"(?:Ranking group|Ranking|Rank|Score|Tier)|"
                    rf"Total score|Overall score|Rating|{_INDEX_LABEL})")


@functools.cache
def _english_header() -> tuple[regex.Pattern, regex.Pattern]:
    """The header line and its labels, the components' names the longer first (compiled when a text
    first has a line that starts like an English header: most never do)."""
    label = rf"(?:(?i:{component_names('en').names_pattern})|{_SPACED_LABEL_EN})"
    header = regex.compile(rf"^[ \t]*(?P<group>){label}(?:[ \t]+{label})+[ \t]*$", regex.MULTILINE)
    return header, regex.compile(label)

# a row: perhaps its number, a name, numbers, perhaps a class in words
_SPACED_ROW = regex.compile(
    r"[ \t]*(?:(?P<n>\d{1,3})\.?[ \t]+)?(?P<name>[^\d\n|]*\p{L}[^\d\n|]*?)"
    # (".34": a value that lost its first digit still holds its cell)
    r"(?P<numbers>(?:[ \t]+(?:\d{1,3}(?:[.,]\d{1,4})?%?|[.,]\d{1,4})){1,12})(?:[ \t]+(?P<rest>[^\d\n|]+?))?[ \t]*$"
)

# a place the table lists without values ("HCMC N/A N/A … N/A"): a row to pass over, not the table's end
_SPACED_ROW_WITHOUT_VALUES = regex.compile(r"[ \t]*\p{L}[^\d\n|]{0,60}?(?:[ \t]+(?:N/A|n/a|-|–)){2,}[ \t]*$")
_SPACED_GROUP_LINE = regex.compile(r"[ \t]*[IVX]{1,4}\.?[ \t]+(?P<group>[^\d\n|]*\p{L}[^\d\n|]*?)[ \t]*$")
_FIRST_LABEL = re.compile(r"^[ \t]*(?:STT|TT|Tỉnh|Địa phương|Đơn vị|Tên đơn vị|Cơ quan|Huyện|[IVX]{1,4}\.)[ \t,]", re.MULTILINE)
_FIRST_LABEL_EN = re.compile(r"^[ \t]*(?:No\.?|Provinces?|Locality|Ministry|Ministries)[ \t,]", re.MULTILINE)
_NUMBER_CELL = regex.compile(r"\d{1,3}(?:[.,]\d{1,4})?%?|[.,]\d{1,4}")


def _spaced_tables(text: str) -> list[Table]:
    tables = []
    # (one cheap look each: most texts have no line that starts with a column label)
    headers = []
    if _FIRST_LABEL.search(text):
        headers += [(header, _SPACED_LABELS) for header in _SPACED_HEADER.finditer(text)]
    if _FIRST_LABEL_EN.search(text):
        header_line, label = _english_header()
        headers += [(header, label) for header in header_line.finditer(text)]
    for header, label in headers:
        first = header.end("group") if header["group"] else header.start()
        labels = [TableCell(m.group(), m.start(), m.end())
                  for m in label.finditer(text, first, header.end())]
        if header["group"]:
            start, end = header.span("group")
            labels = [TableCell("STT", start, start), TableCell(header["group"], start, end)] + labels
        before = text[:header.start()].rstrip()
        caption = header["group"] or before[before.rfind("\n") + 1:].strip()  # the last line above it
        rows: list[list[TableCell]] = []
        position = header.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            row = _spaced_row(text, position, end, len(labels))
            if row is None and _SPACED_ROW_WITHOUT_VALUES.match(text, position, end):
                position = end + 1
                continue
            if row is None:
                # "I Các sở, ban, ngành tỉnh", "II UBND huyện, thị xã, thành phố": a group's line under
                # the header opens a table of its own, which it names
                group = _SPACED_GROUP_LINE.match(text, position, end)
                if group is None:
                    break
                if rows:
                    tables.append(Table(header=[labels], rows=rows, caption=caption))
                rows, caption = [], group["group"]
            else:
                rows.append(row)
            position = end + 1
        if len(rows) >= _FEWEST_ROWS or (rows and (header["group"] or tables and tables[-1].header[0] is labels)):
            tables.append(Table(header=[labels], rows=rows, caption=caption))
    return tables


def _spaced_row(text: str, start: int, end: int, width: int) -> list[TableCell] | None:
    """A line of `width` cells: its number, a name, numbers, a class; else None."""
    match = _SPACED_ROW.match(text, start, end)
    if match is None or match.end() != end:
        return None
    cells = []
    if match["n"] is not None:
        cells.append(TableCell(match["n"], *match.span("n")))
    name_start, name_end = match.span("name")
    cells += _cells_of_line(text, name_start, name_end)
    cells += [TableCell(m.group(), m.start(), m.end())
              for m in _NUMBER_CELL.finditer(text, *match.span("numbers"))]
    if match["rest"] is not None:
        cells.append(TableCell(match["rest"], *match.span("rest")))
    return cells if len(cells) == width else None
