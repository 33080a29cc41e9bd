"""English reports of the same indices, in passages of our own words: the same
records, with the Vietnamese names and codes of their units."""
from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.language import ENGLISH, VIETNAMESE, language_of
from record_checks import check_passage, has, lacks, measures


@pytest.mark.parametrize("text,language", [
    ("Quang Ninh topped the PAR Index in 2023 with 92.18 percent, followed by Hai Phong.", ENGLISH),
    ("Regarding the PAR Index, Quảng Ninh was followed by Hải Phòng, Thừa Thiên-Huế, Bình Dương and Đồng Tháp.",
     ENGLISH),
    ("Năm 2023, chỉ số cải cách hành chính của tỉnh Quảng Ninh đạt 92,18%, dẫn đầu cả nước.", VIETNAMESE),
    ("PCI 2023", VIETNAMESE),
    ("Five leading localities included Cam Pha city, Quang Yen town, Mong Cai, Uong Bi and Ha Long cities.", ENGLISH),
    ("Top 10 PCI 2023: Quang Ninh, Hai Phong, Long An", VIETNAMESE),
])
def test_language_of_a_line(text, language):
    assert language_of(text) == language


CASES = [
    ("a leader and its followers, with the places' English spellings",
     "In the 2012 public administration reform index (PAR Index 2012), Da Nang ranked first with 87.14 percent, "
     "followed by the southern provinces of Ba Ria - Vung Tau (86.14 percent) and Ho Chi Minh City (83.83 percent).",
     [dict(unit="Đà Nẵng", unit_code="48", index="PAR_INDEX", year=2012, rank=1, score=87.14, score_unit="%"),
      dict(unit="Bà Rịa - Vũng Tàu", unit_code="77", rank=2, score=86.14),
      dict(unit="Hồ Chí Minh", unit_code="79", rank=3, score=83.83)],
     []),
    ("a province with its level word after the name",
     "Northern Quang Ninh province ranked 19th out of 63 in the PAR Index 2012 with 80.21 percent.",
     [dict(unit="Quảng Ninh", unit_code="22", rank=19, rank_total=63, score=80.21, year=2012)],
     []),
    ("ministries by their English names",
     "Among ministries in the 2021 PAR Index, the Ministry of Justice topped the list with 91.9 percent, "
     "followed by the Ministry of Finance and the State Bank of Vietnam.",
     [dict(unit="Bộ Tư pháp", unit_level="bộ", rank=1, score=91.9, year=2021),
      dict(unit="Bộ Tài chính", rank=2), dict(unit="Ngân hàng Nhà nước Việt Nam", rank=3)],
     []),
    ("points, a score out of 100, a change from a year",
     "Quang Ninh topped the Provincial Competitiveness Index (PCI) in 2022 with a score of 72.95 out of 100, "
     "up 1.2 points from 2021.",
     [dict(unit="Quảng Ninh", index="PCI", year=2022, rank=1, score=72.95, max_score=100.0,
           score_change=1.2, change_since=2021)],
     []),
    ("ordinal places",
     "In the PCI 2022, Bac Giang came second with 72.8 points. Fourth position belonged to Ba Ria-Vung Tau "
     "with 70.26 points, and Dong Thap was in fifth position.",
     [dict(unit="Bắc Giang", rank=2, score=72.8, score_unit="điểm"),
      dict(unit="Bà Rịa - Vũng Tàu", rank=4, score=70.26), dict(unit="Đồng Tháp", rank=5)],
     []),
    ("places gained and the runner-up",
     "Long An was the runner-up in the 2023 PCI with 70.94 points, an increase of 8 places compared to 2022.",
     [dict(unit="Long An", index="PCI", year=2023, rank=2, score=70.94, rank_change=8, change_since=2022)],
     []),
    ("averages, thresholds and counts are no unit's",
     "In 2024, the national average PAR Index was 88.37 percent; 53 of 63 localities saw their index rise, "
     "and the provinces with indexes over 90 percent were led by Hai Phong.",
     [dict(unit="Hải Phòng", rank=1)],
     [dict(score=88.37), dict(score=90.0), dict(rank=53)]),
    ("a change written as 'higher than', places in words, the city referred to",
     "In the 2021 DTI rankings, the central city of Da Nang came first. The central city scored 0.6419 points, "
     "0.1545 higher than the 2020 ranking. Ho Chi Minh City climbed two spots to rank third.",
     [dict(unit="Đà Nẵng", year=2021, score=0.6419, score_change=0.1545, change_since=2020),
      dict(unit="Hồ Chí Minh", rank=3, rank_change=2)],
     []),
    ("the readiness ranking by other names, 'to top the country', a part of it no record",
     "According to the ITC Index 2012 report, Da Nang continues to top the country for IT application readiness, "
     "followed by HCM City and Hanoi. It ranks second in IT human resources.",
     [dict(unit="Đà Nẵng", index="OTHER", year=2012, rank=1), dict(unit="Hồ Chí Minh", rank=2),
      dict(unit="Hà Nội", rank=3)],
     [dict(unit="Đà Nẵng", rank=2)]),
    ("'ranked highest' starts the places a list goes on with; the earlier year in brackets",
     "In PAPI 2020, Long An is ranked highest with a score of 47.1 points, followed by Ben Tre (46.9 points) and "
     "Hue (46.5 points). Hue is ranked third out of 63 provinces (in 2019, the province was ranked 12/63).",
     [dict(unit="Long An", year=2020, rank=1, score=47.1), dict(unit="Bến Tre", rank=2), dict(unit="Thừa Thiên Huế", year=2020, rank=3),
      dict(unit="Thừa Thiên Huế", year=2019, rank=12)],
     [dict(rank=4)]),
    ("a change in per cent of a score in points is relative; places to a bare number",
     "In the index of serving citizens and businesses in 2024, Vietnam Social Security claimed the third place with "
     "80.33 points, up 15.1% from 2023. The 2015 PCI showed Hanoi (59 pts) jumped two places to 24.",
     [dict(unit="Bảo hiểm xã hội Việt Nam", index="OTHER", year=2024, rank=3, score=80.33),
      dict(unit="Hà Nội", index="PCI", rank=24, rank_change=2)],
     [dict(score_change=15.1)]),
    ("a part's move ends on a place reached; a value not reached is no score",
     "In 2024, Binh Thuan's PAR Index ranked 20th. The component index on state administrative apparatus reform "
     "rose 58 places, reaching 5th place out of 63 provinces. The rate of online records has not reached 100%.",
     [dict(unit="Bình Thuận", component="organization", year=2024, rank=5, rank_total=63, rank_change=58)],
     [dict(score=100.0)]),
    ("the bare scores of a list's items follow the indices its first item scored",
     "In 2022, for the block of departments: the Department of Home Affairs ranked first with the PAR index of "
     "96.85% and the satisfaction index of 99.38%. The Department of Justice: 95.66%; 90.63%.",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", score=95.66), dict(unit="Sở Tư pháp", index="SIPAS", score=90.63)],
     []),
    ("the top N with a word describing them; a part's name written out; from a value in one year to another",
     "In the PCI 2021, Other provinces in the top ten competitive localities includes Da Nang, Binh Duong and "
     "Vinh Phuc. In PAPI 2017, the index of Control of corruption of Bac Ninh increased from 5.8 points "
     "(in 2016) to 6.15 points (in 2017). Participation of the people at local level reached 6.39 points.",
     [dict(unit="Bình Dương", index="PCI", year=2021, rank=10, bound="<="), dict(unit="Vĩnh Phúc", rank=10),
      dict(unit="Bắc Ninh", component="corruption_control", year=2017, score=6.15),
      dict(unit="Bắc Ninh", component="corruption_control", year=2016, score=5.8),
      dict(unit="Bắc Ninh", component="participation", year=2017, score=6.39)],
     [dict(component="corruption_control", year=2017, score=5.8)]),
    ("the parts listed after the group they are in; 'following by' goes on with the places",
     "In PAPI 2023, Bac Giang had 3 content axes in the group of provinces and cities with the highest scores: "
     "transparency (5.68 points); accountability to the people (4.38 points); e-governance (3.48 points). "
     "Hue led the country with 46.04 points; following by Thai Nguyen province with 45.78 points.",
     [dict(unit="Bắc Giang", component="transparency", rating="Cao", score=5.68),
      dict(unit="Bắc Giang", component="accountability", rating="Cao", score=4.38),
      dict(unit="Thái Nguyên", rank=2, score=45.78)],
     []),
    ("first in the parts listed after 'including', one a clause; a class 'classified as'; a part's other name",
     "According to the 2015 PAPI results, Quang Tri is the only locality ranked first with four of the six "
     "dimensions, including transparency; vertical accountability; public administrative procedures and public "
     "service delivery. In PAPI 2019, Binh Duong reached 43.97 points, being classified as a \"High Medium\" "
     "score, and the \"Supply of public services\" index reached 7.19 points.",
     [dict(unit="Quảng Trị", year=2015, component="accountability", rank=1),
      dict(unit="Quảng Trị", component="public_services", rank=1),
      dict(unit="Bình Dương", year=2019, score=43.97, rating="Trung bình cao"),
      dict(unit="Bình Dương", component="public_services", score=7.19)],
     [dict(unit="Quảng Trị", component=None, rank=1)]),
    ("a list that starts from a unit with no place stated gives no places; a gap behind the first; a scale",
     "Da Nang has finished 2nd in the PCI 2017. In detail, Quang Ninh scored 70.69 points, followed by Da Nang "
     "with 70.11 points and Dong Thap 68.78. Despite being 0.58 points behind Quang Ninh, Da Nang was praised. "
     "The PCI has 10 sub-indices, including legal institutions, with each accounting for 10 points.",
     [dict(unit="Đà Nẵng", year=2017, rank=2), dict(unit="Đồng Tháp", score=68.78)],
     [dict(unit="Đồng Tháp", rank=4), dict(score=0.58), dict(score=10.0)]),
    ("'secured its top ranking' is first, and the places after it follow",
     "In the DDCI 2023, Viet Yen district secured its top ranking in the district bloc with 89.56 points followed "
     "by Bac Giang city with 72.64 points.",
     [dict(unit="Việt Yên", rank=1, score=89.56), dict(unit="Bắc Giang", rank=2)],
     []),
    ("the value of the year compared with, said after 'than'; the place moved from, of the year compared with",
     "In the 2024 DTI rankings, Da Nang ranked first. Compared to the 2023 DTI, the city rose four ranks from "
     "fifth place. In PAPI 2021, HCMC is in the lowest group with only 40.68 points, lower than in 2020 when it "
     "reached 41.98 points. The SIPAS of Hanoi in 2019 was 80.09%, slightly lower than the result of 83% in 2018.",
     [dict(unit="Hồ Chí Minh", index="PAPI", year=2020, score=41.98), dict(unit="Hà Nội", index="SIPAS", year=2018, score=83.0),
      dict(unit="Đà Nẵng", index="DTI", year=2024, rank=1, rank_change=4), dict(unit="Đà Nẵng", index="DTI", year=2023, rank=5)],
     [dict(unit="Đà Nẵng", year=2024, rank=5)]),
    ("initials in brackets name the unit again",
     "In the 2021 DTI, the Vietnam Academy of Science and Technology ranked first. It was followed by "
     "Vietnam Television (VTV) and Vietnam News Agency (VNA).",
     [dict(unit="Viện Hàn lâm Khoa học và Công nghệ Việt Nam", rank=1),
      dict(unit="Đài Truyền hình Việt Nam", rank=2), dict(unit="Thông tấn xã Việt Nam", rank=3)],
     [dict(rank=4)]),
    ("members of a top group are within it, a tier is no rank",
     "In the 2024 PCI, Hai Phong topped the list. The top ten also included Bac Ninh and Lang Son, "
     "while Quang Ninh remained in the top tier. Hue and Phu Tho were also in the Top 10.",
     [dict(unit="Hải Phòng", rank=1), dict(unit="Bắc Ninh", rank=10, bound="<="),
      dict(unit="Lạng Sơn", rank=10, bound="<="), dict(unit="Thừa Thiên Huế", unit_code="46", rank=10, bound="<="),
      dict(unit="Phú Thọ", rank=10, bound="<=")],
     [dict(unit="Quảng Ninh", rank=1)]),
    ("the next places after 'rounding out', a score written bare, an elided verb",
     "In the PAR Index 2017, the central bank scored 92.36 out of 100. The Ministry of Information and "
     "Communications was ranked second with 86.13 and the Ministry of Finance third with 84.42. "
     "In the 2024 PCI, Quang Ninh came in second. Rounding out the top five were Long An, Bac Giang and Dong Thap.",
     [dict(unit="Ngân hàng Nhà nước Việt Nam", score=92.36, max_score=100.0),
      dict(unit="Bộ Thông tin và Truyền thông", rank=2, score=86.13), dict(unit="Bộ Tài chính", rank=3, score=84.42),
      dict(unit="Long An", rank=3), dict(unit="Bắc Giang", rank=4), dict(unit="Đồng Tháp", rank=5)],
     []),
    ("ranks out of a total with the name between, 'It' for the unit, a decimal below one",
     "The northern province of Quang Ninh improved its 2019 PAPI with 44.66 points, ranking Quang Ninh third out "
     "of 63 provinces. It reached 95.26 percent in the SIPAS. Its ICT index rose to third place with 0.735 points.",
     [dict(unit="Quảng Ninh", index="PAPI", rank=3, rank_total=63), dict(unit="Quảng Ninh", index="PAPI", score=44.66),
      dict(unit="Quảng Ninh", index="SIPAS", score=95.26), dict(unit="Quảng Ninh", index="OTHER", score=0.735)],
     [dict(score=735.0)]),
    ("ranks gained compared with a year and its place then, places in brackets, a retained place",
     "According to the PCI 2022 rankings, Nghe An scored 66.60 points, ranked 23rd out of 63, an improvement of "
     "7 ranks compared to 2021 (30th out of 63). Hai Phong retained its third position, slipping by one rank. "
     "Other localities in the top 10 of PCI 2022 include Bac Ninh (7th) and Da Nang (9th).",
     [dict(unit="Nghệ An", year=2022, rank=23, rank_change=7, change_since=2021),
      dict(unit="Nghệ An", year=2021, rank=30), dict(unit="Hải Phòng", rank=3, rank_change=-1),
      dict(unit="Bắc Ninh", rank=7), dict(unit="Đà Nẵng", rank=9)],
     [dict(rank=10)]),
    ("an aim is a target, a wish to improve is not; the earlier year's score after 'from'",
     "According to the PCI 2023 report, Bac Giang scored 69.75 points, a decrease of 3.05 points from 72.80 points "
     "the previous year. Bac Giang strives to improve its business environment. Hoa Binh agreed to strive for "
     "administrative reform to achieve at least 96 percent in the PAR Index 2022.",
     [dict(type="result", unit="Bắc Giang", year=2023, score=69.75, score_change=-3.05),
      dict(type="result", unit="Bắc Giang", year=2022, score=72.8),
      dict(type="target", unit="Hòa Bình", score=96.0, bound=">=")],
     [dict(type="target", unit="Bắc Giang")]),
    ("'closely behind X lay', a gap to the average is no change",
     "Da Nang topped the PAR INDEX 2013 with 87.02 percent, 9.46 percent higher than the national average of "
     "77.56 percent. Closely behind Da Nang lay Hai Phong with 86.93 percent.",
     [dict(unit="Đà Nẵng", rank=1, score=87.02), dict(unit="Hải Phòng", rank=2, score=86.93)],
     [dict(score_change=9.46), dict(score=77.56)]),
    ("the announcing ministry is no ranked unit",
     "The Ministry of Home Affairs announced the 2023 PAR Index, in which Quang Ninh ranked first.",
     [dict(unit="Quảng Ninh", rank=1, year=2023)],
     [dict(unit="Bộ Nội vụ")]),
    ("names that keep their diacritics in English text",
     "The northern province of Quảng Ninh maintained first position on the PAR Index in 2020, "
     "followed by Hải Phòng and Thừa Thiên-Huế.",
     [dict(unit="Quảng Ninh", rank=1, year=2020), dict(unit_code="31", rank=2), dict(unit_code="46", rank=3)],
     []),
    ("a lead in all the pillars, 'following X is Y', a component with its own rank, a reason is no component",
     "The ministry has released the provincial DTI rankings for 2023. Hai Phong tops the ranking for the second "
     "time, and tops all three pillars of Digital Government, Digital Economy and Digital Society. Following "
     "Hai Phong is Quang Ninh. Bac Ninh ranked 5th out of 63 provinces with strong growth in the Digital Economy. "
     "Nam Dinh ranked 14th, with Digital Government ranked 9th, Digital Economy and Digital Society both ranked 12th.",
     [dict(unit="Hải Phòng", component=None, rank=1), dict(unit="Hải Phòng", component="digital_economy", rank=1),
      dict(unit="Hải Phòng", component="digital_society", rank=1), dict(unit="Quảng Ninh", rank=2),
      dict(unit="Bắc Ninh", component=None, rank=5), dict(unit="Nam Định", component=None, rank=14),
      dict(unit="Nam Định", component="digital_government", rank=9),
      dict(unit="Nam Định", component="digital_economy", rank=12),
      dict(unit="Nam Định", component="digital_society", rank=12)],
     [dict(unit="Bắc Ninh", component="digital_economy"), dict(unit="Nam Định", component="digital_government", rank=14)]),
    ("two units ranked as one; a text announcing two indices goes on about the first; a group over a threshold",
     "The Ministry of Justice and the northern province of Quang Ninh ranked first in 2023. The committee released "
     "the PAR Index and the SIPAS for 2023. Quang Ninh retained its first place by scoring 92.18 percent. "
     "Meanwhile, 14 ministries recorded their PAR Index over 80 percent, including the Ministry of Finance.",
     [dict(unit="Bộ Tư pháp", rank=1, year=2023), dict(unit="Quảng Ninh", rank=1, year=2023),
      dict(unit="Quảng Ninh", index="PAR_INDEX", score=92.18)],
     [dict(index="SIPAS"), dict(unit="Bộ Tài chính")]),
    ("two amounts of one move, where a score or a rank ended, the year compared with carried to later changes",
     "In the 2024 PCI, Soc Trang scored 67.2 points, up five places and 1.2 points compared to 2023. "
     "The business support index climbed 40 places and 2.1 points, from 45th to fifth. "
     "Transparency rose 0.3 points to 6.4. The market entry index fell 12 places to 20th.",
     [dict(unit="Sóc Trăng", component=None, year=2024, score=67.2, rank_change=5, score_change=1.2, change_since=2023),
      dict(component="business_support", year=2024, rank=5, rank_change=40, score_change=2.1, change_since=2023),
      dict(component="business_support", year=2023, rank=45),
      dict(component="transparency", score=6.4, score_change=0.3),
      dict(component="entry_costs", rank=20, rank_change=-12)],
     [dict(component="transparency", score=0.3), dict(component="business_support", score=2.1)]),
    ("leading departments and localities of a province, in English names; a plural level word after a list",
     "Binh Dinh province has announced its DDCI 2019. Three leading localities were Quy Nhon city, An Nhon town "
     "and Tuy Phuoc district. Meanwhile, three leading departments were the Department of Taxation, the "
     "Department of Home Affairs and the management board of economic zones. Hoai Nhon and Phu Cat districts "
     "ranked 5th and 6th respectively.",
     [dict(unit="Quy Nhơn", province="Bình Định", index="DDCI", year=2019, rank=3, bound="<="),
      dict(unit="An Nhơn", rank=3, bound="<="), dict(unit="Tuy Phước", rank=3, bound="<="),
      dict(unit="Cục Thuế", province="Bình Định", rank=3, bound="<="),
      dict(unit="Sở Nội vụ", province="Bình Định", rank=3, bound="<="),
      dict(unit="Ban Quản lý Khu kinh tế", rank=3, bound="<="),
      dict(unit="Hoài Nhơn", rank=5), dict(unit="Phù Cát", rank=6)],
     [dict(unit="Bộ Nội vụ")]),
    ("a history is of no one year; 'since the first report in 2005' is not the year; a gap is no score",
     "Da Nang tops the PCI ranking again. It is the seventh time the city has topped it since the first PCI report "
     "in 2005. The 2016 PCI report was compiled by VCCI. Over the last five years, Dong Thap held the top position "
     "once. The gap between the top and bottom groups narrowed to 17 points. Ho Chi Minh City fell from 6th last "
     "year to 8th.",
     [dict(unit="Đà Nẵng", rank=1, year=2016), dict(unit="Hồ Chí Minh", year=2016, rank=8),
      dict(unit="Hồ Chí Minh", year=2015, rank=6)],
     [dict(year=2005), dict(unit="Đồng Tháp"), dict(score=17.0)]),
    ("scores then their components after 'in'; the list of N localities; top places taken by",
     "Quang Tri's PAPI in 2022 ranked 30th. Regarding sub-indexes, Quang Tri got 5.1 points in participation at "
     "local levels, 5.9 points in transparency, 4.4 points in vertical accountability. In the DDCI 2022 of "
     "Quang Tri, Dong Ha city topped the list of 10 localities with 80.1 points. In the PCI 2022, the remaining "
     "places in the top 10 were taken by Hue, Da Nang and Long An.",
     [dict(unit="Quảng Trị", component="participation", score=5.1), dict(unit="Quảng Trị", component="transparency", score=5.9),
      dict(unit="Quảng Trị", component="accountability", score=4.4),
      dict(unit="Đông Hà", index="DDCI", rank=1, rank_total=10, score=80.1),
      dict(unit="Đà Nẵng", index="PCI", rank=10, bound="<="), dict(unit="Long An", index="PCI", rank=10, bound="<=")],
     [dict(component=None, score=5.1), dict(component=None, score=5.9)]),
    ("ranks handed out in order, first through fifth",
     "In the 2023 DTI, Quang Ninh, Da Nang, Hai Phong, Bac Ninh and Hanoi ranked first through fifth respectively. "
     "In the PCI 2021, Long An, Dong Thap and Binh Duong ranked 3rd, 4th and 5th respectively.",
     [dict(unit="Quảng Ninh", index="DTI", year=2023, rank=1), dict(unit="Bắc Ninh", rank=4),
      dict(unit="Hà Nội", index="DTI", rank=5), dict(unit="Long An", index="PCI", year=2021, rank=3),
      dict(unit="Bình Dương", index="PCI", rank=5)],
     [dict(unit="Hà Nội", rank=1)]),
    ("the top ten include; every pillar, namely",
     "Ha Giang topped the 2022 DTI rankings in all three key pillars, namely, the digital government, digital "
     "economy and digital society. Along with Ha Giang, the top ten provinces include Lao Cai and Yen Bai.",
     [dict(unit="Hà Giang", component="digital_economy", rank=1), dict(unit="Lào Cai", rank=10, bound="<="),
      dict(unit="Yên Bái", rank=10, bound="<=")],
     []),
    ("a frontrunner, a word of praise before the score, those following it in the same ranking",
     "The 2022 PAPI report was published. Ben Tre province has emerged as a frontrunner in controlling "
     "corruption within the public sector, scoring a remarkable 7.9 out of 10.\n\nThe survey asked 16,000 "
     "people.\n\nFollowing Ben Tre in the list of top "
     "performers are Tra Vinh and Long An.",
     [dict(unit="Bến Tre", index="PAPI", component="corruption_control", year=2022, rank=1, score=7.9, max_score=10),
      dict(unit="Trà Vinh", component="corruption_control", rank=2), dict(unit="Long An", rank=3)],
     []),
    ("an ordinal with its total, no verb; a region's average is no unit's",
     "Binh Dinh is a leading province. In the PCI 2018, the region's PCI surged by 5 percent averagely from a score "
     "of 60 in 2016 to 63.1 in 2018. Binh Dinh was praised, with its provincial competitiveness index ninth among 63 "
     "provinces.",
     [dict(unit="Bình Định", index="PCI", year=2018, rank=9, rank_total=63)],
     [dict(score=60), dict(score=5)]),
    ("a streak is of no one year",
     "Quang Ninh province has led the PAR Index for five consecutive years. In 2023, its PCI score was 72.1 points.",
     [dict(unit="Quảng Ninh", index="PCI", year=2023, score=72.1)],
     [dict(index="PAR_INDEX")]),
    ("'the bank' is the bank named last; bare numbers after names; an apposition is no unit; 'beats N others'",
     "The State Bank of Vietnam topped the 2019 PAR Index, ahead of the Government Inspectorate and 16 ministries. "
     "The bank scored 90 percent, followed by the Ministry of Justice with 88 percent. The Ministry of Transport "
     "scored lowest at 74 percent, with the Ministry of Health, 77, and the Ministry of Construction, 79. Among "
     "provinces, Quang Ninh beats 62 others with 82 percent, followed by Hanoi, the capital city, with 81.5 percent.",
     [dict(unit="Ngân hàng Nhà nước Việt Nam", year=2019, score=90), dict(unit="Bộ Y tế", score=77),
      dict(unit="Bộ Xây dựng", score=79), dict(unit="Quảng Ninh", rank=1, score=82),
      dict(unit="Hà Nội", rank=2, score=81.5)],
     [dict(unit="Thanh tra Chính phủ", score=90), dict(unit="Hà Nội", rank=3)]),
    ("a move with its total; quoted dimensions with their points; changes in per cent of a points index",
     "Ha Noi climbed five places to 48th out of 63 provinces in the 2020 PAPI. It scored the most in “Public "
     "Administrative Procedures” with 7.169, followed by “Public Service Delivery” (6.870) and “Control of Corruption "
     "in the Public Sector” (6.598). Its performance improved by 8.86% in “Environmental Governance”, 7.7% in "
     "“Transparency in Local Decision-making”.",
     [dict(unit="Hà Nội", year=2020, rank=48, rank_total=63, rank_change=5),
      dict(unit="Hà Nội", component="public_services", score=6.87),
      dict(unit="Hà Nội", component="corruption_control", score=6.598)],
     [dict(score=7.7), dict(score_change=8.86)]),
    ("the DTI's indicators by their English names, ordinals written out; a lead in each year listed",
     "In the 2023 DTI, Long An ranked 20th among 63 provinces. Digital Cognition ranked first; Digital Institutions "
     "ranked sixteenth; Network Information Security ranked forty-first; Digital Economic Activities ranked "
     "sixty-second. Long An also led the country in the PAR Index for three consecutive years, in 2020, 2021 and 2022.",
     [dict(unit="Long An", index="DTI", year=2023, rank=20, rank_total=63),
      dict(unit="Long An", component="awareness", rank=1), dict(unit="Long An", component="institutions", rank=16),
      dict(unit="Long An", component="cybersecurity", rank=41), dict(unit="Long An", component="digital_economy", rank=62),
      dict(unit="Long An", index="PAR_INDEX", year=2020, rank=1), dict(unit="Long An", index="PAR_INDEX", year=2022, rank=1)],
     [dict(index="PAR_INDEX", year=2023)]),
    ("districts listed after one named with its level word; the city Inspectorate; an average is no unit's",
     "Hanoi announced the 2022 PAR Index of its departments and districts. The index of departments averaged at "
     "87.1%. The city Inspectorate reported the lowest index, at 64.2%. Cau Giay district came first with 95.9%, "
     "followed by Hoan Kiem (95.1%) and Tay Ho (94.8%).",
     [dict(unit="Thanh tra thành phố", province="Hà Nội", year=2022, score=64.2),
      dict(unit="Cầu Giấy", unit_code="005", rank=1, score=95.9),
      dict(unit="Hoàn Kiếm", unit_code="002", score=95.1), dict(unit="Tây Hồ", unit_code="003", score=94.8)],
     [dict(score=87.1)]),
    ("'second place is X'; a move from a position out of a total of an earlier year",
     "According to the PCI 2021 report, Bac Ninh kept the top position with 70.1 points; second place is Long An "
     "province with a score of 69.8. Dong Thap province ranked 9th with 67.2 points, up 4 places from position 13/63 "
     "of PCI 2020.",
     [dict(unit="Long An", year=2021, rank=2, score=69.8), dict(unit="Đồng Tháp", year=2021, rank=9, rank_change=4),
      dict(unit="Đồng Tháp", year=2020, rank=13)],
     [dict(unit="Đồng Tháp", year=2020, rank=9)]),
    ("a move said amount first; the compared year is not the text's year",
     "Da Nang's PAR Index 2019 ranks first out of 63 provinces and cities, one notch higher than that of 2018. "
     "Meanwhile, Hanoi and Binh Duong came in second and third place, respectively. Lao Cai ranked 21st, "
     "increasing 6 levels compared to 2018, and Bac Ninh ranked 15th (+2 grades).",
     [dict(unit="Đà Nẵng", year=2019, rank=1, rank_change=1, change_since=2018),
      dict(unit="Hà Nội", year=2019, rank=2), dict(unit="Bình Dương", year=2019, rank=3),
      dict(unit="Lào Cai", year=2019, rank=21, rank_change=6), dict(unit="Bắc Ninh", rank=15, rank_change=2)],
     [dict(year=2018)]),
    ("other indices by their English names",
     "Hue achieved Top 5 localities in the 2024 Provincial Innovation Index. Hue ranked 9th in the Provincial "
     "Tourism Development Index (VTDI 2024).",
     [dict(unit_code="46", index="OTHER", year=2024, rank=5, bound="<="), dict(unit_code="46", index="OTHER", rank=9)],
     [dict(index="PCI")]),
    ("the capital city and the southern metropolis; a place of the year before from its report",
     "Ho Chi Minh City got the 27th position in the PCI 2022 rankings, dropping 13 places from 14th in the 2021 "
     "report. The capital city dropped 10 places to 20th. The southern metropolis was followed by Hanoi, the "
     "capital city, with 65.1 points.",
     [dict(unit="Hồ Chí Minh", year=2022, rank=27, rank_change=-13, change_since=2021),
      dict(unit="Hồ Chí Minh", year=2021, rank=14), dict(unit="Hà Nội", year=2022, rank=20, rank_change=-10)],
     [dict(unit="Hồ Chí Minh", rank=20)]),
    ("an aim stated with its number",
     "Bac Giang aims for 66.33 points in the 2021 PCI, 2.35 points higher than its score in the previous year.",
     [dict(type="target", unit="Bắc Giang", index="PCI", year=2021, score=66.33, score_change=2.35)],
     [dict(type="result")]),
    ("classes said in English come out in Vietnamese",
     "In PAPI 2022, Hai Duong scored 42.7 points and was in the group of provinces and cities with high average "
     "scores. Ho Chi Minh City is in the lowest group with 40.1 points. In the PCI 2022, Bac Ninh reached 66.5 points, "
     "being in the group of good quality provinces.",
     [dict(unit="Hải Dương", index="PAPI", year=2022, score=42.7, rating="Trung bình cao"),
      dict(unit="Hồ Chí Minh", score=40.1, rating="Thấp"),
      dict(unit="Bắc Ninh", index="PCI", score=66.5, rating="Tốt")],
     [dict(rating="Good")]),
    ("a group of three with the highest scores; first and second named after their places",
     "In PAPI 2023, Ninh Binh province scored 45.2 points and was in the group of 3 provinces with the highest scores "
     "(the province with the highest score was Ha Tinh province with 46.1 points, ranked second was Nghe An "
     "province with 45.9 points).",
     [dict(unit="Ninh Bình", year=2023, score=45.2, rank=3, bound="<="), dict(unit="Hà Tĩnh", rank=1, score=46.1),
      dict(unit="Nghệ An", rank=2, score=45.9)],
     [dict(unit="Ninh Bình", rating="Cao")]),
    ("'the leading province'; 'ranking it 51st among Vietnam's 63'",
     "With a PCI score of 73.2 points in 2021, Long An is the leading province. Dien Bien gained four places in "
     "the PCI in 2021, ranking it 48th among Vietnam’s 63 cities and provinces.",
     [dict(unit="Long An", index="PCI", year=2021, score=73.2, rank=1),
      dict(unit="Điện Biên", year=2021, rank=48, rank_total=63, rank_change=4)],
     []),
    ("the nation's value, a provincial average and its pillars are no unit's; a year looked back at",
     "Can Tho ranked fifth in the DTI 2024. The national DTI in 2024 reached 0.7955, up 8.6% from 0.7326 in 2023. "
     "At the provincial level, the DTI averaged 0.6961. All three pillars showed improvement, with digital "
     "government scoring 0.7582, up 4.7%. Accordingly, Can Tho reached 0.8012 and ranked 5th among the 63 provinces.",
     [dict(unit="Cần Thơ", index="DTI", year=2024, score=0.8012, rank=5, rank_total=63)],
     [dict(score=0.7955), dict(score=0.7582), dict(score_change=8.6), dict(year=2023)]),
    ("what a province will be is an aim; a move in levels said as a noun",
     "Phu Yen: efforts to improve the PCI\nAs to the PCI in 2017, Phu Yen reached 60.59 points and was ranked 47/63, "
     "an increase of 4 levels against the year 2016. Efforts are made to the year 2020, the provincial PCI will have "
     "been in top 20 of the entire nation.",
     [dict(type="result", unit="Phú Yên", year=2017, score=60.59, rank=47, rank_change=4, change_since=2016),
      dict(type="target", unit="Phú Yên", year=2020, rank=20, bound="<=")],
     [dict(type="result", rank=20)]),
    ("parts named over a line break; 'high ranks in 3 groups' is no place",
     "In the PAR Index 2017, Lao Cai ranked 21st. Lao Cai achieved the high ranks in 3 groups of criteria: Formulation "
     "and Implementation\nof legal documents, ranked No17/63, increased 30 levels compared to 2016.",
     [dict(unit="Lào Cai", year=2017, rank=21),
      dict(unit="Lào Cai", component="institutions", rank=17, rank_total=63, rank_change=30)],
     [dict(rank=3)]),
    ("names inside an aside are no subjects; a list of ministries is no aside",
     "In the PAR Index 2018, Hanoi was second with 83.9 percent. Da Nang, the third major city in the nation after "
     "Hanoi and Ho Chi Minh City, was fourth with 83.7. Among ministries, the State Bank of Vietnam topped the list, "
     "followed by the Ministry of Finance, the Ministry of Justice, the Ministry of Health and the Ministry of Transport.",
     [dict(unit="Đà Nẵng", year=2018, rank=4, score=83.7), dict(unit="Bộ Tư pháp", rank=3),
      dict(unit="Bộ Y tế", rank=4)],
     [dict(unit="Hồ Chí Minh"), dict(unit="Hà Nội", rank=4)]),
    ("within five leading provinces; a score reached with no unit is the index's",
     "In the PCI 2019, Vinh Long ranked in five leading provinces. For the first time, Vinh Long’s score reached 70 "
     "and nine of ten indexes increased compared to 2018, including land access and time costs.",
     [dict(unit="Vĩnh Long", index="PCI", year=2019, rank=5, bound="<="),
      dict(unit="Vĩnh Long", component=None, score=70.0)],
     [dict(component="land_access", score=70.0)]),
    ("a group counted before its ranks; a subset counted is no group",
     "In the DDCI 2022 of Son La province, among the 24 departments and sectors that cover 26 areas, the provincial "
     "Department of Justice ranked first with 81.2 points, followed by the provincial Department of Home Affairs with "
     "80.5 points.\nIn the PAR Index 2022, among the 20 provinces and cities with indexes over 85 percent, Hai Phong "
     "ranked first.",
     [dict(unit="Sở Tư pháp", province="Sơn La", index="DDCI", year=2022, rank=1, rank_total=24, score=81.2),
      dict(unit="Sở Nội vụ", rank=2, rank_total=24), dict(unit="Hải Phòng", index="PAR_INDEX", rank=1)],
     [dict(unit="Hải Phòng", rank_total=20)]),
    ("a move to one place from another out of a total, with the year closing the sentence",
     "Building on its progress in 2022, the PCI of Binh Phuoc province climbed 9 places, to No. 25 from No. 34 out "
     "of 63 provinces and cities in 2023.",
     [dict(unit="Bình Phước", index="PCI", year=2023, rank=25, rank_total=63, rank_change=9)],
     [dict(year=2022, rank=25), dict(rank=34, year=2023)]),
    ("a change then where the score ended; a year compared before and written again speaks for its paragraph",
     "In 2021, the PCI of Gia Lai reached 64.1 points, ranked No. 40, climbing two places from 2020. Its PCI "
     "has improved slowly. In 2020, its PCI rose by 1.25 points to 63.40 points, ranking No. 42. Some component "
     "indices increased strongly like transparency index (going up 12 places to No. 20).",
     [dict(unit="Gia Lai", index="PCI", year=2020, score=63.4, score_change=1.25, rank=42),
      dict(unit="Gia Lai", component="transparency", year=2020, rank=20, rank_change=12)],
     [dict(component="transparency", year=2021)]),
    ("a part named as the press names it, after the part's weight",
     "The “Provincial Government Dynamism” index has a weight of up to 15% in the PCI. In 2024, Kon Tum's "
     "“Provincial Government Dynamism” index reached 6.02 points, down 0.31 points compared to 2023 and ranked 40/63.",
     [dict(unit="Kon Tum", index="PCI", component="proactivity", year=2024, score=6.02, score_change=-0.31,
           change_since=2023, rank=40, rank_total=63)],
     [dict(score=15.0)]),
    ("a place within a region, and a part that 'ranked N places lower'",
     "The PCI 2024 score of Lai Chau province is 64.20 points, ranking 45th out of 63 provinces and cities, and it "
     "ranks 9th out of 14 provinces in the Northern Midlands and Mountains. Informal costs dropped 0.30 points "
     "and ranked 12 places lower.",
     [dict(unit="Lai Châu", index="PCI", year=2024, score=64.2, rank=45, rank_total=63),
      dict(unit="Lai Châu", component="informal_charges", year=2024, score_change=-0.3, rank_change=-12)],
     [dict(rank=9), dict(rank=12)]),
    ("a score going from one year's to the next; places out of the total in brackets; shares are no values",
     "Da Nang climbed 9 ranks in the 2021 SIPAS with a score going from 82% in 2020 to 86% a year later. Among the "
     "central-level cities, it is behind Haiphong in first place out of 63 provinces/cities (scoring 92.10%), and "
     "above Cantho (30/63 or 85%). The rate of businesses satisfied with procedures was 70%.",
     [dict(unit="Đà Nẵng", index="SIPAS", year=2021, score=86.0, rank_change=9, change_since=2020),
      dict(unit="Đà Nẵng", year=2020, score=82.0),
      dict(unit="Hải Phòng", year=2021, rank=1, rank_total=63, score=92.1),
      dict(unit="Cần Thơ", year=2021, rank=30, rank_total=63, score=85.0)],
     [dict(score=70.0)]),
    ("the year moved from is the sentence's own: the value moved to has no year the text makes clear",
     "Binh Dinh is looking to raise its PCI from 68.2 points in 2022 to 69.5 points this year.",
     [dict(unit="Bình Định", index="PCI", year=2022, score=68.2)],
     [dict(score=69.5, year=2022)]),
    ("the core PCI score is the country's",
     "In 2024, the core PCI score reached 68.18 points. Quang Ninh topped the PCI 2024.",
     [dict(unit="Quảng Ninh", index="PCI", year=2024, rank=1)],
     [dict(score=68.18)]),
    ("a ranking copied a line each as 'name, place (value)' under an English text",
     "The Ministry of Information and Communications has announced the results of assessing and ranking the level "
     "of information technology application among State agencies in 2020.\n"
     "Ministries and ministerial-level agencies Ranking\n"
     "Ministry of Finance 1 (0.9310)\n"
     "Ministry of Health 2 (0.8870)\n"
     "Ministry of Labor, War Invalids and Social Affairs 3 (0.8650)\n",
     [dict(unit="Bộ Tài chính", index="OTHER", year=2020, rank=1, score=0.931),
      dict(unit="Bộ Y tế", rank=2, score=0.887),
      dict(unit="Bộ Lao động - Thương binh và Xã hội", rank=3, score=0.865)],
     []),
    ("three units that 'respectively secured Top 3 places', followed by more",
     "According to the PGI 2023 Report, Ben Tre, Long An and Dong Nai respectively secured Top 3 places on the "
     "Provincial Green Index, followed by Hue and Ninh Binh.",
     [dict(unit="Bến Tre", index="OTHER", year=2023, rank=1), dict(unit="Long An", rank=2),
      dict(unit="Đồng Nai", rank=3), dict(unit="Ninh Bình", rank=5)],
     [dict(rank=3, bound="<=")]),
    ("the members of a top ten named after 'are'; a place 'listed third'",
     "Along with Hanoi, the top 10 cities and province in DTI 2021 rankings are Hai Phong, Bac Ninh and Da Nang. "
     "In 2016, Ha Nam's PAPI was listed fourth, jumping 12 places from the previous year.",
     [dict(unit="Hải Phòng", index="DTI", year=2021, rank=10, bound="<="), dict(unit="Đà Nẵng", rank=10, bound="<="),
      dict(unit="Hà Nam", index="PAPI", year=2016, rank=4, rank_change=12)],
     []),
    ("an aim to rise into the 30 best performers",
     "Lao Cai aims to rise by two to four places to be among the 30 best performers in the PAR Index in 2025.",
     [dict(type="target", unit="Lào Cai", index="PAR_INDEX", year=2025, rank=30, bound="<=")],
     []),
    ("the province's office and the index set serving people and businesses, named in English",
     "In 2025, in the Index set serving people and businesses of Gia Lai Provincial People's Committee, the leading "
     "unit is the Provincial People's Committee Office (94.8 points).",
     [dict(unit="Văn phòng Ủy ban nhân dân tỉnh", province="Gia Lai", index="OTHER", year=2025, score=94.8)],
     []),

    ("a score 'was' a number with no unit, its change in brackets",
     "In 2021, Ha Nam's PCI score was 65.12 (up 0.3 points compared to 2020).",
     [dict(unit="Hà Nam", index="PCI", year=2021, score=65.12, score_change=0.3, change_since=2020)],
     []),
    ("'The following year' is the year after the one written last",
     "In the ICT Index of 2020, Quang Tri ranked third. The following year, the province ranked second in the "
     "provincial digital transformation index (DTI).",
     [dict(unit="Quảng Trị", index="OTHER", year=2020, rank=3), dict(unit="Quảng Trị", index="DTI", year=2021, rank=2)],
     [dict(index="DTI", year=2020)]),
    ("a part's change with no unit against last year, and its rank as a noun",
     "In 2020, Bac Ninh's PCI was 66.1 points. Noticeably, the transparency scored 6.39, down 0.46 against last "
     "year and rank 40 out of 63 provinces and cities. The unofficial cost scored 6.47, up 0.42 score over last year "
     "with unchanged ranking of 38 out of 63 provinces and cities.",
     [dict(unit="Bắc Ninh", component="transparency", year=2020, score=6.39, score_change=-0.46, change_since=2019,
           rank=40, rank_total=63),
      dict(unit="Bắc Ninh", component="informal_charges", score=6.47, score_change=0.42, rank=38, rank_change=0)],
     []),
    ("'a slide of four places'",
     "In 2019, Phu Tho province ranked 20th out of 63 provinces in PCI rankings with a total score of 65.75 points, "
     "an increase of 1.2 points but a slide of four places on the standing over 2018.",
     [dict(unit="Phú Thọ", index="PCI", year=2019, rank=20, score=65.75, score_change=1.2, rank_change=-4,
           change_since=2018)],
     []),
    ("parts' values of 0 to 10 in brackets after their names",
     "In 2022, the PCI of Hai Duong improved in several components, especially in Law & Order (8.1), Informal "
     "Charges (7.02), and Proactivity (7.12).",
     [dict(unit="Hải Dương", component="legal_institutions", year=2022, score=8.1),
      dict(unit="Hải Dương", component="informal_charges", score=7.02),
      dict(unit="Hải Dương", component="proactivity", score=7.12)],
     [dict(component=None)]),
    ("'the top four includes' a list: each within the first four",
     "The 2020 PCI report surveyed 12,300 enterprises. The PCI top four includes Quang Ninh, Dong Thap, Long An, and "
     "Binh Duong.",
     [dict(unit="Quảng Ninh", index="PCI", year=2020, rank=4, bound="<="), dict(unit="Bình Dương", rank=4, bound="<=")],
     []),
    ("scores after 'at' in a list, 'both at' shared by two cities",
     "The 2023 PAPI showed that in control of corruption, the cities scored below 7, with Hai Phong scoring the "
     "lowest at 6.32, Can Tho at 6.4, Da Nang and Ho Chi Minh City both at 6.6, and Hanoi at 6.7.",
     [dict(unit="Hải Phòng", index="PAPI", component="corruption_control", year=2023, score=6.32),
      dict(unit="Cần Thơ", score=6.4), dict(unit="Đà Nẵng", score=6.6), dict(unit="Hồ Chí Minh", score=6.6),
      dict(unit="Hà Nội", score=6.7)],
     []),
    ("'Also in the top 10 are' goes on with the part the text stated values of, across paragraphs",
     "The 2023 PAPI showed the province of Soc Trang leads in \"control of corruption in the public sector\" with a "
     "score of 8.14 out of 10.\n\nThis position was held by the southern Binh Duong Province for two years in a row "
     "in 2021 and 2022.\n\nAlso in the top 10 are Bac Lieu, Thua Thien Hue and Binh Dinh.",
     [dict(unit="Sóc Trăng", index="PAPI", component="corruption_control", year=2023, rank=1, score=8.14),
      dict(unit="Bạc Liêu", component="corruption_control", year=2023, rank=10, bound="<="),
      dict(unit="Bình Định", component="corruption_control", year=2023, rank=10, bound="<=")],
     [dict(year=2021), dict(unit="Bạc Liêu", component=None)]),
    ("a plan's two aims: 'secure a top 25 position in 2023 and top 15 by 2025'",
     "Nam Dinh province will strive to secure a top 25 position in the digital transformation index (DTI) in 2023.",
     [dict(type="target", unit="Nam Định", index="DTI", year=2023, rank=25, bound="<=")],
     [dict(type="result")]),
    ("the DTI's indicators by their English names; 'ranked as high as 5 and 7, respectively'",
     "In the DTI 2022, Ha Nam ranked 2nd out of 63 provinces and cities in the Digital Institutional Index. Digital "
     "Human Resources Index and Cyberinformation Security Index ranked as high as 5 and 7, respectively.",
     [dict(unit="Hà Nam", index="DTI", component="institutions", year=2022, rank=2, rank_total=63),
      dict(unit="Hà Nam", component="human_resources", rank=5), dict(unit="Hà Nam", component="cybersecurity", rank=7)],
     [dict(component=None)]),
    ("'achieved the highest score (97%)', 'the district with the highest satisfaction index is'",
     "In 2023, the satisfaction index (SIPAS) of Hue departments was announced. The Department of Justice achieved the "
     "highest score (97%). In Da Nang, the district with the highest satisfaction index is Hai Chau District "
     "People's Committee at 95.73%.",
     [dict(unit="Sở Tư pháp", index="SIPAS", year=2023, rank=1, score=97.0),
      dict(unit="Hải Châu", unit_code="492", rank=1, score=95.73)],
     []),
    ("a unit's best part is no place among units",
     "In the 2019 PCI, Hanoi had the highest score in market entry (7.98).",
     [],
     [dict(rank=1)]),
    ("'According to 2024 statistics' dates the figures after it",
     "According to 2024 statistics, the PCI Index of Da Nang has dropped 3 places, stopping at 8/63 provinces and cities.",
     [dict(unit="Đà Nẵng", index="PCI", year=2024, rank=8, rank_total=63, rank_change=-3)],
     []),
    ("an aim for the satisfaction rate, and a score 'out of the maximum 80'",
     "Hai Duong aims for the rate of public satisfaction on the quality of public services to reach 88% in 2024.\n"
     "In the 2022 PAPI Index, Hai Duong’s score was 43.1 out of the maximum 80.",
     [dict(type="target", unit="Hải Dương", index="SIPAS", year=2024, score=88.0),
      dict(type="result", unit="Hải Dương", index="PAPI", year=2022, score=43.1, max_score=80.0)],
     [dict(type="result", index="SIPAS")]),
    ("'still maintains first rank … followed by …; and 3 authorities at the bottom of the ranking are …'",
     "The PAR Index 2018 of 19 ministries has shown that the Ministry of Justice still maintains first rank with a "
     "score of 90.36%; followed by the Ministry of Finance of 88.13% and 3 authorities at the bottom of the ranking "
     "are Ministry of Health with a score of 72.61% and Committee on Ethnic Minority Affairs of 72.13%.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2018, rank=1, score=90.36),
      dict(unit="Bộ Tài chính", rank=2, score=88.13), dict(unit="Bộ Y tế", rank=None, score=72.61),
      dict(unit="Ủy ban Dân tộc", rank=None, score=72.13)],
     [dict(unit="Bộ Y tế", rank=3)]),
    ("'downgraded from the second rank to the third rank'",
     "According to the PAR Index 2018, although the Ministry of Justice has downgraded from the second rank to the "
     "third rank with a score of 84.42%, its survey score is still high.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2018, rank=3, score=84.42)],
     [dict(year=2018, rank=2)]),
    ("a quoted part 'achieved 10.18/10.5 points, ranking first'; a change 'after it added 1.62 points'",
     "The provincial-level administrative reform index (ARI) of Lai Chau in 2024. In particular, the "
     "\"Organizational Reform\" sub-criteria achieved 10.18/10.5 points, ranking first among the 63 provinces.\n"
     "The Provincial Competitiveness Index (PCI) of Tay Ninh province climbed eight places in 2019 after it added "
     "1.62 points.",
     [dict(unit="Lai Châu", index="PAR_INDEX", component="organization", year=2024, score=10.18, max_score=10.5,
           rank=1),
      dict(unit="Tây Ninh", index="PCI", year=2019, rank_change=8, score_change=1.62)],
     [dict(score=1.62)]),
    ("the report's year after its name; the place a move began, with its year, is that year's",
     "According to the provincial competitiveness index (PCI) report 2020 released by VCCI, Lao Cai was ranked 13 out "
     "of 63 localities. From 2015 to 2020, the province leaped 18 positions in the PCI rankings from the 31st position "
     "in 2015.\n\nThe informal cost index rose 1.31 points, jumping 35 places to 14th position out of 63 localities.",
     [dict(unit="Lào Cai", index="PCI", component=None, year=2020, rank=13, rank_total=63),
      dict(unit="Lào Cai", component=None, year=2015, rank=31),
      dict(unit="Lào Cai", component="informal_charges", year=2020, rank=14, rank_change=35, score_change=1.31)],
     [dict(year=2015, component="informal_charges")]),
    ("'The remaining positions in the Top 10 … were' go on from the last place stated; 'were not in the Top 10'",
     "Quang Ninh maintains leading position in PCI 2022.\n\nBac Giang is in second place, with a score of 72.80. Hai "
     "Phong is third with a score of 70.76, followed by Dong Thap (69.68 points).\n\nThe remaining positions in the "
     "Top 10 PCI 2022 were Thua Thien Hue (69.36 points).\n\nCompared to PCI 2021, three centrally-run cities, Ha "
     "Noi, HCM City and Can Tho, were not in the Top 10.",
     [dict(unit="Đồng Tháp", index="PCI", year=2022, rank=4, score=69.68),
      dict(unit="Thừa Thiên Huế", year=2022, rank=5, score=69.36)],
     [dict(unit="Hà Nội"), dict(unit="Cần Thơ"), dict(bound="<=")]),
    ("a photo's caption does not date the text; one about the results does",
     "Mekong Delta Soc Trang leads in corruption control\nFarmers in Soc Trang harvest rice in 2020. Photo by Le Van\n"
     "The 2023 PAPI released on Monday showed the province leads in control of corruption in the public sector with "
     "a score of 8.14 out of 10.",
     [dict(unit="Sóc Trăng", index="PAPI", component="corruption_control", year=2023, rank=1)],
     [dict(year=2020)]),
    ("a date's year before a heading is no year of the figures; a component's place and points moved from-to",
     "Bao Phu Yen 12/05/2025\n\nPAR Index rises into the top 15\n\n"
     "Phu Yen's PAR INDEX 2024 reached 88.10%, ranking 15th out of 63 provinces and cities, an increase of "
     "6 places compared to 2023. The province's SIPAS score reached 82.4%, an increase of 1.9% and an 8-rank "
     "improvement compared to 2023. The administrative reform leadership achieved a perfect score of 100%.",
     [dict(unit_code="54", index="PAR_INDEX", year=2024, score=88.1, rank=15, rank_total=63, rank_change=6,
           change_since=2023),
      dict(unit_code="54", index="SIPAS", year=2024, score=82.4, rank_change=8),
      dict(unit_code="54", index="PAR_INDEX", component="direction", year=2024, score=100.0)],
     [dict(year=2025)]),
    ("a sub-index's points and place moved from-to in brackets, and a target of the best N",
     "The PCI of Quang Ninh in 2021 rose by 9 places. The time requirements for bureaucratic procedures and "
     "inspections increased by 0.31 points (from 7.12 to 7.43 points), an increase of 11 places (from level 23 "
     "to level 12 nationwide). This result has beaten the target of Quang Ninh province to reach the group of 30 "
     "best performers by 2025.",
     [dict(unit_code="22", index="PCI", component="time_costs", year=2021, score=7.43, score_change=0.31,
           rank=12, rank_change=11),
      dict(type="target", unit_code="22", index="PCI", year=2025, rank=30, bound="<=")],
     [dict(component="time_costs", score=7.12, year=2021)]),
    ("the IT application ranking of ministries: a leader of a stated number, places leapt",
     "The Ministry of Justice continues to lead for the third year in the application of information "
     "technology (IT) among ministries in 2019. The Ministry of Finance continues to lead the list of 18 "
     "ministries and sectors. The Ministry of Health has surged to second place, leaping 9 ranks from 2018.",
     [dict(unit="Bộ Tư pháp", index="OTHER", year=2019, rank=1),
      dict(unit="Bộ Tài chính", index="OTHER", rank=1, rank_total=18),
      dict(unit="Bộ Y tế", index="OTHER", rank=2, rank_change=9, change_since=2018)],
     []),
    ("signed changes of parts in brackets, and a change glued to its number",
     "In the 2023 PCI assessment of Bac Giang, several indices showed positive changes, such as: entry costs "
     "(+0.35 points), provincial leadership dynamism (+0.21 points) and informal charges (-0.12 points). "
     "Bac Giang was ranked 15th in transparency (up12 places).",
     [dict(unit_code="24", index="PCI", component="entry_costs", year=2023, score_change=0.35),
      dict(unit_code="24", component="proactivity", score_change=0.21),
      dict(unit_code="24", component="informal_charges", score_change=-0.12),
      dict(unit_code="24", component="transparency", rank=15, rank_change=12)],
     []),
    ("a year in 'the 2018 tally', an aim in digital transformation by a year, agencies named short",
     "The Mekong Delta province of Ben Tre placed third in the 2019 tally of the provincial competitiveness "
     "index. Lai Chau aims to be in the top 20 provinces and cities in digital transformation by 2025. "
     "Among ministries, the Ministry of Justice led the DTI 2022. It was followed by the Ministry of Finance, "
     "the State Bank, and the Việt Nam Social Security.",
     [dict(unit_code="83", index="PCI", year=2019, rank=3),
      dict(type="target", unit_code="12", index="DTI", year=2025, rank=20, bound="<="),
      dict(unit="Ngân hàng Nhà nước Việt Nam", index="DTI", year=2022, rank=3),
      dict(unit="Bảo hiểm xã hội Việt Nam", index="DTI", year=2022, rank=4)],
     []),
    ("places changed in a list of parts, each after the nearest verb; the average group as a class",
     "Thai Nguyen is determined to improve its PCI.\n\n"
     "In 2016, it increased by 1.2 points compared to 2015; and provincial PCI was ranked 20th/63 provinces "
     "and cities, which went up 4 ranks compared to 2015 and belonged to the average group. There were 2 "
     "indices whose scores increased: fair competitiveness (increasing by 12 ranks), proactivity (by 5 "
     "ranks). Besides, 2 indices whose scores decreased were land access (decreasing by 7 ranks) and time "
     "cost (by 2 ranks).",
     [dict(unit_code="19", index="PCI", component=None, year=2016, rank=20, rank_total=63, rank_change=4,
           score_change=1.2, change_since=2015, rating="Trung bình"),
      dict(unit_code="19", component="fair_competition", rank_change=12),
      dict(unit_code="19", component="proactivity", rank_change=5),
      dict(unit_code="19", component="land_access", rank_change=-7),
      dict(unit_code="19", component="time_costs", rank_change=-2)],
     []),
    ("a median is no unit's score; a change compared with 'that in' a year; a rank among 'Vietnam's 63'",
     "Da Nang announces its DDCI.\n\nAs a result, DDCI in 2022 at the specialised agencies recorded the median "
     "score with 66.20 points, down 0.9 points compared to that in 2021.\n\nYen Bai strives to improve its "
     "PCI. In the 2019 rankings revealed by the VCCI, Yen Bai ranked 40th among Vietnam’s 63 cities and provinces.",
     [dict(unit_code="15", index="PCI", year=2019, rank=40, rank_total=63)],
     [dict(score=66.2)]),
    ("a province's profile page: a table of years, its header 'Year', a row of scores and one of ranks",
     "PCI of provinces\nBac Lieu\nRankings In The Provincial Competitiveness Index (1-63) Bac Lieu\n"
     "Year | 2018 | 2019 | 2020 |\n"
     "Entry Costs | 7.10 | 7.45 | N/A |\n"
     "Transparency | 6.02 | 6.31 | 6.40 |\n"
     "PCI Scores | 60.12 | 61.05 | 62.70 |\n"
     "Ranking | 40 | 38 | 33 |\n",
     [dict(unit_code="95", index="PCI", component=None, year=2019, score=61.05, rank=38),
      dict(unit_code="95", index="PCI", component="entry_costs", year=2018, score=7.1),
      dict(unit_code="95", index="PCI", component="transparency", year=2020, score=6.4)],
     [dict(component="entry_costs", year=2020)]),
    ("a list of the top five whose index is named inside the phrase, and places as ordinal words in brackets",
     "The VCCI released the PGI alongside the PCI.\n\nThe top five performers in the 2022 PCI are Quang Ninh, "
     "Hai Phong, Long An, Bac Ninh and Dong Thap. The ranking also saw gains for Tra Vinh (eighth) and Soc Trang "
     "(tenth).",
     [dict(unit_code="22", index="PCI", year=2022, rank=5, bound="<="),
      dict(unit_code="27", index="PCI", year=2022, rank=5, bound="<="),
      dict(unit_code="84", index="PCI", year=2022, rank=8),
      dict(unit_code="94", index="PCI", year=2022, rank=10)],
     [dict(index="OTHER")]),
    ("a place taken 'behind' another, a hyphenated place spot, the old name Saigon, a year before the "
     "country's name",
     "According to the 2019 Vietnam Provincial Competitiveness Index (PCI), Quang Ninh kept its lead. Binh Duong "
     "came in second behind Quang Ninh at 69.1 points, while Dong Thap took the third-place spot with 68.2 points. "
     "Saigon fell to 14th place.",
     [dict(unit_code="74", index="PCI", year=2019, rank=2, score=69.1),
      dict(unit_code="87", index="PCI", year=2019, rank=3, score=68.2),
      dict(unit_code="79", index="PCI", year=2019, rank=14)],
     [dict(unit_code="22", score=69.1)]),
    ("places moved from and to, each out of its total; a part in quotes by its British spelling",
     "In 2019, Ha Tinh's PAPI reached 43.10 points, up 9 ranks compared to 2018 (from position 30/63 to "
     "position 21/63). Among the PCI components, the “Labour and training” sub-index of Da Nang scored 7.05 "
     "points in 2019.",
     [dict(unit_code="42", index="PAPI", year=2019, rank=21, rank_total=63, score=43.1, rank_change=9,
           change_since=2018),
      dict(unit_code="42", index="PAPI", year=2018, rank=30, rank_total=63),
      dict(unit_code="48", index="PCI", component="labor_training", year=2019, score=7.05)],
     []),
    ("a change against the previous rankings; parts named after 'driven by' are causes with values of their "
     "own; a change with no year of its own is against the year compared with just before it",
     "In the PCI 2021, Long An came third, two places higher than the previous rankings. Notably, Binh Duong "
     "advanced six places on the rankings from 2020, driven by market entry (up 1.05 points).",
     [dict(unit_code="80", index="PCI", year=2021, rank=3, rank_change=2, change_since=2020),
      dict(unit_code="74", index="PCI", component=None, year=2021, rank_change=6, change_since=2020),
      dict(unit_code="74", index="PCI", component="entry_costs", year=2021, score_change=1.05, change_since=2020)],
     [dict(component="entry_costs", rank_change=6)]),
    ("a year compared with ('lower than that in 2020') is no year of the values after it; 'has risen N places'; "
     "a district named bare after the text named it with its level word",
     "The People's Committee of Lac Thuy district met on May 10. In 2021, Hoa Binh recorded a PCI at 57.16 "
     "points, 5.64 points lower than that in 2020, ranking 62nd nationwide. Tuyen Quang has risen 5 places "
     "compared to 2020 in the PCI 2021. Lac Thuy ranked eighth out of 10 districts and city in Hoa Binh with "
     "70.10 points in 2021.",
     [dict(unit_code="17", index="PCI", year=2021, rank=62, score=57.16, score_change=-5.64, change_since=2020),
      dict(unit_code="08", index="PCI", year=2021, rank_change=5, change_since=2020),
      dict(unit_code="159", year=2021, rank=8, rank_total=10, score=70.1)],
     [dict(unit_code="17", year=2020)]),
    ("parts named before a place with no value of their own give way to the parts right after the place",
     "In the DTI 2023, Da Nang achieved maximum scores in the Digital Awareness and Digital Institutions "
     "pillars, and ranked 2nd nationwide in Digital Infrastructure and Digital Economic Activities.",
     [dict(unit_code="48", index="DTI", component="infrastructure", year=2023, rank=2),
      dict(unit_code="48", index="DTI", component="digital_economy", year=2023, rank=2)],
     [dict(component="institutions", rank=2), dict(component="awareness", rank=2)]),
    ("a class named 'high average' is no average; an agency that chairs a task is no subject",
     "Looking back at Hau Giang's PAPI Index in 2022\n\nThe content indexes that increased include: Control of "
     "corruption in the public sector (reaching 6.5 points) in the high average score group (chaired by the "
     "Provincial Inspectorate).",
     [dict(unit_code="93", index="PAPI", component="corruption_control", year=2022, score=6.5,
           rating="Trung bình cao")],
     [dict(unit="Thanh tra tỉnh")]),
    ("a city's numbered districts, a district name two provinces share resolved by the text's city, "
     "'second is X', 'bottom is X' out of the districts counted",
     "Ho Chi Minh City announced the PAR Index 2022 of its districts. Thus, out of 22 districts, there are 20 areas "
     "with good ratings; where Binh Tan district leads with 93.10 points, second is District 3, and bottom is "
     "District 8 with 79.05 points. The city's Department of Culture and Sports scored 80.2 points.",
     [dict(unit_code="777", index="PAR_INDEX", year=2022, rank=1, rank_total=22, score=93.1),
      dict(unit_code="770", year=2022, rank=2, rank_total=22),
      dict(unit_code="776", year=2022, rank=22, rank_total=22, score=79.05),
      dict(unit="Sở Văn hóa và Thể thao", year=2022, score=80.2)],
     [dict(unit_code="863")]),
    ("a DDCI text: the provincial police by its English name, parts counted ('Half of the eight sub-indexes') "
     "and the PCI parts' names DDCI borrows make no record, a district of the text's province named bare, "
     "'was the locality with' describes the unit named",
     "Bac Giang determined to improve DDCI\n"
     "Last year, the provincial Public Security Agency ranked 12th out of 15 provincial departments and agencies "
     "with a score of 50.10. Half of the eight sub-indexes were below 5 points, in which the “informal costs” "
     "sub-index was very low, at 4.2 points. Similarly, in the group of districts and city, last year Luc Ngan "
     "was the locality with the lowest score, 41.05 points.",
     [dict(unit="Công an tỉnh", index="DDCI", rank=12, rank_total=15, score=50.1),
      dict(unit_code="219", index="DDCI", score=41.05)],
     [dict(score=5.0), dict(score=4.2), dict(unit_code="24", score=41.05)]),
    ("two places paired with two units, respectively; a part 'in terms of' after the values is theirs",
     "In the PAPI 2022 Rankings, Binh Dinh claimed the top spot. Quang Tri and Ha Tinh secured second and third "
     "positions with 45.1 and 44.9 points, respectively. The report ranks Hanoi and Hai Phong in 40th and 50th "
     "place, respectively, in terms of controlling corruption in the public sector.",
     [dict(unit_code="45", index="PAPI", year=2022, rank=2, score=45.1),
      dict(unit_code="42", index="PAPI", year=2022, rank=3, score=44.9),
      dict(unit_code="01", index="PAPI", component="corruption_control", year=2022, rank=40),
      dict(unit_code="31", index="PAPI", component="corruption_control", year=2022, rank=50)],
     [dict(unit_code="01", component=None, rank=40)]),
    ("a headline's aim takes the year the lead aims at; 'one of the N provinces with the highest' is a bound",
     "Bac Giang strives to be one of the 15 localities with the highest PCI\n"
     "According to the plan, by 2024, Bac Giang strives to become one of the 15 provinces and cities with the "
     "highest PCI ranking.",
     [dict(type="target", unit_code="24", index="PCI", year=2024, rank=15, bound="<=")],
     [dict(type="target", year=None)]),
    ("a score out of a total with its unit; a place unchanged from a year, at Nth of the total",
     "With 42.10 out of a total of 80 points, Hai Phong's position in the 2020 PAPI remained unchanged from 2019, "
     "at 40th of the 63 provinces and centrally-run cities in the country.",
     [dict(unit_code="31", index="PAPI", year=2020, score=42.1, score_unit="điểm", max_score=80.0, rank=40,
           rank_total=63, rank_change=0, change_since=2019)],
     [dict(score=80.0)]),
    ("the most competitive locality is first, and the two followed by it second and third",
     "The northern province of Bac Ninh remained the most competitive locality in the country in the 2021 PCI, "
     "with 72.1 points, followed by Long An and Ben Tre, with 70.8 points and 70.2 points, respectively.",
     [dict(unit_code="27", index="PCI", year=2021, rank=1, score=72.1),
      dict(unit_code="80", rank=2, score=70.8), dict(unit_code="83", rank=3, score=70.2)],
     [dict(unit_code="27", rank=None)]),
    ("a customs department named after the place before it; a top group that 'also featured' units",
     "For central agencies, the Hai Phong Customs Department came top with 90.2 points in the 2022 DDCI.\n"
     "In the 2022 PCI, the top 20 also featured other provinces including Lao Cai and Ha Nam.",
     [dict(unit="Cục Hải quan Hải Phòng", index="DDCI", year=2022, rank=1, score=90.2),
      dict(unit_code="10", index="PCI", rank=20, bound="<="), dict(unit_code="35", rank=20, bound="<=")],
     [dict(unit="Cục Hải quan"), dict(unit_code="31", index="DDCI")]),
    ("a sub-index's time spent, among places lost by sub-indices",
     "In 2021, Yen Bai ranked 50th in the PCI. Market entry dropped 4 places; time spending fell 9 places.",
     [dict(unit_code="15", index="PCI", component="entry_costs", year=2021, rank_change=-4),
      dict(unit_code="15", index="PCI", component="time_costs", year=2021, rank_change=-9)],
     [dict(component=None, rank_change=-9)]),
    ("another index's year right after its initials",
     "Hue leads nation in environmental protection\n"
     "Hue topped the country in the Environmental Protection Performance Index 2023 (PEPI 2023) with 71.2 "
     "points, followed by Quang Tri (69.5 points).",
     [dict(unit_code="46", index="OTHER", year=2023, rank=1, score=71.2),
      dict(unit_code="45", index="OTHER", year=2023, rank=2, score=69.5)],
     [dict(index="OTHER", year=None)]),
    ("units named after a group's average speak for themselves",
     "In 2023, Lai Chau scored its agencies on the Digital Transformation Assessment Index. The average score for "
     "provincial-level agencies was 70.1/100 points, with the Department of Finance ranking first at 90.2/100 "
     "points, followed by the Department of Justice at 88.4/100 points.",
     [dict(unit="Sở Tài chính", index="DTI", year=2023, rank=1, score=90.2, max_score=100.0, province_code="12"),
      dict(unit="Sở Tư pháp", index="DTI", rank=2, score=88.4)],
     [dict(score=70.1)]),
    ("an agency placed 'in' its province; the top N units of a block named after 'are'",
     "At the conference announcing the 2023 DDCI of Lao Cai province, the management board of industrial parks "
     "in Lao Cai province ranked first with 81.2 points. The top 3 units in the department, branch and sector are "
     "the Department of Justice, the Department of Finance, and the Department of Construction.",
     [dict(unit="Ban Quản lý các khu công nghiệp", index="DDCI", year=2023, rank=1, score=81.2, province_code="10"),
      dict(unit="Sở Tư pháp", rank=3, bound="<="), dict(unit="Sở Xây dựng", rank=3, bound="<=")],
     [dict(unit_code="10", rank=1)]),
    ("a part's earlier score in brackets with its year; a department named after its province's name",
     "The 2023 PCI of Bac Ninh was announced. Specifically, Land Access scored 6.95 points (6.40 in 2022); "
     "Time Costs 7.61 points (7.02 in 2022).\n"
     "Bac Ninh province's Department of Taxation topped 30 provincial departments in the 2023 DDCI.",
     [dict(unit_code="27", index="PCI", component="land_access", year=2023, score=6.95),
      dict(unit_code="27", index="PCI", component="land_access", year=2022, score=6.4),
      dict(unit_code="27", index="PCI", component="time_costs", year=2022, score=7.02),
      dict(unit="Cục Thuế Bắc Ninh", index="DDCI", year=2023, rank=1)],
     [dict(component="land_access", year=2022, score=6.95)]),
    ("values in turn of the years listed",
     "Binh Thuan ranked 31st and 24th in the PCI in 2021 and 2022. Phu Yen's PCI scores in 2018 and 2019 were "
     "61.2 and 63.05 respectively. Ninh Thuan ranked 20th in 2021, up five places compared with 2019 and 2020.",
     [dict(unit_code="60", index="PCI", year=2021, rank=31), dict(unit_code="60", index="PCI", year=2022, rank=24),
      dict(unit_code="54", index="PCI", year=2018, score=61.2), dict(unit_code="54", index="PCI", year=2019, score=63.05),
      dict(unit_code="58", year=2021, rank=20)],
     [dict(unit_code="60", year=2021, rank=24), dict(unit_code="58", year=2020, rank=20)]),
    ("a tier named before its members, and where an event was held",
     "The PCI 2019 report was launched on May 6 in Hanoi by VCCI. Quang Ninh topped the index with a score of "
     "73.4 on a 100-point scale. Provinces that made it into the good PCI tier were Long An, Binh Duong and Ben Tre.",
     [dict(unit_code="22", index="PCI", year=2019, rank=1), dict(unit_code="22", score=73.4, max_score=100),
      dict(unit_code="80", index="PCI", year=2019, rating="Tốt"), dict(unit_code="83", rating="Tốt")],
     [dict(unit_code="01")]),
    ("a plan's change at least, and its class",
     "The plan aims to improve Lang Son's ranking in the PCI by at least two places each year. In 2021-2025, "
     "Cao Bang province strives to have its PCI in the middle group of the country.",
     [dict(type="target", unit_code="20", index="PCI", rank_change=2, bound=">="),
      dict(type="target", unit_code="04", index="PCI", rating="Trung bình")],
     [dict(type="result")]),
    ("each value with its own year in brackets after it",
     "Over three years, Ben Tre's PCI grew strongly, from 12th position with 61.2 points (in 2019) to 6th position "
     "with 65.4 points (in 2020) and 3rd position with 67.9 points (in 2021). Its best result was seen in 2014, with a "
     "No. 9 ranking. Tay Ninh scored 66.3 points (up 1.2 compared to 2020). Ca Mau was one of the top five provinces "
     "in the country with the highest Green Index in 2022.",
     [dict(unit_code="83", index="PCI", year=2019, rank=12, score=61.2),
      dict(unit_code="83", index="PCI", year=2020, rank=6, score=65.4),
      dict(unit_code="83", index="PCI", year=2021, rank=3, score=67.9),
      dict(unit_code="83", year=2014, rank=9), dict(unit_code="72", score=66.3, score_change=1.2, change_since=2020),
      dict(unit_code="96", rank=5, bound="<=")],
     [dict(unit_code="83", year=2021, rank=12)]),
    ("the top performer kept and places passed",
     "Binh Dinh held its position as the top-performing province for the second year in a row in the country's 2019 "
     "PAPI. In the 2019 PCI, Phu Tho has passed 12 localities compared to 2018.",
     [dict(unit_code="52", index="PAPI", year=2019, rank=1),
      dict(unit_code="25", index="PCI", year=2019, rank_change=12, change_since=2018)],
     [dict(unit_code="25", rank=12)]),
    ("an english change with no year is against the edition before",
     "In the 2022 PCI, Tien Giang rose nine places to 18th.",
     [dict(unit_code="82", index="PCI", year=2022, rank=18, rank_change=9, change_since=2021)],
     []),
    ("a place held over each year of a span",
     "Binh Duong was successively in top 5 provinces and cities nationwide that were leading the PCI ranking from "
     "2016 to 2018.",
     [dict(unit_code="74", index="PCI", year=year, rank=5, bound="<=") for year in (2016, 2017, 2018)],
     [dict(rank=1)]),
    ("a top ten that consists of its members, and a top ten on the rankings that also consists of others",
     "According to the PII 2024 results, the top 10 on the rankings consist of Hue (58.21), Lao Cai (52.40) and "
     "Ninh Binh (50.12). In the PII 2023, Da Nang ranked first; the top five also consisted of Can Tho and Hanoi.",
     [dict(unit_code="46", index="OTHER", year=2024, rank=10, bound="<=", score=58.21),
      dict(unit="Ninh Bình", year=2024, rank=10, bound="<=", score=50.12),
      dict(unit="Cần Thơ", year=2023, rank=5, bound="<=")],
     [dict(unit="Lào Cai", rank=1)]),
    ("a result told in a mistranslated future after 'according to the announcement', its place after 'and rank'",
     "According to the announcement of the Ministry of Home Affairs, in 2023 the PAR Index of Lam Dong province "
     "will reach 87.64% (up 1.05% compared to 2022) and rank 18/63 provinces and cities.",
     [dict(type="result", unit="Lâm Đồng", index="PAR_INDEX", year=2023, score=87.64, rank=18, rank_total=63,
           score_change=1.05, change_since=2022)],
     [dict(type="target")]),
    ("a growth figure and its regional place before the index's own place in one sentence",
     "The province's GDP reached 8.4 percent in 2021 and ranked 2 out of 14 northern localities, and Yen Bai's "
     "Provincial Competitiveness Index ranked 40 among 63 provinces in 2021.",
     [dict(unit="Yên Bái", index="PCI", year=2021, rank=40, rank_total=63)],
     [dict(rank=2), dict(score=8.4)]),
    ("a department ranked under its old name with its new one in brackets, and a group listed in order after it",
     "In the 2024 PAR Index of Hai Duong province, the Department of Transport (now the Department of "
     "Construction) ranked first with 92.15%, the Department of Justice ranks second with 90.02%. The group "
     "from 80% to below 90% of the maximum score (no component criteria below 70%) has 4 units, ranked in "
     "order of score from high to low, include: Department of Health, Provincial Inspectorate, Department "
     "of Finance.",
     [dict(unit="Sở Giao thông vận tải", index="PAR_INDEX", year=2024, rank=1, score=92.15),
      dict(unit="Sở Tư pháp", rank=2, score=90.02), dict(unit="Sở Y tế", rank=3),
      dict(unit="Thanh tra tỉnh", rank=4), dict(unit="Sở Tài chính", rank=5)],
     [dict(unit="Sở Xây dựng"), dict(score=80.0), dict(score=70.0)]),
    ("a leader named again by a longer name before 'followed by' gives the followers the next places",
     "Hai Phong has once again topped the Provincial Competitiveness Index (PCI), finishing in first place in "
     "2023. Hai Phong City scored 74.20 points, followed by southern Long An province with 73.15 points and "
     "Bac Ninh province with 72.90 points.",
     [dict(unit="Hải Phòng", index="PCI", year=2023, rank=1),
      dict(unit="Long An", year=2023, rank=2, score=73.15), dict(unit="Bắc Ninh", rank=3, score=72.9)],
     []),
    ("a place never fallen below, a place of past years and the one passed are no places of the year",
     "Since the PCI began, Binh Dinh province has never dropped to below the 15th position, and it led the "
     "country in 2016. HANOI, March 2, 2017 - Quang Nam edged out defending leader Binh Dinh to take the top "
     "ranking in the 2016 PCI, while Da Nang, which had ranked second in previous years, fell.",
     [dict(unit="Bình Định", index="PCI", year=2016, rank=1), dict(unit="Quảng Nam", year=2016, rank=1)],
     [dict(rank=15), dict(unit="Đà Nẵng", rank=2)]),
    ("an agency that topped so many others, a year the index was launched, and 'topping' a ranking",
     "Dong Nai province's Department of Taxation topped 30 provincial departments in the 2021 DDCI. It scored "
     "80.12 points. According to an official, Dong Nai launched its DDCI in 2017. Dong Nai was the most "
     "competitive southern province, topping the provincial competitiveness index (PCI) for 2021.",
     [dict(unit="Cục Thuế Đồng Nai", index="DDCI", year=2021, rank=1, rank_total=30),
      dict(unit_code="75", index="PCI", year=2021, rank=1)],
     [dict(year=2017)]),
    ("score increases in per cent and a growth target in per cent are no scores",
     "In the 2019 PAPI, 30 provinces improved on control of corruption, with Ha Giang and Lang Son achieving "
     "score increases of 15 per cent or more over the prior year. Lang Son is on track to achieve its 7 per "
     "cent economic growth target for 2020.",
     [],
     [dict(score=15.0), dict(score=7.0)]),
    ("a centrally governed city called a province",
     "Can Tho province took the top ranking in the 2019 Provincial Competitiveness Index (PCI).",
     [dict(unit="Cần Thơ", unit_code="92", index="PCI", year=2019, rank=1)],
     []),
    ("the 'champion' position, the class in quotes over a list, a provincial city named as its province is",
     "In the Nghe An DDCI 2022, 4 units ranked in the \"good\" group: Dien Chau, Vinh City, Cua Lo and Nam Dan. "
     "Dien Chau District held the \"champion\" position with a score of 88.4.",
     [dict(unit="Diễn Châu", index="DDCI", year=2022, rank=1, score=88.4, rating="Tốt"),
      dict(unit="Vinh", unit_code="412", index="DDCI", year=2022, rating="Tốt")],
     [dict(unit_code="40", rating="Tốt")]),
    ("a provincial city whose unaccented name another province's district shares, in a text about its province",
     "In the Thanh Hoa DDCI 2023, Thanh Hoa City ranked 5th out of 27 units.",
     [dict(unit="Thanh Hóa", unit_code="380", index="DDCI", year=2023, rank=5, rank_total=27)],
     [dict(unit_code="38")]),
    ("the two runners-up take the places after the leader, in the order named",
     "Ben Tre topped the PCI 2018 with 70.1 points. Quang Ninh and Dong Thap were the two runners-up, scoring "
     "69.5 and 68.9 points respectively.",
     [dict(unit="Quảng Ninh", index="PCI", year=2018, rank=2), dict(unit="Đồng Tháp", index="PCI", year=2018, rank=3)],
     [dict(unit="Đồng Tháp", rank=2)]),
    ("a hyphenated 'top-five group'",
     "In the 2015 PCI, Binh Duong entered the top-five group of the best-governed provinces.",
     [dict(unit="Bình Dương", index="PCI", year=2015, rank=5, bound="<=")],
     []),
    ("a PAPI score written bare is in points",
     "In the 2019 PAPI report, Ben Tre was followed by Dong Thap (45.812) and Vinh Long (45.120).",
     [dict(unit="Đồng Tháp", index="PAPI", year=2019, score=45.812, score_unit="điểm")],
     []),
    ("ranked amongst a total",
     "Hue ranked sixth amongst the 63 provinces and cities in the 2019 Public Administration Reform Index.",
     [dict(unit="Thừa Thiên Huế", index="PAR_INDEX", year=2019, rank=6, rank_total=63)],
     []),
    ("the best performer in the list of a total",
     "In the PAR Index 2019, the best performer in the list of the 17 ministries was the Ministry of Justice "
     "with 88.12 points.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2019, rank=1, rank_total=17, score=88.12)],
     []),
    ("the provinces with the highest results are a list",
     "The 3 provinces with the highest SIPAS 2022 results are Quang Ninh, Hai Duong and Bac Ninh.",
     [dict(unit="Quảng Ninh", index="SIPAS", year=2022, rank=3, bound="<="),
      dict(unit="Bắc Ninh", index="SIPAS", year=2022, rank=3, bound="<=")],
     []),
    ("the government's index of service quality for citizens and businesses",
     "Lao Cai rose to 8th place among 63 provinces in terms of service quality for citizens and businesses "
     "in administrative procedures in 2024.",
     [dict(unit="Lào Cai", index="OTHER", year=2024, rank=8, rank_total=63)],
     []),
    ("the nation's score, then units brought in by 'with' that lead together, with a serial comma",
     "In 2023, the PAR Index averaged 87.1%, up 1.5% from 2022, with Quang Ninh, Hai Phong, Bac Ninh, and Ba "
     "Ria – Vung Tau topping the rankings.",
     [dict(unit="Quảng Ninh", index="PAR_INDEX", year=2023, rank=4, bound="<="),
      dict(unit="Bà Rịa - Vũng Tàu", index="PAR_INDEX", year=2023, rank=4, bound="<=")],
     [dict(score=87.1), dict(rank=1)]),
    ("a word-for-word name of the satisfaction index; 'this locality'; 'looking back at' a year",
     "Looking back at 2022, the district of Dinh Hoa scored 81.2 points in the administrative reform index. This "
     "locality kept the 2nd position in the Index measuring the level of satisfaction of individuals and "
     "organizations with the service of state administrative agencies of Thai Nguyen province with 90.5%.",
     [dict(unit="Định Hóa", index="PAR_INDEX", year=2022, score=81.2),
      dict(unit="Định Hóa", index="SIPAS", year=2022, rank=2, score=90.5, score_unit="%")],
     [dict(unit="Thái Nguyên")]),
    ("the three leading units named before; a rough value and a bar passed are none; the national leader",
     "In the 2021 ranking of the overall index of information technology application, the Ministry of Justice, "
     "the Ministry of Finance, and the Ministry of Planning and Investment are the three leading units with an "
     "index of about 0.8 points. Da Nang emerged as the national leader and is the only locality whose index "
     "exceeds 0.8 points (0.8312 points).",
     [dict(unit="Bộ Tư pháp", index="OTHER", year=2021, rank=3, bound="<="),
      dict(unit="Bộ Kế hoạch và Đầu tư", index="OTHER", year=2021, rank=3, bound="<="),
      dict(unit="Đà Nẵng", index="OTHER", year=2021, rank=1, score=0.8312)],
     [dict(score=0.8)]),
    ("places listed each with its own year; counts of services with their shares are no scores",
     "Binh Dinh has moved up in the PCI, climbing from 21st place in 2019, to 12th place in 2020, 9th place in "
     "2021, 11th place in 2022, and returning to 9th place in the 2023 PCI rankings. The province now offers 812 "
     "full online public services (41.2%) and 530 partial online public services (27.5%).",
     [dict(unit="Bình Định", index="PCI", year=2019, rank=21), dict(unit="Bình Định", index="PCI", year=2020, rank=12),
      dict(unit="Bình Định", index="PCI", year=2021, rank=9), dict(unit="Bình Định", index="PCI", year=2022, rank=11),
      dict(unit="Bình Định", index="PCI", year=2023, rank=9)],
     [dict(score=41.2), dict(score=27.5)]),
    ("wards, communes and special zones named with their English level word, in a named province",
     "Quang Ninh published the 2025 PAR Index of its communes, wards and special zones. Among wards, Bai Chay ward "
     "came first with 93.6 points and Cam Pha ward ranked second with 92.8 points; Van Don special zone led the "
     "communes and special zones with 91.4 points, followed by Tien Yen commune with 90.7 points. In the "
     "satisfaction survey, the Inspectorate of Quang Ninh Province was the unit with the highest satisfaction "
     "rate among departments, at 97.1%, and Ha Long ward is the leading unit with a satisfaction rate of 98.2%.",
     [dict(unit="Bãi Cháy", unit_level="phường", unit_code="06673", index="PAR_INDEX", year=2025, rank=1, score=93.6),
      dict(unit="Cẩm Phả", unit_level="phường", unit_code="06793", year=2025, rank=2, score=92.8),
      dict(unit="Vân Đồn", unit_code="06994", year=2025, rank=1, score=91.4),
      dict(unit="Tiên Yên", unit_level="xã", unit_code="06862", year=2025, rank=2, score=90.7),
      dict(unit="Thanh tra tỉnh", index="SIPAS", year=2025, rank=1, score=97.1, score_unit="%"),
      dict(unit="Hạ Long", unit_level="phường", index="SIPAS", year=2025, rank=1, score=98.2)],
     [dict(unit_level="thành phố thuộc tỉnh"), dict(unit_level="huyện"), dict(unit="Quảng Ninh", rank=1)]),
    ("the points of a province named after them; 'it' after the opening year; the best performer named after it",
     "In 2016, the total PCI points of Binh Dinh was 63.1. In 2017, it increased slightly (63.9 points) and ranked "
     "9 of 63 provinces (up 4 places compared with 2016). The best performer in the list of the 19 ministries "
     "was the Ministry of Justice at 88.2 points.",
     [dict(unit="Bình Định", index="PCI", year=2016, score=63.1),
      dict(unit="Bình Định", index="PCI", year=2017, score=63.9, rank=9, rank_total=63, rank_change=4,
           change_since=2016),
      dict(unit="Bộ Tư pháp", year=2017, score=88.2, rank=1, rank_total=19)],
     [dict(unit="Bình Định", rank=1)]),
    ("places of a unit in years listed, each year after its place; places in parts listed after the first",
     "Quang Tri has stayed in the top 10 of the digital transformation index, ranking 6th in 2021, 8th in 2022 and "
     "5th in 2023. In 2023 it achieved first position in digital awareness, third position in digital society, "
     "and seventh position in digital economy.",
     [dict(unit="Quảng Trị", index="DTI", component=None, year=2021, rank=6),
      dict(unit="Quảng Trị", index="DTI", component=None, year=2022, rank=8),
      dict(unit="Quảng Trị", index="DTI", component=None, year=2023, rank=5),
      dict(unit="Quảng Trị", index="DTI", component="awareness", year=2023, rank=1),
      dict(unit="Quảng Trị", index="DTI", component="digital_society", year=2023, rank=3),
      dict(unit="Quảng Trị", index="DTI", component="digital_economy", year=2023, rank=7)],
     [dict(year=2021, rank=8), dict(year=2022, rank=5)]),
    ("a place 'regarding administrative reform'; two years share a place, the change only the first's; a streak's bar",
     "According to the report, the capital city of Hanoi ranked fifth among 63 cities and provinces nationwide "
     "regarding administrative reform in 2018. In 2019 and 2020, Hanoi placed 4th out of 63 provinces in the PAR "
     "Index, moving up 1 spot from its 2018 ranking. Hanoi scored 86.2% in the SIPAS 2020, the second consecutive "
     "year it has attained a score of over 80%.",
     [dict(unit="Hà Nội", index="PAR_INDEX", year=2018, rank=5, rank_total=63),
      dict(unit="Hà Nội", index="PAR_INDEX", year=2019, rank=4, rank_change=1, change_since=2018),
      dict(unit="Hà Nội", index="PAR_INDEX", year=2020, rank=4, rank_change=None, change_since=None),
      dict(unit="Hà Nội", index="SIPAS", year=2020, score=86.2)],
     [dict(score=80)]),
    ("a place written before the name; the leader in an activity is no first place",
     "In the 2022 PCI, Quang Ninh topped the ranking. Meanwhile, third-placed Long An was the leading province in "
     "attracting new investment projects.",
     [dict(unit="Quảng Ninh", index="PCI", year=2022, rank=1), dict(unit="Long An", index="PCI", year=2022, rank=3)],
     [dict(unit="Long An", rank=1)]),
    ("a commune that shares a province's name, by its word after it; the lowest-ranked communes as a group",
     "Tuyen Quang province has announced the 2025 PAR Index of its communes and wards. Yen Son Commune ranked "
     "first with 86.40%, followed by Quang Binh Commune with 85.92%. The 10 lowest-ranked communes recorded "
     "scores below 52%.",
     [dict(unit="Yên Sơn", unit_level="xã", province_code="08", index="PAR_INDEX", year=2025, rank=1, score=86.4),
      dict(unit="Quang Bình", unit_level="xã", province_code="08", index="PAR_INDEX", year=2025, rank=2, score=85.92)],
     [dict(unit="Quảng Bình"), dict(score=52)]),
    ("places of later years listed after the first year's, each before its year; an index named beside another",
     "Since 2015, the province has been among the top five in the PAR Index. In 2015, it ranked fifth among 63 "
     "provinces and cities, fourth position in 2016 and second in 2017. Together with the PAR Index, the province's "
     "PCI has also improved. In 2015, it only ranked 40th out of 63 localities, and 31st in 2016.",
     [dict(index="PAR_INDEX", year=2015, rank=5, rank_total=63),
      dict(index="PAR_INDEX", year=2016, rank=4),
      dict(index="PAR_INDEX", year=2017, rank=2),
      dict(index="PCI", year=2015, rank=40, rank_total=63),
      dict(index="PCI", year=2016, rank=31)],
     [dict(index="PAR_INDEX", rank=40), dict(index="PAR_INDEX", year=2016, rank=5)]),
    ("a district's and a department's competitiveness index by their English names; a rate of files on time",
     "Moc Chau Town tops the provincial district-level competitiveness index ranking in 2023. The Department of "
     "Justice of Son La leads the provincial sectoral competitiveness index in 2023. Its centre handled 20,000 "
     "dossiers with the on-time rate reaching 98.5 percent.",
     [dict(unit="Mộc Châu", index="DDCI", year=2023, rank=1),
      dict(unit="Sở Tư pháp", index="DDCI", year=2023, rank=1)],
     [dict(score=98.5)]),
    ("points out of a maximum, then the same as a share; groups at the top and bottom said by their count",
     "In the 2022 PAR Index, Lang Son's administrative procedure reform reached 11.8 out of 13 points, or 90.77%. "
     "For the 2022 SIPAS, three localities topping the list are Ninh Binh, Nam Dinh and Thai Binh while three "
     "showing the lowest satisfaction are Soc Trang, Bac Lieu and Kon Tum.",
     [dict(unit="Lạng Sơn", index="PAR_INDEX", component="procedures", year=2022, score=11.8, max_score=13),
      dict(unit="Ninh Bình", index="SIPAS", year=2022, rank=3, bound="<="),
      dict(unit="Thái Bình", index="SIPAS", year=2022, rank=3, bound="<=")],
     [dict(score=90.77), dict(unit="Sóc Trăng"), dict(rank=6)]),
    ("the first to try something is no leader; a gap between two units is no value of either",
     "The DDCI is one of the measures that Bac Ninh took the lead in piloting in 2016. In the 2021 PAR Index, the "
     "gap between Bac Ninh and Ha Giang is 12.5%.",
     [],
     [dict(rank=1), dict(score=12.5)]),
    ("places named in turn after 'ranked as', then their shares in the same order",
     "In the SIPAS 2022, Thai Binh, Nam Dinh and Ninh Binh are respectively ranked as first, second and third, with "
     "93.1 percent, 92.4 percent and 91.7 percent.",
     [dict(unit="Thái Bình", index="SIPAS", year=2022, rank=1, score=93.1),
      dict(unit="Nam Định", rank=2, score=92.4), dict(unit="Ninh Bình", rank=3, score=91.7)],
     [dict(unit="Thái Bình", rank=3)]),
    ("an index's value after 'is' with no unit; a part's value before 'which'; the share satisfied with services",
     "In 2020, the Long An PCI is 68.1, ranking 9th. Its transparency index was 6.45 which was the best in the "
     "region. Some 86.2 percent of the people surveyed expressed satisfaction with public administrative services "
     "of Long An. About 70 percent of the people surveyed said they paid no informal fees.",
     [dict(unit="Long An", index="PCI", year=2020, score=68.1, rank=9),
      dict(unit="Long An", index="PCI", component="transparency", year=2020, score=6.45),
      dict(unit="Long An", index="SIPAS", score=86.2, score_unit="%")],
     [dict(score=70.0)]),
    ("a growth rate said after its noun is no value of a competitiveness index",
     "Keywords: competitiveness, Ben Tre, PCI. In 2022, Ben Tre regained its growth momentum at 6.85% over the year "
     "before, and its growth rate was 5.1% in the 2016-2020 period.",
     [],
     [dict(score=6.85), dict(score=5.1)]),
    ("dimensions' values over a 10-point scale; a second amount after 'an increase of … and'",
     "In 2016, Daknong province scored 35.89 point in PAPI, grading at the 31st place over 63 provinces, which "
     "reflects an increase of 2.41 points and 24 grades over 2015.\nDimension of Transparency was 5.61 over 10 "
     "–point scale.\nDimension of Public service delivery was 6.93 over 10-point scale.",
     [dict(unit="Đắk Nông", index="PAPI", component=None, year=2016, score=35.89, rank=31, score_change=2.41,
           rank_change=24, change_since=2015),
      dict(unit="Đắk Nông", index="PAPI", component="transparency", year=2016, score=5.61, max_score=10.0),
      dict(unit="Đắk Nông", index="PAPI", component="public_services", year=2016, score=6.93, max_score=10.0)],
     []),
    ("the lowest five after the highest five; a region's place after 'and'; the economy's figures near an index",
     "In 2023, the 5 provinces with the highest SIPAS results are Nam Dinh, Ha Nam; the 5 lowest provinces are Kon "
     "Tum, Dak Nong.\nThat year, Tay Ninh ranked 21st out of 63 provinces in the PCI, and fifth out of the 5 "
     "localities in the Southeast region. Its GRDP per capita was US$3,900, up 9.2% year on year, and it lured US$1 "
     "billion of foreign direct investment, up 4.5% and ranking 12th in the country.",
     [dict(unit="Nam Định", index="SIPAS", year=2023, rank=5, bound="<="),
      dict(unit="Tây Ninh", index="PCI", year=2023, rank=21, rank_total=63)],
     [dict(unit="Kon Tum"), dict(unit="Tây Ninh", rank=5), dict(unit="Tây Ninh", rank=12),
      dict(unit="Tây Ninh", score_change=9.2)]),
    ("an office told to take the lead in coordination with others is in charge, not first",
     "In 2025, Bac Ninh had a PAR Index of 91.2 percent. The Office of the Provincial People's Committee has directed the "
     "provincial Public Administrative Service Centre to take the lead, in coordination with relevant agencies, in "
     "implementing reforms related to administrative procedures.",
     [dict(unit="Bắc Ninh", index="PAR_INDEX", year=2025, score=91.2)],
     [dict(rank=1)]),
    ("last year's places beside this year's: 'up from 17th last year', 'last year's 34th', 'from 12th in last "
     "year's index to 3rd', 'declined to 40th'; the one replaced is no subject",
     "PCI 2007: Provincial competitiveness rankings\n\n"
     "Can Tho's PCI this year rose markedly with a 61.8 score, ranking eighth, up from 19th last year, while "
     "Hai Duong's ranking has declined to 41st with 49.7 points, well behind last year's 15th place. "
     "Quang Ngai has climbed from 22nd in last year's index to 4th this year. Ben Tre also jumps to the 10th "
     "position from last year's 31st. Eastern Long An province has replaced northern Bac Ninh province to take "
     "the seventh position this year.",
     [dict(unit="Cần Thơ", index="PCI", year=2007, score=61.8, rank=8), dict(unit="Cần Thơ", year=2006, rank=19),
      dict(unit="Hải Dương", year=2007, score=49.7, rank=41), dict(unit="Hải Dương", year=2006, rank=15),
      dict(unit="Quảng Ngãi", year=2007, rank=4), dict(unit="Quảng Ngãi", year=2006, rank=22),
      dict(unit="Bến Tre", year=2007, rank=10), dict(unit="Bến Tre", year=2006, rank=31),
      dict(unit="Long An", year=2007, rank=7)],
     [dict(score=15.0), dict(score=31.0), dict(unit="Bắc Ninh"), dict(unit="Cần Thơ", year=2006, rank=8)]),
]


