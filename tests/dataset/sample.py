"""Record files as chiso writes them, about a few units over a few years,
with the repetitions and disagreements of a real corpus."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.models import RECORD_ADAPTER
from extractor.output import open_writer, record_dict

DECISION = "https://sonoivu.thuathienhue.gov.vn/uploads/qd-cong-bo-par-index-2023.pdf"
PORTAL = "https://thuathienhue.gov.vn/tin-tuc/ket-qua-chi-so-cchc-2023"
NEWSPAPER = "https://baothuathienhue.vn/chinh-tri/chi-so-cchc-2023"


def _record(doc_id, source, text, **fields):
    start = 10
    data = {"doc_id": doc_id, "source": source, "type": fields.pop("type", "result"),
            "evidence": {"start": start, "end": start + len(text), "text": text}}
    data.update(fields)
    return RECORD_ADAPTER.validate_python(data)


def province_result(doc_id, source, year, score, rank=None, code="46", name="Huế", **extra):
    text = f"Năm {year}, Chỉ số CCHC (PAR INDEX) của tỉnh {name} đạt {str(score).replace('.', ',')} điểm"
    if rank is not None:
        text += f", xếp thứ {rank}/63 tỉnh, thành phố"
    return _record(doc_id, source, text, unit=name, unit_level="thành phố" if name == "Huế" else "tỉnh",
                   unit_code=code, province=name, province_code=code, index="PAR_INDEX", year=year,
                   score=score, score_unit="điểm", rank=rank, rank_total=63 if rank else None, **extra)


def corpus_records() -> list:
    """Three documents on 2023 (a decision, a portal page, a newspaper) and two on earlier years."""
    records = [
        # the decision and the portal agree on 91.81; the newspaper states 91.87
        province_result("qd-2023", DECISION, 2023, 91.81, 3),
        province_result("portal-2023", PORTAL, 2023, 91.81, 3),
        province_result("bao-2023", NEWSPAPER, 2023, 91.87, 3),
        province_result("bao-2022", NEWSPAPER, 2022, 89.4, 6, name="Thừa Thiên Huế"),
        province_result("bao-2021", "/corpus/bao-2021.txt", 2021, 87.12, 9, name="Thừa Thiên Huế"),
        # a tie, one document each: the decision's value is shown
        _record("qd-2023", DECISION, "Lĩnh vực cải cách thủ tục hành chính đạt 12,5 điểm", unit="Huế",
                unit_level="thành phố", unit_code="46", province="Huế", province_code="46", index="PAR_INDEX",
                component="procedures", year=2023, score=12.5, score_unit="điểm"),
        _record("bao-2023", NEWSPAPER, "thủ tục hành chính đạt 12,4 điểm", unit="Huế", unit_level="thành phố",
                unit_code="46", province="Huế", province_code="46", index="PAR_INDEX", component="procedures",
                year=2023, score=12.4, score_unit="điểm"),
        # one agency name, two provinces: two units
        _record("qd-2023", DECISION, "Sở Giáo dục và Đào tạo đạt 90,12 điểm, xếp thứ 2", unit="Sở Giáo dục và Đào tạo",
                unit_level="sở", province="Huế", province_code="46", index="PAR_INDEX", year=2023, score=90.12, rank=2),
        _record("qn-2023", "/corpus/qn-2023.txt", "Sở Giáo dục và Đào tạo đạt 85 điểm", unit="Sở Giáo dục và Đào tạo",
                unit_level="sở", province="Quảng Nam", province_code="49", index="PAR_INDEX", year=2023, score=85.0),
        # a ministry
        _record("bo-2023", "/corpus/bo-2023.txt", "Bộ Tư pháp dẫn đầu với 91,2 điểm", unit="Bộ Tư pháp", unit_level="bộ",
                index="PAR_INDEX", year=2023, score=91.2, rank=1),
        # a district merged away in 2025, named without a code
        _record("th-2022", "/corpus/th-2022.txt", "huyện Đông Sơn đạt 84,3 điểm, xếp thứ 12/27", unit="Đông Sơn",
                unit_level="huyện", province="Thanh Hóa", province_code="38", index="PAR_INDEX", year=2022,
                score=84.3, rank=12, rank_total=27),
        _record("th-2023", "/corpus/th-2023.txt", "huyện Đông Sơn đạt 86,1 điểm, xếp thứ 10/27", unit="Đông Sơn",
                unit_level="huyện", province="Thanh Hóa", province_code="38", index="PAR_INDEX", year=2023,
                score=86.1, rank=10, rank_total=27),
        # no unit named: the unit the document is about
        _record("th-2023", "/corpus/th-2023.txt", "Chỉ số hài lòng đạt 82%", index="SIPAS", year=2023, score=82.0,
                score_unit="%"),
        # a plan, and a reference
        _record("kh-2024", "/corpus/kh-2024.txt", "phấn đấu Chỉ số CCHC đạt trên 92 điểm", type="target", unit="Huế",
                unit_level="thành phố", unit_code="46", province="Huế", province_code="46", index="PAR_INDEX",
                year=2024, score=92.0, score_unit="điểm", bound=">"),
        _record("qd-2023", DECISION, "Quyết định số 1234/QĐ-UBND ngày 20/3/2024", type="reference",
                ref_number="1234/QĐ-UBND", ref_type="Quyết định", ref_date="2024-03-20"),
    ]
    return records


def write_records(path: Path, records) -> Path:
    with open_writer(path) as writer:
        writer.write_all(records)
    return path


def jsonl_lines(records) -> list[str]:
    return [json.dumps(record_dict(r), ensure_ascii=False) for r in records]


REPO_CORPORA = Path(__file__).resolve().parents[2] / "corpora"
