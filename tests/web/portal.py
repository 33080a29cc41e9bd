"""A fixture district portal served on 127.0.0.1, for the web tests and the benchmark.

It imitates what Vietnamese government portals serve: a "Cải cách hành chính"
category with pagination, article pages buried in menus, toolbars, related-news
boxes (whose summaries state other units' scores), comment boxes and footers,
in three page templates, plus the awkward cases a crawler meets: a section
robots.txt disallows, a slow page, a page that fails once, a redirect, a
redirect loop, an oversized page, a windows-1258 page and a page without text.

Every request is logged so that tests can check what was (never) requested.
"""
from __future__ import annotations

import hashlib
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

CATEGORY = "/chuyen-muc/cai-cach-hanh-chinh"
ROBOTS_TXT = "User-agent: *\nDisallow: /noi-bo/\n\nUser-agent: BadBot\nDisallow: /\n"
LAST_MODIFIED = "Mon, 05 Jun 2023 03:25:00 GMT"


@dataclass
class Article:
    path: str
    title: str
    dateline: str
    published: str  # what the dateline or meta tag means, as chiso reports it
    author: Optional[str]
    paragraphs: list[str]
    template: str = "a"
    # units named only in boilerplate around the article, never in its text
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, summary)
    comment: Optional[str] = None
    meta_published: Optional[str] = None

    @property
    def plain_text(self) -> str:
        return "\n".join(self.paragraphs)


TAN_LAC = Article(
    path="/tin-tuc/tan-lac-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-1201.html",
    title="Tân Lạc công bố chỉ số cải cách hành chính năm 2023",
    dateline="Thứ Sáu 31/03/2023 13:52",
    published="2023-03-31T13:52:00+07:00",
    meta_published="2023-03-31T13:52:00+07:00",
    author="Minh Anh",
    template="a",
    paragraphs=[
        "Sáng 30/3, UBND huyện Tân Lạc tổ chức hội nghị công bố chỉ số cải cách hành chính "
        "năm 2023 của các cơ quan, đơn vị và UBND các xã, thị trấn trên địa bàn huyện.",
        "Năm 2023, chỉ số cải cách hành chính (PAR INDEX) của huyện Tân Lạc đạt 86,26 điểm, "
        "xếp thứ 9/10 huyện, thành phố.",
        "Theo báo cáo, lĩnh vực cải cách thủ tục hành chính tiếp tục được quan tâm; tỷ lệ hồ sơ "
        "giải quyết đúng hạn được duy trì ổn định qua các quý trong năm.",
        "Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND huyện đề nghị các cơ quan chuyên môn "
        "khắc phục ngay những hạn chế, tồn tại đã được chỉ ra trong kết quả đánh giá.",
    ],
    related=[
        ("Huyện Lạc Sơn đạt 88,1 điểm chỉ số cải cách hành chính năm 2023",
         "Năm 2023, chỉ số cải cách hành chính của huyện Lạc Sơn đạt 88,1 điểm, xếp thứ 3/10 huyện, thành phố."),
        ("Kim Bôi tăng 2 bậc về chỉ số cải cách hành chính",
         "Huyện Kim Bôi đạt 84,5 điểm chỉ số cải cách hành chính năm 2023, tăng 2 bậc so với năm trước."),
    ],
    comment="Thị xã Ba Đồn đạt 80,5 điểm năm 2023, sao Tân Lạc không học hỏi?",
)