@pytest.mark.parametrize("name,text,wanted,unwanted", CASES, ids=[c[0] for c in CASES])
def test_english_passage(name, text, wanted, unwanted):
    check_passage(text, wanted, unwanted)


def test_short_lines_without_vietnamese_letters_read_as_the_line_before():
    from extractor.language import languages_of_lines
    from extractor.patterns import lowered
    text = ("The ministry announced the ranking of the agencies in 2020.\nMinistry of Finance 1 (0.9310)\n"
            "Năm 2020, Bộ Tài chính đứng đầu.\nBộ Y tế 2 (0,8870)")
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    assert languages_of_lines(text, spans, lowered(text)) == [ENGLISH, ENGLISH, VIETNAMESE, VIETNAMESE]


def test_a_page_that_mixes_languages_reads_each_line_in_its_own():
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Quảng Ninh đạt 92,18%, xếp thứ 1/63.\n"
            "In the 2023 PAR Index, Hai Phong ranked second with 91.87 percent.")
    records = measures(text)
    has(records, unit="Quảng Ninh", score=92.18, rank=1, year=2023)
    has(records, unit="Hải Phòng", score=91.87, rank=2, year=2023)


def test_a_value_no_sentence_gives_a_unit_is_no_ones_in_a_text_about_many_units_alike():
    text = ("Quang Ninh topped the SIPAS 2023 rankings with 90.61 per cent while Bac Kan was at the bottom with "
            "75.03 per cent. Thai Nguyen, Lam Dong and Ha Giang kept their places. The level of satisfaction "
            "with access to services was 83 per cent.")
    records = measures(text)
    has(records, unit="Quảng Ninh", score=90.61, rank=1)
    lacks(records, score=83.0)


