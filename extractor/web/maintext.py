"""The main text of a cleaned page, by trafilatura tuned for precision."""
from __future__ import annotations

import logging
import unicodedata
from typing import Optional

import trafilatura
from lxml.html import HtmlElement

from .metadata import title_elements
from .tree import drop

_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
_BLOCK_TAGS = {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
# Less main text than this is no article ("Nội dung đang cập nhật", a caption).
MIN_TEXT_CHARS = 50
# A cell this long is a column of the page, not a value.
_LONG_CELL_CHARS = 400

# trafilatura warns on every page without text ("discarding data"); chiso
# reports such pages itself, as pages without article text.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def main_text(tree: HtmlElement, url: str, title: Optional[str]) -> str:
    """The article text of `tree` (already rid of boilerplate), without its
    title: the title is metadata, and records should come from the body only
    once. Paragraphs are lines; tables are rows of "|"-separated cells."""
    if title:
        drop_title(tree, title)
    unwrap_layout_tables(tree)
    text = _extract(tree, url, precision=True)
    if len(text) < MIN_TEXT_CHARS:
        # precision mode reads nothing of text written in <div>s and <br>s,
        # as many portals' editors write it: the balanced mode does
        text = _extract(tree, url, precision=False)
    return text


def _extract(tree: HtmlElement, url: str, precision: bool) -> str:
    text = trafilatura.extract(
        tree,
        url=url,
        favor_precision=precision,
        # no second opinion from the fallback extractors: they bring footers
        # back on short articles, and take most of the time
        fast=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        output_format="txt",
    )
    if not text:
        return ""
    lines = (" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines())
    return "\n".join(line for line in lines if line)


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn tables that lay out a page into plain blocks, so that their text
    reads as paragraphs and not as "| cell |" rows: tables holding tables,
    or cells holding several paragraphs or a long text. Data tables (scores
    by unit) keep their rows and cells."""
    layout = [table for table in tree.iter("table") if _lays_out(table)]
    for table in layout:
        for part in table.iter(*_TABLE_PARTS):
            if _owner_table(part) is table:
                part.tag = "div"
    for table in layout:
        table.tag = "div"


def _lays_out(table: HtmlElement) -> bool:
    if any(inner is not table for inner in table.iter("table")):
        return True
    for cell in table.iter("td", "th"):
        if sum(1 for child in cell if child.tag in _BLOCK_TAGS) >= 2:
            return True
        if len(cell.text_content()) > _LONG_CELL_CHARS:
            return True
    return False


def _owner_table(element: HtmlElement) -> HtmlElement | None:
    return next((a for a in element.iterancestors() if a.tag == "table"), None)


def drop_title(tree: HtmlElement, title: str) -> None:
    """Remove the elements that show the title (and only the title)."""
    for element in title_elements(tree, title):
        if element.getparent() is not None:
            drop(element)
