"""The heading of an administrative decision: who issued it, its number and
date, and what it announces (which index, for which year, for which units).

A decision that publishes index results opens the same way everywhere:

    ỦY BAN NHÂN DÂN TỈNH NGHỆ AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 512/QĐ-UBND                     Nghệ An, ngày 15 tháng 3 năm 2024
                               QUYẾT ĐỊNH
    Về việc công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành
                 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
    Căn cứ ...

What the title says is the context of every table in the decision.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..document import Document
from ..gazetteer import load_gazetteer
from ..models import Evidence, Reference
from ..normalize import normalize
from ..patterns import index_names, load_yaml
from ..references import find_references

# The heading ends where the grounds ("Căn cứ") or the articles begin.
_HEADING_END = regex.compile(r"^\s*(?:Căn cứ|Điều\s+1\b|Xét đề nghị)", regex.MULTILINE | regex.IGNORECASE)
_HEADING_MAX_CHARS = 3000
_DOCUMENT_TYPES = ("Quyết định", "Kế hoạch", "Báo cáo", "Thông báo", "Nghị quyết", "Công văn")
_TYPE_LINE = regex.compile(
    r"^\s*(" + "|".join(_DOCUMENT_TYPES) + r")\s*$", regex.MULTILINE | regex.IGNORECASE
)
_ISSUE_DATE = regex.compile(
    r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})", regex.IGNORECASE
)
# "năm 2023": a year with the word for one before it
NAMED_YEAR = regex.compile(r"\bnăm\s+(?P<year>(?:19|20)\d{2})\b", regex.IGNORECASE)
# "UBND TỈNH NGHỆ AN", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI": the name is the run of
# capitalised words after the level word, up to the next word in lower case.
_PROVINCE_IN_LETTERHEAD = regex.compile(
    r"\b(?:TỈNH|THÀNH PHỐ)\s+(?P<name>(?:(?!CỘNG\b)\p{Lu}+(?!\p{L})[ -]?){1,4})"
)
# The authority is written in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
# a title wrapped before "UBND các huyện, ..." is not it.
_AUTHORITY_LINE = regex.compile(
    r"^\s*((?:CHỦ TỊCH\s+)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\b(?!\s*\p{Ll})[^\n]*|BỘ TRƯỞNG[^\n]*)$",
    regex.MULTILINE,
)

# Unit groups a title or a table caption names, most specific first.
_GROUPS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (level, regex.compile(pattern, regex.IGNORECASE))
    for level, pattern in (
        ("sở", r"\bsở,\s*ban,\s*ngành|\bcác sở\b|\bcơ quan chuyên môn\b|\bcấp sở\b|\bsở, ngành\b"),
        ("xã", r"\bcấp xã\b|\bxã,\s*phường(?:,\s*thị trấn)?|\bcác xã\b|\bphường,\s*xã\b"),
        ("huyện", r"\bcấp huyện\b|\bhuyện,\s*(?:thị xã|thành phố|quận)|\bcác huyện\b|\bquận,\s*huyện\b"),
        ("bộ", r"\bbộ,\s*cơ quan ngang bộ\b|\bcác bộ\b"),
        ("tỉnh", r"\btỉnh,\s*thành phố trực thuộc trung ương\b|\bcác tỉnh\b"),
    )
)


@dataclass(frozen=True)
class Heading:
    """What a decision's heading states; any part may be missing (None)."""

    index: str | None
    year: int | None
    province: str | None
    province_code: str | None
    unit_level: str | None
    ref_number: str | None
    ref_type: str | None
    ref_date: str | None
    issuer: str | None
    number_span: tuple[int, int] | None


def heading_span(text: str) -> tuple[int, int]:
    end = _HEADING_END.search(text, 0, _HEADING_MAX_CHARS)
    return 0, end.start() if end else min(len(text), _HEADING_MAX_CHARS)


