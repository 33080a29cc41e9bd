"""Writers of records, chosen by the output file's extension, all streaming.

JSON Lines and CSV write each record as it comes; Parquet and DuckDB write
in batches, so memory stays flat whatever the corpus size. Columns come from
extractor.models, the one definition of a record.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Iterable

from .document import Document
from .models import COLUMNS, flat_row

FLAT_COLUMNS = tuple(c for c in COLUMNS if c != "evidence") + ("evidence_start", "evidence_end", "evidence_text")
FORMATS = ("jsonl", "csv", "parquet", "duckdb")
_BATCH = 2000


def record_dict(record) -> dict:
    """A record as the JSON object of the contract: common fields first, nulls kept."""
    data = record.model_dump(mode="json")
    return {name: data[name] for name in COLUMNS if name in data}


class RecordWriter:
    """Write records one at a time; close() (or a with-block) finishes the file."""

    count = 0

    def write(self, record) -> None:
        raise NotImplementedError

    def write_all(self, records: Iterable) -> None:
        for record in records:
            self.write(record)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class JsonLinesWriter(RecordWriter):
    def __init__(self, handle: IO[str], owned: bool):
        self.handle, self.owned, self.count = handle, owned, 0

    def write(self, record) -> None:
        self.handle.write(json.dumps(record_dict(record), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        self.handle.flush()
        if self.owned:
            self.handle.close()


class CsvWriter(RecordWriter):
    def __init__(self, handle: IO[str], owned: bool):
        self.handle, self.owned, self.count = handle, owned, 0
        self.writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS)
        self.writer.writeheader()

    def write(self, record) -> None:
        self.writer.writerow(flat_row(record))
        self.count += 1

    def close(self) -> None:
        self.handle.flush()
        if self.owned:
            self.handle.close()


def arrow_schema():
    import pyarrow as pa

    from .models import Reference, Result

    types = {"int": pa.int64(), "float": pa.float64()}
    fields = []
    for name in FLAT_COLUMNS:
        if name in ("evidence_start", "evidence_end"):
            kind = pa.int64()
        elif name == "evidence_text":
            kind = pa.string()
        else:
            model = Result if name in Result.model_fields else Reference
            annotation = str(model.model_fields[name].annotation)
            kind = next((t for word, t in types.items() if word in annotation), pa.string())
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


class _BatchWriter(RecordWriter):
    def __init__(self):
        self.rows: list[dict] = []
        self.count = 0

    def write(self, record) -> None:
        self.rows.append(flat_row(record))
        self.count += 1
        if len(self.rows) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        raise NotImplementedError


class ParquetWriter(_BatchWriter):
    def __init__(self, path: Path):
        super().__init__()
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(str(path), self.schema)

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class DuckDBWriter(_BatchWriter):
    """Records into table `records` of a DuckDB database (created or appended to)."""

    def __init__(self, path: Path):
        super().__init__()
        import duckdb

        self.schema = arrow_schema()
        self.connection = duckdb.connect(str(path))
        columns = ", ".join(f'"{f.name}" {_duck_type(f.type)}' for f in self.schema)
        self.connection.execute(f"CREATE TABLE IF NOT EXISTS records ({columns})")

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            batch = pa.Table.from_pylist(self.rows, schema=self.schema)  # noqa: F841 (read by DuckDB by name)
            self.connection.execute("INSERT INTO records SELECT * FROM batch")
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.connection.close()


def _duck_type(arrow_type) -> str:
    text = str(arrow_type)
    return {"int64": "BIGINT", "double": "DOUBLE"}.get(text, "VARCHAR")


def to_frame(records: Iterable):
    """Records as a pandas DataFrame: one row a record, the flat columns, nullable dtypes.

    Integers stay integers where some are missing (pandas' Int64), so a rank
    column reads 4, <NA>, 9 rather than 4.0, NaN, 9.0.
    """
    import pandas as pd

    frame = pd.DataFrame([flat_row(r) for r in records], columns=list(FLAT_COLUMNS))
    schema = arrow_schema()
    dtypes = {f.name: ("Int64" if str(f.type) == "int64" else "Float64" if str(f.type) == "double" else "string")
              for f in schema}
    return frame.astype(dtypes)


def format_of(path: Path | None, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    if path is None:
        return "jsonl"
    suffix = path.suffix.lower().lstrip(".")
    aliases = {"json": "jsonl", "ndjson": "jsonl", "pq": "parquet", "db": "duckdb"}
    fmt = aliases.get(suffix, suffix)
    if fmt not in FORMATS:
        raise ValueError(f"cannot tell the output format from {path.name!r}: use .jsonl, .csv, .parquet or .duckdb")
    return fmt


def open_writer(path: Path | None, fmt: str | None = None) -> RecordWriter:
    """A writer for `path` (None: JSON Lines on standard output)."""
    fmt = format_of(path, fmt)
    if path is None:
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"{fmt} cannot be written to standard output: give -o FILE")
        stream = sys.stdout
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
        return JsonLinesWriter(stream, False) if fmt == "jsonl" else CsvWriter(stream, False)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return JsonLinesWriter(open(path, "w", encoding="utf-8", newline="\n"), True)
    if fmt == "csv":
        return CsvWriter(open(path, "w", encoding="utf-8", newline=""), True)
    if fmt == "parquet":
        return ParquetWriter(path)
    if path.exists():
        path.unlink()  # a run writes its records afresh, as the other formats do
    return DuckDBWriter(path)


def save_text(doc: Document, texts_dir: Path) -> Path:
    """Save the text a document's evidence offsets point into, exactly."""
    texts_dir.mkdir(parents=True, exist_ok=True)
    path = texts_dir / f"{doc.doc_id}.txt"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(doc.text)
    return path
