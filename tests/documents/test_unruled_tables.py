"""Tables set without ruling lines (or with a rule only over and under the header)."""
from __future__ import annotations

import shutil

import pytest

from extractor.readers import read_path
from extractor.readers.page_layout import Word
from extractor.readers.tables import records_from_tables
from extractor.readers.unruled_tables import find_unruled_grids

from decision_fixture import font_files, make_decision_pdf, rasterize
from scoring import cell_accuracy, cell_misses, cell_precision


@pytest.fixture(scope="module", params=["none", "header"])
def unruled_pdf(request, tmp_path_factory, expected):
    pytest.importorskip("reportlab")
    if font_files() is None:
        pytest.skip("no Vietnamese serif font (fonts-liberation2 or fonts-dejavu-core)")
    folder = tmp_path_factory.mktemp(f"unruled-{request.param}")
    return make_decision_pdf(folder / "decision.pdf", expected, rules=request.param)


def test_every_cell_of_a_table_without_lines_lands_in_its_record(unruled_pdf, expected):
    records = records_from_tables(read_path(unruled_pdf))
    assert cell_accuracy(expected, records) == 1.0, cell_misses(expected, records)


def test_wrapped_names_join_their_row_and_the_repeated_header_is_left_out(unruled_pdf):
    doc = read_path(unruled_pdf)
    assert [len(table.rows) for table in doc.tables] == [20, 15]
    assert "2 | Huyện Thanh Chương | 7," in doc.text
    assert "| Sở Nông nghiệp và Phát triển nông thôn |" in doc.text
    assert doc.text.count("Lĩnh vực 1 | Lĩnh vực 2") == 1


def test_a_heading_narrower_than_the_columns_it_stands_over_names_them_all(unruled_pdf):
    top, names = read_path(unruled_pdf).tables[0].header
    assert [cell.text for cell in top[2:10]] == ["Điểm các lĩnh vực"] * 8
    assert [cell.text for cell in names[2:4]] == ["Lĩnh vực 1", "Lĩnh vực 2"]
    assert top[0].text == names[0].text == "STT"
    assert names[10].text == "Tổng điểm"


def test_a_scanned_table_without_lines_is_read_cell_by_cell(expected, tmp_path):
    """The departments' page scanned at 300 dpi: OCR of the whole page passes over the lone
    digits of the "TT" and "Thứ hạng" columns, whose ink still makes them columns; each cell
    is then read on its own, as in a ruled table (132 of 135 cells: three read one digit wrong,
    as in the ruled scan)."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-vie)")
    pytest.importorskip("reportlab")
    if font_files() is None:
        pytest.skip("no Vietnamese serif font (fonts-liberation2 or fonts-dejavu-core)")
    bare = make_decision_pdf(tmp_path / "decision.pdf", expected, rules="none")
    records = records_from_tables(read_path(rasterize(bare, tmp_path / "page-3.pdf", pages=[3])))
    misses = cell_misses(expected, records, expected.departments)
    cells = sum(len(row.components) + 2 for row in expected.departments)
    right, given = cell_precision(expected, records)
    assert 1 - len(misses) / cells >= 0.95, misses
    assert right / given >= 0.95


def _line(text: str, top: float, x: float = 40.0) -> list[Word]:
    """A line of words from x on, 5 points a character and 3 between words."""
    words = []
    for word in text.split():
        words.append(Word(word, x, x + 5 * len(word), top, top + 10))
        x += 5 * len(word) + 3
    return words


def _row(cells: list[tuple[str, float]], top: float) -> list[Word]:
    """A table row: each cell's words from its x on."""
    return [w for text, x in cells for w in _line(text, top, x)]


def test_running_text_with_numbers_makes_no_table():
    lines = [
        "Năm 2022 huyện đạt 87,93 điểm, xếp 4/18 và tăng 9,22 điểm so",
        "với năm 2021; xã A đạt 80,1 điểm, xã B đạt 79,5 điểm và xã C",
        "đạt 78,2 điểm, tăng 2 bậc; 12 xã đạt trên 75 điểm và 3 xã dưới",
        "70 điểm, thấp hơn năm trước 1,5 điểm; bình quân 77,1 điểm.",
    ]
    words = [w for i, text in enumerate(lines) for w in _line(text, 100 + 14 * i)]
    assert find_unruled_grids(words) == []


def test_columns_of_numbers_make_a_table_with_its_header():
    words = _row([("TT", 40), ("Đơn vị", 70), ("Điểm", 200), ("Hạng", 260)], 100)
    rows = [("1", "Xã An", "91,20", "2"), ("2", "Xã Bình", "88,05", "1"), ("3", "Xã Cường", "80,45", "3")]
    for i, (number, name, score, rank) in enumerate(rows):
        words += _row([(number, 40), (name, 70), (score, 200), (rank, 262)], 120 + 16 * i)
    grids = find_unruled_grids(words)
    assert len(grids) == 1
    assert [len(row) for row in grids[0]] == [4, 4, 4, 4]  # the header and three rows
