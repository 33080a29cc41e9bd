"""Title, publication date and author of an article page.

Meta tags and JSON-LD first; then what the page shows: the dateline near
the title ("Thứ Sáu 31/03/2023 13:52", "22/05/2024 16:48", "Cập nhật:
10:25 | 05/06/2023") and a stated author ("Tác giả: ..."). Dates are ISO
8601; a dateline has no time zone, so its time is the page's local time.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Optional

from lxml.html import HtmlElement

from .tree import names_of

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
    "dc.date.created", "dcterms.issued", "dcterms.created", "citation_publication_date",
    "parsely-pub-date", "sailthru.date", "date",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "citation_author", "parsely-author")

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_TIME = r"(?P<{h}>[01]?\d|2[0-3])\s*[:hg]\s*(?P<{m}>[0-5]\d)(?:\s*:\s*(?P<{s}>[0-5]\d))?(?:\s*(?P<{p}>am|pm|sa|ch)\b)?"
DATELINE = re.compile(
    r"(?:" + _TIME.format(h="h1", m="m1", s="s1", p="p1") + r"\s*[,|\-–]?\s*)?"
    r"(?:" + _WEEKDAY + r"\s*[,\-–]?\s*)?(?:ngày\s*)?"
    r"(?<!\d)(?P<day>[0-3]?\d)\s*[/.\-]\s*(?P<month>[01]?\d)\s*[/.\-]\s*(?P<year>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*[,|\-–]?\s*(?:lúc\s*)?" + _TIME.format(h="h2", m="m2", s="s2", p="p2") + r")?",
    re.IGNORECASE,
)
_DATE_NAME = re.compile(r"date|time|ngay|publish|posted|thoi-?gian|datetime", re.IGNORECASE)
_TITLE_NAME = re.compile(r"(?:^|[-_\s])(?:title|tieu-?de|headline)(?:[-_\s]|$)|^tieude|^title", re.IGNORECASE)
_AUTHOR_NAME = re.compile(r"author|tac-?gia|tacgia|nguoi-?viet|but-?danh|butdanh|byline|writer", re.IGNORECASE)
_AUTHOR_LINE = re.compile(
    r"^\s*(?:tác giả|người viết|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|tin|bài)\s*:\s*"
    r"(?P<name>[^\n:]{2,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_PREFIX = re.compile(r"^\s*(?:tác giả|người viết|bài và ảnh|bài, ảnh|tin, ảnh|by)\s*[:\-]?\s*", re.IGNORECASE)
# How far around the title a dateline is looked for, in characters.
_DATELINE_WINDOW = 400


_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "report"}


@dataclass
class PageMetadata:
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    declares_article: bool = False  # og:type article, an Article in JSON-LD, a published time


def head_metadata(tree: HtmlElement) -> PageMetadata:
    """What meta tags and JSON-LD declare; read before boilerplate is removed."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if key and value and key not in meta:
            meta[key] = value
    linked = _json_ld(tree)
    title = next((meta[k] for k in _TITLE_KEYS if k in meta), None) or linked.get("headline")
    if not title:
        headings = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
        title = max(headings, key=len, default=None) or _named_title(tree)
    if not title:
        title_element = tree.find(".//title")
        title = title_element.text_content() if title_element is not None else None
    published = None
    for value in [meta.get(k) for k in _DATE_KEYS] + [linked.get("datePublished")] + _time_elements(tree):
        published = parse_date(value) if value else None
        if published:
            break
    author = next((v for k in _AUTHOR_KEYS if (v := meta.get(k)) and not v.startswith("http")), None)
    author = author or linked.get("author")
    declares_article = meta.get("og:type", "").lower() == "article" or "article:published_time" in meta \
        or linked.get("@type", "").lower() in _ARTICLE_TYPES
    return PageMetadata(title=_clean(title), published=published, author=_clean(author),
                        declares_article=declares_article)


def _named_title(tree: HtmlElement) -> Optional[str]:
    """The first element named as a title ("Title", "tieude") that reads like one;
    old portals show the title so, with no h1 and a <title> naming the site."""
    for element in tree.iter("span", "div", "td", "p", "h2", "h3", "a", "strong", "b"):
        names = names_of(element)
        if names and _TITLE_NAME.search(names):
            text = " ".join(element.text_content().split())
            if 20 <= len(text) <= 300 and len(text.split()) >= 4:
                return text
    return None