def group_level(text: str) -> str | None:
    """The unit level a title or caption names its units by ("các sở, ban, ngành" → sở)."""
    found = {level for level, pattern in _GROUPS if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def read_heading(doc: Document) -> Heading:
    norm = normalize(doc.text)
    text = norm.text
    start, end = heading_span(text)
    head = text[start:end]

    type_line = _TYPE_LINE.search(head)
    title = head[type_line.end():] if type_line else head
    authority = _AUTHORITY_LINE.search(title)
    if authority and authority.start() > 0:
        title = title[: authority.start()]

    own = _own_number(head)
    date = _ISSUE_DATE.search(head)
    year_match = NAMED_YEAR.search(title) if (index := index_names().match(title)) else None

    province = province_code = None
    for letterhead in _PROVINCE_IN_LETTERHEAD.finditer(head):
        found = _province_named(letterhead["name"])
        if found is not None:
            province, province_code = found.name, found.code
            break

    ref_type = None
    if type_line:
        ref_type = type_line.group(1).capitalize()
    elif own is not None:
        ref_type = own.ref_type
    issuer = _issuer(head, title, authority, province)
    return Heading(
        index=index,
        year=int(year_match["year"]) if year_match else None,
        province=province,
        province_code=province_code,
        unit_level=group_level(title),
        ref_number=own.ref_number if own else None,
        ref_type=ref_type,
        ref_date=_iso_date(date) if date else None,
        issuer=issuer,
        number_span=norm.source_span(start + own.start, start + own.end) if own else None,
    )


def decision_reference(doc: Document, heading: Heading | None = None) -> Reference | None:
    """The decision itself as a reference record, its evidence the number's line."""
    heading = heading or read_heading(doc)
    if heading.ref_number is None or heading.number_span is None:
        return None
    line_start = _line_start(doc.text, heading.number_span[0])
    line_end = doc.text.find("\n", heading.number_span[1])
    line_end = len(doc.text) if line_end < 0 else line_end
    return Reference(
        doc_id=doc.doc_id, source=doc.source,
        evidence=Evidence(start=line_start, end=line_end, text=doc.text[line_start:line_end]),
        ref_number=heading.ref_number, ref_type=heading.ref_type,
        ref_date=heading.ref_date, issuer=heading.issuer,
    )


@functools.cache
def _own_number_pattern() -> regex.Pattern:
    return regex.compile(r"^\s*Số\s*:?\s*(?P<number>" + load_yaml("references")["number"] + ")",
                         regex.MULTILINE | regex.IGNORECASE)


def _own_number(head: str):
    """The decision's own number: "Số: 512/QĐ-UBND" at the start of a heading line."""
    match = _own_number_pattern().search(head)
    if match is None:
        return None
    cited = find_references("văn bản số " + match["number"])
    ref_number = match["number"].rstrip(".-/")
    ref_type = cited[0].ref_type if cited else None
    return _OwnNumber(ref_number, ref_type, match.start("number"), match.start("number") + len(ref_number))


@dataclass(frozen=True)
class _OwnNumber:
    ref_number: str
    ref_type: str | None
    start: int
    end: int


def _province_named(words: str):
    """The province whose name the longest leading run of `words` is."""
    parts = words.replace("-", " ").split()
    gazetteer = load_gazetteer()
    for length in range(len(parts), 0, -1):
        found = gazetteer.province(" ".join(parts[:length]))
        if found is not None:
            return found
    return None


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _iso_date(match: regex.Match) -> str | None:
    day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _issuer(head: str, title: str, authority: regex.Match | None, province: str | None) -> str | None:
    """The signing authority, written as a sentence: "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"."""
    line = authority.group(1) if authority else None
    if line is None:
        first = _AUTHORITY_LINE.search(head)
        line = first.group(1) if first else None
    if line is None:
        return None
    line = line.split("|")[0]
    line = regex.split(r"\s{2,}|CỘNG HÒA|CỘNG HOÀ", line)[0].strip()
    words = line.lower().split()
    if not words:
        return None
    sentence = " ".join(words)
    sentence = sentence[0].upper() + sentence[1:]
    sentence = regex.sub(r"\b[uủ][ỷy] ban nhân dân\b", "Ủy ban nhân dân", sentence)
    sentence = regex.sub(r"\bubnd\b", "UBND", sentence)
    if province and province.lower() in sentence:
        sentence = sentence.replace(province.lower(), province)
    return sentence
