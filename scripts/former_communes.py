"""Write extractor/gazetteer/former_communes.tsv: communes of the General
Statistics Office list of 2019/2020 that the unit list shipped with
vietnamadminunits (in force just before 1 July 2025) no longer holds.

Results of 2019-2024 name these communes and wards ("phường Phúc Thành",
merged into its neighbours in 2024); each keeps the code it had while it
existed. The 2019/2020 list is read from the vietnam-provinces package,
release 0.2 (`pip download --no-deps vietnam-provinces==0.2`, unzip the
wheel, pass its data/nested-divisions.json). A commune whose name is still
held by a unit of the same district is left out: the name then means the
unit that kept it.

    python scripts/former_communes.py nested-divisions.json
"""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from extractor.gazetteer import levels
from extractor.gazetteer.folding import fold_name
from extractor.gazetteer.source import FORMER_DISTRICTS, split_full_name, database_path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "gazetteer" / "former_communes.tsv"


def main(nested_divisions: str) -> None:
    connection = sqlite3.connect(f"file:{database_path()}?mode=ro", uri=True)
    kept: set[str] = set()
    names_in_district: set[tuple[str, str]] = set()
    districts: set[str] = {d.code for d in FORMER_DISTRICTS}
    for ward_full, ward_type, ward_code, district_code in connection.execute(
            "SELECT ward, wardType, wardCode, districtCode FROM admin_units_legacy"):
        districts.add(district_code)
        if ward_code is None:
            continue
        kept.add(ward_code)
        _, name = split_full_name(ward_full, levels.COMMUNE_TYPE_WORDS, ward_type)
        names_in_district.add((district_code, fold_name(name)))
    provinces = dict(connection.execute("SELECT DISTINCT provinceCode, province FROM admin_units_legacy"))
    rows = []
    for province in json.loads(Path(nested_divisions).read_text(encoding="utf-8")):
        province_code = f"{province['code']:02d}"
        _, province_name = split_full_name(provinces[province_code], levels.PROVINCE_TYPE_WORDS, None)
        for district in province["districts"]:
            district_code = f"{district['code']:03d}"
            for ward in district["wards"]:
                code = f"{ward['code']:05d}"
                level, name = split_full_name(ward["name"], levels.COMMUNE_TYPE_WORDS, None)
                if (code in kept or district_code not in districts
                        or (district_code, fold_name(name)) in names_in_district):
                    continue
                rows.append((code, name, level, district_code, province_name, province_code))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("code\tname\tlevel\tdistrict_code\tprovince\tprovince_code\n")
        for row in sorted(rows):
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} former communes written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
