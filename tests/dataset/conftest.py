"""Fixtures: a record file and a store built from it."""
from __future__ import annotations

from pathlib import Path

import pytest

from .sample import corpus_records, write_records


@pytest.fixture
def records_jsonl(tmp_path) -> Path:
    return write_records(tmp_path / "records.jsonl", corpus_records())


@pytest.fixture
def store(tmp_path, records_jsonl) -> Path:
    from extractor import dataset

    db = tmp_path / "data.duckdb"
    dataset.add(db, [records_jsonl])
    return db
