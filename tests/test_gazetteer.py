"""The gazetteer: official codes, name matching in text and resolution by context."""
from __future__ import annotations

import pytest

from extractor.gazetteer import ERA_2025, LEGACY, Locality, era_for_year, load_gazetteer
from extractor.gazetteer import levels, store
from extractor.gazetteer.folding import fold_name


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def resolved(gazetteer, text, era=LEGACY):
    """(text of the mention, code of its unit or None) for each mention."""
    results = gazetteer.resolve(gazetteer.find_mentions(text), era=era)
    return [(text[r.mention.start:r.mention.end], r.locality.code if r.locality else None) for r in results]


def only(units: list[Locality]) -> Locality:
    assert len(units) == 1, units
    return units[0]


# --- Known official codes -------------------------------------------------

@pytest.mark.parametrize(
    "name, level, code, province, province_code",
    [
        ("Núi Thành", "huyện", "517", "Quảng Nam", "49"),
        ("Tân Lạc", "huyện", "155", "Hòa Bình", "17"),
        ("Tứ Kỳ", "huyện", "298", "Hải Dương", "30"),
    ],
)
def test_legacy_district_codes(gazetteer, name, level, code, province, province_code):
    unit = only(gazetteer.lookup(name, level=level))
    assert (unit.code, unit.level, unit.province, unit.province_code) == (code, level, province, province_code)
    assert unit.era == LEGACY and unit.district_code is None


@pytest.mark.parametrize(
    "name, level, code, province_code",
    [
        ("Nông Sơn", "huyện", "519", "49"),  # merged into Quế Sơn before July 2025
        ("Đông Sơn", "huyện", "405", "38"),  # merged into Thanh Hóa city
        ("Ninh Bình", "thành phố thuộc tỉnh", "369", "37"),
    ],
)
def test_districts_merged_before_the_package_list_keep_their_codes(gazetteer, name, level, code, province_code):
    unit = only(gazetteer.lookup(name, level=level))
    assert (unit.code, unit.province_code, unit.era) == (code, province_code, LEGACY)


def test_a_bare_province_name_is_still_the_province(gazetteer):
    assert resolved(gazetteer, "Chỉ số CCHC của Ninh Bình đạt 85,2%") == [("Ninh Bình", "37")]


def test_provinces_and_centrally_governed_cities(gazetteer):
    khanh_hoa = gazetteer.province("Khánh Hòa")
    assert (khanh_hoa.code, khanh_hoa.level, khanh_hoa.name) == ("56", "tỉnh", "Khánh Hòa")
    assert gazetteer.province("Quảng Nam").code == "49"
    hcm = gazetteer.province("Hồ Chí Minh")
    assert (hcm.code, hcm.level) == ("79", "thành phố")
    assert gazetteer.province("Núi Thành") is None


def test_phu_cuong_commune_exists_in_several_provinces(gazetteer):
    communes = gazetteer.lookup("Phú Cường", level="xã")
    assert len({c.province_code for c in communes}) > 3
    in_tan_lac = [c for c in communes if c.district_code == "155"]
    assert [(c.province, c.level) for c in in_tan_lac] == [("Hòa Bình", "xã")]


def test_chau_thanh_is_a_district_in_many_provinces(gazetteer):
    districts = gazetteer.lookup("Châu Thành", level="huyện")
    assert len(districts) >= 8
    assert len({d.province_code for d in districts}) == len(districts)


# --- Spelling variants ----------------------------------------------------

