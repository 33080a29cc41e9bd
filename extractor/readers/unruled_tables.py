"""Tables drawn without ruling lines, found from where their words stand.

A decision's appendix is often set as a table with no lines at all, or with
only a rule under the header: pdfplumber's `find_tables` and the scan's line
finder see no grid there, and the rows would come out as loose lines ("2
7,91 5,44 … 86,13 2 Tốt", the name "Huyện Thanh / Chương" wrapped above and
below). The words say where the table is all the same:

- body rows are lines with several numbers; a run of at least three of them
  close together is a table's body;
- its columns are the x-intervals the body rows' words fill, with gaps
  between them that no body word crosses (the words of a paragraph fill the
  whole width, so running text never makes columns);
- a line between body rows whose words stay inside the columns is a wrapped
  cell of the nearest row;
- the lines just above the body whose words stay inside the columns are the
  header; a header phrase that spans several columns ("Điểm các lĩnh vực"
  over "Lĩnh vực 1" … "Lĩnh vực 8") is a merged cell over them.

The result is the same grid of cell boxes that ruled tables give, so the
rest of the reading (header names, legend, rows to records) is one path.
"""
from __future__ import annotations

from statistics import median
from typing import Optional

from .page_layout import CAPTION_START, BBox, Grid, Word, group_lines, is_numeric_cell

# a body row holds at least this many numbers, and a body at least this many rows
_NUMBERS_IN_ROW = 3
_ROWS_IN_BODY = 3
_COLUMNS_IN_TABLE = 3
# header lines looked at above the body
_HEADER_LINES = 10
# words nearer than this share a phrase (a header cell's words); in line heights
_PHRASE_GAP = 0.6
# a gap narrower than this is a space between words of one cell; in line heights
_WORD_SPACE = 0.4


def find_unruled_grids(words: list[Word], marks: list[Word] = ()) -> list[Grid]:
    """Grids of the tables without ruling lines among a page's words.

    `marks`: on a scan, the boxes of its printed marks, read or not: OCR of a whole page
    passes over lone digits ("1" … "15" down a column of places), but their ink still
    tells where a column stands.
    """
    lines = group_lines(words)
    if not lines:
        return []
    height = median(w.bottom - w.top for w in words) or 1.0
    grids = []
    for first, last in _body_runs(lines, height):
        grid = _grid(lines, first, last, height, marks)
        if grid is not None:
            grids.append(grid)
    return grids


def _numbers(line: list[Word], height: float) -> int:
    """The line's numbers standing as cells of their own ("vực 1" in a header is no number)."""
    return sum(all(is_numeric_cell(w.text) for w in phrase) for phrase in _phrases(line, height))


def _top(line: list[Word]) -> float:
    return min(w.top for w in line)


def _bottom(line: list[Word]) -> float:
    return max(w.bottom for w in line)


def _body_runs(lines: list[list[Word]], height: float) -> list[tuple[int, int]]:
    """(first, last) line indices of runs of number rows, each row at most three line
    heights below the one before (a wrapped name may stand between)."""
    runs = []
    rows = [i for i, line in enumerate(lines) if _numbers(line, height) >= _NUMBERS_IN_ROW]
    start = previous = None
    for i in rows:
        if previous is not None and _top(lines[i]) - _bottom(lines[previous]) <= 3 * height:
            previous = i
            continue
        if start is not None:
            runs.append((start, previous))
        start = previous = i
    if start is not None:
        runs.append((start, previous))
    return [(a, b) for a, b in runs if sum(_numbers(lines[i], height) >= _NUMBERS_IN_ROW for i in range(a, b + 1))
            >= _ROWS_IN_BODY]


def _columns(rows: list[list[Word]], height: float) -> list[tuple[float, float]]:
    """The x-intervals the rows' words fill, left to right (a word space does not part
    columns: "Huyện" starts every name of its column)."""
    joined = _WORD_SPACE * height
    spans = sorted((w.x0, w.x1) for row in rows for w in row)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + joined:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _inside_columns(line: list[Word], columns: list[tuple[float, float]]) -> bool:
    """Whether each of the line's words stands within one column, up to the middles of the
    gaps beside it (a wrapped cell, wider than the column's other rows: "Sở Nông nghiệp
    và Phát / triển nông thôn"), and not across a gap (running text)."""
    edges = _edges(columns)
    left, right = columns[0][0], columns[-1][1]
    return all(left - 1 <= w.x0 and w.x1 <= right + 1 and _column_of(w.x0, edges) == _column_of(w.x1, edges)
               for w in line)


def _column_of(x: float, edges: list[float]) -> int:
    """The column whose span, between the gaps' middles, holds x."""
    return sum(x > edge for edge in edges)


