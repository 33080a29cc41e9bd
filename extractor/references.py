"""Cited documents (patterns/references.yaml): number as written, type, ISO date."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from .patterns import load_yaml


@dataclass(frozen=True)
class CitedDocument:
    ref_number: str
    ref_type: str | None
    ref_date: str | None
    issuer: str | None
    start: int
    end: int


def _either_case(word: str) -> str:
    return f"[{word[0].upper()}{word[0].lower()}]{regex.escape(word[1:])}"


class _ReferenceRules:
    def __init__(self):
        data = load_yaml("references")
        self.types: dict[str, list[str]] = data["types"]
        self.code_to_type = {code.upper(): kind for kind, codes in self.types.items() for code in codes}
        words = sorted(self.types, key=len, reverse=True)
        # headings write the type in capitals ("KẾ HOẠCH 57/KH-UBND")
        type_words = "|".join([_either_case(w) for w in words + ["văn bản"]] + [regex.escape(w.upper()) for w in words])
        number = data["number"]
        # English names of the types: "Decision No. 554/QD-UBND", "plan No. 02/KH-UBND"
        self.english_types = {word.lower(): kind for kind, words in (data.get("types_en") or {}).items()
                              for word in words}
        english_words = "|".join(_either_case(w) for w in sorted(
            (w for words in (data.get("types_en") or {}).values() for w in words), key=len, reverse=True))
        self.citation = regex.compile(
            rf"(?:\b(?P<type>{type_words})(?:\s+(?:liên tịch|LIÊN TỊCH))?\s+(?:[Ss]ố\s*:?\s*)?|\b[Ss]ố\s*:?\s*"
            rf"|\b(?P<english>{english_words})\s+(?:(?:No|Number|no)\.?\s*)?)"
            rf"(?P<number>{number})"
        )
        self.date_english = regex.compile(data["date_en"])
        self.date = regex.compile(data["date"], regex.IGNORECASE)
        self.date_after = regex.compile(r"\s*,?\s*(?:" + data["date"] + ")", regex.IGNORECASE)
        self.header_date = regex.compile(data["header_place"] + "(?:" + data["date"] + ")")
        self.issued = regex.compile(data["issued"], regex.IGNORECASE)
        self.issuer = regex.compile(r"\s*(?:,\s*)?(?:" + data["issuer"] + ")")

    def type_from_number(self, number: str) -> str | None:
        for part in regex.split(r"[/-]", number):
            kind = self.code_to_type.get(part.upper())
            if kind:
                return kind
        return None


@functools.cache
def _rules() -> _ReferenceRules:
    return _ReferenceRules()


def _iso(match: regex.Match) -> str | None:
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return None


_MONTHS = {name: i for i, name in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def _iso_english(match: regex.Match) -> str | None:
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"])).isoformat()
    except ValueError:
        return None


def find_references(text: str, pos: int = 0, endpos: int | None = None) -> list[CitedDocument]:
    """Every cited document in text[pos:endpos] (normalized text)."""
    rules = _rules()
    endpos = len(text) if endpos is None else endpos
    found: list[CitedDocument] = []
    previous_end = pos
    for match in _citations(text, pos, endpos):
        number = match["number"].rstrip(".-/").replace(" /", "/", 1)
        written_type = match["type"]
        if match["english"]:
            ref_type = rules.english_types[" ".join(match["english"].lower().split())]
        elif written_type and written_type.lower() != "văn bản":
            ref_type = written_type[0].upper() + written_type[1:].lower()
        else:
            ref_type = rules.type_from_number(number)
            if ref_type is None:
                if not written_type:
                    continue  # "số 12/2023" alone is not a citation
                ref_type = "Công văn"
        end = match.end()
        date = None
        after = rules.date_after.match(text, end, endpos)
        english_after = rules.date_english.match(text, end, endpos) if after is None else None
        if after:
            date = _iso(after)
            end = after.end()
        elif english_after:
            date = _iso_english(english_after)
            end = english_after.end()
        elif (header := rules.header_date.match(text, end, endpos)) and text.startswith("Số", match.start()):
            date = _iso(header)  # the document's own number and date, in its header
        else:
            date = _date_before(text, previous_end, match.start())
        issuer = None
        by = rules.issuer.match(text, end, endpos)
        if by:
            issuer = " ".join(by["issuer"].split())
            end = by.end()
        found.append(CitedDocument(number, ref_type, date, issuer, match.start(), end))
        previous_end = end
    return found


# Every document number has a digit followed by "/" or "-" ("3016/QĐ-UBND",
# "31-CT/HU"), or by a letter first ("36a/NQ-CP"); the full expression only runs
# near such places.
_NUMBER_HINT = regex.compile(r"\d[a-zđ]? ?[/-]")
_LOOK_BACK = 40  # "Quyết định liên tịch số ", "Official Dispatch No. " and the like fit in it
_LOOK_AHEAD = 60  # the rest of the longest number


def _citations(text: str, pos: int, endpos: int):
    """Citations, looked for only in a window around each digit-slash."""
    rules = _rules()
    searched_to = pos
    for hint in _NUMBER_HINT.finditer(text, pos, endpos):
        if hint.start() < searched_to:
            continue
        start = max(searched_to, hint.start() - _LOOK_BACK)
        window_end = min(endpos, hint.end() + _LOOK_AHEAD)
        for match in rules.citation.finditer(text, start, window_end):
            if match.end() > hint.start():  # the citation this digit-slash belongs to
                whole = rules.citation.match(text, match.start(), endpos)  # not cut at the window's end
                yield whole
                searched_to = whole.end()
                break


# what parts a date from a citation after it: the end of a sentence or clause, a line break
_PARTED = regex.compile(r"[.;]\s|\n")
# a day and month with no year ("Ngày 19-5,", "ngày 7/6")
_DAY_WITHOUT_YEAR = regex.compile(r"\b[Nn]gày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b(?!\s*[/.-]\s*\d)")


def _date_before(text: str, start: int, citation_start: int) -> str | None:
    """A date written before the citation, tied to it by an issuing verb.

    "ngày 16/5/2024, Ban Thường vụ huyện đã ban hành Chỉ thị số 31-CT/HU"
    """
    rules = _rules()
    window_start = max(start, citation_start - 200)
    dates = list(rules.date.finditer(text, window_start, citation_start))
    if not dates:
        return None
    last = dates[-1]
    between = text[last.end():citation_start]
    # ("Đăng ngày 28-05-2023 …\n\nNgày 19-5, UBND thành phố ban hành Quyết định số 1033/QĐ-UBND": the
    # page's date, and the decision's own date written without its year: no date, not the page's)
    if (rules.issued.search(between) and not _PARTED.search(between)
            and not _DAY_WITHOUT_YEAR.search(between)):
        return _iso(last)
    return None

