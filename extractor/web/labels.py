"""Page rules triggered by what a block says rather than by its markup.

A box headed "Tin liên quan" or "Bình luận", a toolbar row ("Xem với cỡ
chữ A A A | In bài viết | Gửi email"), a footer naming the site's owner,
a line holding only a dateline: none of these is article text, whatever
their class names (often none) say.
"""
from __future__ import annotations

import re
import unicodedata

from lxml import etree
from lxml.html import HtmlElement

from ..normalize import fold
from .metadata import DATELINE
from .tree import drop, drop_outermost, is_attached, link_text_length, page_links, text_of

# Labels that head a box of other articles, lower case, NFC; old and new tone
# placement both listed where they differ.
_RELATED_LABELS = {
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan", "các tin liên quan",
    "các bài liên quan", "các bài viết liên quan", "tin tức liên quan", "văn bản liên quan",
    "tin khác", "các tin khác", "bài khác", "bài viết khác", "các bài viết khác", "các bài khác",
    "tin tức khác", "các tin tức khác", "tin cùng chuyên mục", "tin cùng loại", "bài cùng chuyên mục",
    "cùng chuyên mục", "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn", "tin đã đưa",
    "các tin đã đưa", "tin đọc nhiều", "đọc nhiều nhất", "xem nhiều nhất", "tin xem nhiều",
    "tin nổi bật", "tin tiêu điểm", "tiêu điểm", "xem thêm", "đọc thêm", "có thể bạn quan tâm",
    "bạn có thể quan tâm", "liên kết website", "liên kết web", "thống kê truy cập", "tags", "tag",
    "từ khóa", "từ khoá", "chủ đề", "tin ảnh", "video", "thư viện ảnh",
    "thông báo", "thông báo mới", "lịch công tác", "văn bản mới", "liên kết", "hỗ trợ trực tuyến",
    "thăm dò ý kiến", "số lượt truy cập", "lượt truy cập",
}
# Labels after which everything in the same box is readers' text.
_COMMENT_LABELS = {
    "bình luận", "ý kiến bạn đọc", "ý kiến", "gửi ý kiến", "gửi bình luận", "ý kiến của bạn",
    "viết bình luận", "góp ý", "phản hồi", "bình luận của bạn", "các ý kiến", "ý kiến phản hồi",
}
_LABEL_TRIM = re.compile(r"[\s:»>›|()\d]+$|^[\s»>›|]+")

# Toolbar rows: an element whose text has a trigger is looked at, and goes
# when short and made of nothing but toolbar words (matched accents folded).
_TOOLBAR_TRIGGER = re.compile(r"cỡ chữ|in bài|in trang|bản in|gửi email|gửi bài|chia sẻ|facebook|zalo|lượt xem|"
                              r"đầu trang|quay lại|trở về|print|e-?mail|tweet", re.IGNORECASE)
_TOOLBAR_WORDS = re.compile(
    r"xem voi co chu|co chu|in bai viet|in bai|in trang|ban in|gui email|gui e-mail|gui bai viet|gui bai"
    r"|gui cho ban be|chia se|facebook|zalo|twitter|linkedin|tweet|luu bai viet|luu tin|luu|quay lai"
    r"|tro ve|tro lai|ve dau trang|len dau trang|dau trang|luot xem|print|share|e-?mail|thich|like"
    r"|\bin\b|\ba\b|[0-9]+|[-+|/.,:;()\[\]•·]"
)
_TOOLBAR_MAX_CHARS = 120

# What may stand around a date in a dateline block, accents folded.
_DATELINE_WORDS = re.compile(
    r"cap nhat|ngay dang|dang ngay|dang luc|ngay|luc|thoi gian|gio|gmt|utc|luot xem|luot doc|posted|updated"
    r"|[0-9]+|[-+|/.,:;()\[\]•·]"
)
_DATELINE_MAX_CHARS = 80

# The blocks at the foot of every government portal page: who runs the site.
_FOOTER_STRONG = re.compile(
    r"cơ quan chủ quản|chịu trách nhiệm (?:chính|nội dung|xuất bản)|trưởng ban biên tập|bản quyền thuộc"
    r"|giấy phép (?:số|thiết lập)|ghi rõ nguồn|copyright|©",
    re.IGNORECASE,
)
_FOOTER_ANY = re.compile(_FOOTER_STRONG.pattern + r"|địa chỉ\s*:|điện thoại\s*:|email\s*:|fax\s*:", re.IGNORECASE)
_FOOTER_MAX_CHARS = 800