def _phrases(line: list[Word], height: float) -> list[list[Word]]:
    """The line's words in runs that stand close together (one header cell's words)."""
    out: list[list[Word]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= _PHRASE_GAP * height:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _grid(lines: list[list[Word]], first: int, last: int, height: float, marks: list[Word]) -> Optional[Grid]:
    number_rows = [i for i in range(first, last + 1) if _numbers(lines[i], height) >= _NUMBERS_IN_ROW]
    rows = [lines[i] + [m for m in marks if _top(lines[i]) <= (m.top + m.bottom) / 2 <= _bottom(lines[i])]
            for i in number_rows]
    columns = _columns(rows, height)
    # (a speck, or a mark OCR read in one row or two, is no column)
    columns = [column for column in columns
               if sum(any(column[0] <= w.x0 and w.x1 <= column[1] for w in row) for row in rows)
               >= max(2, 0.3 * len(rows))]
    if len(columns) < _COLUMNS_IN_TABLE:
        return None
    edges = _edges(columns)
    # most rows fill most columns: a table, not numbers that happen to stand in lines
    filled = [len({_column_of((w.x0 + w.x1) / 2, edges) for w in lines[i]}) for i in number_rows]
    if median(filled) < 0.6 * len(columns):
        return None
    left, right = columns[0][0] - 1, columns[-1][1] + 1

    # the body: each line between the number rows is a wrapped cell of the nearest row
    members: dict[int, list[int]] = {i: [i] for i in number_rows}
    for i in range(first, last + 1):
        if i in members:
            continue
        if not _inside_columns(lines[i], columns):
            return None  # running text inside the run: not one table
        middle = (_top(lines[i]) + _bottom(lines[i])) / 2
        nearest = min(number_rows, key=lambda r: abs((_top(lines[r]) + _bottom(lines[r])) / 2 - middle))
        members[nearest].append(i)
    # the lines just below the last row that stay inside the columns wrap its cells too
    following = last + 1
    while (following < len(lines) and _inside_columns(lines[following], columns)
           and _numbers(lines[following], height) == 0
           and _top(lines[following]) - _bottom(lines[following - 1]) <= 0.5 * height):
        members[number_rows[-1]].append(following)
        following += 1
    extents = [(min(_top(lines[k]) for k in members[r]), max(_bottom(lines[k]) for k in members[r]))
               for r in number_rows]

    # the header: lines just above, close together, in the table's type, whose words stay
    # inside the columns (a header phrase over several columns may span their gaps: it is
    # read by phrases); the table's title above it is in the text's type, or spans it all
    size = median(w.bottom - w.top for i in number_rows for w in lines[i])
    header: list[int] = []
    above = first - 1
    while above >= 0 and len(header) < _HEADER_LINES:
        line = lines[above]
        # (a header's wrapped cells stand close: a wider gap above its lines is the title's)
        gap = (_top(lines[header[-1]]) if header else extents[0][0]) - _bottom(line)
        if (gap > (0.6 if header else 1.5) * size or _numbers(line, height) >= _NUMBERS_IN_ROW
                or _outside(line, left, right, size) or median(w.bottom - w.top for w in line) > 1.3 * size
                or CAPTION_START.match(_text(line)) or not _header_line(line, columns, height)):
            break
        header.append(above)
        above -= 1
    header.reverse()
    # a heading beyond the outer columns is a column of its own, its cells unread or blank
    # in every row (OCR of a whole page passes over lone digits: "TT" over "1" … "15")
    outer = [(phrase[0].x0, phrase[-1].x1) for i in header for phrase in _phrases(lines[i], height)
             if phrase[-1].x1 < columns[0][0] or phrase[0].x0 > columns[-1][1]]
    if outer:
        columns = sorted(columns + _columns([[Word("", a, b, 0, 0)] for a, b in outer], height))
        edges = _edges(columns)
    # (a header's words may reach past the body's: "Xếp loại" over "Tốt"; and the outer
    # cells keep a margin, for a scan's cells are read again from their boxes)
    left = min([columns[0][0], *(w.x0 for i in header for w in lines[i])]) - size / 2
    right = max([columns[-1][1], *(w.x1 for i in header for w in lines[i])]) + size / 2

    grid: Grid = []
    if header:
        grid.extend(_header_rows([lines[i] for i in header], columns, edges, height,
                                 extents[0][0], left, right))
    for r, (top, bottom) in enumerate(extents):
        # a row's box reaches halfway to its neighbours, so no word falls between rows
        upper = top if r == 0 else (extents[r - 1][1] + top) / 2
        lower = bottom if r == len(extents) - 1 else (bottom + extents[r + 1][0]) / 2
        grid.append([(x0, upper - 0.5, x1, lower + 0.5) for x0, x1 in _spans(edges, left, right)])
    return grid


def _edges(columns: list[tuple[float, float]]) -> list[float]:
    """The middles of the gaps between columns."""
    return [(columns[k][1] + columns[k + 1][0]) / 2 for k in range(len(columns) - 1)]


def _spans(edges: list[float], left: float, right: float) -> list[tuple[float, float]]:
    bounds = [left, *edges, right]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def _outside(line: list[Word], left: float, right: float, size: float) -> bool:
    """Whether the line reaches well past the table's sides (running text, not its header)."""
    return any(w.x0 < left - 2 * size or w.x1 > right + 2 * size for w in line)


def _covered(phrase: list[Word], columns: list[tuple[float, float]]) -> tuple[int, int]:
    """The first and last columns whose words a phrase stands over; a phrase wider than its
    column's numbers ("STT" over "1" … "9") or in a gap belongs to the nearest column."""
    x0, x1 = phrase[0].x0, phrase[-1].x1
    over = [k for k, (a, b) in enumerate(columns) if x0 < b and a < x1]
    if over:
        return over[0], over[-1]
    middle = (x0 + x1) / 2
    nearest = min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - middle))
    return nearest, nearest