NUI_THANH = Article(
    path="/tin-tuc/nui-thanh-xep-hang-04-chi-so-cai-cach-hanh-chinh-1202.html",
    title="Núi Thành xếp hạng 04 về chỉ số cải cách hành chính năm 2022",
    dateline="22/05/2024 16:48",
    published="2024-05-22T16:48:00",
    author="Hoàng Long",
    template="b",
    paragraphs=[
        "Chiều 21/5, UBND tỉnh công bố kết quả xác định chỉ số cải cách hành chính năm 2022 "
        "của các sở, ban, ngành và UBND các huyện, thị xã, thành phố.",
        "Năm 2022, chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm, xếp hạng 04/18 "
        "huyện, thị xã, thành phố.",
        "Huyện tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh "
        "nghiệp tại Bộ phận tiếp nhận và trả kết quả.",
    ],
    related=[
        ("Thành phố Tam Kỳ dẫn đầu chỉ số cải cách hành chính năm 2022",
         "Thành phố Tam Kỳ đạt 91,2 điểm, dẫn đầu 18 huyện, thị xã, thành phố."),
        ("Huyện Phú Ninh đạt 85,06 điểm chỉ số cải cách hành chính",
         "Năm 2022, chỉ số cải cách hành chính của huyện Phú Ninh đạt 85,06 điểm."),
    ],
    comment="Huyện Duy Xuyên đạt 83,4 điểm thì xếp thứ mấy?",
)

KIM_BOI = Article(
    path="/tin-tuc/kim-boi-day-manh-cai-cach-thu-tuc-hanh-chinh-1203.html",
    title="Kim Bôi đẩy mạnh cải cách thủ tục hành chính",
    dateline="Cập nhật: 10:25 | 05/06/2023",
    published="2023-06-05T10:25:00",
    author=None,
    template="c",
    paragraphs=[
        "Thời gian qua, huyện Kim Bôi đã triển khai nhiều giải pháp nhằm nâng cao chất lượng "
        "cải cách hành chính, trọng tâm là cải cách thủ tục hành chính.",
        "Năm 2022, chỉ số cải cách hành chính của huyện Kim Bôi đạt 82,47 điểm, xếp thứ 7/10 "
        "huyện, thành phố.",
        "Huyện phấn đấu năm 2023 chỉ số cải cách hành chính đạt từ 85 điểm trở lên.",
        "Bộ phận một cửa của huyện đã được đầu tư trang thiết bị, bố trí công chức có năng lực "
        "tiếp nhận hồ sơ trực tuyến.",
    ],
    related=[
        ("Huyện Mai Châu đạt 87,02 điểm chỉ số cải cách hành chính năm 2022",
         "Huyện Mai Châu đạt 87,02 điểm chỉ số cải cách hành chính năm 2022, xếp thứ 4/10."),
    ],
    comment="Huyện Lạc Thủy năm 2022 đạt 81,3 điểm.",
)

MAI_CHAU = Article(
    path="/tin-tuc/mai-chau-trien-khai-ke-hoach-cai-cach-hanh-chinh-2024-1204.html",
    title="Mai Châu triển khai kế hoạch cải cách hành chính năm 2024",
    dateline="Thứ Hai 15/01/2024 08:05",
    published="2024-01-15T08:05:00",
    author="Thu Hà",
    template="a",
    paragraphs=[
        "UBND huyện Mai Châu vừa ban hành kế hoạch cải cách hành chính năm 2024 với nhiều chỉ "
        "tiêu cụ thể cho từng cơ quan, đơn vị.",
        "Năm 2023, chỉ số cải cách hành chính của huyện Mai Châu đạt 87,02 điểm, xếp thứ 4/10 "
        "huyện, thành phố.",
        "Kế hoạch đặt mục tiêu năm 2024 chỉ số cải cách hành chính của huyện đạt từ 88 điểm trở lên.",
    ],
    related=[
        ("Huyện Đà Bắc đạt 83,15 điểm chỉ số cải cách hành chính",
         "Năm 2023, chỉ số cải cách hành chính của huyện Đà Bắc đạt 83,15 điểm, xếp thứ 8/10."),
    ],
)

DA_BAC = Article(
    path="/tin-tuc/da-bac-nang-cao-chi-so-cai-cach-hanh-chinh-1205.html",
    title="Đà Bắc nâng cao chỉ số cải cách hành chính",
    dateline="08/04/2024 09:30",
    published="2024-04-08T09:30:00",
    author="Quang Huy",
    template="b",
    paragraphs=[
        "Năm 2023, chỉ số cải cách hành chính của huyện Đà Bắc đạt 83,15 điểm, xếp thứ 8/10 "
        "huyện, thành phố, tăng 1 bậc so với năm 2022.",
        "Để cải thiện thứ hạng, huyện tập trung nâng cao chất lượng thực thi công vụ và đẩy mạnh "
        "ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính.",
    ],
    related=[
        ("Huyện Cao Phong đạt 85,4 điểm chỉ số cải cách hành chính năm 2023",
         "Huyện Cao Phong đạt 85,4 điểm, xếp thứ 6/10 huyện, thành phố."),
    ],
)

