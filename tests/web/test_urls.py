from extractor.web.urls import (doc_id_for_url, looks_like_file, normalize_url, resolve_link,
                                site_of, to_ascii_url)


def test_normal_form_drops_what_does_not_change_the_page():
    assert normalize_url("HTTPS://Example.GOV.vn:443/a?b=2&utm_source=zalo&a=1#top") == \
        "https://example.gov.vn/a?a=1&b=2"
    assert normalize_url("http://example.gov.vn") == "http://example.gov.vn/"
    assert normalize_url("http://example.gov.vn:8080/x") == "http://example.gov.vn:8080/x"


def test_links_to_non_web_addresses_are_not_followed():
    base = "https://tanlac.hoabinh.gov.vn/tin-tuc/a.html"
    assert resolve_link(base, "../chuyen-muc/cchc?trang=2") == "https://tanlac.hoabinh.gov.vn/chuyen-muc/cchc?trang=2"
    for href in ("mailto:ubnd@example.gov.vn", "javascript:void(0)", "tel:0218", "#top", "ftp://x/y", ""):
        assert resolve_link(base, href) is None


def test_www_is_the_same_site():
    assert site_of("https://www.hoabinh.gov.vn/a") == site_of("http://hoabinh.gov.vn/b")
    assert site_of("https://tanlac.hoabinh.gov.vn/") != site_of("https://hoabinh.gov.vn/")


def test_attachments_are_not_pages():
    assert looks_like_file("https://x.gov.vn/uploads/bao-cao.PDF")
    assert looks_like_file("https://x.gov.vn/a/quyet-dinh.docx")
    assert not looks_like_file("https://x.gov.vn/tin-tuc/bai-viet-123.html")


def test_doc_id_is_a_readable_slug_and_a_hash_of_the_normal_url():
    url = "https://tanlac.hoabinh.gov.vn/tin-tuc/Tân-Lạc-công-bố-chỉ-số-cải-cách-hành-chính-năm-2023-1201.html"
    doc_id = doc_id_for_url(url)
    slug, digest = doc_id.rsplit("-", 1)
    assert slug == "tan-lac-cong-bo-chi-so-cai-cach-hanh-chinh-nam"  # whole words, at most 48
    assert len(digest) == 12 and int(digest, 16) >= 0
    # the same page however it is spelled; another page, another id
    assert doc_id_for_url(url + "#binh-luan") == doc_id
    assert doc_id_for_url(url.replace("https://tanlac", "https://TANLAC")) == doc_id
    assert doc_id_for_url(url.replace("1201", "1202")) != doc_id
    assert doc_id_for_url("https://hoabinh.gov.vn/").startswith("hoabinh-gov-vn-")  # no path: the host


def test_urls_go_on_the_wire_in_ascii():
    raw = "https://Tân-Lạc.vn/tin-tức/chỉ số?q=điểm&p=1"
    assert to_ascii_url(raw) == \
        "https://xn--tn-lc-3qa2244c.vn/tin-t%E1%BB%A9c/ch%E1%BB%89%20s%E1%BB%91?q=%C4%91i%E1%BB%83m&p=1"
    # typed, or already escaped in lower or upper case: one page
    assert normalize_url(raw) == normalize_url(to_ascii_url(raw)) == \
        normalize_url(to_ascii_url(raw).replace("%E1%BB%A9", "%e1%bb%a9"))
    assert resolve_link("https://x.gov.vn/a/", "tin-tức.html") == "https://x.gov.vn/a/tin-t%E1%BB%A9c.html"
    assert resolve_link("https://x.gov.vn/", "http://[::1") is None
