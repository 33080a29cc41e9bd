"""Which unit a record is about, across documents and years.

A locality is its GSO code; its name is the one in force in the year
assessed (Thừa Thiên Huế before 2025, Huế from then on). A locality named
without a code is looked up among the districts merged away before the
unit list chiso reads (former_units). An agency is its name with its
province ("Sở Giáo dục và Đào tạo" is another unit in every province), a
ministry its name, and a record that names no unit is about the unit its
document is about, so it is keyed by its document.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from ..gazetteer import ERA_2025, LEGACY, era_for_year, load_gazetteer
from ..gazetteer.folding import fold_name
from ..gazetteer.levels import ALL_LEVELS, DISTRICT_LEVELS, PROVINCE
from .former_units import former_by_code, former_district

LOCALITY = "locality"
AGENCY = "agency"
MINISTRY = "ministry"
UNNAMED = "unnamed"
KINDS = (LOCALITY, AGENCY, MINISTRY, UNNAMED)

# Names a code had before a date the unit lists do not record: code -> (name,
# level, first year of the current name). Thừa Thiên Huế province became
# the centrally governed city of Huế on 1 January 2025, keeping code 46.
_EARLIER_NAMES = {"46": ("Thừa Thiên Huế", PROVINCE, 2025)}

# Kinds of source, best first, for settling ties between values.
DECISION = "decision"
PORTAL = "portal"
NEWSPAPER = "newspaper"
SOURCE_KINDS = (DECISION, PORTAL, NEWSPAPER)
_DECISION_SUFFIXES = (".pdf", ".doc", ".docx")


@dataclass(frozen=True)
class Unit:
    key: str
    kind: str
    unit: str | None
    unit_level: str | None
    unit_code: str | None
    province: str | None
    province_code: str | None


def source_kind(source: str | None) -> str:
    """decision (a .pdf/.doc/.docx), portal (a *.gov.vn page) or newspaper (anything else)."""
    if not source:
        return NEWSPAPER
    parsed = urlparse(source)
    path = parsed.path if parsed.scheme in ("http", "https") else source
    if path.lower().endswith(_DECISION_SUFFIXES):
        return DECISION
    host = (parsed.hostname or "") if parsed.scheme in ("http", "https") else ""
    if host == "gov.vn" or host.endswith(".gov.vn"):
        return PORTAL
    return NEWSPAPER


def source_rank(kind: str) -> int:
    """0 for the best kind of source."""
    return SOURCE_KINDS.index(kind)


def fold_agency(name: str) -> str:
    """An agency's name for comparison: case, composition and spacing do not count."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = text.replace("&", " và ")
    text = re.sub(r"\bubnd\b", "ủy ban nhân dân", text)  # "Văn phòng UBND tỉnh" is the same office
    return re.sub(r"\s+", " ", text).strip()


def identify(record: dict) -> Unit:
    """The unit a result or target record is about."""
    name = record.get("unit")
    level = record.get("unit_level")
    code = record.get("unit_code")
    province = record.get("province")
    province_code = record.get("province_code")
    year = record.get("year")
    if name is None and code is None:
        return Unit(f"doc:{record['doc_id']}", UNNAMED, None, level, None, province, province_code)
    if code is None and name is not None and (level in DISTRICT_LEVELS or level is None):
        former = former_district(name, province_code, level)
        if former is not None:
            code = former.code
    if code is not None:
        placed = place(code, year)
        if placed is not None:
            return Unit(f"gso:{code}", LOCALITY, *placed)
        return Unit(f"gso:{code}", LOCALITY, name, level, code, province_in_force(province_code, year) or province,
                    province_code)
    if level in ALL_LEVELS:
        # a locality the unit lists do not know: keyed by its province, level and name
        where = province_code or fold_name(province or "")
        return Unit(f"place:{where}:{level}:{fold_name(name)}", LOCALITY, name, level, None,
                    province_in_force(province_code, year) or province, province_code)
    if level == "bộ":
        return Unit(f"ministry:{fold_agency(name)}", MINISTRY, name, level, None, None, None)
    where = province_code or (fold_name(province) if province else "-")
    return Unit(f"agency:{where}:{fold_agency(name)}", AGENCY, name, level, None,
                province_in_force(province_code, year) or province, province_code)


@lru_cache(maxsize=65536)
def place(code: str, year: int | None) -> tuple[str, str, str, str, str] | None:
    """(name, level, code, province, province code) of a GSO code as in force in `year`."""
    gazetteer = load_gazetteer()
    era = era_for_year(year)
    other = LEGACY if era == ERA_2025 else ERA_2025
    locality = gazetteer.by_code(code, era) or gazetteer.by_code(code, other)
    if locality is not None:
        name, level = _earlier_name(code, year) or (locality.name, locality.level)
        province = province_in_force(locality.province_code, year) or locality.province
        return name, level, code, province, locality.province_code
    former = former_by_code(code)
    if former is not None:
        return former.name, former.level, code, former.province, former.province_code
    return None


@lru_cache(maxsize=4096)
def province_in_force(province_code: str | None, year: int | None) -> str | None:
    """The name of a province as in force in `year`; None for an unknown code."""
    if province_code is None:
        return None
    earlier = _earlier_name(province_code, year)
    if earlier is not None:
        return earlier[0]
    gazetteer = load_gazetteer()
    era = era_for_year(year)
    other = LEGACY if era == ERA_2025 else ERA_2025
    locality = gazetteer.by_code(province_code, era) or gazetteer.by_code(province_code, other)
    return locality.name if locality is not None and len(province_code) == 2 else None


def _earlier_name(code: str, year: int | None) -> tuple[str, str] | None:
    earlier = _EARLIER_NAMES.get(code)
    if earlier is not None and year is not None and year < earlier[2]:
        return earlier[0], earlier[1]
    return None
