"""The panel: one row per key, every source counted, every disagreement shown."""
from __future__ import annotations

import pytest

from extractor import dataset
from extractor.dataset.identity import identify, source_kind
from extractor.dataset.panel import VALUE_FIELDS, comparable


def _key(record: dict) -> tuple:
    return (record["type"], identify(record).key, record["index"], record["component"], record["year"])


@pytest.fixture
def stored(store):
    frame = dataset.records(store)
    return [{k: (None if v is None or v != v else v) for k, v in row.items()}
            for row in frame.astype(object).where(frame.notna(), None).to_dict("records")]


def test_every_key_is_in_the_panel_exactly_once(store, stored):
    panel = dataset.panel(store)
    keys = {_key(r) for r in stored if r["type"] != "reference"}
    rows = [(r["type"], r["unit_key"], r["index"], r["component"], r["year"])
            for r in panel.astype(object).where(panel.notna(), None).to_dict("records")]
    assert len(rows) == len(set(rows)), "a key appears twice"
    assert set(rows) == keys
    assert len(rows) == 11  # 14 results and targets: three state one key, two another
    assert "reference" not in set(panel["type"])


def test_every_key_whose_records_disagree_on_a_score_is_a_conflict(store, stored):
    scores: dict = {}
    for record in stored:
        if record["type"] != "reference" and record["score"] is not None:
            scores.setdefault(_key(record), set()).add(comparable("score", record["score"]))
    disagreeing = {key for key, values in scores.items() if len(values) > 1}
    assert len(disagreeing) == 2
    conflicts = dataset.conflicts(store)
    listed = {(r.type, r.unit_key, r.index, None if r.component is None or r.component != r.component else r.component,
               r.year) for r in conflicts.astype(object).where(conflicts.notna(), None).itertuples()
              if r.field == "score"}
    assert disagreeing <= listed


def test_the_value_most_documents_state_is_shown_and_the_other_is_kept(store):
    panel = dataset.panel(store)
    row = panel[(panel["unit_key"] == "gso:46") & (panel["year"] == 2023) & panel["component"].isna()
                & (panel["type"] == "result")].iloc[0]
    assert row["score"] == 91.81 and row["rank"] == 3
    assert row["sources"] == 3 and row["records"] == 3
    assert bool(row["conflict"]) and row["conflict_fields"] == "score"
    assert row["source_kind"] == "decision"

    conflicts = dataset.conflicts(store)
    values = conflicts[(conflicts["unit_code"] == "46") & conflicts["component"].isna()]
    assert list(values.columns[:12]) == ["type", "unit", "unit_code", "province", "province_code", "index",
                                         "component", "year", "field", "value", "sources", "evidence"]
    by_value = {r["value"]: r for _, r in values.iterrows()}
    assert set(by_value) == {"91.81", "91.87"}
    assert by_value["91.81"]["source_count"] == 2 and bool(by_value["91.81"]["chosen"])
    assert by_value["91.87"]["sources"] == "https://baothuathienhue.vn/chinh-tri/chi-so-cchc-2023"
    assert "91,87" in by_value["91.87"]["evidence"]
    assert not bool(by_value["91.87"]["chosen"])


def test_a_tie_goes_to_the_decision(store):
    panel = dataset.panel(store)
    row = panel[(panel["unit_key"] == "gso:46") & (panel["component"] == "procedures")].iloc[0]
    assert row["sources"] == 2 and bool(row["conflict"])
    assert row["score"] == 12.5  # the decision's, over the newspaper's 12.4


def test_units_are_named_as_in_force_that_year(store):
    panel = dataset.panel(store)
    huế = panel[panel["unit_key"] == "gso:46"].set_index(["type", "year", "component"], drop=False)
    assert set(huế["unit"]) == {"Thừa Thiên Huế"}  # every year here is before 2025
    assert set(huế["province"]) == {"Thừa Thiên Huế"}


def test_agencies_are_units_of_their_province_and_merged_districts_keep_their_code(store):
    panel = dataset.panel(store)
    agencies = panel[panel["unit"] == "Sở Giáo dục và Đào tạo"]
    assert sorted(agencies["province_code"]) == ["46", "49"]
    assert agencies["unit_key"].nunique() == 2
    assert set(agencies["unit_kind"]) == {"agency"}
    đông_sơn = panel[panel["unit"] == "Đông Sơn"]
    assert set(đông_sơn["unit_code"]) == {"405"} and set(đông_sơn["unit_key"]) == {"gso:405"}
    assert sorted(đông_sơn["year"]) == [2022, 2023]
    ministry = panel[panel["unit"] == "Bộ Tư pháp"].iloc[0]
    assert ministry["unit_key"] == "ministry:bộ tư pháp" and ministry["unit_kind"] == "ministry"
    unnamed = panel[panel["unit_kind"] == "unnamed"].iloc[0]
    assert unnamed["unit_key"] == "doc:th-2023" and unnamed["index"] == "SIPAS"


def test_huế_after_2025_and_a_record_of_2025():
    base = {"doc_id": "a", "type": "result", "index": "PAR_INDEX", "component": None}
    earlier = identify({**base, "unit": "Thừa Thiên Huế", "unit_code": "46", "province_code": "46", "year": 2024})
    later = identify({**base, "unit": "Huế", "unit_code": "46", "province_code": "46", "year": 2025})
    assert earlier.key == later.key == "gso:46"
    assert (earlier.unit, later.unit) == ("Thừa Thiên Huế", "Huế")
    # a district of Huế named in 2023 lies in the province of that year
    nam_dong = identify({**base, "unit": "Nam Đông", "unit_level": "huyện", "province_code": "46", "year": 2023})
    assert (nam_dong.unit_code, nam_dong.province) == ("483", "Thừa Thiên Huế")


def test_kinds_of_source():
    assert source_kind("https://example.gov.vn/qd-123.pdf") == "decision"
    assert source_kind("corpora/quyet-dinh.docx") == "decision"
    assert source_kind("https://sonoivu.hoabinh.gov.vn/tin-tuc/a") == "portal"
    assert source_kind("https://baohoabinh.com.vn/a.htm") == "newspaper"
    assert source_kind("corpora/a.txt") == "newspaper"


def test_wide_panel_has_a_column_per_index_and_component(store):
    wide = dataset.panel(store, wide=True)
    assert {"PAR_INDEX", "PAR_INDEX_rank", "PAR_INDEX.procedures", "SIPAS"} <= set(wide.columns)
    keys = list(zip(wide["type"], wide["unit_key"], wide["year"]))
    assert len(keys) == len(set(keys))
    row = wide[(wide["unit_key"] == "gso:46") & (wide["year"] == 2023) & (wide["type"] == "result")].iloc[0]
    assert (row["PAR_INDEX"], row["PAR_INDEX_rank"], row["PAR_INDEX.procedures"]) == (91.81, 3, 12.5)
    assert row["conflicts"] == 2
    assert str(wide["PAR_INDEX_rank"].dtype) == "Int64" and str(wide["PAR_INDEX"].dtype) == "Float64"


def test_the_value_fields_are_the_record_contract_s():
    from extractor.models import Result

    assert set(VALUE_FIELDS) <= set(Result.model_fields)
