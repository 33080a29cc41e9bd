"""Writing a table (.csv, .parquet, .xlsx) with a Frictionless Data package beside it.

`datapackage.json` in the table's folder describes every table written
there (a Tabular Data Package: each resource's path, format and Table
Schema: field names, types, descriptions), so R's `frictionless`, pandas or
a spreadsheet user loads the columns typed. Writing a second table into the
same folder adds its resource; writing one again replaces it.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__

TABLE_FORMATS = ("csv", "parquet", "xlsx")
_MEDIA = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_TYPES = {"Int64": "integer", "Float64": "number", "boolean": "boolean", "string": "string"}

DESCRIPTIONS = {
    "record_id": "digest of the whole record: the same record added twice is stored once",
    "doc_id": "the input's id: a file's name without its extension, a URL's stable id",
    "source": "where the document was read from: a path or the URL fetched",
    "type": "result (a measured value), target (a plan's aim) or reference",
    "unit_key": "the unit's identity: gso:CODE for a locality, agency:PROVINCE:NAME, ministry:NAME, "
                "place:PROVINCE:LEVEL:NAME for a locality without a code, doc:DOC_ID when no unit is named",
    "unit_kind": "locality, agency, ministry or unnamed",
    "unit": "the unit's name (for a locality, the name in force in the year assessed)",
    "unit_level": "tỉnh, thành phố, huyện, quận, thị xã, thành phố thuộc tỉnh, xã, phường, thị trấn, sở, bộ, other",
    "unit_code": "GSO code from the list in force for that year (province 2 digits, district 3, commune 5)",
    "province": "the province the unit belongs to (itself, for a province), as named that year",
    "province_code": "GSO code of the province",
    "index": "PAR_INDEX, SIPAS, PAPI, PCI, DTI, DDCI or OTHER",
    "component": "component key of the index, empty for the index as a whole",
    "year": "the year assessed (results) or aimed at (targets)",
    "score": "the value stated",
    "score_unit": "điểm or %",
    "max_score": "the maximum stated with the score",
    "rank": "position in the ranking",
    "rank_total": "how many were ranked",
    "rating": "the class stated (Tốt, Khá, Xuất sắc ...)",
    "score_change": "change of the score against change_since",
    "rank_change": "places gained against change_since",
    "change_since": "the year a change is measured against",
    "bound": ">=, >, <=, < where the value is a bound, not a point",
    "evidence_start": "start offset of the evidence in the document's text",
    "evidence_end": "end offset of the evidence in the document's text",
    "evidence_text": "the sentence or clause stating the record",
    "ref_number": "number of the document cited",
    "ref_type": "type of the document cited",
    "ref_date": "date of the document cited (ISO 8601)",
    "issuer": "issuer of the document cited",
    "added_at": "when the record was first added to the dataset",
    "added_from": "the file it was first added from",
    "sources": "panel: how many documents state the key; conflicts: the documents (sources) stating the value",
    "records": "how many records state the key",
    "conflict": "true when the documents disagree on any field",
    "conflict_fields": "the fields they disagree on",
    "source_kind": "the best kind of source stating it: decision, portal or newspaper",
    "doc_ids": "the documents stating it",
    "evidence": "the evidence sentence of a record stating it",
    "evidence_source": "where that evidence sentence was read",
    "field": "the field whose values differ",
    "value": "one of the values stated, as text",
    "source_count": "how many documents state the value",
    "chosen": "true for the value the panel shows",
    "conflicts": "how many of the row's index and component keys are in conflict",
}


def table_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in TABLE_FORMATS:
        raise ValueError(f"cannot tell the table format from {path.name!r}: use .csv, .parquet or .xlsx")
    return suffix


def write_table(frame, path: Path | str, title: str | None = None, description: str | None = None) -> Path:
    """Write `frame` to `path` by its extension and describe it in datapackage.json beside it."""
    path = Path(path)
    fmt = table_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    elif fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        _write_xlsx(frame, path)
    return describe(frame, path, title=title, description=description)


def _write_xlsx(frame, path: Path) -> None:
    import pandas as pd

    plain = frame.astype(object).where(frame.notna(), None)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        plain.to_excel(writer, index=False, sheet_name=_sheet_name(path))
        sheet = writer.sheets[_sheet_name(path)]
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions


def _sheet_name(path: Path) -> str:
    return re.sub(r"[\[\]:*?/\\]", "_", path.stem)[:31] or "table"


def schema_of(frame) -> dict:
    fields = []
    for name, dtype in frame.dtypes.items():
        kind = _TYPES.get(str(dtype), "string")
        entry = {"name": str(name), "type": kind}
        if name in DESCRIPTIONS:
            entry["description"] = DESCRIPTIONS[name]
        elif str(name).endswith("_rank"):
            entry["description"] = f"rank of {str(name)[:-5]}"
        elif kind == "number":
            entry["description"] = f"score of {name}"
        if kind == "boolean":
            entry["trueValues"] = ["true", "True", "TRUE", "1"]
            entry["falseValues"] = ["false", "False", "FALSE", "0"]
        fields.append(entry)
    return {"fields": fields, "missingValues": [""]}


def describe(frame, path: Path, title: str | None = None, description: str | None = None) -> Path:
    """Add or replace the resource of `path` in the datapackage.json of its folder."""
    package_path = path.parent / "datapackage.json"
    package = _read_package(package_path)
    fmt = table_format(path)
    resource = {
        "name": _resource_name(path),
        "path": path.name,
        "profile": "tabular-data-resource",
        "format": fmt,
        "mediatype": _MEDIA[fmt],
        "schema": schema_of(frame),
    }
    if fmt == "csv":
        resource["encoding"] = "utf-8"
        resource["dialect"] = {"delimiter": ",", "doubleQuote": True, "header": True, "lineTerminator": "\n"}
    if title:
        resource["title"] = title
    if description:
        resource["description"] = description
    resources = [r for r in package.get("resources", []) if r.get("path") != path.name]
    resources.append(resource)
    names = [r["name"] for r in resources]
    for r in resources:  # resource names must be unique: a table in two formats keeps both
        if names.count(r["name"]) > 1:
            r["name"] = _slug(r["path"])
    package["resources"] = resources
    package_path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return package_path


def _read_package(package_path: Path) -> dict:
    base = {
        "name": _slug(package_path.parent.resolve().name or "chiso-dataset"),
        "title": "Administrative-reform index results (chiso dataset)",
        "profile": "tabular-data-package",
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "resources": [],
    }
    if package_path.is_file():
        try:
            existing = json.loads(package_path.read_text(encoding="utf-8"))
        except ValueError:
            existing = None
        if isinstance(existing, dict) and isinstance(existing.get("resources"), list):
            base = existing
    base.setdefault("sources", [{"title": f"chiso {__version__}"}])
    return base


def _resource_name(path: Path) -> str:
    return _slug(path.stem)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")
    return slug or "table"