def test_changes_in_percent_groups_by_their_best_and_shares_of_people_asked():
    text = ("Ha Giang's SIPAS 2024 increased by 1.5% compared to 2023. The five localities with the highest "
            "SIPAS results are Hai Phong, Thai Nguyen, Hai Duong, Quang Ninh and Ha Nam. The nation's average "
            "satisfaction level last year was 82.66 per cent. According to the survey, 88.88 per cent said "
            "there were no civil servants causing them difficulties.")
    records = measures(text)
    has(records, unit="Hà Giang", year=2024, score_change=1.5, change_since=2023)
    lacks(records, unit="Hà Giang", score=1.5)
    has(records, unit="Hải Dương", index="SIPAS", rank=5, bound="<=")
    has(records, unit="Hà Nam", rank=5, bound="<=")
    lacks(records, score=82.66)
    lacks(records, score=88.88)


def test_ranked_after_the_leader_and_moves_to_a_number():
    text = ("Quang Ninh also topped the SIPAS 2020. Meanwhile, Hai Phong, Bac Giang, Hai Duong, Hung Yen and Vinh "
            "Phuc ranked after Quang Ninh in terms of the SIPAS. Hanoi jumped six places to number three. In the "
            "ministry-level category, the State Bank of Vietnam has come on top.")
    records = measures(text)
    has(records, unit="Quảng Ninh", index="SIPAS", year=2020, rank=1)
    has(records, unit="Hải Phòng", rank=2)
    has(records, unit="Vĩnh Phúc", rank=6)
    has(records, unit="Hà Nội", rank=3, rank_change=6)
    has(records, unit="Ngân hàng Nhà nước Việt Nam", rank=1)
    lacks(records, unit="Bắc Giang", rank=2)


