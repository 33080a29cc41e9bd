"""The links a crawl follows: a listing's articles and its pagination."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..normalize import fold
from .tree import is_inside, names_of, resolved_links
from .urls import looks_like_file, resolve_link, site_of

# An item of a listing is linked by its title; shorter anchors are "Xem tiếp",
# dates, icons, and the category names of menus.
_TITLE_MIN_CHARS = 25
_TITLE_MIN_WORDS = 4
# This many items side by side make a list of articles.
MIN_LISTING_ITEMS = 4

_PAGER_NAME = re.compile(r"pag|phan-?trang|phantrang|pager|page-?nav|trang-?so", re.IGNORECASE)
# Anchor texts of pager links besides page numbers, accents folded.
_PAGER_TEXT = {
    "trang sau", "tiep", "tiep theo", "sau", "next", "trang tiep", "cuoi", "trang cuoi", "last",
    "trang dau", "dau", "first", "truoc", "trang truoc", "prev", "previous",
    "»", "›", ">", ">>", "»»", "«", "‹", "<", "<<", "««",
    "trang sau »", "tiep »", "sau »", "next »", "« truoc", "« trang truoc",
}
_PAGE_IN_PATH = re.compile(r"(?:/|-|_)(?:trang|page|p)[-/_]?\d+(?:\.\w+)?/?$", re.IGNORECASE)
_PAGE_PARAM = re.compile(r"(?:^|&)(?:page|trang|p|pg|pageindex|pagenumber|paged|start|offset)=\d+", re.IGNORECASE)


@dataclass
class Listing:
    """The article links of a listing page and the elements that hold them."""

    urls: list[str] = field(default_factory=list)
    containers: list[HtmlElement] = field(default_factory=list)


def find_pagination(tree: HtmlElement, page_url: str) -> list[str]:
    """Links to the other pages of the same listing, same site only."""
    found: list[str] = []
    here = urlsplit(page_url)
    site = site_of(page_url)
    for anchor in tree.iter("a"):
        # the text first: resolving every menu link's URL would cost more
        text = anchor.text_content()
        if len(text) > 24:
            continue
        is_next = (anchor.get("rel") or "").lower() == "next"
        text = fold(text)
        if not (is_next or text.isdigit() or text in _PAGER_TEXT):
            continue
        url = resolve_link(page_url, anchor.get("href") or "")
        if url is None or site_of(url) != site or url in found:
            continue
        in_pager = any(_PAGER_NAME.search(names_of(a)) for a in anchor.iterancestors())
        target = urlsplit(url)
        same_list = (target.path == here.path and _PAGE_PARAM.search(target.query)) \
            or _PAGE_IN_PATH.search(target.path)
        if is_next or in_pager or same_list:
            found.append(url)
    return found


def find_listing(tree: HtmlElement, page_url: str, min_items: int = MIN_LISTING_ITEMS) -> Listing:
    """Elements with `min_items` or more children that each link one or
    two same-site pages by a title-like anchor: the article list of a listing
    page (or, on an article page, a box of other articles)."""
    site = site_of(page_url)
    # element -> {child on the path to a title link -> URLs under that child}
    children_urls: dict[HtmlElement, dict[HtmlElement, list[str]]] = {}
    order: list[str] = []
    for anchor in tree.iter("a"):
        words = anchor.text_content().split()
        if len(words) < _TITLE_MIN_WORDS or len(" ".join(words)) < _TITLE_MIN_CHARS:
            continue
        url = resolve_link(page_url, anchor.get("href") or "")
        if url is None or site_of(url) != site or looks_like_file(url):
            continue
        if url not in order:
            order.append(url)
        child = anchor
        for parent in anchor.iterancestors():
            urls = children_urls.setdefault(parent, {}).setdefault(child, [])
            if url not in urls:
                urls.append(url)
            child = parent
    containers = []
    for parent, by_child in children_urls.items():
        items = [urls for urls in by_child.values() if len(urls) <= 2]
        element_children = sum(1 for c in parent if isinstance(c.tag, str))
        if len(items) >= min_items and len(items) * 2 >= element_children:
            containers.append(parent)
    chosen = set(containers)
    # keep the innermost: a wrapper of two lists is not itself a list
    containers = [c for c in containers if not any(is_inside(other, c) for other in chosen if other is not c)]
    listed = {url for c in containers for urls in children_urls[c].values() for url in urls}
    # A list found by its title-like links is a repeated structure: an item of it whose
    # headline is short ("PCI của Bắc Kạn") is an article all the same.
    for container in containers:
        for item in container:
            if not isinstance(item.tag, str):
                continue
            urls = _item_urls(item, page_url, site)
            if 1 <= len(urls) <= 2:
                for url in urls:
                    if url not in listed:
                        listed.add(url)
                        order.append(url)
    in_page_order = _document_order(tree, page_url, listed)
    return Listing(urls=in_page_order, containers=containers)


def _item_urls(item: HtmlElement, page_url: str, site: str) -> list[str]:
    """The same-site pages one item of a list links to (not files, not pagers), each once."""
    urls: list[str] = []
    for url, anchor in resolved_links(item, page_url):
        if site_of(url) != site or looks_like_file(url) or url in urls:
            continue
        text = fold(anchor.text_content().strip())
        if text.isdigit() or text in _PAGER_TEXT:
            continue
        urls.append(url)
    return urls


def _document_order(tree: HtmlElement, page_url: str, wanted: set[str]) -> list[str]:
    """`wanted` URLs in the order the page links them first."""
    out: list[str] = []
    seen: set[str] = set()
    for url, _ in resolved_links(tree, page_url):
        if url in wanted and url not in seen:
            seen.add(url)
            out.append(url)
    return out
