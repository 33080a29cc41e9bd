"""A decision published the usual way: an article that links its file ("Tải Quyết định tại đây")."""
from __future__ import annotations

import io
import json

import pytest

from extractor.web.crawl import Crawler
from extractor.web.fetch import Fetcher
from extractor.web.page import fetch_document

from .conftest import FAST
from .portal import Portal, Route

ARTICLE = "/tin-tuc/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023.html"
DECISION = "/tai-ve/7"  # a download script: the URL names no file type
BROKEN_PDF = "/uploads/bao-cao-tom-tat.pdf"
PHOTO = "/tai-ve/8"
PRIVATE = "/private/ke-hoach.docx"
DECISION_TEXT = ("QUYẾT ĐỊNH số 123/QĐ-UBND ngày 20/3/2024 về việc công bố Chỉ số cải cách hành chính năm "
                 "2023 của các huyện. Chỉ số cải cách hành chính năm 2023 của huyện Tân Lạc đạt 86,5 điểm, "
                 "xếp thứ 2/10 huyện, thành phố của tỉnh Hòa Bình.")


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in text.split(". "):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _article() -> bytes:
    body = ("<p>" + "UBND tỉnh Hòa Bình vừa công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành "
            "và UBND các huyện, thành phố. Kết quả chi tiết được nêu trong quyết định kèm theo. " * 3 + "</p>")
    files = (f'<p>Tệp đính kèm: <a href="{DECISION}">Tải Quyết định tại đây</a></p>'
             f'<p><a href="{BROKEN_PDF}">bao-cao-tom-tat.pdf</a></p>'
             f'<p><a href="{PHOTO}">Tải về ảnh hội nghị</a></p>'
             f'<p><a href="{PRIVATE}">Kế hoạch (tệp đính kèm)</a></p>')
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Công bố chỉ số</title>'
            '<meta property="og:type" content="article"></head><body><article><h1>Công bố Chỉ số cải cách '
            f'hành chính năm 2023</h1>{body}{files}</article></body></html>').encode()


def _routes() -> dict[str, Route]:
    return {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        ARTICLE: Route(_article()),
        DECISION: Route(_docx(DECISION_TEXT), content_type="application/octet-stream"),
        BROKEN_PDF: Route(b"%PDF-1.4\n%not a whole file\n", content_type="application/pdf"),
        PHOTO: Route(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png"),
        PRIVATE: Route(_docx("Kế hoạch."), content_type="application/octet-stream"),
    }


@pytest.fixture
def files_portal():
    with Portal(_routes()) as server:
        yield server


def _crawl(portal: Portal, out, attachments: bool):
    crawler = Crawler(out, Fetcher(FAST), attachments=attachments)
    return crawler.run([portal.url(ARTICLE)])


def test_without_the_option_no_file_is_fetched(files_portal, tmp_path):
    summary = _crawl(files_portal, tmp_path, attachments=False)
    assert summary.articles == 1 and summary.attachments == 0
    assert not files_portal.requested(DECISION)


def test_an_attached_decision_is_read_as_a_document_of_its_own(files_portal, tmp_path):
    summary = _crawl(files_portal, tmp_path, attachments=True)
    assert summary.attachments == 1
    decision_url = files_portal.url(DECISION)
    records = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    ours = [r for r in records if r["source"] == decision_url]
    result = next(r for r in ours if r["type"] == "result")
    assert (result["unit"], result["index"], result["year"], result["score"], result["rank"],
            result["rank_total"]) == ("Tân Lạc", "PAR_INDEX", 2023, 86.5, 2, 10)
    assert any(r["type"] == "reference" and r["ref_number"] == "123/QĐ-UBND" for r in ours)
    # the evidence points into the text saved for the file, as for a page
    text = (tmp_path / "texts" / f"{result['doc_id']}.txt").read_text(encoding="utf-8")
    evidence = result["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]

    pages = {p["url"]: p for p in map(json.loads, (tmp_path / "pages.jsonl").read_text().splitlines())}
    article_url = files_portal.url(ARTICLE)
    assert pages[decision_url]["kind"] == "attachment" and pages[decision_url]["parent"] == article_url
    assert pages[files_portal.url(BROKEN_PDF)]["status"] == "failed"  # named a PDF, read as none
    assert pages[files_portal.url(PHOTO)]["status"] == "skipped"  # the bytes are an image
    assert pages[files_portal.url(PRIVATE)]["status"] == "robots"
    assert all(p["parent"] == article_url for url, p in pages.items() if url != article_url)


def test_a_second_run_fetches_no_file_again(files_portal, tmp_path):
    _crawl(files_portal, tmp_path, attachments=True)
    before = len(files_portal.requested(DECISION))
    summary = _crawl(files_portal, tmp_path, attachments=True)
    assert summary.fetched == 0 and len(files_portal.requested(DECISION)) == before


def test_extract_of_a_document_url(files_portal):
    doc = fetch_document(files_portal.url(DECISION), Fetcher(FAST))
    assert doc.source == files_portal.url(DECISION)
    assert "Tân Lạc đạt 86,5 điểm" in doc.text
