"""Finding where a text names a locality.

Two kinds of place: a level word followed by a capitalized name ("huyện Núi
Thành", "TP.HCM", "các huyện Tân Lạc, Lạc Sơn và Mai Châu"), found here, and
a bare province name standing on its own ("Khánh Hòa: Ban hành ..."), found
by bare_provinces. Bare district and commune names are not looked for: too
many are ordinary words.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import regex

from .bare_provinces import BareProvinceFinder
from .folding import fold_syllable
from .levels import levels_for_word
from .localities import LocalityMention
from .patterns import DASH, NOT_WORD_AFTER, SPACE, TOKEN, UPPER, alternatives, casings, is_word_char

# Between syllables of a name after a level word: spaces, a dash, or one
# line break (text extracted from PDFs wraps lines inside names).
_NAME_GAP = rf"(?:{SPACE}*{DASH}{SPACE}*|{SPACE}*\r?\n{SPACE}*|{SPACE}+)"

# Level words are searched for as case-sensitive literals in the casings
# texts use: several times faster than a case-insensitive search.
_LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
_ABBREVIATIONS = ("T.P", "TP", "Tp", "TX")
# One group of plain alternatives first: the `re` module skips through the
# text fast only while a pattern starts that simply, so what may follow each
# kind of level word is checked afterwards.
_LEVEL_WORD_RE = re.compile(
    rf"(?P<level>{alternatives({c for w in _LEVEL_WORDS for c in casings(w)} | set(_ABBREVIATIONS))})"
    rf"(?P<dot>\.)?{SPACE}*(?:(?P<colon>:){SPACE}*)?(?:\r?\n{SPACE}*)?(?=[{UPPER}\d])"
)
# Words before a level word that make it plural, so that names listed after
# it all take that level ("các huyện Tân Lạc, Lạc Sơn và Mai Châu").
_PLURAL_BEFORE_RE = re.compile(
    rf"(?<![^\W_])(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{{1,2}}){SPACE}+$", re.IGNORECASE
)
_PLURAL_LOOKBACK = 12
# Level words listed before the last one ("các huyện, thành phố: Yên Lạc, Tam Đảo"): the names
# after them take whichever of those levels they have.
_COMPOUND_BEFORE_RE = re.compile(
    rf"(?<![^\W_])(?P<words>(?:(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn),{SPACE}*)+)$", re.IGNORECASE
)
_LIST_SEPARATOR_RE = re.compile(rf"{SPACE}*(?:[,;]{SPACE}*(?:(?:và|hoặc){SPACE}+)?|(?:và|hoặc){SPACE}+)")


class MentionFinder:
    def __init__(
        self,
        name_levels: dict[str, frozenset[str]],
        province_names: Iterable[str],
        abbreviations: Collection[str],
    ):
        """`name_levels`: every folded name to the levels it names, in any era.

        `province_names`: province names as written in the data, matched bare.
        `abbreviations`: names written in capitals right after "TP" ("HCM").
        """
        self._name_levels = name_levels
        max_syllables = max(k.count(" ") + 1 for k in name_levels)
        self._name_re = regex.compile(rf"(?P<t>{TOKEN})(?:{_NAME_GAP}(?P<t>{TOKEN})){{0,{max_syllables - 1}}}")
        self._glued_abbreviation_re = (
            re.compile(rf"(?:{alternatives(abbreviations)}){NOT_WORD_AFTER}") if abbreviations else None
        )
        self._bare_provinces = BareProvinceFinder(province_names)

    def find(self, text: str) -> list[LocalityMention]:
        found = self._after_level_words(text)
        if found:
            covered = iter(found)
            current = next(covered)
            for bare in self._bare_provinces.find(text):
                # A province name inside a level-word mention ("thành phố
                # Hòa Bình") is not also a bare mention.
                while current is not None and current.end <= bare.start:
                    current = next(covered, None)
                if current is None or current.start >= bare.end:
                    found.append(bare)
            found.sort(key=lambda m: m.start)
            return found
        return self._bare_provinces.find(text)

    def _after_level_words(self, text: str) -> list[LocalityMention]:
        found: list[LocalityMention] = []
        covered_to = 0
        for match in _LEVEL_WORD_RE.finditer(text):
            start = match.start()
            if start < covered_to or (start > 0 and is_word_char(text[start - 1])):
                continue
            if not self._level_word_ends(text, match):
                continue
            level_word = match.group("level")
            wanted = levels_for_word(level_word)
            name_pos = match.end()
            compound = _COMPOUND_BEFORE_RE.search(text, max(0, start - 30), start)
            if compound:
                level_word = f"{' '.join(compound['words'].split())} {level_word}"
                wanted = levels_for_word(level_word)
            name_end = self._name_end(text, name_pos, wanted, exact_level=False)
            if name_end is None:
                continue
            found.append(LocalityMention(start, name_end, level_word, text[name_pos:name_end], name_pos))
            covered_to = name_end
            if match.group("colon") or _PLURAL_BEFORE_RE.search(text, max(0, start - _PLURAL_LOOKBACK), start):
                covered_to = self._listed_names(text, name_end, level_word, wanted, found)
        return found

    def _level_word_ends(self, text: str, match: re.Match) -> bool:
        """Whether the level word stands as a word of its own before the name."""
        level_end = match.end("level")
        if match.group("level") in _ABBREVIATIONS:
            # "TP" and "TX" abbreviate only before a dot or a space, or glued
            # to a capital abbreviation ("TPHCM"); "TPBank" is no city.
            return (
                match.group("dot") is not None
                or match.end() > level_end
                or (self._glued_abbreviation_re is not None
                    and self._glued_abbreviation_re.match(text, level_end) is not None)
            )
        return match.group("dot") is None and match.end() > level_end

    def _listed_names(self, text: str, pos: int, level_word: str, wanted: frozenset[str],
                      found: list[LocalityMention]) -> int:
        """Names listed after the first one, all of the list's level."""
        while True:
            separator = _LIST_SEPARATOR_RE.match(text, pos)
            if separator is None:
                return pos
            name_pos = separator.end()
            if name_pos >= len(text) or not (text[name_pos].isupper() or text[name_pos].isdigit()):
                return pos
            name_end = self._name_end(text, name_pos, wanted, exact_level=True)
            if name_end is None:
                return pos
            found.append(LocalityMention(name_pos, name_end, level_word, text[name_pos:name_end], name_pos))
            pos = name_end

    def _name_end(self, text: str, pos: int, wanted: frozenset[str], exact_level: bool) -> int | None:
        """End of the longest known name starting at `pos`.

        A name of the wanted level wins; failing that, the longest name of any
        level, so that a unit named at a level it no longer has ("thành phố
        Ninh Bình") still stops here instead of passing for a province.
        """
        match = self._name_re.match(text, pos)
        if match is None:
            return None
        key = ""
        fallback = None
        best = None
        for token, end in zip(match.captures("t"), match.ends("t")):
            key = f"{key} {fold_syllable(token)}" if key else fold_syllable(token)
            named_levels = self._name_levels.get(key)
            if named_levels is None:
                continue
            if not named_levels.isdisjoint(wanted):
                best = end
            elif not exact_level and not key.isdigit():
                # a number names a unit only at its own level: "quận 7", never "tỉnh 7"
                fallback = end
        if best is not None:
            return best
        return fallback
