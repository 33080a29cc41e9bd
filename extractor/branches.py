"""Offices one agency keeps in every province, ranked against each other.

The General Department of Customs ranks its provincial customs departments,
the Ministry of Finance its provinces' finance departments and tax
departments. Texts name them by the agency's kind and a list of places:
"3 cục hải quan: Đà Nẵng, Đồng Nai và TP. Hồ Chí Minh", "Cục Hải quan Hà
Nội, Hải Phòng và Gia Lai", "các Sở Tài chính Đà Nẵng, TP.HCM, Hải Dương",
"Cục Thuế Ninh Thuận … dẫn đầu, các vị trí tiếp theo thuộc về: Lào Cai,
Nghệ An". Each place there is the office of that kind in that province, not
the province: the unit is "Cục Hải quan Đà Nẵng", of Đà Nẵng.

A central agency's office is named after its place even alone ("Bảo hiểm
xã hội tỉnh Hà Giang": "Bảo hiểm xã hội Hà Giang"). A province's own
department only where a text puts one kind in two provinces or more: a text
about one province's departments names them as the province's ("Sở Tài
chính", of Quảng Nam), as before.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass

import regex

from .gazetteer import Gazetteer, LocalityMention
from .gazetteer.folding import fold_name
from .patterns import agency_names
from .segment import SENTENCE_BREAK

# (a list's items: a comma, a semicolon or "và" between two places; not a dash, which joins the places one
# office serves, "Cục Hải quan Gia Lai - Kon Tum")
_ITEM_GAP = regex.compile(r"\s*[,;]?\s*(?:và\s+)?(?:tỉnh\s+|TP\.?\s*)?")
# the name a branch in Ho Chi Minh City is written with: the city's bare name is a man's
_DISPLAY = {fold_name("Hồ Chí Minh"): "TP Hồ Chí Minh"}
# level words (lower-cased) that name a province-level place in such a list; a bare name is one too
_PROVINCE_WORDS = frozenset({"tỉnh", "thành phố", "tp", "tp."})


@dataclass(frozen=True)
class Branch:
    """A place in a list that stands for the agency's office there."""

    start: int  # where the place is named
    end: int
    name: str  # "Cục Hải quan Đà Nẵng"
    level: str  # "sở" for a department, else "other"
    province_code: str
    # the place's index among the document's locality mentions; None for a place the gazetteer does
    # not find apart, inside the agency's name as written ("Cục Thuế Bắc Ninh")
    locality: int | None


@functools.cache
def _expressions():
    data = agency_names().branches
    kinds = sorted(data["kinds"], key=len, reverse=True)
    kind = "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in kinds)
    # the kind, then what may stand before its list's first place
    head = regex.compile(rf"\b(?P<kind>{kind})(?:{data['before_list']})", regex.IGNORECASE)
    # words that go on with a ranking after a branch named before, in the same sentence
    goes_on = regex.compile(rf"(?:{data['goes_on']})", regex.IGNORECASE)
    return head, goes_on, {fold_name(k): v for k, v in data["kinds"].items()}


def find_branches(text: str, localities: list[LocalityMention], gazetteer: Gazetteer) -> list[Branch]:
    """The places of `localities` that stand for an agency's office in a province."""
    if not localities:
        return []
    head, goes_on, kinds = _expressions()
    starts = {m.start: i for i, m in enumerate(localities)}
    positions = [m.start for m in localities]
    # (start, end) → (kind's name, province code, locality index or None)
    found: dict[tuple[int, int], tuple[str, str, int | None]] = {}
    for match in head.finditer(text):
        kind = kinds[fold_name(" ".join(match["kind"].split()))]
        # ("các cục hải quan tỉnh Khánh Hòa": the gazetteer's mention may take the level word in)
        first = next((starts[p] for p in range(match.end("kind"), match.end() + 1) if p in starts), None)
        if first is not None:
            end = _take_list(text, localities, first, kind, gazetteer, found)
        else:
            inside = _place_in_name(text, match.end(), gazetteer)
            if inside is None:
                continue
            start, end, code = inside
            found.setdefault((start, end), (kind, code, None))
            following = bisect_left(positions, end)  # ("Cục Hải quan Hà Nội, Hải Phòng và …": the list goes on)
            if following < len(localities) and _ITEM_GAP.fullmatch(text, end, localities[following].start):
                end = _take_list(text, localities, following, kind, gazetteer, found)
        _go_on(text, localities, starts, end, kind, goes_on, gazetteer, found)
    by_kind: dict[str, set[str]] = {}
    for kind, code, _ in found.values():
        by_kind.setdefault(kind, set()).add(code)
    out = []
    levels = agency_names().branches.get("levels", {})
    for (start, end), (kind, code, i) in sorted(found.items()):
        level = levels.get(kind, "other")
        if level == "sở" and len(by_kind[kind]) < 2:
            continue  # one province's own department: named as the province's, as before
        province = gazetteer.by_code(code)
        display = _DISPLAY.get(fold_name(province.name), province.name)
        out.append(Branch(start, end, f"{kind} {display}", level, code, i))
    return out


