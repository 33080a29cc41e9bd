"""Normalized text with an offset map back to the text as read.

Rules run on the normalized text; evidence offsets are mapped back, so a
record always points into the document exactly as it was read. What is
normalized, and why:

- NFC: inputs may be decomposed (windows-1258 pages, some PDFs), and rules
  and gazetteer names are written composed.
- Tone-mark placement: "hoà", "thuỷ", "Khánh Hoà" (old style) become
  "hòa", "thủy", "Khánh Hòa" (the style of the official unit lists).
- Non-breaking and other wide spaces become plain spaces; zero-width
  characters and soft hyphens are dropped.
- A capital letter split from the rest of its word ("Y êu cầu") is joined.
- A number glued to its unit ("10,32điểm") is given its space.
- Province names that news write as initials ("BR-VT", "TT-Huế") are
  written out, so the gazetteer knows them.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import regex

# Old-style tone placement on the second vowel of an open "oa", "oe", "uy"
# syllable; the new style puts it on the first vowel. "qu" + "y" is left
# alone: there the u belongs to the consonant.
_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ",
}
_TONED_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}


def _tone_table() -> dict[str, str]:
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in range(5):
            for f_case in (first, first.upper()):
                for s_case in (second, second.upper()):
                    old_second = _TONED[second][tone]
                    old_second = old_second.upper() if s_case.isupper() else old_second
                    new_first = _TONED_FIRST[first][tone]
                    new_first = new_first.upper() if f_case.isupper() else new_first
                    table[f_case + old_second] = new_first + s_case
    return table


_OLD_TONES = _tone_table()
_OLD_TONE_RE = regex.compile(r"(?<![qQ])(" + "|".join(_OLD_TONES) + r")(?!\p{L})")

_SPACES = {ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"}
_WIDE_SPACE = regex.compile("[" + "".join(chr(c) for c in _SPACES) + "]")

# Everything that changes the length of the text, in one linear scan.
_EDITS_RE = regex.compile(
    # marks only: the base letter before them is taken in by normalize(),
    # so the scan does not stop at every letter
    r"(?P<combining>\p{M}+)"
    r"|(?P<invisible>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
    # "Y êu cầu": a lone capital consonant, then a lower-case piece that
    # starts with a vowel; a real one-letter word ("A và B") is followed
    # by a consonant and is left alone.
    r"|(?<![\p{L}\p{N}])(?P<split>[BCDĐGHKLMNPQRSTVXY]) (?=[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]\p{Ll}*)"
    r"|(?P<glued>(?<=\d)(?:điểm|bậc)\b)"
    # "QuangNinh", "to75.3 points", "top10", "ofPCI", "2017reached": words a page ran together (two
    # lower-case letters, then a capital that starts a word or an acronym, or a number; a year, then a word)
    r"|(?P<joined>(?<=\p{Ll}\p{Ll})(?:\p{Lu}(?=\p{Ll}|\p{Lu}{1,5}(?![\p{L}\d]))|\d))"
    # (the year is matched, not looked behind at: the scan stops at digits, not at every letter)
    r"|(?P<year_joined>(?<![\d.,/])(?:19|20)\d\d(?=\p{Ll}{3}))"
    r"|(?<![\p{L}\p{N}])(?P<initials>BR\s?[-–]\s?VT|BRVT|TT\s?[-–.]\s?Huế|TTHuế)(?![\p{L}\p{N}])"
)
# "giảm khá sâu (8, 12%)" (alone in its brackets), "với 80, 48 điểm" (after "với", "đạt"): a decimal
# comma with a stray space; the digits come first, so the scan only stops at digits, and it is
# looked for only in texts with a digit, a comma, a space and a digit (most have none)
_EDITS_WITH_STRAY_RE = regex.compile(
    _EDITS_RE.pattern
    + r"|(?P<stray>\d{1,2}, (?=\d{1,3}\s?%\s?\))(?<=\(\s?\d{1,2}, )"
    r"|\d\d, (?=\d{1,2}\s?(?:điểm|%))(?<=\b(?:với|đạt) \d\d, )(?<!lần lượt (?:với|đạt) \d\d, ))"
)
_STRAY_HINT = re.compile(r"\d, \d")
_INITIALS = {"BR": "Bà Rịa - Vũng Tàu", "TT": "Thừa Thiên Huế"}


@dataclass(frozen=True)
class _Edit:
    new_start: int
    new_end: int
    old_start: int
    old_end: int


class OffsetMap:
    """Maps positions in the normalized text back to the text as read."""

    def __init__(self, edits: list[_Edit]):
        self._edits = edits
        self._starts = [e.new_start for e in edits]

    def to_source(self, position: int, *, end: bool = False) -> int:
        """The source position of a normalized position.

        A start inside a replaced piece maps to the piece's source start and
        an end inside it to the piece's source end, so a span never cuts a
        source character in two.
        """
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return position
        edit = self._edits[i]
        if position >= edit.new_end:
            if end and position == edit.new_end == edit.new_start:
                return edit.old_start  # an end just before dropped characters
            return position - edit.new_end + edit.old_end
        if position == edit.new_start or not end:
            return edit.old_start
        return edit.old_end

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start), self.to_source(end, end=True)


@dataclass(frozen=True)
class NormalizedText:
    text: str
    source: str
    offsets: OffsetMap

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)


def _replacement(match: regex.Match) -> str:
    kind = match.lastgroup
    if kind == "invisible":
        return ""
    if kind == "stray":
        return match.group().replace(" ", "")
    if kind == "split":
        return match.group("split")
    if kind == "initials":
        return _INITIALS[match.group()[:2]]
    if kind == "year_joined":
        return match.group() + " "  # "2017reached": the year, then the missing space
    return " " + match.group()  # glued, joined: the missing space, then what follows


def normalize(source: str) -> NormalizedText:
    """Normalize `source`, keeping the way back to it."""
    pieces: list[str] = []
    edits: list[_Edit] = []
    cursor = 0
    new_length = 0
    scan = _EDITS_WITH_STRAY_RE if _STRAY_HINT.search(source) else _EDITS_RE
    for match in scan.finditer(source):
        start, end = match.span()
        if match.lastgroup == "combining":
            if start > cursor:
                start -= 1  # the base letter the marks sit on
            replacement = unicodedata.normalize("NFC", source[start:end])
        else:
            replacement = _replacement(match)
        if replacement == source[start:end]:
            continue
        pieces.append(source[cursor:start])
        new_length += start - cursor
        edits.append(_Edit(new_length, new_length + len(replacement), start, end))
        pieces.append(replacement)
        new_length += len(replacement)
        cursor = end
    if edits:
        pieces.append(source[cursor:])
        text = "".join(pieces)
    else:
        text = source
    # The rest keeps the length: offsets need no new edits.
    if _WIDE_SPACE.search(text):
        text = text.translate(_SPACES)
    text = _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group()], text)
    return NormalizedText(text=text, source=source, offsets=OffsetMap(edits))


def without_marks(text: str) -> str:
    """Text with Vietnamese tone and vowel marks taken off and đ written d; case and spacing kept
    (a pattern stays a pattern: its syntax is ASCII)."""
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Case, accents and đ folded away: for comparing names, not for matching text."""
    return " ".join(without_marks(text).split()).casefold()