LUONG_SON = Article(  # answers 500 once, then succeeds
    path="/tin-tuc/luong-son-dung-dau-chi-so-cai-cach-hanh-chinh-1206.html",
    title="Lương Sơn đứng đầu chỉ số cải cách hành chính năm 2023",
    dateline="Thứ Tư 12/04/2023 15:10",
    published="2023-04-12T15:10:00",
    author=None,
    template="c",
    paragraphs=[
        "Năm 2023, chỉ số cải cách hành chính của huyện Lương Sơn đạt 90,12 điểm, xếp thứ 1/10 "
        "huyện, thành phố.",
        "Đây là năm thứ hai liên tiếp huyện dẫn đầu tỉnh về chỉ số cải cách hành chính.",
    ],
    related=[
        ("Huyện Yên Thủy đạt 84,9 điểm chỉ số cải cách hành chính",
         "Huyện Yên Thủy đạt 84,9 điểm chỉ số cải cách hành chính năm 2023."),
    ],
)

YEN_THUY = Article(  # served in windows-1258
    path="/tin-tuc/yen-thuy-cong-bo-ket-qua-cai-cach-hanh-chinh-1207.html",
    title="Yên Thủy công bố kết quả cải cách hành chính năm 2023",
    dateline="Thứ Năm 20/04/2023 07:45",
    published="2023-04-20T07:45:00",
    author="Đức Thắng",
    template="b",
    paragraphs=[
        "Năm 2023, chỉ số cải cách hành chính của huyện Yên Thủy đạt 84,9 điểm, xếp thứ 5/10 "
        "huyện, thành phố.",
        "Kết quả này phản ánh nỗ lực của cả hệ thống chính trị trong thực hiện nhiệm vụ cải cách "
        "hành chính, đặc biệt là việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
    ],
    related=[
        ("Huyện Lạc Thủy đạt 82,77 điểm chỉ số cải cách hành chính",
         "Năm 2023, chỉ số cải cách hành chính của huyện Lạc Thủy đạt 82,77 điểm."),
    ],
)

LAC_THUY = Article(  # reached through a redirect from an older address
    path="/tin-tuc/lac-thuy-cai-thien-chi-so-cai-cach-hanh-chinh-1208.html",
    title="Lạc Thủy cải thiện chỉ số cải cách hành chính",
    dateline="Thứ Ba 02/05/2023 14:20",
    published="2023-05-02T14:20:00",
    author=None,
    template="a",
    paragraphs=[
        "Năm 2023, chỉ số cải cách hành chính của huyện Lạc Thủy đạt 82,77 điểm, xếp thứ 10/10 "
        "huyện, thành phố.",
        "Huyện đã xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm trong năm trước.",
    ],
    related=[
        ("Huyện Lương Sơn đạt 90,12 điểm chỉ số cải cách hành chính",
         "Huyện Lương Sơn đạt 90,12 điểm chỉ số cải cách hành chính năm 2023."),
    ],
)

SLOW = Article(  # answers only after SLOW_SECONDS
    path="/tin-tuc/cao-phong-hop-ban-chi-dao-cai-cach-hanh-chinh-1209.html",
    title="Cao Phong họp ban chỉ đạo cải cách hành chính",
    dateline="03/07/2023 10:00",
    published="2023-07-03T10:00:00",
    author=None,
    template="b",
    paragraphs=[
        "Năm 2022, chỉ số cải cách hành chính của huyện Cao Phong đạt 85,4 điểm, xếp thứ 6/10 "
        "huyện, thành phố.",
    ],
)

