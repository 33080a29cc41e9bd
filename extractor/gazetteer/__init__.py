"""Every Vietnamese province, district and commune with its GSO code, before
and after the 2025 reorganization, and the matching of their names in text.

    gazetteer = load_gazetteer()
    gazetteer.lookup("Núi Thành", level="huyện")       # [Locality(code="517", ...)]
    mentions = gazetteer.find_mentions(text)
    for resolved in gazetteer.resolve(mentions, era=era_for_year(year)):
        ...
"""
from __future__ import annotations

from functools import cache

from .gazetteer import Gazetteer
from .localities import ERA_2025, ERAS, LEGACY, Locality, LocalityMention, ResolvedMention, era_for_year
from .store import load_named_units, load_prepared

__all__ = [
    "ERA_2025",
    "ERAS",
    "LEGACY",
    "Gazetteer",
    "Locality",
    "LocalityMention",
    "ResolvedMention",
    "era_for_year",
    "load_gazetteer",
]


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: from the prepared index in the cache folder, built there once."""
    return load_prepared(lambda: Gazetteer(load_named_units()), Gazetteer)
