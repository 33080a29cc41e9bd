"""How well extracted records and text match what a fixture holds."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from extractor.normalize import fold

from decision_fixture import Expected, ExpectedRow


def _by_unit(records: list) -> dict[tuple[str, str | None], dict]:
    found: dict[tuple[str, str | None], dict] = {}
    for record in records:
        if record.type != "result":
            continue
        found.setdefault(fold(record.unit or ""), {})[record.component] = record
    return found


def cell_misses(expected: Expected, records: list, rows: list[ExpectedRow] | None = None) -> list[str]:
    """Every table cell of the fixture (or of `rows` of it) not found in the right record and field."""
    found = _by_unit(records)
    misses = []
    for row in expected.rows if rows is None else rows:
        records_of_unit = found.get(fold(row.unit), {})
        misses.extend(_row_misses(row, records_of_unit))
    return misses


def _row_misses(row: ExpectedRow, records: dict) -> list[str]:
    misses = []
    for component, score in row.components.items():
        record = records.get(component)
        if record is None or record.score is None or abs(record.score - score) > 0.001:
            misses.append(f"{row.unit} {component}: {score} != {getattr(record, 'score', None)}")
    total = records.get(None)
    checks = [("score", row.total), ("rank", row.rank)]
    if row.rating is not None:
        checks.append(("rating", row.rating))
    for name, value in checks:
        got = getattr(total, name, None) if total is not None else None
        same = abs(got - value) <= 0.001 if isinstance(value, float) and got is not None else got == value
        if not same:
            misses.append(f"{row.unit} {name}: {value!r} != {got!r}")
    return misses


def cell_accuracy(expected: Expected, records: list) -> float:
    return 1 - len(cell_misses(expected, records)) / expected.cell_count()


def _comparable(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def character_accuracy(produced: str, reference: str) -> float:
    """Matched characters over the reference's, after NFC and with runs of
    whitespace made one space.

    Aligned word by word first and character by character only inside the
    stretches that differ: a character alignment of a whole 200 000-character
    document would take minutes.
    """
    produced_words = _comparable(produced).split(" ")
    reference_words = _comparable(reference).split(" ")
    reference_length = len(" ".join(reference_words))
    words = SequenceMatcher(None, produced_words, reference_words, autojunk=False)
    matched = 0
    reference_segments = 0
    for tag, p0, p1, r0, r1 in words.get_opcodes():
        if r1 > r0:
            reference_segments += 1
        if tag == "equal":
            matched += sum(len(w) for w in reference_words[r0:r1]) + (r1 - r0 - 1)
        elif tag == "replace":
            left, right = " ".join(produced_words[p0:p1]), " ".join(reference_words[r0:r1])
            chars = SequenceMatcher(None, left, right, autojunk=False)
            matched += sum(block.size for block in chars.get_matching_blocks())
    # The space between two stretches of the reference has its match in the
    # produced text, which is split at the same places.
    matched += max(0, reference_segments - 1)
    return matched / reference_length



def _same(got, want) -> bool:
    if want is None or got is None:
        return False
    return abs(got - want) <= 0.001 if isinstance(want, float) else got == want


def cell_precision(expected: Expected, records: list) -> tuple[int, int]:
    """(values right, values given) over the records' table values: each
    component score, and each total's score, rank and rating.  A value of a
    unit or component the fixture does not hold is given and wrong."""
    rows = {fold(row.unit): row for row in expected.rows}
    right = given = 0
    for record in records:
        if record.type != "result":
            continue
        row = rows.get(fold(record.unit or ""))
        if record.component is not None:
            pairs = [(record.score, row.components.get(record.component) if row else None)]
        else:
            wanted = {"score": row.total, "rank": row.rank, "rating": row.rating} if row else {}
            pairs = [(getattr(record, name), wanted.get(name))
                     for name in ("score", "rank", "rating") if getattr(record, name) is not None]
        given += len(pairs)
        right += sum(_same(got, want) for got, want in pairs)
    return right, given
