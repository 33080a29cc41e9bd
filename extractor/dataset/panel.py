"""The panel (one row per unit, index, component and year) and its conflicts.

Records of type result and target are grouped by (type, unit, index,
component, year), the unit as identity.identify() tells it. A document
counts once per group however often it states the key. Each field of the
row takes the value that most documents state; a tie goes to the value a
better kind of source states (a decision, then a government portal page,
then a newspaper), then to the value added to the store first, then to the
smaller value. A field no document states stays null. Values that differ
only past the third decimal are one value. The group is in conflict when
its documents state two or more values of any field.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .identity import SOURCE_KINDS, Unit, identify, source_kind, source_rank

VALUE_FIELDS = ("score", "score_unit", "max_score", "rank", "rank_total", "rating",
                "score_change", "rank_change", "change_since", "bound")
FLOAT_FIELDS = frozenset({"score", "max_score", "score_change"})
INT_FIELDS = frozenset({"rank", "rank_total", "rank_change", "change_since"})
INDEX_ORDER = ("PAR_INDEX", "SIPAS", "PAPI", "PCI", "DTI", "DDCI", "OTHER")
KEY_COLUMNS = ("type", "unit_key", "unit_kind", "unit", "unit_level", "unit_code", "province", "province_code",
               "index", "component", "year")
PANEL_COLUMNS = KEY_COLUMNS + VALUE_FIELDS + ("sources", "records", "conflict", "conflict_fields", "source_kind",
                                              "doc_ids", "evidence", "evidence_source")
CONFLICT_COLUMNS = ("type", "unit", "unit_code", "province", "province_code", "index", "component", "year",
                    "field", "value", "sources", "evidence", "evidence_source", "source_count", "source_kind",
                    "chosen", "doc_ids", "unit_key")


def comparable(name: str, value):
    """The form in which two values of a field are the same value."""
    if value is None:
        return None
    if name in FLOAT_FIELDS:
        return round(float(value), 3)
    if name in INT_FIELDS:
        return int(value)
    return value


@dataclass
class Value:
    """One distinct value of a field within a group, and who states it."""

    value: object
    docs: set = field(default_factory=set)
    rows: list = field(default_factory=list)  # the stored rows stating it, in the order added
    best_kind: int = len(SOURCE_KINDS)
    first_added: int = 0

    def sort_key(self):
        """Most documents first, then the better source, then the first added, then the smaller value."""
        return (-len(self.docs), self.best_kind, self.first_added, _order(self.value))


@dataclass
class Group:
    """All records of one (type, unit, index, component, year)."""

    type: str
    unit: Unit
    index: str
    component: str | None
    year: int | None
    rows: list = field(default_factory=list)
    values: dict = field(default_factory=dict)  # field -> {comparable: Value}

    @property
    def docs(self) -> set:
        return {row["doc_id"] for row in self.rows}

    def chosen(self, name: str) -> Value | None:
        candidates = self.values.get(name)
        if not candidates:
            return None
        return min(candidates.values(), key=Value.sort_key)

    def ranked(self, name: str) -> list[Value]:
        return sorted(self.values.get(name, {}).values(), key=Value.sort_key)

    @property
    def conflict_fields(self) -> list[str]:
        return [name for name in VALUE_FIELDS if len(self.values.get(name, ())) > 1]

    def best_row(self) -> dict:
        """The record agreeing with most chosen values, from the best source, added first."""
        chosen = {name: self.chosen(name) for name in VALUE_FIELDS}

        def score(item):
            position, row = item
            agree = sum(1 for name, value in chosen.items()
                        if value is not None and comparable(name, row.get(name)) == comparable(name, value.value))
            return (-agree, source_rank(source_kind(row.get("source"))), position)

        return min(enumerate(self.rows), key=score)[1]


def _order(value):
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


def build_groups(rows: list[dict]) -> list[Group]:
    """Group stored rows (in the order added) by their panel key."""
    groups: dict[tuple, Group] = {}
    for position, row in enumerate(rows):
        if row.get("type") not in ("result", "target"):
            continue
        unit = identify(row)
        key = (row["type"], unit.key, row["index"], row.get("component"), row.get("year"))
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(row["type"], unit, row["index"], row.get("component"), row.get("year"))
        group.rows.append(row)
        kind = source_rank(source_kind(row.get("source")))
        for name in VALUE_FIELDS:
            raw = row.get(name)
            if raw is None:
                continue
            same = comparable(name, raw)
            value = group.values.setdefault(name, {}).get(same)
            if value is None:
                value = group.values[name][same] = Value(raw, first_added=position)
            value.docs.add(row["doc_id"])
            value.rows.append(row)
            value.best_kind = min(value.best_kind, kind)
    return sorted(groups.values(), key=_group_order)


def _group_order(group: Group):
    index = INDEX_ORDER.index(group.index) if group.index in INDEX_ORDER else len(INDEX_ORDER)
    return (group.type, group.unit.province_code or "~", group.unit.unit_code or "~", group.unit.key,
            index, group.component or "", group.year if group.year is not None else -1)


def _key_values(group: Group) -> dict:
    unit = group.unit
    return {
        "type": group.type, "unit_key": unit.key, "unit_kind": unit.kind, "unit": unit.unit,
        "unit_level": unit.unit_level if unit.unit_level is not None else _majority(group.rows, "unit_level"),
        "unit_code": unit.unit_code, "province": unit.province, "province_code": unit.province_code,
        "index": group.index, "component": group.component, "year": group.year,
    }


def _majority(rows: list[dict], name: str):
    counts: dict = defaultdict(set)
    for row in rows:
        if row.get(name) is not None:
            counts[row[name]].add(row["doc_id"])
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (len(item[1]), -list(counts).index(item[0])))[0]


def panel_rows(groups: list[Group]) -> list[dict]:
    out = []
    for group in groups:
        row = _key_values(group)
        for name in VALUE_FIELDS:
            chosen = group.chosen(name)
            row[name] = chosen.value if chosen is not None else None
        best = group.best_row()
        conflicts = group.conflict_fields
        row.update({
            "sources": len(group.docs),
            "records": len(group.rows),
            "conflict": bool(conflicts),
            "conflict_fields": ", ".join(conflicts) or None,
            "source_kind": min((source_kind(r.get("source")) for r in group.rows), key=source_rank),
            "doc_ids": "; ".join(sorted(group.docs)),
            "evidence": best.get("evidence_text"),
            "evidence_source": best.get("source"),
        })
        out.append(row)
    return out


def conflict_rows(groups: list[Group]) -> list[dict]:
    out = []
    for group in groups:
        keys = _key_values(group)
        for name in group.conflict_fields:
            for rank, value in enumerate(group.ranked(name)):
                best = min(value.rows, key=lambda r: source_rank(source_kind(r.get("source"))))
                sources = []
                for row in value.rows:
                    if row.get("source") not in sources:
                        sources.append(row.get("source"))
                out.append({
                    "type": keys["type"], "unit": keys["unit"], "unit_code": keys["unit_code"],
                    "province": keys["province"], "province_code": keys["province_code"],
                    "index": keys["index"], "component": keys["component"], "year": keys["year"],
                    "field": name, "value": format_value(name, value.value),
                    "sources": "; ".join(s for s in sources if s),
                    "evidence": best.get("evidence_text"), "evidence_source": best.get("source"),
                    "source_count": len(value.docs),
                    "source_kind": SOURCE_KINDS[value.best_kind],
                    "chosen": rank == 0,
                    "doc_ids": "; ".join(sorted(value.docs)),
                    "unit_key": keys["unit_key"],
                })
    return out


def format_value(name: str, value) -> str:
    """A value as text, numbers without trailing zeros (91.8, not 91.80)."""
    if name in FLOAT_FIELDS:
        return f"{float(value):.3f}".rstrip("0").rstrip(".")
    return str(value)


def component_label(index: str, component: str | None) -> str:
    return index if component is None else f"{index}.{component}"


def wide_rows(panel: list[dict]) -> tuple[list[dict], list[str]]:
    """One row per (type, unit, year): a score column per index and component, and a rank column where ranked."""
    rows: dict[tuple, dict] = {}
    conflicts: dict[tuple, int] = defaultdict(int)
    labels: dict[str, tuple] = {}
    ranked: set[str] = set()
    identity = ("type", "unit_key", "unit_kind", "unit", "unit_level", "unit_code", "province", "province_code", "year")
    for row in panel:
        key = (row["type"], row["unit_key"], row["year"])
        target = rows.setdefault(key, {name: row[name] for name in identity})
        label = component_label(row["index"], row["component"])
        index = INDEX_ORDER.index(row["index"]) if row["index"] in INDEX_ORDER else len(INDEX_ORDER)
        labels[label] = (index, row["component"] is not None, row["component"] or "")
        target[label] = row["score"]
        if row["rank"] is not None:
            target[f"{label}_rank"] = row["rank"]
            ranked.add(label)
        if row["conflict"]:
            conflicts[key] += 1
    columns: list[str] = []
    for label in sorted(labels, key=labels.get):
        columns.append(label)
        if label in ranked:
            columns.append(f"{label}_rank")
    out = []
    for key, row in rows.items():
        full = {name: row[name] for name in identity}
        for column in columns:
            full[column] = row.get(column)
        full["conflicts"] = conflicts.get(key, 0)
        out.append(full)
    return out, columns