DISALLOWED = Article(  # robots.txt forbids /noi-bo/
    path="/noi-bo/du-thao-ket-qua-cai-cach-hanh-chinh-1210.html",
    title="Dự thảo kết quả cải cách hành chính (nội bộ)",
    dateline="01/02/2024 08:00",
    published="2024-02-01T08:00:00",
    author=None,
    template="a",
    paragraphs=["Dự thảo: chỉ số cải cách hành chính của huyện Tân Lạc đạt 99,9 điểm."],
)

# Articles that a crawl of the category should turn into records.
GOOD_ARTICLES = [TAN_LAC, NUI_THANH, KIM_BOI, MAI_CHAU, DA_BAC, LUONG_SON, YEN_THUY, LAC_THUY]

OLD_LAC_THUY_PATH = "/tin-tuc/lac-thuy-cai-thien-chi-so-1208-cu.html"
LOOP_PATHS = ("/tin-tuc/vong-lap-a-1211.html", "/tin-tuc/vong-lap-b-1211.html")
HUGE_PATH = "/tin-tuc/bao-cao-toan-van-cai-cach-hanh-chinh-1212.html"
NO_TEXT_PATH = "/tin-tuc/video-hoi-nghi-cai-cach-hanh-chinh-1213.html"
PDF_PATH = "/uploads/bao-cao-cai-cach-hanh-chinh-2023.pdf"
MISSING_PATH = "/tin-tuc/bai-viet-da-go-bo-1214.html"  # linked, but answers 404
# Linked only from menus and sidebars, which a crawl of the category must not follow.
OFF_CATEGORY_PATHS = ("/chuyen-muc/kinh-te", "/tin-tuc/hoi-nghi-xuc-tien-dau-tu-1300.html")
SLOW_SECONDS = 2.0
HUGE_BYTES = 3 * 1024 * 1024

LISTING_ORDER = [
    TAN_LAC, NUI_THANH, DISALLOWED, KIM_BOI, "loop", MAI_CHAU,             # page 1
    SLOW, DA_BAC, LUONG_SON, YEN_THUY, "old-lac-thuy", "huge",             # page 2
    "no-text", "pdf", "missing",                                           # page 3
]
LISTING_PAGES = 3
ITEMS_PER_PAGE = 6


def listing_path(page: int) -> str:
    return CATEGORY if page == 1 else f"{CATEGORY}?trang={page}"


# ---------------------------------------------------------------- page parts

_MENU_SECTIONS = [
    ("Giới thiệu", ["Tổng quan", "Lịch sử", "Cơ cấu tổ chức", "Lãnh đạo huyện", "Bản đồ hành chính"]),
    ("Tin tức", ["Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Cải cách hành chính",
                 "Chuyển đổi số", "Nông thôn mới"]),
    ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Dự thảo văn bản"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Bộ thủ tục hành chính"]),
    ("Công khai", ["Ngân sách", "Quy hoạch", "Đầu tư công", "Đấu thầu"]),
]


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def _menu(tag: str, attrs: str) -> str:
    items = []
    for section, children in _MENU_SECTIONS:
        links = "".join(
            f'<li><a href="/chuyen-muc/{_slug(child)}">{child}</a></li>' for child in children
        )
        # big sites repeat the menu entries in a mega-menu: most of the page weight
        mega = "".join(
            f'<li><a href="/chuyen-muc/{_slug(child)}/muc-{i}">{child} - mục {i}</a></li>'
            for child in children for i in range(1, 5)
        )
        items.append(
            f'<li class="menu-item"><a href="/chuyen-muc/{_slug(section)}">{section}</a>'
            f'<ul class="sub">{links}</ul><div class="mega"><ul>{mega}</ul></div></li>'
        )
    return f"<{tag} {attrs}><ul>{''.join(items)}</ul></{tag}>"


_STYLE = "<style>" + "".join(
    f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 99991 % 0xFFFFFF:06x}}}" for i in range(400)
) + "</style>"
_SCRIPT = "<script>" + "".join(
    f"var t{i}=document.getElementById('x{i}');if(t{i}){{t{i}.onclick=function(){{return {i};}};}}"
    for i in range(200)
) + "</script>"

