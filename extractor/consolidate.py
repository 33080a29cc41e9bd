"""One record per fact of a document: the same record written once, the clauses of one sentence
that state fields of one result joined, a "top N" or "trên 90%" an exact value makes redundant
dropped, a bare score of an index scored in points given its unit, and a document cited twice merged."""
from __future__ import annotations

import re

from .models import Evidence, Reference

# the fields of a result or target's values
FIELDS = ("score", "score_unit", "max_score", "rank", "rank_total", "rating",
          "score_change", "rank_change", "change_since")


def consolidate(records: list, text: str) -> list:
    """The records of one document, each fact once (`text`: the document as read)."""
    return _merge_references(_in_points(_without_implied_bounds(_join_clauses(_unique(records), text))))


# indices whose scores are points and nothing else (the PCI and its ten parts, the PAPI and its
# dimensions): a score of theirs the text writes bare ("Đồng Tháp (46,961)", a profile's table) is in points
_SCORED_IN_POINTS = frozenset({"PCI", "PAPI"})


def _in_points(records: list) -> list:
    return [r.model_copy(update={"score_unit": "điểm"})
            if r.type in ("result", "target") and r.score is not None and r.score_unit is None
            and r.index in _SCORED_IN_POINTS else r for r in records]


def _merge_references(records: list) -> list:
    """One record per cited document: a number cited twice keeps every field either citation gives."""
    first: dict[str, Reference] = {}
    out = []
    for record in records:
        if record.type != "reference":
            out.append(record)
            continue
        kept = first.get(record.ref_number)
        if kept is None:
            first[record.ref_number] = record
            out.append(record)
            continue
        for name in ("ref_type", "ref_date", "issuer"):
            if getattr(kept, name) is None and getattr(record, name) is not None:
                setattr(kept, name, getattr(record, name))
    return out


# what makes two records one: the same thing, assessed the same year
_KEY = ("type", "unit", "unit_level", "unit_code", "province_code", "index", "component", "year")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")  # (a semicolon parts the clauses of one sentence)
# an aside in brackets between two clauses of one sentence, with the separators around it
_ASIDE_BETWEEN = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*[;,]?[ \t]*")


# how many records back a clause's record may find its partner: a list of units states
# one field of each in turn ("Ba tỉnh A, B và C trong nhóm thấp nhất, lần lượt 5,71; 5,78
# và 5,97 điểm": three ratings, then three scores)
_JOIN_REACH = 12


def _join_clauses(records: list, text: str) -> list:
    """"Bộ Tư pháp giữ vị trí dẫn đầu, với giá trị DTI là 0,61": two clauses of one sentence
    that state different fields of the same result make one record, its evidence both."""
    out: list = []
    keys: list = []  # each kept record's key, with its bound (a bound is of the values beside it only)
    for record in records:
        if record.type in ("result", "target"):
            key = _fact_key(record)
            for i in range(len(out) - 1, max(len(out) - _JOIN_REACH, 0) - 1, -1):
                if keys[i] == key and _joinable(out[i], record, text):
                    out[i] = _joined(out[i], record, text)
                    break
            else:
                out.append(record)
                keys.append(key)
            continue
        out.append(record)
        keys.append(None)
    return out


def _fact_key(record) -> tuple:
    """A result or target's key, with its bound (a bound is of the values beside it only)."""
    return tuple(getattr(record, k) for k in _KEY) + (record.bound,)


def _joinable(before, record, text: str) -> bool:
    """Two records of one key: whether no field of theirs disagrees and one sentence states both."""
    return (all(getattr(before, k) is None or getattr(record, k) is None
                or getattr(before, k) == getattr(record, k) for k in FIELDS)
            and _one_sentence(before.evidence, record.evidence, text))


def _joined(before, record, text: str):
    start = min(before.evidence.start, record.evidence.start)
    end = max(before.evidence.end, record.evidence.end)
    merged = {k: getattr(before, k) if getattr(before, k) is not None else getattr(record, k) for k in FIELDS}
    return before.model_copy(update={**merged, "evidence": Evidence(start=start, end=end, text=text[start:end])})


def _one_sentence(a: Evidence, b: Evidence, text: str) -> bool:
    start, end = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    # ("đạt 44,05 điểm (tỉnh có điểm cao nhất là Đồng Tháp với 47,10 điểm); xếp nhóm trung bình cao": an
    # aside in brackets, read as a statement of its own, stands between the two clauses)
    return start >= end or (end - start <= 3 and not _SENTENCE_END.search(text, start, end)) or bool(
        _ASIDE_BETWEEN.fullmatch(text, start, end))


