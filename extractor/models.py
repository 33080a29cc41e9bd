"""The record contract (shared spec/records.md) as pydantic models.

These classes are the one definition of a record: the JSON Schema that
`chiso schema` prints, the JSON Lines written by `chiso extract` and the
CSV / Parquet / DuckDB columns are all derived from them.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

IndexKey = Literal["PAR_INDEX", "SIPAS", "PAPI", "PCI", "DTI", "DDCI", "OTHER"]
UnitLevel = Literal[
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "thành phố thuộc tỉnh",
    "xã", "phường", "thị trấn", "sở", "bộ", "other",
]
Bound = Literal[">=", ">", "<=", "<"]


class Evidence(BaseModel):
    """The sentence or clause stating a record: text == source_text[start:end]."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: str
    source: str
    evidence: Evidence


class _Measure(_Record):
    """Fields shared by results and targets; null when the text does not state them."""

    unit: Optional[str] = None
    unit_level: Optional[UnitLevel] = None
    unit_code: Optional[str] = None
    province: Optional[str] = None
    province_code: Optional[str] = None
    index: IndexKey
    component: Optional[str] = None
    year: Optional[int] = None
    score: Optional[float] = None
    score_unit: Optional[Literal["điểm", "%"]] = None
    max_score: Optional[float] = None
    rank: Optional[int] = None
    rank_total: Optional[int] = None
    rating: Optional[str] = None
    score_change: Optional[float] = None
    rank_change: Optional[int] = None
    change_since: Optional[int] = None
    bound: Optional[Bound] = None


class Result(_Measure):
    """A measured value that a unit obtained in a year."""

    type: Literal["result"] = "result"


class Target(_Measure):
    """A value that a plan aims for in a year."""

    type: Literal["target"] = "target"


class Reference(_Record):
    """A legal or administrative document that the text cites."""

    type: Literal["reference"] = "reference"
    ref_number: str
    ref_type: Optional[str] = None
    ref_date: Optional[str] = None
    issuer: Optional[str] = None


Record = Annotated[Union[Result, Target, Reference], Field(discriminator="type")]
RECORD_ADAPTER: TypeAdapter = TypeAdapter(Record)


def _column_order() -> tuple[str, ...]:
    columns: list[str] = []
    for model in (Result, Reference):
        for name in model.model_fields:
            if name not in columns:
                columns.append(name)
    # "type" first after the ids reads better in a table
    columns.remove("type")
    columns.insert(2, "type")
    return tuple(columns)


COLUMNS: tuple[str, ...] = _column_order()


def json_schema() -> dict:
    """The JSON Schema of one record, as `chiso schema` prints it."""
    schema = RECORD_ADAPTER.json_schema()
    schema["title"] = "chiso record"
    return schema


def flat_row(record: Result | Target | Reference) -> dict:
    """One record as a flat row over COLUMNS; evidence becomes three columns."""
    data = record.model_dump()
    evidence = data.pop("evidence")
    row = {name: data.get(name) for name in COLUMNS if name != "evidence"}
    row["evidence_start"] = evidence["start"]
    row["evidence_end"] = evidence["end"]
    row["evidence_text"] = evidence["text"]
    return row
