"""The table stage on small hand-made tables: the column and row kinds real decisions use."""
from __future__ import annotations

from extractor.document import Document, Table, TableCell
from extractor.readers.tables import TableContext, records_from_tables

QUANG_NAM = TableContext(province="Quảng Nam", province_code="49")


def document(rows: list[list[str]], header_rows: int, caption: str, before: str = "") -> Document:
    """A document whose text holds `before` and then the table, a row a line."""
    text = before
    cells = []
    for row in rows:
        line = []
        for i, cell in enumerate(row):
            if i:
                text += " | "
            line.append(TableCell(cell, len(text), len(text) + len(cell)))
            text += cell
        text += "\n"
        cells.append(line)
    table = Table(header=cells[:header_rows], rows=cells[header_rows:], caption=caption)
    return Document("d", "d.pdf", text, tables=[table], derived_text=True)


def test_group_rows_averages_maximum_columns_and_written_ranks():
    doc = document([
        ["TT", "Đơn vị", "Điểm tối đa", "Tổng điểm", "Xếp hạng"],
        ["I. Khối huyện", "", "", "", ""],
        ["1", "Huyện Núi Thành", "100", "87,93", "04/18"],
        ["2", "Huyện Tiên Phước", "100", "80,10", "5"],
        ["", "Trung bình", "", "84,00", ""],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện")
    records = records_from_tables(doc, QUANG_NAM)
    assert [(r.unit, r.unit_code, r.score, r.max_score, r.rank, r.rank_total) for r in records] == [
        ("Núi Thành", "517", 87.93, 100.0, 4, 18),
        ("Tiên Phước", "514", 80.1, 100.0, 5, 2),
    ]
    assert {r.year for r in records} == {2022} and {r.index for r in records} == {"PAR_INDEX"}


def test_short_lv_headers_through_a_legend_and_a_maximum_row():
    legend = ("Ghi chú: LV1: Công tác chỉ đạo, điều hành CCHC; LV2: Cải cách thủ tục hành chính; "
              "LV3: Chỉ số không có trong danh mục\n")
    doc = document([
        ["STT", "Tên đơn vị", "LV1", "LV2", "LV3", "Tổng"],
        ["", "Điểm tối đa", "6", "8", "2", "16"],
        ["1", "Sở Tư pháp", "5,5", "7,25", "1", "13,75"],
        ["2", "Sở Y tế", "4", "6,5", "2", "12,5"],
    ], 1, "Kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành", before=legend)
    records = records_from_tables(doc, QUANG_NAM)
    tu_phap = {r.component: r for r in records if r.unit == "Sở Tư pháp"}
    assert set(tu_phap) == {None, "direction", "procedures"}  # LV3 names no known component
    assert (tu_phap["procedures"].score, tu_phap["procedures"].max_score) == (7.25, 8.0)
    assert (tu_phap[None].score, tu_phap[None].max_score, tu_phap[None].rank) == (13.75, 16.0, None)
    assert tu_phap[None].unit_level == "sở" and tu_phap[None].province_code == "49"


def test_a_table_without_an_index_gives_nothing():
    doc = document([
        ["TT", "Đơn vị", "Tổng điểm", "Xếp hạng"],
        ["1", "Huyện Núi Thành", "87,93", "1"],
    ], 1, "Danh sách đơn vị")
    assert records_from_tables(doc, QUANG_NAM) == []


def test_percent_totals_and_rating_column():
    doc = document([
        ["TT", "Cơ quan", "Chỉ số hài lòng (%)", "Xếp loại"],
        ["1", "Sở Nội vụ", "92,5", "Tốt"],
    ], 1, "Chỉ số hài lòng năm 2023 của các sở, ban, ngành")
    [record] = records_from_tables(doc, QUANG_NAM)
    assert (record.index, record.score, record.score_unit, record.rating) == ("SIPAS", 92.5, "%", "Tốt")
    assert doc.text[record.evidence.start:record.evidence.end] == "1 | Sở Nội vụ | 92,5 | Tốt"


def test_a_table_written_the_other_way_round_units_as_columns():
    doc = document([
        ["TT", "Tiêu chí", "Huyện Núi Thành", "Huyện Tiên Phước", "Huyện Phú Ninh"],
        ["1", "Công tác chỉ đạo, điều hành CCHC", "8,5", "7,25", "8"],
        ["2", "Tổng điểm", "87,93", "80,10", "84,20"],
        ["3", "Xếp hạng", "1", "3", "2"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện")
    records = records_from_tables(doc, QUANG_NAM)
    overall = {r.unit: (r.score, r.rank) for r in records if r.component is None}
    assert overall == {"Núi Thành": (87.93, 1), "Tiên Phước": (80.1, 3), "Phú Ninh": (84.2, 2)}
    direction = {r.unit: r.score for r in records if r.component == "direction"}
    assert direction == {"Núi Thành": 8.5, "Tiên Phước": 7.25, "Phú Ninh": 8.0}
    assert {r.year for r in records} == {2022} and {r.unit_code for r in records if r.unit == "Núi Thành"} == {"517"}
    for record in records:
        assert doc.text[record.evidence.start:record.evidence.end] == record.evidence.text


def test_a_table_with_units_as_rows_is_not_turned():
    doc = document([
        ["TT", "Đơn vị", "Tổng điểm", "Xếp hạng"],
        ["1", "Huyện Núi Thành", "87,93", "1"],
        ["2", "Huyện Tiên Phước", "80,10", "2"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện")
    assert [(r.unit, r.rank) for r in records_from_tables(doc, QUANG_NAM)] == [("Núi Thành", 1), ("Tiên Phước", 2)]


def test_a_header_read_with_a_tone_mark_wrong_and_a_value_above_its_maximum():
    legend = "Ghi chú: Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC (9 điểm)\n"
    rows = [
        ["TT", "Đơn vị", "Lĩnh vực 1", "Cải cách thế chế", "Tổng điểm"],
        ["1", "Huyện Núi Thành", "996", "7,25", "87,93"],
        ["2", "Huyện Tiên Phước", "8,10", "6,50", "80,10"],
        ["3", "Huyện Phú Ninh", "7,50", "6,00", "79,00"],
        ["4", "Huyện Thăng Bình", "7,00", "5,50", "78,00"],
        ["5", "Huyện Quế Sơn", "6,75", "5,25", "77,00"],
    ]
    doc = document(rows, 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện", before=legend)
    records = records_from_tables(doc, QUANG_NAM)
    institutions = {r.unit: r.score for r in records if r.component == "institutions"}
    assert institutions["Núi Thành"] == 7.25 and len(institutions) == 5
    direction = {r.unit: (r.score, r.max_score) for r in records if r.component == "direction"}
    assert "Núi Thành" not in direction  # 996 is over the 9 points the legend allows
    assert direction["Tiên Phước"] == (8.1, 9.0)


def test_a_maximum_most_values_pass_is_a_misread_and_is_not_used():
    legend = "Ghi chú: Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC (2 điểm)\n"  # OCR's "(2 điểm)" for 12
    doc = document([
        ["TT", "Đơn vị", "Lĩnh vực 1", "Tổng điểm"],
        ["1", "Huyện Núi Thành", "9,96", "87,93"],
        ["2", "Huyện Tiên Phước", "8,10", "80,10"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện", before=legend)
    direction = {r.unit: (r.score, r.max_score) for r in records_from_tables(doc, QUANG_NAM)
                 if r.component == "direction"}
    assert direction == {"Núi Thành": (9.96, None), "Tiên Phước": (8.1, None)}


def test_a_value_that_lost_its_decimal_comma_is_left_out():
    doc = document([
        ["TT", "Tên đơn vị", "Cải cách thể chế", "Chỉ số CCHC (%)"],
        ["1", "Sở Tư pháp", "711", "91,20"],
        ["2", "Sở Y tế", "6,30", "88,10"],
        ["3", "Sở Xây dựng", "7,05", "87,40"],
        ["4", "Sở Tài chính", "5,90", "86,00"],
        ["5", "Sở Nội vụ", "6,75", "85,10"],
    ], 1, "Kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành")
    records = records_from_tables(doc, QUANG_NAM)
    institutions = {r.unit: r.score for r in records if r.component == "institutions"}
    assert "Sở Tư pháp" not in institutions and institutions["Sở Y tế"] == 6.3
    assert {r.unit: r.score for r in records if r.component is None}["Sở Tư pháp"] == 91.2


def test_a_legend_item_whose_head_word_stands_on_the_line_before_and_a_class_read_with_a_mark_wrong():
    legend = ("Ghi chú:\nLĩnh vực 1: Công tác chỉ đạo, điều hành CCHC (9 điểm); Lĩnh\n"
              "vực 2: Tác động của cải cách hành chính (31 điểm)\n")
    doc = document([
        ["STT", "Đơn vị", "Lĩnh vực 1", "Lĩnh vực 2", "Tổng điểm", "Xếp loại"],
        ["1", "Huyện Núi Thành", "8,5", "29,1", "87,93", "Khả"],
        ["2", "Huyện Tiên Phước", "7,25", "25,5", "80,10", "Tốt"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện", before=legend)
    records = records_from_tables(doc, QUANG_NAM)
    nui_thanh = {r.component: r for r in records if r.unit == "Núi Thành"}
    assert (nui_thanh["impact"].score, nui_thanh["impact"].max_score) == (29.1, 31.0)
    assert nui_thanh[None].rating == "Khá"


def test_empty_dash_and_x_cells_state_nothing_and_the_rest_of_the_row_stands():
    doc = document([
        ["STT", "Đơn vị", "Lĩnh vực 1", "Lĩnh vực 2", "Tổng điểm", "Xếp hạng"],
        ["1", "Huyện Núi Thành", "-", "29,1", "87,93", "1"],
        ["2", "Huyện Tiên Phước", "x", "", "80,10", "2"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện",
        before="Ghi chú: Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC; Lĩnh vực 2: Tác động của cải cách hành chính\n")
    records = records_from_tables(doc, QUANG_NAM)
    by_unit = {(r.unit, r.component): r for r in records}
    assert ("Núi Thành", "direction") not in by_unit and ("Tiên Phước", "direction") not in by_unit
    assert ("Tiên Phước", "impact") not in by_unit
    assert by_unit[("Núi Thành", "impact")].score == 29.1
    assert (by_unit[("Tiên Phước", None)].score, by_unit[("Tiên Phước", None)].rank) == (80.1, 2)


def test_a_legend_with_maxima_is_what_the_columns_mean_and_never_a_result():
    """"Ghi chú: LV1: … (tối đa 9 điểm); LV2: …": the text rules leave it to the table stage (it once
    gave the province a result per field)."""
    from extractor.pipeline import extract_document

    legend = ("Ghi chú: LV1: Công tác chỉ đạo, điều hành CCHC (tối đa 9 điểm); LV2: Tác động của cải cách hành "
              "chính (tối đa 31 điểm).\n")
    doc = document([
        ["STT", "Đơn vị", "LV1", "LV2", "Tổng điểm"],
        ["1", "Huyện Núi Thành", "8,5", "29,1", "87,93"],
        ["2", "Huyện Tiên Phước", "7,25", "25,5", "80,10"],
    ], 1, "Kết quả Chỉ số CCHC năm 2022 của UBND cấp huyện tỉnh Quảng Nam", before=legend)
    records = extract_document(doc)
    assert records and all(" | " in r.evidence.text for r in records)
    assert {(r.unit, r.component, r.max_score) for r in records if r.component} >= {
        ("Núi Thành", "direction", 9.0), ("Núi Thành", "impact", 31.0)}
