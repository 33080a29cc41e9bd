"""The values the gazetteer hands out."""
from __future__ import annotations

from dataclasses import dataclass

LEGACY = "legacy"  # units in force before 1 July 2025
ERA_2025 = "2025"  # units after the 2025 reorganization (no district tier)
ERAS = (LEGACY, ERA_2025)


def era_for_year(year: int | None, reorganized_from: int = 2025) -> str:
    """The era whose units a result for `year` is about; unknown years count as legacy.

    `reorganized_from`: the first year a text speaks of the units after the 2025 reorganization
    (2024 where it ranks the year 2024 among the 34 provinces: the merged Lào Cai, not the old one)."""
    if year is not None and year >= reorganized_from:
        return ERA_2025
    return LEGACY


@dataclass(frozen=True)
class Locality:
    code: str  # GSO code with leading zeros: 2 digits province, 3 district, 5 commune
    name: str  # official name without its level word
    level: str  # one of levels.ALL_LEVELS
    province: str
    province_code: str
    district_code: str | None  # set for communes of the legacy era only
    era: str


@dataclass(frozen=True)
class LocalityMention:
    """A place in a text where a locality is named.

    `level_word` is the level word as written ("huyện", "TP"), or None for a
    bare province name. For a name in a list after one level word ("các huyện
    Tân Lạc, Lạc Sơn") the mention spans the name alone and `level_word` is
    the list's.
    """

    start: int
    end: int
    level_word: str | None
    name: str
    name_start: int


@dataclass(frozen=True)
class ResolvedMention:
    mention: LocalityMention
    locality: Locality | None  # None when unknown or still ambiguous
    candidates: tuple[Locality, ...]