def test_a_plans_aims_in_english():
    text = ("In 2024, Phu Yen Province aims to have its DTI ranking among the top 20 provinces and cities with a "
            "clear roadmap to reach the top 10 by 2030. In 2018, Soc Trang ranked 40th in the PCI. Soc Trang aims "
            "to raise its PCI score to 66 to become one of the 20 leading localities in 2019.")
    records = measures(text)
    has(records, type="target", unit="Phú Yên", index="DTI", year=2024, rank=20, bound="<=")
    has(records, type="target", unit="Phú Yên", index="DTI", year=2030, rank=10, bound="<=")
    has(records, type="result", unit="Sóc Trăng", year=2018, rank=40)
    has(records, type="target", unit="Sóc Trăng", index="PCI", year=2019, score=66.0, rank=20, bound="<=")
    lacks(records, type="result", unit="Phú Yên")


def test_the_first_of_two_units_at_the_top_and_bottom():
    records = measures("In 2021, Thua Thien-Hue and Dien Bien provinces were at the top and bottom of the PAPI "
                       "rankings, respectively.")
    has(records, unit_code="46", index="PAPI", year=2021, rank=1)
    lacks(records, unit="Điện Biên", rank=1)


def test_values_handed_out_after_their_units_with_respectively_at_the_end():
    records = measures("In the DDCI 2016 of Quang Ninh, Co To District topped the list of 14 localities examined "
                       "with 76.78 points, followed by Hoanh Bo, Uong Bi and Mong Cai district with 64.85 points, "
                       "64.09 points and 55.69 points, respectively.")
    has(records, unit="Cô Tô", index="DDCI", year=2016, score=76.78, rank=1, rank_total=14)
    has(records, unit_code="204", rank=2, rank_total=14)
    has(records, unit_code="204", score=64.85)
    has(records, unit="Uông Bí", score=64.09)
    has(records, unit="Móng Cái", score=55.69)
    has(records, unit="Móng Cái", rank=4)
    lacks(records, unit="Móng Cái", score=64.85)


