"""How often a dataset's panel agrees with an official results table.

    python benchmarks/panel_agreement.py data.duckdb official.jsonl [more.jsonl ...]

The official table is given as records in chiso's own format (JSON Lines, one
province result per line: unit_code, index, year, score). For every province,
index and year that both hold, the panel agrees when its score is the official
one, or when the official score is among the values the conflicts table keeps
for that key. Prints the count, the share and every disagreement.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor import dataset  # noqa: E402


def official_scores(paths: list[str]) -> dict[tuple[str, str, int], set[float]]:
    """(province code, index, year) → the scores the table states for the province as a whole."""
    table: dict[tuple[str, str, int], set[float]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("type") != "result" or record.get("component") or record.get("score") is None:
                    continue
                code = record.get("unit_code")
                if not code or code != record.get("province_code") or record.get("year") is None:
                    continue
                table.setdefault((code, record["index"], int(record["year"])), set()).add(round(record["score"], 2))
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a store built with `chiso dataset add`")
    parser.add_argument("official", nargs="+", help="the official table as chiso records (.jsonl)")
    args = parser.parse_args()

    table = official_scores(args.official)
    panel = dataset.panel(args.db)
    panel = panel[(panel["type"] == "result") & panel["component"].isna() & panel["score"].notna()]
    conflicts = dataset.conflicts(args.db)
    conflicts = conflicts[conflicts["field"] == "score"]
    held: dict[tuple[str, str, int], set[float]] = {}
    for row in conflicts.itertuples(index=False):
        key = (row.unit_code, row.index, int(row.year))
        held.setdefault(key, set()).add(round(float(row.value), 2))

    both = agree = 0
    for row in panel.itertuples(index=False):
        key = (row.unit_code, row.index, int(row.year))
        if key not in table:
            continue
        both += 1
        if round(float(row.score), 2) in table[key] or table[key] & held.get(key, set()):
            agree += 1
        else:
            print(f"differs: {key} panel {row.score} official {sorted(table[key])}")
    share = agree / both if both else float("nan")
    print(f"{both} province results in both; {agree} agree ({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
