"""A decision PDF with a text layer, and its 300 dpi scan, into records."""
from __future__ import annotations

from extractor.readers.decision import decision_reference, read_heading
from extractor.readers import read_path
from extractor.readers.tables import TableContext, document_context, records_from_tables

from decision_fixture import DECISION_DATE, DECISION_NUMBER, PAGE_HEADER, PROVINCE, PROVINCE_CODE, YEAR
from scoring import cell_accuracy, cell_misses


def test_every_table_cell_lands_in_its_record(decision_pdf, expected):
    doc = read_path(decision_pdf)
    records = records_from_tables(doc)
    assert cell_accuracy(expected, records) >= 0.99, cell_misses(expected, records)


def test_evidence_is_the_rows_line_of_the_saved_text(decision_pdf):
    doc = read_path(decision_pdf)
    assert doc.derived_text
    records = records_from_tables(doc)
    assert records
    for record in records:
        evidence = record.evidence
        assert doc.text[evidence.start:evidence.end] == evidence.text
        assert "\n" not in evidence.text and evidence.text.count(" | ") >= 10


def test_table_across_a_page_break_is_one_table_without_its_repeated_header(decision_pdf):
    doc = read_path(decision_pdf)
    assert [len(table.rows) for table in doc.tables] == [20, 15]
    assert doc.text.count("Lĩnh vực 1 | Lĩnh vực 2") == 1
    for table in doc.tables:
        for row in table.header + table.rows:
            for cell in row:
                assert doc.text[cell.start:cell.end] == cell.text


def test_merged_header_cells_name_every_column_beneath_them(decision_pdf):
    doc = read_path(decision_pdf)
    top, names = doc.tables[1].header
    assert [cell.text for cell in top[2:9]] == ["Chỉ số thành phần"] * 7
    assert names[3].text == "Cải cách thể chế"
    assert names[0].text == top[0].text == "TT"


def test_page_headers_and_numbers_are_dropped(decision_pdf):
    text = read_path(decision_pdf).text
    assert PAGE_HEADER not in text
    assert "Trang 2" not in text
    assert text.startswith("ỦY BAN NHÂN DÂN")


def test_rank_total_is_the_rows_of_the_group_and_units_get_their_codes(decision_pdf, expected):
    records = [r for r in records_from_tables(read_path(decision_pdf)) if r.component is None]
    by_unit = {r.unit: r for r in records}
    assert {r.rank_total for r in records if r.unit_level == "sở"} == {15}
    assert {r.rank_total for r in records if r.unit_level != "sở"} == {20}
    for row in expected.districts:
        record = by_unit[row.unit]
        assert (record.unit_code, record.unit_level, record.province_code) == (row.unit_code, row.unit_level, PROVINCE_CODE)
        assert record.score_unit == "điểm" and record.year == YEAR and record.index == "PAR_INDEX"
    assert by_unit["Sở Nội vụ"].score_unit == "%"


def test_legend_gives_the_component_and_its_maximum(decision_pdf, expected):
    records = records_from_tables(read_path(decision_pdf))
    impact = [r for r in records if r.component == "impact"]
    assert len(impact) == 20 and {r.max_score for r in impact} == {31.0}


def test_decision_heading_is_the_context_and_a_reference(decision_pdf):
    doc = read_path(decision_pdf)
    context = document_context(doc)
    assert context == TableContext("PAR_INDEX", YEAR, PROVINCE, PROVINCE_CODE, None)
    reference = decision_reference(doc, read_heading(doc))
    assert (reference.ref_number, reference.ref_type, reference.ref_date) == (DECISION_NUMBER, "Quyết định", DECISION_DATE)
    assert doc.text[reference.evidence.start:reference.evidence.end] == reference.evidence.text
    assert reference.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"


def test_a_given_context_fills_what_captions_leave_out(decision_pdf):
    doc = read_path(decision_pdf)
    for table in doc.tables:
        table.caption = ""
    records = records_from_tables(doc, TableContext(index="PAR_INDEX", year=2022))
    assert records and {r.year for r in records} == {2022}


def test_scan_is_read_by_ocr_with_cells_in_their_records(scanned_document, expected):
    assert scanned_document.metadata["ocr_pages"] == [1, 2, 3]
    records = records_from_tables(scanned_document)
    assert cell_accuracy(expected, records) >= 0.95, cell_misses(expected, records)
    assert [len(table.rows) for table in scanned_document.tables] == [20, 15]


def test_scan_heading_is_read_too(scanned_document):
    heading = read_heading(scanned_document)
    assert (heading.index, heading.year, heading.ref_number) == ("PAR_INDEX", YEAR, DECISION_NUMBER)
