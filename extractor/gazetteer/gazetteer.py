"""The Gazetteer: dictionary look-ups over folded names and codes."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from . import levels
from .english import EnglishPlaceFinder
from .folding import fold_name
from .localities import ERAS, LEGACY, Locality, LocalityMention, ResolvedMention
from .mentions import MentionFinder
from .resolution import resolve_mentions
from .source import ABBREVIATION, FORMER, OFFICIAL, SPELLING, NamedUnit

_BARE_NAME_KINDS = frozenset({OFFICIAL, FORMER, SPELLING})


class Gazetteer:
    def __init__(self, named_units: Iterable[tuple[str, NamedUnit]]):
        """Index units by folded name; `named_units` pairs each NamedUnit with fold_name(its name)."""
        by_key: dict[str, dict[str, list[tuple[Locality, str]]]] = {era: defaultdict(list) for era in ERAS}
        self._by_code: dict[str, dict[str, Locality]] = {era: {} for era in ERAS}
        name_levels: dict[str, set[str]] = defaultdict(set)
        province_names: set[str] = set()
        abbreviations: set[str] = set()
        indexed: set[tuple[str, str, str, str]] = set()
        for key, named in named_units:
            unit = named.locality
            entry_id = (unit.era, key, unit.code, named.level)
            if entry_id not in indexed:
                indexed.add(entry_id)
                by_key[unit.era][key].append((unit, named.level))
            self._by_code[unit.era].setdefault(unit.code, unit)
            name_levels[key].add(named.level)
            if named.level in levels.PROVINCE_LEVELS:
                if named.kind in _BARE_NAME_KINDS:
                    province_names.add(named.name)
                elif named.kind == ABBREVIATION:
                    abbreviations.add(named.name)
        self._by_key = {era: {k: tuple(v) for k, v in table.items()} for era, table in by_key.items()}
        self._districts: dict[tuple[str, str], tuple[Locality, ...]] = {}
        self._english: EnglishPlaceFinder | None = None
        self._finder = MentionFinder(
            {k: frozenset(v) for k, v in name_levels.items()}, province_names, abbreviations
        )

    def lookup(self, name: str, level: str | None = None, era: str = LEGACY) -> list[Locality]:
        """Units of `era` named `name` (official, former or abbreviated name).

        `level` may be a level word as written in text ("huyện", "TP", "thị xã")
        or a Locality level; None matches every level.
        """
        return self._lookup_key(fold_name(name), levels.levels_for_word(level), era)

    def province(self, name: str, era: str = LEGACY) -> Locality | None:
        """The province or centrally governed city of that name, if exactly one."""
        found = self._lookup_key(fold_name(name), levels.PROVINCE_LEVELS, era)
        return found[0] if len(found) == 1 else None

    def by_code(self, code: str, era: str = LEGACY) -> Locality | None:
        return self._era_table(self._by_code, era).get(code.strip())

    def find_mentions(self, text: str) -> list[LocalityMention]:
        return self._finder.find(text)

    def names_one_place(self, name: str) -> bool:
        """Whether `name`, all of it, is one place's name ("Ba Ria-Vung Tau", "Bà Rịa - Vũng Tàu"; not
        "Contributions Ba Ria-Vung Tau"), as an English text or a Vietnamese one writes it."""
        if name.isascii():
            found = self.find_english_mentions(name, [(0, len(name))])
        else:
            found = self.find_mentions(name)
        return any(m.start == 0 and m.end == len(name) for m in found)

    def find_english_mentions(self, text: str, spans: list[tuple[int, int]]) -> list[LocalityMention]:
        """Places named in the English passages text[s:e] of `spans` ("Quang Ninh province", "HCM City")."""
        if self._english is None:
            self._english = EnglishPlaceFinder(self._by_code)
        return self._english.find(text, spans)

    def districts_of(self, province_code: str, era: str = LEGACY) -> tuple[Locality, ...]:
        """The districts of a province (none in the 2025 era, which has no district tier)."""
        key = (province_code, era)
        if key not in self._districts:
            self._districts[key] = tuple(
                unit for unit in self._era_table(self._by_code, era).values()
                if unit.province_code == province_code and unit.level in levels.DISTRICT_LEVELS
            )
        return self._districts[key]

    def resolve(self, mentions: list[LocalityMention], era: str = LEGACY) -> list[ResolvedMention]:
        """One unit per mention, from the mentions' names and what else the document names."""
        candidates = [self._candidates(m, era) for m in mentions]
        return resolve_mentions(mentions, candidates)

    def _candidates(self, mention: LocalityMention, era: str) -> tuple[Locality, ...]:
        if mention.level_word is None:
            wanted = levels.PROVINCE_LEVELS
        else:
            wanted = levels.levels_for_word(mention.level_word)
        return tuple(self._lookup_key(fold_name(mention.name), wanted, era))

    def _lookup_key(self, key: str, wanted: frozenset[str] | None, era: str) -> list[Locality]:
        found: list[Locality] = []
        named = self._era_table(self._by_key, era).get(key, ())
        for unit, named_level in named:
            if (wanted is None or named_level in wanted) and unit not in found:
                found.append(unit)
        if not found and wanted is not None and wanted <= levels.DISTRICT_LEVELS:
            # "huyện Việt Yên" in a 2022 report of a district made a town in 2024: a district raised to a
            # town or city keeps its code, and texts from before call it by its former level
            raised = levels.raised_from(wanted)
            found = list(dict.fromkeys(unit for unit, named_level in named if named_level in raised))
        return found

    @staticmethod
    def _era_table(tables: dict, era: str) -> dict:
        try:
            return tables[era]
        except KeyError:
            raise ValueError(f"unknown era {era!r}; expected one of {ERAS}") from None
