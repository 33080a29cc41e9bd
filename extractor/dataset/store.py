"""The dataset store: every record added, in one embedded DuckDB database.

Table `dataset_records` holds each record once, as the flat columns of the
record files, with `record_id` (a digest of the whole record: the same
record read from JSON Lines, CSV, Parquet or DuckDB has one id), the time it
was first added and the file it came from. A file is added in one
transaction: a record file that turns out not to be chiso's leaves nothing
of itself behind.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from ..output import FLAT_COLUMNS, arrow_schema, record_dict
from ..models import flat_row
from .reading import read_records

TABLE = "dataset_records"
_BATCH = 2000


@dataclass(frozen=True)
class Added:
    """What adding one file did: records read, and how many of them were new."""

    path: str
    read: int
    new: int


def connect(db: Path | str, read_only: bool = False):
    """A connection to the store, its table created when missing."""
    import duckdb

    path = Path(db)
    if read_only:
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such dataset (create it with `chiso dataset add`)")
        connection = duckdb.connect(str(path), read_only=True)
        tables = {r[0] for r in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if TABLE not in tables:
            connection.close()
            raise ValueError(f"{path}: not a chiso dataset (no table {TABLE}); create one with `chiso dataset add`")
        return connection
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(path))
    columns = ", ".join(f'"{f.name}" {_duck_type(f.type)}' for f in arrow_schema())
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (record_id VARCHAR PRIMARY KEY, {columns}, "
        "added_at TIMESTAMP WITH TIME ZONE NOT NULL, added_from VARCHAR NOT NULL)"
    )
    return connection


def record_id(record) -> str:
    """A digest of every field of a record."""
    canonical = json.dumps(record_dict(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def add_files(db: Path | str, paths: Iterable[Path | str]) -> list[Added]:
    """Add record files to the store; raise RecordFileError at the first bad file.

    The files before it stay added, the bad one adds nothing.
    """
    connection = connect(db)
    try:
        return [add_file(connection, path) for path in paths]
    finally:
        connection.close()


def add_file(connection, path: Path | str) -> Added:
    """Add one record file in one transaction; re-adding a record changes nothing."""
    import pyarrow as pa

    path = Path(path)
    schema = _store_schema()
    added_at = datetime.now(timezone.utc)
    added_from = str(path.resolve())
    before = connection.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    seen: set[str] = set()
    rows: list[dict] = []
    read = 0
    connection.execute("BEGIN TRANSACTION")
    try:
        for _, record in read_records(path):
            read += 1
            identity = record_id(record)
            if identity in seen:
                continue
            seen.add(identity)
            row = {"record_id": identity, **_flat(record), "added_at": added_at, "added_from": added_from}
            rows.append(row)
            if len(rows) >= _BATCH:
                _insert(connection, pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            _insert(connection, pa.Table.from_pylist(rows, schema=schema))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    after = connection.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    return Added(str(path), read, after - before)


def _insert(connection, batch) -> None:  # noqa: ARG001 (DuckDB reads `batch` by name)
    connection.execute(f"INSERT OR IGNORE INTO {TABLE} SELECT * FROM batch")


def _flat(record) -> dict:
    return flat_row(record)


def _store_schema():
    import pyarrow as pa

    fields = [pa.field("record_id", pa.string())] + list(arrow_schema())
    fields += [pa.field("added_at", pa.timestamp("us", tz="UTC")), pa.field("added_from", pa.string())]
    return pa.schema(fields)


def _duck_type(arrow_type) -> str:
    return {"int64": "BIGINT", "double": "DOUBLE"}.get(str(arrow_type), "VARCHAR")


def load_rows(db: Path | str) -> list[dict]:
    """Every stored record as a flat dict, in the order added."""
    connection = connect(db, read_only=True)
    try:
        cursor = connection.execute(f"SELECT * FROM {TABLE} ORDER BY added_at, added_from, doc_id, evidence_start, record_id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values)) for values in cursor.fetchall()]
    finally:
        connection.close()


def records_frame(db: Path | str):
    """Every stored record as a pandas DataFrame with nullable dtypes."""
    import pandas as pd

    connection = connect(db, read_only=True)
    try:
        frame = connection.execute(
            f"SELECT * FROM {TABLE} ORDER BY added_at, added_from, doc_id, evidence_start, record_id").df()
    finally:
        connection.close()
    dtypes = {}
    for field in arrow_schema():
        kind = str(field.type)
        dtypes[field.name] = "Int64" if kind == "int64" else "Float64" if kind == "double" else "string"
    dtypes.update({"record_id": "string", "added_from": "string"})
    frame = frame.astype(dtypes)
    frame["added_at"] = pd.to_datetime(frame["added_at"], utc=True)
    return frame[["record_id", *FLAT_COLUMNS, "added_at", "added_from"]]
