"""Administrative levels and the words that name them in text."""
from __future__ import annotations

import re
from functools import lru_cache

PROVINCE = "tỉnh"
CENTRAL_CITY = "thành phố"
URBAN_DISTRICT = "quận"
RURAL_DISTRICT = "huyện"
TOWN = "thị xã"
PROVINCIAL_CITY = "thành phố thuộc tỉnh"
COMMUNE = "xã"
WARD = "phường"
TOWNLET = "thị trấn"
# Island communes created by the 2025 reorganization (Phú Quốc, Côn Đảo, ...).
SPECIAL_ZONE = "đặc khu"

PROVINCE_LEVELS = frozenset({PROVINCE, CENTRAL_CITY})
DISTRICT_LEVELS = frozenset({URBAN_DISTRICT, RURAL_DISTRICT, TOWN, PROVINCIAL_CITY})
COMMUNE_LEVELS = frozenset({COMMUNE, WARD, TOWNLET, SPECIAL_ZONE})
ALL_LEVELS = PROVINCE_LEVELS | DISTRICT_LEVELS | COMMUNE_LEVELS

# A level word as written, lower-cased with dots and extra spaces removed,
# to the levels it can name. "thành phố" alone does not say whether the city
# is a province or lies inside one.
_WORD_LEVELS = {
    "tỉnh": frozenset({PROVINCE}),
    "thành phố": frozenset({CENTRAL_CITY, PROVINCIAL_CITY}),
    "tp": frozenset({CENTRAL_CITY, PROVINCIAL_CITY}),
    "huyện": frozenset({RURAL_DISTRICT}),
    "quận": frozenset({URBAN_DISTRICT}),
    "thị xã": frozenset({TOWN}),
    "tx": frozenset({TOWN}),
    "xã": frozenset({COMMUNE}),
    "phường": frozenset({WARD}),
    "thị trấn": frozenset({TOWNLET}),
    "đặc khu": frozenset({SPECIAL_ZONE}),
}
_WORD_LEVELS.update({level: frozenset({level}) for level in ALL_LEVELS if level not in _WORD_LEVELS})

_NOT_LETTERS = re.compile(r"[\s.]+")

# The levels a district may be raised to, keeping its code: a rural district becomes a town, an urban
# district or a city; a town becomes a city.
_RAISED = {RURAL_DISTRICT: frozenset({TOWN, URBAN_DISTRICT, PROVINCIAL_CITY}), TOWN: frozenset({PROVINCIAL_CITY})}


def raised_from(wanted: frozenset[str]) -> frozenset[str]:
    """The levels the districts of the `wanted` levels may have been raised to since."""
    return frozenset().union(*(_RAISED.get(level, frozenset()) for level in wanted))


@lru_cache(maxsize=256)
def levels_for_word(word: str | None) -> frozenset[str] | None:
    """The levels a level word can name; None for no word (any level).

    Raises ValueError for a word that names no level, so that a typo in a
    caller does not silently widen a search to every level.
    """
    if word is None:
        return None
    if "," in word:  # "huyện, thành phố" before a list: the levels of each
        return frozenset().union(*(levels_for_word(part) for part in word.split(",") if part.strip()))
    key = _NOT_LETTERS.sub(" ", word.lower()).strip()
    levels = _WORD_LEVELS.get(key) or _WORD_LEVELS.get(key.replace(" ", ""))
    if levels is None:
        raise ValueError(f"not an administrative level word: {word!r}")
    return levels


# The type word that starts an official full name ("Huyện Núi Thành") to the
# level it stands for, by tier of the unit.
PROVINCE_TYPE_WORDS = {"tỉnh": PROVINCE, "thành phố": CENTRAL_CITY}
DISTRICT_TYPE_WORDS = {
    "huyện": RURAL_DISTRICT,
    "quận": URBAN_DISTRICT,
    "thị xã": TOWN,
    "thành phố": PROVINCIAL_CITY,
}
COMMUNE_TYPE_WORDS = {
    "xã": COMMUNE,
    "phường": WARD,
    "thị trấn": TOWNLET,
    "đặc khu": SPECIAL_ZONE,
}
