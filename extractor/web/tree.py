"""Small operations on lxml trees shared by the page rules."""
from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from .urls import looks_like_file, resolve_link


def text_of(element: HtmlElement) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(element.text_content().split())


def names_of(element: HtmlElement) -> str:
    """Its class and id, space-separated."""
    return " ".join(filter(None, (element.get("class"), element.get("id"))))


def link_text_length(element: HtmlElement, besides: HtmlElement | None = None) -> int:
    """Characters of link text inside `element`, leaving out those inside `besides`."""
    return sum(len(text_of(a)) for a in element.iter("a") if besides is None or not is_inside(a, besides))


def resolved_links(element: HtmlElement, page_url: str) -> Iterator[tuple[str, HtmlElement]]:
    """(absolute URL, anchor) of every link inside `element` whose href resolves, in page order."""
    for anchor in element.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        url = resolve_link(page_url, href)
        if url is not None:
            yield url, anchor


def page_links(element: HtmlElement) -> set[str]:
    """The distinct links to other web pages (not anchors, scripts, files) inside `element`."""
    return {href for a in element.iter("a") if (href := (a.get("href") or "").strip())
            and not href.startswith(("#", "javascript:", "mailto:", "tel:")) and not looks_like_file(href)}


def is_inside(element: HtmlElement, container: HtmlElement) -> bool:
    return element is container or any(a is container for a in element.iterancestors())


def is_attached(element: HtmlElement, root: HtmlElement) -> bool:
    """Still in the document: not inside a subtree removed earlier."""
    top = element
    for top in element.iterancestors():
        pass
    return top is root


def drop_outermost(elements: list[HtmlElement]) -> None:
    """Remove the given elements; one inside another goes with the outer one."""
    chosen = set(elements)
    for element in elements:
        if not any(a in chosen for a in element.iterancestors()):
            drop(element)


def drop(element: HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