def test_units_listed_as_keeping_their_places():
    records = measures("In the SIPAS 2023, Quang Ninh topped the rankings. Meanwhile, 36 localities climbed up on "
                       "the list, 24 others fell, and three had their positions unchanged, namely Quang Ninh, Thai "
                       "Nguyen and Lam Dong.")
    has(records, unit="Thái Nguyên", index="SIPAS", year=2023, rank_change=0)
    has(records, unit="Lâm Đồng", rank_change=0)
    vietnamese = measures("Chỉ số SIPAS năm 2023: có 3 địa phương giữ nguyên thứ hạng so với năm 2022 là Quảng Ninh, "
                          "Thái Nguyên và Lâm Đồng.")
    has(vietnamese, unit="Lâm Đồng", index="SIPAS", year=2023, rank_change=0, change_since=2022)


def test_a_profile_table_of_years_with_english_labels_and_a_score_on_the_index():
    text = ("In 2022, Binh Dinh scored 42.5 on the PAPI Index.\n\nPAPI, Binh Dinh, 2020 to 2022\n\n"
            "  2022 2021 2020\nParticipation at Local Levels 4.1 4.2 4.3\nTransparency 5.1 5.2 5.3\n"
            "Control of Corruption 6.1 6.2 6.3\n")
    records = measures(text)
    has(records, unit="Bình Định", index="PAPI", component=None, year=2022, score=42.5)
    has(records, unit="Bình Định", component="participation", year=2021, score=4.2)
    has(records, unit="Bình Định", component="corruption_control", year=2020, score=6.3)
    lacks(records, component=None, score=4.1)


