"""Fixtures of the document tests: a made-up decision as PDF, as a 300 dpi
scan and as .docx, generated once per session, and the shared legacy files."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from decision_fixture import expected_values, font_files, make_decision_pdf, make_docx, rasterize  # noqa: E402

LEGACY_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "legacy-encoding"


@pytest.fixture(scope="session")
def expected():
    return expected_values()


@pytest.fixture(scope="session")
def decision_pdf(tmp_path_factory, expected) -> Path:
    pytest.importorskip("reportlab")
    if font_files() is None:
        pytest.skip("no Vietnamese serif font (fonts-liberation2 or fonts-dejavu-core)")
    return make_decision_pdf(tmp_path_factory.mktemp("decision") / "decision.pdf", expected)


@pytest.fixture(scope="session")
def scanned_pdf(decision_pdf, tmp_path_factory) -> Path:
    return rasterize(decision_pdf, tmp_path_factory.mktemp("scan") / "decision-scan.pdf", dpi=300)


@pytest.fixture(scope="session")
def scanned_document(scanned_pdf):
    """The scan read once per session: OCR of three pages takes a while."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-vie)")
    from extractor.readers import read_path

    return read_path(scanned_pdf)


@pytest.fixture(scope="session")
def decision_docx(tmp_path_factory, expected) -> Path:
    return make_docx(tmp_path_factory.mktemp("docx") / "decision.docx", expected)


@pytest.fixture(scope="session")
def legacy_dir() -> Path:
    if not LEGACY_DIR.is_dir():
        pytest.skip("../shared/legacy-encoding is not there")
    return LEGACY_DIR
