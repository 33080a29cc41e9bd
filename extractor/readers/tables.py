"""The table stage: each row of a results table becomes records.

A row names a unit; each component column gives a result for that
component, the total column the index's own result with the rank (ranked
among the rows of the row's group) and the rating.  The index, the year and
the kind of unit come from the table's caption, else from the decision's
heading (TableContext).  Evidence is the row's line in the document text.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .decision import NAMED_YEAR, group_level, read_heading
from ..document import Document, Table, TableCell
from ..gazetteer import era_for_year, load_gazetteer
from ..gazetteer.levels import COMMUNE_LEVELS, DISTRICT_LEVELS, PROVINCE_LEVELS, levels_for_word
from ..models import Evidence, Result
from ..normalize import fold, normalize, without_marks
from ..numbers import parse_number
from ..patterns import agency_names, class_named, index_names, is_english_class
from .table_columns import (
    COMPONENT, MAX_SCORE, NAME, RANK, RANK_AND_SCORE, RATING, TOTAL, Column, part_named, read_columns, read_legend,
)
from ..units import Unit


@dataclass(frozen=True)
class TableContext:
    """What a document says about all its tables: read from a decision's
    heading by `document_context`, or given by the caller."""

    index: str | None = None
    year: int | None = None
    province: str | None = None
    province_code: str | None = None
    unit_level: str | None = None
    # a decision's table ranks every unit of its group: a rank without its total is out of the
    # rows; a table in an article may list only the first few
    totals_from_rows: bool = True
    # the unit the text names just before a table: the one a table of parts ("Lĩnh vực CCHC |
    # Thang điểm | Điểm số"), a part a row, is of
    subject: Unit | None = None
    # the district a table's caption names ("… Quận 3 … đối với Ủy ban nhân dân 14 phường"): its
    # communes and wards are the rows ("Phường 4" is a ward of many districts)
    district_code: str | None = None
    # the first year the tables speak of the units after the 2025 reorganization (units.era)
    reorganized_from: int = 2025


# the classes a results table gives: a scan's cell read with a tone mark wrong ("Khả") is
# the class it spells without marks
_CLASSES = {without_marks(name).lower(): name for name in ("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém")}


def _rating(text: str) -> str:
    written = " ".join(text.split())
    if written.isascii() and is_english_class(written):
        return class_named(written)  # "Very good" on an English page: "Rất tốt"
    return _CLASSES.get(without_marks(written).lower(), written)


def document_context(doc: Document) -> TableContext:
    heading = read_heading(doc)
    return TableContext(heading.index, heading.year, heading.province,
                        heading.province_code, heading.unit_level)


_LEVEL_WORD = regex.compile(
    r"^(?:(?:UBND|Ủy ban nhân dân)\s+)?(?P<word>huyện|quận|thị xã|thành phố|TP\.?|TX\.?|xã|phường|thị trấn)\s+(?P<name>\S.*)$",
    regex.IGNORECASE,
)
_NOT_A_UNIT = regex.compile(
    r"^(?:trung bình|bình quân|tổng cộng|tổng|cộng|toàn tỉnh|giá trị trung bình|ghi chú)\b", regex.IGNORECASE
)
_MAX_ROW = regex.compile(r"^(?:điểm tối đa|điểm chuẩn|thang điểm|điểm tối đa đạt được)\b", regex.IGNORECASE)
_GROUP_ROW = regex.compile(r"^(?:[IVX]+|[A-Z])[.)/]?\s+\S|^(?:khối|nhóm)\b", regex.IGNORECASE)
# "01 (0,727)": the rank, then the value it was ranked by
_RANK_CELL = regex.compile(r"^\D{0,12}?(?P<rank>\d{1,4})(?:\s*/\s*(?P<total>\d{1,4}))?\b")
# the year a caption gives after the index's name ("Chỉ số ... cấp tỉnh 2020", "PCI năm 2020")
_YEAR = regex.compile(r"\b(?:năm\s+)?(?P<year>(?:19|20)\d{2})\b", regex.IGNORECASE)
_PROVINCE_COLUMN = regex.compile(r"^(?:tinh|provinces?)\b")  # ("Province": an English page's table)
_AGENCY_START = regex.compile(r"^(?:Sở|Ban|Văn phòng|Thanh tra|Công an|Bộ|Cục|Chi cục)\b")


# A column's maximum is believed where at least this share of its values keep under it.
_CREDIBLE_SHARE = 0.8
# A column whose values have decimals at least this often has them all (OCR may lose a few commas).
_DECIMAL_SHARE = 0.6
_DECIMAL = regex.compile(r"\d[.,]\d")


def records_from_tables(doc: Document, context: TableContext | None = None) -> list[Result]:
    """Records from every table of `doc`; context defaults to the doc's heading."""
    context = context if context is not None else document_context(doc)
    legend_index = context.index
    legend = read_legend(doc.text, legend_index)
    records: list[Result] = []
    for table in doc.tables:
        records.extend(_TableReader(doc, table, context, legend).records())
    return records


