import unicodedata

import pytest

from extractor.normalize import fold
from extractor.readers import ReadError, Unsupported
from extractor.web import fetch_document
from extractor.web.fetch import Response
from extractor.web.metadata import parse_date
from extractor.web.page import analyze_html, read_page
from extractor.web.urls import doc_id_for_url

from . import portal as site

BASE = "https://tanlac.hoabinh.gov.vn"
ROUTES = site.build_routes()


def _read(path: str, hint=None):
    route = ROUTES[path]
    response = Response(url=BASE + path, final_url=BASE + path, status=200,
                        headers={"content-type": route.content_type}, body=route.body, fetched_at="")
    return read_page(response, hint)


def _boilerplate_only_units(article: site.Article) -> set[str]:
    """Units named around the article (related boxes, comments, sidebar) but not in it."""
    around = " ".join(t + " " + s for t, s in article.related) + " " + (article.comment or "")
    around += " Thị xã Ba Đồn đạt 79,8 điểm"  # the sidebar
    names = {"Lạc Sơn", "Kim Bôi", "Tam Kỳ", "Phú Ninh", "Duy Xuyên", "Ba Đồn", "Mai Châu", "Lạc Thủy",
             "Đà Bắc", "Cao Phong", "Yên Thủy", "Lương Sơn", "Tân Lạc"}
    return {n for n in names if n in around and n not in article.plain_text}


@pytest.mark.parametrize("article", site.GOOD_ARTICLES + [site.SLOW], ids=lambda a: a.path.split("/")[-1][:20])
def test_main_text_is_the_article_and_nothing_else(article):
    page = _read(article.path)
    assert page.kind == "article"
    assert page.text == article.plain_text
    for unit in _boilerplate_only_units(article):
        assert unit not in page.text
    for furniture in ("Tin liên quan", "Các bài viết khác", "Xem với cỡ chữ", "In bài viết", "Gửi email",
                      "Chia sẻ", "Ý kiến bạn đọc", "Bình luận", "Cơ quan chủ quản", "Trang chủ", "Tin đọc nhiều"):
        assert furniture not in page.text


def test_every_article_has_units_only_in_its_boilerplate():
    # the fixture is only a test of anything if the boxes hold other units' scores
    for article in site.GOOD_ARTICLES:
        assert _boilerplate_only_units(article), article.path


@pytest.mark.parametrize("article", site.GOOD_ARTICLES, ids=lambda a: a.path.split("/")[-1][:20])
def test_metadata(article):
    page = _read(article.path)
    assert page.title == article.title
    assert page.published == article.published
    assert page.author == article.author


def test_a_listing_gives_its_articles_and_pages_not_text():
    page = _read(site.listing_path(1))
    assert page.kind == "listing" and page.text == ""
    expected = [BASE + a.path if isinstance(a, site.Article) else None for a in site.LISTING_ORDER[:6]]
    assert [u for u in page.article_links if u in expected] == [u for u in expected if u]
    assert BASE + site.LOOP_PATHS[0] in page.article_links
    assert page.pagination_links == [BASE + site.listing_path(2), BASE + site.listing_path(3)]
    # menus and sidebars are not part of the listing
    assert not any("/chuyen-muc/kinh-te" in u or site.OFF_CATEGORY_PATHS[1] in u for u in page.article_links)


def test_the_last_page_of_a_listing_with_few_items_is_still_a_listing():
    page = _read(site.listing_path(3), hint="listing")
    assert page.kind == "listing"
    assert page.article_links == [BASE + site.NO_TEXT_PATH, BASE + site.MISSING_PATH]  # the PDF is no page


def test_a_page_without_article_text():
    page = _read(site.NO_TEXT_PATH)
    assert page.kind == "empty" and page.text == ""


def test_windows_1258_page_is_read_composed():
    page = _read(site.YEN_THUY.path)
    assert page.charset == "cp1258"
    assert page.text == site.YEN_THUY.plain_text and unicodedata.is_normalized("NFC", page.text)
    assert page.author == "Đức Thắng"


def test_an_xhtml_page_that_declares_its_encoding():
    body = ('<?xml version="1.0" encoding="utf-8"?>\n' + site.article_html(site.TAN_LAC)).encode("utf-8")
    response = Response(url=BASE + "/x.html", final_url=BASE + "/x.html", status=200,
                        headers={"content-type": "application/xhtml+xml"}, body=body, fetched_at="")
    assert read_page(response).text == site.TAN_LAC.plain_text


def test_not_html_is_unsupported():
    response = Response(url=BASE + site.PDF_PATH, final_url=BASE + site.PDF_PATH, status=200,
                        headers={"content-type": "application/pdf"}, body=b"%PDF-1.4", fetched_at="")
    with pytest.raises(Unsupported, match="application/pdf"):
        read_page(response)


