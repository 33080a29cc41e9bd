"""One document in, its records out: normalize → segment → mentions → drafts → records."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

import regex

from .assemble import LAST_YEAR, Baseline, Context, Draft, carry_over, read_clause
from .document import Document, Table
from .gazetteer import load_gazetteer
from .models import Evidence, Reference, Result, Target
from .normalize import NormalizedText, normalize
from .language import ENGLISH, VIETNAMESE, languages_of_lines
from .patterns import (NO_KEY, Mention, component_names, cue_rules, context_at, context_rules, context_search,
                       index_names, is_context, lower_literals, lowered, select, value_rules, with_first_letters)
from .consolidate import FIELDS as _FIELDS, consolidate, without_restated
from .references import find_references
from .segment import SENTENCE_BREAK, Aside, Span, clauses, lines, sentences
from .readers.table_columns import read_legend
from .readers.text_tables import find_text_tables
from .totals import GroupScope, last_places, share_total
from .readers.year_tables import YearTable, find_year_tables, row_meaning
from .units import MAIN, NOT_A_UNIT, RECORD_LEVELS, DocumentUnits, Unit

# A sentence can state a result only if it holds a score, a rank or a rank
# word; the rest of an article (dates, years, decision numbers, prose) is
# passed over before any rule runs on it.
_MAY_STATE = regex.compile(
    r"\d\s*(?:điểm|%|bậc|hạng)|\d,\d|\d\s*/\s*\d{1,3}(?![\d/])|(?:thứ|hạng|vị trí|tốp|top|nhóm)\s+(?:\d|nhất|nhì|hai|ba\b|tư\b|bốn|số\s+\d)"
    r"|dẫn đầu|đứng đầu|xếp đầu|xếp loại|đạt loại|(?:loại|nhóm|mức) [“\"]?(?:rất |khá )?(?:tốt|khá|xuất sắc|trung bình|yếu|kém)|xếp hạng|bằng (?:số )?điểm|giữ nguyên"
    # PAPI's classes: "đạt được mức điểm trung bình cao", "rơi vào nhóm điểm thấp"
    r"|(?:nhóm|mức) (?:có |đạt )?điểm(?: số)? (?:trung bình |rất )?(?:cao|thấp)"
    r"|quán quân|á quân|ngôi vị|vị trí (?:số|đầu|cao nhất|thứ)|đầu bảng|cuối bảng|(?:xếp|đứng) cuối|áp chót"
    r"|cao nhất (?:(?:trên |trong )?cả nước|toàn|trong|(?:bao )?gồm|là)|thấp nhất (?:(?:bao )?gồm|là)|đánh giá cao nhất|tốt nhất"
    r"|(?:tiếp (?:đó|theo|sau|đến)|theo sau|kế (?:đến|tiếp)|xếp (?:ngay )?sau(?: đó)?)(?: lần lượt)?(?: là|:)|lần lượt (?:chiếm|giữ|thuộc|xếp sau)"
    # ("Nhóm này bao gồm: A, B": the members of the group the sentence before defined)
    r"|nhóm này (?:bao )?gồm"
    # ("UBND huyện Khánh Vĩnh đạt mức I": a level of e-government, in Roman numerals)
    r"|(?:đạt|xếp|thuộc|ở) mức (?:độ )?I"
    # ("01 ngành trung bình: Cảng vụ hàng hải tỉnh": a class, counted, over the list after it)
    r"|\d\s+\w+\s+(?:xuất sắc|tốt|khá|trung bình|yếu)\s*:",
    regex.IGNORECASE,
)
# the same over lower-cased text, run once per document (the standard `re` runs
# this plain alternation twice as fast as `regex`)
_MAY_STATE_LOWERED = re.compile(with_first_letters(lower_literals(_MAY_STATE.pattern)))
# what may state a value in English (lower case)
_MAY_STATE_ENGLISH = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*"
    r"(?:%|percent|per cent|points?|places?|positions?|spots?|notch(?:es)?|levels?|grades?)|\d\.\d|\d(?:st|nd|rd|th)\b"
    r"|\b(?:passed|surpassed|overtook|passing|surpassing)\s+\d"
    r"|\b(?:ranked|ranking|ranks|placed|came|top(?:ped|s|ping)?|led|leads|leading|first|second|third|runners?[- ]up"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|front-?runner"
    r"|followed by|following|no\. ?\d{1,2}|number one|bottom|highest|lowest|best|unchanged)\b"
    # ("in the good PCI tier are A, B": a class over the list after it; "in the middle group")
    r"|\b(?:excellent|good|fair|average|high|low|medium|middle)\s+(?:\w+\s+)?(?:tier|category|class|group)\b"
    # ("continues to lead the list of 19 ministries": "lead" alone is too common a word to look at)
    r"|\bcontinues? to lead\b|\blead the (?:list|ranking|rankings|table|country|nation)\b"
    # ("Quang Binh took the lead of the … Performance Index")
    r"|\b(?:took|takes|taking|take)\s+the\s+lead\b"
)
# A "sentence" longer than this is not prose (a dump, a table without line
# breaks): no rule runs on it, which keeps hostile input cheap.
_LONGEST_SENTENCE = 4000
# what may come before the first unit of a line of a ranked list ("Cụm 1: Huyện Chợ Gạo ...", "- ")
_LIST_LABEL = regex.compile(r"[\W\d]*(?:\p{L}{1,6}\s*\d{1,2}\s*:\s*)?")
# a heading that names a component: its marker and the word for what it is go before the name
_LONGEST_HEADING = 90
_HEADING_WORDS = regex.compile(
    r"\s*(?:[-+•*–]|\(?[a-zđ0-9]{1,2}[.)]|[IVX]{1,4}\.)?\s*(?:(?:lĩnh vực|chỉ số thành phần|chỉ số nội dung|"
    r"nội dung|trụ cột|chỉ số|tiêu chí)\s+)?", regex.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a year listed with another right after it, the pair opening a clause ("Năm 2023 và 2024, Hà Nội
# cũng xếp hạng nhất", "In 2017 and 2018, …")
_YEARS_JOINED = regex.compile(r"\s*(?:và|and)\s*(?:năm\s+)?(?:19|20)\d\d\s*,")
# the longest span of years a place is said to be held over ("từ năm 2015 đến 2018")
_LONGEST_SPAN = 10
# two years near each other: where a sentence may list or span the years of its values (cues `years_listed`,
# `years_spanned`)
_TWO_YEARS = re.compile(r"(?:19|20)\d\d\D{1,15}(?:19|20)\d\d")
# how far before a year (characters) the words that make it a look back may stand (cues.yaml `looking_back`)
_LOOK_BACK_REACH = 90
# how far before a year the words of an aim make it the aim's ("mục tiêu cụ thể năm 2023")
_AIM_REACH = 40
# mentions not looked for over a whole clause: years (found once per text), bare decimals and
# places out of a total (looked for right after a unit's name, its rank or a part's name only)
_NOT_OVER_CLAUSES = frozenset({"year", "bare_score", "bare_rank"})
# cues read elsewhere: around an agency's name, before a locality, at a sentence's start
_NOT_READ_IN_SENTENCES = frozenset({"announcer", "population", "continuation", "group_scope", "context"})
_LIST_JOINT = regex.compile(r"[”\"]?\s*(?:,|và|and|,\s*(?:và|and))\s*(?:(?:lĩnh vực|tiêu chí|chỉ số(?: thành phần| nội dung)?)\s+)?[“\"]?", regex.IGNORECASE)
# a photo's credit, which makes its line a caption
_CAPTION = regex.compile(r"\bPhoto(?:\s+by\b|\s*:)|\bẢnh\s*:|\(Ảnh\b|\bẢnh minh họa\b", regex.IGNORECASE)
# what closes a sentence's label: its colon, perhaps after a closing quote
_LABEL_COLON = regex.compile(r"[”\"’']?\s*:")
# an item's label before its value ("+ Tác động đến phát triển kinh tế - xã hội: 5,31/6,5 điểm")
# (not one that names the whole: "- Tổng điểm: 85,5", "- Kết quả: …", "- Xếp hạng: 12/63")
_PART_LABEL = regex.compile(r"[-+•–*]\s*(?!(?:Tổng|Điểm|Kết quả|Chỉ số|Xếp|Thứ hạng|Vị trí|Vị thứ|Hạng|Năm|Mức|Đạt|"
                            r"Tăng|Giảm)\b)\p{Lu}[^\d:;.\n]{2,80}:(?=\s*\d)")
# what may stand between a unit's name (or rank) and its score written bare ("Hà Nội 6,8", "cao nhất - 6,88")
_RIGHT_AFTER = regex.compile(r"\s*(?:[-–:]\s*|\(\s*)?")
# English sets a bare value off with a comma too ("with the Ministry of Health, 78, the Ministry of ...")
# ("Can Tho at 6.4, Da Nang and Ho Chi Minh City both at 6.6": "at" in a list of scores)
_RIGHT_AFTER_ENGLISH = regex.compile(r"\s*(?:[-–:,]\s*|\(\s*|(?:both\s+)?at\s+)?")
# a part's name, then what it is ("Chỉ số gia nhập thị trường là 6,68; chi phí thời gian là 8,14",
# "Tính minh bạch: 6,51"): the decimal after is the part's score
_PART_IS = {VIETNAMESE: regex.compile(r"\s*(?:là|:)\s*"), ENGLISH: regex.compile(r"\s*(?:is|was|:)\s*")}
# a part's name, then its decimal and the earlier year's in brackets ("chi phí thời gian 6,63 (6,33);
# dịch vụ hỗ trợ doanh nghiệp 6,61 (5,97)"): the first decimal is the part's score
_PART_THEN_PAIR = regex.compile(r"\s+(?=\d{1,2}[,.]\d{1,2}\s*\(\s*\d{1,2}[,.]\d{1,2}\s*\))")
# a preposition that ties a component to the value before it ("4.83 points in people’s participation")
# ("xếp hạng 2 về chỉ số đánh giá Hạ tầng kỹ thuật": the same, through the word for a part)
_PREPOSITION_BEFORE = regex.compile(
    # ("về những nỗ lực cắt giảm chi phí không chính thức": a few words of what was done about the part)
    r"\b(?:in|for|on|về|ở)\s+(?:the\s+)?(?:\p{L}+[’']s\s+)?(?:(?<=về\s+)(?:\p{Ll}+\s+){1,6})?"
    r"(?:(?:chỉ số|chỉ tiêu|lĩnh vực|trụ cột|nội dung|tiêu chí)(?:\s+(?:đánh giá|thành phần))?\s+)?$", regex.IGNORECASE)
_CLAUSE_MARK = regex.compile(r"[,;()]")
# a place, then what it is a place in ("đứng thứ hai toàn quốc về tỷ lệ cấp thẻ căn cước"): when that is
# no index (a share, a growth), neither is the place
_PLACE_IN = regex.compile(r"\s+(?:(?:toàn quốc|cả nước|toàn tỉnh|nationwide|in the country)\s+)?(?:về|in terms of)\s+",
                          regex.IGNORECASE)
# ('Soc Trang leads in "control of corruption in the public sector"': a part quoted right after a
# value and its preposition is that value's)
_QUOTED_RIGHT_AFTER = regex.compile(r"\s+(?:in|for|on|về|ở)\s+[“\"‘']", regex.IGNORECASE)
# two units joined as one subject, and what says they are not ("giữa A và B", "A và B là hai ...")
_UNIT_JOINT = regex.compile(r"(?:\s*,)?\s+(?:và|and)\s+(?:[a-zà-ỹđ-]+\s+){0,4}")  # (", and": the serial comma)
_UNIT_COMMA = regex.compile(r"\s*,\s*")
_ALL_OF_THEM = regex.compile(r"\s+(?:cũng|đều|cùng|both)\s", regex.IGNORECASE)
# "Đà Nẵng, Thừa Thiên Huế, Bắc Ninh đạt giá trị trên 0,40": three or more names with commas, then the verb
# ("Sở Kế hoạch và Đầu tư, Sở Văn hóa và Thể thao, Sở Công thương Ninh Bình xếp loại Rất tốt": the
# province an agency is of may stand before the verb)
_VERB_AFTER = regex.compile(r"(?:\s+(?:tỉnh\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})?\s+(?:đạt|xếp|đứng|thuộc|nằm|có)\s")
# "Cùng với các tỉnh A, B, C, D là một trong ...": the names before the subject share what it is (and
# "… dẫn đầu cùng với Bộ Tài chính": names after the values share them)
_ALONG_WITH = regex.compile(r"\b(?:cùng với|along with)\s+(?:(?:các|những|the)\s+)?$", regex.IGNORECASE)
_NOT_SHARED_BEFORE = regex.compile(r"\b(?:giữa|between|với|than|hơn|từ|from)\s*$", regex.IGNORECASE)
_NOT_SHARED_AFTER = regex.compile(r"[\s,]*(?:là|were|are|as)\s+(?:the\s+)?(?:hai|2|two|những|các|cả)\b|[\s,]*(?:lần lượt|respectively|cùng nhóm)",
                                  regex.IGNORECASE)
# ("A; B và C là những đơn vị chỉ số cải cách hành chính dưới 80%": a group they share a bound of)
_SHARED_BOUND_AFTER = regex.compile(r"[\s,]*là\s+(?:những|các)\s+(?:đơn vị|địa phương|bộ|tỉnh|sở|huyện|cơ quan)\b"
                                    r"[^.;\n]{0,60}?\b(?:dưới|trên|từ)\s+\d", regex.IGNORECASE)
_DATE = regex.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<year>(?:19|20)\d\d)\b|tháng\s+\d{1,2}\s+năm\s+(?P<year>(?:19|20)\d\d)")
# how far (in characters) an index named before still is what units' values are about
_TOPIC_REACH = 1500
# how far (in characters) a year compared against ("so với năm 2023") still is what changes are measured against
_COMPARED_REACH = 1000
# how far after a title (or an excerpt's first values) the text may first write the year or index they are of
_LEAD_REACH = 1000
# how far above a table of one unit's parts the text names that unit (characters: a paragraph or two)
_TABLE_SUBJECT_REACH = 600
# how far back "địa phương này" looks for the unit it stands for (characters: two or three sentences)
_DEMONSTRATIVE_REACH = 400
# many years at once: "những năm qua", "hằng năm", "over the last five years", "in recent years"
_SEVERAL_YEARS = r"(?:những|nhiều|các|mấy) năm|hằng năm|hàng năm"
_PAST_YEARS_EN = r"\b(?:over|in|during)\s+the\s+(?:last|past)\s+\w+\s+years|\bin\s+recent\s+years"
# "Những năm qua, ... đạt trên 80%": a paragraph about many years is of none of them
# ("trong giai đoạn 2016-2020 ... tăng 3,98 điểm": of the whole period, where no one year is named)
_MANY_YEARS = regex.compile(rf"{_SEVERAL_YEARS}|liên tục|liên tiếp|{_PAST_YEARS_EN}"
                            r"|giai đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*(?:[-–]|đến)\s*(?:năm\s+)?(?:19|20)?\d\d",
                            regex.IGNORECASE)
# the same but for words that count the year itself in ("liên tiếp", "liên tục")
_OF_MANY_YEARS = regex.compile(rf"{_SEVERAL_YEARS}|{_PAST_YEARS_EN}", regex.IGNORECASE)
# "Over the last five years, Dong Thap held the top position once": of past years, even where the
# year the text is about was written before ("liên tiếp" is not: it counts the year itself in)
# ("has led the PCI for six consecutive years" with no year in the sentence: of a streak, not of one year)
_PAST_YEARS = regex.compile(rf"(?:những|nhiều|mấy|\d{{1,2}}) năm (?:qua|trước|gần đây|trở lại đây)|{_PAST_YEARS_EN}"
                            r"|\bfor\s+\w+\s+(?:consecutive|straight)\s+years|\b\w+\s+years\s+in\s+a\s+row", regex.IGNORECASE)
# an average of many units, in a sentence that names none of them
# ("belonged to the average group": the class a unit is in, PCI's "nhóm trung bình")
# ("in the high average score group": a class's name, no average)
_AVERAGE = regex.compile(r"(?<!\b(?:high|low|above|below|upper|lower)[\s-])\baverage(?:ly|d)?\b(?!\s+(?:(?:score\s+)?group|class|performers?)\b)|\bon\s+average\b|\bthe\s+median\b|\bbình quân\b|\btrung bình (?:cả nước|chung|của các|đạt|là)\b",
                         regex.IGNORECASE)
_RANK_SIDE = ("rank", "rank_total", "rank_change")
# an English aside right after a name, set off by commas: "Da Nang, the third major city in the nation
# after Hanoi and Ho Chi Minh City, was fourth" (it opens in lower case: ", the Ministry of Justice, …" is
# the next item of a list; and has no verb: ", the top ten cities and provinces include A, …" goes on with
# the sentence)
_APPOSITION = regex.compile(
    r",[ \t]+(?:the|a|an|one of)[ \t]+(?!\p{Lu})"
    r"(?:(?!\b(?:include[sd]?|including|are|were|is|was|has|have|had|ranked|ranks|came|led|topped)\b)[^,;.()\n\d]){3,90},")
# subjects of no unit that the next sentence, naming none, goes on about
_OTHERS_OF_NO_UNIT = frozenset({"nation", "average", "region"})
# the rest of a table's row after its label: value cells only
_CELLS_ONLY = regex.compile(r"(?:[ \t|]+(?:\d{1,3}(?:[.,]\d{1,4})?|N/?A|[-–x]))+[ \t|]*")


def extract_text(text: str, doc_id: str = "text", source: str = "<text>") -> list:
    """Records stated by a text (as read: evidence offsets point into it)."""
    return extract_document(Document(doc_id=doc_id, source=source, text=text))


def extract_document(doc: Document) -> list:
    """Records stated by one document: results, targets and references."""
    norm = normalize(doc.text)
    year_tables = find_year_tables(norm.text)
    year_spans = [norm.source_span(t.start, t.end) for t in year_tables]
    tables = doc.tables or [t for t in find_text_tables(doc.text) if not _inside(_table_span(t), year_spans)]
    reader = DocumentReader(doc, norm, skip=[_table_span(t) for t in tables] + year_spans
                            + (_legend_spans(norm) if tables else []))
    records = reader.references() + reader.measures()
    if tables:
        records.extend(reader.table_records(tables))
    if year_tables:
        records = without_restated(records, reader.year_table_records(year_tables))
    return consolidate(records, doc.text)


# mentions that end a "tiếp theo là A …; B …" run of places over a sentence's clauses
_ORDER_STOPS = frozenset({"rank", "rating", "rating_list", "rating_back", "bound_list", "bound_back", "score_list",
                          "ordered"})


def _class_after_items(inside: list[Mention]) -> bool:
    """"kế đến lần lượt là: A, B thuộc nhóm “tốt”; C, D thuộc nhóm “khá tốt”": units first, then the
    class they share, and nothing else the order stops at; the order goes on over them."""
    stops = [m for m in inside if m.kind in _ORDER_STOPS]
    return (bool(inside) and inside[0].kind == "subject" and all(m.kind == "rating" for m in stops)
            and stops[0].start > max(m.start for m in inside if m.kind == "subject"))


_CHANGE_FIELDS = ("score_change", "rank_change", "change_since", "score_change_unit", "change_bound")


def _years_in_turn(drafts: list[Draft], listed: str) -> list[Draft]:
    """"ranked 46th and 49th in 2021 and 2022", "điểm số năm 2016 và 2017 lần lượt là 56,8 và 59,42":
    the values of one unit, index and part, each in a draft of its own, are of the years listed, in
    turn; one value ("In 2016 and 2017, Hoa Binh ranked 52nd") is of each year."""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", listed)]
    if len(set(years)) != len(years):
        return drafts
    groups: dict[tuple, list[Draft]] = {}
    for draft in drafts:
        if draft.states_something() and draft.kind == "result":
            groups.setdefault((draft.unit, draft.indices, draft.component), []).append(draft)
    out = list(drafts)
    for group in groups.values():
        if any(draft.year_named and draft.year not in years for draft in group):
            continue  # (a value the sentence gives a year the list does not hold is read as it is)
        if len(group) == len(years):
            for draft, year in zip(group, years):
                draft.year, draft.year_named = year, True
        elif len(group) == 1 and not group[0].baselines:
            draft = group[0]
            draft.year, draft.year_named = years[0], True
            for year in years[1:]:
                # ("in 2022 and 2023, the city placed 3rd, moving up 7 spots from its 2021 ranking": a
                # change is said against one year, of the first year listed only)
                again = draft.for_year(year)
                for name in _CHANGE_FIELDS:
                    again.fields.pop(name, None)
                again.since_relative = None
                out.append(again)
    return out


def _place_held_over(drafts: list[Draft], first: int, last: int) -> list[Draft]:
    """"đứng đầu 3 năm liên tiếp từ năm 2018 - 2020", "successively in top 10 … from 2015 to 2018": a
    unit's one place (or class), with no score or change, in a sentence that says it was held throughout
    (cues `held_throughout`), is its place in each year of the span."""
    if not 0 < last - first <= _LONGEST_SPAN:
        return drafts
    places = [d for d in drafts if d.kind == "result" and d.states_something() and not d.baselines]
    if len(places) != 1:
        return drafts
    draft = places[0]
    if any(draft.fields.get(name) is not None for name in ("score", "score_change", "rank_change")):
        return drafts  # (a score or a change of a span is of no one year)
    if draft.year_named and not first <= (draft.year or 0) <= last:
        return drafts
    draft.year, draft.year_named = first, True
    return drafts + [draft.for_year(year) for year in range(first + 1, last + 1)]


def _legend_spans(norm) -> list[tuple[int, int]]:
    """Where a table's legend gives a column's maximum ("Lĩnh vực 1: Công tác chỉ đạo, điều hành
    CCHC (tối đa 9 điểm);"), source offsets: the table stage reads it as what a column means, and
    it is never a result of the unit the text is about."""
    text = norm.text
    spans: list[list[int]] = []
    for entry in read_legend(text, None):
        if entry.max_score is None:
            continue
        semicolon = text.find(";", entry.position)  # (an item's sentence holds its ";")
        end = min(i for i in (semicolon + 1 if semicolon >= 0 else -1, text.find("\n", entry.position), len(text))
                  if i >= 0)
        # ("Ghi chú: LV1: …; LV2: …": the label before the first item, and the items after one
        # another, are one legend)
        start = entry.position
        line_start = text.rfind("\n", 0, start) + 1
        if _LEGEND_LABEL.fullmatch(text, line_start, start):
            start = line_start
        if spans and not text[spans[-1][1]:start].strip(" ;\n"):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [norm.source_span(start, end) for start, end in spans]


_LEGEND_LABEL = regex.compile(r"[\s_*•-]*(?:(?:ghi chú|chú thích|chú giải)\s*:?)?\s*", regex.IGNORECASE)


def _without_class_lists(mentions: list[Mention], text: str, start: int) -> list[Mention]:
    """The mentions but the classes a bracket lists ("phân theo 4 nhóm (Nhóm cao nhất; nhóm trung bình
    cao; nhóm trung bình thấp; nhóm thấp nhất), tỉnh Hà Nam xếp trong nhóm trung bình thấp"): the
    classes there are, none a unit's."""
    brackets: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "rating":
            opened = text.rfind("(", start, m.start)
            if opened >= 0 and text.find(")", opened, m.start) < 0:
                brackets.setdefault(opened, []).append(m)
    listed = {id(m) for group in brackets.values() if len(group) > 1 for m in group}
    return [m for m in mentions if id(m) not in listed] if listed else mentions


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] < e or s < span[1] <= e for s, e in spans)


