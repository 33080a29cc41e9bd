"""Districts assessed in 2019-2024 that the unit list shipped with
vietnamadminunits no longer holds, looked up by code and by name.

The table itself is in `extractor.gazetteer.source`, where the gazetteer
reads it too: a result for 2022 of huyện Đông Sơn is still a result of unit
405 when it is extracted and when it is added to a dataset.
"""
from __future__ import annotations

from functools import cache

from ..gazetteer.folding import fold_name
from ..gazetteer.source import FORMER_DISTRICTS, FormerUnit

__all__ = ["FORMER_DISTRICTS", "FormerUnit", "former_by_code", "former_district"]


@cache
def _by_code() -> dict[str, FormerUnit]:
    return {unit.code: unit for unit in FORMER_DISTRICTS}


@cache
def _by_name() -> dict[str, tuple[FormerUnit, ...]]:
    table: dict[str, list[FormerUnit]] = {}
    for unit in FORMER_DISTRICTS:
        table.setdefault(fold_name(unit.name), []).append(unit)
    return {key: tuple(units) for key, units in table.items()}


def former_by_code(code: str) -> FormerUnit | None:
    return _by_code().get(code)


def former_district(name: str, province_code: str | None, level: str | None) -> FormerUnit | None:
    """The one former district of that name (in that province, at that level), if exactly one."""
    found = [
        unit for unit in _by_name().get(fold_name(name), ())
        if (province_code is None or unit.province_code == province_code)
        and (level is None or unit.level == level)
    ]
    return found[0] if len(found) == 1 else None
