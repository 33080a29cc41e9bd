"""`chiso dataset` as a user runs it."""
from __future__ import annotations

import json

import pandas as pd

from extractor import dataset, extract_files
from extractor.cli import main
from extractor.dataset.identity import identify

from .sample import REPO_CORPORA, write_records


def test_add_panel_conflicts_review(tmp_path, records_jsonl, capsys):
    db = tmp_path / "data.duckdb"
    assert main(["dataset", "add", str(db), str(records_jsonl)]) == 0
    assert "15 records read, 15 new" in capsys.readouterr().err
    assert main(["dataset", "add", str(db), str(records_jsonl)]) == 0
    assert "15 records read, 0 new" in capsys.readouterr().err

    assert main(["dataset", "panel", str(db), "-o", str(tmp_path / "t" / "panel.csv")]) == 0
    assert "11 rows, 2 in conflict" in capsys.readouterr().err
    assert main(["dataset", "panel", str(db), "--wide", "-o", str(tmp_path / "t" / "wide.xlsx")]) == 0
    assert main(["dataset", "conflicts", str(db), "-o", str(tmp_path / "t" / "conflicts.parquet")]) == 0
    assert "4 values of 2 keys in conflict" in capsys.readouterr().err
    package = json.loads((tmp_path / "t" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {"panel.csv", "wide.xlsx", "conflicts.parquet"}

    assert main(["dataset", "review", str(db), "-o", str(tmp_path / "review.html")]) == 0
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert "Plotly" in page and "<mark>91,87</mark>" in page
    assert '<script src=' not in page  # plotly.js is in the page, not fetched


def test_a_bad_file_is_named_and_the_others_are_added(tmp_path, records_jsonl, capsys):
    db = tmp_path / "data.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(records_jsonl.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    assert main(["dataset", "add", str(db), str(bad), str(records_jsonl)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:16: not a JSON object" in err and "nothing of it was added" in err
    assert "1 of 2 files added: 15 new records" in err
    assert len(dataset.records(db)) == 15


def test_a_missing_store_or_wrong_table_name_is_an_error(tmp_path, capsys):
    assert main(["dataset", "panel", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "p.csv")]) == 2
    assert "no such dataset" in capsys.readouterr().err
    assert main(["dataset", "panel", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "p.txt")]) == 2
    assert "use .csv, .parquet or .xlsx" in capsys.readouterr().err


def test_the_records_of_a_real_run_all_reach_the_panel(tmp_path):
    records = list(extract_files([str(REPO_CORPORA)]))
    path = write_records(tmp_path / "corpora.parquet", records)
    db = tmp_path / "data.duckdb"
    dataset.add(db, [path])
    dataset.add(db, [path])
    assert len(dataset.records(db)) == len(records)
    panel = dataset.panel(db)
    keys = {(r.type, identify(r.model_dump()).key, r.index, r.component, r.year)
            for r in records if r.type != "reference"}
    rows = list(zip(panel["type"], panel["unit_key"], panel["index"],
                    panel["component"].astype(object).where(panel["component"].notna(), None),
                    panel["year"].astype(object).where(panel["year"].notna(), None)))
    assert len(rows) == len(set(rows)) and set(rows) == keys
    assert pd.api.types.is_bool_dtype(panel["conflict"])
