"""Assertions on extracted records that name what was missing and show what came out."""
from __future__ import annotations

from extractor import extract_text


def measures(text):
    """The results and targets extracted from a text."""
    return [r for r in extract_text(text) if r.type in ("result", "target")]


def _show(records):
    return "\n".join(
        str({k: v for k, v in r.model_dump().items() if v is not None and k not in ("evidence", "source", "doc_id")})
        for r in records)


def has(records, **expected):
    """The first record with every expected field value; fails listing the records if none."""
    for record in records:
        if all(getattr(record, k) == v for k, v in expected.items()):
            return record
    raise AssertionError(f"no record with {expected}; got:\n{_show(records)}")


def lacks(records, **unexpected):
    """Fails if a record has every one of these field values."""
    for record in records:
        if all(getattr(record, k) == v for k, v in unexpected.items()):
            raise AssertionError(f"a record with {unexpected}:\n{_show(records)}")


def check_passage(text, wanted, unwanted):
    """A passage's records hold every wanted record and none of the unwanted ones."""
    records = measures(text)
    for expected in wanted:
        has(records, **expected)
    for unexpected in unwanted:
        lacks(records, **unexpected)