_SIDEBAR = (
    '<div class="col-right"><div class="box-hot"><h3 class="box-title">Tin đọc nhiều</h3><ul>'
    f'<li><a href="{OFF_CATEGORY_PATHS[1]}">Thị xã Ba Đồn đạt 79,8 điểm chỉ số cải cách hành chính năm 2023</a></li>'
    f'<li><a href="{OFF_CATEGORY_PATHS[1]}#binh-luan">Hội nghị xúc tiến đầu tư vào huyện năm 2023</a></li>'
    "</ul></div>"
    '<div class="box-links"><h3 class="box-title">Liên kết website</h3>'
    '<select><option>Cổng thông tin điện tử Chính phủ</option><option>Bộ Nội vụ</option></select></div>'
    "</div>"
)


def _footer(template: str) -> str:
    lines = (
        "Cơ quan chủ quản: Ủy ban nhân dân huyện. Địa chỉ: Khu 3, thị trấn Mãn Đức, tỉnh Hòa Bình.<br>"
        "Điện thoại: 0218.3884.123 - Email: ubnd@example.gov.vn<br>"
        "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.<br>"
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này."
    )
    if template == "a":
        return f'<footer class="site-footer"><div class="container">{lines}</div></footer>'
    if template == "b":
        return f'<div class="footer"><p>{lines}</p></div>'
    # no name gives this one away: only what it says
    return f'<div id="khung-duoi"><table><tr><td>{lines}</td></tr></table></div>'


def _head(title: str, og_type: str, extra: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}">'
        f"<title>{title} - Cổng thông tin điện tử huyện</title>"
        f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{title}">'
        f'{extra}{_STYLE}{_SCRIPT}</head>'
    )


def _links(articles) -> str:
    return "<br>".join(f'<a href="{a.path}">{a.title}</a>' for a in articles)


def _header(template: str) -> str:
    nav_attrs, menu_attrs, top_attrs = 'class="main-nav"', 'id="mainmenu"', 'class="menu-top"'
    banner = '<div class="banner"><a href="/"><img src="/logo.png" alt="Cổng thông tin điện tử huyện"></a></div>'
    if template == "a":
        return f'<header class="site-header">{banner}{_menu("nav", nav_attrs)}</header>'
    if template == "b":
        return f'<div id="header">{banner}{_menu("div", menu_attrs)}</div>'
    return f'<div class="top">{banner}{_menu("div", top_attrs)}</div>'


def _related_items(article: Article) -> str:
    return "".join(
        f'<li><a href="/tin-tuc/{_slug(title)}-{1400 + i}.html">{title}</a>'
        f"<p class=\"sapo\">{summary}</p></li>"
        for i, (title, summary) in enumerate(article.related)
    )


def _related_blocks(article: Article) -> str:
    return "".join(
        f'<div class="item"><h4><a href="/tin-tuc/{_slug(title)}-{1450 + i}.html">{title}</a></h4>'
        f"<p>{summary} Hội nghị đã đánh giá kết quả đạt được và đề ra nhiệm vụ trong thời gian tới.</p></div>"
        for i, (title, summary) in enumerate(article.related)
    )


def _other_items() -> str:
    return "".join(
        f'<li><a href="{a.path}">{a.title}</a> <span>({a.dateline[-16:-6]})</span></li>'
        for a in (TAN_LAC, NUI_THANH, KIM_BOI)
    )