@pytest.mark.parametrize("text, expected", [
    ("Thứ Sáu 31/03/2023 13:52", "2023-03-31T13:52:00"),
    ("22/05/2024 16:48", "2024-05-22T16:48:00"),
    ("Cập nhật: 10:25 | 05/06/2023", "2023-06-05T10:25:00"),
    ("Ngày đăng: 08-04-2024", "2024-04-08"),
    ("15:10, Thứ 4, 12/4/2023", "2023-04-12T15:10:00"),
    ("Chủ nhật, 01/10/2023 - 07h30", "2023-10-01T07:30:00"),
    ("2023-03-31T13:52:00+07:00", "2023-03-31T13:52:00+07:00"),
    ("31/02/2023 10:00", None),
    ("xếp thứ 9/10 huyện", None),
])
def test_datelines(text, expected):
    assert parse_date(text) == expected


def test_an_inline_related_list_without_a_box_takes_no_article_text_with_it():
    html = (
        "<html><body><div class='noidung'>"
        "<p>Năm 2023, chỉ số cải cách hành chính của huyện Tân Lạc đạt 86,26 điểm, xếp thứ 9/10 huyện, thành phố.</p>"
        "<p><strong>Xem thêm:</strong></p>"
        "<ul><li><a href='/a-1.html'>Huyện Lạc Sơn đạt 88,1 điểm chỉ số cải cách hành chính năm 2023</a></li>"
        "<li><a href='/a-2.html'>Huyện Kim Bôi đạt 84,5 điểm chỉ số cải cách hành chính năm 2023</a></li></ul>"
        "<p>Hội nghị cũng đánh giá kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính của các xã, "
        "thị trấn trong năm qua và đề ra nhiệm vụ trọng tâm của năm tới cho từng cơ quan.</p>"
        "</div></body></html>"
    )
    page = analyze_html(html, BASE + "/tin-tuc/x.html")
    assert "Lạc Sơn" not in page.text and "Kim Bôi" not in page.text
    assert page.text.startswith("Năm 2023") and page.text.endswith("cho từng cơ quan.")


def test_a_comment_box_goes_whole():
    html = (
        "<html><body><div class='chitiet'><p>Năm 2022, chỉ số cải cách hành chính của huyện Núi Thành "
        "đạt 87,93 điểm, xếp hạng 04/18 huyện, thị xã, thành phố; đây là kết quả của cả hệ thống chính trị.</p>"
        "<h4>Ý kiến bạn đọc (2)</h4><div><b>Lê Văn Tám</b></div><div>Huyện Duy Xuyên đạt 83,4 điểm thì sao, "
        "đề nghị báo đưa tin thêm về kết quả chấm điểm của các huyện miền núi trong tỉnh năm nay.</div>"
        "</div></body></html>"
    )
    page = analyze_html(html, BASE + "/tin-tuc/y.html")
    assert "Núi Thành" in page.text and "Duy Xuyên" not in page.text and "Lê Văn Tám" not in page.text


def test_fetch_document_reads_an_article(portal, fetcher):
    doc = fetch_document(portal.url(site.OLD_LAC_THUY_PATH), fetcher)
    final = portal.url(site.LAC_THUY.path)
    assert doc.source == final and doc.doc_id == doc_id_for_url(final)
    assert doc.derived_text and doc.text == site.LAC_THUY.plain_text
    assert doc.metadata["url"] == portal.url(site.OLD_LAC_THUY_PATH)
    assert doc.metadata["final_url"] == final
    assert doc.metadata["title"] == site.LAC_THUY.title
    assert doc.metadata["published"] == site.LAC_THUY.published
    assert doc.metadata["fetched_at"] and doc.metadata["content_hash"].startswith("sha256:")


def test_fetch_document_refuses_listings_and_empty_pages(portal, fetcher):
    with pytest.raises(ReadError, match="listing of 6 articles.*chiso crawl"):
        fetch_document(portal.url(site.CATEGORY), fetcher)
    with pytest.raises(ReadError, match="no article text"):
        fetch_document(portal.url(site.NO_TEXT_PATH), fetcher)
    # a PDF is read as a document (this one is damaged: a clear error names it)
    with pytest.raises(ReadError, match="not a PDF"):
        fetch_document(portal.url(site.PDF_PATH), fetcher)


def test_fetch_document_decodes_windows_1258_over_http(portal, fetcher):
    doc = fetch_document(portal.url(site.YEN_THUY.path), fetcher)
    assert doc.text == site.YEN_THUY.plain_text
    assert fold("Yên Thủy") in fold(doc.text)