def title_elements(tree: HtmlElement, title: str) -> list[HtmlElement]:
    """The elements that show the title and nothing else, in document order."""
    wanted = " ".join(title.split())
    found: list[HtmlElement] = []
    if not wanted:
        return found
    for element in tree.iter("h1", "h2", "h3", "h4", "div", "p", "span", "strong", "b", "a", "td"):
        own = " ".join((element.text or "").split())
        # the element's own text must begin the title: cheaper than reading every block's text
        if own and wanted.startswith(own) and " ".join(element.text_content().split()) == wanted:
            found.append(element)
    return found


def parse_date(value: str) -> Optional[str]:
    """An ISO 8601 date or date-time from an ISO value or a Vietnamese dateline."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    match = DATELINE.search(value)
    return _from_dateline(match) if match else None


def dateline_near(text: str, title: Optional[str]) -> Optional[str]:
    """The first dateline within a window around the title in the page text,
    or at the start of the text when the title is not found in it."""
    start = text.find(title) if title else -1
    window = text[max(0, start - _DATELINE_WINDOW): start + len(title) + _DATELINE_WINDOW] if start >= 0 \
        else text[:_DATELINE_WINDOW]
    for match in DATELINE.finditer(window):
        found = _from_dateline(match)
        if found:
            return found
    return None


def dateline_in_named(tree: HtmlElement) -> Optional[str]:
    """A dateline in an element named as a date ("date", "time", "ngay", ...)."""
    for element in tree.iter("span", "div", "p", "time", "em", "i", "small", "li", "td"):
        names = names_of(element)
        if names and _DATE_NAME.search(names):
            text = " ".join(element.text_content().split())
            if len(text) <= 120:
                match = DATELINE.search(text)
                found = _from_dateline(match) if match else None
                if found:
                    return found
    return None


def split_author_line(text: str) -> tuple[str, Optional[str]]:
    """(text without it, author) when the last line is a byline ("Tác giả: X")."""
    body, _, last = text.rpartition("\n")
    match = _AUTHOR_LINE.fullmatch(last)
    if body and match:
        return body, match.group("name").strip()
    return text, None


def stated_author(tree: HtmlElement) -> tuple[Optional[str], Optional[HtmlElement]]:
    """An author the page states in an element named as the author, and that element."""
    for element in tree.iter("span", "div", "p", "strong", "b", "em", "a", "address"):
        names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("itemprop"))))
        if names and _AUTHOR_NAME.search(names):
            text = _LABEL_PREFIX.sub("", " ".join(element.text_content().split()))
            if 2 <= len(text) <= 60:
                return text, element
    return None, None


def _from_dateline(match: re.Match) -> Optional[str]:
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    for h, m, s, p in (("h2", "m2", "s2", "p2"), ("h1", "m1", "s1", "p1")):
        if match[h] is not None:
            hour = int(match[h])
            if (match[p] or "").lower() in ("pm", "ch") and hour < 12:
                hour += 12
            elif (match[p] or "").lower() in ("am", "sa") and hour == 12:
                hour = 0
            return datetime(day.year, day.month, day.day, hour, int(match[m]), int(match[s] or 0)).isoformat()
    return day.isoformat()


def _json_ld(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _walk(data):
            kind = item.get("@type")
            if isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES:
                found.setdefault("@type", kind)
            for key in ("headline", "datePublished"):
                if isinstance(item.get(key), str) and key not in found:
                    found[key] = item[key]
            author = item.get("author")
            if "author" not in found and author:
                names = [a.get("name") if isinstance(a, dict) else a for a in (author if isinstance(author, list) else [author])]
                names = [n for n in names if isinstance(n, str) and n.strip()]
                if names:
                    found["author"] = ", ".join(names)
    return found


def _walk(data) -> Iterable[dict]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _walk(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk(value)


def _time_elements(tree: HtmlElement) -> list[str]:
    return [t.get("datetime") for t in tree.iter("time")
            if t.get("datetime") and (t.get("itemprop") == "datePublished" or t.get("pubdate") is not None)]


def _clean(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