def article_html(article: Article, charset: str = "utf-8") -> str:
    """One article page in its template, with all the boilerplate around it."""
    paragraphs = [f"<p>{p}</p>" for p in article.paragraphs]
    meta = ""
    if article.meta_published:
        meta += f'<meta property="article:published_time" content="{article.meta_published}">'
    if article.template == "a":
        meta += f'<meta name="author" content="{article.author}">' if article.author else ""
        body = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/tin-tuc">Tin tức</a>'
            f' / <a href="{CATEGORY}">Cải cách hành chính</a></div>'
            f'<article class="detail"><h1 class="title">{article.title}</h1>'
            f'<div class="meta"><span class="date">{article.dateline}</span>'
            '<span class="font-size">Xem với cỡ chữ <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></span></div>'
            f'<div class="detail-content">{"".join(paragraphs)}'
            + (f'<p class="author"><strong>{article.author}</strong></p>' if article.author else "")
            + '</div><div class="share-tools"><a href="#" class="print">In bài viết</a> | '
            '<a href="#">Gửi email</a> | <a href="https://facebook.com/share">Chia sẻ Facebook</a></div>'
            "</article>"
            # the box's heading is a picture: only its class name says what it is
            '<div class="tin-lien-quan"><img src="/images/tin-lien-quan.png" alt="">'
            f'<ul>{_related_items(article)}</ul></div>'
            f'<div class="other-news"><h3>Các bài viết khác</h3><ul>{_other_items()}</ul></div>'
            '<div class="comments"><h4>Ý kiến bạn đọc</h4>'
            + (f'<div class="comment-item"><b>Nguyễn Văn Bình</b><p>{article.comment}</p></div>'
               if article.comment else "")
            + '<form><textarea name="noidung"></textarea><input name="hoten"><button>Gửi ý kiến</button></form></div>'
        )
    elif article.template == "b":
        # no helpful class names at all: only the visible labels tell the boxes apart
        body = (
            f'<div class="box"><div class="box-content"><h2>{article.title}</h2>'
            f'<div style="color:#888">{article.dateline}</div>'
            '<div>Xem với cỡ chữ <a href="#">A+</a> <a href="#">A-</a> | <a href="#">In trang</a></div>'
            # a counter and print links written as text inside the body
            '<div class="noidung"><p>Lượt xem: 1.234 | <span>In bài viết</span> | <span>Gửi email</span></p>'
            f'{"".join(paragraphs)}'
            + (f"<p>Tác giả: {article.author}</p>" if article.author else "")
            + "</div>"
            f'<div><b>Các bài viết khác</b></div><ul>{_related_items(article)}</ul>'
            f'<div><b>Tin liên quan</b></div><div>{_links((MAI_CHAU, DA_BAC))}</div>'
            "<div><b>Bình luận</b></div>"
            + (f"<div><i>Trần Thị Mai:</i> {article.comment}</div>" if article.comment else "")
            + "</div></div>"
        )
    else:
        # the related box sits inside the article body, between two paragraphs
        related = "".join(f'<br><a href="/tin-tuc/{_slug(t)}-1500.html">{t}</a>' for t, _ in article.related)
        middle = len(paragraphs) // 2 or 1
        inline = f'<table border="0" align="right" width="40%"><tr><td><b>Tin liên quan:</b>{related}</td></tr></table>'
        text = "".join(paragraphs[:middle]) + (inline if article.related else "") + "".join(paragraphs[middle:])
        body = (
            f'<div id="content"><div class="tieude">{article.title}</div>'
            f'<div class="ngay">{article.dateline}</div>'
            f'<div class="toolbar"><a href="javascript:window.print()">In</a> <a href="#">Gửi email</a>'
            ' <a href="https://zalo.me/share">Chia sẻ</a></div>'
            # the end of the body: links to other articles with neither a label nor a name
            f'<div class="chitiet">{text}<div>{_links((TAN_LAC, NUI_THANH, MAI_CHAU))}</div></div>'
            # a box known by its class name only, its heading being a picture
            f'<div class="box-tinlienquan"><img src="/images/tlq.png" alt="">{_related_blocks(article)}</div>'
            + (f"<div><b>Ý kiến bạn đọc</b><p>{article.comment}</p></div>" if article.comment else "")
            + f'<div><b>Tin khác</b><br>{_links((LUONG_SON, LAC_THUY))}</div>'
            "</div>"
        )
    return (
        _head(article.title, "article", meta, charset)
        + f'<body>{_header(article.template)}<div class="main"><div class="col-left">{body}</div>'
        + f"{_SIDEBAR}</div>{_footer(article.template)}</body></html>"
    )