def _reads_units(columns: list[Column]) -> bool:
    """Whether the columns name units and give them values: what a results table's rows need."""
    roles = {column.role for column in columns}
    return NAME in roles and bool(roles & {TOTAL, COMPONENT, RANK, RATING})


# a header cell that names a unit: a table whose columns are units, and rows fields
_UNIT_HEADING = regex.compile(
    r"^(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:huyện|quận|thị xã|thành phố|TP\.?|TX\.?|xã|phường|thị trấn|Sở|Ban|"
    r"Văn phòng|Thanh tra|Công an|Bộ|Cục|Chi cục)\s+\S", regex.IGNORECASE)


def _transposed(table: Table) -> Table | None:
    """A table written the other way round, its units as columns ("Tiêu chí | Huyện A | Huyện B")
    and its fields as rows ("Tổng điểm", "Xếp hạng"), turned so that each unit is a row; None
    where the header does not name units."""
    if not table.header or not table.rows:
        return None
    head = table.header[-1]
    named = [c for c, cell in enumerate(head) if _UNIT_HEADING.match(" ".join(cell.text.split()))]
    written = [c for c, cell in enumerate(head) if cell.text.strip()]
    if len(named) < 2 or len(named) < (len(written) - 2):
        return None  # besides the units, a header has room for the field label and the number only
    first = min(named)
    labels = next((c for c in range(first) if any(regex.search(r"\p{L}{3}", row[c].text)
                                                  for row in table.rows if c < len(row))), None)
    if labels is None:
        return None
    start = head[labels].start
    name_heading = TableCell("Đơn vị", start, start)
    header = [[name_heading] + [row[labels] for row in table.rows if labels < len(row)]]
    rows = [[head[c]] + [row[c] if c < len(row) else TableCell("", head[c].end, head[c].end)
                         for row in table.rows if labels < len(row)] for c in named]
    return Table(header=header, rows=rows, caption=table.caption)


def _cell_number(text: str) -> float | None:
    cleaned = regex.sub(r"\s*(?:%|điểm|đ)\s*$", "", text.strip(), flags=regex.IGNORECASE)
    return parse_number(cleaned.replace(" ", ""), score=True)


