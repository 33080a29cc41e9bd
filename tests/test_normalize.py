"""Normalization keeps a way back to the text as read."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from extractor.normalize import normalize
from extractor.numbers import parse_int, parse_number


@pytest.mark.parametrize("raw,expected", [
    ("Khánh Hoà", "Khánh Hòa"),
    ("thuỷ lợi", "thủy lợi"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("quý I", "quý I"),          # qu + y: the tone stays on y
    ("hoàn thành", "hoàn thành"),  # a closed syllable is already right
    ("Y êu cầu", "Yêu cầu"),
    ("A và B", "A và B"),
    ("10,32điểm", "10,32 điểm"),
    ("tăng 6bậc", "tăng 6 bậc"),
    ("a\u00a0b", "a b"),
    ("a\u200bb\ufeff", "ab"),
    ("giảm khá sâu (8, 12%)", "giảm khá sâu (8,12%)"),
    ("huyện Chư Sê với 80, 48 điểm", "huyện Chư Sê với 80,48 điểm"),
    ("lần lượt với 80, 48 điểm", "lần lượt với 80, 48 điểm"),
    ("the province of QuangNinh", "the province of Quang Ninh"),
    ("from 73.4 points to75.3 points", "from 73.4 points to 75.3 points"),
    ("tỉnhQuảng Ninh đạt85 điểm, top10", "tỉnh Quảng Ninh đạt 85 điểm, top 10"),
    ("VnExpress iPhone McDonald", "VnExpress iPhone McDonald"),
    ("the results ofPCI in 2017, thePPC said", "the results of PCI in 2017, the PPC said"),
    ("PAPI in 2017reached 36.27 points", "PAPI in 2017 reached 36.27 points"),
    ("ngày 12/5/2017đã", "ngày 12/5/2017đã"),
    ("3rd, 21st, 4.0, 2010s", "3rd, 21st, 4.0, 2010s"),
])
def test_normalized_forms(raw, expected):
    assert normalize(raw).text == expected


def test_tone_placement_agrees_with_underthesea():
    from underthesea import text_normalize

    # words in underthesea's dictionary (it leaves words it does not know alone)
    words = ["hoà", "Hoà", "thuỷ", "toà", "khoẻ", "hoá", "xoà", "tuỳ", "luỹ", "thoả", "hoạ", "Thuỵ", "hoè", "quỳ"]
    for word in words:
        assert normalize(word).text == text_normalize(word), word


def test_decomposed_text_is_composed_and_spans_map_back():
    source = unicodedata.normalize("NFD", "Chỉ số của huyện Núi Thành đạt 87,93 điểm")
    norm = normalize(source)
    assert norm.text == "Chỉ số của huyện Núi Thành đạt 87,93 điểm"
    start = norm.text.index("Núi Thành")
    s, e = norm.source_span(start, start + len("Núi Thành"))
    assert unicodedata.normalize("NFC", source[s:e]) == "Núi Thành"


def test_spans_across_removed_and_inserted_characters():
    source = "x\u200b\u200b 10,32điểm y"
    norm = normalize(source)
    start = norm.text.index("10,32")
    s, e = norm.source_span(start, start + len("10,32 điểm"))
    assert source[s:e] == "10,32điểm"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aoà\u0300\u0301 Y êu1điểm\u200b\u00a0,.ỷuq")), max_size=60))
def test_every_span_maps_inside_the_source(text):
    norm = normalize(text)
    previous = 0
    for i in range(len(norm.text) + 1):
        j = norm.offsets.to_source(i)
        assert 0 <= j <= len(text)
        assert j >= previous  # monotone: spans never turn inside out
        previous = j


@pytest.mark.parametrize("raw,value", [
    ("87,93", 87.93), ("35.24", 35.24), ("0.09", 0.09), ("1.234.567", 1234567.0),
    ("1.234", 1234.0), ("2,0", 2.0), ("1.234,5", 1234.5), ("04", 4.0), ("x", None),
])
def test_numbers(raw, value):
    assert parse_number(raw) == value


def test_score_dot_groups_read_as_decimals_when_a_thousand_is_impossible():
    assert parse_number("87.930", score=True) == 87.93
    assert parse_number("1.234.567", score=True) == 1234567.0


def test_rank_words():
    assert parse_int("04") == 4 and parse_int("nhất") == 1 and parse_int("ba") == 3 and parse_int("xx") is None


def test_a_list_marker_stays_with_its_item():
    from extractor.segment import Span, sentences

    text = "1. PAR INDEX: phấn đấu đạt 88%. Trong đó, lĩnh vực đạt 12 điểm."
    assert [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))] == [
        "1. PAR INDEX: phấn đấu đạt 88%.", "Trong đó, lĩnh vực đạt 12 điểm."]


def test_a_short_line_goes_on_where_the_next_goes_on_in_lower_case():
    from extractor.segment import lines

    text = "The meeting\nwas attended by the Minister of Home Affairs.\nChỉ số CCHC\nNăm 2022, tỉnh đạt 88%."
    got = [text[line.start:line.end] for line in lines(text)]
    assert got == ["The meeting\nwas attended by the Minister of Home Affairs.", "Chỉ số CCHC", "Năm 2022, tỉnh đạt 88%."]
