"""Broken, locked, empty, oversized and scanned PDFs: a clear error or OCR, never a crash."""
from __future__ import annotations

import pytest

from extractor import batch
from extractor.readers import ocr
from extractor.readers import ReadError, read_path
from extractor.readers import pdf as pdf_reader

ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


@pytest.fixture
def encrypted_pdf(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    page = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    page.drawString(100, 700, "Chi so cai cach hanh chinh")
    page.save()
    return path


def test_encrypted_pdf(encrypted_pdf):
    with pytest.raises(ReadError, match="encrypted"):
        read_path(encrypted_pdf)


def test_truncated_pdf(decision_pdf, tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(decision_pdf.read_bytes()[:2000])
    with pytest.raises(ReadError):
        read_path(cut)


def test_zero_page_pdf(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(ZERO_PAGES)
    with pytest.raises(ReadError, match="no pages"):
        read_path(empty)


def test_not_a_pdf(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"<html>this is a web page</html>")
    with pytest.raises(ReadError):
        read_path(fake)


def test_too_many_pages(decision_pdf, monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(ReadError, match="3 pages"):
        read_path(decision_pdf)


def test_scan_without_tesseract_names_the_packages(scanned_pdf, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr._tesseract.cache_clear()
    try:
        with pytest.raises(ReadError, match="tesseract-ocr-vie"):
            read_path(scanned_pdf)
    finally:
        ocr._tesseract.cache_clear()


def test_a_batch_goes_on_past_broken_files(decision_pdf, encrypted_pdf, tmp_path, monkeypatch):
    from extractor.readers.tables import records_from_tables

    # the reading is under test here, not the text rules
    monkeypatch.setattr(batch, "extract_document", records_from_tables)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-empty.pdf").write_bytes(ZERO_PAGES)
    (folder / "b-locked.pdf").write_bytes(encrypted_pdf.read_bytes())
    (folder / "c-cut.pdf").write_bytes(decision_pdf.read_bytes()[:3000])
    (folder / "d-decision.pdf").write_bytes(decision_pdf.read_bytes())
    outcomes = list(batch.run([str(folder)]))
    assert [o.status for o in outcomes] == ["failed", "failed", "failed", "done"]
    assert all(o.error for o in outcomes[:3])
    assert len(outcomes[3].records) == 20 * 9 + 15 * 8


def test_a_zip_bomb_is_refused_before_any_parser_opens_it(tmp_path, monkeypatch):
    import zipfile

    import extractor.readers as readers

    monkeypatch.setattr(readers, "MAX_UNPACKED_BYTES", 1024 * 1024)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (4 * 1024 * 1024))
    assert bomb.stat().st_size < 64 * 1024  # small on disk, 4 MiB unpacked
    with pytest.raises(ReadError, match="zip bomb"):
        read_path(bomb)


def test_a_real_office_file_is_not_taken_for_a_bomb(tmp_path):
    docx = pytest.importorskip("docx")
    path = tmp_path / "ok.docx"
    document = docx.Document()
    document.add_paragraph("Năm 2023, Chỉ số CCHC của tỉnh Quảng Ninh đạt 92,18%.")
    document.save(str(path))
    assert "92,18%" in read_path(path).text


def test_scanned_pages_are_read_at_once_in_page_order_and_one_bad_page_costs_only_itself(
        scanned_pdf, monkeypatch):
    """Pages go to OCR in threads (Tesseract runs apart, so they overlap); the pages come back in
    their order, and a page whose reading fails is named in the document's page errors."""
    import threading
    import time

    from extractor.readers.page_layout import Word

    monkeypatch.setattr(pdf_reader, "_ocr_threads", lambda: 2)
    threads = set()

    def fake_ocr(image, dpi):
        threads.add(threading.get_ident())
        time.sleep(0.2)
        page = image.info["page"]
        if page == 2:
            raise ValueError("unreadable")
        word = Word(f"Phần{page}", 100, 160, 400, 412)
        return ocr.ScannedPage([word], [], 595, 842, 0, 0.0, 90.0)

    real_render = pdf_reader._render

    def render(path, number, width, height):
        image, dpi = real_render(path, number, width, height)
        image.info["page"] = number
        return image, dpi

    monkeypatch.setattr(pdf_reader, "_render", render)
    monkeypatch.setattr(ocr, "ocr_page", fake_ocr)
    monkeypatch.setattr(ocr, "check_available", lambda: None)
    doc = read_path(scanned_pdf)
    assert doc.text.split() == ["Phần1", "Phần3"]
    assert doc.metadata["ocr_pages"] == [1, 3]
    assert doc.metadata["page_errors"] == ["page 2: ValueError: unreadable"]
    assert len(threads) == 2