class _TableReader:
    def __init__(self, doc: Document, table: Table, context: TableContext, legend):
        self.doc = doc
        self.table = table
        caption = normalize(table.caption).text
        found = index_names().find(caption)
        self.index = found[0].fields["index"] if found else context.index
        # ("Top 10 năm 2017" over a table of the index: "năm" says the year without the index's name)
        year = _YEAR.search(caption, found[0].end) if found else NAMED_YEAR.search(caption)
        self.year = int(year["year"]) if year else context.year
        self.level = group_level(caption) or context.unit_level
        self.context = context
        near = table.rows[0][0].start if table.rows and table.rows[0] else 0
        self.columns = read_columns(table, self.index, legend, near)
        if self.index is None:
            # ("Province … Legal Institutions PCI Ranking": a table nothing names the index of but
            # its total's column)
            named = {index_names().match(column.label) for column in self.columns if column.role == TOTAL} - {None}
            if len(named) == 1:
                self.index = named.pop()
                self.columns = read_columns(table, self.index, legend, near)
        turned = _transposed(table) if not _reads_units(self.columns) else None
        if turned is not None:
            columns = read_columns(turned, self.index, legend, near)
            if _reads_units(columns):
                self.table, self.columns = turned, columns
        years = {column.year for column in self.columns if column.year}
        if len(years) == 1:
            self.year = years.pop()  # one column, headed by the year its values are of
        # of the total columns, one named as the index ("Tổng điểm (100)" beside "Chỉ số CCHC -PAR
        # INDEX 2017"): its value is the index's
        totals = [c for c, column in enumerate(self.columns) if column.role == TOTAL and not column.index]
        self.index_column = next((c for c in totals if len(totals) > 1
                                  and index_names().match(self.columns[c].label) == self.index), None)
        names = [column.label for column in self.columns if column.role == NAME]
        if names and _PROVINCE_COLUMN.match(fold(names[0])):
            self.level = "tỉnh"  # "Tỉnh", "Tỉnh, thành phố": the rows are provinces

    def records(self) -> list[Result]:
        if self.index is None:
            return []
        roles = {column.role for column in self.columns}
        if NAME not in roles or not roles & {TOTAL, COMPONENT, RANK, RATING}:
            return []
        name_column = next(c for c, column in enumerate(self.columns) if column.role == NAME)
        parts = self._parts(name_column)
        if parts is not None:
            return self._part_records(name_column, parts)
        out: list[Result] = []
        maxima: dict[int, float] = {}
        groups = self._groups(name_column, maxima)
        body = [row for _, rows in groups for row in rows]
        self.credible = self._credible_maxima(body, maxima)
        misread = self._lost_decimal_marks(body)
        for level, rows in groups:
            for row in rows:
                # (a value OCR lost its decimal comma from is taken out of the row first)
                row = [TableCell("", cell.start, cell.start) if id(cell) in misread else cell for cell in row]
                out.extend(self._row_records(row, name_column, level, len(rows), maxima))
        return out

    def _parts(self, name_column: int) -> list[str | None] | None:
        """Per row, the part of the index it names ("Chỉ đạo điều hành"; None for the index's own
        row), where most rows name parts: a table of one unit's parts. None for a table of units."""
        names = [" ".join(normalize(row[name_column].text).text.split()) if name_column < len(row) else ""
                 for row in self.table.rows]
        parts = []
        for name in names:
            chosen = part_named(name, self.index)
            parts.append(chosen[1] if chosen and chosen[0] == self.index else None)
        if sum(part is not None for part in parts) < max(2, len(parts) / 2):
            return None
        return parts

    def _part_records(self, name_column: int, parts: list[str | None]) -> list[Result]:
        """A table of one unit's parts: each row the score, maximum and rank of a part; the row
        naming the index itself ("Chỉ số CCHC năm 2020 của Bộ GTVT") the unit's own result. The
        unit is the one the text names just before the table; where it names none, null."""
        unit = self.context.subject or Unit(None, None, None, None, None)
        out: list[Result] = []
        for row, part in zip(self.table.rows, parts):
            name = row[name_column].text if name_column < len(row) else ""
            if part is None and not index_names().match(normalize(name).text):
                continue
            values: dict = {}
            for c, column in enumerate(self.columns):
                text = row[c].text.strip() if c < len(row) else ""
                if not text:
                    continue
                if column.role == TOTAL and "score" not in values:
                    score = _cell_number(text)
                    if score is not None:
                        values.update(score=score, score_unit=_score_unit(column, text))
                elif column.role == MAX_SCORE:
                    maximum = _cell_number(text)
                    if maximum is not None:
                        values["max_score"] = maximum
                elif column.role == RANK:
                    values.update(_rank_cell(text))
            if set(values) - {"max_score"}:
                out.append(Result(**self._common(row, unit), component=part, **values))
        return out

    def _common(self, row: list[TableCell], unit: Unit) -> dict:
        """The fields every record of `row` shares: where it stands, its unit, index and year."""
        return dict(
            doc_id=self.doc.doc_id, source=self.doc.source, evidence=self._evidence(row),
            unit=unit.name, unit_level=unit.level, unit_code=unit.code,
            province=unit.province, province_code=unit.province_code,
            index=self.index, year=self.year,
        )

    @staticmethod
    def _column_values(rows: list[list[TableCell]], c: int) -> list[tuple[TableCell, float]]:
        """The cells of column c that hold a number, with it."""
        cells = [row[c] for row in rows if c < len(row)]
        return [(cell, value) for cell in cells if (value := _cell_number(cell.text)) is not None]

    def _lost_decimal_marks(self, rows: list[list[TableCell]]) -> set[int]:
        """The cells (by id) of the values that lost their decimal comma to OCR: in a column whose
        values nearly all have decimals, a whole number ten times its median ("711" among 7,11,
        6,30 ...). They are left out rather than written wrong."""
        misread = set()
        for c, column in enumerate(self.columns):
            if column.role not in (TOTAL, COMPONENT):
                continue
            values = self._column_values(rows, c)
            if len(values) < 3 or sum(bool(_DECIMAL.search(cell.text)) for cell, _ in values) < _DECIMAL_SHARE * len(values):
                continue
            middle = sorted(v for _, v in values)[len(values) // 2]
            misread |= {id(cell) for cell, v in values if not _DECIMAL.search(cell.text) and v >= 10 * middle > 0}
        return misread

    def _credible_maxima(self, rows: list[list[TableCell]], maxima: dict[int, float]) -> set[int]:
        """The component columns whose maximum (a maximum row's, a legend's or the header's) most of
        their values keep under: there a value over it is a misread. A maximum most values pass was
        misread itself (OCR made "(12 điểm)" of a legend "(2 điểm)")."""
        credible = set()
        for c, column in enumerate(self.columns):
            maximum = maxima.get(c, column.max_score)
            if column.role != COMPONENT or maximum is None:
                continue
            values = [v for _, v in self._column_values(rows, c)]
            if values and sum(v <= maximum for v in values) >= _CREDIBLE_SHARE * len(values):
                credible.add(c)
        return credible

    def _values(self, row: list[TableCell]) -> list[str]:
        return [row[c].text for c, column in enumerate(self.columns)
                if column.role in (TOTAL, COMPONENT) and c < len(row)]

    def _groups(self, name_column: int, maxima: dict[int, float]):
        """Unit rows by group: a row naming a group ("II. Khối huyện") opens one."""
        groups: list[tuple[str | None, list[list[TableCell]]]] = [(self.level, [])]
        for row in self.table.rows:
            if name_column >= len(row):
                continue
            name = " ".join(normalize(row[name_column].text).text.split())
            label = name or " ".join(cell.text for cell in row if cell.text.strip())
            has_values = any(_cell_number(v) is not None or RANK_AND_SCORE.match(v.strip())
                             for v in self._values(row))
            if not has_values and not any(column.role in (TOTAL, COMPONENT) for column in self.columns):
                # a ranking of names alone ("Top 10 …: 1. Bộ Tài chính, 2. …"): its places are its values
                # ("1 (0,9291)": a place with the index's value in brackets)
                has_values = any(column.role == RANK and c < len(row) and (
                                     _cell_number(row[c].text) is not None or RANK_AND_SCORE.match(row[c].text.strip()))
                                 for c, column in enumerate(self.columns))
            if _MAX_ROW.match(label):
                for c, column in enumerate(self.columns):
                    value = _cell_number(row[c].text) if c < len(row) else None
                    if column.role in (TOTAL, COMPONENT) and value is not None:
                        maxima[c] = value
                continue
            if not has_values:
                if _GROUP_ROW.match(label) or group_level(label):
                    groups.append((group_level(label) or self.level, []))
                continue
            if not name or _NOT_A_UNIT.match(name):
                continue
            groups[-1][1].append(row)
        return [(level, rows) for level, rows in groups if rows]

    def _evidence(self, row: list[TableCell]) -> Evidence:
        text = self.doc.text
        cells = [cell for cell in row if cell.end > cell.start]
        if self.table.rows_share_lines:
            return Evidence(start=cells[0].start, end=cells[-1].end, text=text[cells[0].start:cells[-1].end])
        start = text.rfind("\n", 0, cells[0].start) + 1
        end = text.find("\n", cells[-1].end)
        end = len(text) if end < 0 else end
        return Evidence(start=start, end=end, text=text[start:end])

    def _row_records(self, row: list[TableCell], name_column: int, level: str | None,
                     group_size: int, maxima: dict[int, float]) -> list[Result]:
        unit = resolve_unit(row[name_column].text, level, self.context, self.year)
        common = self._common(row, unit)
        out: list[Result] = []
        overall: dict = {}
        others: dict[str, dict] = {}  # the row's values of other indices than the table's
        row_maximum: tuple[int, float] | None = None  # (column, value) of a row's own maximum
        parts_at: dict[int, int] = {}  # column → its part's record in `out`
        for c, column in enumerate(self.columns):
            if c >= len(row) or not row[c].text.strip():
                continue
            text = row[c].text.strip()
            if column.role == TOTAL and column.index:
                score = _cell_number(text)
                if score is not None:
                    others.setdefault(column.index, {}).update(score=score, score_unit=_score_unit(column, text))
            elif column.role == RANK and column.index:
                others.setdefault(column.index, {}).update(_rank_cell(text))
            elif column.role == TOTAL and "score" not in overall:
                if self.index_column is not None and c != self.index_column and row[self.index_column].text.strip():
                    continue  # the column named as the index gives its value
                score = _cell_number(text)
                ranked = RANK_AND_SCORE.match(text) if score is None else None
                if ranked:
                    # an index value given beside its rank has no unit of points or percent
                    overall.update(score=parse_number(ranked["score"], score=True), rank=int(ranked["rank"]))
                elif score is not None:
                    overall.update(score=score, score_unit=_score_unit(column, text))
                    maximum = maxima.get(c, column.max_score)
                    if maximum is not None:
                        overall["max_score"] = maximum
            elif column.role == RANK:
                rank = _rank_cell(text)
                ranked = RANK_AND_SCORE.match(text)
                if ranked and "score" not in overall:
                    # "1 (0,9291)": the place, and the index's value beside it (no unit of points or percent)
                    overall["score"] = parse_number(ranked["score"], score=True)
                if rank:
                    # a rank without its total is out of the group's rows, in a decision's table
                    if "rank_total" not in rank and self.context.totals_from_rows and self.table.complete:
                        rank["rank_total"] = group_size
                    overall.update(rank)
            elif column.role == MAX_SCORE:
                maximum = _cell_number(text)
                if maximum is not None:
                    overall.setdefault("max_score", maximum)
                    row_maximum = (c, maximum)
            elif column.role == RATING and regex.search(r"\p{L}", text):
                overall["rating"] = _rating(text)
            elif column.role == COMPONENT and column.component:
                score = _cell_number(text)
                maximum = maxima.get(c, column.max_score) if c in self.credible else None
                if score is not None and maximum is not None and score > maximum:
                    continue  # "9,96" read as "996" under a column of at most 13 points: left out, not written wrong
                if score is not None:
                    parts_at[c] = len(out)
                    out.append(Result(
                        **common, component=column.component, score=score,
                        score_unit=_score_unit(column, text), max_score=maximum,
                    ))
        if row_maximum is not None and overall.get("score_unit") == "%":
            # "Điểm tối đa | Điểm thẩm định | Tỷ lệ đạt": the row's maximum is of the points beside it,
            # not of the percent
            overall.pop("max_score", None)
            beside = parts_at.get(row_maximum[0] + 1)
            if beside is not None and out[beside].max_score is None and out[beside].score_unit != "%":
                out[beside] = out[beside].model_copy(update={"max_score": row_maximum[1]})
        if set(overall) - {"max_score"}:
            out.insert(0, Result(**common, component=None, **overall))
        for index, fields in others.items():
            if fields:
                out.append(Result(**{**common, "index": index}, component=None, **fields))
        return out


def _rank_cell(text: str) -> dict:
    """The rank a cell gives ("3", "03/17", "Hạng 3"), with its total where written; {} for none."""
    rank = _RANK_CELL.match(text)
    if not rank:
        return {}
    return {"rank": int(rank["rank"]), **({"rank_total": int(rank["total"])} if rank["total"] else {})}


def _score_unit(column: Column, text: str) -> str | None:
    return "%" if text.endswith("%") else column.score_unit


def resolve_unit(written: str, group: str | None, context: TableContext, year: int | None) -> Unit:
    """The unit a row names, with its code where the gazetteer knows it."""
    name = " ".join(normalize(written).text.split()).strip(" .,;")
    agency = agency_names().find(name)
    if agency and agency[0].start == 0:
        level = agency[0].fields["level"]
        if level == "bộ":  # a ministry is no province's
            return Unit(agency[0].fields["name"], level, None, None, None)
        return Unit(agency[0].fields["name"], level, None, context.province, context.province_code)
    if group in ("sở", "bộ"):
        level = "sở" if name.startswith("Sở") else "bộ" if name.startswith("Bộ") else "other"
        return Unit(name, level, None, context.province, context.province_code)
    match = _LEVEL_WORD.match(name)
    word = match["word"] if match else None
    bare = match["name"].strip() if match else name
    wanted = levels_for_word(word) if word else _tier(group)
    era = era_for_year(year, context.reorganized_from)
    province_code = None if group == "tỉnh" else context.province_code
    gazetteer = load_gazetteer()
    candidates = [
        found for found in gazetteer.lookup(bare, level=None, era=era)
        if (wanted is None or found.level in wanted)
        and (province_code is None or found.province_code == province_code)
    ]
    if len(candidates) > 1 and context.district_code is not None:
        inside = [found for found in candidates if found.district_code == context.district_code]
        candidates = inside or candidates
    if not candidates and word is not None and wanted:
        # "Thị xã Tân Uyên" in a table of 2017: a town since made a city, its level now another of
        # the same tier (as the text's own names are read)
        tier = next((t for t in (DISTRICT_LEVELS, COMMUNE_LEVELS) if wanted <= t), None)
        if tier is not None:
            candidates = [found for found in gazetteer.lookup(bare, level=None, era=era)
                          if found.level in tier and (province_code is None or found.province_code == province_code)]
    if len(candidates) == 1:
        return Unit.of(candidates[0])
    if not candidates:
        # "TP.HCM", "BRVT": a name the text finder knows in its written forms
        named = gazetteer.find_mentions(normalize(name).text)
        if not named and name.isascii():  # "Quang Ninh", "HCM City": a row of an English page
            named = gazetteer.find_english_mentions(name, [(0, len(name))])
        if len(named) == 1:
            resolved = gazetteer.resolve(named, era=era)[0].locality
            if resolved is not None and (wanted is None or resolved.level in wanted):
                return Unit.of(resolved)
    if word is None and _AGENCY_START.match(name):
        level = "sở" if name.startswith("Sở") else "bộ" if name.startswith("Bộ") else "other"
        return Unit(name, level, None, context.province, context.province_code)
    levels = sorted(wanted) if wanted else []
    return Unit(bare, levels[0] if len(levels) == 1 else None, None,
                context.province, context.province_code)


def district_named(caption: str, year: int | None) -> str | None:
    """The code of the one district a table's caption names, if it names one."""
    gazetteer = load_gazetteer()
    text = normalize(caption).text
    found = {resolved.locality.code for resolved in gazetteer.resolve(gazetteer.find_mentions(text), era=era_for_year(year))
             if resolved.locality is not None and resolved.locality.level in DISTRICT_LEVELS}
    return found.pop() if len(found) == 1 else None


def _tier(group: str | None) -> frozenset[str] | None:
    if group == "tỉnh":
        return PROVINCE_LEVELS
    if group == "huyện":
        return DISTRICT_LEVELS
    if group == "xã":
        return COMMUNE_LEVELS
    return None
