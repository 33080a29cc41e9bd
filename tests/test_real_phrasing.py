"""Phrasing families met in real reports on the indices (docs/phrasing.md counts them),
each in passages of our own words: what must come out, and what must not."""
from __future__ import annotations

import pytest

from extractor import extract_text
from record_checks import check_passage, has, lacks, measures


FAMILIES = [
    # 1. from–to: the later value is the year's result, the earlier one the earlier year's
    ("from-to score",
     "Chỉ số SIPAS năm 2023 của tỉnh Kon Tum giảm từ 84,12% năm 2022 xuống 83,05%.",
     [dict(unit="Kon Tum", index="SIPAS", year=2023, score=83.05),
      dict(unit="Kon Tum", index="SIPAS", year=2022, score=84.12)],
     [dict(score_change=-84.12)]),
    ("from-to rank with the earlier year",
     "Về PCI năm 2019, Đồng Tháp từ vị trí thứ 7 của năm 2018 đã vươn lên vị trí thứ 2.",
     [dict(unit="Đồng Tháp", index="PCI", year=2019, rank=2),
      dict(unit="Đồng Tháp", index="PCI", year=2018, rank=7)],
     [dict(year=2019, rank=7)]),
    ("from-to rank out of a total, raised with 'nâng lên'",
     "Bộ Xây dựng từ thứ hạng 8 trên 19 đơn vị được xếp hạng năm 2018 đã nâng lên hạng 5 trong kết quả Chỉ số "
     "cải cách hành chính năm 2019.",
     [dict(unit="Bộ Xây dựng", index="PAR_INDEX", year=2019, rank=5, rank_total=19),
      dict(unit="Bộ Xây dựng", year=2018, rank=8, rank_total=19)],
     [dict(year=2019, rank=8)]),
    ("from-to score, the later value written without its unit; the change is against the year moved from",
     "Điểm số cải cách hành chính của Bộ Tài chính từ 84,20% năm 2018 tăng lên 86,75 năm 2019. Năm 2019, điểm "
     "số của Bộ Y tế từ 79,10% năm 2018 giảm xuống còn 73,30%, giảm 5,8%.",
     [dict(unit="Bộ Tài chính", year=2019, score=86.75, score_unit="%"),
      dict(unit="Bộ Tài chính", year=2018, score=84.2),
      dict(unit="Bộ Y tế", year=2019, score=73.3, score_change=-5.8, change_since=2018)],
     []),
    ("values written before their units, handed out by 'lần lượt'",
     "Với 0,5120 điểm và 0,4935 điểm, Hà Nam và Nam Định đã lần lượt đứng ở thứ hạng 7 và 11 trong bảng xếp "
     "hạng DTI cấp tỉnh năm 2022.",
     [dict(unit="Hà Nam", index="DTI", year=2022, score=0.512, rank=7),
      dict(unit="Nam Định", index="DTI", year=2022, score=0.4935, rank=11)],
     [dict(unit="Hà Nam", rank=11)]),
    ("a change in per cent of a value with no unit is relative",
     "Năm 2023, DTI của tỉnh Sơn La đạt 0,5421, tăng 35,2% so với năm 2022, xếp thứ 30/63.",
     [dict(unit="Sơn La", index="DTI", year=2023, score=0.5421, rank=30, score_change=None)],
     [dict(score_change=35.2)]),
    ("from-to rank, the earlier year from the comparison",
     "Năm 2022, Chỉ số CCHC của tỉnh Yên Bái tăng 4 bậc so với năm 2021, từ vị trí 21 lên 17.",
     [dict(unit="Yên Bái", year=2022, rank=17, rank_change=4, change_since=2021),
      dict(unit="Yên Bái", year=2021, rank=21)],
     []),
    ("earlier rank named with its year",
     "PCI năm 2024 của tỉnh Đồng Tháp đạt 70,1 điểm, lùi xuống vị trí thứ 9 so với vị trí thứ 5 năm 2023.",
     [dict(unit="Đồng Tháp", year=2024, rank=9, score=70.1), dict(unit="Đồng Tháp", year=2023, rank=5)],
     []),
    ("the year of a span's start is not carried on",
     "Năm 2022, PCI của tỉnh Thanh Hóa đạt 63,7 điểm, xếp hạng 47. Đây là thứ hạng thấp nhất kể từ năm 2007. "
     "Thanh Hóa đã tụt từ vị trí thứ 24 năm 2019 xuống vị trí thứ 47. Tỉnh Nghệ An đạt 66,6 điểm, xếp thứ 23/63.",
     [dict(unit="Nghệ An", year=2022, rank=23), dict(unit="Thanh Hóa", year=2019, rank=24)],
     [dict(year=2007)]),
    ("earlier places in a sentence that refers back to the result",
     "Năm 2020, ICT Index của tỉnh Cao Bằng xếp thứ 35/63, tăng 20 bậc so với năm 2019. Đây là bước tiến dài "
     "so với vị trí số 55 năm 2019, vị trí số 59 năm 2018.",
     [dict(unit="Cao Bằng", index="OTHER", year=2020, rank=35, rank_change=20),
      dict(unit="Cao Bằng", index="OTHER", year=2019, rank=55),
      dict(unit="Cao Bằng", index="OTHER", year=2018, rank=59)],
     [dict(year=2020, rank=55), dict(year=2020, rank=59)]),
    ("the score compared with, bare in brackets or after the year's own",
     "Năm 2021, các tỉnh dẫn đầu PCI đều tăng điểm so với năm 2020: Quảng Ninh giữ vị trí số 1, cao hơn năm 2020 "
     "(73,40); tiếp theo, Hải Phòng (71,86 so với 70,80).",
     [dict(unit="Quảng Ninh", index="PCI", year=2021, rank=1), dict(unit="Quảng Ninh", year=2020, score=73.4),
      dict(unit="Hải Phòng", year=2021, score=71.86), dict(unit="Hải Phòng", year=2020, score=70.8)],
     [dict(year=2021, score=70.8), dict(year=2021, score=73.4)]),
    ("a lettered class after the place; a fall measured against the province's own result of a year",
     "Với 86,40 điểm, tỉnh Bình Định đứng thứ 9, loại B về Chỉ số CCHC năm 2022. Đứng cuối bảng là tỉnh Kon Tum, "
     "đạt 76,12%, thấp hơn 4,1% so với kết quả của tỉnh này trong năm 2021.",
     [dict(unit="Bình Định", index="PAR_INDEX", year=2022, rank=9, rating="B", score=86.4),
      dict(unit="Kon Tum", index="PAR_INDEX", year=2022, score=76.12, score_change=-4.1, change_since=2021)],
     [dict(unit="Kon Tum", year=2021)]),
    ("a year compared with through the index's name is no year the text goes on about",
     "Bình Định cải thiện 10 bậc so với PCI 2022. Trong PCI 2023, Bình Định đạt 70,10 điểm. Phú Yên tụt 2 bậc so "
     "với PCI 2022. Khánh Hòa với 68,40 điểm xếp thứ 9.",
     [dict(unit="Khánh Hòa", index="PCI", year=2023, score=68.4, rank=9),
      dict(unit="Phú Yên", year=2023, rank_change=-2, change_since=2022)],
     [dict(unit="Khánh Hòa", year=2022)]),
    ("the year of what a value is compared with is not the value's",
     "Năm 2022, Chỉ số CCHC của tỉnh Kon Tum đạt 76,12%, thấp hơn 4,1% so với kết quả của tỉnh này trong năm 2021 "
     "và cũng thấp hơn 3,98% so với đơn vị đứng cuối bảng xếp hạng của năm 2021.",
     [dict(unit="Kon Tum", index="PAR_INDEX", year=2022, score=76.12, score_change=-4.1)],
     [dict(unit="Kon Tum", year=2021)]),
    ("the value of the cities under the centre is no city's",
     "Năm 2022, thành phố Cần Thơ đạt 85,3%. Chỉ số CCHC năm 2022 của các thành phố trực thuộc Trung ương là 84,10%.",
     [dict(unit="Cần Thơ", score=85.3)],
     [dict(score=84.1)]),
    ("a happiness index is another index, its parts no records, passing the plan no score",
     "Chỉ số hạnh phúc của người dân tỉnh Hà Giang năm 2023 đạt 60,4%. Trong đó chỉ số hài lòng về cuộc sống "
     "đạt 54,2%. Mức độ hạnh phúc đạt mức khá, vượt 1,1% so với chỉ tiêu kế hoạch.",
     [dict(unit="Hà Giang", index="OTHER", year=2023, score=60.4)],
     [dict(index="SIPAS"), dict(score=54.2), dict(score=1.1)]),
    ("places 'về' parts are of those parts; a report's year after its title",
     "Theo xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử Việt Nam 2018, tỉnh Yên Bái đứng thứ 12. "
     "Về DTI năm 2022, tỉnh Yên Bái xếp hạng 4 về chỉ số đánh giá chính quyền số và xếp hạng 7 về kinh tế số.",
     [dict(unit="Yên Bái", index="OTHER", year=2018, rank=12),
      dict(unit="Yên Bái", index="DTI", component="digital_government", year=2022, rank=4),
      dict(unit="Yên Bái", index="DTI", component="digital_economy", year=2022, rank=7)],
     [dict(index="DTI", component=None, rank=4), dict(component="digital_government", rank=7)]),
    ("a headline naming the top units is no place of the province; thresholds of levels are no scores",
     "Top 10 đơn vị dẫn đầu chuyển đổi số năm 2023 ở Lào Cai\n\nMức dẫn dắt: điểm đánh giá lớn hơn 75% tổng điểm; "
     "mức nâng cao: lớn hơn 50% và nhỏ hơn hoặc bằng 75% tổng điểm. Thang điểm tối đa cho các cơ quan, đơn vị "
     "không có thủ tục hành chính là: 750 điểm.",
     [],
     [dict(unit="Lào Cai")]),
    ("a lettered group's line gives each unit listed its band; first out of a count; a gap is no score",
     "Kết quả Chỉ số CCHC năm 2020 của các bộ chia thành 2 nhóm:\nNhóm A, đạt kết quả trên 90%, bao gồm 02 đơn vị: "
     "Bộ Tư pháp; Bộ Tài chính\nNhóm B, đạt kết quả từ trên 80% đến dưới 90%, gồm 2 đơn vị: Bộ Nội vụ; Bộ Y tế.\n"
     "Bộ Tư pháp đứng đầu 17 bộ, ngành. Khoảng cách giữa Bộ cao nhất (Bộ Tư pháp) với Bộ thấp nhất (Bộ Y tế) là "
     "12.1% (Năm 2019 khoảng cách này là 14.2% và năm 2018 là 16.3%).",
     [dict(unit="Bộ Tài chính", year=2020, score=90.0, score_unit="%", bound=">"),
      dict(unit="Bộ Y tế", year=2020, score=80.0, score_unit="%", bound=">"),
      dict(unit="Bộ Tư pháp", year=2020, rank=1, rank_total=17)],
     [dict(score=12.1), dict(score=14.2), dict(score=16.3), dict(rating="A"), dict(rating="B")]),
    ("the place of the year before in brackets; the country's value is no unit's",
     "Mức độ hài lòng nói chung trong cả nước năm 2023 (SIPAS 2023) là 82,66%. Chỉ số SIPAS năm 2023 của tỉnh "
     "Quảng Bình đạt 83,10%, xếp thứ 30/63, tăng 5 bậc so với năm 2022 (hạng 35).",
     [dict(unit="Quảng Bình", year=2023, score=83.1, rank=30), dict(unit="Quảng Bình", year=2022, rank=35)],
     [dict(score=82.66)]),
    ("an exact score makes a bound it meets redundant; the leading group is no first place",
     "Nhóm dẫn đầu bảng xếp hạng Chỉ số CCHC năm 2023 duy trì sự ổn định. Xếp vị trí thứ 2/63 là thành phố "
     "Hải Phòng, đạt 91,87% và là năm thứ 4 liên tiếp Hải Phòng đạt kết quả >90%.",
     [dict(unit="Hải Phòng", year=2023, rank=2, score=91.87)],
     [dict(score=90.0), dict(type="target")]),
    ("the bare scores of a list's items follow the indices its first item scored, in order",
     "Khối sở năm 2023: Sở Xây dựng đứng đầu với Chỉ số CCHC đạt 95,10% và Chỉ số hài lòng đạt 98,20%. "
     "Sở Y tế: 94,30%; 91,50%. Sở Công Thương: 93,80%; 89,90%.",
     [dict(unit="Sở Y tế", index="PAR_INDEX", score=94.3), dict(unit="Sở Y tế", index="SIPAS", score=91.5),
      dict(unit="Sở Công Thương", index="SIPAS", score=89.9)],
     [dict(unit="Sở Y tế", index="PAR_INDEX", score=91.5)]),
    ("the results of the digital transformation ranking; each part's place with the verb written once",
     "Bộ TT-TT công bố kết quả chuyển đổi số năm 2023, tỉnh Bình Phước tăng 10 bậc và đứng thứ 30/63 (năm 2022 "
     "xếp vị trí thứ 40). Bình Phước còn xếp thứ 21/63 về chính quyền số, thứ 25/63 về kinh tế số và thứ 12/63 "
     "về xã hội số.",
     [dict(unit="Bình Phước", index="DTI", year=2023, rank=30, rank_change=10),
      dict(unit="Bình Phước", index="DTI", year=2022, rank=40),
      dict(unit="Bình Phước", component="digital_government", rank=21),
      dict(unit="Bình Phước", component="digital_economy", rank=25),
      dict(unit="Bình Phước", component="digital_society", rank=12)],
     [dict(index="PAR_INDEX")]),
    ("the environmental protection index, its best listed with their scores; one of the leaders; a class's threshold",
     "Bộ TN&MT công bố kết quả Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2023 (PEPI 2023). Theo đó, 3 tỉnh "
     "có tổng điểm Bộ chỉ số cao nhất là: Huế (74,10); Lào Cai (71,02); Sơn La (69,80). Năm 2023, tỉnh Phú Yên "
     "là một trong những địa phương dẫn đầu về PAPI. Chưa có sở nào vào nhóm \"rất tốt\" (phải đạt từ 80 điểm "
     "trở lên).",
     [dict(unit="Thừa Thiên Huế", index="OTHER", year=2023, score=74.1),
      dict(unit="Sơn La", index="OTHER", score=69.8)],
     [dict(unit="Phú Yên"), dict(score=80.0)]),
    ("PAPI's classes of parts, before and after the parts; the rest of the parts go on with the unit",
     "Báo cáo PAPI 2020 cho thấy, TP Hồ Chí Minh nằm trong nhóm có điểm số trung bình cao với 43,10 điểm. Đà Nẵng "
     "chỉ có 2 chỉ số là sự tham gia của người dân ở cấp cơ sở và quản trị điện tử đạt được mức điểm trung bình "
     "cao, chỉ số cung cấp dịch vụ công đạt điểm trung bình thấp. Các chỉ số còn lại đều rơi vào nhóm điểm thấp, "
     "gồm công khai minh bạch và kiểm soát tham nhũng trong khu vực công. Sở Ngoại vụ là đơn vị đạt điểm cao nhất.",
     [dict(unit="Đà Nẵng", index="PAPI", component="participation", year=2020, rating="Trung bình cao"),
      dict(unit="Đà Nẵng", component="e_governance", rating="Trung bình cao"),
      dict(unit="Đà Nẵng", component="public_services", rating="Trung bình thấp"),
      dict(unit="Đà Nẵng", component="transparency", rating="Thấp"),
      dict(unit="Đà Nẵng", component="corruption_control", rating="Thấp")],
     [dict(unit="Hồ Chí Minh", component="transparency"), dict(rating="Cao nhất")]),
    ("the rank compared against in brackets",
     "PCI năm 2022 của tỉnh Nghệ An xếp thứ 23/63, tăng 7 bậc so với năm 2021 (30/63).",
     [dict(unit="Nghệ An", year=2022, rank=23, rank_change=7), dict(unit="Nghệ An", year=2021, rank=30)],
     []),
    ("an earlier place compared with, its year after 'của'; a move between places out of a total",
     "Năm 2019, theo ICT Index, Bộ Tư pháp xếp ở vị trí thứ 7 tăng 11 bậc so với vị trí thứ 18 của 2018. Năm 2019, "
     "PCI của Đắk Nông tăng được 2 bậc từ bậc 60/63 lên 58/63.",
     [dict(unit="Bộ Tư pháp", index="OTHER", year=2019, rank=7, rank_change=11, change_since=2018),
      dict(unit="Bộ Tư pháp", year=2018, rank=18),
      dict(unit="Đắk Nông", index="PCI", year=2019, rank=58, rank_total=63, rank_change=2)],
     [dict(unit="Đắk Nông", rank=60, year=2019)]),
    ("the unit passed is no subject; 'giữ vững ngôi vị số 1' reports; 'xếp thứ hai là'; 'với vị trí 62'",
     "Năm 2021, trong PCI, Long An đã vượt qua Bắc Ninh để giữ vị trí số 2. Quảng Ninh giữ vững ngôi vị số 1. "
     "Về chỉ số CCHC cấp bộ năm 2021, Bộ Tư pháp đứng đầu; xếp thứ hai là Bảo hiểm xã hội Việt Nam. PAPI 2021: Sóc "
     "Trăng áp chót với vị trí 62.",
     [dict(type="result", unit="Long An", index="PCI", year=2021, rank=2),
      dict(type="result", unit="Quảng Ninh", index="PCI", rank=1),
      dict(unit="Bảo hiểm xã hội Việt Nam", index="PAR_INDEX", year=2021, rank=2),
      dict(unit="Sóc Trăng", index="PAPI", year=2021, rank=62)],
     [dict(unit="Bắc Ninh"), dict(type="target")]),
    ("the last place out of its group; a move down to a place out of the group",
     "Chỉ số CCHC của tỉnh Tuyên Quang: huyện Sơn Dương năm 2021 xếp cuối 7/7 huyện, thành phố; năm 2022 Na Hang "
     "tụt xuống 6/7 địa phương.",
     [dict(unit="Sơn Dương", index="PAR_INDEX", year=2021, rank=7, rank_total=7),
      dict(unit="Na Hang", year=2022, rank=6, rank_total=7)],
     []),
    ("a bloc counted with 'có N đơn vị,' counts the ranks after it, until another bloc",
     "Năm 2020, theo Quyết định, khối các sở, ban, ngành cấp tỉnh có 19 đơn vị, qua kết quả đánh giá, Sở Tư pháp xếp "
     "hạng nhất về Chỉ số cải cách hành chính (90,12%). Sở Nội vụ xếp thứ 2. Về khối các huyện, thành phố, UBND "
     "huyện Gia Viễn xếp hạng nhất.",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", year=2020, rank=1, rank_total=19, score=90.12),
      dict(unit="Sở Nội vụ", rank=2, rank_total=19), dict(unit="Gia Viễn", rank=1, rank_total=None)],
     []),
    ("the year compared with 'thấp hơn năm', its value in brackets",
     "Năm 2021, Đắk Lắk giảm 2 bậc trên bảng xếp hạng PCI, với 63,10 điểm, thấp hơn năm 2020 (64,50 điểm).",
     [dict(unit="Đắk Lắk", index="PCI", year=2021, score=63.1, rank_change=-2, change_since=2020),
      dict(unit="Đắk Lắk", index="PCI", year=2020, score=64.5)],
     []),
    ("a headline in capitals names its district without the level word",
     "THIỆU HÓA DẪN ĐẦU KHỐI HUYỆN VỀ CHỈ SỐ CCHC NĂM 2023\nNăm 2023, Chỉ số CCHC của huyện Thiệu Hóa, tỉnh Thanh Hóa "
     "đạt 91,2%.",
     [dict(unit="Thiệu Hóa", unit_code="398", index="PAR_INDEX", year=2023, rank=1),
      dict(unit="Thiệu Hóa", score=91.2)],
     []),
    ("'năm' before a year is no fifth place",
     "So với năm 2021, xếp hạng năm 2022 của tỉnh Đồng Nai về Chỉ số CCHC vẫn tăng được 4 bậc.",
     [dict(unit="Đồng Nai", year=2022, rank_change=4)],
     [dict(rank=5)]),
    # 2. a change is not a score
    ("places and points under one verb",
     "Trong PCI 2022, tỉnh Bắc Giang đạt 72,8 điểm, cải thiện 29 bậc và 8,06 điểm so với PCI 2021.",
     [dict(unit="Bắc Giang", year=2022, score=72.8, rank_change=29, score_change=8.06, change_since=2021)],
     [dict(score=8.06), dict(year=2021)]),
    ("a change in brackets",
     "Chỉ số PCI năm 2022 của tỉnh Cao Bằng đạt 59,58 điểm, tăng đáng kể (3,29 điểm) so với năm 2021.",
     [dict(unit="Cao Bằng", year=2022, score=59.58, score_change=3.29)],
     [dict(score=3.29)]),
    ("change alone",
     "Chỉ số PAPI năm 2021 của tỉnh Gia Lai giảm 0,35 điểm so với năm 2020.",
     [dict(unit="Gia Lai", index="PAPI", year=2021, score_change=-0.35, change_since=2020, score=None)],
     [dict(score=0.35)]),
    ("change said as 'cao hơn'",
     "Năm 2023, Chỉ số CCHC của tỉnh Phú Yên đạt 86,1%, cao hơn 1,2% so với năm 2022.",
     [dict(unit="Phú Yên", year=2023, score=86.1, score_change=1.2, change_since=2022)],
     []),
    # 3. rank words
    ("champion and runner-up",
     "Bảng xếp hạng PCI năm 2021: Quảng Ninh giữ ngôi vị quán quân, á quân là Hải Phòng.",
     [dict(unit="Quảng Ninh", index="PCI", year=2021, rank=1), dict(unit="Hải Phòng", index="PCI", year=2021, rank=2)],
     []),
    ("position number one",
     "Năm 2022, Chỉ số DTI của thành phố Đà Nẵng tiếp tục ở vị trí số 1 cả nước.",
     [dict(unit="Đà Nẵng", index="DTI", year=2022, rank=1)],
     []),
    ("one of the top five is a band",
     "Chỉ số DTI năm 2022 cho thấy Lạng Sơn là một trong 5 địa phương dẫn đầu cả nước.",
     [dict(unit="Lạng Sơn", index="DTI", year=2022, rank=5, bound="<=")],
     [dict(rank=1)]),
    ("'xếp' with a total and 'trong tổng số'",
     "Chỉ số PAPI năm 2019 của tỉnh Sóc Trăng đạt 41,5 điểm, xếp 50/63 tỉnh. "
     "Chỉ số CCHC năm 2019 của huyện Mỹ Tú xếp thứ 3 trong tổng số 11 huyện, thị xã, thành phố.",
     [dict(unit="Sóc Trăng", index="PAPI", rank=50, rank_total=63),
      dict(unit="Mỹ Tú", index="PAR_INDEX", rank=3, rank_total=11)],
     []),
    ("last of a stated total, 'số N' after a name, the earlier place in brackets",
     "Chỉ số PAPI năm 2022 của tỉnh Cao Bằng đạt 38,8 điểm, đứng chót bảng 63 tỉnh, thành phố. "
     "Quảng Ninh số 1, Hải Phòng số 2 trong xếp hạng chỉ số cạnh tranh cấp tỉnh năm 2022. "
     "Về PGI năm 2024, Đồng Tháp vươn lên vị trí thứ 7 cả nước (năm 2023 là 18).",
     [dict(unit="Cao Bằng", rank=63, rank_total=63), dict(unit="Quảng Ninh", index="PCI", rank=1),
      dict(unit="Hải Phòng", index="PCI", rank=2), dict(unit="Đồng Tháp", year=2024, rank=7),
      dict(unit="Đồng Tháp", year=2023, rank=18)],
     []),
    ("ranks in brackets",
     "PCI năm 2020 của các tỉnh miền Tây: Long An (70,4 điểm, hạng 3), Bến Tre (69,1 điểm, hạng 8).",
     [dict(unit="Long An", index="PCI", year=2020, score=70.4, rank=3),
      dict(unit="Bến Tre", index="PCI", year=2020, score=69.1, rank=8)],
     []),
    # 4. ordered continuations
    ("followers after a leader",
     "Chỉ số CCHC năm 2024: Hải Phòng dẫn đầu với 96,2%. Tiếp đó là Bà Rịa - Vũng Tàu, Hà Nội và Quảng Ninh.",
     [dict(unit="Hải Phòng", rank=1, year=2024), dict(unit="Bà Rịa - Vũng Tàu", rank=2, year=2024),
      dict(unit="Hà Nội", rank=3), dict(unit="Quảng Ninh", rank=4)],
     []),
    ("the next places, each with its value",
     "Năm 2023, Bộ Tư pháp đứng đầu Chỉ số CCHC của các bộ với 89,9%. Các vị trí tiếp theo lần lượt là "
     "Ngân hàng Nhà nước với 89,8% và Bộ Tài chính với 89,1%.",
     [dict(unit="Ngân hàng Nhà nước Việt Nam", rank=2, score=89.8), dict(unit="Bộ Tài chính", rank=3, score=89.1)],
     []),
    ("a list that states its own ranks keeps them",
     "PCI năm 2020: Đồng Tháp giữ vị trí thứ 2 với 72,8 điểm. Các tỉnh có thứ hạng tiếp theo là: "
     "Long An (70,4 điểm, hạng 3), Vĩnh Long (69,3 điểm, hạng 6).",
     [dict(unit="Vĩnh Long", rank=6)],
     [dict(unit="Vĩnh Long", rank=4)]),
    ("respectively, with ranks",
     "Năm 2019, Quảng Ninh dẫn đầu Chỉ số PAR INDEX; Hải Phòng và Đà Nẵng lần lượt xếp thứ 2 và thứ 3.",
     [dict(unit="Hải Phòng", rank=2), dict(unit="Đà Nẵng", rank=3)],
     []),
    ("first places named first",
     "Chỉ số SIPAS năm 2022: Quảng Ninh, Thái Nguyên, Hải Dương lần lượt chiếm 3 vị trí đầu tiên.",
     [dict(unit="Quảng Ninh", rank=1), dict(unit="Thái Nguyên", rank=2), dict(unit="Hải Dương", rank=3)],
     []),
    ("a list without an order word states no rank",
     "Chỉ số CCHC năm 2022 của tỉnh Bình Thuận: nhóm xếp hạng thấp gồm huyện Tuy Phong, huyện Bắc Bình.",
     [],
     [dict(unit="Tuy Phong"), dict(unit="Bắc Bình")]),
    ("rank before 'với' in brackets, and a signed change",
     "PCI năm 2022: Phú Thọ (hạng 24/63 với 66,30 điểm); tăng cao nhất là tỉnh Bình Thuận (+6,39%).",
     [dict(unit="Phú Thọ", rank=24, rank_total=63, score=66.3), dict(unit="Bình Thuận", score_change=6.39)],
     [dict(score=6.39)]),
    ("'xếp hạng thứ tự' and the rank compared against after 'là'",
     "Chỉ số CCHC năm 2014 của Ủy ban Dân tộc đạt 73,57 điểm, xếp hạng thứ tự 16/19, tăng 3 bậc so với năm 2013 là 19/19.",
     [dict(unit="Ủy ban Dân tộc", year=2014, rank=16, rank_total=19, rank_change=3),
      dict(unit="Ủy ban Dân tộc", year=2013, rank=19)],
     []),
    ("group thresholds with their members",
     "Năm 2022, nhóm A, đạt kết quả chỉ số CCHC từ 90% trở lên, gồm 2 tỉnh; Quảng Ninh dẫn đầu các địa phương.",
     [dict(unit="Quảng Ninh", rank=1)],
     [dict(score=90.0)]),
    ("all units over a line",
     "Năm 2024, Hải Phòng dẫn đầu Chỉ số CCHC. Tất cả địa phương đều đạt chỉ số trên 80%.",
     [dict(unit="Hải Phòng", rank=1)],
     [dict(score=80.0)]),
    ("a streak is no plan",
     "Chỉ số CCHC năm 2024 của Hải Phòng đạt 96,17%; 12 năm liên tiếp thành phố nằm trong top 5 cả nước.",
     [dict(unit="Hải Phòng", score=96.17)],
     [dict(type="target")]),
    ("the same index named twice is one naming",
     "Quảng Ninh tiếp tục giành vị trí thứ nhất trong bảng xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh 2019 (PCI 2019).",
     [dict(unit="Quảng Ninh", index="PCI", year=2019, rank=1)],
     []),
    ("the earlier place 'of last year'",
     "Với 68,38 điểm, Hà Nội tăng 4 bậc trong PCI 2024, từ vị trí số 28 của năm ngoái lên vị trí thứ 24.",
     [dict(unit="Hà Nội", year=2024, rank=24, rank_change=4), dict(unit="Hà Nội", year=2023, rank=28)],
     []),
    ("the same place kept, compared with an index's year: the place of both years",
     "So với chỉ số PCI năm 2019, tỉnh Kon Tum vẫn giữ nguyên vị trí thứ 56/63 trong PCI năm 2020.",
     [dict(unit="Kon Tum", year=2020, rank=56, rank_total=63, rank_change=0, change_since=2019),
      dict(unit="Kon Tum", year=2019, rank=56, rank_total=63, rank_change=None)],
     [dict(year=2019, rank_change=0)]),
    ("how many are ranked is no rank",
     "Chỉ số CCHC cấp tỉnh năm 2022 đánh giá, xếp hạng 63 UBND tỉnh, thành phố; Quảng Ninh dẫn đầu.",
     [dict(unit="Quảng Ninh", rank=1)],
     [dict(rank=63)]),
    ("a rank stated before the index is named",
     "Trong bảng xếp hạng PCI năm 2024, Hải Phòng dẫn đầu. Thứ tư là tỉnh Bắc Giang, năm thứ ba liên tiếp "
     "nằm trong nhóm 5 địa phương dẫn đầu PCI.",
     [dict(unit="Bắc Giang", index="PCI", year=2024, rank=4)],
     []),
    # 5. the year assessed when the sentence does not write it
    ("year from the lead under the title",
     "Quảng Trị xếp thứ 28/63 về Chỉ số PAPI\n"
     "Theo báo cáo Chỉ số PAPI năm 2021 vừa công bố, Quảng Trị đạt 42,39 điểm.",
     [dict(unit="Quảng Trị", index="PAPI", year=2021, rank=28, rank_total=63)],
     [dict(year=None)]),
    ("year from the announcement",
     "Ngày 24/4/2022, Bộ Nội vụ công bố Chỉ số CCHC năm 2021. Tỉnh Hà Giang xếp thứ 40/63 với 84,3%.",
     [dict(unit="Hà Giang", year=2021, rank=40, score=84.3)],
     [dict(year=2022)]),
    ("a paragraph about many years has none of them",
     "Những năm qua, sự hài lòng của người dân huyện Tân Lạc luôn đạt trên 80%.\n"
     "Năm 2023, huyện triển khai nhiều giải pháp mới.",
     [],
     [dict(year=2023)]),
    # 6. units
    ("agencies of a province",
     "Chỉ số CCHC năm 2022 khối cơ quan của tỉnh Quảng Nam: Văn phòng UBND tỉnh đạt 91,2 điểm, xếp thứ 1; "
     "Thanh tra tỉnh đạt 88,4 điểm, xếp thứ 2.",
     [dict(unit="Văn phòng Ủy ban nhân dân tỉnh", province="Quảng Nam", score=91.2, rank=1),
      dict(unit="Thanh tra tỉnh", province="Quảng Nam", score=88.4, rank=2)],
     []),
    ("departments in initials",
     "Kết quả DDCI năm 2022 của Đà Nẵng: Sở TT&TT đạt 69,3 điểm; Sở GD&ĐT đạt 68,9 điểm.",
     [dict(unit="Sở Thông tin và Truyền thông", score=69.3), dict(unit="Sở Giáo dục và Đào tạo", score=68.9)],
     [dict(unit="Đà Nẵng")]),
    ("the announcer is not the unit",
     "Theo công bố mới nhất của Bộ Nội vụ, Hà Tĩnh xếp thứ 15 cả nước về Chỉ số CCHC năm 2024.",
     [dict(unit="Hà Tĩnh", rank=15, year=2024)],
     [dict(unit="Bộ Nội vụ")]),
    ("town and city written short",
     "Chỉ số CCHC năm 2021 của tỉnh Quảng Nam: TX. Điện Bàn đạt 90,47 điểm. TP. Tam Kỳ đạt 89,12 điểm.",
     [dict(unit="Điện Bàn", unit_code="507", score=90.47), dict(unit="Tam Kỳ", unit_code="502", score=89.12)],
     []),
    ("districts named bare in a province's ranking",
     "Chỉ số CCHC năm 2024 của tỉnh Đắk Lắk: huyện Krông Năng đạt 92,2 điểm, xếp thứ 2; "
     "Buôn Đôn 70,5 điểm, xếp thứ 15.",
     [dict(unit="Buôn Đôn", unit_code="647", rank=15, score=70.5)],
     [dict(unit="Krông Năng", score=70.5)]),
    ("province in initials",
     "Năm 2021, chỉ số PCI của BR-VT đạt 69,03 điểm, xếp thứ 9.",
     [dict(unit="Bà Rịa - Vũng Tàu", unit_code="77", rank=9)],
     []),
    ("a unit never named stays null",
     "Năm 2023, Chỉ số CCHC của tỉnh đạt 87,5%, xếp thứ 20/63 tỉnh, thành phố.",
     [dict(unit=None, index="PAR_INDEX", year=2023, score=87.5, rank=20)],
     []),
    # 7. components
    ("DTI pillars",
     "Chỉ số DTI năm 2021 của tỉnh Ninh Bình xếp thứ 6/63; về chính quyền số, Ninh Bình xếp thứ 5, "
     "trụ cột kinh tế số đạt 0,5412 điểm.",
     [dict(unit="Ninh Bình", index="DTI", component="digital_government", rank=5),
      dict(unit="Ninh Bình", index="DTI", component="digital_economy", score=0.5412)],
     [dict(index="PAR_INDEX")]),
    ("a class named over a list of units",
     "Kết quả DDCI năm 2022 của thành phố Đà Nẵng: nhóm Khá gồm 3 đơn vị: Sở Xây dựng (68,01 điểm); "
     "Sở Y tế (67,81 điểm); Sở Tư pháp (67,5 điểm).",
     [dict(unit="Sở Xây dựng", rating="Khá", score=68.01), dict(unit="Sở Tư pháp", rating="Khá", score=67.5)],
     []),
    ("a class named after the units",
     "Chỉ số DDCI năm 2022 của Đà Nẵng: Sở Giáo dục và Đào tạo (68,88 điểm) và Sở Ngoại vụ (68,84 điểm) "
     "được đánh giá ở nhóm Khá tốt.",
     [dict(unit="Sở Giáo dục và Đào tạo", rating="Khá tốt"), dict(unit="Sở Ngoại vụ", rating="Khá tốt")],
     []),
    ("a class in quotes",
     "Năm 2019, Nghệ An đứng vị trí thứ 18 về PCI với 66,64/100 điểm, thuộc nhóm “tốt”.",
     [dict(unit="Nghệ An", rank=18, score=66.64, max_score=100.0, rating="Tốt")],
     []),
    # 8. a results table with one cell a line
    ("table flattened one cell a line",
     "Kết quả Chỉ số DDCI năm 2023 của tỉnh Thái Nguyên\nTT\nTên đơn vị\nĐiểm\nXếp hạng\n"
     "1\nSở Tư pháp\n78,52\n1\n2\nSở Nội vụ\n77,10\n2\n",
     [dict(unit="Sở Tư pháp", index="DDCI", year=2023, score=78.52, rank=1),
      dict(unit="Sở Nội vụ", score=77.1, rank=2)],
     []),
    ("the members listed after a group's bound each score beyond it",
     "Năm 2019, kết quả Chỉ số CCHC của các bộ chia làm hai nhóm. Nhóm đầu gồm 8 bộ, cơ quan ngang bộ có "
     "Chỉ số CCHC trên 85%, gồm: Bộ Tư pháp; Bộ Công Thương; Ngân hàng Nhà nước Việt Nam.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2019, score=85.0, bound=">"),
      dict(unit="Bộ Công Thương", year=2019, score=85.0, bound=">"),
      dict(unit="Ngân hàng Nhà nước Việt Nam", year=2019, score=85.0, bound=">")],
     []),
    ("a group's bound with no list is no unit's value; a band between two bounds gives its members its lower end",
     "Chỉ số CCHC năm 2020 của tỉnh Phú Thọ: nhóm đạt trên 90% gồm 5 huyện; nhóm từ trên 80% đến dưới 90%, "
     "gồm 7 đơn vị: huyện Thanh Sơn, huyện Tân Sơn.",
     [dict(unit="Thanh Sơn", index="PAR_INDEX", year=2020, score=80.0, score_unit="%", bound=">"),
      dict(unit="Tân Sơn", year=2020, score=80.0, bound=">")],
     [dict(score=90.0)]),
    ("'this index' refers back, across a paragraph, to the part the sentence before gave values of",
     "Năm 2023, tỉnh Bắc Ninh đứng đầu cả nước về chỉ số thành phần “Xây dựng và phát triển chính quyền điện tử, "
     "chính quyền số”, đạt 91,2%.\nTrong nhóm 5 thành phố trực thuộc Trung ương, Hải Phòng là địa phương có kết "
     "quả cao nhất ở chỉ số này, đạt 89,5%, xếp thứ 7/63.",
     [dict(unit="Bắc Ninh", index="PAR_INDEX", component="e_government", year=2023, rank=1, score=91.2),
      dict(unit="Hải Phòng", index="PAR_INDEX", component="e_government", year=2023, score=89.5, rank=7)],
     [dict(unit="Hải Phòng", component=None)]),
    ("a reform index's part named in a PCI passage is the passage's own words",
     "PCI 2021 của tỉnh Tiền Giang đạt 66,4 điểm, xếp thứ 12. Tiền Giang tăng 4 bậc so với năm 2020 nhờ công "
     "tác cải cách thủ tục hành chính (tăng 1,05 điểm).",
     [dict(unit="Tiền Giang", index="PCI", year=2021, score=66.4, rank=12)],
     [dict(index="PAR_INDEX")]),
    ("a numbered group's size counts its ranks; the last of the group, after an ordered list, is that size",
     "Năm 2019, xếp hạng chỉ số CCHC nhóm 1 gồm 5 cơ quan Trung ương đóng trên địa bàn tỉnh Phú Thọ. Kết quả, "
     "Ngân hàng Nhà nước tỉnh xếp thứ nhất với 90,12 điểm, tiếp đến là Kho bạc Nhà nước tỉnh với 88,40 điểm và "
     "xếp cuối nhóm là Cục Hải quan tỉnh với 80,05 điểm.",
     [dict(unit="Ngân hàng Nhà nước tỉnh", year=2019, rank=1, rank_total=5, score=90.12),
      dict(unit="Kho bạc Nhà nước tỉnh", rank=2, rank_total=5),
      dict(unit="Cục Hải quan tỉnh", rank=5, rank_total=5, score=80.05)],
     [dict(unit="Ngân hàng Nhà nước Việt Nam"), dict(rank=3), dict(rank=1, bound="<=")]),
    ("after an announcement of two indices, 'Theo đó' goes on about the first",
     "Ngày 10/3/2023, UBND quận Lê Chân công bố Chỉ số cải cách hành chính và chỉ số hài lòng của các phường "
     "năm 2022. Theo đó, phường Dư Hàng xếp thứ 2 trong số 15 phường với 88,40/100 điểm.",
     [dict(index="PAR_INDEX", year=2022, rank=2, rank_total=15, score=88.4)],
     [dict(index="SIPAS")]),
    ("'Xếp hạng … đối với N sở' counts the group; 'xếp cuối' before the unit's name is its last place",
     "Xếp hạng CCHC năm 2019 của tỉnh Ninh Thuận đối với 6 đơn vị ngành dọc: Công an tỉnh đứng đầu (195 điểm); "
     "xếp cuối Cục Thống kê (180 điểm).",
     [dict(unit="Công an tỉnh", year=2019, rank=1, rank_total=6, score=195.0),
      dict(unit="Cục Thống kê", year=2019, rank=6, rank_total=6, score=180.0)],
     []),
    ("a class moved from one year's to the next, for every unit listed",
     "Năm 2019, chỉ số CCHC của các huyện tỉnh Bình Thuận: 3 huyện còn lại là Hàm Tân, Phú Quý và huyện Tuy "
     "Phong “rớt” hạng, từ xếp loại tốt năm 2018 xuống loại khá năm 2019.",
     [dict(unit="Hàm Tân", year=2019, rating="Khá"), dict(unit="Hàm Tân", year=2018, rating="Tốt"),
      dict(unit_code="602", year=2019, rating="Khá"), dict(unit_code="602", year=2018, rating="Tốt"),
      dict(unit="Tuy Phong", year=2019, rating="Khá"), dict(unit="Tuy Phong", year=2018, rating="Tốt")],
     [dict(year=2019, rating="Tốt")]),
    ("the index's ratio after its points; one class after the units' brackets is each one's",
     "Năm 2019, chỉ số CCHC của tỉnh Bình Thuận: Sở Tư pháp đạt 92,10 điểm, tỷ lệ chỉ số đạt 94,40%. Chỉ có 2 "
     "huyện là Đức Linh (tỷ lệ chỉ số 88,20%) và Bắc Bình (tỷ lệ chỉ số 84,05%) xếp loại tốt.",
     [dict(unit="Sở Tư pháp", year=2019, score=94.4, score_unit="%"),
      dict(unit="Đức Linh", year=2019, score=88.2, rating="Tốt"),
      dict(unit="Bắc Bình", year=2019, score=84.05, rating="Tốt")],
     [dict(score=92.1)]),
    ("the index of service to citizens and businesses named by what it assesses, for a quarter; the lowest after",
     "UBND tỉnh Lâm Đồng vừa có báo cáo kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực "
     "hiện thủ tục hành chính quý III/2024. Điểm số cao nhất là 96,40 điểm (UBND huyện Đức Trọng), điểm số thấp "
     "nhất là 89,15 điểm (UBND huyện Bảo Lâm).",
     [dict(unit="Đức Trọng", index="OTHER", year=2024, score=96.4, rank=1),
      dict(unit="Bảo Lâm", index="OTHER", year=2024, score=89.15)],
     [dict(unit="Đức Trọng", score=89.15)]),
    ("earlier years looked back to after 'Trước đó,'; a next group in no order",
     "Năm 2020, Bộ Xây dựng đứng cuối bảng xếp hạng chỉ số cải cách hành chính.\n"
     "Trước đó, các năm 2018, 2019, Bộ Xây dựng cũng đứng cuối bảng xếp hạng.\n"
     "Ở cấp địa phương, tỉnh Quảng Ninh tiếp tục dẫn đầu cả nước. Nhóm các địa phương tiếp theo là Hải Phòng, "
     "Cà Mau, Hưng Yên.",
     [dict(unit="Quảng Ninh", index="PAR_INDEX", year=2020, rank=1)],
     [dict(unit="Quảng Ninh", year=2019), dict(unit="Hải Phòng", rank=2), dict(unit="Hưng Yên", rank=4)]),
    ("a lettered group defined in one sentence, its members listed in the next",
     "Báo cáo chỉ số POBI 2020 được chia làm 4 nhóm. Nhóm B (công khai tương đối) bao gồm 20 tỉnh, là những tỉnh có "
     "điểm POBI quy đổi từ 50 đến dưới 75 điểm. Nhóm này bao gồm: Kon Tum, Điện Biên, Long An.",
     [dict(unit="Kon Tum", index="OTHER", year=2020, rating="B"), dict(unit="Long An", rating="B")],
     [dict(score=50.0), dict(score=75.0)]),
    # 9. distractors
    ("regional rank beside the national one",
     "Chỉ số CCHC năm 2024 của tỉnh Hà Tĩnh xếp thứ 15 cả nước và xếp thứ 2 khu vực Bắc Trung Bộ.",
     [dict(unit="Hà Tĩnh", rank=15)],
     [dict(rank=2)]),
    ("group definitions and bands",
     "Chỉ số CCHC năm 2015: những tỉnh đạt từ 80% đến dưới 90% được xếp vào nhóm B; "
     "tỉnh Cà Mau xếp vị trí 15 - 20/63.",
     [],
     [dict(score=80.0), dict(rank=15)]),
    ("a region ranked among regions",
     "Năm 2023, Chỉ số CCHC trung bình của vùng Đồng bằng sông Hồng đạt 88,3%; Đồng bằng sông Hồng dẫn đầu 6 vùng.",
     [],
     [dict(rank=1)]),
    ("the median province's score",
     "PCI 2023 có điểm số trung vị đạt 66,5 điểm, tăng 0,6 điểm so với năm trước. Tỉnh Long An đạt 70,9 điểm.",
     [dict(unit="Long An", index="PCI", year=2023, score=70.9)],
     [dict(score=66.5)]),
    ("the country's core PCI score",
     "Năm 2024, chỉ số PCI gốc đạt 68,18 điểm. Quảng Ninh dẫn đầu PCI 2024.",
     [dict(unit="Quảng Ninh", index="PCI", year=2024, rank=1)],
     [dict(score=68.18)]),
    ("the nation's value",
     "Theo công bố, DTI quốc gia năm 2024 đạt 0,7955 và Việt Nam đã tăng 15 bậc trên bảng xếp hạng của Liên Hợp Quốc.",
     [],
     [dict(score=0.7955), dict(rank_change=15)]),
    ("gap to another unit",
     "Năm 2023, Ngân hàng Nhà nước đạt 89,89% Chỉ số CCHC, xếp thứ 2 (kém Bộ Tư pháp 0,06 điểm).",
     [dict(unit="Ngân hàng Nhà nước Việt Nam", rank=2, score=89.89)],
     [dict(unit="Bộ Tư pháp")]),
    # 10. targets
    ("two bounds in a plan",
     "Kế hoạch phấn đấu Chỉ số CCHC của tỉnh Bình Dương năm 2024 đạt từ 88% trở lên; nằm trong nhóm 15/63 tỉnh, thành phố.",
     [dict(type="target", year=2024, score=88.0, bound=">="), dict(type="target", year=2024, rank=15, bound="<=")],
     []),
    ("a range of places to climb",
     "Năm 2024, phấn đấu Chỉ số PAPI của tỉnh Hà Tĩnh tăng từ 3-5 bậc.",
     [dict(type="target", index="PAPI", rank_change=3, bound=">=")],
     []),
    ("a rating to reach",
     "Phấn đấu năm 2024 Chỉ số CCHC của tỉnh Hà Tĩnh đạt loại Tốt.",
     [dict(type="target", index="PAR_INDEX", year=2024, rating="Tốt")],
     []),
    ("a change in percentage points after a manner word",
     "Chỉ số CCHC năm 2023 của tỉnh Hòa Bình giảm nhẹ, 1,88 điểm % so với năm 2022, từ 86,40% xuống 84,52%.",
     [dict(unit="Hòa Bình", year=2023, score=84.52, score_change=-1.88, change_since=2022),
      dict(unit="Hòa Bình", year=2022, score=86.4)],
     [dict(year=2023, score=1.88)]),
    ("leaders listed after a colon, from the first place down",
     "Theo công bố, các tỉnh, thành dẫn đầu về chỉ số PAPI năm 2023 là: Lạng Sơn (46,10 điểm), "
     "Hà Tĩnh (45,80 điểm), Quảng Bình (45,72 điểm).",
     [dict(unit="Lạng Sơn", year=2023, score=46.1, rank=1), dict(unit="Hà Tĩnh", rank=2),
      dict(unit="Quảng Bình", score=45.72, rank=3)],
     [dict(unit="Lạng Sơn", score=None)]),
    ("a list said to run from the top down",
     "Năm 2023, chỉ số DTI các sở, ban, ngành tỉnh Bình Định có nhiều chuyển biến. Thứ tự xếp hạng các sở, "
     "ban, ngành (từ trên xuống) như sau: Sở TT-TT, Sở Nội vụ, Sở KH-CN, Văn phòng UBND tỉnh, Sở GD-ĐT.",
     [dict(unit="Sở Thông tin và Truyền thông", index="DTI", year=2023, rank=1),
      dict(unit="Sở Khoa học và Công nghệ", rank=3), dict(unit="Sở Giáo dục và Đào tạo", rank=5)],
     []),
    ("two units, then their two ranks",
     "Năm 2022, Chỉ số PCI của Quảng Ninh và Hải Phòng xếp thứ 1 và thứ 2 cả nước. Tiếp theo là Bắc Ninh.",
     [dict(unit="Quảng Ninh", rank=1), dict(unit="Hải Phòng", rank=2), dict(unit="Bắc Ninh", rank=3)],
     [dict(unit="Hải Phòng", rank=1)]),
    ("the leader and the next places of a group of agencies",
     "Về DTI 2022 khối bộ, ngành, Bộ Tư pháp giữ vị trí dẫn đầu với giá trị DTI 2022 là 0,6120. Bộ Nội vụ và "
     "Bảo hiểm xã hội Việt Nam cùng tăng 2 bậc, vươn lên xếp vị trí thứ 2 và thứ 3. Các vị trí tiếp theo "
     "trong top 10 lần lượt thuộc về các bộ, ngành: Bộ Y tế, Bộ Xây dựng. Đối với 9 bộ, ngành không có "
     "dịch vụ công, Viện Hàn lâm KH&CN Việt Nam giữ vị trí dẫn đầu. Hai vị trí tiếp theo lần lượt thuộc "
     "về Đài Truyền hình Việt Nam và Thông tấn xã Việt Nam.",
     [dict(unit="Bộ Tư pháp", index="DTI", year=2022, rank=1, score=0.612),
      dict(unit="Bộ Nội vụ", rank=2), dict(unit="Bảo hiểm xã hội Việt Nam", rank=3),
      dict(unit="Bộ Y tế", rank=4), dict(unit="Bộ Xây dựng", rank=5),
      dict(unit="Viện Hàn lâm Khoa học và Công nghệ Việt Nam", rank=1),
      dict(unit="Đài Truyền hình Việt Nam", rank=2), dict(unit="Thông tấn xã Việt Nam", rank=3)],
     [dict(rank=10)]),
    ("an average of a level",
     "Năm 2022, giá trị trung bình DTI cấp tỉnh là 0,5012, tăng tới 12,3% so với năm 2021.",
     [],
     [dict(score=12.3), dict(score=0.5012)]),
    ("the unit just named, not the document's",
     "Năm 2023, tỉnh Quảng Ninh tiếp tục đứng đầu PCI. Tuy nhiên, đáng chú ý trong PCI năm nay là Bình Định. "
     "Theo đó, địa phương này đã có bước tiến lớn về điểm số, tăng 2,10 điểm, nhảy vọt 7 bậc so với năm 2022. "
     "Kết quả, địa phương giành vị trí á quân trong bảng xếp hạng PCI 2023 với 70,12 điểm.",
     [dict(unit="Quảng Ninh", rank=1),
      dict(unit="Bình Định", year=2023, score=70.12, rank=2, score_change=2.1, rank_change=7, change_since=2022)],
     [dict(unit="Quảng Ninh", rank=2), dict(unit="Quảng Ninh", score=70.12)]),
    ("the next places within a top group",
     "Năm 2023, Quảng Ninh dẫn đầu PCI. Các vị trí tiếp theo trong Top 5 của bảng xếp hạng PCI 2023 lần lượt là "
     "Hải Phòng (70,34 điểm), Bắc Giang (69,75 điểm), Đồng Tháp (69,66 điểm).",
     [dict(unit="Hải Phòng", rank=2, score=70.34), dict(unit="Bắc Giang", rank=3), dict(unit="Đồng Tháp", rank=4)],
     [dict(unit="Quảng Ninh", rank=5)]),
    ("the members of a counted top group",
     "Về DTI năm 2023, khối bộ, ngành có 5 đơn vị dẫn đầu, gồm: Bộ Tư pháp, Bộ Tài chính, Bộ Xây dựng, "
     "Ngân hàng Nhà nước Việt Nam, Bộ Công Thương.",
     [dict(unit="Bộ Tư pháp", index="DTI", rank=5, bound="<="), dict(unit="Bộ Công Thương", rank=5, bound="<=")],
     [dict(rank=1)]),
    ("a value nearly reached, a group at the bottom",
     "Năm 2023, chỉ số PAPI của tỉnh Gia Lai đạt gần 40 điểm, thuộc nhóm 16 tỉnh, thành có chỉ số PAPI thấp nhất.",
     [dict(unit="Gia Lai", year=2023, score=40.0, bound="<")],
     [dict(rank=16), dict(rank=1)]),
    ("a unit opening a bracket owns only the bracket",
     "Với 46,2 điểm, tỉnh đứng đầu bảng xếp hạng PAPI 2023 cách khá xa tỉnh đứng cuối (Lai Châu, 38,1 điểm).",
     [dict(unit="Lai Châu", index="PAPI", year=2023, score=38.1)],
     [dict(unit="Lai Châu", score=46.2), dict(unit="Lai Châu", rank=1)]),
    ("a lead in every pillar, pillars that state their own values, a field of work named late",
     "Chỉ số chuyển đổi số (DTI) năm 2023: Hải Phòng tiếp tục dẫn đầu cả nước về chuyển đổi số ở 3 trụ cột, "
     "gồm: Chính quyền số, kinh tế số và xã hội số. Tỉnh Nam Định đạt 0,55 điểm, xếp thứ 14/63. Ở 3 trụ cột: "
     "chính quyền số đạt 0,6 điểm, xếp thứ 9; kinh tế số đạt 0,5 điểm, xếp thứ 12. Tiếp theo là tỉnh Hà Nam, "
     "khẳng định vị thế trong quá trình xây dựng chính quyền số, kinh tế số và xã hội số.",
     [dict(unit="Hải Phòng", component=None, rank=1), dict(unit="Hải Phòng", component="digital_government", rank=1),
      dict(unit="Hải Phòng", component="digital_society", rank=1),
      dict(unit="Nam Định", component=None, score=0.55, rank=14),
      dict(unit="Nam Định", component="digital_government", score=0.6, rank=9),
      dict(unit="Nam Định", component="digital_economy", score=0.5, rank=12)],
     [dict(unit="Hà Nam", component="digital_economy"), dict(unit="Hà Nam", component="digital_society"),
      dict(unit="Nam Định", component="digital_government", score=0.55)]),
    ("two units joined as one subject share their values; 'giữa A và B' do not; 'là hai … dẫn đầu' is within two",
     "Sở Xây dựng và huyện Duy Xuyên dẫn đầu bảng xếp hạng Chỉ số cải cách hành chính năm 2022 của tỉnh Quảng Nam. "
     "Năm 2022, khoảng cách giữa Hà Nội và Hải Phòng về PAR INDEX là 0,3 điểm. "
     "Năm 2022, Đà Nẵng và Huế là hai địa phương dẫn đầu PAPI.",
     [dict(unit="Sở Xây dựng", province="Quảng Nam", index="PAR_INDEX", year=2022, rank=1),
      dict(unit="Duy Xuyên", index="PAR_INDEX", year=2022, rank=1),
      dict(unit="Đà Nẵng", index="PAPI", year=2022, rank=2, bound="<=")],
     [dict(unit="Hà Nội"), dict(unit="Đà Nẵng", rank=1)]),
    ("units listed before 'là 5 địa phương đứng đầu'; the best group said at length before its list",
     "Long An, Bình Dương, Hải Phòng, Quảng Ninh và Đồng Tháp là 5 địa phương đứng đầu bảng xếp hạng PCI 2022. "
     "Nhóm 20 tỉnh có chất lượng điều hành tốt nhất trong PCI 2022 có một số tỉnh mới, gồm: Hà Nam, Ninh Thuận.",
     [dict(unit="Long An", index="PCI", year=2022, rank=5, bound="<="),
      dict(unit="Đồng Tháp", index="PCI", year=2022, rank=5, bound="<="),
      dict(unit="Ninh Thuận", index="PCI", year=2022, rank=20, bound="<=")],
     [dict(unit="Long An", rank=1)]),
    ("a paragraph about one component goes on about it; members of a top group; a series of numbers with one unit",
     "Báo cáo PAPI 2021 vừa được công bố. "
     "Năm 2021, Quảng Bình dẫn đầu cả nước về kiểm soát tham nhũng trong khu vực công, tăng 0,3 điểm so với 2020. "
     "Trong 10 tỉnh dẫn đầu còn có Nghệ An, Hà Tĩnh. Ba tỉnh Sơn La, Lai Châu và Hà Giang có điểm thấp nhất, "
     "lần lượt 5,6; 5,7 và 5,8 điểm. Đứng thứ hai là Hà Nội 6,8, thứ ba là Đà Nẵng 6,59.\n"
     "Năm 2021, tỉnh Yên Bái xếp thứ 30 với 42,1 điểm.",
     [dict(unit="Quảng Bình", component="corruption_control", rank=1, score_change=0.3),
      dict(unit="Nghệ An", component="corruption_control", rank=10, bound="<="),
      dict(unit="Sơn La", component="corruption_control", score=5.6),
      dict(unit="Lai Châu", component="corruption_control", score=5.7),
      dict(unit="Hà Giang", component="corruption_control", score=5.8),
      dict(unit="Đà Nẵng", component="corruption_control", score=6.59, rank=3),
      dict(unit="Yên Bái", component=None, rank=30, score=42.1)],
     [dict(unit="Nghệ An", component=None), dict(unit="Yên Bái", component="corruption_control")]),
    ("a list of units that ends with 'và' shares the value after it; percentage points gained are no score",
     "Năm 2023, kết quả Chỉ số chuyển đổi số của tỉnh Bắc Ninh: Sở Y tế, Sở Tài chính và thị xã Quế Võ đạt loại "
     "xuất sắc. So với năm 2016, điểm PAPI năm 2017 của Bạc Liêu và Trà Vinh tăng nhiều nhất (trên 8% điểm).",
     [dict(unit="Sở Y tế", province="Bắc Ninh", rating="Xuất sắc"), dict(unit="Sở Tài chính", rating="Xuất sắc"),
      dict(unit="Quế Võ", rating="Xuất sắc"), dict(unit="Trà Vinh", year=2017, score_change=8.0)],
     [dict(score=8.0)]),
    ("a group's number counts the ranks after it; a counted class before its list; the best rated is first",
     "UBND tỉnh Kon Tum công bố Chỉ số cải cách hành chính năm 2019. Trong số 19 sở, ban, ngành của tỉnh, "
     "Sở Tư pháp được đánh giá cao nhất. Ngoài Sở Tư pháp, 3 đơn vị đạt loại tốt được xếp ở thứ tự tiếp theo "
     "lần lượt là: Sở Nội vụ, Sở Y tế, Sở Xây dựng. 2 đơn vị đạt loại trung bình xếp ở nhóm cuối bảng gồm: "
     "Sở Ngoại vụ, Ban Dân tộc.\nTrong số 10 huyện, thành phố, huyện Đắk Hà xếp thứ 2.",
     [dict(unit="Sở Tư pháp", province="Kon Tum", year=2019, rank=1, rank_total=19),
      dict(unit="Sở Y tế", rank=3, rank_total=19, rating="Tốt"),
      dict(unit="Sở Xây dựng", rank=4, rating="Tốt"),
      dict(unit="Ban Dân tộc", rating="Trung bình"), dict(unit_code="615", rank=2, rank_total=10)],
     [dict(unit="Sở Ngoại vụ", rank=5), dict(unit_code="615", rank_total=19)]),
    ("PAPI's four groups are classes",
     "Báo cáo PAPI 2021 cho thấy, Cần Thơ nằm trong nhóm có điểm số trung bình cao với 43,1 điểm. "
     "Năm 2021, Nghệ An thuộc nhóm 16 tỉnh, thành phố đạt điểm trung bình thấp. Năm 2021, Cà Mau rơi vào "
     "nhóm điểm thấp nhất với 40,2 điểm. Thái Bình có điểm cao nhất trong nhóm này.",
     [dict(unit="Cần Thơ", index="PAPI", year=2021, score=43.1, rating="Trung bình cao"),
      dict(unit="Nghệ An", rating="Trung bình thấp"), dict(unit="Cà Mau", score=40.2, rating="Thấp nhất")],
     [dict(unit="Thái Bình")]),
    ("points counted, then the index's value; one total for a sentence's ranks; a zone's name kept",
     "Quyết định công bố Chỉ số cải cách hành chính năm 2022 của tỉnh Nghệ An. Theo đó, Sở Tư pháp có tổng số "
     "điểm đạt được 90.5 điểm, chỉ số cải cách hành chính đạt 91.2% đứng vị trí thứ nhất; Ban Quản lý Khu kinh "
     "tế Đông Nam có tổng số điểm đạt được 70.1 điểm, chỉ số cải cách hành chính đạt 79.8% đứng vị trí cuối "
     "bảng trong tổng số 21 sở, ban ngành.",
     [dict(unit="Sở Tư pháp", province="Nghệ An", score=91.2, score_unit="%", rank=1, rank_total=21),
      dict(unit="Ban Quản lý Khu kinh tế Đông Nam", score=79.8, rank=21, rank_total=21)],
     [dict(score=90.5), dict(score=70.1)]),
    ("a score on a scale, a change after it; the one after a unit is not a gap; history words that count the year in",
     "Theo kết quả đánh giá, Chỉ số PAR INDEX tỉnh Bình Định đạt 88,1 điểm trên thang điểm 100, tăng 1,2 điểm so "
     "với năm 2020. Sau Bình Định là Phú Yên với 84,6 điểm. Như vậy, tỉnh đã 2 năm liên tiếp xếp thứ nhất.\n"
     "Chỉ số SIPAS năm 2021 của tỉnh đạt 90,1%.",
     [dict(unit="Bình Định", index="PAR_INDEX", year=2021, score=88.1, max_score=100.0, score_change=1.2,
           change_since=2020),
      dict(unit="Phú Yên", year=2021, score=84.6)],
     [dict(score=100.0)]),
    ("the last place of a counted group; points handed to the last units named; the ranking's own name",
     "Chỉ số cải cách hành chính năm 2019 của tỉnh Lạng Sơn: theo kết quả xếp hạng, trong số 20 đơn vị được "
     "đánh giá, có 12 đơn vị xếp loại tốt. Sở Tư pháp đứng đầu bảng xếp hạng với 90,10 điểm, đứng thứ hai là Sở "
     "Nội vụ, đứng thứ ba là Sở Y tế với số điểm lần lượt là 89,61 và 88,70 đứng cuối bảng xếp hạng là Ban Dân "
     "tộc với 71,06 điểm.\n"
     "Theo đánh giá, xếp hạng mức độ chuyển đổi số năm 2022 của các sở, ngành tỉnh Lạng Sơn: Sở Tài chính xếp "
     "thứ Nhất với số điểm 335,9.",
     [dict(unit="Sở Tư pháp", province="Lạng Sơn", score=90.1, rank=1, rank_total=20),
      dict(unit="Sở Nội vụ", score=89.61), dict(unit="Sở Y tế", score=88.7), dict(unit="Sở Y tế", rank=3),
      dict(unit="Ban Dân tộc", score=71.06, rank=20, rank_total=20),
      dict(unit="Sở Tài chính", index="DTI", year=2022, score=335.9, rank=1)],
     [dict(unit="Sở Tư pháp", score=71.06), dict(unit="Sở Y tế", rank=20)]),
    ("agencies of a city written with 'TP'; the last of a counted number; one total for each ranking",
     "Về Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành thành phố Cần Thơ: Thanh tra TP xếp thứ "
     "nhất; Văn phòng UBND TP xếp thứ 2; Sở Y tế xếp thứ 14 trong tổng số 14 sở, ban, ngành. Phường An Hòa xếp "
     "thứ nhất, phường Xuân Khánh xếp cuối trong 30 phường.",
     [dict(unit="Thanh tra thành phố", province="Cần Thơ", rank=1, rank_total=14),
      dict(unit="Văn phòng Ủy ban nhân dân thành phố", rank=2, rank_total=14),
      dict(unit="Xuân Khánh", rank=30, rank_total=30)],
     [dict(unit="Cần Thơ", rank=1)]),
    ("a plan's group of leaders is a bound, not leaders in the plural",
     "Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2024 của tỉnh Phú Yên. Phấn đấu Chỉ số PAR INDEX năm 2024 "
     "đạt từ 87% trở lên, nằm trong nhóm 25 địa phương dẫn đầu cả nước; Chỉ số SIPAS nằm trong nhóm 20/63 địa "
     "phương dẫn đầu cả nước.",
     [dict(type="target", unit="Phú Yên", index="PAR_INDEX", year=2024, rank=25, bound="<="),
      dict(type="target", unit="Phú Yên", index="SIPAS", rank=20, bound="<=")],
     [dict(rank=1)]),
    ("the rank of the unit named after 'của'",
     "Báo cáo Chỉ số PCI năm 2018 cho thấy chỉ số PCI của Quảng Ninh là 70,36 điểm, bỏ khá xa vị trí thứ hai của "
     "Đồng Tháp với 68,02 điểm.",
     [dict(unit="Quảng Ninh", index="PCI", year=2018, score=70.36), dict(unit="Đồng Tháp", score=68.02, rank=2)],
     [dict(unit="Quảng Ninh", rank=2)]),
    ("every unit of a counted group has the group's class and number",
     "UBND tỉnh Phú Thọ công bố Chỉ số chuyển đổi số (DTI) năm 2023. Theo đó, toàn bộ 18 sở, ban, ngành đều được "
     "xếp loại tốt. Đứng đầu là Sở Y tế, đạt 95,1%; đứng cuối cùng là Sở Ngoại vụ, đạt 90,2%.\n"
     "Đối với các địa phương, 13/13 huyện đều được phân loại ở mức khá, trong đó huyện Lâm Thao đứng đầu với "
     "81,99 điểm.",
     [dict(unit="Sở Y tế", province="Phú Thọ", index="DTI", year=2023, score=95.1, rank=1, rank_total=18,
           rating="Tốt"),
      dict(unit="Sở Ngoại vụ", score=90.2, rank=18, rank_total=18, rating="Tốt"),
      dict(unit="Lâm Thao", score=81.99, rank=1, rank_total=13, rating="Khá")],
     [dict(unit="Lâm Thao", rating="Tốt")]),
    ("components that lead, named after 'là'; a section about one of several units goes on about it",
     "Chỉ số PCI 2022: sáu địa phương tăng mạnh. Bắc Ninh tăng 20 bậc, xếp thứ 5/63. Nam Định tăng 15 bậc, "
     "xếp thứ 20/63. Thái Bình tăng 12 bậc, xếp thứ 25/63.\n"
     "Nam Định có hai chỉ số thành phần dẫn đầu cả nước là Chi phí không chính thức và Tiếp cận đất đai. "
     "Chỉ số tính cạnh tranh bình đẳng xếp thứ 2. Tính năng động tiên phong xếp thứ 3.",
     [dict(unit="Nam Định", component="informal_charges", rank=1), dict(unit="Nam Định", component="land_access", rank=1),
      dict(unit="Nam Định", component="fair_competition", rank=2), dict(unit="Nam Định", component="proactivity", rank=3)],
     [dict(unit="Bắc Ninh", component="fair_competition"), dict(unit="Thái Bình", component="proactivity")]),
    ("the ranking's name alone; an earlier year's rank in brackets is no place to go on from",
     "Theo kết quả xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2021, Yên Bái xếp thứ 18 trong tổng số 63 tỉnh, "
     "thành phố.\nChỉ số cải cách hành chính năm 2021 của tỉnh Đắk Lắk: UBND huyện Cư M'gar xếp vị trí thứ nhất "
     "(năm 2020 xếp vị trí thứ 3); tiếp đến là UBND huyện Krông Năng với số điểm là 87,05.",
     [dict(unit="Yên Bái", index="DTI", year=2021, rank=18, rank_total=63),
      dict(unit="Krông Năng", index="PAR_INDEX", year=2021, rank=2)],
     [dict(unit="Krông Năng", rank=4)]),
    ("names with commas only, then 'cũng', share the class; the points after 'lần lượt' are each one's",
     "Năm 2017, DDCI của tỉnh Lào Cai: Văn Bàn dẫn đầu với 79,21 điểm. Thành phố Lào Cai, huyện Bát Xát cũng "
     "thuộc nhóm điểm Tốt với số điểm lần lượt là 59,92 và 57,19 điểm.",
     [dict(unit_code="080", index="DDCI", year=2017, score=59.92, rating="Tốt"),
      dict(unit="Bát Xát", rating="Tốt"), dict(unit="Bát Xát", score=57.19)],
     [dict(unit="Bát Xát", score=59.92)]),
    ("names of the Central Highlands as writers spell them",
     "Chỉ số CCHC năm 2021 của các huyện tỉnh Đắk Lắk: UBND huyện Krông Ana đạt 88,1 điểm, xếp thứ nhất; "
     "UBND huyện Krông Pắk đạt 86,2 điểm, xếp thứ hai.",
     [dict(unit_code="655", year=2021, score=88.1, rank=1), dict(unit_code="654", year=2021, score=86.2, rank=2)],
     [dict(unit_code=None)]),
    ("a ward merged before 2025 keeps the code it had",
     "Năm 2022, chỉ số chuyển đổi số của UBND phường Phúc Thành (thành phố Ninh Bình) đạt 380,5 điểm, xếp thứ 1.",
     [dict(unit_code="14335", province_code="37", index="DTI", year=2022, score=380.5, rank=1)],
     []),
    ("names with a bare 'thứ' after a rank carry its verb",
     "Về Chỉ số DTI năm 2021, trong các tỉnh, Quảng Ninh xếp hạng thứ nhất, Đà Nẵng thứ hai và Hà Nội thứ ba.",
     [dict(unit="Quảng Ninh", index="DTI", year=2021, rank=1), dict(unit="Đà Nẵng", rank=2), dict(unit="Hà Nội", rank=3)],
     [dict(unit="Quảng Ninh", rank=2)]),
    ("the highest points name first place; a component's highest does not",
     "Chỉ số CCHC năm 2019 của Hà Nội: trong khối sở, Sở Tư pháp có số điểm cao nhất đạt 95 điểm, xếp loại "
     "xuất sắc. Ở huyện Đông Anh, lĩnh vực có điểm cao nhất là cải cách thủ tục hành chính với 9,5 điểm.",
     [dict(unit="Sở Tư pháp", year=2019, score=95, rank=1, rating="Xuất sắc")],
     [dict(unit="Đông Anh", rank=1)]),
    ("a DTI value after 'với' needs no unit",
     "Chỉ số DTI năm 2022 của các bộ: Bộ Tư pháp xếp vị trí thứ nhất với 0,5321; Bộ Công Thương thứ hai.",
     [dict(unit="Bộ Tư pháp", index="DTI", year=2022, score=0.5321, rank=1)],
     []),
    ("an earlier year's score after 'hơn mức điểm', a group's size in brackets",
     "Chỉ số PAPI 2020 cho thấy, Cần Thơ nằm trong nhóm có điểm số trung bình cao (gồm 15 tỉnh) với 44,1 điểm, "
     "tăng hơn mức điểm 43,2 của năm 2019.",
     [dict(unit="Cần Thơ", index="PAPI", year=2020, score=44.1, rating="Trung bình cao"),
      dict(unit="Cần Thơ", year=2019, score=43.2, score_unit="điểm")],
     [dict(score=43.2, year=2020)]),
    ("units counted after 'là' are the ones just named",
     "Long An, Bến Tre và Trà Vinh là 3 tỉnh đạt mức điểm cao nhất về PAPI năm 2021, đều có mức điểm trên 45 điểm.",
     [dict(unit="Long An", year=2021, score=45, bound=">"), dict(unit="Trà Vinh", year=2021, score=45, bound=">")],
     []),
    ("a class and the points of a list, one record each",
     "PAPI 2021: ba tỉnh Sơn La, Hà Giang và Kon Tum trong nhóm chỉ số thấp nhất, lần lượt 5,2; 5,4 và 5,5 điểm.",
     [dict(unit="Hà Giang", year=2021, score=5.4, rating="Thấp nhất")],
     [dict(unit="Hà Giang", score=None)]),
    ("bare numbers after a rank, one to each unit named before",
     "Theo PCI 2022, Nghệ An, Hà Tĩnh, Quảng Bình giữ vị trí thứ 8, 9, 10. Năm 2023, Chỉ số CCHC của "
     "các huyện Yên Lạc, Vĩnh Tường lần lượt xếp thứ 1, 2.",
     [dict(unit="Nghệ An", index="PCI", year=2022, rank=8), dict(unit="Quảng Bình", rank=10),
      dict(unit="Vĩnh Tường", year=2023, rank=2), dict(unit="Yên Lạc", year=2023, rank=1)],
     [dict(unit="Quảng Bình", rank=8)]),
    ("ministries with a dash for 'và', 'Bộ này', a move from a rank out of a total",
     "Chỉ số CCHC năm 2018 của các bộ: Bộ Y tế từ thứ hạng 12 trên 19 đơn vị được xếp hạng năm 2017 tụt xuống "
     "hạng 16. Bộ Khoa học - Công nghệ cũng giảm điểm. Bộ này đã tụt từ thứ hạng 8/19 năm 2017 xuống thứ 13/19. "
     "Điểm số của Bộ Tài nguyên - Môi trường từ 81,2% năm 2017 giảm xuống còn 79,4%.",
     [dict(unit="Bộ Y tế", year=2018, rank=16, rank_total=19), dict(unit="Bộ Y tế", year=2017, rank=12),
      dict(unit="Bộ Khoa học và Công nghệ", year=2018, rank=13, rank_total=19),
      dict(unit="Bộ Tài nguyên và Môi trường", year=2018, score=79.4),
      dict(unit="Bộ Tài nguyên và Môi trường", year=2017, score=81.2)],
     [dict(unit="Bộ Y tế", rank=13), dict(year=2017, rank=16)]),
    ("the highest index of all is first place; 'điểm số' before a value is no rank",
     "Năm 2019, Bộ Tư pháp tiếp tục có chỉ số cải cách hành chính cao nhất với kết quả đạt 91,2%. Xếp cuối cùng "
     "là Ủy ban dân tộc, với điểm số 73,5%.",
     [dict(unit="Bộ Tư pháp", year=2019, rank=1, score=91.2), dict(unit="Ủy ban Dân tộc", year=2019, score=73.5)],
     [dict(rank=73)]),
    ("the open budget index; a central city written with 'TP' is as broad as a province",
     "Trong xếp hạng công khai ngân sách POBI 2021, TP Cần Thơ xếp thứ 2 với 91,5 điểm và Bà Rịa - Vũng Tàu "
     "xếp thứ 3 với 90,1 điểm.",
     [dict(unit="Cần Thơ", index="OTHER", year=2021, rank=2, score=91.5),
      dict(unit="Bà Rịa - Vũng Tàu", index="OTHER", year=2021, rank=3, score=90.1)],
     []),
    ("units named before 'lần lượt là những địa phương … cao nhất'; a next group in no order; names with bare ranks",
     "Theo PCI 2020, Bình Dương, Long An, Bắc Ninh lần lượt là những địa phương có chất lượng điều hành được đánh "
     "giá cao nhất. Ở nhóm tiếp theo là Nam Định, Hà Tĩnh. Nhóm cuối là Lai Châu xếp thứ 63, Điện Biên 62, "
     "KonTum 61.",
     [dict(unit="Bình Dương", index="PCI", year=2020, rank=1), dict(unit="Bắc Ninh", rank=3),
      dict(unit="Điện Biên", rank=62), dict(unit_code="62", rank=61)],
     [dict(unit="Nam Định"), dict(unit="Hà Tĩnh")]),
    ("a lettered class; the provincial IT ranking; a lead with what it leads in between",
     "POBI 2019: chỉ có Bình Định lọt vào nhóm A công khai đầy đủ, Hà Nội và Cần Thơ đều thuộc nhóm C (dưới 50 điểm).\n"
     "UBND tỉnh Phú Thọ vừa công bố xếp hạng ứng dụng công nghệ thông tin (CNTT) năm 2022. Trong khối huyện, "
     "thành phố, dẫn đầu về ứng dụng CNTT, dịch vụ công trực tuyến năm 2022 là UBND huyện Thanh Sơn. Các vị "
     "trí tiếp theo lần lượt thuộc về UBND các huyện, thành phố: Lâm Thao, Việt Trì.",
     [dict(unit="Bình Định", index="OTHER", year=2019, rating="A"),
      dict(unit="Cần Thơ", index="OTHER", year=2019, rating="C", score=50, bound="<"),
      dict(unit="Thanh Sơn", index="OTHER", year=2022, rank=1),
      dict(unit="Lâm Thao", unit_code="237", rank=2), dict(unit="Việt Trì", unit_code="227", rank=3)],
     [dict(unit="Phú Thọ", rank=1)]),
    ("each value with its own year in brackets; a period's values are of no one year",
     "Chỉ số PCI của tỉnh Bình Định giảm dần: từ hạng 5 (năm 2015), hạng 9 (2016), hạng 12 (2017, 2018), "
     "hạng 15 (năm 2019). Trong giai đoạn 2015-2019, PCI của tỉnh giảm 2,1 điểm.",
     [dict(unit="Bình Định", index="PCI", year=2015, rank=5), dict(unit="Bình Định", year=2016, rank=9),
      dict(unit="Bình Định", year=2017, rank=12), dict(unit="Bình Định", year=2018, rank=12),
      dict(unit="Bình Định", year=2019, rank=15)],
     [dict(score_change=-2.1), dict(year=2019, rank=5)]),
    ("ranks in a sentence that opens on a region are the region's; a national one in brackets is not",
     "PCI 2021: Trong khu vực Tây Nguyên, Lâm Đồng tiếp tục xếp thứ 1, sau đó là Đắk Lắk; Gia Lai xếp thứ 3 "
     "(xếp thứ 40/63 tỉnh/thành). Báo cáo PCI năm nay cho thấy, Long An, Bình Dương lần lượt là các địa phương "
     "được đánh giá cao trong bảng xếp hạng.",
     [dict(unit="Gia Lai", index="PCI", year=2021, rank=40, rank_total=63),
      dict(unit="Long An", rank=1), dict(unit="Bình Dương", rank=2)],
     [dict(unit="Lâm Đồng", rank=1), dict(unit="Gia Lai", rank=3)]),
    ("the leaders listed after 'gồm:' are each within as many places; a national average is no unit's; 'duy trì đà'",
     "Kết quả SIPAS 2023: Long An dẫn đầu cả nước, toàn quốc duy trì đà tăng. Chỉ số hài lòng trung bình đạt "
     "82,7%. Các địa phương có kết quả cao nhất gồm: Long An, Bến Tre và Trà Vinh.",
     [dict(unit="Long An", index="SIPAS", year=2023, rank=1), dict(unit="Bến Tre", rank=3, bound="<="),
      dict(unit="Trà Vinh", rank=3, bound="<=")],
     [dict(score=82.7), dict(type="target")]),
    ("the compared year's result in brackets; components' groups after their points; one sentence with a semicolon",
     "Chỉ số PAPI năm 2019 của Quảng Ngãi đạt 42,8 điểm, xếp thứ 40/63 tỉnh, thành phố; tụt 5 bậc mặc dù tăng "
     "điểm so với 2018 (đạt 41,2 điểm, đứng thứ 35). Kết quả từng lĩnh vực: tham gia của người dân cấp cơ sở: "
     "5,1 điểm - nhóm đạt điểm trung bình thấp.",
     [dict(unit="Quảng Ngãi", year=2019, score=42.8, rank=40, rank_total=63, rank_change=-5),
      dict(unit="Quảng Ngãi", year=2018, score=41.2, rank=35),
      dict(unit="Quảng Ngãi", component="participation", year=2019, score=5.1, rating="Trung bình thấp")],
     [dict(year=2019, score=41.2), dict(year=2019, rank=35)]),

    ("the provincial innovation index; an earlier year's rank in brackets after the index's name",
     "Bộ Khoa học và Công nghệ công bố Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2023. Bắc Ninh dẫn đầu "
     "với 58,1 điểm. Long An xếp hạng 12 (PII 2022 xếp hạng 15).",
     [dict(unit="Bắc Ninh", index="OTHER", year=2023, rank=1, score=58.1),
      dict(unit="Long An", index="OTHER", year=2023, rank=12), dict(unit="Long An", index="OTHER", year=2022, rank=15)],
     [dict(unit="Long An", year=2023, rank=15)]),

    ("'nếu như năm 2017' opens a year, no comparison; PAPI's fourth group; a share of the maximum is no subject",
     "Về PCI, nếu như năm 2016, Điện Biên đứng thứ 60, năm 2017 xếp hạng 58, thì năm 2018 tỉnh đã vươn lên thứ "
     "hạng 45/63. Năm 2020, chỉ số PAPI của tỉnh Bạc Liêu là 40,9/80 điểm, đạt tỷ lệ 51,1%, xếp vào nhóm 4 (nhóm "
     "đạt điểm thấp nhất).",
     [dict(unit="Điện Biên", index="PCI", year=2016, rank=60), dict(unit="Điện Biên", year=2017, rank=58),
      dict(unit="Điện Biên", year=2018, rank=45, rank_total=63),
      dict(unit="Bạc Liêu", index="PAPI", year=2020, score=40.9, max_score=80, rating="Thấp nhất")],
     [dict(unit="Bạc Liêu", rank=4), dict(unit="Điện Biên", year=2017, rank=60)]),

    ("the largest and the smallest change, said with 'với' and 'mức tăng'",
     "Năm 2023, 40 địa phương có Chỉ số CCHC tăng so với năm 2022, trong đó tỉnh Hòa Bình tăng mạnh nhất với "
     "5,12%; Kon Tum có mức tăng thấp nhất là 0,33%.",
     [dict(unit="Hòa Bình", year=2023, score_change=5.12, change_since=2022, score=None),
      dict(unit="Kon Tum", year=2023, score_change=0.33, score=None)],
     [dict(score=5.12), dict(score=0.33)]),
    ("a decimal comma with a stray space; an amount only 'nearly' stated",
     "Chỉ số SIPAS năm 2021 của tỉnh Yên Bái giảm khá sâu (7, 45%), từ 88,20% (2020) xuống 80,75%. Chỉ số "
     "CCHC năm 2021 của tỉnh Lai Châu giảm nhẹ, gần 1 điểm % so với năm 2020.",
     [dict(unit="Yên Bái", index="SIPAS", year=2021, score=80.75, score_change=-7.45),
      dict(unit="Yên Bái", index="SIPAS", year=2020, score=88.2)],
     [dict(score=45), dict(score_change=-1.0)]),
    ("a sentence on the rank of the unit just scored",
     "Chỉ số CCHC năm 2021 của tỉnh Yên Bái đạt 85,5%. Thứ hạng vẫn tăng 3 bậc, từ vị trí 20 lên 17 trong cả "
     "nước.",
     [dict(unit="Yên Bái", year=2021, score=85.5, rank=17, rank_change=3)],
     []),
    ("the points counted, then the index's own value",
     "Năm 2022, Sở Nội vụ đứng đầu về chỉ số cải cách hành chính với tổng điểm các lĩnh vực là 60,5 điểm, chỉ "
     "số cải cách hành chính đạt 92,1%. Trong khối huyện, UBND huyện Sơn Dương (Tuyên Quang) đứng đầu với "
     "50,02 điểm, chỉ số cải cách hành chính đạt 80,3%.",
     [dict(unit="Sở Nội vụ", year=2022, score=92.1, rank=1), dict(unit="Sơn Dương", year=2022, score=80.3, rank=1)],
     [dict(score=60.5), dict(score=50.02)]),
    ("the highest points in brackets; a clause opening on the next rank",
     "Năm 2022 về Chỉ số CCHC, Sở Nội vụ là đơn vị đạt điểm cao nhất (96,10 điểm), xếp thứ nhì là Sở Tư pháp "
     "(95,2 điểm). Về chỉ số SIPAS năm 2023, tỉnh Lào Cai dẫn đầu với kết quả đạt 91,2%; đứng thứ 2 tỉnh Yên "
     "Bái đạt 90,1%; thứ 3 tỉnh Hà Giang đạt 89,9%.",
     [dict(unit="Sở Nội vụ", score=96.1, rank=1), dict(unit="Sở Tư pháp", score=95.2, rank=2),
      dict(unit="Hà Giang", index="SIPAS", year=2023, score=89.9, rank=3)],
     []),
    ("names along with the subject share its group; an exact place makes the group say nothing more",
     "Năm 2023, Thanh Hóa nằm trong Top 30 PCI. Thanh Hóa xếp thứ 30 trong bảng xếp hạng PCI với 66,79 điểm. "
     "Cùng với các tỉnh Hải Dương, Bình Thuận, Tiền Giang, Thanh Hóa là một trong các gương mặt mới của Top 30 "
     "PCI năm 2023.",
     [dict(unit="Thanh Hóa", year=2023, rank=30, score=66.79),
      dict(unit="Hải Dương", year=2023, rank=30, bound="<="), dict(unit="Tiền Giang", year=2023, rank=30, bound="<=")],
     [dict(unit="Thanh Hóa", bound="<=")]),
    ("places listed, then the units that hold them",
     "Năm 2022 về chỉ số DDCI, ở khối các sở, ngành Cục Thuế tỉnh là đơn vị dẫn đầu, vị trí thứ 2 và thứ 3 "
     "thuộc về Sở Tư pháp và Sở Văn hóa, Thể thao và Du lịch. Về PCI năm 2016, Đà Nẵng đứng đầu. Hai vị trí thứ "
     "tư và thứ năm là Quảng Ninh và Bắc Ninh. Năm 2024, Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Tây Ninh (47,35 "
     "điểm) và Bình Thuận (47,13 điểm).",
     [dict(unit="Sở Tư pháp", index="DDCI", rank=2), dict(unit="Sở Văn hóa, Thể thao và Du lịch", rank=3),
      dict(unit="Quảng Ninh", index="PCI", year=2016, rank=4), dict(unit="Bắc Ninh", year=2016, rank=5),
      dict(unit="Tây Ninh", index="PAPI", year=2024, rank=2, score=47.35),
      dict(unit="Bình Thuận", index="PAPI", year=2024, rank=3, score=47.13)],
     [dict(unit="Sở Tư pháp", rank=3)]),
    ("a component's name alone on its line heads the paragraph of its values",
     "Chỉ số cải cách hành chính năm 2023 của tỉnh Gia Lai đạt 85,1%, xếp thứ 50/63.\n\n"
     "- Lĩnh vực Cải cách thể chế\n\nĐạt 9,1/10 điểm, xếp thứ 20/63 tỉnh thành, tăng 11 bậc so với năm 2022 "
     "(năm 2022 đạt 8,8 điểm).\n\n- Lĩnh vực Cải cách thủ tục hành chính\n\nNăm 2023, tỉnh Gia Lai đạt 12,1 "
     "điểm, xếp thứ 30/63.\n\nNhìn chung, tỉnh Gia Lai đạt 85,1%.",
     [dict(unit="Gia Lai", component="institutions", year=2023, score=9.1, max_score=10, rank=20, rank_change=11),
      dict(unit="Gia Lai", component="institutions", year=2022, score=8.8),
      dict(unit="Gia Lai", component="procedures", year=2023, score=12.1, rank=30),
      dict(unit="Gia Lai", component=None, year=2023, score=85.1, rank=50)],
     [dict(component=None, score=9.1), dict(component=None, score=12.1), dict(component="procedures", score=85.1)]),
    ("a part named inside another index's component; a rank sentence of the index the one before opened with",
     "Chỉ số PAR INDEX năm 2023 tỉnh Gia Lai đạt 85,1 điểm, trong đó: điểm đánh giá tác động của cải cách hành "
     "chính đạt 30,2/38.5 điểm (gồm Chỉ số SIPAS đạt 8,1/10 điểm). Xếp hạng thứ 50/63 tỉnh, thành phố, so với "
     "năm 2022, tăng 2,5 điểm và tăng 3 bậc.",
     [dict(unit="Gia Lai", index="PAR_INDEX", component="impact", score=30.2, max_score=38.5),
      dict(unit="Gia Lai", index="PAR_INDEX", component=None, rank=50, rank_total=63, score_change=2.5, rank_change=3)],
     [dict(index="SIPAS", component="impact"), dict(index="SIPAS", rank=50)]),
    ("places out of the total in brackets after names; 'Đăk' for 'Đắk'",
     "Năm 2023, xét trong khu vực Tây Nguyên, Chỉ số CCHC của tỉnh Gia Lai xếp sau các tỉnh: Lâm Đồng (46/63), "
     "Đăk Nông (48/63).",
     [dict(unit="Lâm Đồng", year=2023, rank=46, rank_total=63), dict(unit="Đắk Nông", unit_code="67", rank=48)],
     []),
    ("components listed under their PAPI group, each with its place in brackets",
     "Năm 2023, PAPI của tỉnh Sóc Trăng đạt 41,2 điểm.\n– Nhóm trung bình cao: (1) Chỉ số quản trị môi "
     "trường (15/63), (2) Chỉ số kiểm soát tham nhũng trong khu vực công (20/63);\n– Nhóm trung bình thấp: (1) "
     "Chỉ số thủ tục hành chính công (36/63).",
     [dict(unit="Sóc Trăng", component="environment", rank=15, rank_total=63, rating="Trung bình cao"),
      dict(unit="Sóc Trăng", component="corruption_control", rank=20, rating="Trung bình cao"),
      dict(unit="Sóc Trăng", component="procedures", rank=36, rating="Trung bình thấp")],
     [dict(component=None, rating="Trung bình cao")]),
    ("the first places in order, the first places as a group, the last place with its number",
     "Kết quả Chỉ số cải cách hành chính năm 2022 của các sở, ngành: 5 vị trí đứng đầu lần lượt là: Sở Tư "
     "pháp, Sở Nội vụ, Sở Tài chính, Sở Y tế, Sở Xây dựng. Ở khối huyện, 3 vị trí dẫn đầu gồm: thành phố "
     "Tuyên Quang, các huyện Hàm Yên, Yên Sơn. Năm 2022, 3 sở, ngành xếp cuối về chỉ số cải cách hành chính "
     "gồm: Sở Công Thương vị trí cuối cùng - thứ 19, Sở Ngoại vụ thứ 18, Sở Tài nguyên và Môi trường thứ 17.",
     [dict(unit="Sở Nội vụ", year=2022, rank=2), dict(unit="Sở Xây dựng", rank=5),
      dict(unit="Hàm Yên", unit_code="074", rank=3, bound="<="), dict(unit="Tuyên Quang", unit_code="070", rank=3, bound="<="),
      dict(unit="Sở Công Thương", rank=19, rank_total=19), dict(unit="Sở Ngoại vụ", rank=18, rank_total=19)],
     [dict(unit="Tuyên Quang", rank=1)]),
    ("after the last place, the list goes on upwards; a split decimal after 'với'; the zone board in capitals",
     "Năm 2022 về Chỉ số CCHC, nằm ở vị trí cuối bảng trong tổng số 20 đơn vị là Ban Quản lý Khu Kinh tế tỉnh "
     "với 74,31 điểm; tiếp theo là Sở Y tế, Sở Tài nguyên và Môi trường. Ở khối huyện của tỉnh Gia Lai, đứng "
     "thứ 2 là huyện Chư Sê với 80, 48 điểm.",
     [dict(unit="Ban Quản lý Khu kinh tế tỉnh", rank=20, rank_total=20, score=74.31),
      dict(unit="Sở Y tế", rank=19), dict(unit="Sở Tài nguyên và Môi trường", rank=18),
      dict(unit="Chư Sê", rank=2, score=80.48)],
     [dict(rank=21), dict(score=48.0)]),
    ("the Government's index of service to citizens is no SIPAS; a lettered group after 'xếp trong'",
     "Năm 2023: Bộ chỉ số phục vụ người dân, doanh nghiệp, Bình Định đạt 80/100 điểm, xếp 20/63 tỉnh, thành phố; "
     "Chỉ số CCHC của tỉnh Bình Định tăng 5 bậc, xếp 40/63, đạt 86,1%, xếp trong nhóm B.",
     [dict(unit="Bình Định", index="OTHER", year=2023, score=80, max_score=100, rank=20),
      dict(unit="Bình Định", index="PAR_INDEX", year=2023, rank=40, score=86.1, rating="B")],
     [dict(index="SIPAS")]),
    ("first in several components, each with its own points; a bare value in brackets after a component",
     "Năm 2022, trong các chỉ số thành phần của PAPI, Bình Định đứng đầu ở chỉ số công khai, minh bạch trong "
     "quyết định (6,2 điểm), kiểm soát tham nhũng (4,5 điểm), thủ tục hành chính công (7,6).",
     [dict(unit="Bình Định", component="transparency", rank=1, score=6.2),
      dict(unit="Bình Định", component="corruption_control", rank=1, score=4.5),
      dict(unit="Bình Định", component="procedures", rank=1, score=7.6)],
     [dict(unit="Bình Định", component=None, rank=1)]),
    ("names with a bare 'thứ' after a lead, with level words or their initials",
     "Năm 2022 về Chỉ số CCHC cấp huyện của tỉnh Bình Dương, thành phố Thủ Dầu Một dẫn đầu, TP. Dĩ An thứ hai, "
     "thị xã Bến Cát thứ ba, Tân Uyên thứ tư.",
     [dict(unit="Thủ Dầu Một", rank=1), dict(unit="Dĩ An", unit_code="724", rank=2),
      dict(unit="Bến Cát", unit_code="721", rank=3), dict(unit="Tân Uyên", rank=4)],
     []),
    ("a sentence wrapped over lines; the last group is no top group; highest and lowest are no top two",
     "Năm 2023, Chỉ số CCHC của tỉnh Ninh Thuận đạt 86,2%, xếp thứ\n30/63, tăng 4 bậc so với năm 2022.\n\n"
     "Về PCI năm 2023, 3 tỉnh dẫn đầu gồm: Quảng Ninh, Long An, Hải Phòng; 3 tỉnh cuối bảng gồm: Cao Bằng, Bắc "
     "Kạn, Kon Tum. Về PGI năm 2022, Quảng Ninh và Hà Nội là hai địa phương có thứ hạng cao nhất và thấp nhất.",
     [dict(unit="Ninh Thuận", year=2023, score=86.2, rank=30, rank_total=63, rank_change=4),
      dict(unit="Long An", index="PCI", rank=3, bound="<=")],
     [dict(unit="Cao Bằng"), dict(unit="Hà Nội")]),
    ("a list ranked from the top over several lines, then a sentence that is not an item",
     "Bảng điểm Chỉ số cải cách hành chính năm 2021 của các sở, ban, ngành tỉnh Long An xếp lần lượt từ cao "
     "xuống thấp như sau:\n\nSở Tư pháp 99,1 điểm; Sở Nội vụ 98,8 điểm, Sở Tài chính 98,2 điểm;\n\nVăn phòng "
     "Đoàn ĐBQH, HĐND và UBND tỉnh 97,9 điểm, Sở Xây dựng 97,5 điểm.\n\nBảng điểm Chỉ số cải cách hành chính "
     "năm 2021 của UBND cấp huyện xếp lần lượt từ cao xuống thấp như sau:\n\nCụm 1: Huyện Đức Hòa 99,2 điểm, "
     "huyện Bến Lức 98,9 điểm.\n\nNhìn chung, Sở Công Thương cần cố gắng hơn, đạt 90 điểm.",
     [dict(unit="Sở Tư pháp", year=2021, score=99.1, rank=1), dict(unit="Sở Tài chính", score=98.2, rank=3),
      dict(unit="Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân", score=97.9, rank=4),
      dict(unit="Sở Xây dựng", rank=5), dict(unit="Đức Hòa", score=99.2, rank=1), dict(unit="Bến Lức", rank=2),
      dict(unit="Sở Công Thương", score=90, rank=None)],
     []),
    ("the survey of citizens named SIPAS inside the PAR INDEX's score",
     "Năm 2019, Chỉ số CCHC của tỉnh Lào Cai đạt 82,85 điểm, gồm: Điểm thẩm định: 52,90 điểm; điểm đánh giá "
     "tác động của CCHC: 29,95 điểm (Chỉ số SIPAS: 8,30 điểm; khảo sát lãnh đạo quản lý: 17,65 điểm).",
     [dict(unit="Lào Cai", index="PAR_INDEX", component=None, score=82.85),
      dict(unit="Lào Cai", index="PAR_INDEX", component="impact", score=29.95),
      dict(unit="Lào Cai", index="PAR_INDEX", component="survey_citizens", score=8.3),
      dict(unit="Lào Cai", index="PAR_INDEX", component="survey_officials", score=17.65)],
     [dict(index="SIPAS")]),
    ("an agency the gazetteer does not know is no province; a district 'của' its province; the 2025 service index",
     "Năm 2022, Sở Giáo dục và Đạo tạo Lai Châu xếp thứ nhất về kết quả Chỉ số hài lòng. Về Chỉ số CCHC năm "
     "2022, huyện Tam Đường của Lai Châu xếp thứ 2. Năm 2025, tỉnh Gia Lai xếp thứ 2/34 tỉnh, thành phố cả nước "
     "về “Chỉ số phục vụ người dân và doanh nghiệp”.",
     [dict(unit="Tam Đường", unit_code="106", index="PAR_INDEX", year=2022, rank=2),
      dict(unit="Gia Lai", unit_code="52", index="OTHER", year=2025, rank=2, rank_total=34)],
     [dict(unit="Lai Châu")]),
    ("the groups of the Government's service index are no unit's values",
     "Bộ chỉ số 766: Tuần 03 năm 2024, tỉnh Bình Phước đạt 80,1 điểm, xếp hạng 05/63 tỉnh, thành; trong đó, "
     "nhóm chỉ số công khai minh bạch tăng 0,3 điểm; nhóm chỉ số tiến độ giải quyết tăng 0,2 điểm.",
     [dict(unit="Bình Phước", index="OTHER", year=2024, score=80.1, rank=5, rank_total=63)],
     [dict(index="PAPI"), dict(score_change=0.3)]),
    ("a streak's earlier years, given after it, hold the same place and are no year the text goes on about",
     "Năm 2024 là năm thứ 3 tỉnh Quảng Ninh dẫn đầu bảng xếp hạng chỉ số PAPI, trước đó là các năm 2020 và 2022. "
     "Quảng Ninh có chỉ số cung ứng dịch vụ công đạt 8,42 điểm dẫn đầu toàn quốc.",
     [dict(unit="Quảng Ninh", index="PAPI", year=2024, rank=1), dict(unit="Quảng Ninh", year=2020, rank=1),
      dict(unit="Quảng Ninh", year=2022, rank=1),
      dict(unit="Quảng Ninh", component="public_services", year=2024, score=8.42)],
     [dict(component="public_services", year=2022)]),
    ("indices listed one after another share the values before them; values between keep them apart",
     "Năm 2023, tỉnh Quảng Ninh dẫn đầu cả 3 chỉ số PAR INDEX, SIPAS và PAPI. Năm 2023, Chỉ số PAR INDEX của "
     "tỉnh Bắc Ninh 91%, PCI 70 điểm.",
     [dict(unit="Quảng Ninh", index="PAR_INDEX", rank=1), dict(unit="Quảng Ninh", index="SIPAS", rank=1),
      dict(unit="Quảng Ninh", index="PAPI", rank=1), dict(unit="Bắc Ninh", index="PAR_INDEX", score=91),
      dict(unit="Bắc Ninh", index="PCI", score=70)],
     [dict(unit="Bắc Ninh", index="PCI", score=91)]),
    ("a bare value after the index's name; department names without 'và'; 'Kho bạc nhà nước' in lower case",
     "Năm 2020, ở bảng xếp hạng cấp sở, vươn lên vị trí xếp hạng thứ nhất là Sở Giáo dục- đào tạo với Chỉ số cải "
     "cách hành chính là 91,670. Sở Khoa học Công nghệ xếp vị trí thứ 2 với Chỉ số cải cách hành chính là "
     "91,510. Kho bạc nhà nước tỉnh là đơn vị đứng vị trí thứ nhất về chỉ số cải cách hành chính, đạt 90,86 điểm.",
     [dict(unit="Sở Giáo dục và Đào tạo", year=2020, rank=1, score=91.67),
      dict(unit="Sở Khoa học và Công nghệ", rank=2, score=91.51),
      dict(unit="Kho bạc Nhà nước tỉnh", rank=1, score=90.86)],
     []),
    ("a group counted on a line of its own counts the ranks of the lines after it",
     "Năm 2021 về Chỉ số CCHC của tỉnh Vĩnh Phúc.\nNhóm các cơ quan Trung ương đóng trên địa bàn tỉnh gồm 6 cơ "
     "quan.\nKho bạc Nhà nước tỉnh là đơn vị đứng vị trí thứ nhất, đạt 90,86 điểm.\nNhóm các sở, ban, ngành gồm "
     "20 cơ quan.\nSở Xây dựng là đơn vị đứng vị trí thứ nhất về chỉ số cải cách hành chính, đạt 92,08 điểm.",
     [dict(unit="Kho bạc Nhà nước tỉnh", rank=1, rank_total=6, score=90.86),
      dict(unit="Sở Xây dựng", rank=1, rank_total=20, score=92.08)],
     []),
    ("places in brackets before each name of a list; a bloc's average is no unit's",
     "Năm 2023, UBND tỉnh Hà Tĩnh công bố Chỉ số CCHC của các sở, ban, ngành. Khối sở, ban, ngành có Chỉ số "
     "cải cách hành chính bình quân đạt 86,2%, trong đó 4 đơn vị đứng đầu lần lượt là: (1) Sở Nội vụ đạt 91,3%, "
     "(2) Thanh tra tỉnh đạt 90,7%, (3) Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp đạt 90,1%, "
     "(4) Sở Y tế đạt 89,6%.",
     [dict(unit="Sở Nội vụ", province="Hà Tĩnh", year=2023, rank=1, score=91.3),
      dict(unit="Thanh tra tỉnh", rank=2, score=90.7),
      dict(unit="Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp", rank=3, score=90.1),
      dict(unit="Sở Y tế", rank=4, score=89.6)],
     [dict(unit="Hà Tĩnh", score=86.2)]),
    ("percentage points 'gần 1 điểm %' are how much a value fell; the values come from–to",
     "Chỉ số CCHC năm 2023 của tỉnh Lai Châu giảm nhẹ, gần 1 điểm % so với năm 2022, từ 86,40% xuống 85,52%.",
     [dict(unit="Lai Châu", year=2023, score=85.52), dict(unit="Lai Châu", year=2022, score=86.4)],
     [dict(score=1.0)]),
    ("another index 'của tỉnh' in the next clause is the unit the sentence is about",
     "Năm 2023 tỉnh Quảng Bình được xếp thứ nhất về SIPAS. Riêng tỉnh Ninh Thuận, PAR Index 2023 đạt 84,3%, "
     "xếp thứ 41/63; còn SIPAS 2023 của tỉnh tăng từ 80,6% lên 83,2%.",
     [dict(unit="Ninh Thuận", index="PAR_INDEX", year=2023, score=84.3, rank=41),
      dict(unit="Ninh Thuận", index="SIPAS", year=2023, score=83.2)],
     [dict(unit="Quảng Bình", score=83.2)]),
    ("a misspelt name in an ordered list keeps its place; a class in brackets ends with its clause",
     "Chỉ số DTI năm 2023 của tỉnh Quảng Nam: có 2 địa phương xếp loại khá (Nông Sơn, Tây Giang); đứng đầu "
     "là huyện Duy Xuyên, đạt 93,1%. Thứ tự xếp hạng cấp huyện (từ trên xuống) như sau: Duy Xuyên, Hội An, "
     "Nam Tra My, Phước Sơn, Nông Sơn, Tây Giang.",
     [dict(unit="Duy Xuyên", index="DTI", year=2023, score=93.1, rank=1),
      dict(unit="Hội An", rank=2), dict(unit="Phước Sơn", rank=4), dict(unit="Nông Sơn", rank=5),
      dict(unit="Tây Giang", rank=6), dict(unit="Tây Giang", rating="Khá")],
     [dict(unit="Duy Xuyên", rating="Khá"), dict(unit="Phước Sơn", rank=3)]),
    ("classes of a DDCI named as groups; a place after a comma; the scale in brackets",
     "UBND tỉnh Bến Tre công bố DDCI năm 2022. Đối với khối sở, ngành, nhóm rất tốt gồm các đơn vị: Cục thuế; "
     "Sở Tư pháp; Sở Nội vụ.\nNhóm khá tốt gồm: Công an tỉnh, Sở Y tế.\nCục thuế xếp hạng 1 với điểm số 80,15 "
     "(thang điểm 100). Đứng cuối bảng là Sở Y tế, hạng 12 với điểm số 61,2.",
     [dict(unit="Cục Thuế", province="Bến Tre", index="DDCI", year=2022, rating="Rất tốt"),
      dict(unit="Sở Nội vụ", rating="Rất tốt"), dict(unit="Công an tỉnh", rating="Khá tốt"),
      dict(unit="Cục Thuế", rank=1, score=80.15, max_score=100.0), dict(unit="Sở Y tế", rank=12)],
     [dict(unit="Sở Y tế", rating="Rất tốt")]),
    ("the n-th highest score is the n-th place; parts listed after their PAPI group",
     "Năm 2022, tỉnh Nam Định đạt mức điểm PAPI cao thứ 4 cả nước với 45,9 điểm. Trong đó, có 3/8 chỉ số "
     "thành phần thuộc nhóm đạt điểm cao nhất gồm: Kiểm soát tham nhũng trong khu vực công; Thủ tục hành "
     "chính công; Quản trị môi trường.",
     [dict(unit="Nam Định", index="PAPI", year=2022, score=45.9, rank=4),
      dict(unit="Nam Định", component="corruption_control", rating="Cao nhất"),
      dict(unit="Nam Định", component="environment", rating="Cao nhất")],
     [dict(component=None, rating="Cao nhất")]),
    ("DTI values without a unit: handed out in turn, a bound shared by names with commas",
     "Theo DTI 2021, Bạc Liêu xếp hạng 40/63. Trong đó, Kinh tế số và Xã hội số đồng xếp hạng 45/63, đạt giá "
     "trị lần lượt là 0,2214 và 0,3105. Trong số các tỉnh, Hải Phòng, Quảng Ninh, Bình Dương đạt giá trị trên 0,50.",
     [dict(unit="Bạc Liêu", index="DTI", component="digital_economy", year=2021, score=0.2214, rank=45),
      dict(unit="Bạc Liêu", component="digital_society", score=0.3105, rank=45),
      dict(unit="Hải Phòng", score=0.5, bound=">"), dict(unit="Quảng Ninh", score=0.5, bound=">"),
      dict(unit="Bình Dương", score=0.5, bound=">")],
     [dict(unit="Bạc Liêu", score=0.5)]),
    ("the best ten, then 'bao gồm' with no colon",
     "Trong số 10 tỉnh và thành phố có chất lượng điều hành tốt nhất trong PCI 2019, có 3 tỉnh miền Trung, bao "
     "gồm Đà Nẵng, Quảng Nam và Thừa Thiên Huế.",
     [dict(unit="Đà Nẵng", index="PCI", year=2019, rank=10, bound="<="), dict(unit="Quảng Nam", rank=10, bound="<=")],
     [dict(rank=3)]),
    ("SIPAS areas without a key, the nation's value and a count of parts make no record",
     "Năm 2023, Chỉ số SIPAS của tỉnh Hà Nam đạt 84,2%, xếp thứ 30/63 (SIPAS chung của cả nước đạt 82,66%). "
     "Chỉ số hài lòng đối với việc “xây dựng, tổ chức thực hiện chính sách” đạt 83,1%. Tại lĩnh vực “Cung ứng "
     "dịch vụ công”, mức hài lòng đạt 85,0%. Cả 9/9 tiêu chí thành phần đều đạt tỷ lệ hài lòng trên 80%.",
     [dict(unit="Hà Nam", index="SIPAS", year=2023, score=84.2, rank=30)],
     [dict(score=82.66), dict(score=83.1), dict(score=85.0), dict(score=80.0)]),
    ("a count of parts that lists them, one by one",
     "PCI năm 2019 của tỉnh Nam Định đạt 65,09 điểm. Có 3/10 chỉ số thành phần giảm điểm là: Tiếp cận đất đai "
     "đạt 6,28 điểm, giảm 0,67 điểm; Thể chế pháp luật đạt 6,71 điểm, giảm 0,07 điểm.",
     [dict(unit="Nam Định", index="PCI", component="land_access", year=2019, score=6.28, score_change=-0.67),
      dict(unit="Nam Định", index="PCI", component="legal_institutions", score=6.71)],
     [dict(index="PAR_INDEX")]),
    ("first in parts named after a colon, in brackets, and beside each unit",
     "Trong PAPI 2021, Bắc Ninh đứng đầu ở một chỉ số: tham gia người dân cấp cơ sở. Hà Tĩnh có 2 chỉ số đứng đầu "
     "(công khai minh bạch; kiểm soát tham nhũng trong khu vực công). Nam Định đứng đầu tiêu chí: quản trị môi "
     "trường; Bến Tre (thủ tục hành chính công) và Long An (quản trị điện tử).",
     [dict(unit="Bắc Ninh", index="PAPI", component="participation", year=2021, rank=1),
      dict(unit="Hà Tĩnh", component="transparency", rank=1), dict(unit="Hà Tĩnh", component="corruption_control", rank=1),
      dict(unit="Nam Định", component="environment", rank=1), dict(unit="Bến Tre", component="procedures", rank=1),
      dict(unit="Long An", component="e_governance", rank=1)],
     [dict(component=None, rank=1)]),
    ("departments listed with commas, their province before the verb; a class stated with 'ở mức … là'",
     "Kết quả DDCI năm 2022 của tỉnh Thái Bình: Sở Tư pháp, Sở Nội vụ, Sở Xây dựng Thái Bình xếp loại Rất tốt. "
     "02 đơn vị còn ở mức Trung bình là Sở Y tế, Cục Quản lý thị trường thuộc Bộ Công thương.",
     [dict(unit="Sở Tư pháp", province="Thái Bình", index="DDCI", year=2022, rating="Rất tốt"),
      dict(unit="Sở Nội vụ", rating="Rất tốt"), dict(unit="Sở Xây dựng", rating="Rất tốt"),
      dict(unit="Sở Y tế", rating="Trung bình"), dict(unit="Cục Quản lý thị trường", rating="Trung bình")],
     [dict(unit="Bộ Công Thương"), dict(unit="Thái Bình", rating="Rất tốt")]),
    ("'BHXH Việt Nam' among ministries; a main indicator without a key makes no record",
     "Theo xếp hạng DTI năm 2022, BHXH Việt Nam xếp thứ 4/17 với 0,6012 điểm. Cụ thể: về chỉ số Nhân lực số, BHXH "
     "Việt Nam xếp thứ 2; về chỉ số Hoạt động chuyển đổi số, BHXH Việt Nam xếp thứ 5.",
     [dict(unit="Bảo hiểm xã hội Việt Nam", index="DTI", year=2022, score=0.6012, rank=4, rank_total=17),
      dict(unit="Bảo hiểm xã hội Việt Nam", component="human_resources", rank=2)],
     [dict(rank=5)]),
    ("a plan's targets in 'điểm giá trị', the score and the place apart, then its parts listed",
     "Kế hoạch cải thiện PCI năm 2024 tỉnh Bến Tre\nPhấn đấu điểm số PCI tỉnh Bến Tre năm 2024 đạt từ 70,50 điểm giá "
     "trị trở lên và duy trì trong TOP 10 các tỉnh, thành phố có chất lượng điều hành tốt nhất.\nMục tiêu phấn đấu "
     "10 chỉ số thành phần như sau:\n- Chỉ số Gia nhập thị trường đạt từ 7,60 điểm giá trị trở lên;\n- Chỉ số Tính "
     "minh bạch đạt từ 7,20 điểm giá trị trở lên;",
     [dict(type="target", unit="Bến Tre", index="PCI", year=2024, score=70.5, bound=">="),
      dict(type="target", unit="Bến Tre", year=2024, rank=10, bound="<="),
      dict(type="target", unit="Bến Tre", component="entry_costs", score=7.6, bound=">="),
      dict(type="target", unit="Bến Tre", component="transparency", score=7.2, bound=">=")],
     [dict(score=70.5, rank=10)]),
    ("first place in each of the parts listed after 'dẫn đầu N chỉ số thành phần', not in the index",
     "Trong PCI 2019, Bến Tre dẫn đầu 3 chỉ số thành phần gồm Tính minh bạch, Chi phí thời gian và Đào tạo lao động.",
     [dict(unit="Bến Tre", index="PCI", component="transparency", year=2019, rank=1),
      dict(unit="Bến Tre", component="time_costs", rank=1),
      dict(unit="Bến Tre", component="labor_training", rank=1)],
     [dict(unit="Bến Tre", component=None, rank=1)]),
    ("'cao nhất trên cả nước về' a few words of what was done, then the part",
     "Ở PCI 2020, Long An được doanh nghiệp chấm cao nhất trên cả nước về nỗ lực giảm chi phí không chính thức.",
     [dict(unit="Long An", index="PCI", component="informal_charges", year=2020, rank=1)],
     [dict(component=None)]),
    ("parts' places out of a total listed bare after the first with its rank word",
     "Năm 2022, Sóc Trăng xếp hạng 40/63 về DTI. Cụ thể: hạ tầng số xếp hạng 12/63, nhân lực số 33/63, "
     "an toàn thông tin mạng 61/63.",
     [dict(unit="Sóc Trăng", index="DTI", component=None, year=2022, rank=40, rank_total=63),
      dict(unit="Sóc Trăng", component="infrastructure", rank=12, rank_total=63),
      dict(unit="Sóc Trăng", component="human_resources", rank=33, rank_total=63),
      dict(unit="Sóc Trăng", component="cybersecurity", rank=61, rank_total=63)],
     []),
    ("the place a unit fell to ('tụt hạng xuống vị trí 12')",
     "Chỉ số PII năm 2024: Nam Định bị tụt hạng xuống vị trí 12, nhường chỗ cho Hải Dương.",
     [dict(unit="Nam Định", index="OTHER", year=2024, rank=12)],
     []),
    ("the impact part named by what it measures",
     "Năm 2023, kết quả các tiêu chí của cải cách hành chính đến phát triển kinh tế - xã hội của tỉnh Gia Lai "
     "đạt 5,05/6,5 điểm, xếp thứ 40/63 về Chỉ số CCHC.",
     [dict(unit="Gia Lai", index="PAR_INDEX", component="impact", year=2023, score=5.05, max_score=6.5, rank=40)],
     [dict(component=None, score=5.05)]),
    ("'năm nay' in an aim is the year of the dateline; in a ranking it gives no year",
     "12/05/2023\nNăm nay, tỉnh Hòa Bình phấn đấu Chỉ số “Tính minh bạch” đạt từ 6,5 điểm trở lên.",
     [dict(type="target", unit="Hòa Bình", index="PCI", component="transparency", year=2023, score=6.5, bound=">=")],
     [dict(year=2022)]),
    ("a part named as a line's label, before its colon, is what each of its clauses is of",
     "Chỉ số PAPI 2021 của Yên Bái.\n3. Chỉ số “trách nhiệm giải trình với người dân”: Năm 2020, Yên Bái đạt 4,51 "
     "điểm; năm 2021, đạt 4,62 điểm.",
     [dict(unit="Yên Bái", index="PAPI", component="accountability", year=2020, score=4.51),
      dict(unit="Yên Bái", index="PAPI", component="accountability", year=2021, score=4.62)],
     [dict(component=None, score=4.62)]),
    ("the year of an average compared with is not carried to the sentences after",
     "Công bố chỉ số công khai ngân sách tỉnh POBI 2021.\nChỉ số trung bình đạt 60,2 điểm, cao hơn trung bình năm "
     "2020 là 51 điểm.\nNhóm A gồm 20 tỉnh, trong đó đứng đầu là Bình Định (88,4 điểm).",
     [dict(unit="Bình Định", index="OTHER", year=2021, score=88.4, rank=1)],
     [dict(year=2020)]),
    ("parts labelled in turn in one sentence do not carry past their clauses",
     "Kế hoạch năm 2024 của huyện Đại Lộc: lĩnh vực “Cải cách tài chính công”: phấn đấu đạt 7/7,5 điểm tối đa; "
     "lĩnh vực “Cải cách chế độ công vụ”: phấn đấu đạt 11/11,5 điểm tối đa; phấn đấu đạt 27/30 điểm tối đa về điều "
     "tra xã hội học; mức độ hài lòng của huyện từ 95% trở lên.",
     [dict(type="target", unit="Đại Lộc", index="PAR_INDEX", component="public_finance", year=2024, score=7.0),
      dict(type="target", unit="Đại Lộc", index="SIPAS", component=None, year=2024, score=95.0, bound=">=")],
     [dict(component="survey_citizens")]),
    ("a leading group's list after 'bảng xếp hạng 10 địa phương dẫn đầu gồm'; 'TP HCM, Hải Phòng' two cities",
     "Kết quả xếp hạng chỉ số đổi mới sáng tạo cấp địa phương năm 2023 (PII) được công bố chiều 12/3.\n\nTrong bảng "
     "xếp hạng 10 địa phương dẫn đầu gồm Hà Nội, TP HCM, Hải Phòng và 5 tỉnh Bắc Ninh, Bình Dương, Quảng Ninh.",
     [dict(unit="Hà Nội", index="OTHER", year=2023, rank=10, bound="<="), dict(unit="Hải Phòng", rank=10, bound="<="),
      dict(unit="Hồ Chí Minh", rank=10, bound="<="), dict(unit="Quảng Ninh", rank=10, bound="<=")],
     [dict(rank=1)]),
    ("a sentence opened by two years looks back: the text goes on with its own year",
     "Kết quả Chỉ số đổi mới sáng tạo cấp địa phương (PII) được công bố tại Ngày hội Đổi mới sáng tạo quốc gia năm "
     "2025.\n\nNăm 2023 và 2024, Hà Nội cũng xếp hạng nhất.\n\nQuảng Ninh lần đầu vươn lên vị trí thứ 3.",
     [dict(unit="Quảng Ninh", index="OTHER", year=2025, rank=3), dict(unit="Hà Nội", year=2023, rank=1)],
     [dict(unit="Quảng Ninh", year=2023)]),
    ("the e-commerce index by its name; a place lower 'so với năm 2023'; a gap is no score",
     "Theo báo cáo Chỉ số thương mại điện tử (EBI) năm 2024, Khánh Hòa xếp thứ 5 cả nước, thấp hơn 1 hạng so với năm "
     "2023. Đứng thứ ba là Hải Phòng với 38,5 điểm và có khoảng cách rất xa so với Hà Nội lên tới 46,2 điểm.",
     [dict(unit="Khánh Hòa", index="OTHER", year=2024, rank=5, rank_change=-1, change_since=2023),
      dict(unit="Hải Phòng", index="OTHER", year=2024, rank=3, score=38.5)],
     [dict(unit="Hà Nội", score=46.2)]),
    ("the place moved from, its year, before the unit and its move",
     "Theo ICT Index 2017, từ xếp hạng thứ 21 năm 2016, Bộ Tư pháp đã tăng 17 bậc, lên hạng tư năm 2017.",
     [dict(unit="Bộ Tư pháp", index="OTHER", year=2017, rank=4, rank_change=17, change_since=2016),
      dict(unit="Bộ Tư pháp", index="OTHER", year=2016, rank=21)],
     [dict(year=2017, rank=21)]),
    ("the level word alone opens the clause; the ministry after 'được' assessed it",
     "Sở Nội vụ tỉnh Trà Vinh đã báo cáo UBND tỉnh kết quả. Theo đó, năm 2023, tỉnh được Bộ Nội vụ đánh giá "
     "Chỉ số CCHC đạt 86,4 điểm, xếp hạng thứ 30/63 tỉnh, thành phố.",
     [dict(unit="Trà Vinh", unit_code="84", index="PAR_INDEX", year=2023, score=86.4, rank=30, rank_total=63)],
     [dict(unit="Bộ Nội vụ"), dict(unit="Sở Nội vụ")]),
    ("a text that names no locality: its province's record stands, its unit unknown, not the agencies'",
     "Sở TT&TT đã báo cáo UBND tỉnh về kết quả. Năm 2023, tỉnh được Bộ TT&TT đánh giá chỉ số DTI đạt 0,52 "
     "điểm, xếp hạng 40/63.",
     [dict(unit=None, index="DTI", year=2023, score=0.52, rank=40, rank_total=63)],
     [dict(unit="Sở Thông tin và Truyền thông"), dict(unit="Bộ Thông tin và Truyền thông")]),
    ("'Theo đó, có 20 sở, ban, ngành đều được xếp loại tốt': the group's number and class, for its ranks",
     "Năm 2023, UBND tỉnh Quảng Ngãi phê duyệt kết quả chỉ số DTI. Theo đó, có 12 sở, ban, ngành đều được "
     "xếp loại tốt. Đứng đầu là Sở Tư pháp đạt 94,1%.\n\nCụ thể, thứ tự xếp hạng (từ trên xuống) như sau: Sở Tư "
     "pháp, Sở Nội vụ, Sở Y tế.",
     [dict(unit="Sở Tư pháp", index="DTI", year=2023, score=94.1, rank=1, rank_total=12, rating="Tốt"),
      dict(unit="Sở Y tế", index="DTI", year=2023, rank=3, rank_total=12, rating="Tốt")],
     []),
    ("a year right after each place is that place's, and of the score said next",
     "Chỉ số CCHC năm 2024 của các huyện tỉnh Nghệ An. Huyện Nam Đàn từ tốp cuối năm 2022 đã vươn lên vị trí "
     "thứ 6 năm 2023 và vị trí số 3 năm 2024 với 88,2 điểm.",
     [dict(unit="Nam Đàn", index="PAR_INDEX", year=2023, rank=6),
      dict(unit="Nam Đàn", index="PAR_INDEX", year=2024, rank=3, score=88.2)],
     [dict(unit="Nam Đàn", year=2022), dict(unit="Nam Đàn", year=2024, rank=6)]),
    ("'ở vị trí 60/63 tỉnh, thành phố' is a place, not a count of provinces",
     "Theo kết quả công bố, năm 2022, Ninh Bình ở vị trí 41/63 tỉnh, thành phố về chỉ số PAR INDEX với 84,2 "
     "điểm (tăng 3 bậc so với năm 2021).",
     [dict(unit="Ninh Bình", index="PAR_INDEX", year=2022, rank=41, rank_total=63, score=84.2, rank_change=3,
           change_since=2021)],
     []),
    ("an index the provinces carry out is no topic; places moved listed without their unit after the first",
     "Theo kết quả PCI năm 2022, các tỉnh miền núi phía Bắc có nhiều thay đổi. Đa phần các tỉnh thăng hạng đều là "
     "những tỉnh có triển khai thực hiện Bộ chỉ số DDCI. Một số tỉnh cải thiện lớn về thứ hạng như: Lào Cai (tăng "
     "9 bậc), Yên Bái (tăng 7) và Sơn La (tăng 5).",
     [dict(unit="Lào Cai", index="PCI", year=2022, rank_change=9),
      dict(unit="Yên Bái", index="PCI", year=2022, rank_change=7),
      dict(unit="Sơn La", index="PCI", year=2022, rank_change=5)],
     [dict(index="DDCI")]),
    ("'Các tỉnh, thành phố trong Top 10 bao gồm:' bounds each unit listed",
     "PCI năm 2019: Các tỉnh, thành phố trong Top 10 bao gồm: Bình Dương, Hà Nội, Bắc Ninh.",
     [dict(unit="Bình Dương", index="PCI", year=2019, rank=10, bound="<="),
      dict(unit="Bắc Ninh", index="PCI", year=2019, rank=10, bound="<=")],
     []),
    ("parts listed with a bare score and the earlier one in brackets; ranks among a region's provinces are no places",
     "Năm 2021, PCI tỉnh Yên Bái đạt 64,1 điểm, đứng thứ 30/63 tỉnh, thành phố; đứng thứ 6/14 tỉnh khu vực miền núi "
     "phía Bắc. So với 6 tỉnh Tây Bắc, tỉnh Yên Bái xếp thứ 2. Có 3 chỉ số thành phần tăng điểm: Tính minh bạch đạt "
     "6,1 điểm (năm 2020 đạt 5,8); chi phí thời gian 7,02 (6,71); đào tạo lao động 6,25 (6,04).",
     [dict(unit="Yên Bái", index="PCI", component=None, year=2021, score=64.1, rank=30, rank_total=63),
      dict(unit="Yên Bái", index="PCI", component="time_costs", year=2021, score=7.02),
      dict(unit="Yên Bái", index="PCI", component="labor_training", year=2021, score=6.25)],
     [dict(rank=6), dict(rank=2), dict(rank_total=14)]),
    ("a second baseline 'so sánh năm X với năm Y'; the top of a class is no first place; an aim beaten by so much",
     "Chỉ số PAR INDEX năm 2021 của Điện Biên xếp hạng 40/63, tăng 11 bậc so với năm 2020; tăng 18 bậc, so sánh "
     "năm 2021 với năm 2016. Chỉ số PAPI của Điện Biên tăng 9 bậc so với năm 2020 để đứng đầu nhóm đạt điểm Trung "
     "bình thấp, xếp hạng thứ 35/63. Điện Biên đồng thời vượt mục tiêu 2,5% so với Nghị quyết số 05 của Tỉnh ủy.",
     [dict(unit="Điện Biên", index="PAR_INDEX", year=2021, rank=40, rank_change=11, change_since=2020),
      dict(unit="Điện Biên", index="PAR_INDEX", year=2021, rank_change=18, change_since=2016),
      dict(unit="Điện Biên", index="PAPI", year=2021, rank=35, rank_total=63, rating="Trung bình thấp")],
     [dict(rank=1), dict(rank=5), dict(score=2.5), dict(year=2016, rank=40), dict(type="target")]),
    ("a province the 2025 mergers ended, aiming at 2025 in a text of its day; the place after a colon",
     "VCCI vừa công bố PCI năm 2020. Trong đó, tỉnh Hà Giang ở vị trí cuối bảng xếp hạng: 63/63 tỉnh, thành cả "
     "nước. Tỉnh đang đặt mục tiêu đưa chỉ số PCI nằm trong nhóm 30 tỉnh, thành phố vào năm 2025.",
     [dict(type="result", unit="Hà Giang", unit_code="02", index="PCI", year=2020, rank=63, rank_total=63),
      dict(type="target", unit="Hà Giang", unit_code="02", index="PCI", year=2025, rank=30, bound="<=")],
     []),
    ("the province's ranking of its districts' reform work, with a statistic of procedures that is no index",
     "Năm 2022, huyện Mang Thít đã được điện tử hóa đạt tỷ lệ 100% trong giải quyết thủ tục hành chính. Cuối năm "
     "2022, huyện Mang Thít được UBND tỉnh đánh giá cao về thực hiện CCHC, xếp hạng 3/8 huyện, thị xã, thành phố.",
     [dict(unit="Mang Thít", index="PAR_INDEX", year=2022, rank=3, rank_total=8)],
     [dict(score=100.0)]),
    ("the index's own score written as an average share",
     "Năm 2021, ở bảng xếp hạng cấp huyện, huyện Mường Chà xếp vị trí thứ nhất với Chỉ số cải cách hành chính đạt "
     "tỷ lệ trung bình là 81,2%.",
     [dict(unit="Mường Chà", index="PAR_INDEX", year=2021, rank=1, score=81.2, score_unit="%")],
     []),
    ("a region's other provinces' places bare after colons; another index's name in a list of parts is a part",
     "Gia Lai tăng 5 bậc Chỉ số cải cách hành chính năm 2022\n"
     "Chỉ số CCHC năm 2022 của tỉnh Gia Lai đạt 84,1 điểm, xếp thứ 40/63; đứng thứ 2/5 so với các tỉnh Tây "
     "Nguyên (Lâm Đồng: xếp thứ 21; Kon Tum: 47; Đắk Nông: 55).\nTrong đó, các tiêu chí của tỉnh được đánh giá: "
     "Điểm do Bộ Nội vụ thẩm định đạt 55,1/61,5 điểm. Điểm tiêu chí khảo sát lãnh đạo quản lý của tỉnh: 17,2/22 "
     "điểm. "
     "Điểm Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 7,9/10 điểm.",
     [dict(unit="Kon Tum", index="PAR_INDEX", year=2022, rank=47),
      dict(unit="Đắk Nông", index="PAR_INDEX", year=2022, rank=55),
      dict(unit="Gia Lai", index="PAR_INDEX", component="self_assessment", year=2022, score=55.1, max_score=61.5),
      dict(unit="Gia Lai", index="PAR_INDEX", component="survey_citizens", year=2022, score=7.9, max_score=10.0)],
     [dict(index="SIPAS"), dict(unit="Gia Lai", component=None, score=55.1)]),
    ("a group's average is no unit's; a border gate zone's board keeps its whole name; 'Đối với nhóm 20 Sở' is no top group",
     "Năm 2022, DDCI tỉnh Cao Bằng: đối với nhóm 20 Sở, ngành, 3 đơn vị dẫn đầu lần lượt là Công an tỉnh với 80,1 "
     "điểm, Sở Tư pháp với 79,4 điểm và Sở Y tế với 78,2 điểm; trung bình nhóm 3 đơn vị đứng đầu đạt 79,2 điểm. "
     "Xếp cuối là Ban quản lý Khu kinh tế cửa khẩu Trà Lĩnh – Cao Bằng với 60,3 điểm.",
     [dict(unit="Sở Y tế", index="DDCI", year=2022, rank=3, score=78.2),
      dict(unit="Ban Quản lý Khu kinh tế cửa khẩu Trà Lĩnh - Cao Bằng", index="DDCI", year=2022, score=60.3)],
     [dict(score=79.2), dict(unit_code="04", score=60.3), dict(rank=20)]),
    ("a part named alone, then 'chỉ số này' with its own year, then the unit 'vươn lên' to a part's score",
     "Theo PAPI 2020, Sóc Trăng đạt 43,1 điểm.\n\nĐáng chú ý là chỉ số Thủ tục hành chính công. Năm 2019 chỉ số này "
     "chỉ đạt 6,9 điểm, thuộc nhóm thấp nhất. Đến năm 2020, Sóc Trăng vươn lên 7,4 điểm thuộc nhóm cao nhất.",
     [dict(unit="Sóc Trăng", index="PAPI", component="procedures", year=2019, score=6.9),
      dict(unit="Sóc Trăng", index="PAPI", component="procedures", year=2020, score=7.4)],
     [dict(score_change=7.4), dict(component=None, score=7.4)]),
    ("the service index's parts listed with their scales, one of them the satisfaction; its rankings stay the service index's",
     "Văn phòng UBND tỉnh vừa công bố Bộ chỉ số phục vụ người dân và doanh nghiệp năm 2024. Theo đó, tỉnh Bình "
     "Định xếp thứ 18/63, đạt 81,4 điểm. Cụ thể, chỉ số Tiến độ giải quyết đạt 18,1/20 điểm; chỉ số Thanh toán "
     "trực tuyến đạt 7,2/10 điểm; chỉ số Mức độ hài lòng đạt 17,3/18 điểm; chỉ số Số hóa hồ sơ đạt 14,9/22 "
     "điểm. Sở Tư pháp dẫn đầu khối sở, ngành, xếp loại Xuất sắc.",
     [dict(unit="Bình Định", index="OTHER", year=2024, rank=18, rank_total=63, score=81.4),
      dict(unit="Sở Tư pháp", index="OTHER", year=2024, rank=1, rating="Xuất sắc")],
     [dict(index="SIPAS"), dict(score=17.3)]),
    ("a sentence opening on 'Điểm số' after one that named the index with no value; both scores of a move bare",
     "Chỉ số PCI của Thái Bình mấy năm qua có cải thiện về điểm số. Năm 2021 là dấu mốc về kết quả PCI. Điểm số "
     "đã tăng từ 62,14 năm 2020 lên 65,02 (+2,88 điểm), tăng 5 bậc so với năm trước nhưng vẫn đứng thứ 40/63.",
     [dict(unit="Thái Bình", unit_code="34", index="PCI", year=2021, score=65.02, score_change=2.88, rank=40,
           rank_total=63, rank_change=5),
      dict(unit="Thái Bình", index="PCI", year=2020, score=62.14)],
     [dict(year=2021, score=62.14)]),
    ("months of a year's work name no year assessed; a ranking announced in a month of a year is of no year the text states",
     "Theo báo cáo Chỉ số chuyển đổi số (DTI) được công bố vào giữa tháng 6/2025, Quảng Trị xếp hạng 30/63, tăng 5 "
     "bậc so với cùng kỳ năm trước. 6 tháng đầu năm 2025, công tác chuyển đổi số của tỉnh đạt nhiều kết quả.",
     [dict(unit="Quảng Trị", index="DTI", year=None, rank=30, rank_total=63, rank_change=5)],
     [dict(year=2025)]),
    ("leaders 'theo thứ tự là' in order; a place lost written as a word; a gap in brackets is no score",
     "Năm 2021, 5 tỉnh dẫn đầu PAPI theo thứ tự là: Quảng Ninh, Bình Định, Hà Giang, Đồng Tháp và Bến Tre. Tỉnh "
     "Gia Lai xếp ở vị trí 31/63 (giảm hai bậc so với năm 2020) với 42,2 điểm; khoảng cách giữa tỉnh Gia Lai với "
     "tỉnh đứng thứ 2 Tây Nguyên là Lâm Đồng rất lớn (1,35 điểm).",
     [dict(unit="Quảng Ninh", index="PAPI", year=2021, rank=1, bound=None),
      dict(unit="Bến Tre", index="PAPI", year=2021, rank=5, bound=None),
      dict(unit="Gia Lai", index="PAPI", year=2021, rank=31, rank_total=63, rank_change=-2, change_since=2020,
           score=42.2)],
     [dict(score=1.35), dict(unit="Lâm Đồng")]),
    ("the unit passed ('vượt lên X để dẫn đầu') and years of leading that are over give no first place",
     "Theo PCI 2019, Đồng Tháp vượt lên Quảng Ninh để dẫn đầu cả nước. Quảng Ninh sau 3 năm dẫn đầu đã xuống vị "
     "trí thứ hai.",
     [dict(unit="Đồng Tháp", index="PCI", year=2019, rank=1),
      dict(unit="Quảng Ninh", index="PCI", year=2019, rank=2)],
     [dict(unit="Quảng Ninh", rank=1)]),
    ("counts of units rated in a class, ending on 'địa phương', are no rating of the district",
     "Huyện Diên Khánh vừa công bố Chỉ số CCHC năm 2023 của các cơ quan và UBND các xã. Theo đó, toàn huyện có "
     "17 cơ quan, đơn vị, địa phương xếp hạng tốt; 9 cơ quan, đơn vị xếp hạng khá.",
     [],
     [dict(unit="Diên Khánh", rating="Tốt"), dict(rating="Khá")]),
    ("offices of one agency in several provinces, a place stated before the list that shares it",
     "Tổng cục Thuế công bố Chỉ số cải cách hành chính năm 2021 của các cục thuế. Đứng đầu là 2 cục thuế: Bình "
     "Dương và Đồng Nai với cùng 91,5/100 điểm. Xếp thứ 3 gồm: Cục Thuế Long An, Tây Ninh và TP. Hồ Chí Minh với "
     "cùng 90/100 điểm.",
     [dict(unit="Cục Thuế Bình Dương", province_code="74", index="PAR_INDEX", year=2021, rank=1, score=91.5,
           max_score=100),
      dict(unit="Cục Thuế Đồng Nai", province_code="75", rank=1, score=91.5),
      dict(unit="Cục Thuế Long An", province_code="80", rank=3, score=90),
      dict(unit="Cục Thuế Tây Ninh", rank=3, score=90),
      dict(unit="Cục Thuế TP Hồ Chí Minh", province_code="79", rank=3, score=90)],
     [dict(unit="Bình Dương"), dict(unit="Tây Ninh"), dict(unit="Hồ Chí Minh")]),
    ("ministries listed after 'các bộ' without their 'Bộ', in a group above a bar",
     "Năm 2020, Chỉ số CCHC của các bộ, cơ quan ngang bộ chia thành 2 nhóm. Nhóm đạt trên 85% gồm 4 đơn vị: Ủy "
     "ban Dân tộc và các bộ Nội vụ, Khoa học & Công nghệ, Văn hóa – Thể thao & Du lịch.",
     [dict(unit="Bộ Nội vụ", index="PAR_INDEX", year=2020, score=85, bound=">"),
      dict(unit="Bộ Khoa học và Công nghệ", score=85, bound=">"),
      dict(unit="Bộ Văn hóa, Thể thao và Du lịch", score=85, bound=">")],
     [dict(unit_level="sở")]),
    ("one office named three ways; 'năm thứ hai liên tiếp' holds the year before; a place moved from, with its year",
     "Ngày 20/4/2024, UBND tỉnh Lạng Sơn công bố DDCI năm 2023. Cục Hải quan tỉnh duy trì vị trí dẫn đầu khối sở, "
     "ngành năm thứ hai liên tiếp. Theo đó, Cục Hải quan Lạng Sơn đạt 82,4 điểm. Cục Thuế tỉnh từ vị trí thứ Chín "
     "năm 2022 đã vươn lên vị trí thứ Ba trong năm nay.",
     [dict(unit="Cục Hải quan Lạng Sơn", province_code="20", index="DDCI", year=2023, rank=1),
      dict(unit="Cục Hải quan Lạng Sơn", index="DDCI", year=2022, rank=1),
      dict(unit="Cục Hải quan Lạng Sơn", index="DDCI", year=2023, score=82.4),
      dict(unit="Cục Thuế tỉnh", index="DDCI", year=2022, rank=9),
      dict(unit="Cục Thuế tỉnh", index="DDCI", year=2023, rank=3)],
     [dict(unit="Cục Hải quan"), dict(unit="Cục Hải quan tỉnh"), dict(unit="Cục Thuế tỉnh", year=2022, rank=3)]),
    ("a national body ranked among a province's offices is of no province",
     "Bộ Tài chính công bố ICT Index ngành Tài chính năm 2017. Ở khối Trung ương, Tổng cục Hải quan xếp thứ nhất. "
     "Ở khối Kho bạc, Kho bạc Nhà nước tỉnh An Giang xếp thứ nhất.",
     [dict(unit="Tổng cục Hải quan", province=None, year=2017, rank=1)],
     [dict(unit="Tổng cục Hải quan", province_code="89")]),
    ("a count of the best, what they got said at length, 'cao nhất là' and more names than counted; the lowest",
     "Về Chỉ số SIPAS năm 2022, 03 tỉnh nhận được mức độ hài lòng của người dân đối với dịch vụ hành chính công cao "
     "nhất là Ninh Bình, Nam Định, Thái Bình và Hà Nam; 03 tỉnh thấp nhất là Đắk Nông, Kon Tum và Gia Lai.",
     [dict(unit="Ninh Bình", index="SIPAS", year=2022, rank=4, bound="<="),
      dict(unit="Hà Nam", index="SIPAS", year=2022, rank=4, bound="<=")],
     [dict(unit="Kon Tum", bound="<="), dict(rank=3)]),
    ("the finance sector's ICT index named with its year; a second place 'đang thuộc về' two national bodies",
     "Bộ Tài chính công bố ICT Index ngành Tài chính 2018. Ở khối cơ quan trung ương, Tổng cục Thuế đang dẫn đầu, "
     "trong khi vị trí thứ 2 đang thuộc về Kho bạc Nhà nước và Tổng cục Hải quan.",
     [dict(unit="Tổng cục Thuế", index="OTHER", year=2018, rank=1),
      dict(unit="Kho bạc Nhà nước", index="OTHER", year=2018, rank=2),
      dict(unit="Tổng cục Hải quan", index="OTHER", year=2018, rank=2)],
     [dict(unit="Tổng cục Hải quan", rank=1)]),
    ("a customs office by its short name; ranks of two years in brackets after one 'hạng'; out of a top",
     "Theo kết quả ICT Index ngành Tài chính năm 2021, Hải quan Lạng Sơn vươn lên thứ 2 của khối cục hải quan. "
     "Cục Thuế Lạng Sơn từng đứng thứ hạng 20 (năm 2019) và 17 (năm 2020), năm nay xếp thứ 12. Kho bạc Nhà nước "
     "Lạng Sơn chưa lọt vào nhóm 10 kho bạc dẫn đầu.",
     [dict(unit="Cục Hải quan Lạng Sơn", province_code="20", index="OTHER", year=2021, rank=2),
      dict(unit="Cục Thuế Lạng Sơn", year=2019, rank=20), dict(unit="Cục Thuế Lạng Sơn", year=2020, rank=17),
      dict(unit="Kho bạc Nhà nước Lạng Sơn", province_code="20", year=2021, rank=10, bound=">")],
     [dict(rank=10, bound="<="), dict(unit="Lạng Sơn", rank=2)]),
    ("an agency's initials in brackets; a lettered group's band is no unit's score; the total after a part",
     "Chủ tịch UBND tỉnh Cao Bằng công bố Chỉ số CCHC năm 2021 của các cơ quan. Nhóm thứ nhất “nhóm xếp loại "
     "xuất sắc” đạt trên 90 điểm. Bảo hiểm xã hội (BHXH) tỉnh Cao Bằng đứng thứ 3 với 90,5 điểm. BHXH tỉnh đạt "
     "điểm tối đa ở lĩnh vực “Cải cách thủ tục hành chính”; tổng điểm năm 2021 so với năm 2020 tăng từ 85,2 điểm "
     "lên 90,5 điểm.",
     [dict(unit="Bảo hiểm xã hội Cao Bằng", province_code="04", year=2021, rank=3, score=90.5, component=None),
      dict(unit="Bảo hiểm xã hội Cao Bằng", year=2020, score=85.2, component=None)],
     [dict(unit_code="04", score=90.0), dict(component="procedures", score=85.2)]),
    ("the averages of a block of departments, stated with their year",
     "Ở khối sở của tỉnh Hà Tĩnh, kết quả trung bình năm 2021 là 86,40%, tăng 2,1% so với năm 2020. Điểm thẩm "
     "định trung bình năm 2021 đạt 83,5%.",
     [],
     [dict(score=86.4), dict(score=83.5)]),
    ("members of lettered bands ('nhóm A (từ 90 điểm trở lên)… gồm:') are bounded by the band's lower end",
     "Chỉ số CCHC năm 2021 của các huyện tỉnh Sơn La: nhóm A (từ 90 điểm trở lên), có 2 huyện chiếm tỷ lệ 16,7% "
     "trong tổng số huyện, gồm: Mộc Châu và Yên Châu. Nhóm B (từ 70 đến dưới 90 điểm) có 10 huyện, gồm: Mai Sơn, "
     "Mường La.",
     [dict(unit="Mộc Châu", index="PAR_INDEX", year=2021, score=90.0, score_unit="điểm", bound=">="),
      dict(unit="Mai Sơn", year=2021, score=70.0, bound=">=")],
     [dict(rating="A"), dict(rating="B"), dict(unit="Sơn La", score=90.0)]),
    ("a streak before 'duy trì' reports; a group of leaders is no first place; an agency's own satisfaction average",
     "Năm 2022, Sở Nội vụ tỉnh Phú Yên xếp thứ 2/19 sở, ngành với 90,12 điểm Chỉ số CCHC, là năm thứ 3 liên tiếp "
     "Sở Nội vụ duy trì trong nhóm các sở, ngành dẫn đầu về chỉ số CCHC. Kết quả khảo sát cho thấy chỉ số hài lòng "
     "trung bình năm 2022 của sở đạt 93,2%.",
     [dict(type="result", unit="Sở Nội vụ", index="PAR_INDEX", year=2022, rank=2, rank_total=19, score=90.12),
      dict(type="result", unit="Sở Nội vụ", index="SIPAS", year=2022, score=93.2, score_unit="%")],
     [dict(type="target"), dict(rank=1)]),
    ("counted leaders listed after 'là:' rank in order; 'sở' in lower case before a capitalized name; a broadcaster after its province",
     "Trên cơ sở đó, 3 đơn vị cấp sở, ban, ngành xếp đầu về Bộ chỉ số đánh giá chuyển đổi số (DTI) năm 2023 của "
     "tỉnh Đắk Nông là: Sở Tư pháp (812,3 điểm), sở Nội vụ (790,1 điểm), Sở Xây dựng (771,4 điểm).\n"
     "Ở nhóm các cơ quan không có thủ tục hành chính, Đài Phát thanh Truyền hình Đắk Nông đứng vị trí số 1.",
     [dict(unit="Sở Tư pháp", index="DTI", year=2023, score=812.3, rank=1),
      dict(unit="Sở Nội vụ", index="DTI", year=2023, score=790.1, rank=2),
      dict(unit="Sở Xây dựng", index="DTI", year=2023, rank=3),
      dict(unit="Đài Phát thanh Truyền hình Đắk Nông", index="DTI", year=2023, rank=1)],
     [dict(unit="Đắk Nông", rank=1)]),
    ("a headline in capitals names its agency in capitals",
     "SỞ TƯ PHÁP BẮC KẠN XẾP HẠNG 2 TRONG TOÀN TỈNH VỀ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022\n\n"
     "Sáng 10/4, UBND tỉnh Bắc Kạn công bố Chỉ số CCHC năm 2022 của các sở, ban, ngành.",
     [dict(unit="Sở Tư pháp", province_code="06", index="PAR_INDEX", year=2022, rank=2)],
     [dict(unit="Bắc Kạn", rank=2)]),
    ("a year a value moved from, written again, is looked back at: the next paragraph's ranks are the year's own",
     "Kết quả Chỉ số CCHC năm 2018 cho thấy Bộ Tư pháp có điểm số tăng cao nhất 6,5% (từ 75,2% năm 2017 lên 81,7% năm 2018). "
     "Bộ Tài chính dẫn đầu khối bộ với 90,4 điểm. Năm 2017 Bộ Tài chính cũng đứng đầu.\n"
     "Các vị trí tiếp theo là Bộ Y tế (88,5 điểm), Bộ Nội vụ (87,9)… Ở chiều ngược lại, Bộ Xây dựng, Bộ Công "
     "Thương, Ủy ban Dân tộc xếp cuối bảng.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2018, score=81.7, score_change=6.5),
      dict(unit="Bộ Tư pháp", year=2017, score=75.2),
      dict(unit="Bộ Tài chính", year=2018, rank=1, score=90.4),
      dict(unit="Bộ Tài chính", year=2017, rank=1),
      dict(unit="Bộ Y tế", year=2018, rank=2, score=88.5, score_unit="điểm"),
      dict(unit="Bộ Nội vụ", year=2018, rank=3, score=87.9, score_unit="điểm")],
     [dict(unit="Bộ Y tế", year=2017), dict(score=6.5), dict(unit="Bộ Xây dựng", rank=4),
      dict(unit="Ủy ban Dân tộc", rank=6), dict(unit="Bộ Công Thương", rank=5)]),
    ("units named after 'cùng với' share a top's bound; a band's members its lower end; 'trên 80%' beside a score in points",
     "Năm 2019, Bộ Công Thương thuộc top 5 bộ, ngành có chỉ số CCHC dẫn đầu cùng với Bộ Tư pháp, Bộ Tài chính. "
     "Nhóm thứ hai đạt kết quả Chỉ số CCHC trên 70% - dưới 80% gồm Bộ Y tế, Bộ Xây dựng. Nhóm trên 80% gồm: "
     "Bộ Tư pháp; Bộ Tài chính. Bộ Tư pháp đạt 85,1 điểm.",
     [dict(unit="Bộ Công Thương", index="PAR_INDEX", year=2019, rank=5, bound="<="),
      dict(unit="Bộ Tư pháp", year=2019, rank=5, bound="<="),
      dict(unit="Bộ Tài chính", year=2019, rank=5, bound="<="),
      dict(unit="Bộ Y tế", year=2019, score=70.0, score_unit="%", bound=">"),
      dict(unit="Bộ Xây dựng", year=2019, score=70.0, bound=">"),
      dict(unit="Bộ Tài chính", year=2019, score=80.0, bound=">"),
      dict(unit="Bộ Tư pháp", year=2019, score=85.1, score_unit="điểm")],
     [dict(unit="Bộ Tư pháp", score=80.0), dict(unit="Bộ Y tế", rank=5)]),
    ("a headline's 'Thứ hạng CCHC'; a lettered group's band in brackets; a block's averages, 'bình quân 55,2/70'",
     "Thứ hạng CCHC các sở, các huyện năm 2020\n\nKhối sở: Nhóm A (từ 90 điểm trở lên) có 4 đơn vị, Sở Nội vụ dẫn "
     "đầu. Điểm thẩm định bình quân 55,2/70 điểm. Điểm khảo sát xã hội học bình quân khá cao, 27,5/30. Trong đó, "
     "điểm khảo sát cán bộ, công chức 17,9/20 điểm.",
     [dict(unit="Sở Nội vụ", index="PAR_INDEX", year=2020, rank=1)],
     [dict(score=90.0), dict(score=55.2), dict(score=27.5), dict(score=17.9), dict(index="SIPAS")]),
    ("an aside on a group's count after a semicolon ('; giảm 2 đơn vị so với năm 2021, gồm:') goes on into its list",
     "UBND tỉnh Lai Châu công bố Chỉ số CCHC năm 2022 của các sở, ban, ngành. Trong đó: nhóm A (từ 90 điểm trở "
     "lên) có 3 đơn vị, chiếm 15% số sở; giảm 2 đơn vị so với năm 2021, gồm: Sở Tư pháp, Sở Nội vụ, Sở Y tế. "
     "Nhóm B (từ 70 đến dưới 90 điểm) có 17 đơn vị; tăng 25% so với năm 2021, gồm: Sở Xây dựng, Thanh tra tỉnh.",
     [dict(unit="Sở Tư pháp", province_code="12", index="PAR_INDEX", year=2022, score=90.0, score_unit="điểm", bound=">="),
      dict(unit="Sở Y tế", year=2022, score=90.0, bound=">="),
      dict(unit="Sở Xây dựng", year=2022, score=70.0, bound=">="),
      dict(unit="Thanh tra tỉnh", year=2022, score=70.0, bound=">=")],
     [dict(score_change=25.0), dict(score_change=-25.0), dict(year=2021)]),
    ("no year of its own: the year after the one 'So sánh kết quả năm 2018' compares with; a purpose's year is an aim's",
     "Kết quả xếp hạng chỉ số cải cách hành chính các cơ quan ngành dọc của tỉnh Quảng Ngãi vừa được công bố. "
     "Kho bạc Nhà nước tỉnh Quảng Ngãi đạt 95,12 điểm, dẫn đầu; vị trí thứ 2 là Cục Thuế tỉnh Quảng Ngãi "
     "(với số điểm 94,60).\nSo sánh kết quả năm 2018 thì các đơn vị đều giảm điểm.\nKho bạc Nhà nước tỉnh Quảng "
     "Ngãi cho biết, để tiếp tục giữ vị trí dẫn đầu trong năm 2020, đơn vị sẽ đẩy mạnh số hóa hồ sơ.",
     [dict(unit="Kho bạc Nhà nước Quảng Ngãi", province_code="51", index="PAR_INDEX", year=2019, score=95.12, rank=1),
      dict(unit="Cục Thuế Quảng Ngãi", year=2019, score=94.6, score_unit="điểm", rank=2),
      dict(type="target", year=2020, rank=1)],
     [dict(year=2018), dict(type="result", year=2020)]),
    ("a band from one bound to another, its members counted before the colon: the lower end each",
     "Kết quả Chỉ số CCHC năm 2017 của các bộ chia thành 2 nhóm. Nhóm thứ hai đạt kết quả từ trên 75% đến dưới 85%, "
     "gồm 3 bộ: Bộ Y tế, Bộ Xây dựng, Ủy ban Dân tộc.",
     [dict(unit="Bộ Y tế", index="PAR_INDEX", year=2017, score=75.0, score_unit="%", bound=">"),
      dict(unit="Ủy ban Dân tộc", year=2017, score=75.0, bound=">")],
     [dict(score=85.0), dict(score=3.0)]),
    ("a customs department's branch offices by their border gates, in its own index (CDCI); a place it fell from, in words",
     "Cục Hải quan Lạng Sơn công bố kết quả Khảo sát CDCI năm 2022. Chi cục Hải quan cửa khẩu Tân Thanh dẫn đầu, "
     "xếp thứ 2 là Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị. Chi cục Hải quan Chi Ma giảm từ vị trí thứ nhất "
     "xuống vị trí thứ 3.",
     [dict(unit="Chi cục Hải quan cửa khẩu Tân Thanh", province_code="20", index="OTHER", year=2022, rank=1),
      dict(unit="Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị", index="OTHER", year=2022, rank=2),
      dict(unit="Chi cục Hải quan Chi Ma", index="OTHER", year=2022, rank=3)],
     [dict(unit="Chi cục Hải quan Chi Ma", rank=1), dict(index="DDCI")]),
    ("the best unit in brackets after a part's value, an earlier year after a semicolon, the list back on the "
     "paragraph's own year",
     "Chỉ số PAPI của Bến Tre năm 2020: tăng hạng\n\n"
     "Theo đó, Chỉ số PAPI của tỉnh Bến Tre năm 2020 đạt 44,05 điểm (tỉnh có điểm cao nhất là Đồng Tháp với 47,10 "
     "điểm); xếp nhóm trung bình cao, hạng 20/63 tỉnh, thành. Năm 2019, Chỉ số PAPI của Bến Tre đạt 43,50 điểm, "
     "xếp nhóm trung bình thấp, hạng 30/63.\n\nĐiểm của 8 chỉ số nội dung như sau:\n\n"
     "1. Tham gia của người dân ở cấp cơ sở đạt 5,02 điểm (tỉnh đạt cao nhất 5,90 điểm thuộc về Hà Tĩnh); năm 2019 "
     "đạt 4,88 điểm.\n\n2. Cung ứng dịch vụ: 7,01 điểm (thành phố đạt cao nhất 7,75 điểm thuộc về Đà Nẵng); năm "
     "2019 đạt 6,95 điểm.",
     [dict(unit="Bến Tre", index="PAPI", component=None, year=2020, score=44.05, rank=20, rank_total=63,
           rating="Trung bình cao"),
      dict(unit="Đồng Tháp", index="PAPI", component=None, year=2020, score=47.1, rank=1),
      dict(unit="Bến Tre", index="PAPI", component=None, year=2019, score=43.5, rank=30, rank_total=63),
      dict(unit="Bến Tre", index="PAPI", component="participation", year=2020, score=5.02),
      dict(unit="Hà Tĩnh", index="PAPI", component="participation", year=2020, score=5.9, rank=1),
      dict(unit="Bến Tre", index="PAPI", component="participation", year=2019, score=4.88),
      dict(unit="Bến Tre", index="PAPI", component="public_services", year=2020, score=7.01),
      dict(unit="Đà Nẵng", index="PAPI", component="public_services", year=2020, score=7.75, rank=1),
      dict(unit="Bến Tre", index="PAPI", component="public_services", year=2019, score=6.95)],
     [dict(unit="Hà Tĩnh", score=5.02), dict(unit="Đồng Tháp", rating="Trung bình cao"),
      dict(unit="Bến Tre", year=2019, score=7.01)]),
    ("a province's assessment of e-government levels is an index of its own, not the PAR index",
     "Theo kết quả đánh giá, xếp hạng mức độ chính quyền điện tử năm 2020 của tỉnh, khối sở, ban, ngành có Sở Tư "
     "pháp dẫn đầu với 96,5%; khối huyện, thị xã có huyện Phong Điền xếp thứ nhất với 85,36%.",
     [dict(unit="Sở Tư pháp", index="OTHER", year=2020, score=96.5, rank=1),
      dict(unit="Phong Điền", index="OTHER", year=2020, score=85.36, rank=1)],
     [dict(index="PAR_INDEX")]),
    ("a 'top 30' beside the exact place of the same year keeps only the change it states",
     "Theo kết quả PCI năm 2023 vừa công bố, Sóc Trăng đạt 66,12 điểm, xếp vị trí 27/63 tỉnh, thành phố. So với năm "
     "2022, Sóc Trăng tăng 5 hạng và tiếp tục nằm trong top 30 tỉnh có chất lượng điều hành tốt nhất.",
     [dict(unit="Sóc Trăng", index="PCI", year=2023, score=66.12, rank=27, rank_total=63),
      dict(unit="Sóc Trăng", index="PCI", year=2023, rank_change=5, change_since=2022)],
     [dict(unit="Sóc Trăng", rank=30)]),
    ("an aim given as a band is to reach at least its lower end",
     "Kế hoạch chuyển đổi số tỉnh Đắk Nông năm 2025. Phấn đấu năm 2025, chỉ số chuyển đổi số (DTI) của tỉnh Đắk "
     "Nông đạt từ 0,60 - 0,70 điểm.",
     [dict(type="target", unit="Đắk Nông", index="DTI", year=2025, score=0.6, score_unit="điểm", bound=">=")],
     [dict(score=0.7)]),
    ("a part named as what the index is worked out from is not what the values after it are of",
     "Chỉ số cải cách hành chính năm 2021 của các sở, ngành tỉnh Lào Cai được tính dựa trên điểm thẩm định tài "
     "liệu kiểm chứng và điểm điều tra xã hội học; kết quả khối sở, ngành thì Sở Nội vụ đạt 91,20% xếp thứ nhất, "
     "Sở Tư pháp đạt 90,05% xếp thứ hai.",
     [dict(unit="Sở Nội vụ", index="PAR_INDEX", component=None, year=2021, score=91.2, rank=1),
      dict(unit="Sở Tư pháp", index="PAR_INDEX", component=None, year=2021, score=90.05, rank=2)],
     [dict(component="survey"), dict(component="self_assessment")]),
    ("the largest rise in brackets after its unit, a count of units that rose, a fall of no unit named",
     "Năm 2023, 48 địa phương có Chỉ số SIPAS tăng so với năm 2022, tăng cao nhất là Hà Giang (5,12%), tăng thấp "
     "nhất là Tây Ninh (0,08%). Có 15 địa phương giảm, tỉnh giảm nhiều nhất là 3,40% và giảm ít nhất là 0,11%.",
     [dict(unit="Hà Giang", index="SIPAS", year=2023, score_change=5.12, change_since=2022, score=None),
      dict(unit="Tây Ninh", index="SIPAS", year=2023, score_change=0.08, change_since=2022, score=None)],
     [dict(rank=48), dict(score_change=-3.4), dict(score=5.12), dict(score_change=-0.11)]),
    ("each part's weight in brackets after its name is no value",
     "Theo Quyết định, các tiêu chí và trọng số của từng chỉ số thành phần DDCI tỉnh Bình Định gồm: Tính minh bạch "
     "(20%); Chi phí thời gian (15%); Hỗ trợ doanh nghiệp (10%); Thiết chế pháp lý (10%).",
     [],
     [dict(score=20.0), dict(score=15.0), dict(score=10.0)]),
    ("'N địa phương lần lượt đứng đầu bảng là' gives the places in turn",
     "Ở bảng xếp hạng PCI năm 2022, 4 địa phương lần lượt đứng đầu bảng là: Quảng Ninh, Hải Phòng, Long An và "
     "Bình Dương.",
     [dict(unit="Quảng Ninh", index="PCI", year=2022, rank=1), dict(unit="Hải Phòng", index="PCI", year=2022, rank=2),
      dict(unit="Long An", index="PCI", year=2022, rank=3), dict(unit="Bình Dương", index="PCI", year=2022, rank=4)],
     [dict(bound="<=")]),
    ("a ministry ranks its own departments in blocks, each with its maximum",
     "Năm 2019, Bộ Công Thương công bố Chỉ số CCHC của các đơn vị thuộc Bộ: Cục Xuất nhập khẩu đứng đầu khối các "
     "cục với 79/80 điểm; Vụ Thị trường trong nước đứng đầu khối các vụ với 68,5/70 điểm.",
     [dict(unit="Cục Xuất nhập khẩu", index="PAR_INDEX", year=2019, score=79.0, max_score=80.0, rank=1, province=None),
      dict(unit="Vụ Thị trường trong nước", index="PAR_INDEX", year=2019, score=68.5, max_score=70.0, rank=1)],
     [dict(unit="Bộ Công Thương")]),
    ("the units counted before the ranks give their total; the social insurance and a zone without their heads",
     "Kết quả Chỉ số CCHC năm 2023 của tỉnh Hà Tĩnh: với 6 đơn vị ngành dọc trên địa bàn, đứng đầu là Công an "
     "tỉnh, tiếp theo là Bảo hiểm xã hội, Kho bạc Nhà nước. Với 20 cơ quan chuyên môn thuộc UBND tỉnh, 3 vị trí "
     "đứng đầu lần lượt là: Sở Nội vụ, Văn phòng UBND tỉnh, Khu kinh tế Vũng Áng.",
     [dict(unit="Công an tỉnh", rank=1, rank_total=6), dict(unit="Bảo hiểm xã hội", rank=2, rank_total=6),
      dict(unit="Kho bạc Nhà nước", rank=3, rank_total=6), dict(unit="Sở Nội vụ", rank=1, rank_total=20),
      dict(unit="Văn phòng Ủy ban nhân dân tỉnh", rank=2, rank_total=20), dict(unit="Khu kinh tế Vũng Áng", rank=3, rank_total=20)],
     []),
    ("the last place then its number, and a town that moved up this year from a place of a year written",
     "Năm 2023, Chỉ số CCHC các sở của tỉnh Thanh Hóa: Sở Y tế xếp vị trí cuối cùng - thứ 19. Thị xã Nghi Sơn từ "
     "vị trí thứ 15 năm 2022 năm nay vượt lên đứng thứ 4.",
     [dict(unit="Sở Y tế", year=2023, rank=19), dict(unit="Nghi Sơn", year=2022, rank=15),
      dict(unit="Nghi Sơn", year=2023, rank=4)],
     [dict(rank=15, year=2023)]),
    ("an ordered list whose units share the class said after them, and goes on over the next clause",
     "Về DDCI năm 2021 khối sở, ngành, Sở Tư pháp đứng đầu, thuộc nhóm “rất tốt”, kế đến lần lượt là: Sở Nội vụ, "
     "Sở Tài chính thuộc nhóm “tốt”; Sở Y tế, Sở Xây dựng thuộc nhóm “khá”.",
     [dict(unit="Sở Tư pháp", index="DDCI", year=2021, rank=1, rating="Rất tốt"),
      dict(unit="Sở Nội vụ", rank=2, rating="Tốt"), dict(unit="Sở Tài chính", rank=3, rating="Tốt"),
      dict(unit="Sở Y tế", rank=4, rating="Khá"), dict(unit="Sở Xây dựng", rank=5, rating="Khá")],
     []),
    ("the country's average in brackets is an aside: the rank and the changes after it are the province's",
     "Năm 2023, Chỉ số PAR INDEX của tỉnh Phú Yên đạt 84,12/100 điểm (cao hơn trung bình cả nước 0,5 điểm), xếp "
     "hạng 35/63 - tăng 1,2 điểm (điểm trung bình cả nước tăng 0,8 điểm) và tăng 4 bậc so với năm 2022.",
     [dict(unit="Phú Yên", index="PAR_INDEX", year=2023, score=84.12, max_score=100.0, rank=35, rank_total=63,
           score_change=1.2, rank_change=4, change_since=2022)],
     [dict(score=0.5), dict(score_change=0.8)]),
    ("a part we do not know, listed among parts, is not the index",
     "Chỉ số PAR INDEX năm 2023 của tỉnh Bình Phước đạt 86,01 điểm, cụ thể:\n"
     "+ Chỉ số SIPAS: 8,1/10 điểm tối đa.\n+ Tác động đến thu hút đầu tư: 4,9/6,5 điểm tối đa.",
     [dict(unit="Bình Phước", index="PAR_INDEX", component=None, year=2023, score=86.01),
      dict(unit="Bình Phước", index="SIPAS", year=2023, score=8.1)],
     [dict(score=4.9)]),
    ("a place among the region's provinces is not the national place; a move from a place in a ranking of a year",
     "Năm 2022, Phú Yên đạt 65,1 điểm, xếp thứ 30/63. So với các tỉnh thuộc khu vực Nam Trung bộ, Phú Yên xếp "
     "thứ 3 sau Đà Nẵng và Khánh Hòa. Bình Định từ vị trí thứ 22 trong bảng xếp hạng PCI năm 2021 đã vươn lên "
     "vị trí thứ 9 trên bảng xếp hạng PCI năm 2022.",
     [dict(unit="Phú Yên", year=2022, rank=30, rank_total=63), dict(unit="Bình Định", index="PCI", year=2022, rank=9),
      dict(unit="Bình Định", index="PCI", year=2021, rank=22)],
     [dict(unit="Phú Yên", rank=3)]),
    ("a part's place out of the total alone in brackets after its quoted name, and a score out of a scale",
     "Năm 2023, PCI của Long An đạt 70,9 điểm trên thang 100 điểm; doanh nghiệp đánh giá cao tỉnh ở các chỉ số thành "
     "phần như “Tính minh bạch” (thứ 2/63) và “Chi phí không chính thức” (4/63).",
     [dict(unit="Long An", index="PCI", component=None, year=2023, score=70.9, max_score=100.0),
      dict(unit="Long An", index="PCI", component="transparency", year=2023, rank=2, rank_total=63),
      dict(unit="Long An", index="PCI", component="informal_charges", year=2023, rank=4, rank_total=63)],
     []),
    ("levels of e-government in Roman numerals, one unit's and a counted list's; an online service's level is none",
     "UBND tỉnh Phú Yên công bố kết quả đánh giá mức độ chính quyền điện tử cấp huyện năm 2021. Về mức độ đạt "
     "được, UBND huyện Sơn Hòa đạt mức I; 2 UBND đạt mức III gồm: Tuy An, Đồng Xuân. Tỉnh có 300 dịch vụ công "
     "trực tuyến đạt mức độ IV.",
     [dict(unit="Sơn Hòa", index="OTHER", year=2021, rating="Mức I"),
      dict(unit="Tuy An", index="OTHER", year=2021, rating="Mức III"),
      dict(unit="Đồng Xuân", index="OTHER", year=2021, rating="Mức III")],
     [dict(rating="Mức IV")]),
    ("from a place last year up to the first place in a word; a streak kept is no plan",
     "Cần Thơ, từ vị trí thứ 5 năm ngoái, đã vươn lên xếp hạng nhất trong bảng xếp hạng PCI 2023 với 70,2 điểm. "
     "Thành phố cũng duy trì chuỗi 6 năm trong top 10 địa phương dẫn đầu.",
     [dict(unit="Cần Thơ", index="PCI", year=2023, score=70.2, rank=1),
      dict(unit="Cần Thơ", index="PCI", year=2022, rank=5)],
     [dict(type="target"), dict(year=2023, rank=5)]),
    ("'năm nay' after a ranking is no fifth place; a regional place, then the national one after 'và'",
     "Về PCI 2022, riêng với Bình Định, trong bảng xếp hạng năm nay tăng 4 bậc so với năm 2021, đứng ở vị trí 16. Về chỉ số "
     "CCHC năm 2022, lĩnh vực Cải cách tổ chức bộ máy đạt 9,1/10 điểm, xếp 2/5 tỉnh Nam Trung Bộ và thứ 11/63 "
     "tỉnh, thành phố.",
     [dict(unit="Bình Định", index="PCI", year=2022, rank=16, rank_change=4, change_since=2021),
      dict(unit="Bình Định", index="PAR_INDEX", component="organization", year=2022, score=9.1, max_score=10,
           rank=11, rank_total=63)],
     [dict(rank=5), dict(rank=2)]),
    ("the rest bounded together, and the class of the group of provinces a place puts it in",
     "Trong PCI 2021, với vị trí thứ 9/63, Lào Cai nằm trong nhóm các tỉnh có chất lượng điều hành tốt. Chỉ số gia "
     "nhập thị trường đạt 8,1 điểm. Các chỉ số còn lại đều đạt trên 6 điểm.",
     [dict(unit="Lào Cai", index="PCI", year=2021, rank=9, rank_total=63, rating="Tốt"),
      dict(unit="Lào Cai", index="PCI", component="entry_costs", year=2021, score=8.1)],
     [dict(component=None, score=6)]),
    ("the share of those asked who say something is no index value",
     "Năm 2022, chỉ số SIPAS của tỉnh Quảng Bình tăng 3 bậc so với năm 2021. Theo khảo sát, 91% cho rằng công "
     "chức không gây phiền hà, 64% doanh nghiệp được hỏi cho biết thủ tục đã đơn giản hơn.",
     [dict(unit="Quảng Bình", index="SIPAS", year=2022, rank_change=3, change_since=2021)],
     [dict(score=91), dict(score=64)]),
    ("the two largest falls, handed out in turn; the later year compared, with words between",
     "So sánh kết quả Chỉ số CCHC năm 2019 với năm 2018, Bộ Xây dựng có điểm số tăng nhiều nhất là 6,2% (từ "
     "74,1% năm 2018 lên 80,3% năm 2019). Bộ Công Thương và Bộ Tài chính giảm mạnh nhất, lần lượt là 3,4% và "
     "2,9%.",
     [dict(unit="Bộ Xây dựng", index="PAR_INDEX", year=2019, score=80.3, score_change=6.2, change_since=2018),
      dict(unit="Bộ Xây dựng", index="PAR_INDEX", year=2018, score=74.1),
      dict(unit="Bộ Công Thương", index="PAR_INDEX", year=2019, score_change=-3.4),
      dict(unit="Bộ Tài chính", index="PAR_INDEX", year=2019, score_change=-2.9)],
     [dict(score=3.4), dict(score=2.9)]),
    ("changes a group of provinces made, bounded in percentage points, are no unit's",
     "Trong chỉ số PAPI năm 2021, Sơn La, Lai Châu và Yên Bái tăng ít nhất 8% điểm so với năm 2020; ngược lại, "
     "Kon Tum và Gia Lai giảm đến 6% điểm.",
     [],
     [dict(score_change=8), dict(score_change=-6), dict(score=6)]),
    ("a target from a later year on, after the first year's",
     "Mục tiêu của tỉnh Nam Định năm 2025 nằm trong top 25 tỉnh, thành phố về chỉ số PCI và từ năm 2026 nằm "
     "trong top 20.",
     [dict(type="target", unit="Nam Định", index="PCI", year=2025, rank=25, bound="<="),
      dict(type="target", unit="Nam Định", index="PCI", year=2026, rank=20, bound="<=")],
     [dict(type="target", year=2025, rank=20)]),
    ("a part's weight in the total, and a numbered field's points in a guide, are no scores",
     "Năm 2023, Sở Nội vụ tỉnh Hà Nam hướng dẫn chấm điểm Chỉ số CCHC; chỉ số SIPAS chiếm tỷ lệ 10% tổng số "
     "điểm. Các đơn vị không có thủ tục hành chính không đánh giá các lĩnh vực sau:\n"
     "+ Lĩnh vực 3. Cải cách thủ tục hành chính (20 điểm);\n",
     [],
     [dict(score=10), dict(score=20)]),
    ("a group counted after an opening clause, its leader said of 'khối này' in the next sentence",
     "Chỉ số CCHC năm 2021 của tỉnh Bình Phước đã được công bố. Theo kết quả công bố, nhóm các sở, ban ngành "
     "gồm 20 cơ quan chuyên môn thuộc UBND tỉnh. Với chỉ số CCHC đạt 88,4%, Sở Tư pháp dẫn đầu khối này.",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", year=2021, score=88.4, rank=1, rank_total=20)],
     []),
    ("'hạng' alone after a pillar, and a place kept, in brackets",
     "Năm 2023, chỉ số DTI của tỉnh Sóc Trăng xếp hạng 44/63. Cụ thể, chính quyền số xếp hạng 30/63 (giữ "
     "nguyên), kinh tế số hạng 21/63 (tăng 2 bậc) so với năm 2022.",
     [dict(unit="Sóc Trăng", index="DTI", component="digital_government", year=2023, rank=30, rank_change=0,
           change_since=2022),
      dict(unit="Sóc Trăng", index="DTI", component="digital_economy", year=2023, rank=21, rank_total=63,
           rank_change=2, change_since=2022)],
     []),
    ("a class said before 'gồm' is the class of the units listed after it",
     "Chỉ số DDCI tỉnh Nghệ An năm 2022 đã được công bố. Khối huyện có 4 đơn vị được xếp ở nhóm khá gồm: Diễn "
     "Châu, Yên Thành, Đô Lương, Quỳnh Lưu.",
     [dict(unit="Diễn Châu", index="DDCI", year=2022, rating="Khá"),
      dict(unit="Quỳnh Lưu", index="DDCI", year=2022, rating="Khá")],
     []),
    ("a comparison said of a count is the one of the changes listed after 'trong đó'",
     "Năm 2022, chỉ số DDCI tỉnh Quảng Trị có 9/21 đơn vị giảm điểm so với năm trước, trong đó giảm nhiều nhất "
     "là huyện Cam Lộ (giảm 7,15 điểm), huyện Đakrông (-5,02 điểm).",
     [dict(unit="Cam Lộ", index="DDCI", year=2022, score_change=-7.15, change_since=2021),
      dict(unit="Đakrông", index="DDCI", year=2022, score_change=-5.02, change_since=2021)],
     []),
    ("a page's furniture before its title; the rank among all with its scope before the verb",
     "Không có tiêu đề\nảnh quảng cáo\nPAPI năm 2021 của tỉnh Lai Châu\n\nĐiểm PAPI năm 2021 của tỉnh tăng "
     "nhẹ, từ 39,62 lên 40,05. Thứ hạng trong cả nước thăng 5 bậc (từ vị trí 50 lên 45). Tỉnh Quảng Ninh "
     "đứng đầu với 47,12 điểm. Tổng điểm tối đa là 80 điểm (mỗi chỉ số 10 điểm).",
     [dict(unit="Lai Châu", index="PAPI", year=2021, score=40.05, rank=45, rank_change=5),
      dict(unit="Quảng Ninh", index="PAPI", year=2021, score=47.12, rank=1)],
     [dict(unit="Quảng Ninh", score=40.05), dict(score=10)]),
    ("a history of places in brackets after the year's; the classes a bracket lists are no unit's",
     "Chỉ số PAPI chia các tỉnh theo 4 nhóm (nhóm cao nhất; nhóm trung bình cao; nhóm trung bình thấp; nhóm "
     "thấp nhất), tỉnh Ninh Bình thuộc nhóm trung bình cao. Năm 2022, tỉnh Ninh Bình xếp thứ 21/61. (Năm 2019: "
     "Xếp thứ 30/63, năm 2020: Xếp thứ 25/63). Tỉnh có 2/8 chỉ số trong nhóm các tỉnh đạt điểm cao nhất "
     "(Công khai, minh bạch: 5,61 điểm, xếp hạng 9/61).",
     [dict(unit="Ninh Bình", index="PAPI", year=2022, rank=21, rank_total=61),
      dict(unit="Ninh Bình", index="PAPI", year=2019, rank=30, rank_total=63),
      dict(unit="Ninh Bình", index="PAPI", year=2020, rank=25, rank_total=63),
      dict(unit="Ninh Bình", index="PAPI", component="transparency", score=5.61, rank=9)],
     [dict(rating="Cao nhất"), dict(year=2022, rank=30)]),
    ("a leap from an earlier year's place; a former runner-up; out of a top now",
     "PCI 2021: bảng xếp hạng có tân quán quân\n\nTân quán quân PCI 2021\n\nQuán quân PCI năm nay thuộc về "
     "Bình Dương, với cú bứt phá từ vị trí thứ 6 trong bảng xếp hạng PCI năm 2020. Đồng Tháp thành cựu á quân, "
     "lùi về vị trí thứ năm với 70,10 điểm. Long An không còn trong Top 5. Quảng Ninh xếp thứ 2 với 71,90 "
     "điểm. Bình Dương vượt Quảng Ninh, Đà Nẵng và Bắc Ninh. Bình Dương có 72,60 điểm.",
     [dict(unit="Bình Dương", index="PCI", year=2021, rank=1),
      dict(unit="Bình Dương", index="PCI", year=2020, rank=6),
      dict(unit="Đồng Tháp", index="PCI", year=2021, rank=5, score=70.1),
      dict(unit="Long An", index="PCI", year=2021, rank=5, bound=">"),
      dict(unit="Quảng Ninh", index="PCI", year=2021, rank=2, score=71.9)],
     [dict(year=2020, rank=2), dict(unit="Đồng Tháp", rank=2), dict(unit="Long An", bound="<=")]),
    ("an agency's initials between its name and its province; the places after the leader named",
     "Ngày 12/2/2022, UBND tỉnh Quảng Bình công bố chỉ số DDCI năm 2021. Sở Tài nguyên và Môi trường (TN&MT) "
     "tỉnh Quảng Bình là đơn vị dẫn đầu nhóm các sở, ngành với 70,12 điểm. Trong Top 5 các đơn vị dẫn đầu nhóm "
     "các sở, ngành, xếp sau Sở TN&MT lần lượt là Sở Tư pháp, Sở Y tế, Sở Công Thương và Sở Nội vụ.",
     [dict(unit="Sở Tài nguyên và Môi trường", province_code="44", index="DDCI", year=2021, score=70.12, rank=1),
      dict(unit="Sở Tư pháp", index="DDCI", year=2021, rank=2),
      dict(unit="Sở Nội vụ", index="DDCI", year=2021, rank=5)],
     [dict(unit="Quảng Bình", rank=1), dict(unit="Sở Tư pháp", rank=1)]),

    ("a lower group's list from the top goes on from the places the group above took",
     "Về Chỉ số CCHC năm 2015 của các bộ, kết quả chia hai nhóm: (i) Nhóm có chỉ số trên 80% xếp từ cao xuống thấp "
     "bao gồm Bộ Tư pháp, Bộ Tài chính, Bộ Xây dựng; (ii) Nhóm có chỉ số từ 70% đến dưới 80% xếp từ cao xuống thấp "
     "bao gồm Bộ Y tế, Ủy Ban dân tộc, Bộ Công Thương.",
     [dict(unit="Bộ Tư pháp", index="PAR_INDEX", year=2015, rank=1),
      dict(unit="Bộ Xây dựng", index="PAR_INDEX", year=2015, rank=3),
      dict(unit="Bộ Y tế", index="PAR_INDEX", year=2015, rank=4),
      dict(unit="Ủy ban Dân tộc", index="PAR_INDEX", year=2015, rank=5),
      dict(unit="Bộ Công Thương", index="PAR_INDEX", year=2015, rank=6)],
     [dict(unit="Bộ Y tế", rank=1), dict(score=80), dict(score=70)]),
    ("a group that leads, then its members; the group at the bottom with its kind of unit",
     "Về chỉ số SIPAS năm 2021, nhóm tỉnh dẫn đầu là Hà Giang, Ninh Bình, Bắc Ninh. Nhóm tỉnh xếp cuối là Sóc Trăng, "
     "Bạc Liêu.",
     [dict(unit="Hà Giang", index="SIPAS", year=2021, rank=3, bound="<="),
      dict(unit="Bắc Ninh", index="SIPAS", year=2021, rank=3, bound="<=")],
     [dict(unit="Hà Giang", rank=1), dict(unit="Sóc Trăng")]),
    ("places kept, said once for the units named next; a place unchanged in brackets",
     "Ngày 20/1/2025, Bộ KH&CN công bố Chỉ số PII năm 2024. Hai địa phương không thay đổi vị trí dẫn đầu là Hà Nội "
     "xếp hạng 1 và Hải Phòng xếp hạng 2. Tiếp theo, Đồng Nai xếp hạng 7 (không thay đổi so với PII 2023).",
     [dict(unit="Hà Nội", index="OTHER", year=2024, rank=1, rank_change=0),
      dict(unit="Hải Phòng", index="OTHER", year=2024, rank=2, rank_change=0),
      dict(unit="Đồng Nai", index="OTHER", year=2024, rank=7, rank_change=0, change_since=2023),
      dict(unit="Đồng Nai", index="OTHER", year=2023, rank=7)],
     [dict(unit="Hà Nội", rank_change=None)]),
    ("how many units a ranking is of, said before the ranks; a district raised to a town since",
     "Ở khối địa phương, bảng xếp hạng DDCI tỉnh Bắc Giang năm 2021 được thực hiện với 10 huyện, thành phố. Đứng đầu "
     "là huyện Việt Yên với 74,10 điểm, đứng thứ hai là huyện Lạng Giang với 72,55 điểm.",
     [dict(unit="Việt Yên", unit_code="222", index="DDCI", year=2021, rank=1, rank_total=10, score=74.1),
      dict(unit="Lạng Giang", index="DDCI", year=2021, rank=2, rank_total=10, score=72.55)],
     []),
    ("units listed in turn before their points, the points after them",
     "Về DDCI năm 2021 của tỉnh Bắc Giang, các đơn vị có kết quả thấp nhất lần lượt là Sở Y tế, Sở Tài chính, Sở "
     "Xây dựng với điểm số là 51,20; 49,75; 47,10.",
     [dict(unit="Sở Y tế", index="DDCI", year=2021, score=51.2, score_unit="điểm"),
      dict(unit="Sở Tài chính", index="DDCI", year=2021, score=49.75, score_unit="điểm"),
      dict(unit="Sở Xây dựng", index="DDCI", year=2021, score=47.1, score_unit="điểm")],
     [dict(unit="Sở Xây dựng", score=51.2)]),
    ("a province's departments listed without 'Sở' after what their group is",
     "Kết quả Chỉ số CCHC năm 2022 của tỉnh Quảng Nam: Nhóm các sở xếp loại tốt gồm: Tư pháp, Nội vụ, Y tế.",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", year=2022, rating="Tốt"),
      dict(unit="Sở Y tế", index="PAR_INDEX", year=2022, rating="Tốt")],
     []),
    ("changes said in turn after two indices' values, each of its own index",
     "Năm 2021, Chỉ số SIPAS của tỉnh Nghệ An đạt 84,6%, Chỉ số PAR INDEX đạt 86,2%, lần lượt tăng 0,9% và 2,1% so "
     "với năm 2020; PAPI xếp thứ 18/63, PCI xếp thứ 28/63, lần lượt giảm 2 bậc và 4 bậc.",
     [dict(unit="Nghệ An", index="SIPAS", year=2021, score=84.6, score_change=0.9),
      dict(unit="Nghệ An", index="PAR_INDEX", year=2021, score=86.2, score_change=2.1),
      dict(unit="Nghệ An", index="PAPI", year=2021, rank=18, rank_change=-2),
      dict(unit="Nghệ An", index="PCI", year=2021, rank=28, rank_change=-4)],
     [dict(score=2.1)]),
    ("a ministry's own units: a value put before two that lead together; places after a shared first not said",
     "Bộ Tài chính công bố Chỉ số theo dõi, đánh giá kết quả cải cách hành chính năm 2022 của các đơn vị thuộc Bộ. "
     "Trong khối Cục, với 78/80 điểm, Cục Quản lý, giám sát bảo hiểm và Cục Tin học và thống kê tài chính dẫn đầu. "
     "Tiếp đến là Cục Quản lý giá và Cục Tài chính doanh nghiệp đều đạt 76 điểm; Thanh tra Bộ 70,5 điểm.",
     [dict(unit="Cục Quản lý, giám sát bảo hiểm", index="PAR_INDEX", year=2022, score=78.0, max_score=80.0, rank=1),
      dict(unit="Cục Tin học và thống kê tài chính", index="PAR_INDEX", year=2022, score=78.0, rank=1),
      dict(unit="Cục Quản lý giá", index="PAR_INDEX", year=2022, score=76.0, rank=None),
      dict(unit="Cục Tài chính doanh nghiệp", index="PAR_INDEX", year=2022, score=76.0, rank=None),
      dict(unit="Thanh tra Bộ", index="PAR_INDEX", year=2022, score=70.5, rank=None)],
     [dict(rank=2), dict(rank=3), dict(unit="Cục Quản lý")]),

    ("the provinces after the first three, 'đứng trong nhóm 10' of the same ranking, in order; a mark passed",
     "Chỉ số PCI năm 2019: Quảng Ninh đứng đầu với 73,4 điểm và là tỉnh duy nhất vượt qua mốc 73 điểm; Long An "
     "đứng thứ ba. Những tỉnh tiếp theo đứng trong nhóm 10 tỉnh, thành phố đứng đầu PCI 2019 là Bình Dương "
     "(70,16 điểm), Đà Nẵng (70,12 điểm).",
     [dict(unit="Quảng Ninh", index="PCI", year=2019, score=73.4, rank=1),
      dict(unit="Bình Dương", index="PCI", year=2019, score=70.16, rank=4, bound=None),
      dict(unit="Đà Nẵng", index="PCI", year=2019, score=70.12, rank=5, bound=None)],
     [dict(score=73.0), dict(rank=10)]),
    ("'thăng hạng' and 'tụt hạng' with the places moved",
     "Năm 2020, Bắc Giang thăng hạng 5 bậc, trở thành tỉnh dẫn đầu bảng xếp hạng PAPI với tổng điểm 48,1. "
     "Cùng năm, Lào Cai tụt hạng 3 bậc, xếp thứ 20/63.",
     [dict(unit="Bắc Giang", index="PAPI", year=2020, score=48.1, rank=1, rank_change=5),
      dict(unit="Lào Cai", index="PAPI", year=2020, rank=20, rank_change=-3)],
     []),
    ("the ministry that announced a ranking named after the ranking's long name",
     "Theo công bố xếp hạng Chuyển đổi số năm 2021 của Bộ Thông tin và Truyền thông, Cà Mau được xếp hạng 12/63 "
     "tỉnh thành.",
     [dict(unit="Cà Mau", index="DTI", year=2021, rank=12, rank_total=63)],
     [dict(unit="Bộ Thông tin và Truyền thông")]),
    ("the provincial office of the deputies, council and committee with dashes between",
     "Chỉ số CCHC năm 2021 của các sở, ban, ngành tỉnh Lào Cai: Văn phòng Đoàn ĐBQH - HĐND - UBND tỉnh đạt 93,2%, "
     "xếp thứ nhất.",
     [dict(unit="Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân", province="Lào Cai",
           index="PAR_INDEX", year=2021, score=93.2, rank=1)],
     [dict(unit="Lào Cai")]),
    ("an innovation index's points after 'điểm số PII là' with a dot for the comma",
     "Năm 2024, Đà Nẵng có điểm số PII là 55.12, xếp thứ 6.",
     [dict(unit="Đà Nẵng", index="OTHER", year=2024, score=55.12, score_unit="điểm", rank=6)],
     []),
    ("rises bounded from below for components are a plan's aims",
     "Năm 2024, tỉnh Phú Thọ phấn đấu cải thiện Chỉ số PCI. Trong đó, tập trung nâng thứ bậc các chỉ số thành "
     "phần: Tăng 4 bậc trở lên đối với chỉ số “Chi phí thời gian”; tăng 6 bậc trở lên đối với chỉ số “Tính minh bạch”.",
     [dict(type="target", unit="Phú Thọ", index="PCI", component="time_costs", rank_change=4, bound=">="),
      dict(type="target", unit="Phú Thọ", index="PCI", component="transparency", rank_change=6, bound=">=")],
     [dict(type="result", rank_change=4)]),
    ("an earlier year's result in brackets that close a sentence later; 'vượt N thứ hạng' as places gained",
     "Tỉnh Gia Lai đứng thứ 20 với 43,1 điểm trong PAPI 2022, vượt 30 thứ hạng so với năm 2021. Đây là bước tiến lớn "
     "so với các năm trước (năm 2020, chỉ số PAPI của Gia Lai chỉ đạt 40,5 điểm, đứng thứ 55/63 tỉnh, thành phố. "
     "Tới năm 2021, Gia Lai đạt 39,2 điểm, đứng thứ 50/63).",
     [dict(unit="Gia Lai", index="PAPI", year=2022, score=43.1, rank=20, rank_change=30, change_since=2021),
      dict(unit="Gia Lai", index="PAPI", year=2020, score=40.5, rank=55, rank_total=63),
      dict(unit="Gia Lai", index="PAPI", year=2021, score=39.2, rank=50)],
     [dict(year=2022, score=40.5)]),
    ("second 'sau' the leader with a score; two more 'tiếp theo … lần lượt là'; 'nhóm dẫn đầu ở 2 chỉ số' no place",
     "Bảng xếp hạng PCI năm 2016 ghi nhận Đà Nẵng đứng đầu. Đồng Tháp xếp ở vị trí thứ hai sau Đà Nẵng với 66,1 "
     "điểm. Hai tỉnh tiếp theo nằm trong nhóm có điều hành tốt của PCI 2016 lần lượt là Bình Dương (63,6 điểm) và "
     "Bến Tre (63,1 điểm). Về DTI 2022, tỉnh Bến Tre nằm trong nhóm dẫn đầu ở 2 chỉ số thành phần là thể chế số "
     "và kinh tế số.",
     [dict(unit="Đồng Tháp", index="PCI", year=2016, score=66.1, rank=2),
      dict(unit="Bình Dương", index="PCI", year=2016, score=63.6, rank=3),
      dict(unit="Bến Tre", index="PCI", year=2016, score=63.1, rank=4)],
     [dict(unit="Đà Nẵng", score=66.1), dict(index="DTI", rank=1)]),
    # how well the heads of the departments did their work, rated on the index's results, is no class of
    # the departments' index; a count of another group after the first and last places counts none of them
    ("heads_rated_on_the_index",
     "Kết quả Chỉ số CCHC năm 2023 của tỉnh Bình Định. Người đứng đầu các sở, ngành được xếp loại hoàn thành "
     "xuất sắc nhiệm vụ gồm: Sở Tư pháp, Sở Y tế, Thanh tra tỉnh; còn lại xếp loại hoàn thành tốt nhiệm vụ. "
     "Sở Tư pháp có chỉ số cao nhất (94,20%) và Sở Y tế xếp cuối cùng (80,15%). Đối với 4 cơ quan ngành dọc "
     "đóng trên địa bàn tỉnh, Cục Thuế tỉnh xếp loại tốt.",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", year=2023, score=94.2, rank=1, rank_total=None),
      dict(unit="Sở Y tế", year=2023, score=80.15, rank=None),
      dict(unit="Cục Thuế tỉnh", year=2023, rating="Tốt")],
     [dict(rating="Hoàn thành xuất sắc nhiệm vụ"), dict(rating="Hoàn thành tốt nhiệm vụ"), dict(rank_total=4)]),
    # the units of one class counted are not all those ranked: no total for the places among them
    ("places_within_a_class",
     "Năm 2021, khối sở, ngành của tỉnh Hà Nam có 04/19 cơ quan xếp loại Xuất sắc. Trong nhóm 04 cơ quan xếp loại "
     "Xuất sắc, Sở Tư pháp xếp hạng Nhất về Chỉ số CCHC với 95,10 điểm; Sở Tài chính xếp hạng Nhì (93,40 điểm).",
     [dict(unit="Sở Tư pháp", index="PAR_INDEX", year=2021, score=95.1, rank=1),
      dict(unit="Sở Tài chính", year=2021, score=93.4, rank=2)],
     [dict(rank_total=4)]),
    # a headline's "giữ vững vị trí "á quân"" and "tiếp tục duy trì giữ vững vị trí đứng đầu" report a place kept;
    # "đặt mục tiêu vào Top 10 … dẫn đầu cạnh tranh cấp tỉnh" aims at a PCI place
    ("kept_places_and_a_headline_aim",
     'Chỉ số cải cách hành chính: Đà Nẵng giữ vững vị trí "á quân", Quảng Ninh tiếp tục đứng đầu\n\n'
     "Thách thức tiếp theo là để thành phố Hạ Long tiếp tục duy trì giữ vững vị trí đứng đầu Chỉ số SIPAS năm 2023.\n\n"
     "Nghệ An đặt mục tiêu vào Top 20 địa phương dẫn đầu cạnh tranh cấp tỉnh\n",
     [dict(type="target", unit="Nghệ An", index="PCI", rank=20, bound="<=")],
     [dict(type="target", unit="Đà Nẵng"), dict(type="target", unit="Quảng Ninh"), dict(type="target", unit="Hạ Long")]),
]


