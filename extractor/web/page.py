"""A fetched web page read as an article, a listing, or a page without text."""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from typing import Literal, Optional

import lxml.html
from lxml import etree

from ..document import Document
from ..readers.legacy import repair_mojibake
from ..readers import ReadError, Unsupported
from .boilerplate import remove_boilerplate, remove_link_lists
from .charset import decode_html
from .fetch import Fetcher, Response
from .labels import remove_datelines
from .links import MIN_LISTING_ITEMS, find_listing, find_pagination
from .maintext import MIN_TEXT_CHARS, main_text
from .metadata import dateline_in_named, dateline_near, head_metadata, split_author_line, stated_author
from .tree import drop, drop_outermost
from .attachments import attachment_document, find_attachments, looks_like_document
from .urls import doc_id_for_url

PageKind = Literal["article", "listing", "empty"]
# Hints from how a crawl reached a page: from a listing's items, or its pager.
Hint = Optional[Literal["article", "listing", "attachment"]]

# A page with a list of articles and at most this much other text is a listing.
LISTING_TEXT_MAX = 500
# On a listing's later pages, two items will do: the last page may be short.
MIN_ITEMS_PAGED = 2

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class Page:
    url: str
    kind: PageKind
    text: str = ""
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    article_links: list[str] = field(default_factory=list)
    pagination_links: list[str] = field(default_factory=list)
    charset: Optional[str] = None
    # links that may fetch a document (a decision's PDF): in the article's text, or named like one
    attachment_links: list[str] = field(default_factory=list)


def analyze_html(html: str, url: str, hint: Hint = None) -> Page:
    """Read decoded HTML: kind, main text (articles), links to follow (listings)."""
    try:
        # lxml refuses decoded text that still declares an encoding (XHTML pages do)
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return Page(url=url, kind="empty")
    head = head_metadata(tree)
    pagination = find_pagination(tree, url)
    candidates = find_attachments(tree, url)  # before boilerplate goes: it may take the anchors with it
    keep = remove_boilerplate(tree, head.title)
    published = head.published or dateline_in_named(tree) or dateline_near(_visible_text(tree), head.title)
    named_author, author_element = stated_author(tree)
    if author_element is not None:
        drop(author_element)  # a byline is metadata, not article text
    author = head.author or named_author
    remove_datelines(tree, keep)
    paged = bool(pagination) or hint == "listing"
    listing = find_listing(tree, url, MIN_ITEMS_PAGED if paged else MIN_LISTING_ITEMS)
    remove_link_lists(tree, keep)
    drop_outermost([c for c in listing.containers if c not in keep])
    text = main_text(tree, url, head.title)
    looks_like_article = head.declares_article or hint == "article"
    kind = _kind(len(listing.urls), bool(pagination), paged, looks_like_article, len(text))
    # a download link still in the page once its boilerplate is gone, or any link named like a document
    attachments = [link for link, anchor in candidates if _attached(anchor, tree) or looks_like_document(link)]
    if kind != "article":
        return Page(url=url, kind=kind, title=head.title,
                    article_links=listing.urls if kind == "listing" else [],
                    pagination_links=pagination if kind == "listing" else [],
                    attachment_links=attachments if kind == "listing" else [])
    text, byline = split_author_line(text)
    # pages typed in a pre-Unicode font (.VnTime, VNI-Times) reach us as mojibake
    text = repair_mojibake(text) or text
    return Page(url=url, kind=kind, text=text, title=head.title, published=published,
                author=author or byline, attachment_links=attachments)


def _attached(element, root) -> bool:
    """Whether `element` is still part of the tree `root` (boilerplate removal detaches)."""
    for ancestor in element.iterancestors():
        if ancestor is root:
            return True
    return element is root


def _kind(listed: int, has_pager: bool, paged: bool, looks_like_article: bool, text_length: int) -> PageKind:
    if listed and paged:
        return "listing"
    if listed and text_length < LISTING_TEXT_MAX and not (looks_like_article and text_length >= MIN_TEXT_CHARS):
        return "listing"
    if text_length >= MIN_TEXT_CHARS:
        return "article"
    if has_pager:
        return "listing"  # a listing's page whose items are all attachments, or past its end
    return "empty"


def _is_html(response: Response) -> bool:
    content_type = response.content_type.split(";")[0].strip().lower()
    return content_type in _HTML_TYPES or (not content_type and _looks_like_html(response.body))


def read_page(response: Response, hint: Hint = None) -> Page:
    """Decode and analyze a fetched page; Unsupported when it is not HTML."""
    if not _is_html(response):
        content_type = response.content_type.split(";")[0].strip().lower()
        raise Unsupported(f"not a web page ({content_type or 'no content type'})")
    html, charset = decode_html(response.body, response.content_type)
    page = analyze_html(html, response.final_url, hint)
    page.charset = charset
    return page


def content_hash(response: Response) -> str:
    return "sha256:" + hashlib.sha256(response.body).hexdigest()


def page_document(response: Response, page: Page) -> Document:
    """The Document of an article page: its main text, identified by its final URL."""
    return Document(
        doc_id=doc_id_for_url(response.final_url),
        source=response.final_url,
        text=page.text,
        metadata={
            "url": response.url,
            "final_url": response.final_url,
            "title": page.title,
            "published": page.published,
            "author": page.author,
            "fetched_at": response.fetched_at,
            "charset": page.charset,
            "content_hash": content_hash(response),
        },
        derived_text=True,
    )


_shared_fetcher: Optional[Fetcher] = None
_shared_lock = threading.Lock()


def shared_fetcher() -> Fetcher:
    """One Fetcher per process with the default policy, so that pacing and
    robots.txt hold across fetch_document calls."""
    global _shared_fetcher
    with _shared_lock:
        if _shared_fetcher is None:
            _shared_fetcher = Fetcher()
        return _shared_fetcher


def fetch_document(url: str, fetcher: Optional[Fetcher] = None) -> Document:
    """Fetch one article page and read its main text into a Document.

    Raises ReadError (FetchError, RobotsDisallowed, Unsupported for a
    non-HTML answer) with a message a user can act on."""
    response = (fetcher or shared_fetcher()).fetch(url)
    if not _is_html(response):
        return attachment_document(response)  # "chiso extract URL" of a decision's PDF
    page = read_page(response)
    if page.kind == "listing":
        raise ReadError(
            f"a listing of {len(page.article_links)} articles, not an article: "
            "use `chiso crawl` to follow its links"
        )
    if page.kind == "empty":
        raise ReadError("no article text on the page")
    return page_document(response, page)


def _visible_text(tree) -> str:
    body = tree.find(".//body")
    body = tree if body is None else body
    return " ".join(" ".join(piece.split()) for piece in body.itertext() if piece.strip())


def _looks_like_html(body: bytes) -> bool:
    start = body[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<body" in start
