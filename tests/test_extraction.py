"""Results, targets and references from passages written in the style of
Vietnamese government news; each case names the records it must give."""
from __future__ import annotations

import pytest

from extractor import extract_text


def _measures(text):
    return [r for r in extract_text(text) if r.type in ("result", "target")]


def _has(records, **expected):
    for record in records:
        if all(getattr(record, k) == v for k, v in expected.items()):
            return record
    raise AssertionError(f"no record with {expected}; got:\n" + "\n".join(
        str({k: v for k, v in r.model_dump().items() if v is not None and k not in ('evidence', 'source')})
        for r in records))


CASES = [
    # province ranked nationally, % score, rank change
    ("Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của tỉnh Quảng Nam đạt 87,66%, xếp thứ 21/63 tỉnh, "
     "thành phố, tăng 5 bậc so với năm 2022.",
     [dict(type="result", unit="Quảng Nam", unit_code="49", index="PAR_INDEX", year=2023, score=87.66,
           score_unit="%", rank=21, rank_total=63, rank_change=5, change_since=2022)]),
    # a ministry, index named after the values
    ("Năm 2023, Bộ Tư pháp xếp thứ 2/17 bộ, cơ quan ngang bộ với 90,12 điểm Chỉ số CCHC.",
     [dict(unit="Bộ Tư pháp", unit_level="bộ", index="PAR_INDEX", year=2023, rank=2, rank_total=17, score=90.12)]),
    # a commune qualified by its district, with a rating
    ("Năm 2023, xã Phú Cường (huyện Tân Lạc) đạt 82,5 điểm chỉ số CCHC, xếp loại Khá.",
     [dict(unit="Phú Cường", unit_level="xã", index="PAR_INDEX", year=2023, score=82.5, rating="Khá",
           province="Hòa Bình")]),
    # score falls: negative change
    ("Chỉ số SIPAS năm 2023 của tỉnh Khánh Hoà đạt 84,12%, giảm 1,2% so với năm 2022.",
     [dict(unit="Khánh Hòa", index="SIPAS", year=2023, score=84.12, score_change=-1.2, change_since=2022)]),
    # leader and followers in one sentence, index from the sentence before; "tiếp theo là"
    # orders the units after it: they take the ranks after the leader's
    ("UBND tỉnh Quảng Nam công bố Chỉ số CCHC năm 2023 của UBND các huyện, thị xã, thành phố. "
     "Dẫn đầu là thị xã Điện Bàn với 92,1 điểm, tiếp theo là huyện Núi Thành (90,5 điểm) và thành phố Hội An (89,7 điểm).",
     [dict(unit="Điện Bàn", rank=1, score=92.1, index="PAR_INDEX", year=2023),
      dict(unit="Núi Thành", rank=2, score=90.5, index="PAR_INDEX"),
      dict(unit="Hội An", rank=3, score=89.7, index="PAR_INDEX")]),
    # departments listed with semicolons
    ("Kết quả Chỉ số hài lòng năm 2023 khối sở, ngành của tỉnh Hòa Bình: Sở Tư pháp 91,2%; Sở Nội vụ 90,8%; "
     "Sở Tài chính 89,5%.",
     [dict(unit="Sở Tư pháp", unit_level="sở", index="SIPAS", score=91.2, province="Hòa Bình", year=2023),
      dict(unit="Sở Nội vụ", score=90.8), dict(unit="Sở Tài chính", score=89.5)]),
    # a plan: bound on score, rank change at least
    ("Kế hoạch của UBND tỉnh Quảng Trị phấn đấu năm 2024, Chỉ số CCHC của tỉnh đạt từ 90 điểm trở lên, "
     "tăng ít nhất 2 bậc so với năm 2023.",
     [dict(type="target", unit="Quảng Trị", index="PAR_INDEX", year=2024, score=90.0, bound=">=",
           rank_change=2, change_since=2023)]),
    # leading without a number
    ("Năm 2022, huyện Tân Lạc dẫn đầu Chỉ số CCHC với 91,5 điểm.",
     [dict(unit="Tân Lạc", rank=1, score=91.5, year=2022, index="PAR_INDEX")]),
    # a centrally governed city written with TP
    ("Năm 2023, Chỉ số CCHC của TP Hồ Chí Minh đạt 88,9%, xếp thứ 10/63.",
     [dict(unit="Hồ Chí Minh", index="PAR_INDEX", score=88.9, rank=10, rank_total=63)]),
    # the baseline in brackets after the year compared against
    ("Năm 2023, chỉ số CCHC của huyện Núi Thành đạt 89,1 điểm, tăng 1,17 điểm so với năm 2022 (87,93 điểm).",
     [dict(unit="Núi Thành", year=2023, score=89.1, score_change=1.17, change_since=2022),
      dict(unit="Núi Thành", year=2022, score=87.93)]),
    # components listed after "Trong đó"
    ("Năm 2023, huyện Núi Thành đạt 89,1 điểm chỉ số cải cách hành chính. Trong đó, lĩnh vực cải cách thể chế "
     "đạt 9,5 điểm; cải cách TTHC đạt 12,25 điểm; hiện đại hóa hành chính đạt 10 điểm.",
     [dict(component="institutions", score=9.5, year=2023, unit="Núi Thành"),
      dict(component="procedures", score=12.25), dict(component="e_government", score=10.0)]),
    # PAPI and PCI
    ("Năm 2023, chỉ số PAPI của tỉnh Hòa Bình đạt 43,12 điểm; chỉ số PCI đạt 65,5 điểm, xếp thứ 30/63.",
     [dict(index="PAPI", score=43.12, unit="Hòa Bình"), dict(index="PCI", score=65.5, rank=30, rank_total=63)]),
    # a bulleted plan under an intro line
    ("Mục tiêu cụ thể năm 2024 của huyện Tứ Kỳ:\n- Chỉ số CCHC đạt từ 88 điểm trở lên;\n"
     "- Chỉ số hài lòng đạt trên 90%.",
     [dict(type="target", index="PAR_INDEX", score=88.0, bound=">=", year=2024, unit="Tứ Kỳ"),
      dict(type="target", index="SIPAS", score=90.0, bound=">", year=2024, unit="Tứ Kỳ")]),
    # a table flattened into text
    ("Kết quả Chỉ số CCHC năm 2023 của các huyện tỉnh Hòa Bình:\nTT | Đơn vị | Điểm | Xếp loại\n"
     "1 | Huyện Tân Lạc | 86,26 | Tốt\n2 | Huyện Lạc Sơn | 84,1 | Khá",
     [dict(unit="Tân Lạc", score=86.26, rating="Tốt", index="PAR_INDEX", year=2023, rank=None),
      dict(unit="Lạc Sơn", score=84.1, rating="Khá")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_passage(text, expected):
    records = _measures(text)
    for expectation in expected:
        _has(records, **expectation)


DISTRACTORS = [
    "Năm 2023, tổng thu ngân sách trên địa bàn huyện Núi Thành đạt 1.234 tỷ đồng, tăng 12,5% so với năm 2022.",
    "Tỷ lệ hồ sơ trực tuyến của huyện Tân Lạc đạt 70,54%, tăng 10% so với năm 2022.",
    "Năm 2022, huyện Tứ Kỳ có 12 xã được xếp hạng hoàn thành tốt nhiệm vụ cải cách hành chính.",
    "Trách nhiệm của người đứng đầu trong công tác cải cách hành chính được nâng cao; 100% nhiệm vụ CCHC hoàn thành.",
    "Ngày 26/12/2023, UBND tỉnh Hòa Bình ban hành Quyết định số 3016/QĐ-UBND về chỉ số cải cách hành chính.",
    "Tốc độ tăng trưởng kinh tế của tỉnh Quảng Nam năm 2023 đạt 7,5%, xếp thứ 12/63 tỉnh, thành phố.",
]


@pytest.mark.parametrize("text", DISTRACTORS, ids=[t[:50] for t in DISTRACTORS])
def test_distractor_gives_no_result(text):
    assert _measures(text) == []


def test_evidence_points_into_the_text_as_read():
    text = "Năm 2022,\u00a0chỉ số CCHC của huyện Núi Thành đạt 87,93điểm, xếp hạng 04/18.\u200b"
    for record in extract_text(text):
        assert text[record.evidence.start:record.evidence.end] == record.evidence.text
        assert record.evidence.text.startswith("Năm 2022")


def test_decomposed_input_reads_like_composed():
    import unicodedata

    text = "Năm 2023, chỉ số cải cách hành chính của huyện Tân Lạc đạt 86,26 điểm, xếp thứ 9/10 huyện, thành phố."
    decomposed = unicodedata.normalize("NFD", text)
    composed_records = extract_text(text)
    decomposed_records = extract_text(decomposed)
    assert [r.score for r in composed_records] == [r.score for r in decomposed_records] == [86.26]
    record = decomposed_records[0]
    assert decomposed[record.evidence.start:record.evidence.end] == record.evidence.text


REFERENCES = [
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 5 tháng 6 năm 2023 của UBND tỉnh Quảng Nam.",
     dict(ref_number="1234/QĐ-UBND", ref_type="Quyết định", ref_date="2023-06-05")),
    ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa.",
     dict(ref_number="61/2018/NĐ-CP", ref_type="Nghị định", ref_date="2018-04-23")),
    ("Theo Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ.",
     dict(ref_number="01/2023/TT-VPCP", ref_type="Thông tư", ref_date="2023-04-05")),
    ("UBND huyện ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính năm 2024.",
     dict(ref_number="45/KH-UBND", ref_type="Kế hoạch", ref_date=None)),
]


@pytest.mark.parametrize("text,expected", REFERENCES, ids=[r[0][:40] for r in REFERENCES])
def test_reference(text, expected):
    refs = [r for r in extract_text(text) if r.type == "reference"]
    _has(refs, **expected)


def test_year_is_not_the_date_of_a_cited_decision():
    text = ("Theo Quyết định số 3016/QĐ-UBND ngày 26/12/2023 của Chủ tịch UBND tỉnh, chỉ số CCHC năm 2022 "
            "của huyện Tân Lạc đạt 86,26 điểm.")
    (record,) = _measures(text)
    assert record.year == 2022


def test_a_plan_sentence_without_a_year_aims_at_the_plan_year():
    text = ("UBND huyện Tân Lạc ban hành Kế hoạch cải cách hành chính năm 2024. Năm 2023, chỉ số CCHC của huyện "
            "đạt 86,26 điểm. Phấn đấu chỉ số CCHC của huyện đạt từ 88 điểm trở lên.")
    records = _measures(text)
    _has(records, type="result", year=2023, score=86.26)
    _has(records, type="target", year=2024, score=88.0, bound=">=")


def test_respectively_hands_values_out_in_order():
    text = "Năm 2023, Chỉ số CCHC và Chỉ số SIPAS của tỉnh Quảng Nam lần lượt đạt 87,5% và 84,2%."
    records = _measures(text)
    _has(records, index="PAR_INDEX", score=87.5, unit="Quảng Nam", year=2023)
    _has(records, index="SIPAS", score=84.2, unit="Quảng Nam", year=2023)
    assert len(records) == 2


def test_the_year_compared_against_may_come_first():
    (record,) = _measures("So với năm 2022, chỉ số CCHC năm 2023 của huyện Núi Thành tăng 3 bậc, đạt 89,1 điểm.")
    assert (record.year, record.rank_change, record.change_since, record.score) == (2023, 3, 2022, 89.1)


def test_a_bound_on_every_component_is_no_single_record():
    assert _measures("Năm 2024, phấn đấu chỉ số hài lòng của tỉnh Quảng Nam không có lĩnh vực nào dưới 80%.") == []


MORE_CASES = [
    ("Với kết quả 89,75 điểm, huyện Núi Thành xếp thứ 2/18 về Chỉ số CCHC năm 2023.",
     [dict(unit="Núi Thành", score=89.75, rank=2, rank_total=18, year=2023, index="PAR_INDEX")]),
    ("UBND tỉnh Hòa Bình công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành. Theo đó, trong khối sở, Sở Tư pháp "
     "đứng đầu với 91,26 điểm, Sở Tài chính xếp thứ hai với 90,1 điểm, xếp cuối là Sở Y tế với 80,4 điểm.",
     [dict(unit="Sở Tư pháp", rank=1, score=91.26, province="Hòa Bình"), dict(unit="Sở Tài chính", rank=2, score=90.1),
      dict(unit="Sở Y tế", rank=None, score=80.4)]),
    ("Năm 2023, chỉ số DDCI của Sở Tư pháp tỉnh Hòa Bình đạt 82,31 điểm, xếp thứ 1/20 sở, ban, ngành.",
     [dict(unit="Sở Tư pháp", index="DDCI", score=82.31, rank=1, rank_total=20, province="Hòa Bình")]),
    ("Chỉ số SIPAS năm 2023 của tỉnh Hải Dương đạt 82,59%. Trong đó, tiếp cận dịch vụ đạt 84,1%; thủ tục hành chính "
     "đạt 83,5%; công chức trực tiếp giải quyết công việc đạt 85,2%.",
     [dict(index="SIPAS", component="access", score=84.1), dict(index="SIPAS", component="procedures", score=83.5),
      dict(index="SIPAS", component="officials", score=85.2, unit="Hải Dương", year=2023)]),
    ("Chỉ số CCHC của huyện Núi Thành năm 2023 đạt 89,1 điểm, trong đó điểm tự đánh giá là 60,5 điểm, điểm điều tra "
     "xã hội học đạt 28,6 điểm.",
     [dict(component=None, score=89.1), dict(component="self_assessment", score=60.5),
      dict(component="survey", score=28.6)]),
    ("Năm 2023, Chỉ số PCI của tỉnh Hòa Bình đạt 64,6 điểm, xếp thứ 40/63, giảm 5 bậc so với năm trước.",
     [dict(index="PCI", score=64.6, rank=40, rank_total=63, rank_change=-5, change_since=2022)]),
]


@pytest.mark.parametrize("text,expected", MORE_CASES, ids=[c[0][:50] for c in MORE_CASES])
def test_more_passages(text, expected):
    records = _measures(text)
    for expectation in expected:
        _has(records, **expectation)


def test_a_citation_after_a_date_is_read_whole():
    text = "Ngày 20/02/2024, Chủ tịch UBND tỉnh Bắc Giang ký Quyết định số 168/QĐ-UBND phê duyệt Chỉ số CCHC."
    (reference,) = [r for r in extract_text(text) if r.type == "reference"]
    assert (reference.ref_number, reference.ref_date) == ("168/QĐ-UBND", "2024-02-20")


PLAN_AND_RANKING_CASES = [
    # two bounds in one aim: a score floor and a rank ceiling are two records
    ("Mục tiêu năm 2024, Chỉ số CCHC của huyện Yên Lạc đạt từ 88 điểm trở lên, nằm trong tốp 3 các huyện, "
     "thành phố của tỉnh.",
     [dict(type="target", unit="Yên Lạc", score=88.0, bound=">=", rank=None, year=2024),
      dict(type="target", unit="Yên Lạc", rank=3, bound="<=", score=None, year=2024)]),
    # a bracketed year states that year's result; the items after it keep the plan's year
    ("Kế hoạch của huyện Yên Lạc, mục tiêu năm 2024:\n- Cải cách thể chế: đạt 8,5/9 điểm (năm 2023 đạt 8 điểm);\n"
     "- Cải cách chế độ công vụ: giữ nguyên 12/12 điểm như năm 2023;\n- Hiện đại hóa hành chính: đạt 11/12 điểm.",
     [dict(type="target", component="institutions", score=8.5, max_score=9.0, year=2024),
      dict(type="result", component="institutions", score=8.0, year=2023),
      dict(type="target", component="civil_service", score=12.0, score_change=0.0, change_since=2023, year=2024),
      dict(type="result", component="civil_service", score=12.0, year=2023),
      dict(type="target", component="e_government", score=11.0, year=2024)]),
    # two components named together share one value
    ("Năm 2024, tỉnh Quảng Bình phấn đấu các chỉ số nội dung Công khai, minh bạch và Trách nhiệm giải trình "
     "với người dân của PAPI đạt từ 5 điểm trở lên.",
     [dict(type="target", index="PAPI", component="transparency", score=5.0, bound=">="),
      dict(type="target", index="PAPI", component="accountability", score=5.0, bound=">=")]),
    # a department written as "Sở" alone, and its province from the text
    ("Năm 2023, Chỉ số CCHC của Sở Tài nguyên và Môi trường tỉnh Tây Ninh đạt 83,55 điểm. Chỉ số DDCI năm 2023 "
     "của Sở đạt 71,2 điểm, xếp thứ 15/20.",
     [dict(unit="Sở Tài nguyên và Môi trường", index="PAR_INDEX", score=83.55, province="Tây Ninh"),
      dict(unit="Sở Tài nguyên và Môi trường", index="DDCI", score=71.2, rank=15, province="Tây Ninh")]),
    # the unit a title opens with, though the decision's issuer is the province
    ("Tháp Mười: Chỉ số cải cách hành chính năm 2023 tăng 4 bậc\nTheo Quyết định số 198/QĐ-UBND ngày 27/02/2024 "
     "của UBND tỉnh Đồng Tháp, lĩnh vực cải cách tài chính công năm 2023 đạt 8/8 điểm.",
     [dict(unit="Tháp Mười", unit_code="872", component="public_finance", score=8.0, max_score=8.0)]),
    # ranked units in a sentence that names no index: the index named just before
    ("Năm 2023, UBND tỉnh Nghệ An công bố Chỉ số CCHC của các huyện. Có 6 cơ quan xếp loại Tốt. "
     "Ở khối huyện, dẫn đầu là thành phố Vinh với 89,46 điểm; đứng thứ hai là huyện Diễn Châu đạt 88,92 điểm.",
     [dict(unit="Vinh", rank=1, score=89.46, index="PAR_INDEX", year=2023),
      dict(unit="Diễn Châu", score=88.92, index="PAR_INDEX")]),
    # an average of a group is no unit's result
    ("Năm 2023, giá trị trung bình Chỉ số CCHC của khối sở, ngành tỉnh Bắc Giang đạt 88,45 điểm.", []),
]


@pytest.mark.parametrize("text,expected", PLAN_AND_RANKING_CASES, ids=[c[0][:50] for c in PLAN_AND_RANKING_CASES])
def test_plans_and_rankings(text, expected):
    records = _measures(text)
    for expectation in expected:
        _has(records, **expectation)
    if not expected:
        assert records == []


def test_a_plan_value_for_a_year_not_over_is_a_target():
    text = ("Ngày 29/02/2024, UBND huyện Yên Lạc ban hành Kế hoạch nâng cao Chỉ số CCHC năm 2024, phấn đấu "
            "đạt từ 88 điểm trở lên.\nChỉ số hài lòng của người dân năm 2024 đạt trên 90%.")
    _has(_measures(text), type="target", index="SIPAS", year=2024, score=90.0, bound=">")


def test_a_look_back_at_the_year_compared_against_is_not_carried_on():
    text = ("Năm 2023, PCI của tỉnh Bình Dương đạt 69,25 điểm, giảm 1,27 điểm so với năm 2022. Năm 2022, Bình Dương "
            "đạt 70,52 điểm.\nChỉ số thành phần Tiếp cận đất đai đạt 6,02 điểm; chỉ số Đào tạo lao động đạt 7,68 "
            "điểm, tiếp tục nằm trong tốp 5 cả nước.")
    records = _measures(text)
    _has(records, type="result", year=2022, score=70.52, component=None)
    _has(records, type="result", year=2023, component="land_access", score=6.02)
    _has(records, type="result", year=2023, component="labor_training", score=7.68, rank=5, bound="<=")
