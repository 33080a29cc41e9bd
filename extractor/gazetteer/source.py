"""Reading the units and their names from the vietnamadminunits data files.

The package's sqlite database holds one row per commune: table
`admin_units_legacy` for the units in force before 1 July 2025 (63
provinces, districts, communes), table `admin_units` for the units after the
reorganization (34 provinces, communes, no district tier). Only its data is
used; its fuzzy address parser folds accents away and so confuses names such
as "Phú Cường" and "Phù Cừ".
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from . import levels
from .localities import ERA_2025, LEGACY, Locality

PACKAGE = "vietnamadminunits"

# Kinds of name a unit is known by; only official and former names may be
# matched in text without a level word before them.
OFFICIAL = "official"
FORMER = "former"
ABBREVIATION = "abbreviation"
WITH_LEVEL_WORD = "with level word"
SPELLING = "spelling"
FORMER_COMMUNES = "former_communes.tsv"

# Province renames the package data does not record, keyed by code, with the
# current name they lead to as a check that the code still means that unit.
# Thừa Thiên Huế province became the centrally governed city of Huế on
# 1 January 2025 (Resolution 1314/NQ-UBTVQH15), keeping code 46; reports on
# earlier years name the province.
FORMER_PROVINCE_NAMES = {"46": ("Huế", "Thừa Thiên Huế", levels.PROVINCE)}

# The unaccented prefixes the package uses in its alias keys, to the level
# they name. An alias that is such a prefix plus the unit's own name records
# a former level of the same unit ("huyenquevo" for today's Thị xã Quế Võ).
_ALIAS_PREFIX_LEVELS = {
    "huyen": levels.RURAL_DISTRICT,
    "quan": levels.URBAN_DISTRICT,
    "thixa": levels.TOWN,
    "tx": levels.TOWN,
    "thanhpho": levels.PROVINCIAL_CITY,
    "tp": levels.PROVINCIAL_CITY,
    "xa": levels.COMMUNE,
    "phuong": levels.WARD,
    "thitran": levels.TOWNLET,
    "tt": levels.TOWNLET,
}


@dataclass(frozen=True)
class NamedUnit:
    """A unit and one name it is known by, at the level that name carries."""

    locality: Locality
    name: str
    level: str
    kind: str

# Districts assessed in 2019-2024 that the unit list shipped with
# vietnamadminunits no longer holds. That list holds the units in force just
# before 1 July 2025; the districts below were in the General Statistics Office
# list of 2019/2020 and were merged into a neighbour before that date (most in
# the 2023-2025 round, huyện Đông Sơn into Thanh Hóa city for one; Quận 9 and
# Quận Thủ Đức with Quận 2 into Thành phố Thủ Đức, which kept Quận 2's code
# 769). Each keeps the GSO code it had while it existed. Taken from the GSO
# list as the vietnam-provinces package shipped it (release 0.2) compared with
# vietnamadminunits' legacy table: every district code in the first that is
# missing from the second. Not here: Hoành Bồ (Quảng Ninh) and Kỳ Sơn (Hòa
# Bình), merged at the start of 2020 and already gone from that list, and every
# commune merged between 2019 and 2025.


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
    FormerUnit("204", "Hoành Bồ", "huyện", "Quảng Ninh", "22"),  # merged into Hạ Long in 2019
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


def package_version() -> str:
    return metadata.version(PACKAGE)


def database_path() -> Path:
    return Path(str(resources.files(PACKAGE) / "data" / "dataset.db"))


def read_units(database: Path | None = None) -> list[NamedUnit]:
    """Every unit of both eras with all the names it can be looked up by."""
    connection = sqlite3.connect(f"file:{database or database_path()}?mode=ro", uri=True)
    try:
        return _legacy_units(connection) + _former_districts() + _former_communes() + _units_2025(connection)
    finally:
        connection.close()


def _legacy_units(connection: sqlite3.Connection) -> list[NamedUnit]:
    named: list[NamedUnit] = []
    seen: set[str] = set()
    rows = connection.execute(
        "SELECT province, provinceCode, provinceAlias, district, districtType, districtCode,"
        " districtAlias, ward, wardType, wardCode, wardAlias FROM admin_units_legacy"
    )
    for (province_full, province_code, province_alias, district_full, district_type,
         district_code, district_alias, ward_full, ward_type, ward_code, ward_alias) in rows:
        province_level, province = split_full_name(province_full, levels.PROVINCE_TYPE_WORDS, None)
        if province_code not in seen:
            seen.add(province_code)
            unit = Locality(province_code, province, province_level, province, province_code, None, LEGACY)
            named += _province_names(unit, province_alias)
        if district_code not in seen:
            seen.add(district_code)
            level, name = split_full_name(district_full, levels.DISTRICT_TYPE_WORDS, district_type)
            unit = Locality(district_code, name, level, province, province_code, None, LEGACY)
            named += _unit_names(unit, district_alias)
        if ward_code is not None and ward_code not in seen:
            seen.add(ward_code)
            level, name = split_full_name(ward_full, levels.COMMUNE_TYPE_WORDS, ward_type)
            unit = Locality(ward_code, name, level, province, province_code, district_code, LEGACY)
            named += _unit_names(unit, ward_alias)
    return named


def _former_districts() -> list[NamedUnit]:
    named: list[NamedUnit] = []
    for former in FORMER_DISTRICTS:
        unit = Locality(former.code, former.name, former.level, former.province, former.province_code, None, LEGACY)
        named += _unit_names(unit, None)
    return named


def _former_communes() -> list[NamedUnit]:
    # Communes and wards of the 2019/2020 list merged before the package's list was
    # drawn; written by scripts/former_communes.py, which says where they come from.
    named: list[NamedUnit] = []
    lines = resources.files(__package__).joinpath(FORMER_COMMUNES).read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        code, name, level, district_code, province, province_code = line.split("\t")
        unit = Locality(code, name, level, province, province_code, district_code, LEGACY)
        named += _unit_names(unit, None)
    return named


def _units_2025(connection: sqlite3.Connection) -> list[NamedUnit]:
    named: list[NamedUnit] = []
    seen: set[str] = set()
    rows = connection.execute(
        "SELECT province, provinceCode, provinceAlias, ward, wardType, wardCode, wardAlias"
        " FROM admin_units"
    )
    for province_full, province_code, province_alias, ward_full, ward_type, ward_code, ward_alias in rows:
        province_level, province = split_full_name(province_full, levels.PROVINCE_TYPE_WORDS, None)
        if province_code not in seen:
            seen.add(province_code)
            unit = Locality(province_code, province, province_level, province, province_code, None, ERA_2025)
            named += _province_names(unit, province_alias)
        if ward_code not in seen:
            seen.add(ward_code)
            level, name = split_full_name(ward_full, levels.COMMUNE_TYPE_WORDS, ward_type)
            unit = Locality(ward_code, name, level, province, province_code, None, ERA_2025)
            named += _unit_names(unit, ward_alias)
    return named


def split_full_name(full: str, type_words: dict[str, str], type_column: str | None) -> tuple[str, str]:
    """Level and bare name of an official full name such as "Thị trấn Chi Lăng".

    The type word inside the full name decides the level: the package's type
    column disagrees with it for a few units (e.g. "Thị trấn Ngọc Lặc" typed
    "Xã") and the full name is the official one.
    """
    lowered = full.lower()
    for word in sorted(type_words, key=len, reverse=True):
        if lowered.startswith(word + " "):
            return type_words[word], full[len(word) + 1:].strip()
    if type_column is not None and type_column.lower() in type_words:
        return type_words[type_column.lower()], full.strip()
    raise ValueError(f"cannot tell the level of {full!r}")


def _province_names(unit: Locality, alias_column: str | None) -> list[NamedUnit]:
    named = [NamedUnit(unit, unit.name, unit.level, OFFICIAL)]
    named += [NamedUnit(unit, spelling, unit.level, SPELLING) for spelling in minority_spellings(unit.name)]
    # Short aliases ("hcm", "hn") are abbreviations written in capitals after
    # "TP"; longer ones are unaccented spellings, which cannot be matched
    # without losing the accents that tell names apart.
    for alias in _aliases(alias_column):
        if len(alias) <= 3:
            named.append(NamedUnit(unit, alias.upper(), unit.level, ABBREVIATION))
    former = FORMER_PROVINCE_NAMES.get(unit.code)
    if former is not None and former[0] == unit.name:
        named.append(NamedUnit(unit, former[1], former[2], FORMER))
    return named


def _unit_names(unit: Locality, alias_column: str | None) -> list[NamedUnit]:
    named = [NamedUnit(unit, unit.name, unit.level, OFFICIAL)]
    if unit.name.isdigit():
        # "Quận 1", "Phường 12": the number alone is rarely how a text names it.
        level_word = _level_word(unit.level)
        named.append(NamedUnit(unit, f"{level_word} {unit.name}", unit.level, WITH_LEVEL_WORD))
    named += [NamedUnit(unit, spelling, unit.level, SPELLING) for spelling in minority_spellings(unit.name)]
    unaccented = _unaccented_key(unit.name)
    for alias in _aliases(alias_column):
        for prefix, level in _ALIAS_PREFIX_LEVELS.items():
            if level != unit.level and alias == prefix + unaccented:
                named.append(NamedUnit(unit, unit.name, level, FORMER))
    return named


# First words of names in the languages of the Central Highlands (Ê Đê, Gia
# Rai, Ba Na, M'Nông ...). Their later syllables are spelled as each writer
# hears them: "Krông A Na" and "Krông Ana", "Krông Pắc" and "Krông Pắk" name
# one district in official lists and in the press alike.
_MINORITY_FIRST_WORDS = frozenset({"krông", "ea", "cư", "chư", "ia", "kon", "đắk", "đăk", "buôn", "kbang", "kông"})


def minority_spellings(name: str) -> list[str]:
    """Other spellings of a Central Highlands name: a final "c" written "k", syllables run
    together, "ắ" written "ă"."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _MINORITY_FIRST_WORDS:
        return []
    rest = words[1:]
    variants = {" ".join([words[0]] + [w[:-1] + "k" if w.endswith("c") else w for w in rest])}
    if len(rest) > 1 and len(rest[0]) == 1:
        # "A Na": a one-letter syllable is written joined to the next.
        variants.add(" ".join([words[0], "".join(rest).capitalize()]))
    if len(words) == 2:
        variants.add(words[0] + words[1])  # "KonTum", "EaKar": the two words run together
    if "ắ" in name:
        variants.add(name.replace("ắ", "ă"))  # "Đăk Nông", "Đăk Lăk": the tone mark left off
    variants.discard(name)
    return sorted(variants)


def _level_word(level: str) -> str:
    return levels.CENTRAL_CITY if level == levels.PROVINCIAL_CITY else level


def _aliases(alias_column: str | None) -> list[str]:
    return json.loads(alias_column) if alias_column else []


def _unaccented_key(name: str) -> str:
    """The package's alias spelling of a name: no accents, no spaces, lower case."""
    decomposed = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
