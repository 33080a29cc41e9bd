"""The command as a user runs it: inputs accounted for, formats, hostile files."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest

from extractor.cli import main
from extractor.models import COLUMNS

ARTICLE = ("Năm 2023, chỉ số cải cách hành chính của huyện Tân Lạc đạt 86,26 điểm, xếp thứ 9/10 huyện, thành phố. "
           "Theo Quyết định số 3016/QĐ-UBND ngày 26/12/2023 của Chủ tịch UBND tỉnh Hòa Bình.\n")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLE.replace("Tân Lạc", "Lạc Sơn"), encoding="utf-8")
    (folder / "notes.xyz").write_text("?", encoding="utf-8")
    return folder


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_folder_to_jsonl_with_summary(corpus, tmp_path, capsys):
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    records = _lines(out)
    assert {r["doc_id"] for r in records} == {"a", "b"}
    assert {r["unit"] for r in records if r["type"] == "result"} == {"Tân Lạc", "Lạc Sơn"}
    for record in records:  # each type's own fields, in the contract's order
        assert list(record) == [c for c in COLUMNS if c in record]
        assert list(record)[:4] == ["doc_id", "source", "type", "evidence"]
    err = capsys.readouterr().err
    assert "3 inputs: 2 done, 1 skipped, 0 failed; 4 records written" in err


def test_every_output_format_has_the_same_records(corpus, tmp_path):
    for suffix in ("jsonl", "csv", "parquet", "duckdb"):
        assert main(["extract", str(corpus), "-o", str(tmp_path / f"r.{suffix}"), "-q"]) == 0
    jsonl = _lines(tmp_path / "r.jsonl")
    csv = pd.read_csv(tmp_path / "r.csv")
    parquet = pd.read_parquet(tmp_path / "r.parquet")
    db = duckdb.connect(str(tmp_path / "r.duckdb")).execute("SELECT * FROM records").df()
    for frame in (csv, parquet, db):
        assert len(frame) == len(jsonl)
        assert sorted(frame["score"].dropna()) == sorted(r["score"] for r in jsonl if r.get("score") is not None)
        assert "evidence_text" in frame.columns


def test_stdin_and_stdout(tmp_path):
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-"], input=ARTICLE.encode(),
                          capture_output=True, check=True)
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert records[0]["doc_id"] == "stdin" and any(r["score"] == 86.26 for r in records if r["type"] == "result")


def test_schema_lists_every_field():
    out = subprocess.run([sys.executable, "-m", "extractor.cli", "schema"], capture_output=True, check=True, text=True)
    schema = json.loads(out.stdout)
    text = json.dumps(schema)
    for name in COLUMNS:
        assert f'"{name}"' in text


HOSTILE = {
    "binary.txt": b"\x7fELF\x00\x01\x02" + bytes(range(256)) * 20,
    "invalid.txt": b"Ch\xe1\xbb\x89 s\xff\xfe\xfd",
    "empty.txt": b"",
    "digits.txt": b"1,2," * 5_000_000,
    "parens.txt": ("(" * 100_000 + "chỉ số CCHC đạt 87,93 điểm" + ")" * 100_000).encode(),
}


def test_hostile_inputs_fail_alone_and_fast(tmp_path, capsys):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    for name in sorted(HOSTILE) + ["good.txt"]:
        began = time.perf_counter()
        code = main(["extract", str(folder / name), "-o", str(tmp_path / f"{name}.jsonl")])
        elapsed = time.perf_counter() - began
        assert elapsed < 1.5, (name, elapsed)  # a second each, with room for a loaded CI machine
        err = capsys.readouterr().err
        if name in ("binary.txt", "invalid.txt", "digits.txt"):
            assert code == 1 and "1 failed" in err
        else:
            assert code == 0 and "1 done" in err
    assert main(["extract", str(folder), "-o", str(tmp_path / "all.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "6 inputs: 3 done, 0 skipped, 3 failed" in err
    assert "binary file" in err and "not valid UTF-8" in err and "too large" in err
    assert any(r["unit"] == "Tân Lạc" for r in _lines(tmp_path / "all.jsonl") if r["type"] == "result")


def test_missing_input_is_reported(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.jsonl")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_files_of_the_same_name_keep_apart(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["extract", str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out), "-q"]) == 0
    assert {r["doc_id"] for r in _lines(out)} == {"a", "a.txt"}


def test_records_as_a_dataframe(corpus):
    from extractor import extract_files, to_frame

    frame = to_frame(extract_files([corpus]))
    assert len(frame) == 4
    assert str(frame["rank"].dtype) == "Int64" and str(frame["score"].dtype) == "Float64"
    results = frame[frame["type"] == "result"]
    assert set(results["unit"]) == {"Tân Lạc", "Lạc Sơn"} and results["rank"].tolist() == [9, 9]