def _short_article_with_an_unmarked_related_list(og_type: str) -> str:
    items = "".join(
        f"<div><a href='/tin-tuc/bai-{i}.html'>Huyện Lạc Sơn tổ chức hội nghị cải cách hành chính lần {i}</a>"
        f"<p>Huyện Lạc Sơn đạt {80 + i},5 điểm chỉ số cải cách hành chính năm 2023.</p></div>"
        for i in range(5)
    )
    return (
        f"<html><head><meta property='og:type' content='{og_type}'></head><body>"
        "<h1>Tân Lạc công bố chỉ số cải cách hành chính</h1>"
        "<div><p>Năm 2023, chỉ số cải cách hành chính của huyện Tân Lạc đạt 86,26 điểm, xếp thứ 9/10.</p></div>"
        f"<div>{items}</div></body></html>"
    )


def test_a_short_article_beside_an_unmarked_list_of_other_articles():
    url = BASE + "/tin-tuc/tan-lac.html"
    for page in (analyze_html(_short_article_with_an_unmarked_related_list("article"), url),
                 analyze_html(_short_article_with_an_unmarked_related_list("website"), url, hint="article")):
        assert page.kind == "article"
        assert page.text == "Năm 2023, chỉ số cải cách hành chính của huyện Tân Lạc đạt 86,26 điểm, xếp thứ 9/10."
    # nothing says it is an article: a short text above a list is a listing's heading
    assert analyze_html(_short_article_with_an_unmarked_related_list("website"), url).kind == "listing"


# An older portal: the page laid out in tables, no class names, no h1, the
# title only in a cell named "Title", the site's name in <title>.
_MENU = "".join(f"<tr><td><a href='/c/{i}'>Chuyên mục số {i}</a></td></tr>" for i in range(30))
_TABLE_LAYOUT = f"""<html><head><title>UBND huyện Hàm Yên</title></head><body>
<table width=1000><tr><td colspan=3><img src=banner.jpg></td></tr>
<tr><td width=200 valign=top><table>{_MENU}</table></td>
<td valign=top>
 <table width=100%><tr><td><span class="Title">Hàm Yên: Chỉ số cải cách hành chính năm 2023 tăng 3 bậc</span></td></tr>
 <tr><td><span class="Date">(Ngày 12/03/2024 09:15)</span></td></tr>
 <tr><td><b>Ngày 11/3, UBND huyện Hàm Yên đã tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024.</b></td></tr>
 <tr><td><p>Theo kết quả công bố, năm 2023 chỉ số cải cách hành chính của huyện Hàm Yên đạt 88,54 điểm, xếp thứ 2/7 huyện, thành phố, tăng 3 bậc so với năm 2022.</p>
 <p>Huyện đặt mục tiêu duy trì vị trí trong nhóm dẫn đầu của tỉnh trong năm 2024 và các năm tiếp theo.</p></td></tr>
 <tr><td><table border=1><tr><th>Đơn vị</th><th>Điểm</th></tr><tr><td>Hàm Yên</td><td>88,54</td></tr><tr><td>Chiêm Hóa</td><td>85,10</td></tr></table></td></tr>
 <tr><td><b>Các tin khác:</b></td></tr>
 <tr><td>- <a href='/tin/1.aspx'>Huyện Chiêm Hóa đạt 85,1 điểm chỉ số cải cách hành chính</a> (10/03/2024)</td></tr>
 <tr><td>- <a href='/tin/2.aspx'>Sơn Dương tổ chức hội nghị tổng kết công tác năm 2023</a> (09/03/2024)</td></tr>
 <tr><td>- <a href='/tin/3.aspx'>Thành phố Tuyên Quang dẫn đầu với 90,3 điểm</a> (08/03/2024)</td></tr>
 <tr><td>- <a href='/tin/4.aspx'>Na Hang triển khai chuyển đổi số trong cơ quan nhà nước</a> (07/03/2024)</td></tr>
 </table>
</td>
<td width=200 valign=top><b>Thông báo</b><br><a href='/tb/1'>Lịch tiếp công dân tháng 3 năm 2024 của huyện</a></td></tr>
<tr><td colspan=3 align=center>Bản quyền thuộc UBND huyện Hàm Yên. Địa chỉ: Tổ nhân dân Tân Bình, thị trấn Tân Yên. Điện thoại: 0207.3833.113</td></tr>
</table></body></html>"""