def test_documents_cited_in_english():
    records = extract_text("As stated in Report No. 1234/BC-SNV dated November 2, 2024, the province carried out "
                           "Decision No. 55/QD-UBND and plan No. 12/KH-UBND dated 3 January 2023.")
    cited = {(r.ref_number, r.ref_type, r.ref_date) for r in records if r.type == "reference"}
    assert cited == {("1234/BC-SNV", "Báo cáo", "2024-11-02"), ("55/QD-UBND", "Quyết định", None),
                     ("12/KH-UBND", "Kế hoạch", "2023-01-03")}


def test_a_year_looked_back_at_is_not_carried_and_top_groups_with_such_as_and_including():
    text = ("The 2024 PCI was launched on 6 May. For the first time, Hai Phong rose to the top position with a score "
            "of 74.84, taking the first position previously held by Quang Ninh in 2023. PCI's top 5 continues to "
            "involve localities that have held high positions for many years, such as Quang Ninh (73.20 points), "
            "Long An (72.64 points). Noteworthy performances were also seen among provinces in the Top 10, "
            "including Ba Ria – Vung Tau, Thua Thien – Hue and Dong Thap.")
    records = measures(text)
    has(records, unit="Hải Phòng", year=2024, rank=1, score=74.84)
    has(records, unit="Quảng Ninh", year=2024, score=73.2, rank=5, bound="<=")
    has(records, unit="Thừa Thiên Huế", year=2024, rank=10, bound="<=")
    lacks(records, unit="Long An", year=2023)