def without_restated(records: list, tabled: list) -> list:
    """`records` and a table's `tabled` records, where one of them restates the other ("Năm 2013 … đạt
    41,72 điểm" and the table's row "2013 41,72 1"): the one whose values the other holds in full is
    dropped, so each fact is written once with its fullest evidence."""
    def values(r):
        return {k: getattr(r, k) for k in FIELDS if getattr(r, k) is not None}

    def holds(a, b):  # every value of b, the same in a
        return all(a.get(k) == v for k, v in b.items())

    stated: dict = {}
    for i, r in enumerate(records):
        if r.type == "result":
            stated.setdefault(_fact_key(r), []).append(i)
    dropped: set[int] = set()
    added = []
    for r in tabled:
        mine = values(r)
        twins = [i for i in stated.get(_fact_key(r), ()) if i not in dropped]
        if any(holds(values(records[i]), mine) for i in twins):
            continue
        dropped.update(i for i in twins if holds(mine, values(records[i])))
        added.append(r)
    return [r for i, r in enumerate(records) if i not in dropped] + added


def _without_implied_bounds(records: list) -> list:
    """"A nằm trong Top 30 …" and, elsewhere, "A xếp thứ 30": the exact place says all the bound
    does, and the bound alone would state a second rank of the same unit."""
    def key(r):
        return (r.unit, r.unit_code, r.index, r.component, r.year)

    exact: dict = {}
    scores: dict = {}
    for r in records:
        if r.type == "result" and r.rank is not None and r.bound is None:
            exact[key(r)] = min(r.rank, exact.get(key(r), r.rank))
        if r.type == "result" and r.score is not None and r.bound is None:
            scores.setdefault(key(r), []).append((r.score, r.score_unit))
    if not exact and not scores:
        return records
    out = []
    units: dict = {}  # the unit a dropped "trên 80%" gives a bare number of the same result
    for r in records:
        if (r.type == "result" and r.bound == "<=" and r.rank is not None
                and exact.get(key(r), r.rank + 1) <= r.rank):
            if r.score is None and r.score_change is None and r.rank_change is None and r.rating is None:
                continue
            # ("So với năm 2022, Trà Vinh tăng 2 hạng và tiếp tục nằm trong top 30": the change is still said)
            r = r.model_copy(update={"rank": None, "rank_total": None, "bound": None})
        if r.type == "result" and _score_bound_implied(r, scores.get(key(r), ())):
            if r.score_unit is not None:
                units.setdefault(key(r), r.score_unit)
            if r.rating is None:
                continue
            # "đứng cuối bảng là Sở Y tế đạt 71,35%" and "02 cơ quan xếp loại khá … dưới 80% gồm … Sở
            # Y tế": the class is still said, the bound no longer
            r = r.model_copy(update={"score": None, "score_unit": None, "bound": None})
        out.append(r)
    if not units:
        return out
    return [r.model_copy(update={"score_unit": units[key(r)]})
            if r.type == "result" and r.score is not None and r.score_unit is None and r.bound is None
            and key(r) in units else r for r in out]


def _score_bound_implied(record, exact_scores) -> bool:
    """"đạt 91,87% và là năm thứ 4 liên tiếp đạt >90%": the exact score says all the bound does
    (`exact_scores`: (score, unit) pairs; a table's bare number is in the bound's unit)."""
    if record.type != "result" or record.bound is None or record.score is None or not exact_scores:
        return False
    if any(getattr(record, name) is not None for name in ("rank", "score_change", "rank_change")):
        return False
    bound, value = record.bound, record.score
    holds = {">": lambda s: s > value, ">=": lambda s: s >= value,
             "<": lambda s: s < value, "<=": lambda s: s <= value}.get(bound)
    return holds is not None and any(holds(s) for s, unit in exact_scores
                                     if unit is None or record.score_unit is None or unit == record.score_unit
                                     or {unit, record.score_unit} == _HUNDREDTHS)


# ("nhóm trên 80%, gồm: …; Bộ Tài chính" and "Bộ Tài chính (84,42 điểm)": one index's score out of 100,
# written in either)
_HUNDREDTHS = {"%", "điểm"}


def _unique(records: list) -> list:
    seen = set()
    out = []
    for record in records:
        # every field's value (the evidence by its span): the same record twice is written once
        key = (type(record),) + tuple((v.start, v.end) if isinstance(v, Evidence) else v
                                      for v in record.__dict__.values())
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out