def test_a_page_laid_out_in_tables():
    page = analyze_html(_TABLE_LAYOUT, "http://hamyen.tuyenquang.gov.vn/tin/0.aspx")
    assert page.kind == "article"
    assert page.title == "Hàm Yên: Chỉ số cải cách hành chính năm 2023 tăng 3 bậc"
    assert page.published == "2024-03-12T09:15:00"
    lines = page.text.splitlines()
    assert "Theo kết quả công bố, năm 2023 chỉ số cải cách hành chính của huyện Hàm Yên đạt 88,54 điểm, " \
           "xếp thứ 2/7 huyện, thành phố, tăng 3 bậc so với năm 2022." in lines
    # a data table keeps its rows; the tables that lay out the page do not become rows
    assert lines[-4:] == ["| Đơn vị | Điểm |", "|---|---|", "| Hàm Yên | 88,54 |", "| Chiêm Hóa | 85,10 |"]
    assert not any(line.startswith("|") for line in lines[:-4])
    for elsewhere in ("Chuyên mục", "Các tin khác", "85,1 điểm", "Tuyên Quang", "Thông báo", "Bản quyền"):
        assert elsewhere not in page.text


def test_text_written_in_divs_and_line_breaks_is_read():
    html = (
        "<html><body><div class='content'>Năm 2023, chỉ số cải cách hành chính của huyện Hàm Yên đạt 88,54 điểm, "
        "xếp thứ 2/7 huyện, thành phố.<br>Huyện đặt mục tiêu duy trì vị trí trong nhóm dẫn đầu của tỉnh.</div>"
        "</body></html>"
    )
    page = analyze_html(html, BASE + "/tin-tuc/z.html")
    assert page.kind == "article"
    assert page.text.splitlines() == [
        "Năm 2023, chỉ số cải cách hành chính của huyện Hàm Yên đạt 88,54 điểm, xếp thứ 2/7 huyện, thành phố.",
        "Huyện đặt mục tiêu duy trì vị trí trong nhóm dẫn đầu của tỉnh.",
    ]


def test_an_unlabelled_row_of_links_to_other_articles_is_not_article_text():
    html = (
        "<html><body><div class='content'><p>Năm 2023, chỉ số cải cách hành chính của huyện Hàm Yên đạt 88,54 "
        "điểm, xếp thứ 2/7 huyện, thành phố.</p><p>Huyện đặt mục tiêu duy trì vị trí trong nhóm dẫn đầu.</p>"
        "<p><a href='/tin/a1.html'>Huyện Chiêm Hóa đạt 85,1 điểm chỉ số cải cách hành chính</a> - "
        "<a href='/tin/a2.html'>Thành phố Tuyên Quang dẫn đầu với 90,3 điểm</a></p>"
        # one link in a sentence is the article's own: a decision it cites
        "<p>Theo <a href='/van-ban/qd-123.pdf'>Quyết định số 123/QĐ-UBND</a> ngày 12/3/2024 của UBND tỉnh.</p>"
        "</div></body></html>"
    )
    page = analyze_html(html, "http://hamyen.tuyenquang.gov.vn/tin/t.html")
    assert "Chiêm Hóa" not in page.text and "Tuyên Quang" not in page.text
    assert "Theo Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh." in page.text


def test_an_article_typed_in_a_tcvn3_font_is_repaired():
    body = ("<p>N¨m 2022, chØ sè c¶i c¸ch hµnh chÝnh cña huyÖn Nói Thµnh ®¹t 87,93 ®iÓm, "
            "xÕp h¹ng 04/18 huyÖn, thÞ x·, thµnh phè.</p>") * 3
    page = analyze_html(f"<html><head><meta property='og:type' content='article'></head><body><article>{body}"
                        "</article></body></html>", "http://127.0.0.1/a")
    assert "chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm" in page.text


def test_a_listing_item_with_a_short_headline_is_an_article_of_the_list():
    from lxml import html as lxml_html

    from extractor.web.links import find_listing

    titles = ["Tân Lạc công bố chỉ số cải cách hành chính năm 2023",
              "Núi Thành xếp hạng 04 về chỉ số cải cách hành chính năm 2022",
              "PCI của Bắc Kạn",
              "Kim Bôi đẩy mạnh cải cách thủ tục hành chính trong năm nay",
              "Cần cố gắng hơn nữa",
              "Mai Châu triển khai kế hoạch cải cách hành chính năm 2024"]
    items = "".join(f'<div class="item"><h3><a href="/tin/{i}.html">{t}</a></h3>'
                    f'<span>(05/06/2023)</span></div>' for i, t in enumerate(titles))
    menu = '<ul class="menu"><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li>' \
           '<li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-thao">Thể thao</a></li></ul>'
    page = f'<html><body>{menu}<div class="list">{items}</div>' \
           '<div class="pager"><a href="/list?page=2">2</a><a href="/list?page=2">Trang sau</a></div></body></html>'
    listing = find_listing(lxml_html.fromstring(page), "https://portal.example.vn/list")
    assert listing.urls == [f"https://portal.example.vn/tin/{i}.html" for i in range(len(titles))]