# the provinces ranked before Hà Tây was merged into Hà Nội (August 2008): a table's "(1-63)" is
# today's range, not the one of its earliest years
_LAST_YEAR_OF_64 = 2008


def _ranked_out_of(total: int, year: int) -> bool:
    """Whether a range of places a table gives holds for the table's `year`."""
    return total != 63 or year > _LAST_YEAR_OF_64


def _table_span(table: Table) -> tuple[int, int]:
    """Where a table's rows lie in the text as read."""
    cells = [cell for row in table.header + table.rows for cell in row]
    return min(c.start for c in cells), max(c.end for c in cells)


# a date at the top of a text: its dateline ("15/03/2026", "Ngày 17 tháng 05 năm 2023", "2022-06-14")
_DATELINE = regex.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<year>(?:19|20)\d\d)\b|tháng\s+\d{1,2}\s+năm\s+(?P<year>(?:19|20)\d\d)"
    r"|\b(?P<year>(?:19|20)\d\d)-[01]\d(?:-[0-3]\d)?\b", regex.IGNORECASE)
# how far into a text its dateline may stand (characters: a title and a line of page furniture)
_DATELINE_REACH = 200


def publication_year(doc: Document) -> int | None:
    """The year a document is dated: its page's date of publication, else a dateline at its top."""
    published = str(doc.metadata.get("published") or "")
    if regex.match(r"(?:19|20)\d\d\b", published):
        return int(published[:4])
    dateline = _DATELINE.search(doc.text, 0, _DATELINE_REACH)
    return int(dateline["year"]) if dateline else None


