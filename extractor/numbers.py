"""Vietnamese numbers: decimal commas, thousands dots, and the odd decimal dot."""
from __future__ import annotations

import re

import regex

# One number as Vietnamese texts write it. Thousands groups come first so
# that "1.234.567" is read whole; "87,93" and "35.24" fall to the second form.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
NUMBER_RE = regex.compile(NUMBER)

_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")

_ORDINALS = {
    "nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}


def parse_number(text: str, *, score: bool = False) -> float | None:
    """Read one number: "87,93" → 87.93, "1.234.567" → 1234567, "35.24" → 35.24.

    A dot followed by exactly three digits is a thousands group unless the
    number is a score (`score=True`) that would then exceed 1,000: no index
    is scored that high, so "87.930" there can only be a decimal.
    """
    text = text.strip()
    if not text or not NUMBER_RE.fullmatch(text):
        return None
    if _THOUSANDS.fullmatch(text) and not text.startswith("0"):  # "0.735" is no thousands group
        whole, _, fraction = text.partition(",")
        value = float(whole.replace(".", "") + ("." + fraction if fraction else ""))
        if not (score and value >= 1000 and "," not in text and text.count(".") == 1):
            return value
        return float(text)
    return float(text.replace(",", "."))


_ENGLISH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    # cardinals a group's size is written with ("the top four includes", "top twenty")
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
_SUFFIXED = re.compile(r"(\d+)(?:st|nd|rd|th)")
# "sixteenth", "forty-first", "sixty-second": tens written out before an ordinal word
_TEENS = {"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
          "eighteenth": 18, "nineteenth": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}


def parse_int(text: str) -> int | None:
    """A whole number, a zero-padded one ("04"), an ordinal word ("nhất", "ba", "second")
    or an English ordinal ("2nd")."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    suffixed = _SUFFIXED.fullmatch(text)
    if suffixed:
        return int(suffixed.group(1))
    found = _ORDINALS.get(text) or _ENGLISH_ORDINALS.get(text) or _TEENS.get(text) or _TENTHS.get(text)
    if found is None and "-" in text:
        tens, _, unit = text.partition("-")
        if tens in _TENS and unit in _ENGLISH_ORDINALS and _ENGLISH_ORDINALS[unit] < 10:
            found = _TENS[tens] + _ENGLISH_ORDINALS[unit]
    return found
