"""Province names written without a level word ("Khánh Hòa: Ban hành ...").

A province name right after or before another capitalized word is part of a
longer name ("Nguyễn Thị Hà Nam", "Báo Khánh Hòa") and is left alone, except
after the first word of a sentence ("Tại Quảng Nam"), next to abbreviations
("UBND Quảng Nam") or across a dash ("Quảng Nam - Đà Nẵng").

One expression of the first syllables of all province names, in every
casing and tone-mark placement, skips the text to the few places worth a
look; the rest of the name is read from there.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import regex

from .folding import TONE_MARKS, fold_name, fold_syllable
from .localities import LocalityMention
from .patterns import CAPITALIZED_TOKEN, DASH, DASHES, NOT_WORD_AFTER, SPACE, alternatives, casings, is_word_char

# Between syllables of a bare province name a line break ends the name:
# headings ("Khánh Hòa\nBan hành ...") stand on lines of their own.
_GAP = rf"(?:{SPACE}*{DASH}{SPACE}*|{SPACE}+)"
# After these a capital may just start a sentence or a heading. A semicolon
# is not among them: the clause after it starts in lower case, so a capital
# there begins a name ("; Báo Khánh Hòa").
_SENTENCE_END = frozenset(".!?:…\n\r•*" + DASHES)
_BEFORE_SENTENCE_START = frozenset(" \t\u00a0\"'“”‘’([«")
_APOSTROPHES = "'\u2019\u02bc"


class BareProvinceFinder:
    def __init__(self, province_names: Iterable[str]):
        """`province_names`: official and former names as written in the data."""
        province_names = set(province_names)
        self._keys = frozenset(map(fold_name, province_names))
        longest = max(k.count(" ") + 1 for k in self._keys)
        first_syllables = {
            variant
            for name in province_names
            for variant in _tone_placements(re.split(rf"(?:\s|{DASH})+", name)[0])
        }
        self._start_re = re.compile(
            rf"(?:{alternatives(c for s in first_syllables for c in casings(s))}){NOT_WORD_AFTER}"
        )
        # One syllable more than the longest name, to see what follows it.
        self._run_re = regex.compile(rf"(?P<t>{CAPITALIZED_TOKEN})(?:{_GAP}(?P<t>{CAPITALIZED_TOKEN})){{0,{longest}}}")

    def find(self, text: str) -> list[LocalityMention]:
        found: list[LocalityMention] = []
        pos = 0
        while True:
            start_match = self._start_re.search(text, pos)
            if start_match is None:
                return found
            start = start_match.start()
            pos = start_match.end()
            if (start > 0 and is_word_char(text[start - 1])) or not _apart_from_previous(text, start):
                continue
            name_end = self._name_end(text, start)
            if name_end is not None:
                found.append(LocalityMention(start, name_end, None, text[start:name_end], start))
                pos = name_end

    def _name_end(self, text: str, start: int) -> int | None:
        """End of the longest province name at `start` not running on into another name."""
        run = self._run_re.match(text, start)
        tokens, starts, ends = run.captures("t"), run.starts("t"), run.ends("t")
        key = ""
        name_end = None
        for i, token in enumerate(tokens):
            key = f"{key} {fold_syllable(token)}" if key else fold_syllable(token)
            if key in self._keys and (
                i + 1 == len(tokens) or _apart(text, token, ends[i], tokens[i + 1], starts[i + 1])
            ):
                name_end = ends[i]
        return name_end


def _tone_placements(syllable: str) -> set[str]:
    """A syllable with its tone mark on each of its vowels in turn ("Hòa", "Hoà")."""
    chars = unicodedata.normalize("NFD", syllable)
    tones = [c for c in chars if c in TONE_MARKS]
    if not tones:
        return {syllable}
    bare = "".join(c for c in chars if c not in TONE_MARKS)
    variants = set()
    for i, char in enumerate(bare):
        if char.lower() in "aeiouy":
            after_marks = i + 1
            while after_marks < len(bare) and unicodedata.combining(bare[after_marks]):
                after_marks += 1
            variants.add(unicodedata.normalize("NFC", bare[:after_marks] + tones[0] + bare[after_marks:]))
    return variants


def _is_abbreviation(token: str) -> bool:
    return len(token) > 1 and token.isupper()


def _apart(text: str, before: str, before_end: int, after: str, after_start: int) -> bool:
    """Whether two neighbouring capitalized words belong to separate names."""
    if _is_abbreviation(before) or _is_abbreviation(after):
        return True
    return any(c in _SENTENCE_END for c in text[before_end:after_start])


def _apart_from_previous(text: str, start: int) -> bool:
    """Whether the word before `start` leaves the name starting there standing apart."""
    end = start
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == 0 or not is_word_char(text[end - 1]):
        # Punctuation, a dash or a line break before the name.
        return True
    begin = end
    while begin > 0 and (is_word_char(text[begin - 1]) or text[begin - 1] in _APOSTROPHES):
        begin -= 1
    previous = text[begin:end]
    if not previous[0].isupper() or _is_abbreviation(previous):
        return True
    return _starts_sentence(text, begin)


def _starts_sentence(text: str, pos: int) -> bool:
    pos -= 1
    while pos >= 0 and text[pos] in _BEFORE_SENTENCE_START:
        pos -= 1
    return pos < 0 or text[pos] in _SENTENCE_END