class DocumentReader:
    def __init__(self, doc: Document, norm: NormalizedText, trace: bool = False,
                 skip: list[tuple[int, int]] = ()):
        # with trace, the mentions every read sentence gave are kept (chiso explain)
        self.trace: list[Mention] | None = [] if trace else None
        # table rows (source offsets) are read by the table stage, not by the text rules
        self.skip = list(skip)
        self.doc = doc
        self.norm = norm
        self.text = norm.text
        self.low = lowered(self.text)  # the rules read lower-cased text (same offsets)
        # a page may mix Vietnamese and English: each line is read with its own language's rules
        text_lines = list(lines(self.text))
        line_languages = languages_of_lines(self.text, [(line.start, line.end) for line in text_lines], self.low)
        self.english = [(line.start, line.end) for line, language in zip(text_lines, line_languages)
                        if language == ENGLISH]
        self.units = DocumentUnits(self.text, load_gazetteer(), self.english)
        # (an index's name that is one item of a list of another index's parts, each out of its own scale,
        # "…; chỉ số Mức độ hài lòng đạt 17,6/18 điểm" among the service index's parts: neither what its
        # values are of nor the text's topic)
        self._named_indices = [m for m in index_names().find(self.text, low=self.low)
                               if not self._said_before("part_in_a_list", m)]
        # where the text may state a value, found in one pass (None: text that lower-casing shifts)
        self._may_state = [m.start() for m in _MAY_STATE_LOWERED.finditer(self.low)] if self.low is not None else None
        if self.english:
            self._read_english_names()
        self._index_positions = [m.start for m in self._named_indices]
        # indices named as what units carry out ("những tỉnh có triển khai thực hiện Bộ chỉ số DDCI"): no topic
        self._carried_out = [self._said_before("carried_out", m) for m in self._named_indices]
        # how many of the indices named first are one and the same (a text about one index only)
        first = self._named_indices[0].fields["index"] if self._named_indices else None
        self._one_index_until = next((i for i, m in enumerate(self._named_indices) if m.fields["index"] != first),
                                     len(self._named_indices))
        # (sentence, whether it opens an item of a list under an intro line ending with ":"), and its language
        self.sentences: list[tuple[Span, bool]] = []
        self._languages: list[str] = []
        after_intro = False
        # sentences that are a component's name alone on its line: the paragraph below gives its values
        self._headings: set[int] = set()
        after_heading = False
        for line, language in zip(text_lines, line_languages):
            in_list = (after_intro and line.bullet) or after_heading
            after_heading = self._component_heading(line, language)
            if after_heading:
                self._headings.add(line.start)
            if self.nothing_to_read(line.start, line.end):
                # no value, no index name, no number: its sentences would each be passed
                # over alike, so the line is not split (the splitter is the costly part)
                self.sentences.append((Span(line.start, line.end), in_list))
                self._languages.append(language)
            else:
                for i, sentence in enumerate(sentences(self.text, line)):
                    self.sentences.append((sentence, i == 0 and in_list))
                    self._languages.append(language)
            after_intro = line.intro or in_list
        self._sentence_starts = [sentence.start for sentence, _ in self.sentences]
        # years are found once for the whole text: the sentences read them from here
        # ("(năm 2023 đạt 9,36 điểm)" is a baseline in brackets: not the year the text goes on about)
        self.year_mentions = sorted(
            (m for rule in self._rules_of_kind("year") for m in rule.finditer(self.text, low=self.low)
             if not self.text[max(0, m.start - 2):m.start].strip().endswith("(")),
            key=lambda m: m.start,
        )
        if any(key in m.fields for m in self.year_mentions for key in ("relative", "after_previous", "before_last")):
            self.year_mentions = self._relative_years(self.year_mentions)
        for m in self.year_mentions:
            # "đạt 4,60 điểm; năm 2018 đạt 4,96 điểm": a year after a semicolon opens what follows it
            if self.text[max(0, m.start - 2):m.start].rstrip().endswith(";"):
                m.fields["after_semicolon"] = True
        # A year once compared against ("so với năm 2022") and then written again
        # ("Năm 2022, Bình Dương đạt 70,52 điểm") is a look back: the text goes on
        # about its own year after it, so it is not carried to the sentences after.
        compared: dict[int, int] = {}
        since_mentions = []
        for language in self.languages():
            # ("tụt 1 bậc so với PCI 2021": the index named with the year compared)
            for name in ("since", "since_index"):
                if name not in value_rules(language).by_name:
                    continue
                for m in value_rules(language).by_name[name].finditer(self.text, low=self.low):
                    compared.setdefault(m.fields["year"], m.start)
                    since_mentions.append((m.start, m.fields["year"], m.end))
        since_mentions.sort()
        self._since_positions = [start for start, _, _ in since_mentions]
        self._since_years = [year for _, year, _ in since_mentions]
        # the year a value moved from ("từ vị trí thứ 24 năm 2019 tụt xuống ...") is a look back too
        moved = [(name, m) for language in self.languages()
                 for name in ("rank_moved", "score_moved", "baseline_rank", "baseline_score_from",
                              "baseline_rank_leapt_from")
                 if name in value_rules(language).by_name
                 for m in value_rules(language).by_name[name].finditer(self.text, low=self.low)
                 if m.fields.get("from_year") or name.startswith("baseline")]
        moved_from = [(m.start, m.end) for _, m in moved]
        # ("tăng 8,09% (từ 71,91% năm 2016 lên 80% năm 2017)" and then "Năm 2016 Ngân hàng Nhà nước
        # cũng đứng đầu": a year a value moved from, written again, is a look back as one compared against)
        for name, m in moved:
            if name.endswith("_moved"):
                compared.setdefault(m.fields["from_year"], m.start)
        # (a value's own year in brackets after it is no year the text goes on about)
        # ("taking the first position previously held by Quang Ninh in 2023": a look back as well)
        # ("Farmers in Soc Trang harvest rice in 2020. Photo by …": a photo's caption says when it was taken)
        # ("Năm 2023 và 2024, hai năm đầu …, Hà Nội cũng xếp hạng nhất": years listed together are no
        # one year the text goes on about)
        aims = [m.start for language in self.languages() for rule in cue_rules(language).rules
                if rule.mention == "target_cue" for m in rule.finditer(self.text, low=self.low)]
        self._aims = sorted(aims)
        self._first_aim = self._aims[0] if aims else None
        own = [m for m in self.year_mentions if not m.fields.get("closes")
               and not (self.text.startswith(("Năm", "In "), m.start) and _YEARS_JOINED.match(self.text, m.end))
               and not any(s <= m.start < e for s, e in moved_from)
               and not context_search("looking_back", self.text, m.start - _LOOK_BACK_REACH, m.start)
               and not self._in_caption(m.start) and not self._aims_deadline(m.start)]
        carried = [m for m in own if compared.get(m.fields["year"], len(self.text)) >= m.start]
        # ("1. Tham gia … đạt 4,60 điểm; năm 2018 đạt 4,96 điểm." / "2. Công khai …": an earlier year's
        # value after a semicolon, as an aside, is no year the text goes on about)
        latest = list(accumulate((m.fields["year"] for m in carried), max))
        carried = [m for i, m in enumerate(carried)
                   if not (m.fields.get("after_semicolon") and i and latest[i - 1] > m.fields["year"])]
        # ("In 2019, its PCI rose … Some component indices increased strongly …": a year compared
        # against before, written again, still speaks for the rest of its paragraph)
        looks_back = [m for m in own if compared.get(m.fields["year"], len(self.text)) < m.start
                      and not any(start <= m.start < end for start, _, end in since_mentions)]
        self._look_back_positions = [m.start for m in looks_back]
        self._look_back_years = [m.fields["year"] for m in looks_back]
        self._year_mention_starts = [m.start for m in self.year_mentions]
        self._year_positions = [m.start for m in carried]
        self._years = [m.fields["year"] for m in carried]
        self._latest_years = list(accumulate(self._years, max))
        dates = [int(m["year"]) for m in _DATE.finditer(self.text)]
        self._latest_date_year = max(dates) if dates else None
        # a title's year is read from the lead after it, but not from an aim ("by 2025", "mục tiêu cụ
        # thể năm 2023 …, phấn đấu")
        self._lead_year = next(((m.start, m.fields["year"]) for m in carried
                                if not m.fields.get("late") and not self._aimed(m.start)), None)

    def _aims_deadline(self, position: int) -> bool:
        """Whether the year at `position` is an aim's deadline: "by 2025" in a sentence that aims ("It aims
        to raise the digital economy's share to 20% by 2025"); no year the results after it are of."""
        # (the year's mention may hold the "by" itself)
        by = self.text.startswith("by ", position) or self.text.startswith("by ", max(0, position - 3))
        if not by or not self._aims:
            return False
        i = bisect_left(self._aims, position) - 1
        return i >= 0 and not SENTENCE_BREAK.search(self.text, self._aims[i], position)

    def _aimed(self, position: int) -> bool:
        """Whether an aim's words stand just before `position`, in its line (`_AIM_REACH` characters)."""
        i = bisect_left(self._aims, position) - 1
        return i >= 0 and position - self._aims[i] <= _AIM_REACH and "\n" not in self.text[self._aims[i]:position]

    def _in_caption(self, position: int) -> bool:
        """Whether `position` is in a photo's caption that is not about the index: a line that
        credits the photo and names no index ("The Ministry of Industry and Trade is the top
        performer … in 2024. (Photo: …)" speaks of the results)."""
        start = self.text.rfind("\n", 0, position) + 1
        end = self.text.find("\n", position)
        end = len(self.text) if end < 0 else end
        if not _CAPTION.search(self.text, start, end):
            return False
        return not any(index_names(language).find(self.text, start, end, low=self.low) for language in self.languages())

    def _relative_years(self, mentions: list[Mention]) -> list[Mention]:
        """Years written in words, given their number: "năm nay", "this year" the year the text is
        dated; "The following year" the year after the one written last before; "Last year," the year
        before the one written last before, or before the text's date. One with nothing to count from
        is no year."""
        dated = publication_year(self.doc)
        out: list[Mention] = []
        for m in mentions:
            if "relative" in m.fields:
                if dated is None:
                    continue
                m.fields["year"] = dated + m.fields.pop("relative")
            elif "after_previous" in m.fields:
                if not out:
                    continue
                m.fields["year"] = out[-1].fields["year"] + m.fields.pop("after_previous")
            elif "before_last" in m.fields:
                # (not from an aim's deadline written before: "to 20% by 2025")
                written = next((o.fields["year"] for o in reversed(out) if dated is None or o.fields["year"] <= dated),
                               dated)
                if written is None:
                    continue
                m.fields["year"] = written - m.fields.pop("before_last")
            out.append(m)
        return out

    def languages(self) -> tuple[str, ...]:
        return (VIETNAMESE, ENGLISH) if self.english else (VIETNAMESE,)

    def _rules_of_kind(self, kind: str) -> list:
        return [rule for language in self.languages() for rule in value_rules(language).rules if rule.mention == kind]

    def _read_english_names(self) -> None:
        """Index names and places where values may stand, in the English lines."""
        for start, end in self.english:
            self._named_indices += index_names(ENGLISH).find(self.text, start, end, low=self.low)
            if self._may_state is not None:
                self._may_state += [m.start() for m in _MAY_STATE_ENGLISH.finditer(self.low, start, end)]
        self._named_indices = select(self._named_indices)
        if self._may_state is not None:
            self._may_state.sort()

    def _component_heading(self, line, language: str) -> bool:
        """"- Lĩnh vực Cải cách thể chế", "2. Chỉ số Tính minh bạch": a line that only names a
        component (no value, no colon: a line ending with ":" introduces its items anyway)."""
        if line.end - line.start > _LONGEST_HEADING or line.intro:
            return False
        marked = _HEADING_WORDS.match(self.text, line.start, line.end)
        if marked.end() == line.start:
            return False  # no list marker, no word for a component: a title, a name, a dateline
        body = self.text[marked.end():line.end].rstrip(" .")
        if not body or _DIGIT.search(body) or self.may_state(line.start, line.end):
            return False
        found = component_names(language).find(body)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(body)

    def nothing_to_read(self, start: int, end: int) -> bool:
        return (not self.may_state(start, end) and not self.indices_in(start, end)
                and not _DIGIT.search(self.text, start, end))

    def may_state(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds a score, a rank or a rank word (see _MAY_STATE)."""
        if self._may_state is None:
            return bool(_MAY_STATE.search(self.text, start, end))
        i = bisect_left(self._may_state, start)
        return i < len(self._may_state) and self._may_state[i] < end

    # ------------------------------------------------------------ evidence

    def evidence(self, start: int, end: int) -> Evidence:
        s, e = self.norm.source_span(start, end)
        return Evidence(start=s, end=e, text=self.doc.text[s:e])

    def sentence_of(self, position: int) -> Span:
        i = bisect_left(self._sentence_starts, position + 1) - 1
        if i >= 0 and position < self.sentences[i][0].end:
            return self.sentences[i][0]
        return Span(position, position + 1)

    # ------------------------------------------------------------ references

    def references(self) -> list:
        out = []
        cited_documents = find_references(self.text)
        self.units.note_authorities([(c.start, c.end) for c in cited_documents])
        for cited in cited_documents:
            sentence = self.sentence_of(cited.start)
            out.append(Reference(
                doc_id=self.doc.doc_id, source=self.doc.source,
                evidence=self.evidence(sentence.start, sentence.end),
                ref_number=cited.ref_number, ref_type=cited.ref_type,
                ref_date=cited.ref_date, issuer=cited.issuer,
            ))
        return out

    # ------------------------------------------------------------ results and targets

    def _look_back_before(self, position: int) -> int | None:
        """Of the years looked back at, the one last written before `position` (its index), where no
        year the text goes on about was written after it."""
        i = bisect_left(self._year_positions, position) - 1
        k = bisect_left(self._look_back_positions, position) - 1
        return k if k >= 0 and (i < 0 or self._look_back_positions[k] > self._year_positions[i]) else None

    def _looks_back_to(self, year: int | None, position: int) -> bool:
        """Whether the year last written before `position`, in an earlier paragraph, is `year` looked back at."""
        k = self._look_back_before(position)
        return (k is not None and self._look_back_years[k] == year
                and "\n" in self.text[self._look_back_positions[k]:position])

    def year_before(self, position: int) -> int | None:
        """The year the text speaks of at `position`: the last written before it, or, for a
        title or lead that comes before any year ("Quảng Trị xếp thứ 28/63 về PAPI" over
        "Theo kết quả PAPI năm 2021 ..."), the first one written just after."""
        k = self._look_back_before(position)
        if k is not None and "\n" not in self.text[self._look_back_positions[k]:position]:
            return self._look_back_years[k]  # (a look back speaks for the rest of its paragraph)
        i = bisect_left(self._year_positions, position) - 1
        if i >= 0:
            return self._after_history(i, position)
        lead = self._lead_year
        if (lead is not None and lead[0] - position <= _LEAD_REACH
                and not _OF_MANY_YEARS.search(self.text, self.text.rfind("\n", 0, position) + 1, lead[0])):
            # ("Những năm qua, ... đạt trên 80%" before any year is of no one year; "3 năm liên
            # tiếp xếp ở vị trí quán quân" counts the year written next in)
            return lead[1]
        return None

    def _after_history(self, i: int, position: int) -> int:
        """The year of carried year i, unless i ends a paragraph of history before `position`'s:
        "Năm 2014, Bộ xếp thứ 18/19; năm 2015 xếp thứ 16/19, năm 2016 xếp thứ 15/19." in an article
        about 2017 looks back, and the next paragraph speaks of the year before it again."""
        paragraph = self.text.rfind("\n", 0, self._year_positions[i]) + 1
        if self.text.find("\n", self._year_positions[i], position) < 0:
            return self._years[i]
        first = i
        while first > 0 and self._year_positions[first - 1] >= paragraph:
            first -= 1
        if first < i and self._years[i] < self._years[first] == max(self._years[first:i + 1]):
            # "Năm 2019 đạt 43,21 điểm, hạng 38/63. Năm 2018 đạt 42,10 điểm, hạng 56/63." / "Kết quả 8
            # chỉ số nội dung như sau:": a paragraph that ends looking back from the year it opened on
            # hands that year on to the next
            return self._years[first]
        if first == i or first == 0:
            return self._years[i]
        before, history = self._years[first - 1], self._years[first:i + 1]
        return before if max(history) < before else self._years[i]

    def _in_english(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.english)

    def year_after_compared(self, position: int) -> int | None:
        """"Theo bảng xếp hạng PCI mới nhất, Đồng Tháp đạt 69,66 … So với năm 2023, PCI của Đồng Tháp giảm
        0,02 điểm": in a text that names no year of its own, the year after the one its values are
        compared with, nearest before (else after) the value."""
        i = bisect_left(self._since_positions, position)
        near = [j for j in (i - 1, i) if 0 <= j < len(self._since_positions)
                and abs(position - self._since_positions[j]) <= _COMPARED_REACH]
        return self._since_years[near[0]] + 1 if near else None

    def compared_before(self, position: int, year: int) -> int | None:
        """"tăng 6 bậc so với năm 2023. Chỉ số thành phần A tăng 34 bậc ...": a change that
        names no year is measured against the year the text compared with last, near before it."""
        i = bisect_left(self._since_positions, position) - 1
        if i >= 0 and position - self._since_positions[i] <= _COMPARED_REACH and self._since_years[i] < year:
            return self._since_years[i]
        return None

    def aim_year_after(self, position: int) -> int | None:
        """A headline's aim ("Hai Duong strives to be one of the 20 localities …") before any year: the
        year the lead aims at ("by 2025, Hai Duong strives …"), where the lead is near."""
        aim = next((m for m in self.year_mentions if m.start > position and m.fields.get("late")), None)
        if aim is None or aim.start - position > _LEAD_REACH or "\n" not in self.text[position:aim.start]:
            return None
        return aim.fields["year"]

    def latest_year_before(self, position: int) -> int | None:
        """The latest year written before `position`: what a plan's aims are for."""
        i = bisect_left(self._year_positions, position) - 1
        return self._latest_years[i] if i >= 0 else None

    def measures(self) -> list:
        drafts: list[Draft] = []
        previous: Context | None = None
        # what an ordered continuation ("Tiếp đó là ...") goes on from: the rank and its ranking
        ranked_before: tuple = (None, None, False, None)
        ranks_taken: dict = {}  # the places the paragraph stated so far, per ranking (Context.ranks_taken)
        # (indices, component, end) of the sentence before, where its last values were of a component
        last_component: tuple | None = None
        # (unit, end) of the sentence before, where all its values were of one unit it named
        last_unit: tuple | None = None
        continuation = cue_rules().by_name["continuation"].fallback
        rank_goes_on = {language: cue_rules(language).by_name["rank_goes_on"].fallback for language in self.languages()}
        measure_goes_on = cue_rules().by_name["measure_goes_on"].fallback
        group_scope = cue_rules().by_name["group_scope"].fallback
        scope: GroupScope | None = None  # the group whose number counts the ranks read now
        heading_of: tuple | None = None  # (indices, component) a heading line just named
        first_indices: tuple | None = None  # the indices of the first values of the sentence before
        ranked_list: int | None = None  # the next place of a list ranked from the top, over its lines
        others_before = False  # the sentence just read was about the nation, a region or an average
        columns: tuple | None = None  # (indices a list's first item scored in order, where it ends)
        paragraph_start = 0  # the first draft of the paragraph read now
        part_alone: tuple | None = None  # the last sentence that states no value, for a part it may name
        last_read = 0  # the first draft of the last sentence that stated values
        paragraph_end = 0
        for (sentence, bullet_item), language in zip(self.sentences, self._languages):
            s, e = sentence.start, sentence.end
            if "\n" in self.text[paragraph_end:s]:
                paragraph_start = len(drafts)
                ranks_taken = {}
            end_before, paragraph_end = paragraph_end, e  # (the end of the sentence before)
            after_others, others_before = others_before, False
            if self.skip and self.in_table(s, e):
                previous = None
                continue
            heading = s in self._headings
            introduces_list = self.text[e - 1] == ":" or heading  # its items below inherit what it says
            if e - s > _LONGEST_SENTENCE:
                previous = None
                continue
            # ("Nhóm các sở, ban, ngành gồm 20 cơ quan." counts the ranks of the lines after it)
            before_scope = scope
            scope = GroupScope.at_sentence(self.text, s, e, scope, group_scope)
            if scope is not None and scope is not before_scope:
                scope.reach_back(drafts[last_read:])
            if not (introduces_list or self.may_state(s, e)):
                # no value here, but the indices it names may be what the next sentence ranks
                # ("công bố Chỉ số CCHC và chỉ số hài lòng … Theo đó, phường A xếp thứ 3": as for a
                # sentence's topic, an announcement of several goes on about the first it names)
                named = tuple(dict.fromkeys(m.fields["index"] for m in self.topic_indices(s, e)))
                # ("Phấn đấu giai đoạn 2021-2025, nâng điểm số và thứ hạng các chỉ số. Cụ thể: …": an aim
                # with no value of its own is what the sentence going on from it states)
                aim = bisect_left(self._aims, s) < bisect_left(self._aims, e)
                previous = (Context(indices=named[:1], named_indices=named, kind="target" if aim else "result")
                            if named or aim else None)
                # "Đặc biệt ấn tượng là chỉ số Kiểm soát tham nhũng. Năm 2018 chỉ số này chỉ đạt 6,21 điểm": a
                # sentence naming one part and no value is what "chỉ số này" next refers to (read only then)
                part_alone = (s, e, named, language)
                continue
            goes_on = (bullet_item or bool(continuation.match(self.text[s:e]))
                       # ("… về kết quả PCI. Điểm số đã tăng từ 60,98 lên 63,85": the score of the index the
                       # sentence before named, with no value of its own)
                       or (previous is not None and bool(previous.indices) and not previous.component
                           and "\n" not in self.text[end_before:s]
                           and bool(measure_goes_on.match(self.text[s:e]))))
            # "Xếp hạng thứ 43/63, tăng 12 bậc": the rank of the unit, and the index, the sentence
            # before opened with (not an index it named in passing)
            rank_of_last = (not goes_on and last_unit is not None and first_indices is not None
                            and bool(rank_goes_on[language].match(self.text[s:e])))
            goes_on = goes_on or rank_of_last
            names = self.names(s, e, language)
            subjects = self.units.subjects_in(s, e)
            cues = cue_rules(language).find(self.text, s, e, leave_out=_NOT_READ_IN_SENTENCES, low=self.low)
            cues = [self.just_named(m) if m.fields.get("recent") else m for m in cues]
            # a unit named, or referred to ("the province's score"), with no index named
            # ("Bộ này ...": a referring word already made the subject it stands for)
            about_a_unit = subjects or any(m.kind in ("anaphor", "subject") for m in cues)
            topic = self.topic_before(s) if about_a_unit and not names else None
            # "… tốt nhất ở chỉ số này": the part the sentence before stated values of
            refers_back = any(m.kind == "part_anaphor" for m in cues)
            if refers_back and part_alone is not None and (last_component is None or last_component[2] < part_alone[0]):
                last_component = self.part_named_alone(*part_alone) or last_component
            refers_back = refers_back and last_component is not None
            if not (names or introduces_list or topic or refers_back or (previous and previous.indices and goes_on)):
                previous = None  # nothing here says what an index value would be about
                continue
            if previous is not None and bullet_item and self.unknown_part(s, names + subjects):
                continue  # (the parts listed go on below it: the context stays theirs)
            parts = clauses(self.text, sentence, self.asides(s, e))
            found = names + subjects + cues
            found += self.year_mentions[bisect_left(self._year_mention_starts, s):bisect_left(self._year_mention_starts, e)]
            for clause in parts:  # values only where a clause holds one
                if self.may_state(clause.start, clause.end):
                    found += value_rules(language).find(self.text, clause.start, clause.end, leave_out=_NOT_OVER_CLAUSES,
                                                        low=self.low)
            mentions = _without_class_lists(self.without_appositions(select(found)), self.text, s)
            self.mark_listed_components(mentions)
            self.mark_joined_subjects(mentions)
            self.mark_along_with(mentions)
            mentions = self.bare_values(mentions, language)
            starts = [m.start for m in mentions]
            if self.trace is not None:
                self.trace.extend(mentions)
            context = self.starting_context(s, previous, goes_on or introduces_list, topic)
            context.ranks_taken = ranks_taken
            # (two years near each other: where the sentence may list or span the years of its values)
            two_years = _TWO_YEARS.search(self.text, s, e) is not None
            years_listed = context_search("years_listed", self.text, s, e) if two_years else None
            context.years_in_turn = years_listed is not None
            spanned = (context_search("years_spanned", self.text, s, e)
                       if two_years and years_listed is None and context_search("held_throughout", self.text, s, e)
                       else None)
            if introduces_list and not goes_on and context.unit.kind == "none":
                # "… duy trì trong TOP 5 các tỉnh, thành phố …. Mục tiêu 10 chỉ số thành phần như sau:": the
                # others the sentence before ended on are not what a new list is about
                context.unit = MAIN
            if not about_a_unit:
                if after_others:
                    # "At the provincial level, the DTI averaged 0.6961. All three pillars showed
                    # improvement, with digital government scoring 0.7582": still the average's
                    context.unit = NOT_A_UNIT
                others_before = any(m.kind == "other_subject" and m.rule in _OTHERS_OF_NO_UNIT for m in cues)
            if ranked_list is not None and subjects and _LIST_LABEL.fullmatch(self.text, s, subjects[0].start):
                # "xếp lần lượt từ cao xuống thấp như sau:" / "Sở Tài chính 99,95 điểm; Sở Xây dựng ...":
                # the lines that open on a unit go on with the list's places
                context.list_next_rank = ranked_list
            if rank_of_last and not names:
                context.indices = first_indices
            (context.last_rank, context.last_rank_of, context.last_rank_is_last,
             context.last_rank_unit) = ranked_before
            if columns and "\n" not in self.text[columns[1]:s]:
                context.columns = columns[0]
            carried = None
            if heading:
                heading_of = None
            elif (heading_of is not None and goes_on
                    and not any(m.kind == "component" for m in names)):
                # "- Lĩnh vực Cải cách thể chế" / "Đạt 9,42/10 điểm, xếp thứ 22/63": the values
                # below a component's heading are the component's
                context.indices, context.component = heading_of
                carried = heading_of[1]
            elif (not names and not context.component and last_component is not None
                    and ("\n" not in self.text[last_component[2]:s] or refers_back)
                    # ("Năm 2018 chỉ số này chỉ đạt 6,21 điểm": a sentence that refers back may give its own year)
                    and (refers_back
                         or bisect_left(self._year_mention_starts, s) == bisect_left(self._year_mention_starts, e)
                         # ("… Năm 2018 chỉ số này chỉ đạt 6,21 điểm. Đến năm 2019, Hậu Giang vươn lên 7,15 điểm":
                         # where the index's parts have a scale, a score above it is still read as the index's)
                         or (len(last_component[0]) == 1 and last_component[0][0] in component_names().scales))):
                # "Năm 2022, Bình Dương dẫn đầu về kiểm soát tham nhũng ... Trong 10 tỉnh dẫn đầu
                # còn có ...": a sentence of the same paragraph that names nothing goes on
                # about the component the one before stated values of
                context.indices, context.component = last_component[0], last_component[1]
                carried = last_component[1]
            if last_component is not None and len(last_component[0]) == 1 and "\n" not in self.text[last_component[2]:s]:
                context.part_before = (last_component[0], last_component[1])
            if not context.indices:
                # "về chính quyền số, Ninh Bình xếp thứ 5": a component is read as one of the index
                # the text was about ("Tại lĩnh vực “Cung ứng dịch vụ công”, mức hài lòng đạt 85%": or
                # of the one the sentence names after it)
                named_here = self.indices_in(s, e)
                context.topic = named_here[0].fields["index"] if named_here else self.topic_before(s)
            read = last_read = len(drafts)
            # "2. Chỉ số “công khai, minh bạch”: Năm 2019, … đạt 5,46 điểm; năm 2020, đạt 5,61 điểm": a
            # part named as the sentence's label, before its colon, is what all its clauses are of (not
            # where several parts are labelled in turn: "lĩnh vực “A”: …; lĩnh vực “B”: …")
            parts_named = [m for m in mentions if m.kind == "component"]
            labelled = (len(parts_named) == 1 and parts_named[0].end <= parts[0].end
                        and bool(_LABEL_COLON.match(self.text, parts_named[0].end)))
            for k, clause in enumerate(parts):
                inside = mentions[bisect_left(starts, clause.start):bisect_left(starts, clause.end)]
                if isinstance(clause, Aside):
                    # "đạt 4,60 điểm (tỉnh đạt cao nhất 5,81 điểm thuộc về Hà Tĩnh); năm 2018 đạt 4,96 điểm": the
                    # aside is of its own unit; the sentence then goes on about the one before it
                    # (one that names no unit, "(cao nhất cả nước là 8,19 điểm)", states nothing of one)
                    if any(m.kind in ("subject", "other_subject") for m in inside):
                        drafts.extend(read_clause(inside, replace(context, unit=MAIN, named_in_sentence=None,
                                                                   list_next_rank=None, order_goes_on=False),
                                                  (clause.start, clause.end)))
                    continue
                if (context.order_goes_on and clause.start > s and any(m.kind in _ORDER_STOPS for m in inside)
                        and not _class_after_items(inside)):
                    # "…; B 93,19 điểm và xếp cuối cùng là C", "…; nhóm Khá tốt gồm D, E": a clause
                    # with a place or a class of its own is no item of the order before
                    context.list_next_rank, context.order_goes_on = None, False
                if (context.component and not any(m.kind == "component" for m in inside)
                        and context_at("whole_index", self.text, clause.start)):
                    context.component, context.component_fronted = None, False
                stated = read_clause(inside, context, (clause.start, clause.end))
                drafts.extend(stated)
                if heading and context.component:
                    heading_of = (context.indices, context.component)
                # "Tại lĩnh vực “Thủ tục hành chính”, mức hài lòng đạt 85%": a part named before the
                # comma, with no value of its own, is what the next clause's values are of
                if not stated and context.component and any(m.kind == "component" for m in inside):
                    context.component_fronted = True
                elif not (labelled and context.component) and not self.same_part_earlier_year(
                        next((p for p in parts[k + 1:] if not isinstance(p, Aside)), None), mentions, starts):
                    context = carry_over(context)
            previous = context
            if years_listed is not None:
                drafts[read:] = _years_in_turn(drafts[read:], years_listed.group())
            elif spanned is not None:
                drafts[read:] = _place_held_over(drafts[read:], int(spanned["first"]), int(spanned["last"]))
            ranked_list = context.list_next_rank if not context.list_in_sentence else None
            first_indices = drafts[read].indices if len(drafts) > read else None
            if not heading:
                heading_of = None
            ranked_before = (context.last_rank, context.last_rank_of, context.last_rank_is_last,
                             context.last_rank_unit)
            last_unit = self.go_on_with(drafts[read:], last_unit, s)
            columns = _columns_of(drafts[read:], columns, e)
            for draft in drafts[read:]:
                draft.component_carried = carried is not None and draft.component == carried
                if scope is not None:
                    scope.give_total(draft)
            share_total(drafts[read:])
            if paragraph_start < read:
                share_total(drafts[paragraph_start:], by_breadth=True)
            # only a sentence all of whose values are of one component hands it on (one that
            # states nothing, "This position was held by Binh Duong in 2021", leaves it be)
            stated = {(d.indices, d.component) for d in drafts[read:]}
            if stated:
                only = next(iter(stated)) if len(stated) == 1 else None
                last_component = (only[0], only[1], e) if only and only[1] not in (None, NO_KEY) else None
        last_places(drafts)
        for draft in drafts:
            self.units.note_subject(draft.unit)
        return [record for draft in drafts for record in self.records(draft)]

    def same_part_earlier_year(self, following: Span | None, mentions: list[Mention], starts: list[int]) -> bool:
        """Whether the clause following opens on a year and names no part, index or unit of its own:
        "Tham gia của người dân đạt 4,60 điểm; năm 2018 đạt 4,96 điểm" (the same part's)."""
        if following is None:
            return False
        inside = mentions[bisect_left(starts, following.start):bisect_left(starts, following.end)]
        return (bool(inside) and inside[0].kind == "year" and inside[0].start == following.start
                and not any(m.kind in ("component", "index", "subject", "other_subject") for m in inside))

    def unknown_part(self, start: int, named: list[Mention]) -> bool:
        """"+ Chỉ số SIPAS: 8,23/10 điểm; + Khảo sát lãnh đạo, quản lý: 18,05/22 điểm; + Tác động đến phát
        triển kinh tế - xã hội: 5,31/6,5 điểm": an item of a list labelled with a name no part, index or
        unit has is a part we do not know; its value is not the index's."""
        label = _PART_LABEL.match(self.text, start)
        return label is not None and not any(m.start < label.end() for m in named)

    def asides(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans in brackets in text[start:end] that are statements of their own (the best unit's value
        after the one the sentence is about, or the country's average)."""
        if not any(self.low.find(word, start, end) >= 0 for word in ("nhất", "trung bình", "bình quân")):
            return []
        return [(m.start(), m.end()) for rule in context_rules("best_in_brackets")
                for m in rule.finditer(self.text, start, end)]

    def part_named_alone(self, s: int, e: int, named: tuple, language: str) -> tuple | None:
        """(indices, component, end) of the one part a sentence with no value names, if it names one."""
        parts = component_names(language).find(self.text, s, e, low=self.low)
        topic = named[0] if named else self.topic_before(s)
        if len(parts) != 1 or topic is None:
            return None
        chosen = component_names().choose(parts[0].fields["readings"], topic)
        return ((chosen[0],), chosen[1], e) if chosen is not None and chosen[1] != NO_KEY else None

    def go_on_with(self, drafts: list[Draft], last_unit: tuple | None, start: int) -> tuple | None:
        """"Bắc Giang có hai chỉ số thành phần dẫn đầu cả nước ... Chỉ số tính cạnh tranh bình đẳng
        xếp thứ 2.": in a text about several units alike, a sentence of the same paragraph that
        names none goes on about the unit the one before stated values of. Returns what the
        next sentence may go on with."""
        if last_unit is not None and "\n" not in self.text[last_unit[1]:start]:
            for draft in drafts:
                if draft.unit.kind == "main" and self.units.dominant(self.units.era(draft.year)) is None:
                    draft.unit = last_unit[0]
        units = {draft.unit for draft in drafts}
        if len(units) == 1:
            unit = next(iter(units))
            if unit.kind in ("locality", "agency"):
                return unit, max(draft.span[1] for draft in drafts)
            return last_unit if unit.kind == "main" and last_unit is not None and drafts[0].unit == last_unit[0] else None
        return None if drafts else last_unit

    def just_named(self, mention: Mention) -> Mention:
        """"địa phương này": the unit named last before it, in this sentence or the ones before;
        "the bank", "Bộ này": the last bank or ministry named."""
        earlier = self.units.subjects_in(max(0, mention.start - _DEMONSTRATIVE_REACH), mention.start)
        agency = mention.fields.get("agency")  # how the agency's name begins (rules ministry_just_named, ...)
        if agency is not None:
            earlier = [m for m in earlier if m.fields["ref"].kind == "agency" and m.fields["ref"].key.startswith(agency)]
        if not earlier:
            return Mention("anaphor", mention.start, mention.end, {}, mention.priority, mention.rule)
        return Mention("subject", mention.start, mention.end, {"ref": earlier[-1].fields["ref"]},
                       mention.priority, mention.rule)

    def without_appositions(self, mentions: list[Mention]) -> list[Mention]:
        """"followed by Hanoi, the capital city, with 83.9 percent": a referring phrase set off by a
        comma right after a name is that name again, no unit of its own ("Da Nang, the third major
        city after Hanoi and Ho Chi Minh City, was fourth": nor are the names inside it)."""
        asides = []
        for m in mentions:
            if m.kind == "subject":
                aside = _APPOSITION.match(self.text, m.end)
                if aside is not None:
                    asides.append((aside.start(), aside.end()))
        return [m for i, m in enumerate(mentions)
                if not (m.kind == "anaphor" and i > 0 and mentions[i - 1].kind == "subject"
                        and self.text[mentions[i - 1].end:m.start].strip() == ",")
                and not (m.kind == "subject" and any(s < m.start and m.end <= e for s, e in asides))]

    def mark_listed_components(self, mentions: list[Mention]) -> None:
        """"Công khai, minh bạch và Trách nhiệm giải trình đạt 5 điểm": a component
        joined to the one before by "và" or a comma shares its value; what ties a part, an
        index or a share to the value before it ("… và thứ 7 cả nước về Chỉ số hài lòng")."""
        for before, mention in zip(mentions, mentions[1:]):
            if before.kind == mention.kind == "component":
                mention.fields["listed"] = bool(_LIST_JOINT.fullmatch(self.text, before.end, mention.start))
            elif before.kind == "subject" and mention.kind == "component":
                # "Trà Vinh (thủ tục hành chính công)": the part a unit just named is first in
                mention.fields["beside_unit"] = self.text[before.end:mention.start].strip() == "("
        for i, mention in enumerate(mentions):
            if mention.kind in ("other_subject", "index") and i > 0 and mentions[i - 1].kind == "rank":
                # ("… và thứ 7 cả nước về chỉ số hài lòng": the index, or the share, the place just read is of)
                place_in = bool(_PLACE_IN.fullmatch(self.text, mentions[i - 1].end, mention.start))
                mention.fields["place_in"] = place_in
                if place_in and mention.kind == "index":
                    mentions[i - 1].fields["index_after"] = True
            if mention.kind == "component":
                # "got 4.83 points in participation": the preposition ties it to the value before
                tie = _PREPOSITION_BEFORE.search(self.text, max(0, mention.start - 64), mention.start)
                mention.fields["after_preposition"] = bool(
                    tie or (i > 0 and mentions[i - 1].kind in ("rank", "score")
                            and _QUOTED_RIGHT_AFTER.fullmatch(self.text, mentions[i - 1].end, mention.start)))
                # ("ranked 3rd nationwide in Digital Infrastructure": the part the value right before is of)
                mention.fields["right_after_value"] = bool(
                    i > 0 and mentions[i - 1].kind in ("rank", "score")
                    and is_context("part_right_after_value", self.text, mentions[i - 1].end, mention.start))
                mention.fields["in_terms_of"] = bool(
                    context_search("in_terms_of", self.text, mention.start - 20, mention.start))
                mention.fields["a_cause"] = bool(
                    context_search("cause_before", self.text, mention.start - 48, mention.start))
                # (with no comma since the mention before: ", với những đánh giá của doanh nghiệp
                # về gia nhập thị trường" turns to what the value came from)
                mention.fields["tied_by_ve"] = bool(
                    tie and i > 0 and context_search("part_right_after_ve", self.text, tie.start(), mention.start)
                    and not _CLAUSE_MARK.search(self.text, mentions[i - 1].end, mention.start))

    def bare_values(self, mentions: list[Mention], language: str) -> list[Mention]:
        """"thứ ba là Đà Nẵng 6,59", "cao nhất - 6,88": a decimal with no unit (rule bare_score)
        right after a unit's name or its rank is that unit's score ("thủ tục hành chính công (7,65)":
        in brackets right after a component's name, or after its name and "là" or a colon ("Chỉ số gia
        nhập thị trường là 6,68"), the component's); anywhere else it is no value.
        A place out of a total right after a component's name (rule bare_rank) is its rank."""
        rule = value_rules(language).by_name.get("bare_score")
        ranks = value_rules(language).by_name.get("bare_rank")
        if rule is None:
            return mentions
        out = []
        for i, mention in enumerate(mentions):
            out.append(mention)
            if mention.kind not in ("subject", "rank", "component"):
                continue
            gap = (_RIGHT_AFTER if language == VIETNAMESE else _RIGHT_AFTER_ENGLISH).match(self.text, mention.end)
            following = mentions[i + 1].start if i + 1 < len(mentions) else len(self.text)
            if mention.kind == "component" and "(" not in self.text[gap.start():gap.end()]:
                # "nhận thức số 16/63": a place out of a total right after a part's name is its rank
                if ranks is not None and "/" in self.text[gap.end():gap.end() + 4]:
                    for found in ranks.finditer(self.text, gap.end(), gap.end() + 12, low=self.low, checked=True):
                        if (found.start == gap.end() and found.end <= following
                                and found.fields["rank"] <= found.fields["total"]):
                            out.append(Mention("rank", found.start, found.end, found.fields, found.priority, found.rule))
                        break
                    continue
                gap = _PART_IS[language].match(self.text, mention.end)
                if gap is None:
                    # "chi phí thời gian 6,63 (6,33)": a decimal with an earlier one in brackets after it
                    gap = _PART_THEN_PAIR.match(self.text, mention.end)
                    if gap is None:
                        continue
            for found in rule.finditer(self.text, gap.end(), gap.end() + 40, low=self.low, checked=True):
                if found.start == gap.end() and found.end <= following:
                    fields = found.fields
                    unit = self._unit_of_list_before(out, found.start)
                    if unit is not None:
                        fields = {**fields, "unit": unit}
                    out.append(Mention("score", found.start, found.end, fields, found.priority, found.rule))
                break
        return out

    def _unit_of_list_before(self, mentions: list[Mention], position: int) -> str | None:
        """"Bộ Thông tin - Truyền thông (86,13 điểm), Bộ Tài chính (84,42), …": a bare score in brackets
        after a name is in the unit of the last score before it in the sentence, itself in brackets."""
        if self.text[position - 1:position] != "(":
            return None
        before = next((m for m in reversed(mentions) if m.kind == "score" and m.start < position), None)
        if (before is None or not before.fields.get("unit") or "bound" in before.fields
                or self.text[before.start - 1:before.start] != "("):
            return None
        return before.fields["unit"]

    def mark_along_with(self, mentions: list[Mention]) -> None:
        """"Bộ TT&TT thuộc top 5 bộ, ngành dẫn đầu cùng với Ngân hàng Nhà nước, Bộ Tài chính và Bộ GTVT":
        units named after the values, after "cùng với", and those listed with them, share the bound or
        class the unit before them got."""
        valued = False
        along = False
        previous = None
        for mention in mentions:
            if mention.kind in ("rank", "score", "rating"):
                valued, along = True, False
            elif mention.kind == "subject":
                if valued and previous is not None and _ALONG_WITH.search(
                        self.text, max(previous.end, mention.start - 20), mention.start):
                    along = True
                elif along and not (_UNIT_COMMA.fullmatch(self.text, previous.end, mention.start)
                                    or _UNIT_JOINT.fullmatch(self.text, previous.end, mention.start)):
                    along = False
                if along:
                    mention.fields["along_with"] = True
                previous = mention
            elif mention.kind not in ("index", "component", "year"):
                along = False

    def mark_joined_subjects(self, mentions: list[Mention]) -> None:
        """"Bộ Tư pháp và tỉnh Quảng Ninh dẫn đầu", "Justice and the northern province of Quang
        Ninh ranked first": two units joined by "và"/"and" before their values share them
        ("A và B là hai địa phương dẫn đầu", "giữa A và B" do not)."""
        run: list[Mention] = []
        for mention in mentions + [Mention("end", len(self.text), len(self.text))]:
            if (run and mention.kind == "subject"
                    and (_UNIT_JOINT.fullmatch(self.text, run[-1].end, mention.start)
                         or _UNIT_COMMA.fullmatch(self.text, run[-1].end, mention.start))):
                run.append(mention)
                continue
            # "A, B, C và D đạt loại xuất sắc": a run of names that ends with "và" shares its values
            # (or a run of names with commas only, then "cũng", "đều": "A, B cũng thuộc nhóm điểm Tốt")
            if (len(run) >= 2 and (_UNIT_JOINT.fullmatch(self.text, run[-2].end, run[-1].start)
                                   or _ALL_OF_THEM.match(self.text, run[-1].end)
                                   or (len(run) >= 3 and _VERB_AFTER.match(self.text, run[-1].end))
                                   or _ALONG_WITH.search(self.text, max(0, run[0].start - 20), run[0].start))
                    and not _NOT_SHARED_BEFORE.search(self.text, max(0, run[0].start - 12), run[0].start)
                    and (not _NOT_SHARED_AFTER.match(self.text, run[-1].end)
                         or _SHARED_BOUND_AFTER.match(self.text, run[-1].end))):
                fronted = self._said_before("value_fronted", run[0])
                for joined in run[1:]:
                    joined.fields["joined"] = True
                    if fronted:
                        joined.fields["fronted"] = True
            run = [mention] if mention.kind == "subject" else []

    def in_table(self, start: int, end: int) -> bool:
        source_start, source_end = self.norm.source_span(start, end)
        return any(s <= source_start and source_end <= e for s, e in self.skip)

    def table_records(self, tables: list[Table]) -> list:
        """Rows of tables as records, with the decision's heading as their context."""
        from .readers.decision import decision_reference, read_heading
        from .readers.tables import TableContext, district_named, records_from_tables

        heading = read_heading(self.doc)
        out = []
        reference = decision_reference(self.doc, heading)
        if reference is not None:
            out.append(reference)
        for table in tables:
            start, _ = _table_span(table)
            index, year, province = heading.index, heading.year, heading.province
            if index is None:  # a table in an article: what the text before it is about
                named = index_names().find(self.text, 0, start)
                index = named[-1].fields["index"] if named else None
                year = year or self.year_before(start)
            province_code = heading.province_code
            if province is None:
                main = self.units.main(self.units.era(year))
                if main is not None:
                    province, province_code = main.province, main.province_code
            context = TableContext(index, year, province, province_code, heading.unit_level,
                                   totals_from_rows=reference is not None,
                                   subject=self._unit_named_before(start, year),
                                   district_code=district_named(table.caption, year) if table.caption else None,
                                   reorganized_from=self.units.reorganized_from)
            single = Document(self.doc.doc_id, self.doc.source, self.doc.text, self.doc.metadata, [table])
            out.extend(records_from_tables(single, context))
        return out

    def year_table_records(self, tables: list[YearTable]) -> list[Result]:
        """A profile's table of years: for each year, the index's score and rank and each
        component's score, of the unit the document is about."""
        out = []
        read: set[tuple] = set()  # (component, year): a later table on another scale ("(1-100)") says no more
        for table in tables:
            # the index a row scores ("PCI 68.12 63.80 ..."), else the one the text named before
            index = next((self._index_named(row.label) for row in table.rows
                          if (row.meaning or row_meaning(row.label, self._index_named, lambda _: None))
                          == ("score", None)), None) or self.topic_before(table.start)
            if index is None:
                continue
            meanings = [row.meaning or row_meaning(row.label, self._index_named,
                                                   lambda label: self._component_named(label, index))
                        for row in table.rows]
            out.extend(self._unit_rows(table, meanings, index))
            for i, year in enumerate(table.years):
                unit = self.units.main(self.units.era(year))
                if unit is None or not self._named_before(unit, table.start):
                    continue  # a profile names its unit above its table, not only in an address below
                common = dict(doc_id=self.doc.doc_id, source=self.doc.source, unit=unit.name, unit_level=unit.level,
                              unit_code=unit.code, province=unit.province, province_code=unit.province_code,
                              index=index, year=year)
                own = {}
                own_rows = []
                for row, meaning in zip(table.rows, meanings):
                    value = row.values[i]
                    if meaning is None or value is None:
                        continue
                    kind, key = meaning
                    if (key, year, kind) in read:
                        continue
                    read.add((key, year, kind))
                    place = row.ranks[i] if row.ranks is not None else None
                    place = {"rank": int(place)} if place is not None and place == int(place) else {}
                    if row.score_unit is not None:
                        place["score_unit"] = row.score_unit
                    if kind == "component":
                        span = table.spans[i] if table.spans else (row.start, row.end)
                        out.append(Result(component=key, score=value, **place,
                                          evidence=self.evidence(*span), **common))
                    elif kind == "rank" and value == int(value):
                        own["rank"] = int(value)
                        if table.rank_total is not None and _ranked_out_of(table.rank_total, year):
                            own["rank_total"] = table.rank_total
                        own_rows.append(row)
                    elif kind == "score":
                        own["score"] = value
                        own.update(place)
                        own_rows.append(row)
                if own:
                    start, end = table.spans[i] if table.spans else (min(r.start for r in own_rows),
                                                                     max(r.end for r in own_rows))
                    out.append(Result(component=None, evidence=self.evidence(start, end), **common, **own))
        return out

    def _unit_rows(self, table: YearTable, meanings: list, index: str) -> list[Result]:
        """"So sánh với các tỉnh trong vùng" / "Bình Dương | 22.44 | 14.11": rows labelled by a
        unit's name give that unit's score of the index, one a year (where two or more rows do)."""
        named = []
        for row, meaning in zip(table.rows, meanings):
            subjects = self.units.subjects_in(row.start, row.end) if meaning is None else []
            if (len(subjects) == 1 and subjects[0].kind == "subject"
                    and not self.text[row.start:subjects[0].start].strip(" |\t")
                    and _CELLS_ONLY.fullmatch(self.text, subjects[0].end, row.end)):
                named.append((row, subjects[0].fields["ref"]))
        if len(named) < 2:
            return []
        out = []
        for row, ref in named:
            for year, value in zip(table.years, row.values):
                unit = self.units.unit(ref, year)
                if unit is None or value is None:
                    continue
                out.append(Result(doc_id=self.doc.doc_id, source=self.doc.source, unit=unit.name,
                                  unit_level=unit.level, unit_code=unit.code, province=unit.province,
                                  province_code=unit.province_code, index=index, component=None, year=year,
                                  score=value, evidence=self.evidence(row.start, row.end)))
        return out

    def _unit_named_before(self, position: int, year: int | None) -> Unit | None:
        """The unit the text names last before `position`, within the paragraph or two above it."""
        named = [m for m in self.units.subjects_in(max(0, position - _TABLE_SUBJECT_REACH), position)
                 if m.kind == "subject"]
        return self.units.unit(max(named, key=lambda m: m.start).fields["ref"], year) if named else None

    def _named_before(self, unit: Unit, position: int) -> bool:
        """Whether the text names `unit` before `position` (or writes its name there, as a header run on
        from a PDF does: "Điểm số PAPI của Quảng Bình Xếp hạng …", where no name can be told apart)."""
        for mention in self.units.subjects_in(0, position):
            named = self.units.unit(mention.fields["ref"], None)
            if named is not None and named.name == unit.name:
                return True
        return self.text.find(unit.name, 0, position) >= 0

    def _index_named(self, label: str) -> str | None:
        for language in self.languages():  # a table's labels are in the language of its text
            named = index_names(language).find(label)
            if named:
                return named[0].fields["index"]
        return None

    def _component_named(self, label: str, index: str) -> str | None:
        for language in self.languages():
            chosen = component_names(language).match(label, index)
            if chosen and chosen[0] == index:
                return chosen[1]
        return None

    def indices_in(self, start: int, end: int) -> list[Mention]:
        """Index names in text[start:end], from the one pass over the whole text."""
        return self._named_indices[bisect_left(self._index_positions, start):bisect_left(self._index_positions, end)]

    def names(self, start: int, end: int, language: str = VIETNAMESE) -> list[Mention]:
        """Index and component names in text[start:end] (not a part named as what the index is worked
        out from: "dựa trên … điểm điều tra xã hội học")."""
        parts = component_names(language).find(self.text, start, end, low=self.low)
        return self.indices_in(start, end) + [m for m in parts if not self._said_before("method_of_index", m, 80)]

    def _said_before(self, cue: str, name: Mention, reach: int = 40) -> bool:
        """Whether the context rule `cue` (cue files) stands in the `reach` characters right before a name."""
        return context_search(cue, self.text, name.start - reach, name.start) is not None

    def topic_before(self, position: int) -> str | None:
        """The index last named before `position`, if it was named near enough to be
        what a sentence naming units but no index is about ("Dẫn đầu là huyện B ...")."""
        i = bisect_left(self._index_positions, position) - 1
        while i >= 0 and self._carried_out[i]:
            i -= 1  # ("Đa phần các tỉnh thăng hạng đều là những tỉnh có triển khai Bộ chỉ số DDCI. Một số tỉnh …
            # như: Tiền Giang (tăng 12 bậc)": the places are still the PCI's)
        if i < 0:
            # a text that states values before it names its index (an excerpt that starts
            # mid-article, a lead under a title): the index it names first, if soon
            if self._named_indices and self._index_positions[0] - position <= _LEAD_REACH:
                return self._named_indices[0].fields["index"]
            return None
        last = self._named_indices[i]
        if position - last.end > _TOPIC_REACH and i >= self._one_index_until:
            return None  # (a text that has named one index only is about it however far it goes)
        sentence = self.sentence_of(last.start)
        if not sentence.start <= position < sentence.end:
            # "công bố Chỉ số CCHC và Chỉ số SIPAS năm 2023. Quảng Ninh dẫn đầu với 92,18%": a
            # sentence announcing several indices goes on about the first it names
            return self.topic_indices(sentence.start, sentence.end)[0].fields["index"]
        return last.fields["index"]

    def topic_indices(self, start: int, end: int) -> list[Mention]:
        """The indices a sentence names as what it is about: not one it names beside another ("Together with
        the PAR Index, Dong Nai's PCI has also improved"), unless it names no other."""
        named = self.indices_in(start, end)
        about = [m for m in named
                 if context_search("index_beside", self.text, max(start, m.start - 30), m.start) is None]
        return about or named

    def starting_context(self, start: int, previous: Context | None, goes_on: bool,
                         topic: str | None) -> Context:
        """What a sentence is about before it says anything: what the one before left open
        where it goes on from it ("Trong đó, ...", a list's intro or items), or the
        index last named where it names units but no index ("Tiếp theo là huyện B ...")."""
        year = self.year_before(start)
        if previous is not None and goes_on:
            # "Mục tiêu năm 2024:" speaks for its items; "Năm 2016 Ngân hàng Nhà nước cũng đứng đầu" (a
            # year looked back at) not for the next paragraph's "Thứ hạng tiếp theo là …"
            # (nor a paragraph that ended looking back from the year it opened on: year_before gives that year)
            if (previous.year_stated and not self._looks_back_to(previous.year, start)
                    and not (year is not None and previous.year is not None and year > previous.year)):
                year = previous.year
            return Context(unit=previous.unit, indices=previous.indices, year=year, kind=previous.kind,
                           named_indices=previous.named_indices, year_stated=previous.year_stated,
                           year_from_before=previous.year_stated)
        if topic is not None:
            return Context(indices=(topic,), year=year, named_indices=(topic,))
        return Context(unit=MAIN, year=year)

    def records(self, draft: Draft) -> list:
        if draft.kind == "target" and not draft.year_named:
            # a plan's sentence without a year aims at the plan's year, not at the
            # year of the result mentioned just before it
            draft.year = self.latest_year_before(draft.span[0])
            if draft.year is None:
                draft.year = self.aim_year_after(draft.span[0])
        if draft.year is None and draft.kind == "result":
            draft.year = self.year_after_compared(draft.span[0])
        if not draft.indices:
            # "Thứ tư là tỉnh Bắc Giang, ... nằm trong nhóm 5 dẫn đầu PCI": values stated before
            # the sentence names its index are about the index the text was about
            topic = self.topic_before(draft.span[0])
            draft.indices = (topic,) if topic else ()
        unit = self.unit_of(draft.unit, draft.year)
        if unit is None or not draft.indices or draft.component == NO_KEY:
            return []
        if draft.component_carried:
            scale = component_names().scales.get(draft.indices[0])
            if scale is not None and (draft.fields.get("score") or 0) > scale:
                draft.component = None  # a score no component of the index reaches: the index's own
        if ((draft.year is None and _MANY_YEARS.search(self.text, *draft.span))
                or (not draft.year_named and _PAST_YEARS.search(self.text, *draft.span))):
            return []  # "những năm gần đây luôn đạt trên 60 điểm": of no one year
        if draft.unit.kind == "main" and _AVERAGE.search(self.text, *draft.span):
            return []  # "The region's PCI surged by 10 percent averagely": an average, of no one unit
        values = {name: draft.fields.get(name) for name in _FIELDS}
        if (draft.fields.get("score_change_unit") == "%" and values["score"] is not None
                and values["score_unit"] != "%"):
            # "80.33 points, up 15.1% from 2023", "DTI đạt 0,5934, tăng 94,69% so với năm 2021": a change
            # in per cent of a score in points, or of a value with no unit, is relative, no change of the score
            values["score_change"] = None
        if values["change_since"] is None and draft.since_relative and draft.year:
            values["change_since"] = draft.year + draft.since_relative
        if values["change_since"] is None and draft.year and (
                values["score_change"] is not None or values["rank_change"] is not None):
            # "từ 79,69% năm 2016 giảm xuống còn 72,40%, giảm 7,29%": the change is against the year moved from
            moved_from = [b.year for b in draft.baselines if b.year is not None and 0 < b.year < draft.year]
            if moved_from:
                values["change_since"] = max(moved_from)
        if values["change_since"] is None and draft.year and (
                values["score_change"] is not None or values["rank_change"] is not None or draft.baselines):
            values["change_since"] = self.compared_before(draft.span[1], draft.year)
        if (values["change_since"] is None and draft.year and draft.kind == "result"
                and (values["score_change"] is not None or values["rank_change"] is not None)
                and self._in_english(draft.span[0])):
            # "Quang Ninh rose three places": an English report's change with no year is against the
            # index's edition before (Vietnamese reports that mean it say "so với năm trước")
            values["change_since"] = draft.year - 1
        common = dict(
            doc_id=self.doc.doc_id, source=self.doc.source,
            evidence=self.evidence(*draft.span),
            unit=unit.name, unit_level=unit.level, unit_code=unit.code,
            province=unit.province, province_code=unit.province_code,
            component=draft.component,
        )
        model = Target if (draft.kind == "target" and not self.past_aside(draft)) or self.aims_ahead(draft) else Result
        out = []
        # (a draft of earlier years' results only gives those, below)
        # "raising its PCI from 73.4 points in 2019 to 75.3 points this year": the year the sentence is
        # about is the one moved from; the year of the value moved to is not known
        moved_within = draft.year is not None and any(b.year == draft.year for b in draft.baselines)
        # (a part listed with one the taxonomy has no key for shares its values; that one makes no record)
        components = (tuple(c for c in (draft.component,) + draft.more_components if c != NO_KEY)
                      if draft.states_something() and not moved_within else ())
        for index in draft.indices:
            for component in components:
                for part in _bounded_parts(draft.fields, values):
                    out.append(model(index=index, year=draft.year, **{**common, "component": component}, **part))
            for baseline in self.baselines(draft, values, moved_within, aim=model is Target):
                base_unit = self.unit_of(draft.unit, baseline.year)
                if base_unit is None:
                    continue
                out.append(Result(
                    index=index, **baseline._asdict(),
                    **{**common, "unit": base_unit.name, "unit_level": base_unit.level,
                       "unit_code": base_unit.code, "province": base_unit.province,
                       "province_code": base_unit.province_code},
                ))
        return out

    def unit_of(self, ref, year: int | None) -> Unit | None:
        if year is not None and year >= 2025 and self._latest_date_year is not None and self._latest_date_year < 2025:
            # a plan written before the 2025 mergers aims for 2025 with the units of its day
            year = self._latest_date_year
        unit = self.units.unit(ref, year)
        if year is not None and year >= 2025 and (unit is None or unit.code is None):
            # "Bạc Liêu … đặt mục tiêu … nhóm 20 vào năm 2025" in a text of 2021: a province the 2025
            # mergers ended is the text's own, of the units of its day
            earlier = self.units.unit(ref, 2024)
            if earlier is not None and earlier.code is not None:
                unit = earlier
        if unit is None and ref.kind in ("main", "anaphor") and self.units.names_no_unit(ref.level):
            # the text never names its unit ("của tỉnh" and no name): the record stands, its unit unknown
            unit = Unit(None, ref.level if ref.level in RECORD_LEVELS else None)
        return unit

    def past_aside(self, draft: Draft) -> bool:
        """A value in brackets in a plan's sentence, for a year already over when the text
        was written: the result the plan starts from, not its aim ("phấn đấu … năm 2021 …
        đứng thứ 59/63 (chỉ số PCI năm 2020 của Đắk Nông đứng thứ 60/63)")."""
        if draft.year is None or not draft.year_named or self._latest_date_year is None:
            return False
        if draft.year >= self._latest_date_year:
            return False
        at = draft.first_value
        if at is None:
            return False
        before = self.text[self.text.rfind("\n", 0, at) + 1:at]
        return before.count("(") > before.count(")")

    def aims_ahead(self, draft: Draft) -> bool:
        """A plan's value for a year not yet over when the text was written: a target
        though its sentence has no "phấn đấu" ("Chỉ số hài lòng năm 2024 đạt trên 90%"
        in a plan dated 2024)."""
        if draft.year is None or not draft.year_named or self._latest_date_year is None:
            return False
        cue = self._first_aim
        return cue is not None and cue < draft.span[0] and draft.year >= self._latest_date_year

    @staticmethod
    def baselines(draft: Draft, values: dict, moved_within: bool = False, aim: bool = False) -> list[Baseline]:
        """Results for earlier years that the text gives: the year a change is measured
        against ("so với năm 2022 là 12,91 điểm", "bằng điểm so với năm 2022") or the
        value a score or rank moved from ("từ vị trí thứ 7 của năm 2018 lên ...")."""
        since = values.get("change_since")
        out = []
        for baseline in draft.baselines:
            year = baseline.year
            if year == LAST_YEAR:
                year = draft.year - 1 if draft.year else None
            year = year or since
            if year and (year != draft.year or moved_within) and baseline.states_something():
                # "đạt 43,79 điểm, tăng hơn mức điểm 42,40 của năm 2018": the earlier score
                # written bare is in the later one's unit
                score_unit = baseline.score_unit
                if baseline.score is not None and score_unit is None:
                    score_unit = values.get("score_unit")
                out.append(baseline._replace(year=year, score_unit=score_unit,
                                             rank_total=baseline.rank_total if baseline.rank is not None else None))
        if draft.same_score and since and values.get("score") is not None:
            out.append(Baseline(since, values["score"], values.get("score_unit")))
        if (not aim and values.get("rank_change") == 0 and since and values.get("rank") is not None
                and not values.get("bound")
                and not any(b.year == since and b.rank is not None for b in out)):
            # "giữ nguyên vị trí thứ 5 so với năm 2021": the place the year compared with held too (a plan's
            # "giữ vững vị trí" aims, and states no earlier place)
            out.append(Baseline(since, rank=values["rank"], rank_total=values.get("rank_total")))
        return out


def _columns_of(drafts: list[Draft], columns: tuple | None, end: int) -> tuple | None:
    """The indices one unit's scores in a sentence were of, in order, where there are several
    ("A đứng đầu với Chỉ số CCHC 96,85% và Chỉ số hài lòng 99,38%"): what the bare scores of the
    list's next items are of. A sentence that follows them hands them on."""
    scored = [d for d in drafts if d.fields.get("score") is not None]
    indices = tuple(d.indices[0] for d in scored if len(d.indices) == 1)
    if (len(scored) >= 2 and len(indices) == len(scored) and len(set(indices)) == len(indices)
            and len({d.unit for d in scored}) == 1 and len(drafts) == len(scored)):
        if columns is not None and indices == columns[0]:
            return columns[0], end
        return indices, end
    return None


def _bounded_parts(fields: dict, values: dict) -> list[dict]:
    """A record has one bound: "từ 88% trở lên, trong nhóm 25 dẫn đầu" states two
    (the score >=, the rank <=), so it becomes two records, one for each."""
    score_bound, rank_bound = fields.get("score_bound"), fields.get("rank_bound")
    if score_bound and rank_bound and score_bound != rank_bound:
        score_part = {k: (None if k in _RANK_SIDE else v) for k, v in values.items()}
        rank_part = {k: (v if k in _RANK_SIDE or k == "change_since" else None) for k, v in values.items()}
        parts = [dict(score_part, bound=score_bound), dict(rank_part, bound=rank_bound)]
    else:
        parts = [dict(values, bound=score_bound or rank_bound or fields.get("change_bound"))]
    for part in parts:
        if part["score_change"] is None and part["rank_change"] is None:
            part["change_since"] = None
    return [p for p in parts if any(p.get(k) is not None for k in ("score", "rank", "rating", "score_change", "rank_change"))]