@pytest.mark.parametrize("name,text,wanted,unwanted", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family(name, text, wanted, unwanted):
    check_passage(text, wanted, unwanted)


def test_plan_heading_in_capitals_is_a_reference():
    records = extract_text("KẾ HOẠCH 57/KH-UBND ngày 10/3/2024 nâng cao Chỉ số cải cách hành chính tỉnh Hà Tĩnh")
    references = [r for r in records if r.type == "reference"]
    assert [(r.ref_number, r.ref_type, r.ref_date) for r in references] == [("57/KH-UBND", "Kế hoạch", "2024-03-10")]


def test_a_profile_table_of_years():
    """A profile page: the unit named above, one column a year, rows of components, the index and its rank."""
    text = ("PCI của tỉnh\n\nBến Tre\n\nNăm 2023 2022 2021\n"
            "Gia nhập thị trường 7.10 6.95 N/A\n"
            "Chính sách hỗ trợ doanh nghiệp 6.20 5.80 5.10\n"
            "PCI 67.40 66.10 65.00\n"
            "Xếp hạng 9 14 20\n\n"
            "10 Chỉ số thành phần của PCI (1-100) - Bến Tre\nNăm 2022 2023\n"
            "Gia nhập thị trường 71.3 75.2\n\n"
            "So sánh với các tỉnh\nNăm | 2023 | 2022 |\nLong An | 70.1 | 69.0 |\n")
    records = measures(text)
    has(records, unit="Bến Tre", index="PCI", component=None, year=2023, score=67.4, rank=9)
    has(records, unit="Bến Tre", index="PCI", component=None, year=2021, score=65.0, rank=20)
    has(records, unit="Bến Tre", component="entry_costs", year=2022, score=6.95)
    has(records, unit="Bến Tre", component="business_support", year=2021, score=5.1)
    lacks(records, component="entry_costs", year=2021)
    lacks(records, component="entry_costs", score=75.2)
    lacks(records, unit="Long An")


def test_a_profile_table_states_its_range_of_places_above_and_its_scores_are_points():
    """"Xếp hạng trong Chỉ số … (1-63)" above the years: each year's place is out of 63, save the years
    before Hà Tây was merged, when 64 were ranked; the PCI's scores are points, though no cell says so."""
    text = ("PCI của tỉnh\n\nSóc Trăng\n\nXếp hạng trong Chỉ số năng lực cạnh tranh cấp tỉnh (1-63) Sóc Trăng\n\n"
            "Năm 2012 2010 2008\n"
            "Tính minh bạch 5.90 6.05 5.10\n"
            "PCI 58.20 57.40 52.10\n"
            "Xếp hạng 31 27 45\n")
    records = measures(text)
    has(records, unit="Sóc Trăng", component=None, year=2012, score=58.2, score_unit="điểm", rank=31, rank_total=63)
    has(records, unit="Sóc Trăng", component="transparency", year=2010, score=6.05, score_unit="điểm")
    has(records, unit="Sóc Trăng", component=None, year=2008, rank=45, rank_total=None)


def test_a_profile_table_of_an_index_in_no_fixed_unit_gives_none():
    text = ("PGI của tỉnh\nLong An\nNăm | 2022 | 2023 |\nĐiểm số PGI | 15.10 | 22.80 |\nXếp hạng | 40 | 9 |\n")
    has(measures(text), unit="Long An", year=2023, score=22.8, score_unit=None, rank=9, rank_total=None)


def test_a_profile_compares_its_unit_with_the_provinces_of_its_region():
    """Rows named by provinces under a table of years: each province's score of the index."""
    text = ("PGI của tỉnh\nLong An\nNăm | 2022 | 2023 |\nĐiểm số PGI | 15.10 | 22.80 |\nXếp hạng | 40 | 9 |\n"
            "So sánh - Long An với các tỉnh thuộc khu vực Đồng bằng sông Cửu Long\nNăm | 2023 | 2022 |\n"
            "Tiền Giang | 21.05 | 14.20 |\nBến Tre | 23.40 | N/A |\nLong An | 22.80 | 15.10 |\n")
    records = measures(text)
    has(records, unit="Long An", year=2023, score=22.8, rank=9)
    has(records, unit="Tiền Giang", unit_code="82", year=2023, score=21.05)
    has(records, unit="Tiền Giang", year=2022, score=14.2)
    has(records, unit="Bến Tre", year=2023, score=23.4)
    lacks(records, unit="Bến Tre", year=2022)


def test_a_profile_table_without_its_unit_named_above_gives_nothing():
    text = ("Chỉ số Năm 2015 Năm 2016\nGia nhập thị trường 8.2 8.8\nPCI 60.1 61.2\nXếp hạng 30 25\n\n"
            "Địa chỉ: 9 Đào Duy Anh, Hà Nội | Điện thoại: 024 3577 1460")
    assert measures(text) == []


def test_a_table_with_cells_between_spaces_in_an_article():
    """A results table copied from a page with spaces between cells: provinces, no total taken from its rows."""
    text = ("PCI là gì? Chỉ số PCI được công bố từ năm 2005.\n\n"
            "Chỉ số năng lực cạnh tranh cấp tỉnh 2019\n\n"
            "Tỉnh Điểm số PCI Xếp hạng Nhóm xếp hạng\n"
            "Quảng Ninh 73.40 1 Rất tốt\n"
            "Đồng Tháp 72.10 2 Rất tốt\n"
            "Bình Dương 70.20 3 Tốt\n")
    records = measures(text)
    has(records, unit="Bình Dương", unit_code="74", index="PCI", year=2019, score=70.2, rank=3, rating="Tốt")
    has(records, unit="Quảng Ninh", year=2019, rank=1, rating="Rất tốt")
    lacks(records, rank_total=3)
    lacks(records, year=2005)


def test_ranks_written_after_each_name_and_agencies_with_a_capital_level_word():
    text = ("Chỉ số cải cách hành chính năm 2022 của tỉnh Trà Vinh: đứng đầu là Văn phòng UBND Tỉnh, đạt 97,10 "
            "điểm, xếp hạng 1. Các thứ hạng tiếp theo lần lượt là: Sở Nội vụ hạng 2; Sở Tư pháp hạng 3 và "
            "đứng cuối là Thanh tra Tỉnh, đạt 70,5 điểm, hạng 18. Xếp hạng 3 trụ cột DTI của "
            "Trà Vinh lần lượt là: Chính quyền số hạng 20, Kinh tế số hạng 9 và Xã hội số hạng 11.")
    records = measures(text)
    has(records, unit="Văn phòng Ủy ban nhân dân tỉnh", province="Trà Vinh", score=97.1, rank=1)
    has(records, unit="Sở Tư pháp", rank=3)
    has(records, unit="Thanh tra tỉnh", score=70.5, rank=18)
    has(records, unit="Trà Vinh", component="digital_economy", rank=9)
    lacks(records, unit="Trà Vinh", component=None, rank=3)


def test_a_flattened_table_of_ranks_with_their_values_under_a_year():
    """One cell per line; the name's label wraps; "Năm 2018" heads cells that give the rank and, in
    brackets, the value it was ranked by."""
    text = ("Kết quả đánh giá xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2018\n\n"
            "TT\n\nTỉnh, thành phố trực thuộc\nTrung ương\n\nNăm 2018\n\n"
            "1\n\nTP. Cần Thơ\n\n01 (0,702)\n\n2\n\nBình Dương\n\n02 (0,695)\n\n"
            "3\n\nĐồng Tháp\n\n02 (0,695)\n\n4\n\nLong An\n\n04 (0,690)\n")
    records = measures(text)
    has(records, unit="Cần Thơ", unit_code="92", index="OTHER", year=2018, rank=1, score=0.702, score_unit=None)
    has(records, unit="Đồng Tháp", rank=2, score=0.695)
    has(records, unit="Long An", rank=4)
    lacks(records, rank=3)


def test_a_flattened_table_of_ministries_whose_place_column_gives_the_value_in_brackets():
    """"Bộ, cơ quan ngang Bộ" heads the names; "Xếp hạng" heads cells of a place and, in brackets, the value
    it was ranked by; the information ministry's ranking of IT use names no "chỉ số" before it."""
    text = ("Bộ TT&TT công bố kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm 2018.\n\n"
            "1. Xếp hạng tổng thể mức độ ứng dụng công nghệ thông tin của Bộ, cơ quan ngang Bộ năm 2018\n\n"
            "TT\n\nBộ, cơ quan ngang Bộ\n\nXếp hạng\n\n1\n\nBộ Tư pháp\n\n1 (0,8812)\n\n"
            "2\n\nBộ Công Thương\n\n2 (0,8650)\n\n3\n\nBộ Y tế\n\n3 (0,8401)\n")
    records = measures(text)
    has(records, unit="Bộ Tư pháp", unit_level="bộ", index="OTHER", year=2018, rank=1, score=0.8812)
    has(records, unit="Bộ Công Thương", rank=2, score=0.865)
    has(records, unit="Bộ Y tế", rank=3, score=0.8401)


def test_a_flattened_ranking_headed_by_the_index_name_and_its_class():
    """A page's ranking copied one cell a line: "Điểm số PCI" / "PCI", "Xếp hạng PCI" and
    "Nhóm xếp hạng" head the columns; "TP.HCM" is the city."""
    text = ("Bảng xếp hạng PCI năm 2020\n\nĐịa phương\n\nĐiểm số PCI\n\nXếp hạng\n\nNhóm xếp hạng\n\n"
            "Quảng Ninh\n\n75.09\n\n1\n\nRất tốt\n\nTP.HCM\n\n68.30\n\n2\n\nTốt\n\n"
            "Long An\n\n 67.90\n\n3\n\n Tốt\n\n \n\nTop 3 năm 2019\n\nĐịa Phương\n\nPCI\n\nXếp hạng PCI\n\n"
            "Nhóm xếp hạng\n\nĐồng Tháp\n\n72.10\n\n1\n\nRất tốt\n\nBến Tre\n\n69.34\n\n2\n\nTốt\n")
    records = measures(text)
    has(records, unit="Quảng Ninh", unit_code="22", index="PCI", year=2020, score=75.09, rank=1, rating="Rất tốt")
    has(records, unit="Hồ Chí Minh", unit_code="79", year=2020, score=68.3, rank=2, rating="Tốt")
    has(records, unit="Long An", year=2020, rank=3)
    has(records, unit="Đồng Tháp", year=2019, score=72.1, rank=1)
    has(records, unit="Bến Tre", year=2019, rank=2)


def test_a_flattened_table_whose_value_label_wraps_and_whose_place_is_vi_thu():
    """"Điểm" / "đánh giá" is one column's label wrapped in its cell; "Vị thứ" is the place; the
    province's "xếp loại công tác cải cách hành chính" is its PAR assessment."""
    text = ("Công bố kết quả đánh giá, xếp loại công tác cải cách hành chính của các sở, ban, ngành năm 2022\n\n"
            "TT\n\nTên đơn vị\n\nĐiểm\n\nđánh giá\n\nVị thứ\n\nXếp loại\n\n"
            "1\n\nSở Nội vụ\n\n95,210\n\n1\n\nXuất sắc\n\n2\n\nSở Y tế\n\n86,400\n\n2\n\nTốt\n\n"
            "3\n\nThanh tra tỉnh\n\n78,950\n\n3\n\nKhá\n")
    records = measures(text)
    has(records, unit="Sở Nội vụ", index="PAR_INDEX", year=2022, score=95.21, rank=1, rating="Xuất sắc")
    has(records, unit="Sở Y tế", score=86.4, rank=2, rating="Tốt")
    has(records, unit="Thanh tra tỉnh", score=78.95, rank=3, rating="Khá")


def test_a_plan_written_before_the_2025_mergers_aims_with_the_units_of_its_day():
    text = ("Kế hoạch số 12/KH-UBND ngày 10/3/2024 cải thiện PCI năm 2025 tỉnh Bến Tre\n"
            "Phấn đấu điểm số PCI tỉnh Bến Tre năm 2025 đạt từ 70,50 điểm trở lên.\n"
            "Mục tiêu 10 chỉ số thành phần như sau:\n- Chỉ số Gia nhập thị trường đạt từ 7,60 điểm trở lên;\n")
    records = measures(text)
    has(records, type="target", unit="Bến Tre", unit_code="83", year=2025, score=70.5, bound=">=")
    has(records, type="target", unit_code="83", component="entry_costs", year=2025, score=7.6)


def test_a_flattened_table_of_one_units_parts_under_the_unit_named_above_it():
    """"Lĩnh vực CCHC / Thang điểm / Điểm số / Tỷ lệ % / Xếp thứ tự": each row a part of the index of
    the unit the text names just above; the first row, with no number of its own, is the index."""
    text = ("Năm 2021, Bộ Tài chính đạt 88,15 điểm, xếp thứ 4/17 bộ, ngành.\n\n"
            "Kết quả cụ thể các lĩnh vực của Bộ Tài chính như sau:\n\nTT\n\nLĩnh vực CCHC\n\nThang điểm\n\n"
            "Điểm số của Bộ\n\nTỷ lệ %\n\nXếp thứ tự trong 17 Bộ, ngành\n\n"
            "Chỉ số CCHC năm 2021 của Bộ Tài chính\n\n100\n\n88,15\n\n88,15%\n\n04/17\n\n"
            "1\n\nCông tác chỉ đạo, điều hành\n\n9\n\n8,52\n\n94,7%\n\n03/17\n\n"
            "2\n\nCải cách thủ tục hành chính\n\n17\n\n15,60\n\n91,8%\n\n06/17\n\n"
            "3\n\nCải cách tài chính công\n\n12,5\n\n11,02\n\n88,2%\n\n02/17\n")
    records = measures(text)
    has(records, unit="Bộ Tài chính", index="PAR_INDEX", component=None, year=2021, score=88.15, max_score=100.0,
        rank=4, rank_total=17)
    has(records, unit="Bộ Tài chính", component="direction", year=2021, score=8.52, max_score=9.0, rank=3, rank_total=17)
    has(records, unit="Bộ Tài chính", component="procedures", score=15.6, max_score=17.0, rank=6)
    has(records, unit="Bộ Tài chính", component="public_finance", score=11.02, max_score=12.5, rank=2)
    lacks(records, unit="Công tác chỉ đạo, điều hành")


def test_a_table_of_parts_with_no_unit_named_above_it_has_its_unit_null():
    text = ("Kết quả cụ thể các lĩnh vực của Chỉ số CCHC năm 2021 như sau:\n\nTT\n\nLĩnh vực CCHC\n\nThang điểm\n\n"
            "Điểm số\n\n1\n\nCông tác chỉ đạo, điều hành\n\n9\n\n8,52\n\n2\n\nCải cách thủ tục hành chính\n\n17\n\n15,60\n")
    records = measures(text)
    has(records, unit=None, index="PAR_INDEX", component="direction", year=2021, score=8.52, max_score=9.0)
    has(records, unit=None, component="procedures", score=15.6)
    lacks(records, unit="Cải cách thủ tục hành chính")


def test_a_departments_table_with_assessment_survey_and_satisfaction_columns():
    """"Điểm thẩm định" and "Điểm điều tra xã hội học" are parts; "Chỉ số hài lòng (%)" beside the
    reform index's columns is each department's SIPAS; one cell a line or between pipes alike."""
    head = "Kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh Hà Giang\n"
    flat = head + ("STT\nTên cơ quan\nĐiểm thẩm định\nĐiểm điều tra xã hội học\nTổng điểm\nChỉ số hài lòng (%)\n"
                   "1\nSở Tư pháp\n62,15\n26,40\n88,55\n90,12\n2\nSở Nội vụ\n61,02\n25,11\n86,13\n88,40\n")
    piped = head + ("STT | Tên cơ quan | Điểm thẩm định | Điểm điều tra xã hội học | Tổng điểm | Chỉ số hài lòng (%)\n"
                    "1 | Sở Tư pháp | 62,15 | 26,40 | 88,55 | 90,12\n2 | Sở Nội vụ | 61,02 | 25,11 | 86,13 | 88,40\n")
    for text in (flat, piped):
        records = measures(text)
        has(records, unit="Sở Tư pháp", province="Hà Giang", index="PAR_INDEX", component=None, year=2023, score=88.55)
        has(records, unit="Sở Tư pháp", component="self_assessment", score=62.15)
        has(records, unit="Sở Tư pháp", component="survey", score=26.4)
        has(records, unit="Sở Tư pháp", index="SIPAS", component=None, year=2023, score=90.12, score_unit="%")
        has(records, unit="Sở Nội vụ", index="SIPAS", score=88.4)
        lacks(records, index="PAR_INDEX", score=90.12)


def test_a_spaced_table_whose_groups_head_their_own_columns():
    """A report's table copied with cells between spaces: each group's line ("I. Cấp tỉnh", "II. Cấp huyện")
    carries the column labels again; "Chỉ số 1" … are numbered parts, "Tổng điểm" the total, "KQ đánh giá"
    the class; a value that lost its first digit (".34") does not end the table."""
    text = ("BÁO CÁO ĐÁNH GIÁ CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2022\nTỈNH ĐIỆN BIÊN\n"
            "STT Đơn vị Kết quả đánh giá\nChỉ số 1 Chỉ số 2 Chỉ số 3 Tổng điểm\n"
            "I. Cấp tỉnh Chỉ số 1 Chỉ số 2 Chỉ số 3 Tổng điểm KQ đánh giá\n"
            "1 Sở Tư pháp 1.8 2 1.5 5.3 Xuất sắc\n2 Sở Văn hóa Thể thao & DL 2 .34 1 3.34 Tốt\n"
            "3 Sở Tài chính 1.5 1.5 1 4 Tốt\n"
            "II. Cấp huyện Chỉ số 1 Chỉ số 2 Chỉ số 3 Tổng điểm KQ đánh giá\n"
            "1 Huyện Mường Nhé 1.5 2 1 4.5 Tốt\n2 Huyện Tủa Chùa 1 1.5 1 3.5 Khá\n")
    records = measures(text)
    has(records, unit="Sở Tư pháp", province="Điện Biên", index="OTHER", year=2022, score=5.3, rating="Xuất sắc")
    has(records, unit="Sở Văn hóa, Thể thao và Du lịch", score=3.34, rating="Tốt")
    has(records, unit="Sở Tài chính", score=4.0)
    has(records, unit="Mường Nhé", unit_code="096", score=4.5, rating="Tốt")
    has(records, unit="Tủa Chùa", score=3.5, rating="Khá")
    lacks(records, score=1.8)


def test_a_flattened_table_cut_short_inside_its_second_row():
    """An excerpt that ends inside a table's row: the row's cells so far are read."""
    text = ("Top 10 bảng xếp hạng PCI năm 2012\n\nTên tỉnh\n\nPCI\n\nXếp hạng\n\nNhóm xếp hạng\n\n"
            "Đồng Tháp\n\n63.79\n\n1\n\nRất tốt\n\nKiên Giang\n\n62.58")
    records = measures(text)
    has(records, unit="Đồng Tháp", index="PCI", year=2012, score=63.79, rank=1, rating="Rất tốt")
    has(records, unit="Kiên Giang", year=2012, score=62.58, rank=None)


def test_a_flattened_table_whose_label_spans_the_fields_under_it():
    """Two header rows flattened: "Điểm các lĩnh vực" over three fields, then "(1)" … "(7)" numbering
    the columns; the rows, numbered 1, 2, 3, fix the width the labels are fitted to."""
    text = ("Bảng 1. Chỉ số CCHC năm 2023 khối sở, ban, ngành tỉnh Hà Giang\n\n"
            "STT\n\nTên cơ quan, đơn vị\n\nĐiểm các lĩnh vực\n\nTổng điểm\n\nXếp hạng\n\n"
            "Cải cách thể chế\n\nCải cách thủ tục hành chính\n\nCải cách tài chính công\n\n"
            "(1)\n\n(2)\n\n(3)\n\n(4)\n\n(5)\n\n(6)\n\n(7)\n\n"
            "1\n\nSở Tư pháp\n\n8,75\n\n11,50\n\n6,20\n\n89,46\n\n1\n\n"
            "2\n\nSở Nội vụ\n\n8,10\n\n11,25\n\n6,05\n\n87,12\n\n2\n\n"
            "3\n\nSở Y tế\n\n7,95\n\n10,80\n\n5,90\n\n84,33\n\n3\n")
    records = measures(text)
    has(records, unit="Sở Tư pháp", province="Hà Giang", index="PAR_INDEX", component=None, year=2023,
        score=89.46, rank=1)
    has(records, unit="Sở Nội vụ", component="procedures", score=11.25)
    has(records, unit="Sở Y tế", component="public_finance", score=5.9)
    lacks(records, unit="Sở Y tế", component=None, score=5.9)


def test_a_flattened_table_of_two_indices_each_over_its_score_and_place():
    """"Chỉ số CCHC" over "Điểm" and "Xếp hạng", "Chỉ số SIPAS" over "Tỷ lệ (%)" and "Xếp hạng": each
    place is of the index above it."""
    text = ("Kết quả Chỉ số CCHC và Chỉ số SIPAS năm 2022 của các huyện, thành phố tỉnh Điện Biên\n\n"
            "TT\n\nĐơn vị\n\nChỉ số CCHC\n\nChỉ số SIPAS\n\nĐiểm\n\nXếp hạng\n\nTỷ lệ (%)\n\nXếp hạng\n\n"
            "1\n\nHuyện Mường Chà\n\n86,41\n\n2\n\n84,20\n\n3\n\n"
            "2\n\nHuyện Tủa Chùa\n\n88,02\n\n1\n\n86,75\n\n1\n\n"
            "3\n\nThành phố Điện Biên Phủ\n\n85,90\n\n3\n\n85,10\n\n2\n")
    records = measures(text)
    has(records, unit_code="097", index="PAR_INDEX", year=2022, score=86.41, rank=2)
    has(records, unit_code="097", index="SIPAS", year=2022, score=84.2, score_unit="%", rank=3)
    has(records, unit_code="094", index="SIPAS", rank=2)
    lacks(records, unit_code="097", index="PAR_INDEX", rank=3)


def test_a_flattened_table_whose_labels_wrap_with_their_maxima():
    """Labels wrapped over lines ("HUYỆN, THỊ XÃ," / "THÀNH PHỐ", "Điểm" / "thẩm định" / "(65)"); the
    bracketed number is the column's maximum; of two total columns the one named as the index gives
    its value; a town since made a city keeps its code."""
    text = ("Kết quả Chỉ số CCHC năm 2019 của các huyện, thị xã, thành phố tỉnh Bình Dương\n\n"
            "STT\n\nHUYỆN, THỊ XÃ,\n\nTHÀNH PHỐ\n\nĐiểm\n\nthẩm định\n(65)\n\nĐiểm ĐTXHH\n(35)\n\n"
            "Tổng điểm\n\n(100)\n\nChỉ số CCHC 2019\n\n"
            "1\n\nThị xã Thuận An\n\n52,10\n\n31,40\n\n83,50\n\n83,50%\n\n"
            "2\n\nHuyện Dầu Tiếng\n\n49,00\n\n30,25\n\n79,25\n\n79,25%\n")
    records = measures(text)
    has(records, unit_code="725", index="PAR_INDEX", component=None, year=2019, score=83.5, score_unit="%")
    has(records, unit_code="725", component="self_assessment", score=52.1, max_score=65)
    has(records, unit_code="720", component="survey", score=30.25, max_score=35)


def test_labels_that_fit_the_columns_two_ways_make_no_table():
    """Three labels over two value columns, nothing telling which label spans: no record guessed."""
    text = ("Kết quả Chỉ số CCHC năm 2021 các sở\n\nSTT\n\nĐơn vị\n\nKết quả\n\nNăm 2021\n\nNăm 2020\n\n"
            "1\n\nSở Tài chính\n\n88,10\n\n2\n\nSở Xây dựng\n\n85,20\n")
    assert not [r for r in measures(text) if r.get("unit") == "Sở Tài chính"]


def test_classes_counted_then_listed_after_a_colon():
    """"có N ngành xếp loại X: A, B; M ngành xếp loại Y: C": each list takes its class; a list of
    departments names some without "Sở"; "01 ngành trung bình:" says the class with no verb; a unit
    given its own class after the list keeps it."""
    text = ("Công bố Chỉ số CCHC năm 2021 của tỉnh Bạc Liêu.\n\n"
            "Theo đó, trong 20 ngành tỉnh có 6 ngành xếp loại tốt (xếp theo thứ tự điểm từ cao đến thấp) gồm: "
            "Văn phòng UBND tỉnh; các Sở: Tư pháp, Nội vụ, Tài chính và Sở Y tế, Thanh tra tỉnh; "
            "05 ngành xếp loại khá: Giao thông vận tải, Sở Xây dựng, Lao động-Thương binh và Xã hội; "
            "01 ngành trung bình: Kho bạc tỉnh.\n\n"
            "Đối với cấp huyện, có 03 đơn vị xếp loại tốt: huyện Hồng Dân, Phước Long và thị xã Giá Rai; "
            "huyện Đông Hải được xếp loại khá.")
    records = measures(text)
    has(records, unit="Văn phòng Ủy ban nhân dân tỉnh", province="Bạc Liêu", year=2021, rank=1, rank_total=20,
        rating="Tốt")
    has(records, unit="Sở Tư pháp", rank=2, rank_total=20, rating="Tốt")
    has(records, unit="Sở Tài chính", rank=4, rating="Tốt")
    has(records, unit="Thanh tra tỉnh", rank=6, rating="Tốt")
    has(records, unit="Sở Giao thông vận tải", rating="Khá", rank=None)
    has(records, unit="Sở Lao động - Thương binh và Xã hội", rating="Khá")
    has(records, unit="Kho bạc Nhà nước tỉnh", rating="Trung bình")
    has(records, unit_code="957", rating="Tốt")   # Hồng Dân
    has(records, unit_code="959", rating="Tốt")   # Giá Rai
    has(records, unit_code="960", rating="Khá")   # Đông Hải
    lacks(records, unit_code="960", rating="Tốt")


def test_places_then_points_handed_out_in_the_same_order():
    """"A, B lần lượt xếp thứ 2, 3 với 91,53 và 90,92 điểm": places and points each in order; the
    group's number from "bảng xếp hạng … của 20 sở, ban, ngành"; the lowest index is the last place."""
    text = ("Theo bảng xếp hạng chỉ số cải cách hành chính năm 2022 của 19 sở, ban, ngành, Sở Nội vụ dẫn đầu "
            "với 94,10 điểm. Sở Tư pháp, Sở Xây dựng lần lượt xếp thứ 2, 3 với 92,05 và 90,70 điểm. "
            "Sở Ngoại vụ có chỉ số cải cách hành chính thấp nhất với 73,15 điểm.")
    records = measures(text)
    has(records, unit="Sở Nội vụ", year=2022, score=94.1, rank=1, rank_total=19)
    has(records, unit="Sở Tư pháp", score=92.05, rank=2, rank_total=19)
    has(records, unit="Sở Xây dựng", score=90.7, rank=3, rank_total=19)
    has(records, unit="Sở Ngoại vụ", score=73.15, rank=19, rank_total=19)
    lacks(records, unit="Sở Xây dựng", score=92.05)


def test_a_change_then_the_years_own_score_after_dat():
    """"tăng 0,81 điểm so với năm 2019 đạt 77,93 điểm": "đạt" goes on with 2020's score, not 2019's."""
    text = ("Trong năm 2020, chỉ số CCHC của huyện Tháp Mười tăng 1,12 điểm so với năm 2019 đạt 80,40 điểm, "
            "xếp hạng 3/12 huyện, thị, thành.")
    records = measures(text)
    has(records, unit_code="872", year=2020, score=80.4, score_change=1.12, change_since=2019, rank=3, rank_total=12)
    lacks(records, year=2019, score=80.4)


def test_first_places_with_the_index_between_and_after_the_leader():
    """"3 vị trí dẫn đầu Chỉ số PAPI năm 2022 lần lượt thuộc về A, B và C"; "Sau X lần lượt là A (…), B (…)"."""
    text = ("Cụ thể, 3 vị trí dẫn đầu Chỉ số SIPAS năm 2022 lần lượt thuộc về tỉnh Bắc Giang, tỉnh Nam Định "
            "và tỉnh Thái Bình.\n\n"
            "Bắc Ninh là tỉnh tiếp tục giữ vững vị trí cao nhất trong bảng xếp hạng PCI 2020 với 70,79 điểm. "
            "Sau Bắc Ninh lần lượt là Long An (70,10 điểm), Bình Dương (69,85 điểm), Hải Phòng (69,40 điểm).")
    records = measures(text)
    has(records, unit_code="24", index="SIPAS", year=2022, rank=1)
    has(records, unit_code="36", index="SIPAS", year=2022, rank=2)
    has(records, unit_code="34", index="SIPAS", year=2022, rank=3)
    has(records, unit_code="27", index="PCI", year=2020, rank=1, score=70.79)
    has(records, unit_code="80", index="PCI", year=2020, rank=2, score=70.1)
    has(records, unit_code="31", index="PCI", year=2020, rank=4, score=69.4)


def test_a_place_after_what_it_is_in_and_changes_that_are_no_index():
    """"xếp hạng chuyển đổi số năm 2022 thứ 41/63"; "tăng kỷ lục 38 bậc"; a tax debt "tăng 26% so cùng
    kỳ" is no index's change; "Cục thuế Bắc Giang" keeps its province's name."""
    text = ("Theo kết quả công bố, tỉnh Yên Bái xếp hạng chuyển đổi số năm 2022 thứ 41/63 tỉnh, thành phố.\n\n"
            "Chỉ số PAPI năm 2021 của tỉnh Bình Thuận tăng kỷ lục 38 bậc so với năm 2020. Hiện nay, tiền nợ "
            "thuế ở Bình Thuận là 700 tỉ đồng, tăng 21% so cùng kỳ năm 2020.\n\n"
            "Chỉ số DDCI năm 2022 của Bắc Giang: xếp thứ ba là Cục thuế Bắc Giang với 80,12 điểm.")
    records = measures(text)
    has(records, unit_code="15", index="DTI", year=2022, rank=41, rank_total=63)
    has(records, unit_code="60", index="PAPI", year=2021, rank_change=38, change_since=2020)
    lacks(records, unit_code="60", score=21.0)
    lacks(records, unit_code="60", score_change=21.0)
    has(records, unit="Cục Thuế Bắc Giang", index="DDCI", rank=3, score=80.12)


def test_the_last_places_total_counts_the_list_of_its_paragraph():
    """Places stated one by one, then the last with its total ("xếp thứ 12 trong tổng số 12 sở"; "xếp
    cuối trong 30 phường"): the total is the whole list's; the effort behind a result is no aim."""
    text = ("Về Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành: Sở Tư pháp xếp thứ nhất; Sở Nội vụ "
            "xếp thứ 2. Sở Y tế xếp thứ 12 trong tổng số 12 sở, ban, ngành.\n\n"
            "Về Chỉ số cải cách hành chính năm 2025 của UBND các phường: phường Hồng Bàng xếp thứ nhất, phường "
            "Lê Chân xếp thứ 2. Phường Bắc An Phụ xếp cuối trong 45 phường.\n\n"
            "Trong năm 2020, chỉ số CCHC của huyện Tam Nông (Đồng Tháp) đạt 78,10 điểm, xếp hạng 5/12 huyện, thị, thành, "
            "đây là kết quả phấn đấu của cả hệ thống chính trị.")
    records = measures(text)
    has(records, unit="Sở Tư pháp", year=2025, rank=1, rank_total=12)
    has(records, unit="Sở Nội vụ", rank=2, rank_total=12)
    has(records, unit_code="11311", rank=1, rank_total=45)
    has(records, unit_code="10678", rank=45, rank_total=45)
    has(records, type="result", unit_code="871", year=2020, score=78.1, rank=5, rank_total=12)
    lacks(records, type="target")


def test_a_flattened_table_whose_first_column_is_the_place_and_whose_units_are_named_by_their_group():
    """"Xếp hạng" over the rows' numbers, "Các bộ, cơ quan ngang bộ" over the names, "Điểm" / "thẩm
    định" wrapped; the column named as the index gives its value, in no unit the table states."""
    text = ("Chỉ số tổng hợp - PAR INDEX 2019 của các bộ, cơ quan ngang bộ:\n\n"
            "Xếp hạng\n\nCác bộ, cơ quan ngang bộ\n\nĐiểm\n\nthẩm định\n\nĐiểm điều tra xã hội học\n\n"
            "Chỉ số tổng hợp – PAR INDEX 2019\n\n \n\n1.\n\n \n\nBộ Tư pháp\n\n58.10\n\n31.20\n\n89.30\n\n \n\n"
            "2.\n\n \n\nBộ Tài chính\n\n57.40\n\n30.05\n\n87.45\n\n \n\n3.\n\n \n\nBộ Nội vụ\n\n55.90\n\n29.60\n\n85.50\n")
    records = measures(text)
    has(records, unit="Bộ Tư pháp", index="PAR_INDEX", component=None, year=2019, rank=1, score=89.3, score_unit=None)
    has(records, unit="Bộ Tài chính", rank=2, score=87.45)
    has(records, unit="Bộ Nội vụ", component="self_assessment", score=55.9, score_unit="điểm")
    has(records, unit="Bộ Nội vụ", component="survey", score=29.6)


def test_leaders_named_in_order_and_the_rest_after_the_first():
    """"10 tỉnh … dẫn đầu bảng xếp hạng theo thứ tự là: A, B, …"; "X đạt chỉ số cao nhất … Lần lượt xếp
    sau là các Bộ A, Bộ B"; a group by its score ("Nhóm thứ nhất, đạt … từ 80 điểm trở lên, bao gồm 12
    bộ") is no number of the ranking."""
    text = ("Năm 2021, 5 tỉnh, thành có PCI dẫn đầu bảng xếp hạng theo thứ tự là: Quảng Ninh, Hải Phòng, "
            "Bắc Giang, Long An, Đồng Tháp.\n\n"
            "Kết quả chỉ số CCHC năm 2018 của các bộ được chia thành 2 nhóm. Nhóm thứ nhất, đạt kết quả từ 80 "
            "điểm trở lên, bao gồm 11 bộ.\n\n"
            "Theo bảng xếp hạng năm 2018, Bộ Tư pháp đạt chỉ số cao nhất với 90,12 điểm. Lần lượt xếp sau là "
            "các Bộ Tài chính, Bộ Nội vụ, Bộ Y tế.")
    records = measures(text)
    has(records, unit_code="22", index="PCI", year=2021, rank=1)
    has(records, unit_code="24", rank=3)
    has(records, unit_code="87", rank=5)
    has(records, unit="Bộ Tư pháp", index="PAR_INDEX", year=2018, rank=1, score=90.12)
    has(records, unit="Bộ Tài chính", rank=2, rank_total=None)
    has(records, unit="Bộ Y tế", rank=4, rank_total=None)


def test_the_last_of_a_stated_number_and_the_first_three_in_order():
    """"xếp cuối bảng …, thấp nhất trong số 17 bộ" is 17th of 17; "Nhóm ba đơn vị đứng đầu bảng không thay
    đổi so với năm trước, lần lượt là A, B, C" are first to third."""
    text = ("Bộ Y tế xếp cuối bảng về chỉ số cải cách hành chính (PAR INDEX) năm 2021, thấp nhất trong số 17 bộ, "
            "cơ quan ngang bộ.\n\n"
            "Nhóm ba đơn vị đứng đầu bảng không thay đổi so với năm trước, lần lượt là Bộ Tư pháp, Bộ Tài chính, "
            "Bộ Nội vụ.")
    records = measures(text)
    has(records, unit="Bộ Y tế", index="PAR_INDEX", year=2021, rank=17, rank_total=17)
    has(records, unit="Bộ Tư pháp", year=2021, rank=1)
    has(records, unit="Bộ Nội vụ", year=2021, rank=3)


def test_a_table_of_years_flattened_one_cell_a_line_with_a_score_and_a_place_a_year():
    """"NĂM 2016" / "NĂM 2017" / "NĂM 2018" over "Điểm" / "Hạng" under each, then a row's label and its
    cells one a line: each part's points and place, year by year; a row the text ends inside keeps
    what it has."""
    text = ("Điểm Chỉ số PCI năm 2018 của tỉnh Hưng Yên đạt 65,20 điểm.\n\n"
            "Bảng 1. Dữ liệu PCI tỉnh Hưng Yên giai đoạn 2016-2018\n\n"
            "CHỈ SỐ THÀNH PHẦN\n\nNĂM 2016\n\nNĂM 2017\n\nNĂM 2018\n\n"
            "Điểm\n\nHạng\n\nĐiểm\n\nHạng\n\nĐiểm\n\nHạng\n\n"
            "Gia nhập thị trường\n\n7.90\n\n30\n\n8.02\n\n25\n\n7.75\n\n33\n\n"
            "Tính minh bạch\n\n6.10\n\n20\n\n6.45\n\n12\n\n6.30\n\n18\n\n"
            "Đào tạo lao động\n\n6.50\n\n11\n\n6.71\n\n9\n")
    records = measures(text)
    has(records, unit_code="33", index="PCI", component="entry_costs", year=2016, score=7.9, rank=30,
        score_unit="điểm")
    has(records, unit_code="33", component="transparency", year=2018, score=6.3, rank=18)
    has(records, unit_code="33", component="labor_training", year=2017, score=6.71, rank=9)
    lacks(records, component="labor_training", year=2018)


def test_a_districts_wards_in_a_table_under_a_caption_naming_the_district():
    """"kết quả chấm điểm thi đua công tác cải cách hành chính năm 2019 đối với Ủy ban nhân dân 12
    phường" of Quận 10: "Phường 4" is that district's ward (many districts have one)."""
    text = ("Ngày 30 tháng 12 năm 2019, Ban Chỉ đạo cải cách hành chính Quận 10 đã ban hành Thông báo về kết quả "
            "chấm điểm thi đua công tác cải cách hành chính năm 2019 đối với Ủy ban nhân dân 12 phường:\n\n"
            "STT\n\nĐơn vị\n\nĐiểm\n\nXếp loại\n\nXếp hạng\n\n"
            "1\n\nỦy ban nhân dân Phường 4\n\n95\n\nA\n\n1\n\n"
            "2\n\nỦy ban nhân dân Phường 12\n\n93,5\n\nA\n\n2\n\n"
            "3\n\nỦy ban nhân dân Phường 9\n\n88\n\nB\n\n3\n")
    records = measures(text)
    has(records, unit_code="27193", index="PAR_INDEX", year=2019, score=95.0, rank=1, rating="A")
    has(records, unit_code="27172", score=93.5, rank=2)


def test_a_table_of_years_flattened_with_one_value_under_each_year():
    """"Năm 2019" / "Năm 2020" / "Năm 2021", then each row's label and one value a year."""
    text = ("Chỉ số PCI của tỉnh Ninh Bình qua các năm\n\nChỉ số\n\nNăm 2019\n\nNăm 2020\n\nNăm 2021\n\n"
            "Tính minh bạch\n\n6.12\n\n6.40\n\n6.55\n\nPCI\n\n64.10\n\n65.02\n\n66.30\n")
    records = measures(text)
    has(records, unit_code="37", index="PCI", component="transparency", year=2020, score=6.4)
    has(records, unit_code="37", index="PCI", component=None, year=2021, score=66.3)


def test_a_place_held_in_every_year_of_a_bracketed_span():
    """"đã 4 năm liên tiếp đứng đầu … (2020-2023)", "có 5 lần dẫn đầu … (2016 đến năm 2018 và 2021 -
    2022)": the place in each year bracketed, spans spelled out; a span with no streak word is none."""
    text = ("Chỉ số PAPI năm 2023 của tỉnh Bình Định đạt 44,10 điểm. Tỉnh đã 4 năm liên tiếp đứng đầu cả nước "
            "về chỉ số PAPI (2020-2023). Về chỉ số SIPAS, tỉnh Bình Định có 5 lần dẫn đầu bảng xếp hạng "
            "(2016 đến năm 2018 và 2021 - 2022). Tỉnh xếp thứ 7 về chỉ số PCI (2019-2023).")
    records = measures(text)
    for year in (2020, 2021, 2022):
        has(records, unit_code="52", index="PAPI", year=year, rank=1)
    for year in (2016, 2017, 2018, 2021, 2022):
        has(records, unit_code="52", index="SIPAS", year=year, rank=1)
    lacks(records, index="SIPAS", year=2019)
    lacks(records, index="SIPAS", year=2020)
    lacks(records, index="PCI", year=2019)


def test_a_part_tied_by_ve_a_little_after_the_place_and_a_paragraph_of_history_left_behind():
    """"đứng thứ 3/19 trong bảng xếp hạng các tiêu chí về Chỉ số thành phần X": the place is the
    part's; the paragraph before, of earlier years one after another, does not give this one its year."""
    text = ("Chỉ số cải cách hành chính năm 2019 của các bộ, cơ quan ngang bộ được công bố, Bộ Xây dựng "
            "xếp thứ 6/17.\n\n"
            "Năm 2016, Bộ Xây dựng xếp thứ 15/19; năm 2017 xếp thứ 12/19, năm 2018 xếp thứ 9/17.\n\n"
            "Bộ Xây dựng đứng thứ 3/17 bộ trong bảng xếp hạng các tiêu chí về Chỉ số thành phần cải cách "
            "tổ chức bộ máy hành chính nhà nước.")
    records = measures(text)
    has(records, unit="Bộ Xây dựng", index="PAR_INDEX", component="organization", year=2019, rank=3,
        rank_total=17)
    has(records, unit="Bộ Xây dựng", index="PAR_INDEX", component=None, year=2018, rank=9)
    lacks(records, component="organization", year=2018)


def test_a_part_after_a_comma_and_what_was_done_about_it_keeps_its_own_value():
    """", với những đánh giá tích cực của doanh nghiệp về gia nhập thị trường (tăng 1,5 điểm)": the
    part is what the later value is of, not the change before the comma."""
    text = ("Năm 2021, PCI của tỉnh Long An tăng 2,1 điểm và 5 bậc so với năm 2020, với những đánh giá tích "
            "cực của doanh nghiệp về gia nhập thị trường (tăng 1,5 điểm).")
    records = measures(text)
    has(records, unit_code="80", index="PCI", component=None, year=2021, score_change=2.1, rank_change=5)
    has(records, unit_code="80", index="PCI", component="entry_costs", year=2021, score_change=1.5)


def test_a_flattened_table_whose_first_column_is_headed_thu_tu_xep_hang():
    """"Thứ tự xếp hạng" / "Tên cơ quan, đơn vị" / "Tổng điểm" / "Điểm đánh giá trực tiếp" / "Điểm
    điều tra XHH", then each row's cells one a line: the first number is the place."""
    text = ("Ngày 20/4/2021, UBND tỉnh Hà Nam công bố Chỉ số cải cách hành chính năm 2020 của các sở, ngành.\n\n"
            "Thứ tự xếp hạng\n\nTên cơ quan, đơn vị\n\nTổng điểm\n\nĐiểm đánh giá trực tiếp\n\nĐiểm điều tra XHH\n\n"
            "1\n\nSở Tư pháp\n\n91,20\n\n58,75\n\n32,45\n\n"
            "2\n\nSở Y tế\n\n89,05\n\n57,00\n\n32,05\n\n"
            "3\n\nThanh tra tỉnh\n\n86,40\n\n55,50\n\n30,90\n")
    records = measures(text)
    has(records, unit="Sở Tư pháp", province_code="35", index="PAR_INDEX", component=None, year=2020,
        score=91.2, rank=1)
    has(records, unit="Sở Y tế", component="self_assessment", score=57.0)
    has(records, unit="Thanh tra tỉnh", component="survey", score=30.9)
    has(records, unit="Thanh tra tỉnh", component=None, rank=3)


def test_the_departments_province_is_the_government_that_ranked_them_not_a_headline_strip():
    """A strip of other articles' headlines naming other provinces stands first; "Chủ tịch UBND tỉnh
    Nghệ An đã ban hành Quyết định … của các sở, ban, ngành" says whose departments these are."""
    text = ("Cà Mau: Nâng cao chỉ số hài lòng Lạng Sơn: Sở Nội vụ dẫn đầu chỉ số cải cách hành chính |\n"
            "Chủ tịch UBND tỉnh Nghệ An đã ban hành Quyết định số 120/QĐ-UBND ngày 10/2/2023 công bố Chỉ số "
            "cải cách hành chính năm 2022 của các sở, ban, ngành cấp tỉnh. Sở Tài chính đứng đầu với 91,02%, "
            "tiếp theo là Sở Tư pháp với 90,11%.")
    records = measures(text)
    has(records, unit="Sở Tài chính", province_code="40", index="PAR_INDEX", year=2022, rank=1, score=91.02)
    has(records, unit="Sở Tư pháp", province_code="40", rank=2)


def test_a_districts_offices_ranked_in_a_numbered_list_take_the_districts_name():
    """"khối các cơ quan chuyên môn thuộc UBND huyện: (1) Văn phòng HĐND và UBND huyện …; (2) Phòng
    Nội vụ …": each office with its district ("Phòng Nội vụ huyện Tiên Phước"), of its province."""
    text = ("Ngày 12/4/2022, UBND huyện Tiên Phước công bố Chỉ số cải cách hành chính năm 2021 của các cơ quan "
            "chuyên môn thuộc UBND huyện: (1) Văn phòng HĐND và UBND huyện dẫn đầu với 88,10 điểm; (2) Phòng "
            "Nội vụ 86,25 điểm; (3) Phòng Tài chính - Kế hoạch 85,40 điểm; (4) Thanh tra huyện 83,05 điểm và "
            "(5) Phòng Nông nghiệp và PTNT 80,15 điểm.")
    records = measures(text)
    has(records, unit="Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tiên Phước", unit_level="other",
        province_code="49", index="PAR_INDEX", year=2021, rank=1, score=88.1)
    has(records, unit="Phòng Nội vụ huyện Tiên Phước", province_code="49", rank=2, score=86.25)
    has(records, unit="Thanh tra huyện Tiên Phước", rank=4, score=83.05)
    has(records, unit="Phòng Nông nghiệp và Phát triển nông thôn huyện Tiên Phước", rank=5, score=80.15)


def test_a_districts_office_where_the_text_names_no_district_keeps_its_bare_name():
    """"Phòng Kinh tế xếp thứ 2 … thuộc UBND thị xã": no district named, the office's own name alone."""
    text = ("Kết quả xếp hạng chỉ số cải cách hành chính năm 2020 các cơ quan chuyên môn thuộc UBND thị xã: "
            "Phòng Kinh tế xếp thứ 2 với 91,48 điểm.")
    records = measures(text)
    has(records, unit="Phòng Kinh tế", unit_level="other", province_code=None, rank=2, score=91.48)


def test_a_numbered_item_whose_name_is_not_known_gives_its_values_to_no_one():
    """"(2) Phòng Y tế 80,5 điểm và (3) Phòng Nông nghiệp và Phát triển nông thông 79,0 điểm": the
    misspelt office is not found, and its place and points are not the office's before."""
    text = ("Chỉ số cải cách hành chính năm 2022 của các phòng thuộc UBND huyện Phú Ninh: (1) Phòng Nội vụ "
            "82,1 điểm; (2) Phòng Y tế 80,5 điểm và (3) Phòng Nông nghiệp và Phát triển nông thông 79,0 điểm.")
    records = measures(text)
    has(records, unit="Phòng Y tế huyện Phú Ninh", rank=2, score=80.5)
    lacks(records, score=79.0)
    lacks(records, rank=3)


def test_a_share_of_points_is_the_index_and_a_class_counted_then_listed_after_its_bound():
    """"tỷ lệ điểm số cao nhất 96,40%" is the index as a share of its maximum, no other subject;
    "3 địa phương xếp loại khá với tỷ lệ điểm số dưới 80% gồm A, B và C": the class is theirs (the
    bound defines the class); "đứng cuối bảng" before "Trong số 8 huyện, …" is the last of the eight."""
    text = ("Bình Phước công bố Chỉ số CCHC năm 2022 của các huyện, thị xã, thành phố.\n\n"
            "Ở khối UBND huyện, thị xã, thành phố, Đồng Xoài là địa phương xếp thứ hạng cao nhất với tỷ lệ "
            "điểm số đạt 91,20%; Bù Gia Mập đứng cuối bảng với tỷ lệ điểm 74,50%.\n"
            "Trong số 8 huyện, thị xã, thành phố, có 5 địa phương xếp loại tốt với tỷ lệ điểm số trên 80%; "
            "3 địa phương xếp loại khá với tỷ lệ điểm số dưới 80% gồm Lộc Ninh, Bù Đốp và Bù Gia Mập.")
    records = measures(text)
    has(records, unit="Đồng Xoài", index="PAR_INDEX", year=2022, rank=1, rank_total=8, score=91.2, score_unit="%")
    has(records, unit="Bù Gia Mập", rank=8, rank_total=8, score=74.5)
    has(records, unit="Lộc Ninh", rating="Khá")
    has(records, unit="Bù Đốp", rating="Khá")
    lacks(records, unit="Lộc Ninh", score=80.0)


def test_a_bound_after_a_change_lists_no_scores():
    """"có mức tăng trên 10 điểm gồm A, B": how much they rose, not a score below or above anything."""
    text = ("Chỉ số PAR INDEX năm 2015: có 3 tỉnh có mức tăng trên 10 điểm gồm Hà Giang (12,05 điểm), Lai Châu "
            "(11,30 điểm) và Sơn La (10,40 điểm) so với năm 2014.")
    records = measures(text)
    lacks(records, score=10.0)


def test_a_spaced_table_with_groups_a_maximum_points_and_a_percent():
    """"STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại", a group's line ("I Các sở, …",
    "II UBND huyện, …") over each group's rows: the percent is the index, the points the appraised
    part out of the row's maximum, the class the row's."""
    text = ("Ngày 20/12/2023, UBND tỉnh Long An ban hành Quyết định công bố Chỉ số cải cách hành chính năm 2023 "
            "như sau:\n"
            "STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định  Tỷ lệ đạt  Xếp loại\n"
            "I Các sở, ban, ngành tỉnh        \n"
            "1 Sở Tư pháp 100 93.50 93.50% Tốt\n"
            "2 Thanh tra tỉnh 71.5 66.00 92.31% Tốt\n"
            "II UBND huyện, thị xã, thành phố        \n"
            "1 UBND huyện Đức Hòa 100 89.10 89.10% Tốt\n"
            "2 UBND thị xã Kiến Tường 100 78.40 78.40% Khá\n")
    records = measures(text)
    has(records, unit="Thanh tra tỉnh", index="PAR_INDEX", component=None, year=2023, score=92.31, score_unit="%",
        max_score=None, rating="Tốt")
    has(records, unit="Thanh tra tỉnh", component="self_assessment", score=66.0, score_unit="điểm", max_score=71.5)
    has(records, unit_code="802", component=None, score=89.1, score_unit="%", rating="Tốt")
    has(records, unit_code="795", component=None, score=78.4, rating="Khá")


def test_a_list_of_years_one_a_line_after_a_colon():
    """"2019: 68,73 điểm, xếp hạng 10/63" / "2020: …": each line is its year's score and place (the
    lines are items, not one sentence wrapped), its change against the year it names."""
    text = ("Chỉ số PCI của tỉnh Bắc Ninh qua các năm như sau:\n"
            "2020: 70,79 điểm, xếp hạng 6/63\n"
            "2021: 68,94 điểm, xếp hạng 17/63\n"
            "2022: 69,22 điểm, xếp hạng 10/63 (tăng 7 bậc so với năm 2021).\n")
    records = measures(text)
    has(records, unit_code="27", index="PCI", year=2020, score=70.79, rank=6, rank_total=63)
    has(records, unit_code="27", index="PCI", year=2021, score=68.94, rank=17)
    has(records, unit_code="27", index="PCI", year=2022, score=69.22, rank=10, rank_change=7, change_since=2021)
    for record in records:
        assert "\n" not in record.evidence.text


def test_a_streak_within_a_bound_gives_no_exact_place_to_its_years():
    """"lần đầu đứng đầu cả nước mà còn có 4 năm liên tiếp nằm trong Top 3 (2021–2024)": the years
    bracketed are of the Top 3, not of the first place."""
    text = ("Với kết quả PCI năm 2024, Đồng Nai không chỉ lần đầu đứng đầu cả nước mà còn là địa phương có 4 "
            "năm liên tiếp nằm trong Top 3 PCI toàn quốc (2021–2024).")
    records = measures(text)
    has(records, unit_code="75", index="PCI", year=2024, rank=1)
    lacks(records, year=2021, rank=1)
    lacks(records, year=2022, rank=1)


def test_groups_counted_in_brackets_a_leader_named_before_its_words_and_the_year_after_the_index():
    """"Nhóm các sở, ban, ngành (18 cơ quan, đơn vị), với 93,10 điểm Sở Tư pháp là đơn vị dẫn đầu về
    chỉ số cải cách hành chính năm 2021, tiếp theo là Sở Y tế …": the leader is named before "dẫn
    đầu", the next after "tiếp theo là", each out of 18; "năm 2021" right after the index is their
    year, not the year the sentence before was about."""
    text = ("Ngày 10/3/2022, UBND tỉnh Hà Tĩnh ban hành Quyết định công bố Chỉ số CCHC năm 2022 đối với các nhóm "
            "cơ quan, đơn vị.\n\n"
            "Theo đó, ở nhóm các sở, ban, ngành (18 cơ quan, đơn vị), với 93,10 điểm Sở Tư pháp là đơn vị dẫn đầu "
            "về chỉ số cải cách hành chính năm 2021, tiếp theo là Sở Y tế đạt 91,05 điểm, Sở Nội vụ đạt 90,40 "
            "điểm.")
    records = measures(text)
    has(records, unit="Sở Tư pháp", index="PAR_INDEX", year=2021, rank=1, rank_total=18, score=93.1)
    has(records, unit="Sở Y tế", year=2021, rank=2, rank_total=18, score=91.05)
    has(records, unit="Sở Nội vụ", year=2021, rank=3, score=90.4)


def test_a_streak_kept_is_a_result_and_a_field_by_its_short_name():
    """"duy trì vị trí quán quân năm thứ 5 liên tiếp với 70,12 điểm" reports, it aims at nothing;
    "cải cách công vụ từ vị trí 41 lên vị trí 30": the civil service field, by its short name."""
    text = ("Theo báo cáo Chỉ số PCI năm 2021, tỉnh Long An duy trì vị trí quán quân năm thứ 5 liên tiếp với "
            "70,12 điểm.\n\n"
            "Chỉ số cải cách hành chính năm 2022 của tỉnh Nghệ An có nhiều lĩnh vực tăng thứ hạng: cải cách công "
            "vụ từ vị trí 41 lên vị trí 30.")
    records = measures(text)
    has(records, type="result", unit_code="80", index="PCI", year=2021, rank=1, score=70.12)
    lacks(records, type="target")
    has(records, unit_code="40", index="PAR_INDEX", component="civil_service", year=2022, rank=30)


def test_a_class_named_first_then_its_bound_then_its_members():
    """"- Nhóm đạt kết quả Chỉ số CCHC tốt là nhóm các bộ đạt Chỉ số trên 80% bao gồm A, B": the class
    is each member's; the bound only defines it ("từ trên 75% đến dưới 80%" alike)."""
    text = ("Kết quả PAR INDEX 2013 của các bộ, cơ quan ngang bộ được chia thành các nhóm:\n"
            "- Nhóm đạt kết quả Chỉ số CCHC tốt là nhóm các bộ đạt Chỉ số trên 80% bao gồm Bộ Tài chính, Bộ Xây dựng.\n"
            "- Nhóm đạt Chỉ số CCHC khá là nhóm các bộ đạt Chỉ số từ trên 75% đến dưới 80% bao gồm Bộ Y tế, "
            "Bộ Nội vụ.\n")
    records = measures(text)
    has(records, unit="Bộ Tài chính", index="PAR_INDEX", year=2013, rating="Tốt")
    has(records, unit="Bộ Xây dựng", rating="Tốt")
    has(records, unit="Bộ Y tế", rating="Khá")
    lacks(records, unit="Bộ Tài chính", score=80.0)
    lacks(records, unit="Bộ Y tế", score=80.0)


def test_members_of_a_top_group_listed_after_it_and_units_counted_in_brackets():
    """"Nằm trong Top 5 PCI 2023 bên cạnh Quảng Ninh là các địa phương như A với …; B …", "Top 30 … còn
    ghi nhận sự có mặt của các địa phương C, D": each within the group; "ở chỉ số DTI của các bộ cung cấp
    dịch vụ công (gồm 17 bộ, …), E đứng đầu …, tăng so với năm 2020 (0,4944)": out of 17, and the
    earlier year's value bare in its brackets."""
    text = ("Nằm trong Top 5 PCI 2023 bên cạnh Quảng Ninh là các địa phương như Long An với 70,94 điểm; Hải Phòng "
            "70,34 điểm. Top 30 PCI 2023 còn ghi nhận sự có mặt của các địa phương Bến Tre, Hậu Giang.\n\n"
            "Theo đó, ở chỉ số DTI 2021 của các bộ cung cấp dịch vụ công (gồm 17 bộ, cơ quan ngang bộ), Bộ Tư pháp "
            "đứng đầu với giá trị 0,6321, tăng so với năm 2020 (0,4944).")
    records = measures(text)
    has(records, unit_code="80", index="PCI", year=2023, rank=5, bound="<=", score=70.94)
    has(records, unit_code="31", index="PCI", year=2023, rank=5, bound="<=")
    has(records, unit_code="83", index="PCI", year=2023, rank=30, bound="<=")
    has(records, unit="Bộ Tư pháp", index="DTI", year=2021, rank=1, rank_total=17, score=0.6321)
    has(records, unit="Bộ Tư pháp", index="DTI", year=2020, score=0.4944)


def test_a_part_listed_with_one_the_taxonomy_has_no_key_for_makes_no_record_of_it():
    """"đứng thứ nhất về hạ tầng số và hoạt động chuyển đổi số": the first is a DTI pillar, the second
    no part the taxonomy keys: one record, none with a placeholder part."""
    text = "Chỉ số DTI năm 2022: Bộ Tài chính đứng thứ nhất về hạ tầng số và hoạt động chuyển đổi số."
    records = measures(text)
    has(records, unit="Bộ Tài chính", index="DTI", component="infrastructure", year=2022, rank=1)
    lacks(records, component="-")


def test_a_place_kept_against_a_year_a_lead_in_a_region_and_a_numbered_events_year():
    """"xếp hạng 4, giữ vững thứ hạng so với năm 2020" reports no change (no aim); "dẫn đầu về Chỉ số ICT
    Index khu vực phía Bắc" is a region's lead; "Hội thảo … lần thứ 24 (năm 2023)" is the event's year;
    "dẫn đầu về kiểm soát tham nhũng trong khu vực công" is a part, not a region."""
    text = ("Theo báo cáo Chỉ số ICT Index 2022 vừa được công bố tại Hội thảo lần thứ 24 (năm 2023), Hải Phòng xếp "
            "hạng 4. Theo bảng xếp hạng ICT Index năm 2022, Hải Phòng đạt 0,6512 điểm, xếp hạng 4, giữ vững thứ hạng "
            "so với năm 2020. Hải Phòng cũng là địa phương dẫn đầu về Chỉ số ICT Index khu vực phía Bắc.\n\n"
            "Năm 2022, chỉ số PAPI của tỉnh Bình Dương dẫn đầu về kiểm soát tham nhũng trong khu vực công.")
    records = measures(text)
    has(records, type="result", unit_code="31", index="OTHER", year=2022, rank=4, score=0.6512, rank_change=0,
        change_since=2020)
    lacks(records, type="target")
    lacks(records, unit_code="31", rank=1)
    lacks(records, year=2023)
    has(records, unit_code="74", index="PAPI", component="corruption_control", year=2022, rank=1)


def test_parts_named_then_their_class_and_parts_counted_then_listed_with_theirs():
    """"Chỉ số công khai minh bạch, cung ứng dịch vụ công được xếp vào nhóm trung bình thấp …, trong khi đó
    có 3 nội dung xếp ở nhóm thấp nhất, đó là: A; B; C": each part its class."""
    text = ("Chỉ số PAPI năm 2022 của tỉnh Cà Mau đạt 41,20 điểm. Chỉ số công khai minh bạch, cung ứng dịch vụ công "
            "được xếp vào nhóm trung bình thấp của cả nước, trong khi đó có 3 nội dung xếp ở nhóm thấp nhất, đó là: "
            "sự tham gia của người dân ở cấp cơ sở; thủ tục hành chính công; quản trị môi trường.")
    records = measures(text)
    has(records, unit_code="96", index="PAPI", component="transparency", year=2022, rating="Trung bình thấp")
    has(records, unit_code="96", index="PAPI", component="public_services", year=2022, rating="Trung bình thấp")
    has(records, unit_code="96", index="PAPI", component="procedures", year=2022, rating="Thấp nhất")
    has(records, unit_code="96", index="PAPI", component="environment", year=2022, rating="Thấp nhất")


def test_a_year_said_to_be_equal_to_is_compared_with_not_carried():
    """"điểm trung vị năm 2017 đạt 59,1 điểm, tương đương mức điểm năm 2016": 2016 is compared with; the
    values after are of 2017."""
    text = ("Kết quả điều tra Chỉ số PCI do VCCI công bố cho thấy điểm trung vị năm 2017 đạt 59,1 điểm, tương đương "
            "mức điểm năm 2016. Khoảng cách giữa nhóm đầu bảng và nhóm cuối bảng được thu hẹp. Cụ thể, điểm của "
            "Quảng Ninh đạt 70,69, tăng 4,1 điểm so với năm 2016.")
    records = measures(text)
    has(records, unit_code="22", index="PCI", year=2017, score=70.69, score_change=4.1, change_since=2016)
    lacks(records, year=2016, score=70.69)


def test_a_growth_of_a_province_is_no_index_value_of_it():
    """"Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Sóc Trăng … (đạt 9,5%), tăng 3 bậc so với năm
    2022, xếp thứ 5 cả nước": the province's growth ranked, no index; nothing is written."""
    text = ("Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Sóc Trăng tiếp tục ở mức cao (đạt 9,5%), tăng 3 bậc "
            "so với năm 2022 và xếp thứ 5 cả nước.\n\nChỉ số cải cách hành chính (PAR INDEX) và Chỉ số PCI của tỉnh "
            "đều tăng thứ hạng.")
    records = measures(text)
    lacks(records, score=9.5)
    lacks(records, rank=5)


def test_the_highest_index_of_a_ranking_and_a_gap_in_brackets():
    """"Sở Xây dựng có PAR Index cao nhất với 93,10%": first place; "khoảng cách điểm khá lớn (5,2 điểm)
    so với thành phố đứng đầu": a gap, no unit's score."""
    text = ("Năm 2022, đối với cơ quan cấp tỉnh, Sở Xây dựng có PAR Index cao nhất với 93,10%, Sở Y tế có PAR Index "
            "thấp nhất là 81,20%. Xét trong nhóm thành phố trực thuộc trung ương, Cần Thơ tiếp tục xếp cuối với "
            "khoảng cách điểm khá lớn (5,2 điểm) so với thành phố đứng đầu.")
    records = measures(text)
    has(records, unit="Sở Xây dựng", index="PAR_INDEX", year=2022, rank=1, score=93.1)
    has(records, unit="Sở Y tế", score=81.2)
    lacks(records, score=5.2)


def test_the_index_ranking_goes_on_after_the_same_units_first_place_in_a_part():
    """"Bộ Tư pháp đứng đầu bảng xếp hạng DTI …; trong đó, Bộ Tư pháp đứng thứ nhất về hạ tầng số. Các vị
    trí tiếp theo lần lượt là A (…), B (…)": the places after are of the index, not of the part."""
    text = ("Theo đó, ở chỉ số DTI 2022 của các bộ cung cấp dịch vụ công (gồm 17 bộ, cơ quan ngang bộ), Bộ Tư pháp "
            "đứng đầu bảng xếp hạng DTI với giá trị 0,6512; trong đó, Bộ Tư pháp đứng thứ nhất về hạ tầng số. Các vị "
            "trí tiếp theo lần lượt là Bộ Tài chính (0,6120), Bộ Công Thương (0,5901).")
    records = measures(text)
    has(records, unit="Bộ Tài chính", index="DTI", component=None, year=2022, rank=2, rank_total=17, score=0.612)
    has(records, unit="Bộ Công Thương", index="DTI", component=None, rank=3)
    lacks(records, unit="Bộ Tài chính", component="infrastructure")


def test_where_a_place_moved_from_said_after_where_it_moved_to():
    """"đã lùi xuống vị trí thứ 6 trong bảng xếp hạng PCI 2019, với 67,1 điểm từ vị trí thứ 3 của năm
    ngoái": 2019's place 6, and 2018's place 3."""
    text = ("Tuy nhiên, Bình Dương đã lùi xuống vị trí thứ 6 trong bảng xếp hạng PCI 2019, với 67,1 điểm từ vị trí "
            "thứ 3 của năm ngoái.")
    records = measures(text)
    has(records, unit_code="74", index="PCI", year=2019, rank=6, score=67.1)
    has(records, unit_code="74", index="PCI", year=2018, rank=3)


def test_a_change_on_the_same_period_in_points_is_the_index_change_since_the_year_before():
    """"tăng 1,45 điểm so với cùng kỳ": an index assessed yearly compares with the year before; only a
    change in percent on the same period is a statistic's."""
    text = ("Với 71,30 điểm, Bắc Ninh đứng đầu Chỉ số PCI năm 2022, tăng 1,45 điểm so với cùng kỳ. "
            "Thu ngân sách của tỉnh tăng 12% so với cùng kỳ.")
    records = measures(text)
    has(records, unit_code="27", index="PCI", year=2022, score=71.3, rank=1, score_change=1.45, change_since=2021)
    lacks(records, score=1.45)
    lacks(records, score_change=12.0)


def test_the_next_ones_in_a_top_group_take_the_places_after_the_last_stated():
    """"Các tỉnh tiếp theo nằm trong top 10 là A (…), B (…)": "tiếp theo" orders them after the third."""
    text = ("Năm 2021, Bến Tre đạt 69,2 điểm và xếp thứ 3 trong bảng xếp hạng PCI. Các tỉnh tiếp theo nằm trong "
            "top 10 là Vĩnh Long (68,9 điểm), Bình Dương (68,5 điểm) và Hải Phòng (68,1 điểm).")
    records = measures(text)
    has(records, unit_code="86", index="PCI", year=2021, rank=4, score=68.9)
    has(records, unit_code="31", rank=6, score=68.1)
    lacks(records, rank=10, bound="<=")


def test_a_gap_between_the_first_and_the_last_is_no_score_and_no_place():
    """"chênh lệch giữa đơn vị đứng đầu và đơn vị đứng cuối là 0,9 điểm": a gap, not a first place."""
    text = ("Theo kết quả DDCI tỉnh Hậu Giang năm 2022, chênh lệch giữa đơn vị đứng đầu và đơn vị đứng cuối "
            "bảng xếp hạng là 0,9 điểm.")
    records = measures(text)
    lacks(records, score=0.9)
    lacks(records, rank=1)


def test_the_biggest_climb_is_no_first_place():
    """"có cải thiện vị trí cao nhất (tăng 21 bậc, xếp hạng 30)": the most places gained, at place 30."""
    text = ("Về DTI năm 2023, Hà Nội xếp thứ nhất; Kon Tum có cải thiện vị trí cao nhất (tăng 21 bậc, "
            "xếp hạng 30).")
    records = measures(text)
    has(records, unit_code="62", index="DTI", year=2023, rank=30, rank_change=21)
    lacks(records, unit_code="62", rank=1)


def test_a_plans_bracketed_result_of_a_year_over_is_no_target():
    """A plan dated 2022 aims at a place for 2022 and writes 2021's place in brackets: that is a result."""
    text = ("Ngày 15/3/2022, UBND tỉnh Bắc Kạn ban hành kế hoạch. Phấn đấu năm 2022 chỉ số PCI của Bắc Kạn "
            "tăng 2 bậc, tức là đứng thứ 58/63 tỉnh, thành (chỉ số PCI năm 2021 của Bắc Kạn đứng thứ 60/63).")
    records = measures(text)
    has(records, type="target", unit_code="06", index="PCI", year=2022, rank=58)
    has(records, type="result", unit_code="06", index="PCI", year=2021, rank=60, rank_total=63)


def test_classes_named_in_quotes_over_the_units_listed_after():
    """'hai đơn vị thuộc nhóm "Rất tốt" là A và B': a line whose only value is a quoted class is read."""
    text = ('UBND tỉnh Vĩnh Long công bố chỉ số DDCI năm 2021. Khối sở, ngành có hai đơn vị thuộc nhóm "Rất tốt" '
            'là Sở Tư pháp và Sở Xây dựng. Ba đơn vị thuộc nhóm "Khá" gồm Sở Y tế, Sở Tài chính và Sở Nội vụ.')
    records = measures(text)
    has(records, unit="Sở Tư pháp", index="DDCI", year=2021, rating="Rất tốt", province_code="86")
    has(records, unit="Sở Xây dựng", rating="Rất tốt")
    has(records, unit="Sở Nội vụ", rating="Khá")


def test_a_change_compared_with_a_year_written_without_voi():
    """"giảm 4 hạng so năm 2017": "so" alone compares, and its year is no year of the values."""
    text = ("Chỉ số PAPI năm 2019 của Bạc Liêu đạt 43,1/80 điểm, xếp thứ 30/63 tỉnh, thành, tăng 5 hạng so năm 2018.")
    records = measures(text)
    has(records, unit_code="95", index="PAPI", year=2019, rank=30, rank_change=5, change_since=2018)
    lacks(records, year=2018, rank=30)


def test_leading_within_a_top_group_is_no_first_place():
    """"nằm trong top 5 tỉnh, thành phố dẫn đầu …", "Dẫn đầu trong top 5 … là A (…), B (…)": each is
    within the first five, none is said to be first."""
    text = ("Theo Báo cáo PAPI 2019, Bến Tre nằm trong top 5 tỉnh, thành phố dẫn đầu đạt số điểm cao nhất cả nước "
            "với 47,5 điểm. Dẫn đầu trong top 5 tỉnh, thành phố đạt số điểm cao nhất cả nước là Quảng Ninh "
            "(48,1 điểm), Đồng Tháp (47,9 điểm) và Bến Tre (47,5 điểm).")
    records = measures(text)
    has(records, unit_code="83", index="PAPI", year=2019, rank=5, bound="<=", score=47.5)
    has(records, unit_code="22", rank=5, bound="<=", score=48.1)
    has(records, unit_code="87", rank=5, bound="<=")
    lacks(records, rank=1)


def test_places_after_tiep_theo_go_on_over_the_sentences_clauses():
    """"…; tiếp theo là A 94,17 điểm; B 93,19 điểm; C 92,71 điểm": each item takes the next place; a
    clause with a place or a class of its own ends the run."""
    text = ("Năm 2023, UBND tỉnh Quảng Trị công bố chỉ số cải cách hành chính của các sở. Theo đó, Sở Tài chính "
            "xếp thứ nhất với 95,23 điểm; Sở Tư pháp xếp thứ nhì với 94,70 điểm; tiếp theo là Sở Nội vụ 94,17 điểm; "
            "Sở Xây dựng 93,19 điểm; Sở Y tế 92,71 điểm; nhóm Khá gồm Sở Công Thương và Sở Ngoại vụ.")
    records = measures(text)
    has(records, unit="Sở Nội vụ", index="PAR_INDEX", year=2023, rank=3, score=94.17, province_code="45")
    has(records, unit="Sở Xây dựng", rank=4, score=93.19)
    has(records, unit="Sở Y tế", rank=5, score=92.71)
    has(records, unit="Sở Ngoại vụ", rating="Khá")
    lacks(records, unit="Sở Ngoại vụ", rank=7)


def test_an_aim_with_no_value_makes_the_sentence_going_on_from_it_a_target():
    """"Phấn đấu giai đoạn 2021-2025, nâng điểm số và thứ hạng các chỉ số. Cụ thể: …": aims."""
    text = ("Kế hoạch cải cách hành chính của tỉnh Long An. Phấn đấu giai đoạn 2021-2025, nâng điểm số và thứ hạng "
            "các chỉ số. Cụ thể: Chỉ số CCHC nằm trong top 10 tỉnh, thành phố.")
    records = measures(text)
    has(records, type="target", unit_code="80", index="PAR_INDEX", rank=10, bound="<=")
    lacks(records, type="result")


def test_a_ranking_of_the_34_provinces_names_the_merged_provinces():
    """"xếp thứ 9/34 tỉnh, thành phố … năm 2024": the year 2024 ranked among the 34 provinces formed in
    2025 is of the merged province (Gia Lai with Bình Định: code 52); a province merged away and
    ranked among the 63 ("Quảng Nam cũ") keeps its own code."""
    text = ("Theo công bố ngày 15/10/2025, tỉnh Gia Lai xếp thứ 9/34 tỉnh, thành phố về Chỉ số chuyển đổi số "
            "năm 2024, đạt 0,6121 điểm. Trước sáp nhập, Quảng Nam cũ xếp thứ 57/63 với 0,5803 điểm.")
    records = measures(text)
    has(records, unit_code="52", index="DTI", year=2024, rank=9, rank_total=34, score=0.6121)
    has(records, unit_code="49", rank=57, score=0.5803)
    lacks(records, unit_code="64")


def test_a_province_named_as_the_government_that_announces_is_no_subject():
    """"Chỉ số CCHC năm 2024 của Sở Tư pháp do UBND tỉnh Nghệ An vừa công bố đạt 92,4 điểm": the
    department's values; the province only announces them."""
    text = ("Chỉ số CCHC năm 2024 của Sở Tư pháp do UBND tỉnh Nghệ An vừa công bố đạt 92,4 điểm, xếp thứ 2/20 "
            "sở, ban, ngành.")
    records = measures(text)
    has(records, unit="Sở Tư pháp", province_code="40", index="PAR_INDEX", year=2024, score=92.4, rank=2)
    lacks(records, unit_code="40")


def test_leaders_named_one_by_one_take_the_first_places():
    """"nhóm 4 đơn vị đứng đầu … lần lượt là: A (…), B (…)": ranks 1, 2, …, not a top-four group."""
    text = ("Năm 2023, ở khối sở, nhóm 4 đơn vị đứng đầu bảng xếp hạng Chỉ số CCHC của tỉnh Bình Định lần lượt "
            "là: Sở Tư pháp (93,12), Sở Nội vụ (92,50), Sở Y tế (91,07) và Sở Tài chính (90,66 điểm).")
    records = measures(text)
    has(records, unit="Sở Tư pháp", index="PAR_INDEX", year=2023, rank=1, score=93.12)
    has(records, unit="Sở Y tế", rank=3, score=91.07)
    has(records, unit="Sở Tài chính", rank=4, score=90.66)
    lacks(records, bound="<=")


def test_second_place_after_one_unit_makes_that_unit_first():
    """"giữ vững vị trí số 2 toàn quốc, sau Hải Phòng": Hải Phòng is first; "thứ 5 (sau A, B, C và D)"
    does not say the order of the four; a headline that a place was kept is no aim."""
    text = ("Quảng Ninh giữ vững vị trí á quân về Chỉ số SIPAS năm 2023\n"
            "Với 88,12%, tỉnh Quảng Ninh giữ vững vị trí số 2 toàn quốc về Chỉ số SIPAS năm 2023, sau Hải Phòng. "
            "Về Chỉ số CCHC, tỉnh xếp thứ 5 (sau Hà Nội, Bắc Ninh, Đà Nẵng và Hải Phòng).")
    records = measures(text)
    has(records, unit_code="22", index="SIPAS", year=2023, rank=2, score=88.12)
    has(records, unit_code="31", index="SIPAS", year=2023, rank=1)
    has(records, unit_code="22", index="PAR_INDEX", rank=5)
    lacks(records, index="PAR_INDEX", unit_code="01")
    lacks(records, type="target")


def test_a_fall_to_the_last_place_with_its_place_in_brackets():
    """"rơi tới 12 bậc, từ thứ 51 của PCI 2020 về hạng chót (63/63)": the fall, the later place and the
    earlier year's place; "giữ nguyên thứ hạng (47/63)": the place kept."""
    text = ("PCI 2021: nhìn từ cuối bảng. Trong PCI 2021, Cao Bằng rơi tới 12 bậc, từ thứ 51 của PCI 2020 về "
            "hạng chót (63/63). Mặc dù giữ nguyên thứ hạng (47/63), nhưng Lạng Sơn vẫn chưa có nhiều cải thiện.")
    records = measures(text)
    has(records, unit_code="04", index="PCI", year=2021, rank=63, rank_total=63, rank_change=-12)
    has(records, unit_code="04", year=2020, rank=51)
    has(records, unit_code="20", year=2021, rank=47, rank_total=63, rank_change=0)


def test_the_places_after_a_ranking_go_on_past_the_places_already_stated():
    """"A xếp thứ 3. Vị trí quán quân thuộc về B, á quân thuộc về C. Các tỉnh tiếp theo trong nhóm 10 … là
    D, E": D is fourth (third was A's), not third."""
    text = ("Năm 2023, Long An đạt 70,1 điểm, xếp thứ 3/63 về PCI. Vị trí quán quân thuộc về Quảng Ninh và vị trí "
            "á quân thuộc về Hải Phòng. Các tỉnh, TP tiếp theo trong nhóm 10 địa phương dẫn đầu PCI 2023 là "
            "Bắc Giang, Đồng Tháp và Bình Định.")
    records = measures(text)
    has(records, unit_code="80", index="PCI", year=2023, rank=3)
    has(records, unit_code="22", rank=1)
    has(records, unit_code="24", rank=4)
    has(records, unit_code="52", rank=6)
    lacks(records, unit_code="24", rank=3)


def test_values_in_turn_of_the_years_listed():
    """"năm 2020 và 2021 lần lượt xếp thứ 38 và 31": each place is of its year, in turn; "dẫn đầu hai
    năm 2019, 2020" is first in both; not the years compared with ("so với năm 2019 và 2020")."""
    text = ("Chỉ số PCI của tỉnh Phú Yên năm 2020 và 2021 lần lượt xếp thứ 38 và 31. Bình Định dẫn đầu vùng "
            "về PAPI hai năm 2019, 2020. Năm 2022, Khánh Hòa xếp thứ 12 về PCI, tăng 4 bậc so với năm 2020 và 2021.")
    records = measures(text)
    has(records, unit_code="54", index="PCI", year=2020, rank=38)
    has(records, unit_code="54", index="PCI", year=2021, rank=31)
    has(records, unit_code="56", year=2022, rank=12)
    lacks(records, unit_code="56", year=2021, rank=12)


def test_the_highest_named_after_its_part_and_the_rest_of_a_top_group():
    """"tỉnh có điểm số cao nhất về X là A với …; Xếp sau là B (…), C (…). Các tỉnh còn lại thuộc top 10 là
    D, E": A first in X, B and C next, D and E within the ten; "thấp nhất là 4,9 điểm (tỉnh F) và cao nhất
    là 8,2 điểm (tỉnh A)": each value of the unit in brackets after it."""
    text = ("Theo Báo cáo PAPI 2022, tỉnh có điểm số cao nhất về công khai, minh bạch là Quảng Trị với 6,9 điểm. "
            "Xếp sau là Bình Định (6,7 điểm), Phú Yên (6,6 điểm). Các tỉnh còn lại thuộc top 10 là Hà Tĩnh, "
            "Bến Tre và Long An.\nỞ chỉ số tổng hợp, tỉnh có số điểm thấp nhất là 39,1 điểm (tỉnh Lai Châu) và "
            "cao nhất là 47,8 điểm (tỉnh Quảng Ninh).")
    records = measures(text)
    has(records, unit_code="45", index="PAPI", component="transparency", year=2022, rank=1, score=6.9)
    has(records, unit_code="52", component="transparency", rank=2, score=6.7)
    has(records, unit_code="42", component="transparency", rank=10, bound="<=")
    has(records, unit_code="12", year=2022, score=39.1)
    has(records, unit_code="22", year=2022, score=47.8, rank=1)
    lacks(records, unit_code="12", score=47.8)


def test_second_place_before_its_unit_and_the_place_before_last():
    """"Đứng thứ hai Chỉ số CCHC là Bộ Y tế (với …)": the unit named after; "đứng áp chót" among the 18
    stated: 17th; "gần áp chót" is no place."""
    text = ("Trong số 18 bộ, cơ quan ngang bộ được đánh giá PAR Index 2021, Bộ Tư pháp đứng đầu bảng xếp hạng (với "
            "91,3 điểm), Bộ Xây dựng đứng áp chót bảng xếp hạng. Đứng thứ hai Chỉ số CCHC là Bộ Y tế (với 90,8 "
            "điểm). Bộ Công Thương có thứ hạng gần áp chót.")
    records = measures(text)
    has(records, unit="Bộ Y tế", index="PAR_INDEX", year=2021, rank=2, score=90.8)
    has(records, unit="Bộ Xây dựng", rank=17, rank_total=18)
    lacks(records, unit="Bộ Tư pháp", rank=2)
    lacks(records, unit="Bộ Công Thương")


def test_bare_places_in_brackets_go_on_after_a_place_in_brackets():
    """"Trong số 30 tỉnh có thành tích tốt nhất, … gồm A (xếp thứ 7), B (15), C (22) và D (29)": each
    number in brackets is a place; the thirty best are a group, not the number ranked."""
    text = ("PCI 2023: Trong số 30 tỉnh thành có thành tích tốt nhất, vùng Tây Nguyên có 3 cái tên góp mặt gồm "
            "Lâm Đồng (xếp thứ 7), Đắk Lắk (15) và Gia Lai (22).")
    records = measures(text)
    has(records, unit_code="68", index="PCI", year=2023, rank=7)
    has(records, unit_code="66", rank=15)
    has(records, unit_code="64", rank=22)
    lacks(records, rank_total=30)


def test_a_text_with_no_year_of_its_own_speaks_of_the_year_after_the_one_compared():
    """"Theo bảng xếp hạng PCI mới nhất, A đạt 68,2 …. So với năm 2022, PCI của A tăng 0,5 điểm": the year
    assessed is 2023; the year the index was first published is history, no year the text goes on about."""
    text = ("Chỉ số PCI lần đầu tiên được công bố thí điểm vào năm 2005 cho 42 tỉnh. Theo bảng xếp hạng PCI mới "
            "nhất, tỉnh Vĩnh Long đạt 68,2 điểm, xếp thứ 9 cả nước. So với năm 2022, PCI của Vĩnh Long tăng 0,5 "
            "điểm; chỉ số thiết chế pháp luật, an ninh trật tự tăng 0,35 điểm.")
    records = measures(text)
    has(records, unit_code="86", index="PCI", year=2023, score=68.2, rank=9)
    has(records, unit_code="86", year=2023, score_change=0.5, change_since=2022)
    has(records, unit_code="86", component="legal_institutions", year=2023, score_change=0.35)
    lacks(records, year=2005)


def test_a_top_group_opening_a_sentence_with_its_members_after_a_colon():
    """"Top 5 địa phương dẫn đầu … năm nay gồm: A, B, C": each is within the first five (a headline "Top 10
    đơn vị dẫn đầu … ở Lào Cai" with no members names no place)."""
    text = ("Chỉ số PII năm 2024. Top 5 địa phương dẫn đầu cả nước về đổi mới sáng tạo năm nay gồm: Bắc Ninh, "
            "Hải Phòng và Đà Nẵng.")
    records = measures(text)
    has(records, unit_code="27", index="OTHER", year=2024, rank=5, bound="<=")
    has(records, unit_code="48", rank=5, bound="<=")


def test_a_list_the_unit_is_in_is_no_group_subject_and_a_bracket_with_values_of_its_own():
    """"nằm trong danh sách 30 tỉnh thành đứng đầu … với vị trí 28/63 (25,9 điểm); xếp thứ 2 khu vực Tây
    Nguyên (sau tỉnh Lâm Đồng, xếp vị trí 21/63 với 27,1 điểm)": the unit's own place; the unit in brackets
    with its own values; "3 vị trí cao nhất … lần lượt là A (29 điểm); B (28,1 điểm)": places 1, 2; a
    numbered part of the green index makes no record."""
    text = ("Chỉ số Xanh cấp tỉnh (PGI) năm 2024: 3 vị trí cao nhất bảng xếp hạng lần lượt là Bắc Ninh (29 điểm); "
            "Long An (28,1 điểm) và Hà Nam (28 điểm). Kon Tum nằm trong danh sách 30 tỉnh thành đứng đầu bảng xếp "
            "hạng này với vị trí 28/63 (25,9 điểm); xếp thứ 2 khu vực Tây Nguyên (sau tỉnh Lâm Đồng, xếp vị trí "
            "21/63 với 27,1 điểm). Tại chỉ số thành phần 3, Kon Tum xếp vị trí 6/63.")
    records = measures(text)
    has(records, unit_code="27", index="OTHER", year=2024, rank=1, score=29)
    has(records, unit_code="80", rank=2, score=28.1)
    has(records, unit_code="62", rank=28, rank_total=63, score=25.9)
    has(records, unit_code="68", rank=21, score=27.1)
    lacks(records, unit_code="62", rank=1)
    lacks(records, rank=6)


def test_a_plan_wrapped_at_a_fixed_width_mid_name_and_before_a_bracket():
    """A plan's text wrapped at a fixed width: "… của Thành phố Hồ Chí Minh" / "(cũ) xếp hạng 18/63", "tỉnh
    Bình" / "Dương (cũ) xếp hạng 9/63": one sentence, the names whole."""
    text = ("Căn cứ Quyết định số 120/QĐ-BNV ngày 2 tháng 4 năm 2025 của Bộ Nội vụ; theo đó, kết quả Chỉ số PAR Index\n"
            "năm 2024 của Thành phố Hồ Chí Minh\n"
            "(cũ) xếp hạng 18/63 tỉnh, thành phố tăng 3 bậc, tỉnh Bình\n"
            "Dương (cũ) xếp hạng 9/63 tỉnh, thành phố, giảm 2 bậc.")
    records = measures(text)
    has(records, unit_code="79", index="PAR_INDEX", year=2024, rank=18, rank_total=63, rank_change=3)
    has(records, unit_code="74", index="PAR_INDEX", year=2024, rank=9, rank_change=-2)


def test_the_points_named_first_then_a_decimal_with_no_unit():
    """"điểm Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Lào Cai năm 2022 là 88,31 xếp thứ 19/63": the
    index's points."""
    text = ("Theo kết quả công bố, điểm Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Lào Cai năm 2022 là 88,31 "
            "xếp thứ 19/63 tỉnh, thành phố.")
    records = measures(text)
    has(records, unit_code="10", index="PAR_INDEX", year=2022, score=88.31, score_unit="điểm", rank=19)


def test_a_place_held_over_each_year_of_a_span():
    """"dẫn đầu 3 năm liên tiếp từ năm 2019 - 2021": first in each year; a span with no word that it was
    held throughout ("xếp thứ 5, tăng so với từ năm 2016 đến 2018") is no place of every year."""
    text = ("Chỉ số PAPI: tỉnh Bến Tre dẫn đầu cả nước 3 năm liên tiếp từ năm 2019 - 2021. Năm 2022, Kiên Giang "
            "xếp thứ 5 về PCI, cao hơn các kết quả từ năm 2016 đến 2018.")
    records = measures(text)
    for year in (2019, 2020, 2021):
        has(records, unit_code="83", index="PAPI", year=year, rank=1)
    has(records, unit_code="91", index="PCI", year=2022, rank=5)
    lacks(records, unit_code="91", year=2016)


def test_a_table_copied_with_a_bar_on_its_own_line_between_cells():
    """A web table pasted with its separators: every cell on a line, a "|" line between them. Above it,
    "đạt trên 80% gồm …" puts each ministry over 80%; the table's exact values say all that does, and
    its bare numbers are in that percent."""
    text = ("Đạt kết quả Chỉ số CCHC trên 80% gồm 3 đơn vị: Bộ Tư pháp; Bộ Xây dựng; Bộ Y tế.\n"
            "Bảng 1. Kết quả Chỉ số CCHC của các bộ, cơ quan ngang bộ năm 2022.\n"
            "Xếp hạng\n|\nCác bộ, cơ quan ngang bộ\n|\nĐiểm\nthẩm định\n|\nĐiểm điều tra xã hội học\n|\n"
            "Tổng điểm đạt được\n|\nChỉ số tổng hợp (PAR Index 2022)\n|\n"
            "1\n|\nBộ Tư pháp\n|\n62,04\n|\n27,51\n|\n89,55\n|\n89,55\n|\n"
            "2\n|\nBộ Xây dựng\n|\n61,30\n|\n25,92\n|\n87,22\n|\n87,22\n|\n"
            "3\n|\nBộ Y tế\n|\n59,75\n|\n24,01\n|\n83,76\n|\n83,76\n")
    records = measures(text)
    has(records, unit="Bộ Tư pháp", index="PAR_INDEX", component=None, year=2022, score=89.55, score_unit="%",
        rank=1)
    has(records, unit="Bộ Xây dựng", component="survey", score=25.92)
    has(records, unit="Bộ Y tế", component=None, rank=3, score=83.76)
    lacks(records, unit="Bộ Tư pháp", score=80.0)


def test_an_agency_ranked_under_its_old_name_with_its_new_one_in_brackets():
    """"Sở Giao thông vận tải (nay là Sở Xây dựng)": the new name in brackets is the same agency, no
    second unit with the values after it."""
    text = ("Chỉ số CCHC năm 2024 của các sở, ngành tỉnh Hưng Yên: Sở Giao thông vận tải (nay là Sở Xây dựng) "
            "dẫn đầu với 91,20%; Sở Tư pháp xếp thứ 2 với 89,75%.")
    records = measures(text)
    has(records, unit="Sở Giao thông vận tải", province="Hưng Yên", index="PAR_INDEX", year=2024, rank=1,
        score=91.2)
    has(records, unit="Sở Tư pháp", rank=2, score=89.75)
    lacks(records, unit="Sở Xây dựng")


def test_a_place_never_fallen_below_is_no_place_of_a_year():
    """"chưa bao giờ tụt xuống dưới vị trí thứ 11": how low the province has never been, over years."""
    text = ("Từ khi có Chỉ số PCI, tỉnh Long An chưa bao giờ tụt xuống dưới vị trí thứ 12 và năm 2019 "
            "xếp thứ 4/63.")
    records = measures(text)
    has(records, unit_code="80", index="PCI", year=2019, rank=4, rank_total=63)
    lacks(records, rank=12)


def test_parts_named_then_is_and_a_bare_decimal_and_a_baseline_place_out_of_its_total():
    """"Chỉ số gia nhập thị trường là 6,68; chi phí thời gian là 8,14": each part's score with no unit;
    "so với năm 2022 (38/63)": the year before's place and its total."""
    text = ("Năm 2023, PCI của tỉnh Kon Tum xếp thứ 30, tăng 12 bậc so với năm 2022 (42/63). Trong các chỉ số "
            "thành phần, chỉ số gia nhập thị trường là 7,12; chi phí thời gian là 7,95, tính năng động của "
            "chính quyền là 6,40.")
    records = measures(text)
    has(records, unit_code="62", index="PCI", component=None, year=2023, rank=30, rank_change=12, change_since=2022)
    has(records, unit_code="62", index="PCI", component=None, year=2022, rank=42, rank_total=63)
    has(records, unit_code="62", component="entry_costs", year=2023, score=7.12)
    has(records, unit_code="62", component="time_costs", score=7.95)
    has(records, unit_code="62", component="proactivity", score=6.4)


def test_the_sustainable_development_and_logistics_indices_and_a_place_kept():
    """PSDI and LCI are indices of their own (OTHER); "mục tiêu phát triển bền vững" are the goals the
    index measures, no plan's aim; "giữ nguyên vị trí thứ hai so với năm 2021": second both years."""
    text = ("Kết quả PSDI 2022 cho thấy, nhóm thực hiện khá tốt các mục tiêu phát triển bền vững gồm 11 địa "
            "phương. Bình Dương đã thăng hạng từ vị trí thứ 14 lên vị trí thứ 6. Hà Nội giữ nguyên vị trí "
            "thứ hai so với năm 2021. Theo Chỉ số năng lực cạnh tranh logistics (LCI) cấp tỉnh năm 2022, "
            "Đồng Nai đứng thứ 4 cả nước.")
    records = measures(text)
    has(records, type="result", unit_code="74", index="OTHER", year=2022, rank=6)
    has(records, type="result", unit_code="01", index="OTHER", year=2022, rank=2, rank_change=0, change_since=2021)
    has(records, type="result", unit_code="01", index="OTHER", year=2021, rank=2)
    has(records, type="result", unit_code="75", index="OTHER", year=2022, rank=4)
    lacks(records, type="target")


def test_a_place_in_a_share_then_the_index_place_and_a_second_index_after_and():
    """"đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước": a share's place, no index's; the clause after
    the semicolon names the index and is the province's again; "xếp thứ 28 về Chỉ số CCHC và thứ 7 về
    Chỉ số hài lòng": one place of each."""
    text = ("Năm 2023, Quảng Bình đứng thứ hai toàn quốc về tỷ lệ kích hoạt định danh điện tử; chỉ số chuyển đổi "
            "số cấp tỉnh (DTI) xếp thứ 30/63 (tăng 5 bậc so với năm 2022). Quảng Bình cũng xếp thứ 21 cả nước "
            "về chỉ số cải cách hành chính (PAR Index) và thứ 9 cả nước về chỉ số hài lòng (SIPAS). "
            "100% các sản phẩm OCOP đã lên sàn thương mại điện tử.")
    records = measures(text)
    has(records, unit_code="44", index="DTI", year=2023, rank=30, rank_total=63, rank_change=5, change_since=2022)
    has(records, unit_code="44", index="PAR_INDEX", year=2023, rank=21)
    has(records, unit_code="44", index="SIPAS", year=2023, rank=9)
    lacks(records, rank=2)
    lacks(records, score=100.0)


def test_groups_by_bound_with_their_members_named():
    """"trên 90% gồm 2 đơn vị là A và B", "A, B và C là những đơn vị … dưới 80%", "Nhóm A là những địa
    phương có chỉ số từ 90% trở lên, gồm X và Y": each member's score is bounded so."""
    text = ("Năm 2021, chỉ số cải cách hành chính của các bộ trên 90% gồm 2 đơn vị là Bộ Tư pháp và Bộ Tài chính. "
            "Bộ Y tế, Bộ Xây dựng và Bộ Ngoại giao là những đơn vị chỉ số cải cách hành chính dưới 80%. "
            "Nhóm A là những địa phương có chỉ số từ 90% trở lên, gồm Quảng Ninh và Hải Phòng.")
    records = measures(text)
    has(records, unit="Bộ Tư pháp", index="PAR_INDEX", year=2021, score=90.0, score_unit="%", bound=">")
    has(records, unit="Bộ Tài chính", score=90.0, bound=">")
    for ministry in ("Bộ Y tế", "Bộ Xây dựng", "Bộ Ngoại giao"):
        has(records, unit=ministry, score=80.0, bound="<")
    has(records, unit_code="22", score=90.0, bound=">=")
    has(records, unit_code="31", score=90.0, bound=">=")


def test_a_resolve_to_keep_first_place_is_an_aim_and_a_place_kept_as_announced_is_a_result():
    """"đặt quyết tâm duy trì ngôi vị quán quân … trong năm 2019" aims; "công bố, năm 2018, … giữ vững xếp
    hạng ở vị trí thứ 01/63" reports; "(71,30/ 70,69 điểm)" compares two scores, no maximum."""
    text = ("VCCI công bố, năm 2018, Quảng Ninh giữ vững xếp hạng ở vị trí thứ 01/63 tỉnh, thành phố với tổng "
            "điểm cao hơn điểm của vị trí số 01 năm 2017 (71,30/ 70,69 điểm). Quảng Ninh đặt quyết tâm duy trì "
            "ngôi vị quán quân PCI trong năm 2019.")
    records = measures(text)
    has(records, type="result", unit_code="22", year=2018, rank=1, rank_total=63)
    lacks(records, max_score=70.69)
    has(records, type="target", unit_code="22", index="PCI", year=2019, rank=1)
    lacks(records, type="target", year=2018)


def test_a_ranking_of_the_34_provinces_with_no_year_names_the_merged_provinces():
    """"đứng thứ hai trong tổng số 34 tỉnh, thành": the merged Quảng Trị (code 44), though no year is
    written; the ministry's IT industry index is an index of its own."""
    text = ("Tính đến ngày 25-7, tỉnh Quảng Trị đứng thứ hai trong tổng số 34 tỉnh, thành trên cả nước về Bộ Chỉ "
            "số phục vụ người dân và doanh nghiệp.")
    records = measures(text)
    has(records, unit_code="44", index="OTHER", rank=2, rank_total=34, year=None)
    it = measures("Theo Chỉ số công nghiệp công nghệ thông tin 2018, Đà Nẵng xếp vị trí số 3 với 0,4102 điểm.")
    has(it, unit_code="48", index="OTHER", year=2018, rank=3, score=0.4102)


def test_a_lead_without_a_year_does_not_take_the_year_of_an_aim_after_it():
    """A place "hiện" held, before any year, then "mục tiêu cụ thể năm 2023 … phấn đấu": the aim's year is
    not the place's."""
    text = ("Đánh giá chỉ số chuyển đổi số (DTI) cho biết, hiện tỉnh Bình Phước đứng thứ 9/63 tỉnh, thành phố.\n"
            "Theo báo cáo, mục tiêu cụ thể năm 2023 về hạ tầng số, tỉnh phấn đấu 70% dân số trưởng thành có điện "
            "thoại thông minh.")
    records = measures(text)
    has(records, type="result", unit_code="70", index="DTI", rank=9, rank_total=63, year=None)
    lacks(records, type="result", year=2023)


def test_a_change_said_roughly_and_the_state_bank_by_its_initials():
    """"tăng gần 5 điểm, đạt 68,73 điểm": no score of 5, the score reached; "của NHNN": the State Bank."""
    text = ("Năm 2019, điểm PCI của Nghệ An tăng gần 4 điểm, đạt 67,20 điểm. Theo kết quả PAR INDEX năm 2021, "
            "Ngân hàng Nhà nước Việt Nam (NHNN) đạt 90,37%. Trong chỉ số PAR INDEX năm 2021 của NHNN, chỉ số "
            "về công tác chỉ đạo điều hành tiếp tục đứng đầu.")
    records = measures(text)
    has(records, unit_code="40", index="PCI", year=2019, score=67.2)
    lacks(records, score=4.0)
    has(records, unit="Ngân hàng Nhà nước Việt Nam", index="PAR_INDEX", component="direction", year=2021, rank=1)


def test_a_ministry_ranks_its_general_departments():
    """"Tổng cục Thuế", "Ủy ban Chứng khoán Nhà nước": units a ministry ranks among its own."""
    text = ("Năm 2022, Chỉ số cải cách hành chính của Tổng cục Thuế đạt 90,12 điểm, xếp thứ 2; Ủy ban Chứng khoán "
            "Nhà nước xếp thứ 5.")
    records = measures(text)
    has(records, unit="Tổng cục Thuế", unit_level="other", index="PAR_INDEX", year=2022, score=90.12, rank=2)
    has(records, unit="Ủy ban Chứng khoán Nhà nước", unit_level="other", year=2022, rank=5)


def test_a_ranking_written_as_a_numbered_list_of_names():
    text = ("Bảng xếp hạng Chỉ số hài lòng (SIPAS) năm 2021 của các bộ, ngành\n\n"
            " 1. Bộ Tư pháp\n 2. Bộ Công Thương\n 3. Ngân hàng Nhà nước\n 4. Bộ Xây dựng\n\n"
            "Giải pháp nâng cao thứ hạng năm 2022\n"
            " 1. Sở Nội vụ chủ trì rà soát thủ tục\n 2. Sở Tư pháp hướng dẫn các huyện\n 3. Văn phòng UBND tỉnh theo dõi\n\n"
            "Nhiệm vụ trọng tâm\n 1. Bộ Tài chính\n 2. Bộ Y tế\n 3. Bộ Nội vụ\n")
    records = measures(text)
    has(records, unit="Bộ Tư pháp", index="SIPAS", year=2021, rank=1, rank_total=None)
    has(records, unit="Ngân hàng Nhà nước Việt Nam", province=None, index="SIPAS", year=2021, rank=3)
    has(records, unit="Bộ Xây dựng", index="SIPAS", year=2021, rank=4)
    lacks(records, unit="Sở Nội vụ")  # a plan's tasks, each opening on the unit that does it
    lacks(records, unit="Bộ Y tế")  # a list under a heading that ranks nothing


def test_a_last_place_is_out_of_the_total_the_text_states_for_the_same_ranking():
    text = ("Theo kết quả Chỉ số CCHC năm 2019, Bộ Xây dựng tụt từ thứ 8/19 năm 2018 xuống thứ 15/19. "
            "Cơ quan xếp cuối cùng trong kết quả Chỉ số CCHC năm 2019 là Ủy ban Dân tộc, với 71,05%.")
    records = measures(text)
    has(records, unit="Bộ Xây dựng", year=2019, rank=15, rank_total=19)
    has(records, unit="Ủy ban Dân tộc", index="PAR_INDEX", year=2019, rank=19, rank_total=19, score=71.05)


def test_a_table_whose_rows_are_years():
    """"Năm | Điểm | Xếp hạng" over a line a year: each year's score and place of the unit named above."""
    text = ("Kết quả Chỉ số PCI của tỉnh Hà Tĩnh giai đoạn 2016 - 2018\n"
            "Năm | Điểm số | Xếp hạng\n2016 | 58,12 | 35\n2017 | 59,40 | 30\n2018 | 62,03 | 27\n")
    records = measures(text)
    has(records, unit="Hà Tĩnh", index="PCI", component=None, year=2016, score=58.12, score_unit="điểm", rank=35)
    has(records, unit="Hà Tĩnh", year=2018, score=62.03, rank=27)
    assert next(r for r in records if r.year == 2017).evidence.text == "2017 | 59,40 | 30"


def test_a_table_of_years_run_on_from_a_pdf_leaves_out_the_place_in_the_region():
    """A thesis's table run into one line: the header's labels, then each year and its cells; the place
    out of the country's 63 is a rank out of 63, the place within the region no record; the year the
    prose states as well comes out once."""
    text = ("Năm Điểm số PAPI của\nThanh Hóa Xếp hạng cả nước (63 tỉnh) Xếp hạng vùng Bắc Trung Bộ (6 tỉnh) "
            "2016 36,10 20 3 2017 37,95 11 2 2018 42,80 24 4 (Nguồn: papi.org.vn)\n"
            "Năm 2017, chỉ số PAPI của tỉnh Thanh Hóa đạt 37,95 điểm.")
    records = measures(text)
    has(records, unit="Thanh Hóa", index="PAPI", year=2016, score=36.1, rank=20, rank_total=63)
    has(records, unit="Thanh Hóa", year=2018, score=42.8, rank=24, rank_total=63)
    assert len([r for r in records if r.year == 2017]) == 1
    lacks(records, rank=3)
    lacks(records, rank=2)


def test_years_with_numbers_but_no_header_are_no_table():
    text = ("Chỉ số PCI của tỉnh Hà Tĩnh: các năm 2016 12 2017 15 2018 9 lượt đoàn khảo sát đến làm việc.")
    lacks(measures(text), year=2016)
