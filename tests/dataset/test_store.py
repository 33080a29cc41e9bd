"""Adding record files: every format, once only, all or nothing."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from extractor import dataset
from extractor.dataset.reading import RecordFileError

from .sample import corpus_records, jsonl_lines, write_records


def _table(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute("SELECT * FROM dataset_records ORDER BY record_id").df()


def test_adding_the_same_file_twice_changes_nothing(tmp_path, records_jsonl):
    db = tmp_path / "data.duckdb"
    first = dataset.add(db, [records_jsonl])
    before = _table(db)
    second = dataset.add(db, [records_jsonl])
    assert (first[0].read, first[0].new) == (15, 15)
    assert (second[0].read, second[0].new) == (15, 0)
    pd.testing.assert_frame_equal(_table(db), before)


@pytest.mark.parametrize("suffix", ["csv", "parquet", "duckdb"])
def test_every_format_chiso_writes_is_read_as_the_same_records(tmp_path, records_jsonl, suffix):
    db = tmp_path / "data.duckdb"
    dataset.add(db, [records_jsonl])
    other = write_records(tmp_path / f"again.{suffix}", corpus_records())
    added = dataset.add(db, [other])[0]
    assert (added.read, added.new) == (15, 0)


def test_every_record_is_kept_with_source_evidence_and_when_added(store):
    frame = dataset.records(store)
    assert len(frame) == 15
    assert frame["record_id"].is_unique
    # the three disagreeing statements of one key are all kept
    huế = frame[(frame["unit_code"] == "46") & (frame["year"] == 2023) & frame["component"].isna()
                & (frame["type"] == "result")]
    assert sorted(huế["score"].tolist()) == [91.81, 91.81, 91.87]
    assert huế["source"].str.startswith("https://").all()
    assert huế["evidence_text"].str.contains("PAR INDEX").all()
    assert frame["added_at"].notna().all() and frame["added_from"].str.endswith("records.jsonl").all()
    assert str(frame["rank"].dtype) == "Int64"


def _bad(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_line_names_file_and_line_and_adds_nothing(tmp_path, store):
    lines = jsonl_lines(corpus_records()[:2])
    bad = _bad(tmp_path, "bad.jsonl", "\n".join(["".join(lines[0]).replace('"qd-2023"', '"other"'), lines[1],
                                                  '{"doc_id": "x", "source": ', ""]) + "\n")
    before = len(dataset.records(store))
    with pytest.raises(RecordFileError) as caught:
        dataset.add(store, [bad])
    assert str(caught.value).startswith(f"{bad}:3: not a JSON object")
    assert len(dataset.records(store)) == before  # the valid first line was not added either


def test_a_record_of_the_wrong_shape_is_refused(tmp_path, store):
    line = jsonl_lines(corpus_records()[:1])[0].replace('"score": 91.81', '"score": "high"')
    bad = _bad(tmp_path, "bad.jsonl", jsonl_lines(corpus_records()[1:2])[0] + "\n" + line + "\n")
    with pytest.raises(RecordFileError, match=r"bad\.jsonl:2: not a chiso record: score: "):
        dataset.add(store, [bad])
    extra = jsonl_lines(corpus_records()[:1])[0].replace('"doc_id"', '"colour": "red", "doc_id"')
    with pytest.raises(RecordFileError, match=r":1: not a chiso record: colour: Extra inputs"):
        dataset.add(store, [_bad(tmp_path, "extra.jsonl", extra + "\n")])
    with pytest.raises(RecordFileError, match=r":1: not a chiso record: .*type"):
        dataset.add(store, [_bad(tmp_path, "notype.jsonl", '{"doc_id": "a", "source": "a"}\n')])


def test_csv_with_other_columns_or_broken_rows_is_refused(tmp_path, store):
    with pytest.raises(RecordFileError, match=r"people\.csv:1: not a chiso record file: columns missing doc_id"):
        dataset.add(store, [_bad(tmp_path, "people.csv", "name,age\nAn,3\n")])
    good = write_records(tmp_path / "good.csv", corpus_records()[:3])
    rows = good.read_text(encoding="utf-8").splitlines()
    broken = _bad(tmp_path, "broken.csv", "\n".join(rows[:3] + [rows[3].split(",", 1)[1]]) + "\n")
    with pytest.raises(RecordFileError, match=r"broken\.csv:4: \d+ fields where the header has \d+"):
        dataset.add(store, [broken])
    assert len(dataset.records(store)) == 15


def test_other_files_are_refused_by_name(tmp_path, store):
    with pytest.raises(RecordFileError, match=r"notes\.txt: not a record file chiso writes"):
        dataset.add(store, [_bad(tmp_path, "notes.txt", "hello")])
    with pytest.raises(RecordFileError, match=r"fake\.parquet: not a Parquet file"):
        dataset.add(store, [_bad(tmp_path, "fake.parquet", "not parquet")])
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as connection:
        connection.execute("CREATE TABLE people (name VARCHAR)")
    with pytest.raises(RecordFileError, match=r"other\.duckdb: no table 'records'"):
        dataset.add(store, [other])
    pd.DataFrame({"name": ["An"]}).to_parquet(tmp_path / "people.parquet")
    with pytest.raises(RecordFileError, match=r"people\.parquet: not a chiso record file: columns missing doc_id"):
        dataset.add(store, [tmp_path / "people.parquet"])


def test_a_csv_row_cut_inside_a_quoted_field_is_refused(tmp_path, store):
    good = write_records(tmp_path / "good.csv", corpus_records()[:3])
    rows = good.read_text(encoding="utf-8").splitlines()
    cut = _bad(tmp_path, "cut.csv", "\n".join(rows[:3] + [rows[3].rsplit(",", 2)[0]]) + "\n")
    with pytest.raises(RecordFileError, match=r"cut\.csv:4: broken CSV"):
        dataset.add(store, [cut])
    assert len(dataset.records(store)) == 15
