"""Choosing one unit per mention from what the rest of the document names.

A name shared by several units ("huyện Châu Thành" in ten provinces, "xã
Phú Cường" in nine) is settled only by evidence in the same document: a
province named there, a district named there that contains the commune, or
a commune named there that lies in the district. What stays ambiguous
resolves to None; a guess would put a score on the wrong locality.
"""
from __future__ import annotations

from .levels import COMMUNE_LEVELS, DISTRICT_LEVELS
from .localities import Locality, LocalityMention, ResolvedMention


def resolve_mentions(
    mentions: list[LocalityMention], candidates: list[tuple[Locality, ...]]
) -> list[ResolvedMention]:
    chosen: list[Locality | None] = [c[0] if len(c) == 1 else None for c in candidates]
    # Each unit settled can settle others (a district settles its communes,
    # which may settle a province's other districts), so repeat until stable.
    changed = True
    while changed:
        changed = False
        provinces = {unit.province_code for unit in chosen if unit is not None}
        districts = {_district_of(unit) for unit in chosen if unit is not None} - {None}
        districts_of_named_communes = {
            unit.district_code
            for options in candidates
            for unit in options
            if unit.level in COMMUNE_LEVELS and unit.district_code is not None
        }
        for i, options in enumerate(candidates):
            if chosen[i] is not None or len(options) < 2:
                continue
            narrowed = _narrow(options, provinces, districts, districts_of_named_communes)
            if len(narrowed) == 1:
                chosen[i] = narrowed[0]
                changed = True
    return [ResolvedMention(m, unit, options) for m, unit, options in zip(mentions, chosen, candidates)]


def _narrow(
    options: tuple[Locality, ...],
    provinces: set[str],
    districts: set[str],
    districts_of_named_communes: set[str],
) -> list[Locality]:
    """The options best supported by the document; none when nothing supports any.

    Lying in (or being) a settled district counts double: it is more specific
    than a province, so "xã Phú Cường, huyện Tân Lạc" settles the commune even
    when the article also names Hà Nội, which has two communes of that name.
    Holding an unsettled commune's candidate counts once, like a province.
    """
    scores = []
    for unit in options:
        score = 2 if _district_of(unit) in districts else 0
        if unit.level in DISTRICT_LEVELS and unit.code in districts_of_named_communes:
            score += 1
        if unit.province_code in provinces:
            score += 1
        scores.append(score)
    best = max(scores)
    if best == 0:
        return []
    return [unit for unit, score in zip(options, scores) if score == best]


def _district_of(unit: Locality) -> str | None:
    if unit.level in DISTRICT_LEVELS:
        return unit.code
    return unit.district_code
