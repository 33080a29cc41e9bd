"""Word files: .docx tables and merged cells; .doc through antiword."""
from __future__ import annotations

import shutil

import pytest

from extractor.readers import ReadError, read_path
from extractor.readers.tables import records_from_tables

from decision_fixture import Expected
from scoring import cell_accuracy, cell_misses


def test_docx_table_rows_become_records(decision_docx, expected):
    doc = read_path(decision_docx)
    assert doc.derived_text and len(doc.tables) == 1
    records = records_from_tables(doc)
    departments_only = Expected(districts=[], departments=expected.departments)
    assert cell_accuracy(departments_only, records) == 1.0, cell_misses(departments_only, records)
    for record in records:
        assert doc.text[record.evidence.start:record.evidence.end] == record.evidence.text


def test_docx_merged_cells_fill_the_header(decision_docx):
    table = read_path(decision_docx).tables[0]
    top, names = table.header
    assert [cell.text for cell in top[2:9]] == ["Chỉ số thành phần"] * 7
    assert names[1].text == "Tên cơ quan, đơn vị" and names[9].text == "Chỉ số CCHC (%)"


def test_docx_paragraphs_keep_their_order(decision_docx):
    text = read_path(decision_docx).text
    assert text.index("QUYẾT ĐỊNH") < text.index("Sở Nội vụ") < text.index("Điều 2.")


def test_damaged_docx_is_a_read_error(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError, match="docx"):
        read_path(broken)


def test_doc_without_antiword_names_the_package(tmp_path, monkeypatch):
    document = tmp_path / "old.doc"
    document.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ReadError, match="antiword"):
        read_path(document)


def test_non_word_doc_is_a_read_error(tmp_path):
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    document = tmp_path / "fake.doc"
    document.write_text("just text with a .doc name")
    with pytest.raises(ReadError):
        read_path(document)