# up to four capitalized words: a province's name written inside an agency's
_CAPITALIZED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3}")


def _place_in_name(text: str, start: int, gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """"Cục Thuế Bắc Ninh": the province named right after the kind, where the gazetteer finds none
    apart (the longest run of capitalized words that is a province's name)."""
    run = _CAPITALIZED.match(text, start)
    if run is None:
        return None
    words = run.group().split()
    for size in range(len(words), 0, -1):
        province = gazetteer.province(" ".join(words[:size]))
        if province is not None:
            end = start + len(" ".join(words[:size]))
            if text[start:end] == " ".join(words[:size]):
                return start, end, province.code
    return None


def _province_code(m: LocalityMention, gazetteer: Gazetteer) -> str | None:
    if m.level_word is not None and m.level_word.lower() not in _PROVINCE_WORDS:
        return None
    province = gazetteer.province(m.name)
    return province.code if province is not None else None


def _take_list(text: str, localities: list[LocalityMention], first: int, kind: str, gazetteer: Gazetteer,
               found: dict) -> int:
    """Mark the places of the list that starts at locality `first`; where the list ends."""
    i, end = first, localities[first].start
    while i < len(localities):
        m = localities[i]
        code = _province_code(m, gazetteer)
        if code is None:
            break
        found.setdefault((m.start, m.end), (kind, code, i))
        end = m.end
        if i + 1 >= len(localities) or not _ITEM_GAP.fullmatch(text, m.end, localities[i + 1].start):
            break
        i += 1
    return end


def _go_on(text: str, localities: list[LocalityMention], starts: dict[int, int], end: int, kind: str,
           goes_on: regex.Pattern, gazetteer: Gazetteer, found: dict) -> None:
    """"Cục Thuế Ninh Thuận … dẫn đầu, các vị trí tiếp theo thuộc về: Lào Cai, Nghệ An": a list that
    goes on with the ranking, later in the same sentence, holds offices of the same kind."""
    sentence_end = _sentence_end(text, end)
    for match in goes_on.finditer(text, end, sentence_end):
        first = starts.get(match.end())
        if first is not None:
            _take_list(text, localities, first, kind, gazetteer, found)


def _sentence_end(text: str, start: int) -> int:
    found = SENTENCE_BREAK.search(text, start)
    return found.start() if found else len(text)


def names_of_one_office(names: set[str], gazetteer: Gazetteer) -> dict[str, str]:
    """"Cục Hải quan đứng đầu …", "Cục Hải quan tỉnh duy trì …", "Cục Hải quan Quảng Ninh …": where a
    text names an office of one kind after one province only, its bare name and its name with a level
    word are that office too. Returns {name as read: the name after the province}."""
    kinds = set(agency_names().branches["kinds"].values())
    placed: dict[str, set[str]] = {}
    for name in names:
        for kind in kinds:
            rest = name[len(kind) + 1:] if name.startswith(kind + " ") else None
            if rest and gazetteer.province(rest.removeprefix("TP ")) is not None:
                placed.setdefault(kind, set()).add(name)
    renamed = {}
    for kind, full in placed.items():
        if len(full) != 1:
            continue
        for short in (kind, f"{kind} tỉnh", f"{kind} thành phố"):
            if short in names:
                renamed[short] = next(iter(full))
    return renamed