def test_first_in_components_named_next_and_the_locality_just_named_and_provincial_branches():
    text = ("Bac Ninh Province climbed three steps to take the lead in the PAPI 2021 rankings with 47.1 points and "
            "ranked first in two criteria of Transparency in Local Decision-making (6.4 points) and Public Service "
            "Delivery (7.6 points). The Mekong Delta province of Long An was the runner-up with 46.2 points. The "
            "locality got the highest score in Environmental Governance (5.3 points).")
    records = measures(text)
    has(records, unit="Bắc Ninh", component=None, year=2021, score=47.1, rank=1, rank_change=3)
    has(records, unit="Bắc Ninh", component="transparency", score=6.4, rank=1)
    has(records, unit="Bắc Ninh", component="public_services", score=7.6, rank=1)
    has(records, unit="Long An", component="environment", score=5.3, rank=1)
    lacks(records, unit="Bắc Ninh", component="environment")
    text = ("In the 2022 DDCI of Hoa Binh province, the provincial Management Board of Industrial Parks ranked first "
            "with 80.04 out of the 100 points, followed by the Hoa Binh branch of the Vietnam Social Security with "
            "78.58 points.")
    records = measures(text)
    has(records, unit="Ban Quản lý các khu công nghiệp", province="Hòa Bình", rank=1, score=80.04)
    has(records, unit="Bảo hiểm xã hội tỉnh", province="Hòa Bình", rank=2, score=78.58)
    lacks(records, unit="Bảo hiểm xã hội Việt Nam")


def test_a_sentence_wrapped_over_lines_and_a_rank_out_of_provinces_and_the_bottom_five():
    text = ("In the PCI 2023 rankings, Binh Dinh ranked 20/63\nprovinces and cities, increased 4 places, reaching "
            "67.1 points, increased 1.2 points compared to 2022.\n\nIn the 2024 SIPAS, top five performers were Hai "
            "Phong, Thai Nguyen; bottom five were Bac Kan, Lang Son.")
    records = measures(text)
    has(records, unit="Bình Định", year=2023, rank=20, rank_total=63, rank_change=4, score=67.1, score_change=1.2)
    has(records, unit="Thái Nguyên", index="SIPAS", rank=5, bound="<=")
    lacks(records, unit="Lạng Sơn")


def test_names_a_page_ran_together_and_a_place_after_was():
    text = ("In 2020, with 88.1 percent, the northern province of BacNinh topped the PAR Index. It was followed by "
            "the port city of Haiphongwith 86.2 percent, while Da Nang was sixth with 84.9 percent.")
    records = measures(text)
    has(records, unit="Bắc Ninh", year=2020, rank=1, score=88.1)
    has(records, unit="Hải Phòng", rank=2, score=86.2)
    has(records, unit="Đà Nẵng", rank=6, score=84.9)


def test_a_dateline_is_no_subject_and_a_place_a_subindex_score_puts_the_unit_in():
    text = ("HÀ NỘI — With an increase of 1.5 points, Ben Tre province moves up six spots to arrive at the third "
            "position in the 2023 Provincial Competitiveness Index (PCI) rankings at 69.9 points.\n"
            "Ben Tre earned a Time Cost subindex score of 8.1 points, placing it fifth out of 63 provinces. Its "
            "Proactivity subindex score of 7.2 points made it sixth in the nation.")
    records = measures(text)
    has(records, unit="Bến Tre", component=None, year=2023, score=69.9, rank=3, score_change=1.5, rank_change=6)
    has(records, unit="Bến Tre", component="time_costs", score=8.1, rank=5, rank_total=63)
    has(records, unit="Bến Tre", component="proactivity", score=7.2, rank=6)
    lacks(records, unit="Hà Nội")