def drop_labelled(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    """A box headed "Tin liên quan", "Bình luận", ...: the box, or the label and
    the related lists that follow it."""
    root = tree.getroottree().getroot()
    for owner, label in list(_labels(tree)):
        if owner in keep or not is_attached(owner, root):
            continue  # inside a box an earlier label took away
        head = owner
        # climb while the enclosing element holds nothing but the label
        while head.getparent() is not None and head.getparent() not in keep \
                and _label_key(text_of(head.getparent())) == label:
            head = head.getparent()
        box = head
        # climb into a wrapper whose other content is links only (the box itself)
        while box.getparent() is not None and box.getparent() not in keep \
                and box.getparent().tag not in ("html", "body") and _only_links_besides(box.getparent(), box):
            box = box.getparent()
        if box is not head:
            drop(box)
            continue
        comments = label in _COMMENT_LABELS
        for sibling in list(head.itersiblings()):
            if sibling in keep:
                break
            if not comments and not _looks_like_related(sibling):
                break
            drop(sibling)
        drop(head)


def drop_toolbars(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    rows = []
    for element in tree.iter(etree.Element):
        text = element.text
        if text and _TOOLBAR_TRIGGER.search(text):
            row = _climb_while_short(element, keep, _TOOLBAR_MAX_CHARS)
            if row not in keep and len(text_of(row)) <= _TOOLBAR_MAX_CHARS \
                    and not _TOOLBAR_WORDS.sub(" ", fold(text_of(row))).strip():
                rows.append(row)
    drop_outermost(rows)


def drop_site_footers(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    """Blocks naming the site's owner, licence, address: footers without a name."""
    blocks = []
    for element in tree.iter(etree.Element):
        text = element.text
        if not (text and _FOOTER_STRONG.search(text)):
            continue
        block = _climb_while_short(element, keep, _FOOTER_MAX_CHARS)
        if block not in keep and len({m.group().lower() for m in _FOOTER_ANY.finditer(text_of(block))}) >= 2:
            blocks.append(block)
    drop_outermost(blocks)


def remove_datelines(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    """Remove blocks that hold only a dateline ("Cập nhật: 10:25 | 05/06/2023"):
    read into metadata first, they are not article text."""
    blocks = []
    for element in tree.iter(etree.Element):
        text = element.text
        if not (text and any(c.isdigit() for c in text) and DATELINE.search(text)):
            continue
        block = _climb_while_short(element, keep, _DATELINE_MAX_CHARS)
        if block in keep or len(text_of(block)) > _DATELINE_MAX_CHARS:
            continue
        if not _DATELINE_WORDS.sub(" ", fold(DATELINE.sub(" ", text_of(block)))).strip():
            blocks.append(block)
    drop_outermost(blocks)


def _climb_while_short(element: HtmlElement, keep: set[HtmlElement], limit: int) -> HtmlElement:
    """The outermost ancestor (or the element) whose text stays within `limit`."""
    while element.getparent() is not None and element.getparent() not in keep \
            and element.getparent().tag not in ("html", "body") and len(text_of(element.getparent())) <= limit:
        element = element.getparent()
    return element


def _labels(tree: HtmlElement):
    for element in tree.iter(etree.Element):
        text = element.text
        if text and len(text) < 60:
            key = _label_key(text)
            if (key in _RELATED_LABELS or key in _COMMENT_LABELS) and _label_key(text_of(element)) == key:
                yield element, key


def _label_key(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split())).lower()
    return _LABEL_TRIM.sub("", text)


def _only_links_besides(parent: HtmlElement, child: HtmlElement) -> bool:
    total = len(text_of(parent)) - len(text_of(child))
    if total <= 0:
        return True
    return link_text_length(parent, besides=child) / total >= 0.5


def _looks_like_related(element: HtmlElement) -> bool:
    """After a related-news label: lists, link rows, short lines (dates, "Xem thêm")."""
    if element.tag in ("ul", "ol", "table", "br", "hr"):
        return True
    text = text_of(element)
    if len(page_links(element)) >= 2 or not text:
        return True
    links = link_text_length(element)
    return links / len(text) >= 0.5 or len(text) < 200 and links > 0
