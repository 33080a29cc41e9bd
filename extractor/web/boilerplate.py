"""Site rules that take boilerplate out of a page before trafilatura reads it.

trafilatura alone keeps, on Vietnamese portals, the summaries in "Tin liên
quan" / "Các bài viết khác" boxes, inline related boxes inside the article,
comments and toolbar rows ("Xem với cỡ chữ A A A", "In bài viết | Gửi
email"). A related box's summary about another unit must never become a
record of the article, so these go first, found three ways: by class or id
names (here), by what they say (labels.py), and by being lists of links.

What must never go is the article itself: an element that shows the title,
or a block named like an article body, is kept by every rule.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .labels import drop_labelled, drop_site_footers, drop_toolbars
from .metadata import title_elements
from .tree import drop, drop_outermost, link_text_length, names_of, page_links, text_of

# Never article text. Tails are kept: text after a <br> or an inline element is.
_DROP_TAGS = (
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "button",
    "select", "input", "textarea", "svg", "template", "object", "embed", "video", "audio",
    "canvas", "map", "link", "meta",
)

_BOILERPLATE_NAME = re.compile(
    r"related|lien-?quan|other-?news|other_news|tin-?khac|bai-?khac|bai-?viet-?khac"
    r"|cung-?chuyen-?muc|more-?news|xem-?them|doc-?them"
    r"|share|sharing|social|print|comment|binh-?luan|y-?kien"
    r"|breadcrumb|footer|sidebar|navbar|(?:^|[-_])nav(?:[-_]|igation|$)|menu|banner|advert|quang-?cao"
    r"|font-?size|text-?size|co-?chu|toolbar|tool-?bar|(?:^|[-_])tags?(?:[-_]|$)|tu-?khoa"
    r"|rating|vote|login|search|tim-?kiem|copyright|col-?right|right-?col|cot-?phai"
    r"|box-?hot|most-?read|doc-?nhieu|xem-?nhieu|widget|popup|modal|cookie|hotline|(?:^|[-_])bottom(?:[-_]|$)",
    re.IGNORECASE,
)
_ARTICLE_NAME = re.compile(
    r"article-?body|article-?content|detail-?content|content-?detail|news-?content|news-?detail"
    r"|noi-?dung|chi-?tiet|entry-?content|post-?content|main-?content|full-?text|^detail$",
    re.IGNORECASE,
)
_BLOCKS = ("div", "section", "article", "main", "td", "table", "tbody", "tr", "ul", "ol", "li", "p", "dl")
# A block named like an article body must hold this much text to be trusted as one.
_ARTICLE_MIN_CHARS = 200
# A block where links hold this share of the text, with two or more page
# links, is a list of other articles.
_LINK_LIST_DENSITY = 0.7


def remove_boilerplate(tree: HtmlElement, title: str | None) -> set[HtmlElement]:
    """Remove page furniture from `tree` in place: scripts and forms, headers,
    blocks named as boilerplate, labelled boxes, toolbar rows, footers.
    Returns the protected elements (see protected_elements) for later rules."""
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    for header in list(tree.iter("header")):
        if not any(a.tag == "article" for a in header.iterancestors()):
            drop(header)
    keep = protected_elements(tree, title)
    _drop_named(tree, keep)
    drop_labelled(tree, keep)
    drop_toolbars(tree, keep)
    drop_site_footers(tree, keep)
    return keep


def remove_link_lists(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    """Remove unlabelled lists of links to other pages. A separate step because
    a listing page's own list of articles looks the same, and is looked for
    in between."""
    doomed = []
    for element in tree.iter("ul", "ol", "table", "div", "p", "section"):
        if element in keep:
            continue
        if element.tag in ("div", "p", "section") and sum(1 for c in element if c.tag == "a") < 2:
            continue
        if len(page_links(element)) < 2:
            continue
        text = len(text_of(element))
        if text and link_text_length(element) / text >= _LINK_LIST_DENSITY:
            doomed.append(element)
    drop_outermost(doomed)


def protected_elements(tree: HtmlElement, title: str | None) -> set[HtmlElement]:
    """The title (as shown, or the longest h1), the blocks named as the
    article body, and their ancestors."""
    shown = [e for e in title_elements(tree, title or "")
             if not any(a.tag in ("a", "li") for a in (e, *e.iterancestors()))]
    # the first: a box of other articles may list this one's title again further down
    anchors = shown[:1]
    headings = [(len(text_of(h)), h) for h in tree.iter("h1")]
    if headings:
        anchors.append(max(headings, key=lambda pair: pair[0])[1])
    for element in tree.iter(*_BLOCKS):
        names = names_of(element).split()
        if (any(_ARTICLE_NAME.search(name) for name in names) or element.get("itemprop") == "articleBody") \
                and len(text_of(element)) >= _ARTICLE_MIN_CHARS:
            anchors.append(element)
    keep: set[HtmlElement] = set()
    for anchor in anchors:
        keep.add(anchor)
        keep.update(anchor.iterancestors())
    return keep


def _drop_named(tree: HtmlElement, keep: set[HtmlElement]) -> None:
    doomed = []
    for element in tree.iter(etree.Element):
        names = names_of(element)
        if names and element not in keep and element.tag not in ("html", "body") \
                and any(_BOILERPLATE_NAME.search(name) for name in names.split()):
            doomed.append(element)
    drop_outermost(doomed)