def _text(line: list[Word]) -> str:
    return " ".join(w.text for w in line)


def _header_line(line: list[Word], columns, height: float) -> bool:
    """A header line: each phrase either stays in one column or spans some columns, its
    ends near the middle of what it spans (a centred heading over them); a phrase over
    every column is the table's title."""
    for phrase in _phrases(line, height):
        x0, x1 = phrase[0].x0, phrase[-1].x1
        a, b = _covered(phrase, columns)
        if a == b:
            continue
        if b - a + 1 >= len(columns) - 1:
            return False
        # over columns a..b: centred on them, as a merged heading cell is
        middle, span_middle = (x0 + x1) / 2, (columns[a][0] + columns[b][1]) / 2
        if abs(middle - span_middle) > 0.25 * (columns[b][1] - columns[a][0]) + height:
            return False
    return True


def _whole_span(a: int, b: int, low: float, words: list[Word], edges: list[float]) -> tuple[int, int]:
    """The columns a merged heading stands over: a heading is often narrower than the
    columns beneath it ("Điểm các lĩnh vực" over eight), so its span goes on over the
    neighbours whose header words stand in the same lines as those of the columns it
    covers ("Lĩnh / vực 1" … "Lĩnh / vực 8"), and none beside it."""
    extent: dict[int, tuple[float, float]] = {}
    beside: set[int] = set()
    for w in words:
        c = _column_of((w.x0 + w.x1) / 2, edges)
        if w.top >= low - 0.5:
            top, bottom = extent.get(c, (w.top, w.bottom))
            extent[c] = (min(top, w.top), max(bottom, w.bottom))
        else:
            beside.add(c)
    if a not in extent:
        return a, b

    def alike(c: int) -> bool:
        return (c in extent and c not in beside and abs(extent[c][0] - extent[a][0]) <= 1.5
                and abs(extent[c][1] - extent[a][1]) <= 1.5)

    while a - 1 >= 0 and alike(a - 1):
        a -= 1
    while b + 1 <= len(edges) and alike(b + 1):
        b += 1
    return a, b


def _header_rows(lines: list[list[Word]], columns, edges: list[float], height: float,
                 body_top: float, left: float, right: float) -> list[list[Optional[BBox]]]:
    """One header row, or two where a phrase spans columns: the spanning cell above, the
    columns under it below, the other columns' cells over both rows."""
    spans = _spans(edges, left, right)
    top = min(_top(line) for line in lines) - 0.5
    bottom = body_top - 0.5
    merged: list[tuple[int, int, float]] = []  # first column, last column, bottom of the phrase
    for line in lines:
        for phrase in _phrases(line, height):
            a, b = _covered(phrase, columns)
            if a != b:
                low = max(w.bottom for w in phrase)
                a, b = _whole_span(a, b, low, [w for other in lines for w in other], edges)
                merged.append((a, b, low))
    if not merged:
        return [[(x0, top, x1, bottom) for x0, x1 in spans]]
    upper: list[Optional[BBox]] = []
    lower: list[Optional[BBox]] = []
    under: dict[int, tuple[int, int, float]] = {}
    for a, b, low in merged:
        if all(c not in under for c in range(a, b + 1)):
            under.update((c, (a, b, low)) for c in range(a, b + 1))
    for c, (x0, x1) in enumerate(spans):
        if c not in under:
            upper.append((x0, top, x1, bottom))
            lower.append(None)
            continue
        a, b, low = under[c]
        upper.append((spans[a][0], top, spans[b][1], low + 0.5) if c == a else None)
        lower.append((x0, low + 0.5, x1, bottom))
    return [upper, lower]
