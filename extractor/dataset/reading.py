"""Reading record files as chiso writes them, checking every record.

JSON Lines, CSV, Parquet and a DuckDB database from `chiso extract -o`
(its table `records`) are read one record at a time. Each record must be
one that chiso could have written: the columns of the contract and no
others, values of the right types. Anything else raises RecordFileError
naming the file and the line (or row) at fault.
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from ..models import RECORD_ADAPTER
from ..output import FLAT_COLUMNS

_REQUIRED = ("doc_id", "source", "type", "evidence_start", "evidence_end", "evidence_text")
_EVIDENCE = ("evidence_start", "evidence_end", "evidence_text")
_FORMATS = {
    ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".duckdb": "duckdb", ".db": "duckdb",
}
_BATCH = 2000


class RecordFileError(ValueError):
    """A file that is not a record file of chiso's, with where it goes wrong."""

    def __init__(self, path: Path | str, line: int | None, message: str, unit: str = "line"):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line is not None and unit == "line" else (
            f"{self.path}, row {line}" if line is not None else self.path)
        super().__init__(f"{where}: {message}")


def read_records(path: Path | str) -> Iterator[tuple[int, object]]:
    """(line or row number, validated record model) for every record of a file."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RecordFileError(path, None, "not a record file chiso writes: use .jsonl, .csv, .parquet or .duckdb")
    if not path.is_file():
        raise RecordFileError(path, None, "no such file")
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "duckdb": _duckdb}[fmt](path)


def _jsonl(path: Path) -> Iterator[tuple[int, object]]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise RecordFileError(path, number, f"not UTF-8 text ({error.reason})") from None
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise RecordFileError(path, number, f"not a JSON object: {error.msg} at column {error.colno}") from None
            if not isinstance(data, dict):
                raise RecordFileError(path, number, "not a JSON object")
            yield number, _validate(data, path, number)


def _csv(path: Path) -> Iterator[tuple[int, object]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise RecordFileError(path, 1, f"unreadable header: {error}") from None
        if header is None:
            return
        _check_columns(path, header, 1)
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise RecordFileError(path, line, f"broken CSV: {error}") from None
            except UnicodeDecodeError as error:
                raise RecordFileError(path, line, f"not UTF-8 text ({error.reason})") from None
            if cells:
                if len(cells) != len(header):
                    raise RecordFileError(path, line, f"{len(cells)} fields where the header has {len(header)}")
                row = {name: (value if value != "" else None) for name, value in zip(header, cells)}
                yield line, _validate(_nest(row), path, line)
            line = reader.line_num + 1


def _parquet(path: Path) -> Iterator[tuple[int, object]]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(str(path))
    except Exception as error:  # pyarrow raises several kinds for a damaged file
        raise RecordFileError(path, None, f"not a Parquet file: {error}") from None
    _check_columns(path, table.schema_arrow.names, None)
    number = 0
    for batch in table.iter_batches(batch_size=_BATCH):
        for row in batch.to_pylist():
            number += 1
            yield number, _validate(_nest(row), path, number, unit="row")


def _duckdb(path: Path) -> Iterator[tuple[int, object]]:
    import duckdb

    try:
        connection = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise RecordFileError(path, None, f"not a DuckDB database: {error}") from None
    try:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "records" not in tables:
            raise RecordFileError(path, None, "no table 'records': not a database written by `chiso extract -o`")
        cursor = connection.execute("SELECT * FROM records")
        names = [d[0] for d in cursor.description]
        _check_columns(path, names, None)
        number = 0
        while rows := cursor.fetchmany(_BATCH):
            for values in rows:
                number += 1
                yield number, _validate(_nest(dict(zip(names, values))), path, number, unit="row")
    finally:
        connection.close()


def _check_columns(path: Path, names, line: int | None) -> None:
    unknown = [n for n in names if n not in FLAT_COLUMNS]
    missing = [n for n in _REQUIRED if n not in names]
    duplicated = sorted({n for n in names if list(names).count(n) > 1})
    problems = []
    if missing:
        problems.append("missing " + ", ".join(missing))
    if unknown:
        problems.append("unknown " + ", ".join(map(str, unknown)))
    if duplicated:
        problems.append("repeated " + ", ".join(duplicated))
    if problems:
        raise RecordFileError(path, line, "not a chiso record file: columns " + "; ".join(problems), unit="line")


def _nest(row: dict) -> dict:
    """A flat row (CSV, Parquet, DuckDB) as the record's JSON object: nulls dropped, evidence nested."""
    data = {k: v for k, v in row.items() if k not in _EVIDENCE and not _is_null(v)}
    data["evidence"] = {
        "start": row.get("evidence_start"),
        "end": row.get("evidence_end"),
        "text": row.get("evidence_text") or "",
    }
    return data


def _is_null(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _validate(data: dict, path: Path, number: int, unit: str = "line"):
    try:
        return RECORD_ADAPTER.validate_python(data)
    except ValidationError as error:
        problems = []
        for item in error.errors()[:3]:
            where = ".".join(str(p) for p in item["loc"][1:] if p not in ("result", "target", "reference")) or \
                ".".join(str(p) for p in item["loc"])
            problems.append(f"{where}: {item['msg']}")
        raise RecordFileError(path, number, "not a chiso record: " + "; ".join(problems), unit=unit) from None