@pytest.mark.parametrize(
    "variant, canonical",
    [
        ("Khánh Hoà", "Khánh Hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Thuỷ Nguyên", "Thủy Nguyên"),
        ("KHÁNH HÒA", "Khánh Hòa"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà  Rịa -  Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_spelling_variants_look_up_the_same_units(gazetteer, variant, canonical):
    assert fold_name(variant) == fold_name(canonical)
    assert gazetteer.lookup(variant) == gazetteer.lookup(canonical) != []


def test_old_tone_marks_in_text(gazetteer):
    text = "Năm 2023, tỉnh Hoà Bình xếp thứ 20; Khánh Hoà: tăng 3 bậc."
    assert resolved(gazetteer, text) == [("tỉnh Hoà Bình", "17"), ("Khánh Hoà", "56")]


def test_accents_are_significant(gazetteer):
    assert fold_name("Phú Cường") != fold_name("Phù Cừ")
    assert all(u.name == "Phú Cường" for u in gazetteer.lookup("Phú Cường"))
    phu_cu = only(gazetteer.lookup("Phù Cừ", level="huyện"))
    assert (phu_cu.code, phu_cu.province) == ("333", "Hưng Yên")
    assert gazetteer.lookup("Phu Cuong") == []


def test_phu_cuong_in_text_is_not_phu_cu(gazetteer):
    text = "UBND huyện Tân Lạc chỉ đạo xã Phú Cường tạo điều kiện cho người dân."
    results = gazetteer.resolve(gazetteer.find_mentions(text))
    commune = results[1]
    assert commune.mention.name == "Phú Cường"
    assert (commune.locality.code, commune.locality.district_code) == ("05140", "155")
    assert all(c.name == "Phú Cường" for c in commune.candidates)


# --- Finding mentions -----------------------------------------------------

def test_mention_offsets_and_longest_known_name(gazetteer):
    text = "Chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm, xếp hạng 04/18."
    [mention] = gazetteer.find_mentions(text)
    assert text[mention.start:mention.end] == "huyện Núi Thành"
    assert text[mention.name_start:mention.end] == mention.name == "Núi Thành"
    assert mention.level_word == "huyện"


def test_level_word_spellings(gazetteer):
    text = ("Huyện Tân Lạc, thị xã Điện Bàn, thành phố Hội An, Thành phố Hà Nội, "
            "TP. Hồ Chí Minh và HUYỆN TỨ KỲ cùng tăng hạng.")
    assert resolved(gazetteer, text) == [
        ("Huyện Tân Lạc", "155"),
        ("thị xã Điện Bàn", "507"),
        ("thành phố Hội An", "503"),
        ("Thành phố Hà Nội", "01"),
        ("TP. Hồ Chí Minh", "79"),
        ("HUYỆN TỨ KỲ", "298"),
    ]


@pytest.mark.parametrize("written", ["TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "Tp.HCM", "TP Hồ Chí Minh"])
def test_ho_chi_minh_city_abbreviations(gazetteer, written):
    text = f"Chỉ số PAR INDEX 2023 của {written} đạt 89,01%."
    assert resolved(gazetteer, text) == [(written, "79")]


def test_tp_glued_to_another_word_is_no_city(gazetteer):
    assert gazetteer.find_mentions("Ngân hàng TPBank tài trợ hội nghị.") == []


def test_ubnd_prefix_leaves_the_level_word_mention(gazetteer):
    text = "UBND huyện Núi Thành ban hành kế hoạch cải cách hành chính năm 2024."
    assert resolved(gazetteer, text) == [("huyện Núi Thành", "517")]


def test_level_word_followed_by_lower_case_is_no_mention(gazetteer):
    text = "Chỉ số CCHC của 18 huyện, thị xã, thành phố thuộc tỉnh Quảng Nam được công bố."
    assert resolved(gazetteer, text) == [("tỉnh Quảng Nam", "49")]
    assert gazetteer.find_mentions("kinh tế - xã hội của huyện tiếp tục phát triển") == []


def test_plural_list_after_one_level_word(gazetteer):
    text = "Các huyện Tân Lạc, Lạc Sơn và Mai Châu (tỉnh Hòa Bình) có chỉ số tăng mạnh."
    mentions = gazetteer.find_mentions(text)
    assert [(m.name, m.level_word) for m in mentions] == [
        ("Tân Lạc", "huyện"), ("Lạc Sơn", "huyện"), ("Mai Châu", "huyện"), ("Hòa Bình", "tỉnh"),
    ]
    assert [text[m.start:m.end] for m in mentions[:3]] == ["huyện Tân Lạc", "Lạc Sơn", "Mai Châu"]
    assert [code for _, code in resolved(gazetteer, text)] == ["155", "157", "156", "17"]


def test_list_stops_at_another_level(gazetteer):
    text = "các huyện Tiên Phước, Phú Ninh, thành phố Tam Kỳ và tỉnh Quảng Nam"
    assert [(m.name, m.level_word) for m in gazetteer.find_mentions(text)] == [
        ("Tiên Phước", "huyện"), ("Phú Ninh", "huyện"), ("Tam Kỳ", "thành phố"), ("Quảng Nam", "tỉnh"),
    ]


def test_bare_province_names(gazetteer):
    text = "Khánh Hòa: Ban hành kế hoạch nâng cao Chỉ số CCHC.\nQuảng Trị: Duy trì vị trí trong nhóm khá."
    assert resolved(gazetteer, text) == [("Khánh Hòa", "56"), ("Quảng Trị", "45")]


def test_bare_province_names_inside_longer_names_are_not_mentions(gazetteer):
    text = "Bà Nguyễn Thị Hà Nam phát biểu; Báo Khánh Hòa đưa tin."
    assert gazetteer.find_mentions(text) == []


def test_bare_province_after_sentence_start_or_abbreviation(gazetteer):
    text = "Tại Quảng Nam, UBND Đà Nẵng và Sở Nội vụ Bà Rịa - Vũng Tàu cùng dự."
    assert resolved(gazetteer, text) == [("Quảng Nam", "49"), ("Đà Nẵng", "48"), ("Bà Rịa - Vũng Tàu", "77")]


def test_province_named_after_its_level_word_is_one_mention(gazetteer):
    text = "Sở Nội vụ tỉnh Hòa Bình và UBND thành phố Hòa Bình phối hợp."
    assert resolved(gazetteer, text) == [("tỉnh Hòa Bình", "17"), ("thành phố Hòa Bình", "148")]


def test_numbered_districts_and_wards(gazetteer):
    text = "Quận 1 dẫn đầu, phường 12 xếp cuối."
    assert resolved(gazetteer, text) == [("Quận 1", "760"), ("phường 12", None)]


def test_former_names(gazetteer):
    # Thừa Thiên Huế became the city of Huế in 2025, Quế Võ a town (thị xã)
    # in 2023: reports on earlier years use the old names.
    text = "tỉnh Thừa Thiên Huế xếp thứ 7; huyện Quế Võ đạt 85 điểm."
    assert resolved(gazetteer, text) == [("tỉnh Thừa Thiên Huế", "46"), ("huyện Quế Võ", "259")]
    assert only(gazetteer.lookup("Quế Võ", level="huyện")).level == "thị xã"


def test_hostile_text_is_scanned(gazetteer):
    text = "Hà Nội Quảng Nam Huyện Tân Lạc Phú Cường " * 20000 + "huyện" + " " * 100000 + "x"
    mentions = gazetteer.find_mentions(text)
    assert all(0 <= m.start < m.end <= len(text) for m in mentions)


# --- Resolution -----------------------------------------------------------

def test_chau_thanh_resolved_by_province_in_the_text(gazetteer):
    text = ("Năm 2023, huyện Châu Thành xếp thứ nhất trong khối huyện, thị xã, thành phố "
            "của tỉnh Tiền Giang với 90,5 điểm.")
    chau_thanh = gazetteer.resolve(gazetteer.find_mentions(text))[0]
    assert (chau_thanh.locality.code, chau_thanh.locality.province) == ("821", "Tiền Giang")
    assert len(chau_thanh.candidates) >= 8


def test_chau_thanh_resolved_by_bare_province(gazetteer):
    text = "Long An: huyện Châu Thành tăng 4 bậc."
    assert resolved(gazetteer, text) == [("Long An", "80"), ("huyện Châu Thành", "808")]


def test_chau_thanh_left_unresolved_without_context(gazetteer):
    text = "Huyện Châu Thành đạt 88,2 điểm, tăng 5 bậc so với năm trước."
    [result] = gazetteer.resolve(gazetteer.find_mentions(text))
    assert result.locality is None
    assert len(result.candidates) >= 8


def test_chau_thanh_left_unresolved_between_two_candidate_provinces(gazetteer):
    text = "Tỉnh Bến Tre và tỉnh Trà Vinh khen thưởng huyện Châu Thành."
    assert resolved(gazetteer, text) == [("Tỉnh Bến Tre", "83"), ("tỉnh Trà Vinh", "84"), ("huyện Châu Thành", None)]


def test_commune_preferred_inside_a_district_named_in_the_text(gazetteer):
    # Hà Nội has two communes named Phú Cường, but the district decides.
    text = "Đoàn công tác của Hà Nội thăm xã Phú Cường, huyện Tân Lạc."
    assert resolved(gazetteer, text) == [("Hà Nội", "01"), ("xã Phú Cường", "05140"), ("huyện Tân Lạc", "155")]


def test_commune_resolved_by_province(gazetteer):
    text = "xã Phú Cường (tỉnh Đồng Nai) đạt chuẩn nông thôn mới."
    assert resolved(gazetteer, text) == [("xã Phú Cường", "26236"), ("tỉnh Đồng Nai", "75")]


def test_commune_left_unresolved_without_context(gazetteer):
    assert resolved(gazetteer, "xã Phú Cường đạt chuẩn nông thôn mới.") == [("xã Phú Cường", None)]


def test_unknown_level_for_a_name_resolves_to_none(gazetteer):
    # No district is named Quảng Nam: the words still form one mention, not a bare province.
    text = "huyện Quảng Nam"
    [result] = gazetteer.resolve(gazetteer.find_mentions(text))
    assert result.mention.name == "Quảng Nam" and result.locality is None and result.candidates == ()


# --- The 2025 reorganization ------------------------------------------------

def test_era_for_year():
    assert era_for_year(2024) == LEGACY
    assert era_for_year(2025) == ERA_2025
    assert era_for_year(2026) == ERA_2025
    assert era_for_year(None) == LEGACY


def test_2025_provinces_have_their_own_codes(gazetteer):
    assert gazetteer.province("Tây Ninh", era=ERA_2025).code == "80"
    assert gazetteer.province("Tây Ninh").code == "72"
    assert gazetteer.by_code("80").name == "Long An"
    assert gazetteer.province("Long An", era=ERA_2025) is None
    assert gazetteer.province("An Giang", era=ERA_2025).code == "91"


def test_2025_communes(gazetteer):
    nui_thanh = only(gazetteer.lookup("Núi Thành", level="xã", era=ERA_2025))
    assert (nui_thanh.code, nui_thanh.province, nui_thanh.province_code) == ("20965", "Đà Nẵng", "48")
    assert nui_thanh.district_code is None and nui_thanh.era == ERA_2025
    phu_quoc = only(gazetteer.lookup("Phú Quốc", level="đặc khu", era=ERA_2025))
    assert (phu_quoc.code, phu_quoc.level, phu_quoc.province_code) == ("31078", "đặc khu", "91")


def test_2025_has_no_districts(gazetteer):
    assert gazetteer.lookup("Núi Thành", level="huyện", era=ERA_2025) == []
    assert resolved(gazetteer, "huyện Núi Thành", era=ERA_2025) == [("huyện Núi Thành", None)]


def test_2025_resolution_by_province(gazetteer):
    text = "Năm 2025, xã Châu Thành (tỉnh Tây Ninh) và phường Hội An dẫn đầu."
    assert resolved(gazetteer, text, era=ERA_2025) == [
        ("xã Châu Thành", "25585"), ("tỉnh Tây Ninh", "80"), ("phường Hội An", "20410"),
    ]


# --- Codes and level words --------------------------------------------------

def test_lookup_by_code(gazetteer):
    assert gazetteer.by_code("517").name == "Núi Thành"
    assert gazetteer.by_code("01").name == "Hà Nội"
    ward = gazetteer.by_code("00004")
    assert (ward.name, ward.level, ward.district_code) == ("Trúc Bạch", "phường", "001")
    assert gazetteer.by_code("00004", era=ERA_2025).name == "Ba Đình"
    assert gazetteer.by_code("517", era=ERA_2025) is None
    assert gazetteer.by_code("99999") is None


CODE_LENGTHS = {
    **dict.fromkeys(levels.PROVINCE_LEVELS, 2),
    **dict.fromkeys(levels.DISTRICT_LEVELS, 3),
    **dict.fromkeys(levels.COMMUNE_LEVELS, 5),
}


def test_every_code_looks_up_its_own_unit(gazetteer):
    for era in (LEGACY, ERA_2025):
        for name in ("Núi Thành", "Phú Cường", "Hà Nội", "Châu Thành"):
            for unit in gazetteer.lookup(name, era=era):
                assert gazetteer.by_code(unit.code, era=era) == unit
                assert len(unit.code) == CODE_LENGTHS[unit.level]


def test_city_level_word_matches_both_kinds_of_city(gazetteer):
    assert only(gazetteer.lookup("Hội An", level="thành phố")).level == "thành phố thuộc tỉnh"
    assert only(gazetteer.lookup("Đà Nẵng", level="TP")).level == "thành phố"
    assert gazetteer.lookup("Hà Nội", level="huyện") == []
    with pytest.raises(ValueError):
        gazetteer.lookup("Hà Nội", level="làng")


def test_unknown_era_is_refused(gazetteer):
    with pytest.raises(ValueError):
        gazetteer.lookup("Hà Nội", era="2030")


def test_cache_file_gives_the_same_units_as_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = store.load_named_units()
    assert list((tmp_path / "chiso").glob("*.json"))
    assert store.load_named_units() == built


def test_a_number_after_another_level_word_is_no_unit(gazetteer):
    text = "Tính năng động của chính quyền tỉnh 7,26 điểm; Quận 7 đạt 90 điểm."
    names = [(m.level_word, m.name) for m in gazetteer.find_mentions(text)]
    assert ("tỉnh", "7") not in names and ("Quận", "7") in names


def test_a_minority_language_syllable_is_one_whatever_its_marks():
    """"Đắk Hà", "Đăk Hà", "Đak Hà": no Vietnamese syllable ends in k, so its marks vary by writer."""
    from extractor.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    codes = {spelling: {unit.code for unit in gazetteer.lookup(spelling, level="huyện")}
             for spelling in ("Đắk Hà", "Đăk Hà", "Đak Hà")}
    assert codes["Đắk Hà"] == codes["Đăk Hà"] == codes["Đak Hà"] == {"615"}
    assert {u.code for u in gazetteer.lookup("Đăk Lăk", level="tỉnh")} == {"66"}
    assert not gazetteer.lookup("Phù Cừ", level="huyện") == gazetteer.lookup("Phú Cường", level="huyện")


def test_a_final_y_and_i_spell_one_name():
    from extractor.gazetteer.folding import fold_name, spelling_pattern
    import regex
    assert fold_name("Phú Quý") == fold_name("Phú Quí")
    assert fold_name("Kỳ Anh") == fold_name("Kì Anh")
    assert fold_name("Thủy Nguyên") == "thuy3 nguyên"  # "uy" is no lone final y
    assert fold_name("Duy Xuyên") == "duy xuyên"
    assert regex.fullmatch(spelling_pattern("Phú Quý"), "Phú Quí")
    assert regex.fullmatch(spelling_pattern("Lý Nhân"), "Lí Nhân")
    assert not regex.fullmatch(spelling_pattern("Phú Quý"), "Phú Quế")

