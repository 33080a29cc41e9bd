"""Districts assessed in 2019-2024 that the unit list shipped with
vietnamadminunits no longer holds.

vietnamadminunits lists the units in force just before 1 July 2025. The
districts below were in the General Statistics Office list of 2019/2020 and
were merged into a neighbour before that date (most in the 2023-2025
round, huyện Đông Sơn into Thanh Hóa city for one; Quận 9 and Quận Thủ Đức
with Quận 2 into Thành phố Thủ Đức, which kept Quận 2's code 769). Each keeps the GSO code it had while it existed, so a
result for 2022 of huyện Đông Sơn is still a result of unit 405.

Taken from the GSO list as the vietnam-provinces package shipped it
(release 0.2) compared with vietnamadminunits' legacy table: every district
code in the first that is missing from the second. Not here: Hoành Bồ
(Quảng Ninh) and Kỳ Sơn (Hòa Bình), merged at the start of 2020 and already
gone from that list, and every commune merged between 2019 and 2025.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer.folding import fold_name


@dataclass(frozen=True)
class FormerUnit:
    code: str
    name: str  # official name without its level word
    level: str
    province: str
    province_code: str


FORMER_DISTRICTS: tuple[FormerUnit, ...] = (
    FormerUnit("044", "Thông Nông", "huyện", "Cao Bằng", "04"),
    FormerUnit("046", "Trà Lĩnh", "huyện", "Cao Bằng", "04"),
    FormerUnit("050", "Phục Hòa", "huyện", "Cao Bằng", "04"),
    FormerUnit("221", "Yên Dũng", "huyện", "Bắc Giang", "24"),
    FormerUnit("358", "Mỹ Lộc", "huyện", "Nam Định", "36"),
    FormerUnit("369", "Ninh Bình", "thành phố thuộc tỉnh", "Ninh Bình", "37"),
    FormerUnit("405", "Đông Sơn", "huyện", "Thanh Hóa", "38"),
    FormerUnit("413", "Cửa Lò", "thị xã", "Nghệ An", "40"),
    FormerUnit("448", "Lộc Hà", "huyện", "Hà Tĩnh", "42"),
    FormerUnit("483", "Nam Đông", "huyện", "Thừa Thiên Huế", "46"),
    FormerUnit("519", "Nông Sơn", "huyện", "Quảng Nam", "49"),
    FormerUnit("526", "Tây Trà", "huyện", "Quảng Ngãi", "51"),
    FormerUnit("681", "Đạ Huoai", "huyện", "Lâm Đồng", "68"),
    FormerUnit("683", "Cát Tiên", "huyện", "Lâm Đồng", "68"),
    FormerUnit("752", "Long Điền", "huyện", "Bà Rịa - Vũng Tàu", "77"),
    FormerUnit("762", "Thủ Đức", "quận", "Hồ Chí Minh", "79"),
    FormerUnit("763", "9", "quận", "Hồ Chí Minh", "79"),
)


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
