"""Datasets for other tools: many record files in one store, one panel out.

    from extractor import dataset
    dataset.add("data.duckdb", ["run1.jsonl", "run2.parquet"])  # re-adding changes nothing
    dataset.panel("data.duckdb")            # DataFrame: one row per (type, unit, index, component, year)
    dataset.panel("data.duckdb", wide=True) # one row per (type, unit, year), a column per index and component
    dataset.conflicts("data.duckdb")        # one row per key, field and distinct value
    dataset.records("data.duckdb")          # every record added, with when and from where
    dataset.write_table(frame, "panel.csv") # .csv/.parquet/.xlsx, with datapackage.json beside it
    dataset.write_review("data.duckdb", "review.html")
"""
from .export import write_table
from .identity import Unit, identify, source_kind
from .reading import RecordFileError, read_records
from .review import write_review
from .store import Added, add_files as add
from .tables import conflicts, panel, records

__all__ = [
    "Added", "RecordFileError", "Unit", "add", "conflicts", "identify", "panel", "read_records", "records",
    "source_kind", "write_review", "write_table",
]
