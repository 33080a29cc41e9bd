"""The dataset's tables as pandas DataFrames with nullable dtypes."""
from __future__ import annotations

from pathlib import Path

from .panel import (CONFLICT_COLUMNS, FLOAT_FIELDS, INT_FIELDS, PANEL_COLUMNS, build_groups, conflict_rows,
                    panel_rows, wide_rows)
from .store import load_rows, records_frame

_INTEGER = frozenset(INT_FIELDS | {"year", "sources", "records", "source_count", "conflicts"})
_NUMBER = frozenset(FLOAT_FIELDS)
_BOOLEAN = frozenset({"conflict", "chosen"})


def records(db: Path | str):
    """Every record in the store, with record_id, added_at and added_from."""
    return records_frame(db)


def panel(db: Path | str, wide: bool = False):
    """One row per (type, unit, index, component, year); wide: one per (type, unit, year)."""
    groups = build_groups(load_rows(db))
    rows = panel_rows(groups)
    if not wide:
        return _frame(rows, PANEL_COLUMNS)
    wide_table, value_columns = wide_rows(rows)
    columns = ("type", "unit_key", "unit_kind", "unit", "unit_level", "unit_code", "province", "province_code",
               "year", *value_columns, "conflicts")
    ranks = {c for c in value_columns if c.endswith("_rank")}
    return _frame(wide_table, columns, integers=ranks, numbers=set(value_columns) - ranks)


def conflicts(db: Path | str):
    """One row per key in conflict, field that differs, and value stated."""
    # here `sources` lists the documents stating the value; in the panel it counts them
    return _frame(conflict_rows(build_groups(load_rows(db))), CONFLICT_COLUMNS, strings={"sources"})


def _frame(rows: list[dict], columns, integers=frozenset(), numbers=frozenset(), strings=frozenset()):
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    dtypes = {}
    for name in columns:
        if name in strings:
            dtypes[name] = "string"
        elif name in _INTEGER or name in integers:
            dtypes[name] = "Int64"
        elif name in _NUMBER or name in numbers:
            dtypes[name] = "Float64"
        elif name in _BOOLEAN:
            dtypes[name] = "boolean"
        else:
            dtypes[name] = "string"
    return frame.astype(dtypes)