def _item(entry) -> tuple[str, str, str]:
    """(href, title, summary) of one listing entry."""
    if isinstance(entry, Article):
        return entry.path, entry.title, entry.paragraphs[0]
    if entry == "loop":
        return LOOP_PATHS[0], "Hội nghị giao ban cải cách hành chính quý II", "Tóm tắt hội nghị giao ban quý II."
    if entry == "huge":
        return HUGE_PATH, "Toàn văn báo cáo cải cách hành chính năm 2023", "Báo cáo đầy đủ, dung lượng lớn."
    if entry == "old-lac-thuy":
        return OLD_LAC_THUY_PATH, LAC_THUY.title, LAC_THUY.paragraphs[0]
    if entry == "no-text":
        return NO_TEXT_PATH, "Video: Hội nghị tổng kết công tác cải cách hành chính", "Xem video hội nghị."
    if entry == "missing":
        return MISSING_PATH, "Thông báo lịch tiếp công dân tháng 6 năm 2023", "Bài viết đã được gỡ bỏ."
    if entry == "pdf":
        return PDF_PATH, "Báo cáo cải cách hành chính năm 2023 (tệp đính kèm PDF)", "Tải về báo cáo."
    raise ValueError(entry)


def listing_html(page: int) -> str:
    """A page of the category: items with summaries that state scores, and pagination."""
    entries = LISTING_ORDER[(page - 1) * ITEMS_PER_PAGE: page * ITEMS_PER_PAGE]
    items = "".join(
        f'<div class="item-news"><a href="{href}"><img src="/thumb{i}.jpg" alt=""></a>'
        f'<h3><a href="{href}">{title}</a></h3><span class="time">(05/06/2023)</span>'
        f'<p class="sapo">{summary}</p></div>'
        for i, (href, title, summary) in enumerate(map(_item, entries))
    )
    pages = "".join(
        f"<span>{n}</span>" if n == page else f'<a href="{listing_path(n)}">{n}</a>'
        for n in range(1, LISTING_PAGES + 1)
    )
    if page < LISTING_PAGES:
        pages += f'<a href="{listing_path(page + 1)}">Trang sau »</a>'
    pages += f'<a href="{listing_path(LISTING_PAGES)}">Trang cuối</a>'
    return (
        _head("Cải cách hành chính", "website")
        + f'<body>{_header("a")}<div class="main"><div class="col-left">'
        + '<div class="breadcrumb"><a href="/">Trang chủ</a> / Cải cách hành chính</div>'
        + f'<h1 class="cat-title">Cải cách hành chính</h1><div class="list-news">{items}</div>'
        + f'<div class="phan-trang">{pages}</div></div>{_SIDEBAR}</div>{_footer("a")}</body></html>'
    )


def no_text_html() -> str:
    return (
        _head("Video: Hội nghị tổng kết công tác cải cách hành chính", "article")
        + f'<body>{_header("a")}<div class="main"><div class="col-left">'
        + '<article class="detail"><h1 class="title">Video: Hội nghị tổng kết</h1>'
        + '<div class="video"><iframe src="https://www.youtube.com/embed/xyz"></iframe></div>'
        + '<div class="share-tools"><a href="#">In bài viết</a> | <a href="#">Chia sẻ</a></div></article>'
        + f"</div>{_SIDEBAR}</div>{_footer('a')}</body></html>"
    )


