"""Pieces of regular expressions shared by the mention finders.

Every pattern built from these is literal alternatives and bounded
repetitions of disjoint character classes, and no two repetitions of spaces
stand side by side (a long run of spaces would be split between them in
every possible way), so matching stays linear even on hostile input.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SPACE = r"[^\S\r\n]"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
DASH = r"[\-\u2010-\u2015]"
# For the `regex` module: a syllable, and one starting with a capital.
TOKEN = r"[\p{L}\p{M}\d]+(?:['\u2019\u02bc][\p{L}\p{M}\d]+)*"
CAPITALIZED_TOKEN = r"\p{Lu}[\p{L}\p{M}\d]*(?:['\u2019\u02bc][\p{L}\p{M}\d]+)*"
NOT_WORD_AFTER = r"(?![^\W_])"
# Upper-case letters of the Latin scripts, for the standard `re` module,
# which has no \p{Lu}.
UPPER = "".join(
    re.escape(chr(c)) for c in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper()
)


def casings(word: str) -> set[str]:
    """The casings texts write a word in: "huyện", "Huyện", "HUYỆN", "Thành Phố"."""
    return {word, word[0].upper() + word[1:], word.title(), word.upper()}


def alternatives(words: Iterable[str]) -> str:
    """Literal alternatives, longest first, any run of spaces inside a word matching its space."""
    longest_first = sorted(set(words), key=len, reverse=True)
    return "|".join(rf"{SPACE}+".join(re.escape(part) for part in w.split(" ")) for w in longest_first)


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.combining(char) != 0
