"""TCVN3 (ABC) and VNI text converted to Unicode, in bytes, in text and in files."""
from __future__ import annotations

import pytest

from extractor.readers.legacy import decode_legacy, detect_encoding, repair_mojibake
from extractor.readers.legacy_charmaps import TCVN3_LETTERS, TCVN3_TONED
from extractor.readers import read_path

from scoring import character_accuracy

SENTENCE = ("Năm 2022, chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm, "
            "xếp hạng 04/18 huyện, tăng 6 bậc so với năm 2021; ủy ban nhân dân tỉnh "
            "đề nghị các sở, ngành tiếp tục nâng cao chất lượng phục vụ người dân.")


def tcvn3_bytes(text: str) -> bytes:
    """Text as an old editor with a .VnTime font saved it."""
    table = {letter: legacy for letter, legacy in TCVN3_LETTERS.items()}
    for letters, legacy in TCVN3_TONED:
        table.update(zip(letters, legacy))
    return "".join(table.get(c, c) for c in text).encode("cp1252")


@pytest.mark.parametrize("mojibake, unicode", [
    ("QuyÕt ®Þnh", "Quyết định"),
    ("Quyeát ñònh", "Quyết định"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Thñ t\u2212íng ChÝnh phñ, Quü b¶o l\u2219nh", "Thủ tướng Chính phủ, Quỹ bảo lãnh"),
])
def test_mojibake_is_repaired(mojibake, unicode):
    assert repair_mojibake(mojibake) == unicode


@pytest.mark.parametrize("text", [
    SENTENCE,
    "The Provincial Competitiveness Index ranks provinces every year.",
    "Café au lait, crème brûlée — à la française.",
    "",
])
def test_unicode_and_other_languages_are_left_alone(text):
    assert repair_mojibake(text) is None


def test_tcvn3_bytes_decode_to_unicode():
    data = tcvn3_bytes(SENTENCE).replace(b"\n", b"\r\n")
    assert decode_legacy(data) == SENTENCE
    assert detect_encoding(data.decode("cp1252")) == "tcvn3"


def test_tcvn3_heading_in_capitals_comes_back_in_capitals():
    assert repair_mojibake("QUYÕT ®ÞNH\nvÒ viÖc c«ng bè") == "QUYẾT ĐỊNH\nvề việc công bố"


def test_bytes_that_are_not_vietnamese_are_not_decoded():
    assert decode_legacy("Grüße aus Köln, schöne Straße".encode("cp1252")) is None
    assert decode_legacy(b"\x00\x01binary\x00") is None


def test_lines_already_in_unicode_are_kept_in_a_mixed_text():
    mixed = "Quyết định số 12/QĐ-UBND\nvÒ viÖc c«ng bè chØ sè c¶i c¸ch hµnh chÝnh"
    assert repair_mojibake(mixed) == "Quyết định số 12/QĐ-UBND\nvề việc công bố chỉ số cải cách hành chính"


def test_tcvn3_text_layer_of_a_pdf_is_converted(tmp_path):
    pytest.importorskip("reportlab")
    from decision_fixture import font_files
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = font_files()
    if fonts is None:
        pytest.skip("no serif font to draw with")
    pdfmetrics.registerFont(TTFont("LegacySerif", str(fonts[0])))
    path = tmp_path / "tcvn3.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("LegacySerif", 12)
    for i, line in enumerate(tcvn3_bytes(SENTENCE).decode("cp1252").split(", ")):
        page.drawString(50, 780 - 16 * i, line)
    page.save()
    doc = read_path(path)
    assert doc.metadata["legacy_encoding"] == "tcvn3"
    assert doc.text.replace("\n", ", ").strip(", ") == SENTENCE.replace(", ", ", ")


LEGACY_FILES = [
    "2003-02144qd.doc", "2004-NghiDinh114_2003.doc", "2005-QD-256.doc",
    "2006-quydinhkiemtra02.doc", "2008-23.QD-991-UBND.doc", "2009-download.doc",
    "2006-19412_QD115.04TTg_BLTch_DNNVV.pdf", "2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf",
]


@pytest.mark.parametrize("name", LEGACY_FILES)
def test_real_legacy_files_read_at_99_percent_of_characters(legacy_dir, name):
    source = legacy_dir / name
    if not source.exists():
        pytest.skip(f"{name} is not in ../shared/legacy-encoding")
    if source.suffix == ".doc":
        import shutil

        if shutil.which("antiword") is None:
            pytest.skip("antiword is not installed")
    transcript = (legacy_dir / f"{source.stem}.unicode-transcript.txt").read_text(encoding="utf-8")
    doc = read_path(source)
    assert doc.metadata["legacy_encoding"] in ("tcvn3", "vni")
    assert character_accuracy(doc.text, transcript) >= 0.99


def test_character_accuracy_counts_what_differs():
    assert character_accuracy("Quyết định số 12", "Quyết định số 12") == 1.0
    assert character_accuracy("QuyÕt ®Þnh sè 12", "Quyết định số 12") < 0.8