def encode_windows_1258(text: str) -> bytes:
    """Encode as windows-1258 does: base letters it has, tone marks as combining characters."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        # keep the vowel letter precomposed when windows-1258 has it (â, ê, ô, ơ, ư, ă)
        # and write the tone mark as a combining character after it
        candidates = [
            unicodedata.normalize("NFC", base + mark) + "".join(marks[:i] + marks[i + 1:])
            for i, mark in enumerate(marks)
        ] + [base + "".join(marks)]
        for candidate in candidates:
            try:
                out += candidate.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(f"cannot encode {char!r} in windows-1258")
    return bytes(out)


# ---------------------------------------------------------------- the server

@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: Optional[str] = None
    delay: float = 0.0
    fail_times: int = 0  # answer 500 this many times before succeeding
    send_length: bool = True
    conditional: bool = True  # honour If-None-Match / If-Modified-Since
    headers: dict = field(default_factory=dict)  # sent with every answer
    trickle: float = 0.0  # seconds between 1 KB pieces of the body

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class LoggedRequest:
    method: str
    path: str
    headers: dict
    status: int


def build_routes() -> dict[str, Route]:
    routes: dict[str, Route] = {
        "/robots.txt": Route(ROBOTS_TXT.encode(), content_type="text/plain"),
        "/": Route(listing_html(1).encode()),
    }
    for page in range(1, LISTING_PAGES + 1):
        routes[listing_path(page)] = Route(listing_html(page).encode())
    for article in GOOD_ARTICLES + [SLOW, DISALLOWED]:
        routes[article.path] = Route(article_html(article).encode())
    routes[YEN_THUY.path] = Route(
        encode_windows_1258(article_html(YEN_THUY, charset="windows-1258")),
        content_type="text/html",  # the charset is only in the page's meta tag
    )
    routes[LUONG_SON.path].fail_times = 1
    routes[SLOW.path].delay = SLOW_SECONDS
    routes[OLD_LAC_THUY_PATH] = Route(status=301, location=LAC_THUY.path)
    routes[LOOP_PATHS[0]] = Route(status=302, location=LOOP_PATHS[1])
    routes[LOOP_PATHS[1]] = Route(status=302, location=LOOP_PATHS[0])
    filler = ("<p>" + "Nội dung báo cáo chi tiết về cải cách hành chính. " * 40 + "</p>").encode()
    routes[HUGE_PATH] = Route(
        _head("Toàn văn báo cáo", "article").encode() + b"<body>"
        + filler * (HUGE_BYTES // len(filler) + 1) + b"</body></html>",
        send_length=False,  # so that only counting the bytes can stop it
    )
    routes[NO_TEXT_PATH] = Route(no_text_html().encode())
    routes[PDF_PATH] = Route(b"%PDF-1.4\n%fixture\n", content_type="application/pdf")
    return routes


class Portal:
    """The fixture portal on 127.0.0.1 at a free port; use as a context manager."""

    def __init__(self, routes: Optional[dict[str, Route]] = None):
        self.routes = routes if routes is not None else build_routes()
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._failures_left = {path: route.fail_times for path, route in self.routes.items()}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> "Portal":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requested(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def requested_paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def replace_body(self, path: str, body: bytes) -> None:
        with self._lock:
            self.routes[path].body = body

    def _answer(self, path: str, headers: dict) -> tuple[int, dict, bytes, Route | None]:
        with self._lock:
            route = self.routes.get(path)
            if route is None:
                return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body>404</body></html>", None
            if self._failures_left.get(path, 0) > 0:
                self._failures_left[path] -= 1
                return 500, {"Content-Type": "text/plain"}, b"Internal Server Error", route
            if route.location:
                return route.status, {"Location": route.location, **route.headers}, b"", route
            out = {"Content-Type": route.content_type, "ETag": route.etag, "Last-Modified": LAST_MODIFIED,
                   **route.headers}
            if route.conditional and (
                headers.get("if-none-match") == route.etag
                or (headers.get("if-modified-since") == LAST_MODIFIED and "if-none-match" not in headers)
            ):
                return 304, {"ETag": route.etag}, b"", route
            return route.status, out, route.body, route

    def _handler_class(self):
        portal = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, out, body, route = portal._answer(self.path, headers)
                with portal._lock:
                    portal.requests.append(LoggedRequest("GET", self.path, headers, status))
                if route is not None and route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(status)
                    for name, value in out.items():
                        self.send_header(name, value)
                    if route is None or route.send_length or status != 200:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if route is not None and route.trickle:
                        for start in range(0, len(body), 1024):
                            self.wfile.write(body[start:start + 1024])
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size limit): what the tests provoke

            def log_message(self, format, *args) -> None:
                pass

        return Handler
