"""Tables for other tools: CSV, Parquet, Excel, each described in datapackage.json."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor import dataset

_PANDAS_TYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean", "string": "string"}


def _load_typed(folder, name):
    """Load a CSV resource the way a Frictionless reader does: by the schema's types."""
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    frame = pd.read_csv(folder / resource["path"], dtype=str, keep_default_na=False)
    assert list(frame.columns) == [f["name"] for f in fields]
    for field in fields:
        column = frame[field["name"]].replace("", pd.NA)
        if field["type"] == "boolean":
            column = column.map({"True": True, "False": False, "true": True, "false": False}, na_action="ignore")
        elif field["type"] in ("integer", "number"):
            column = pd.to_numeric(column)
        frame[field["name"]] = column.astype(_PANDAS_TYPES[field["type"]])
    return frame


def test_panel_csv_round_trips_through_its_table_schema(tmp_path, store):
    panel = dataset.panel(store)
    out = tmp_path / "out"
    package_path = dataset.write_table(panel, out / "panel.csv")
    package = json.loads(package_path.read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    [resource] = package["resources"]
    assert (resource["name"], resource["path"], resource["format"]) == ("panel", "panel.csv", "csv")
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert (types["year"], types["score"], types["rank"], types["conflict"], types["unit_code"]) == \
        ("integer", "number", "integer", "boolean", "string")
    assert all(f.get("description") for f in resource["schema"]["fields"])
    loaded = _load_typed(out, "panel")
    pd.testing.assert_frame_equal(loaded, panel, check_dtype=True)


def test_tables_of_one_folder_share_one_package(tmp_path, store):
    out = tmp_path / "out"
    dataset.write_table(dataset.panel(store), out / "panel.parquet")
    dataset.write_table(dataset.conflicts(store), out / "conflicts.csv")
    dataset.write_table(dataset.panel(store, wide=True), out / "wide.xlsx")
    dataset.write_table(dataset.conflicts(store), out / "conflicts.csv")  # again: replaced, not repeated
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert [(r["name"], r["format"]) for r in package["resources"]] == [
        ("panel", "parquet"), ("wide", "xlsx"), ("conflicts", "csv")]
    conflicts = _load_typed(out, "conflicts")
    assert {f["name"]: f["type"] for f in package["resources"][2]["schema"]["fields"]}["sources"] == "string"
    assert len(conflicts) == 4

    parquet = pd.read_parquet(out / "panel.parquet")
    assert len(parquet) == 11 and str(parquet["rank"].dtype) == "Int64"
    excel = pd.read_excel(out / "wide.xlsx")
    assert list(excel.columns[:4]) == ["type", "unit_key", "unit_kind", "unit"]
    assert len(excel) == len(dataset.panel(store, wide=True))


def test_an_unknown_table_format_is_refused(tmp_path, store):
    with pytest.raises(ValueError, match="use .csv, .parquet or .xlsx"):
        dataset.write_table(dataset.panel(store), tmp_path / "panel.json")