def test_ranks_top_then_followed_by_a_decimal_comma_a_maximum_and_the_lowest_group():
    text = ("According to the PAPI 2023 rankings, Binh Dinh ranks top nationwide with a total score of 46.1. It is "
            "followed by Tay Ninh and Long An. Meanwhile, Ha Giang, Kon Tum and Bac Lieu are in the group with the "
            "lowest scores.\n\nHue maintained its third place nationwide in the 2019 PAR index with a combined score "
            "of 84,21%. Notably, Hue took the first place in the sub-component of “Modernized administrative "
            "procedures” with 12.1 scores of the maximum of 13.5.")
    records = measures(text)
    has(records, unit="Bình Định", index="PAPI", year=2023, rank=1, score=46.1)
    has(records, unit="Long An", index="PAPI", rank=3)
    has(records, unit="Kon Tum", index="PAPI", rating="Thấp")
    has(records, unit="Thừa Thiên Huế", index="PAR_INDEX", year=2019, rank=3, score=84.21)
    has(records, unit="Thừa Thiên Huế", component="e_government", rank=1, score=12.1, max_score=13.5)


def test_a_regional_lead_is_no_rank_and_the_earlier_year_in_brackets():
    text = ("Ben Tre leads the Mekong Delta region in administrative reform index in 2024.\n\nRegarding the SIPAS in "
            "2024, Ben Tre province achieved 83.1%, ranked 30/63 provinces and cities nationwide, up 9 places "
            "compared to 2023 (39/63), up 2.2% compared to 2023 (80.9%), ranked 4/13 in the Mekong Delta.")
    records = measures(text)
    has(records, unit="Bến Tre", index="SIPAS", year=2024, score=83.1, rank=30, rank_change=9, score_change=2.2)
    has(records, unit="Bến Tre", index="SIPAS", year=2023, score=80.9, rank=39)
    lacks(records, rank=1)


def test_agency_names_wrapped_over_lines_and_shares_of_things_done():
    text = ("In the 2022 DDCI of Hoa Binh province, the provincial Management Board of Industrial Parks ranked first "
            "with 80.04 points, followed by the Hoa Binh branch of the\nVietnam Social Security with 78.58 points "
            "and the provincial Department of\nPlanning and Investment with 77.94 points. Of the 10 district-level "
            "localities, Yen Thuy\ndistrict with 85.54 points topped the list.\n\nThe city strives that by the end "
            "of 2025, 100% of eligible administrative procedures are provided online and 80% of records are "
            "processed online to improve its PAR Index.")
    records = measures(text)
    has(records, unit="Bảo hiểm xã hội tỉnh", rank=2, score=78.58)
    has(records, unit="Sở Kế hoạch và Đầu tư", rank=3, score=77.94)
    has(records, unit="Yên Thủy", unit_code="158", rank=1, score=85.54)
    lacks(records, score=100)
    lacks(records, score=80)


def test_a_sentence_on_the_ranking_alone_and_the_index_translated():
    text = ("According to statistics, in 2020, Ben Tre reported 65.2 points in its PCI, up 1.1 points on-year. "
            "However, the ranking decreased by 3 steps on-year and stands currently at 30 out of 63 cities and "
            "provinces. Meanwhile, the administration improvement index reached 82.5 points.")
    records = measures(text)
    has(records, unit="Bến Tre", index="PCI", year=2020, score=65.2, rank=30, rank_total=63, rank_change=-3)
    has(records, unit="Bến Tre", index="PAR_INDEX", year=2020, score=82.5)


def test_no_dot_does_not_end_a_sentence():
    text = ("The People's Committee of Ho Chi Minh City has just issued Document No. 4362/UBND-VX on the PAR Index. "
            "Hai Phong ranked No. 1 in the PAR Index 2024 with 96.17 percent.")
    records = extract_text(text)
    cited = [r for r in records if r.type == "reference"]
    assert [r.ref_number for r in cited] == ["4362/UBND-VX"]
    assert cited[0].evidence.text.endswith("on the PAR Index.")
    has(measures(text), unit="Hải Phòng", year=2024, rank=1, score=96.17)


def test_indices_listed_one_after_another_share_the_values_before_them():
    text = ("According to the ranking results, Cam Pha City topped the rankings of the 3 PAR-Index, DDCI, and DTI "
            "indices of Quang Ninh province in 2022.")
    records = measures(text)
    for index in ("PAR_INDEX", "DDCI", "DTI"):
        has(records, unit="Cẩm Phả", index=index, year=2022, rank=1)


def test_it_has_climbed_from_a_place_of_an_earlier_year_to_another():
    text = ("In 2020, Quang Ninh topped the PCI. It has also climbed from 62nd place in 2016 to third in the "
            "Vietnam Provincial Governance and Public Administration Performance Index (PAPI) 2019.")
    records = measures(text)
    has(records, unit="Quảng Ninh", index="PCI", year=2020, rank=1)
    has(records, unit="Quảng Ninh", index="PAPI", year=2019, rank=3)


def test_a_results_table_copied_with_its_labels_between_spaces():
    """"Province Entry Costs Land Access … PCI Ranking Ranking group": the header names each column by a
    component's English name; each line below is a province, its parts' scores, the PCI, its place and class."""
    text = ("PCI 2016: the leading provinces\n\n"
            "No. Province Entry Costs Land Access and Security of Tenure Time Costs and Regulatory Compliance "
            "Informal Charges Labor & Training PCI Ranking Ranking group\n"
            "1 Quang Ninh 8.12 6.30 7.01 5.55 6.92 65.60 1 Very good\n"
            "2 Da Nang 8.40 5.91 6.85 5.80 7.20 64.98 2 Very good\n"
            "3 Dong Thap 8.05 6.44 7.33 6.10 5.71 64.07 3 Good\n")
    records = measures(text)
    has(records, unit="Quảng Ninh", index="PCI", component=None, year=2016, score=65.6, rank=1)
    has(records, unit="Đà Nẵng", index="PCI", component="land_access", year=2016, score=5.91)
    has(records, unit="Đồng Tháp", index="PCI", component="time_costs", score=7.33)
    has(records, unit="Đồng Tháp", index="PCI", component="labor_training", score=5.71)
    has(records, unit="Đà Nẵng", index="PCI", component=None, rank=2, rating="Rất tốt")
    lacks(records, score=3.0)


def test_a_spaced_table_with_the_index_named_over_its_columns_and_a_place_without_values():
    """"… Law & Order PCI Score PCI Ranking PCI Tier": the index's name over its own score, rank and tier,
    one column each; a place listed with "N/A" in every cell is passed over, not the table's end; the
    rows, headed "Province", are provinces ("Long An", not a commune of that name)."""
    text = ("PCI sub-index scores of the provinces\n\n"
            "Province Entry Costs Transparency Informal Charges Law & Order PCI Score PCI Ranking PCI Tier\n"
            "Hai Duong N/A N/A N/A N/A N/A N/A N/A\n"
            "Long An 7.41 6.12 7.05 6.88 70.11 2 Rất tốt\n"
            "Binh Duong 6.93 6.70 6.24 7.02 69.02 3 Tốt\n"
            "Ha Nam 7.15 6.33 6.61 6.95 68.40 5 Tốt\n")
    records = measures(text)
    has(records, unit="Long An", unit_code="80", index="PCI", component=None, score=70.11, rank=2, rating="Rất tốt")
    has(records, unit="Long An", unit_code="80", index="PCI", component="transparency", score=6.12)
    has(records, unit="Bình Dương", index="PCI", component="informal_charges", score=6.24)
    has(records, unit="Hà Nam", index="PCI", component="legal_institutions", score=6.95)
    has(records, unit="Hà Nam", index="PCI", component=None, rank=5, rating="Tốt")
    lacks(records, unit="Hải Dương")


def test_a_dashboard_table_whose_rows_run_on_in_one_line():
    """A report's PDF copied as one line: a caption, "Province", the dimension's column ("3:") and its
    indicators' ("3.1:" …), the labels' words cut and run on, then each province and its numbers."""
    text = ("Provincial Governance and Public Administration Performance Index (PAPI)\n"
            "papi.org.vn Table 3.3: Dashboard of Provincial Performance in Vertical Accountability, 2021 Province "
            "3: Vertical 3.1: Interactions with 3.2: People's Accountability Local Authorities Appeals "
            "Kon Tum 4.21 1.37 1.42 Thua Thien-Hue 4.48 1.51 1.49 HCM City 3.96 1.22 1.30 "
            "Quang Tri 4.05 1.29 1.41 Binh Duong 3.88 1.")
    records = measures(text)
    has(records, unit="Kon Tum", index="PAPI", component="accountability", year=2021, score=4.21)
    has(records, unit="Thừa Thiên Huế", component="accountability", score=4.48)
    has(records, unit="Hồ Chí Minh", component="accountability", score=3.96)
    has(records, unit="Quảng Trị", component="accountability", score=4.05)
    lacks(records, score=1.37)  # an indicator of the dimension: no part the taxonomy keys
    evidence = {r.evidence.text for r in records}
    assert "Kon Tum 4.21 1.37 1.42" in evidence


def test_a_run_on_table_whose_columns_cannot_be_counted_out_gives_nothing():
    text = ("PAPI 2021. Table 3.3: Dashboard of Provincial Performance in Vertical Accountability, 2021 Province "
            "3: Vertical Accountability Kon Tum 4.21 1.37 1.42 Thua Thien-Hue 4.48 1.51 1.49 "
            "HCM City 3.96 1.22 1.30 Quang Tri 4.05 1.29 1.41")
    assert not [r for r in measures(text) if r.score in (4.21, 1.37, 1.42, 4.48)]


def test_the_index_as_its_own_subject_is_the_countrys_figure_not_the_last_place_named():
    """"The Satisfaction Index of Public Administration Services (SIPAS) stood at …": the index itself, of no
    place, is the country's figure; the province named two sentences before does not carry over to it."""
    text = ("SIPAS 2021: Thanh Hoa ranked first with 89.12%, followed by Ha Nam with 88.40%.\n"
            "Most provinces recorded higher satisfaction than a year earlier.\n"
            "The Satisfaction Index of Public Administration Services (SIPAS) was 82.66%, up 1.1% against 2020.")
    records = measures(text)
    has(records, unit="Thanh Hóa", index="SIPAS", year=2021, score=89.12, rank=1)
    has(records, unit="Hà Nam", index="SIPAS", year=2021, score=88.4, rank=2)
    lacks(records, score=82.66)


def test_places_for_each_pillar_in_a_list_and_a_year_an_aim_ends_by_is_not_the_results_year():
    """"ranked 9th for digital government, 31st for digital economy, and 17th for digital society": one place per
    pillar, written once with the verb; "It aims to … by 2025" is an aim's deadline, no year the places are of;
    "ranked 10th nationally in terms of digital transformation" names the index."""
    text = ("The northern province of Bac Giang has completed most of its digital targets for 2023. It aims to raise "
            "the digital economy's share of GRDP to 25% by 2025.\n"
            "In 2023, it ranked 10th nationally in terms of digital transformation. The province was ranked 9th for "
            "digital government, 31st for digital economy, and 17th for digital society.")
    records = measures(text)
    has(records, unit="Bắc Giang", index="DTI", component=None, year=2023, rank=10)
    has(records, unit="Bắc Giang", index="DTI", component="digital_government", year=2023, rank=9)
    has(records, unit="Bắc Giang", index="DTI", component="digital_economy", year=2023, rank=31)
    has(records, unit="Bắc Giang", index="DTI", component="digital_society", year=2023, rank=17)
    lacks(records, year=2025)


def test_a_survey_begun_long_ago_an_order_after_and_then_a_place_outside_the_top_and_a_scale():
    """"The survey, which began in 2006": a year looked back at, not the edition's; "followed by A in second
    place, and then B and C": the order goes on; "unable to crack the top 5": a place below it; "on a 100-point
    scale": the maximum; "65 percent respondents in Hue agreed": a share of people asked."""
    text = ("Can Tho and Hai Phong disappoint, unable to crack the top 5 of the annual Provincial Competitiveness Index (PCI)\n"
            "The survey, which began in 2006, polled more than 10,000 firms. Quang Tri topped the list with 70.12 "
            "points on a 100-point scale, followed by Hue in second place, and then Bac Ninh and Vinh Long.\n"
            "Some 65 percent respondents in Hue agreed that procedures were simple.")
    records = measures(text)
    has(records, unit="Quảng Trị", index="PCI", score=70.12, max_score=100.0, rank=1, year=None)
    has(records, unit="Thừa Thiên Huế", index="PCI", rank=2)
    has(records, unit="Bắc Ninh", index="PCI", rank=3)
    has(records, unit="Vĩnh Long", index="PCI", rank=4)
    has(records, unit="Cần Thơ", index="PCI", rank=5, bound=">")
    lacks(records, year=2006)
    lacks(records, score=65.0)


def test_last_year_from_the_year_before_or_the_date_and_ministries_led_and_a_score_gained():
    """"Last year, the city ranked first" in a text on the index of 2016: the edition before, 2015; in a text with
    no year but its date, the year before the date; "led the rankings of 17 ministries": first of 17; "gaining 0.58
    points, 0.09 higher than the previous ranking": the first number is the score, the second its change; the
    PAPI's long name cut before "Index"."""
    text = ("Hai Phong tops the Provincial Public Administration Reform Index for 2016 with 88.2 per cent.\n"
            "Last year, the city ranked second with 86.1 per cent.")
    records = measures(text)
    has(records, unit="Hải Phòng", index="PAR_INDEX", year=2016, score=88.2, rank=1)
    has(records, unit="Hải Phòng", index="PAR_INDEX", year=2015, score=86.1, rank=2)
    dated = ("date 2024-06-12 Officials in Lang Son met on Monday to review digital work.\n"
             "The chairman said that last year, the province ranked 15th among cities and provinces nationwide in terms of "
             "digital transformation.")
    has(measures(dated), unit="Lạng Sơn", index="DTI", year=2023, rank=15)
    ministries = ("In the Digital Transformation Index for 2022, the Ministry of Justice led the rankings of 17 "
                  "ministries and ministry-level agencies, gaining 0.58 points, 0.09 higher than the previous ranking.")
    records = measures(ministries)
    has(records, unit="Bộ Tư pháp", index="DTI", year=2022, rank=1, rank_total=17, score=0.58, score_change=0.09)
    lacks(records, score_change=0.58)
    cut = "The northern province of Lao Cai took the lead of the Provincial Governance and Public Administration Performance for 2019."
    has(measures(cut), unit="Lào Cai", index="PAPI", year=2019, rank=1)


def test_a_place_with_the_unit_between_and_a_total_in_words():
    """"placing the locality the 47th out of 63": the unit between the verb and the place; "rose three spots to rank
    first among nine agencies": a total written as a word."""
    text = ("In 2020, the PAR index of Yen Bai reached 84.1 percent, placing the locality the 47th out of 63 cities and "
            "provinces.")
    has(measures(text), unit="Yên Bái", index="PAR_INDEX", year=2020, rank=47, rank_total=63)
    agencies = ("In the DTI 2022 rankings, the Vietnam News Agency rose three spots to rank first among nine ministries "
                "and agencies that do not provide public services.")
    has(measures(agencies), unit="Thông tấn xã Việt Nam", index="DTI", year=2022, rank=1, rank_total=9)
