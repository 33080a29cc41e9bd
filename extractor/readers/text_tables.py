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

import re

import regex

from ..document import Table, TableCell
from ..normalize import fold
from ..numbers import NUMBER_RE

_ROW = regex.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", regex.MULTILINE)
_CELL = regex.compile(r"[^|\n]+")
_SEPARATOR_ROW = regex.compile(r"^[\s|:+-]*$")


def find_text_tables(text: str) -> list[Table]:
    """Pipe tables, tables flattened one cell a line and tables with cells between spaces,
    in the order they stand."""
    tables = _pipe_tables(text)
    if "\n" in text:
        tables.extend(_flattened_tables(text))
        tables.extend(t for t in _spaced_tables(text) if not any(_overlap(t, other) for other in tables))
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
    r"^(?:s?tt|so tt|thu tu|ten (?:don vi|co quan|dia phuong|so,? (?:ban,? )?nganh|huyen|xa|tinh)\b.*|don vi|co quan|"
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
_NAME_LABEL = regex.compile(r"^(?:ten\b|don vi|co quan|dia phuong|tinh|huyen|so,|"
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
    r"[Tt]ỉnh,? (?:thành phố|TP)(?: trực thuộc)?|[Hh]uyện,? [^\n]{0,25}|[Ss]ở,? [^\n]{0,20}|"
    r"[Ll]ĩnh vực [^\d\n][^\n]{0,30}|LĨNH VỰC [^\d\n][^\n]{0,30}|[Nn]ội dung|[Cc]hỉ số thành phần)[ \t]*$",
    regex.MULTILINE,
)
_FEWEST_ROWS = 2


def _cell_lines(text: str) -> list[TableCell]:
    """Every non-blank line as a cell, stripped."""
    return [cell for match in regex.finditer(r"[^\n]+", text)
            for cell in _cells_of_line(text, match.start(), match.end())]


def _cells_of_line(text: str, start: int, end: int) -> list[TableCell]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [TableCell(text[start:end], start, end)] if start < end else []


def _is_number(cell: TableCell) -> bool:
    return bool(NUMBER_RE.fullmatch(cell.text.rstrip("%").strip()))


def _flattened_tables(text: str) -> list[Table]:
    if not _ANY_LABEL_LINE.search(text):
        return []  # most texts hold no table: one cheap look decides
    cells = _cell_lines(text)
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


# ---------------------------------------------------------------- cells between spaces

# A header line of column labels written one after another with spaces between
# ("Tỉnh Điểm số PCI Xếp hanh Nhóm xếp hạng"), as a page's table comes out copied.
_SPACED_LABEL = (
    r"(?:STT|TT|Tỉnh(?:,\s*thành phố)?|Địa phương|Đơn vị|Tên đơn vị|Cơ quan|Huyện|"
    r"(?:Tiêu chí|Chỉ số|Lĩnh vực|LV|TC)\s*\d{1,2}|KQ đánh giá|Kết quả(?:\s+(?:đánh giá|xếp loại))?|"
    r"(?:Điểm số|Điểm|Tổng điểm|Chỉ số)(?:\s+(?:PCI|PAPI|PAR INDEX|DTI|SIPAS|DDCI))?|"
    r"Xếp hạng|Thứ hạng|Nhóm xếp hạng|Xếp loại|Nhóm)"
)
# a group's header line, its name before the labels ("II. Cấp huyện Tiêu chí 1 … Tổng điểm Xếp loại"):
# the name heads the unit column, and says what the units are
_SPACED_HEADER = regex.compile(
    rf"^[ \t]*(?:(?P<group>[IVX]{{1,4}}\.[ \t]+[^\d\n]{{2,30}}?)[ \t]+)?{_SPACED_LABEL}(?:[ \t]+{_SPACED_LABEL})+[ \t]*$",
    regex.MULTILINE)
_SPACED_LABELS = regex.compile(_SPACED_LABEL)
# a row: perhaps its number, a name, numbers, perhaps a class in words
_SPACED_ROW = regex.compile(
    r"[ \t]*(?:(?P<n>\d{1,3})\.?[ \t]+)?(?P<name>[^\d\n|]*\p{L}[^\d\n|]*?)"
    # (".34": a value that lost its first digit still holds its cell)
    r"(?P<numbers>(?:[ \t]+(?:\d{1,3}(?:[.,]\d{1,4})?|[.,]\d{1,4})){1,12})(?:[ \t]+(?P<rest>[^\d\n|]+?))?[ \t]*$"
)

_FIRST_LABEL = re.compile(r"^[ \t]*(?:STT|TT|Tỉnh|Địa phương|Đơn vị|Tên đơn vị|Cơ quan|Huyện|[IVX]{1,4}\.)[ \t,]", re.MULTILINE)
_NUMBER_CELL = regex.compile(r"\d{1,3}(?:[.,]\d{1,4})?|[.,]\d{1,4}")


def _spaced_tables(text: str) -> list[Table]:
    tables = []
    if not _FIRST_LABEL.search(text):
        return tables  # one cheap look: most texts have no line that starts with a column label
    for header in _SPACED_HEADER.finditer(text):
        first = header.end("group") if header["group"] else header.start()
        labels = [TableCell(m.group(), m.start(), m.end())
                  for m in _SPACED_LABELS.finditer(text, first, header.end())]
        if header["group"]:
            start, end = header.span("group")
            labels = [TableCell("STT", start, start), TableCell(header["group"], start, end)] + labels
        rows = []
        position = header.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            row = _spaced_row(text, position, end, len(labels))
            if row is None:
                break
            rows.append(row)
            position = end + 1
        if len(rows) >= _FEWEST_ROWS or (rows and header["group"]):
            before = text[:header.start()].rstrip()
            caption = before[before.rfind("\n") + 1:].strip()  # the last line written above it
            tables.append(Table(header=[labels], rows=rows, caption=header["group"] or caption))
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
