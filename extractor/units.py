"""Who a record is about: localities, agencies and words that refer to them.

A clause names its unit outright ("huyện Núi Thành", "Sở Nội vụ"), by
reference ("của huyện", "toàn tỉnh", "địa phương"), or not at all, in which
case the document's main unit is meant. Mentions of the population a rank is
counted in ("04/18 huyện ... thuộc tỉnh Quảng Nam") are not subjects.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import get_args

import regex

from .branches import Branch, find_branches, names_of_one_office
from .gazetteer import Gazetteer, Locality, LocalityMention, era_for_year
from .gazetteer.folding import fold_name, spelling_pattern
from .gazetteer.levels import DISTRICT_LEVELS, levels_for_word
from .gazetteer.localities import ERA_2025, LEGACY
from .gazetteer.source import FORMER_PROVINCE_NAMES
from .models import UnitLevel
from .patterns import Mention, agency_names, context_at, context_search, cue_rules

PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
AGENCY_LEVELS = frozenset({"sở", "bộ"})
RECORD_LEVELS = frozenset(get_args(UnitLevel))


# how much more a unit weighs in what a document is about when the title names
# it, and each time it is the subject of stated values, than a mere mention
_TITLE_WEIGHT = 3
# a text naming this many units, none named at least twice as often as the next, is about them all
_MANY_UNITS = 4
_DOMINANCE = 1.5
_DOMINANCE_UNTITLED = 2  # (where the title names no unit)
_SUBJECT_WEIGHT = 2
# an agency's initials in brackets after its name, and how far they may reach
_INITIALS = regex.compile(r"\s*\([\p{Lu}Đ&.\-]{2,12}\)\s*")
_INITIALS_GAP = 17
# a page's opening lines that are no title: short, with no number and no index's name
_FURNITURE = regex.compile(r"(?i)(?!.*(?:\d|chỉ số|index|\b(?:par|pci|papi|sipas|dti|ddci)\b|cải cách|chuyển đổi số))"
                           r".*")
_FURNITURE_LENGTH = 60
_FURNITURE_LINES = 6
_TITLE_NAME = regex.compile(r"\s*(?P<name>\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3})\s*[:–]")
# first words of rating classes that a level word can stand before ("thành phố Trung bình cao")
_NOT_NAMES = frozenset({"Trung", "Khá", "Tốt", "Cao", "Thấp", "Xuất", "Yếu", "Kém", "Nhóm", "Top", "Tốp"})
# ("TP HCM, Hải Phòng": the city written with its initials is one too)
_CENTRAL_CITIES = frozenset(fold_name(n) for n in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "HCM"))
_HUE = fold_name("Huế")
# "SIPAS reached 83.94%, …, with Hai Phong, Thai Nguyen … topping the rankings": a name brought in by
# "with" opens what is said of it next, and takes no value stated before it
_WITH_BEFORE = regex.compile(r"(?:^|[\s,])with\s+(?:the\s+)?$")
_OF_BEFORE = regex.compile(r"(?:của|trong|thuộc|toàn|cả|tại|trên địa bàn|khối)\s+(?:các\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã)?\s*$",
                           regex.IGNORECASE)
# between a district (or commune) and the province it lies in
_LIES_IN = regex.compile(r"\s*,?\s*(?:của|thuộc)\s+")
# "Cục Quản lý thị trường thuộc Bộ Công thương": the agency above the one named, no subject
_UNDER = regex.compile(r"\b(?:trực\s+)?thuộc\s+$")
# how far before a name the words of its renaming may open ("(nay là ", "(now the ": cues `renamed_to`)
_RENAMED_REACH = 32
# an agency's name before a place: "Sở" and capitalized words, nothing that ends a phrase between
_AGENCY_BEFORE = regex.compile(r"\b(?:Sở|Cục|Chi cục|Ban Quản lý|Trung tâm|Bệnh viện|Trường)(?:\s+[\p{L}&]+){1,7}\s+$")
# list items between two known names: capitalized words between commas
_UNKNOWN_ITEMS = regex.compile(r"(?:[ \t]*,[ \t]*(?P<item>\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*){0,3}))+[ \t]*,[ \t]*")
# a dateline: the place in capitals or with the agency that filed it, then a dash
_DATELINE_AFTER = regex.compile(r"\s*(?:\([\p{Lu}\p{L} .+]{2,20}\)\s*)?[—–-]\s")
_AGENCY_AFTER = regex.compile(r"\s*\((?:VNA|VNS|TTXVN|VOV|VGP|TTO|TN|PLO|SGGP|Vietnam\+)\)", regex.IGNORECASE)
_QUALIFIER_GAP = regex.compile(r"\s*[(,–-]?\s*(?:thuộc\s+)?")
_BREADTH = {"xã": 0, "phường": 0, "thị trấn": 0, "huyện": 1, "quận": 1, "thị xã": 1,
            "thành phố": 1, "tp": 1, "tỉnh": 2, "sở": 1, "bộ": 3}


def breadth(level_word: str | None) -> int:
    """How wide a level word's unit is; a bare name is a province."""
    if level_word is None:
        return 2
    return _BREADTH.get(" ".join(level_word.lower().replace(".", " ").split()), 1)


@dataclass(frozen=True)
class Unit:
    """A record's unit, as the record fields want it."""

    name: str
    level: str | None
    code: str | None = None
    province: str | None = None
    province_code: str | None = None

    @classmethod
    def of(cls, locality: Locality) -> "Unit":
        # levels outside the record contract's list ("đặc khu") are "other"
        level = locality.level if locality.level in RECORD_LEVELS else "other"
        name, province = locality.name, locality.province
        former = FORMER_PROVINCE_NAMES.get(locality.province_code) if locality.era == LEGACY else None
        if former is not None and province == former[0]:
            # the unit list of the years before 2025 already writes the later name: a result
            # of those years is the province's, under the name it had then
            province = former[1]
            if locality.code == locality.province_code:
                name, level = former[1], former[2]
        return cls(name, level, locality.code, province, locality.province_code)


@dataclass(frozen=True)
class UnitRef:
    """A unit as a clause names it; made a Unit once the record's year is known.

    kind: "locality" (index into the document's locality mentions), "agency"
    (name, level), "anaphor" (a level word), "main" (the document's unit), or
    "none" (a subject that is not an assessed unit: "12 xã", "tỷ lệ hồ sơ").
    """

    kind: str
    key: object = None
    level: str | None = None
    # how wide the unit is (commune 0, district 1, province 2, ministry 3), where
    # the words say it; None for the document's unit and for "not a unit"
    breadth: int | None = field(default=None, compare=False)
    of_district: bool = False  # an agency that is a district's office ("Phòng Nội vụ")
    # a locality's name as folded, for two mentions of one place ("Da Nang", "Da Nang City") to be
    # known as one where only the text's words are at hand
    name: str | None = field(default=None, compare=False)

    def same_place(self, other: "UnitRef | None") -> bool:
        """The same mention, or two mentions of one locality by the same name."""
        return other is not None and (self == other or (self.kind == other.kind == "locality"
                                                        and self.name is not None and self.name == other.name))


MAIN = UnitRef("main")
NOT_A_UNIT = UnitRef("none")


class DocumentUnits:
    """The units a document names, found once and resolved per era on demand."""

    def __init__(self, text: str, gazetteer: Gazetteer, english: list[tuple[int, int]] = ()):
        """`english`: the spans of the text written in English."""
        self.text = text
        self.gazetteer = gazetteer
        # a text that ranks the 34 provinces formed in 2025 speaks of them for the year 2024 too
        ranks_34 = "34" in text and context_search("ranking_of_34", text, 0, len(text))
        self.reorganized_from = 2024 if ranks_34 else 2025
        # ("THỌ XUÂN DẪN ĐẦU, NGHI SƠN ĐỘI SỔ": a headline in capitals names its places in capitals)
        named_in, capitals = _capitals_titled(text)
        found = gazetteer.find_mentions(text)
        if capitals:  # names the text writes in capitals are found again in title case ("TP.HCM" is not)
            taken = [(m.start, m.end) for m in found]
            found = sorted(found + [m for m in gazetteer.find_mentions(named_in)
                                    if any(s <= m.start < e for s, e in capitals)
                                    and not any(s < m.end and m.start < e for s, e in taken)],
                           key=lambda m: m.start)
        self.localities = _with_bare_districts(named_in, gazetteer, found, capitals)
        if english:
            self.localities = _with_english_places(gazetteer, self.localities, text, english)
        self._starts = [m.start for m in self.localities]
        population = cue_rules().by_name["population"].fallback
        # an agency that announces or assesses is no subject ("Theo công bố của Bộ Nội vụ, ...")
        languages = ("vi", "en") if english else ("vi",)
        announcers = [(cue_rules(language).by_name["announcer_before"].fallback,
                       cue_rules(language).by_name["announcer_after"].fallback) for language in languages]
        named = agency_names().find(text)
        for start, end in capitals:
            # ("SỞ GIÁO DỤC VÀ ĐÀO TẠO YÊN BÁI XẾP HẠNG 3": a headline in capitals names its agencies in capitals)
            named += [m for m in agency_names().find(named_in, start, end)
                      if not any(n.start < m.end and m.start < n.end for n in named)]
        for start, end in english:
            named += agency_names("en").find(text, start, end)
        self.agencies = _without_repeats(text, sorted(
            (m for m in named
             if not any(before.search(text[max(0, m.start - 45):m.start]) or after.search(text[m.end:m.end + 60])
                        for before, after in announcers)),
            key=lambda m: m.start,
        ))
        self._agency_starts = [m.start for m in self.agencies]
        agency_ends = {m.end for m in self.agencies}
        # "Sở Tư pháp tỉnh Hòa Bình", "the management board of industrial parks in Hoa Binh province": the
        # locality only says whose department it is
        # ("Đài Phát thanh Truyền hình Lâm Đồng", "Kho bạc Nhà nước Cao Bằng": so does one inside an agency's name)
        spans = [(m.start, m.end) for m in self.agencies]
        self.names_agency = [self._follows(agency_ends, m.start) or self._places_agency(agency_ends, m.start)
                             or any(s <= m.start and m.end <= e for s, e in spans)
                             for m in self.localities]
        # "the Da Nang Customs Department": so does a place an agency is named after ("Cục Hải quan Đà Nẵng")
        self._name_after_places()
        # "3 cục hải quan: Đà Nẵng, Đồng Nai và …": places that stand for an agency's office in each
        self._branch_provinces: dict[str, str] = {}  # a branch's name → its province's code
        # ("Tổng cục Thuế xếp thứ nhất" in a text about one province's offices: the national body)
        self._national = frozenset(m.fields["name"] for m in self.agencies if m.fields.get("national"))
        self._take_branches(find_branches(text, self.localities, gazetteer))
        self._one_name_per_office()
        # places that are no subject: a population's, an agency's, where an event was held ("the report
        # launched on March 22 in Hanoi", unless a value's verb follows it)
        self.is_population = [
            bool(population.search(text, max(0, m.start - 40), m.start)) or self._qualifies_previous(i)
            or self.names_agency[i] or (bool(context_search("venue", text, m.start - 70, m.start))
                                        and not context_at("acts_after", text, m.end))
            for i, m in enumerate(self.localities)
        ]
        # "do UBND TP Hà Nội vừa công bố": a place named as the government that announces is no subject
        self._announces = [self._government_announcing(m, announcers) for m in self.localities]
        self._resolved: dict[str, list[Locality | None]] = {}
        self._main: dict[str, Unit | None] = {}
        self._stands_out: dict[str, bool] = {}  # whether the document's unit is named far more than any other
        self._subject_votes: Counter = Counter()
        self._authority_spans: list[tuple[int, int]] = []

    # ------------------------------------------------------------ mentions

    def _name_after_places(self) -> None:
        named_after = {m.start: k for k, m in enumerate(self.agencies) if m.fields.get("named_after_place")}
        for i, locality in enumerate(self.localities):
            between = context_at("place_owns", self.text, locality.end)
            k = named_after.get(between.end()) if between else None
            if k is not None:
                agency = self.agencies[k]
                fields = {**agency.fields, "name": f"{agency.fields['name']} {locality.name}"}
                self.agencies[k] = Mention(agency.kind, agency.start, agency.end, fields, agency.priority, agency.rule)
                self.names_agency[i] = True

    def _take_branches(self, branches: list[Branch]) -> None:
        """Each branch becomes an agency named after its place, of that place's province: the agency's
        name as written where it holds the place ("Cục Hải quan Hà Nội") or ends just before it ("Sở Tài
        chính" "Bắc Ninh"); the place alone where it is a list's item ("…, Hải Phòng và Quảng Ninh")."""
        if not branches:
            return
        agencies = list(self.agencies)
        for branch in branches:
            self._branch_provinces[branch.name] = branch.province_code
            if branch.locality is not None:
                self.names_agency[branch.locality] = True
            fields = {"name": branch.name, "level": branch.level}
            # (an agency's name over the place, or one that ends where only a space is left before it)
            k = next((k for k, a in enumerate(agencies) if a.start < branch.start and (
                a.end >= branch.end or not self.text[a.end:branch.start].strip())), None)
            if k is None:
                agencies.append(Mention("agency", branch.start, branch.end, fields, 1))
            else:
                agency = agencies[k]
                agencies[k] = Mention("agency", agency.start, max(agency.end, branch.end), fields, 1, agency.rule)
        self.agencies = sorted(agencies, key=lambda m: m.start)
        self._agency_starts = [m.start for m in self.agencies]

    def _one_name_per_office(self) -> None:
        """"Cục Hải quan", "Cục Hải quan tỉnh" and "Cục Hải quan Quảng Ninh" in one text: one office, by
        the name that says whose it is."""
        renamed = names_of_one_office({m.fields["name"] for m in self.agencies}, self.gazetteer)
        if renamed:
            self.agencies = [m if m.fields["name"] not in renamed else
                             Mention(m.kind, m.start, m.end, {**m.fields, "name": renamed[m.fields["name"]]},
                                     m.priority, m.rule) for m in self.agencies]

    def _places_agency(self, ends: set[int], start: int) -> bool:
        """Whether an agency's name ends just before `start` with "in" or "of" between."""
        found = context_search("agency_placed", self.text, start - 10, start)
        return found is not None and found.start() in ends

    def _follows(self, ends: set[int], start: int) -> bool:
        """Whether one of `ends` comes just before `start`, with only a space or comma between."""
        for gap in range(0, 4):
            if start - gap in ends and not self.text[start - gap:start].strip(" ,("):
                return True
        # ("Sở Thông tin và Truyền thông (TT&TT) tỉnh Thừa Thiên Huế": the agency's initials between)
        for gap in range(5, _INITIALS_GAP + 1):
            if start - gap in ends and _INITIALS.fullmatch(self.text, start - gap, start):
                return True
        return False

    def _qualifies_previous(self, i: int) -> bool:
        """"xã Phú Cường (huyện Tân Lạc)": a broader unit that only says where the one before lies."""
        if i == 0:
            return False
        before, mention = self.localities[i - 1], self.localities[i]
        if not _QUALIFIER_GAP.fullmatch(self.text, before.end, mention.start):
            return False
        # "Thành phố Hồ Chí Minh, Thừa Thiên - Huế": a centrally governed city is as broad as a province
        before_breadth = 2 if fold_name(before.name) in _CENTRAL_CITIES else breadth(before.level_word)
        return breadth(mention.level_word) > before_breadth

    def _government_announcing(self, m: LocalityMention, announcers) -> bool:
        government = context_search("government_before", self.text, m.start - 30, m.start)
        if government is None or government.end() != m.start:
            return False
        return any(before.search(self.text[max(0, government.start() - 45):government.start()])
                   or after.search(self.text[m.end:m.end + 60]) for before, after in announcers)

    def subjects_in(self, start: int, end: int) -> list[Mention]:
        """Localities and agencies named in text[start:end] that can be subjects."""
        out = []
        i = bisect_left(self._agency_starts, start)
        while i < len(self.agencies) and self.agencies[i].start < end:
            m = self.agencies[i]
            if (m.end <= end and not _UNDER.search(self.text, max(0, m.start - 14), m.start)
                    and not context_search("in_charge", self.text, m.start - 40, m.start)
                    and not self._renamed(m.start)):
                width = 3 if m.fields["level"] == "bộ" else 1
                ref = UnitRef("agency", m.fields["name"], m.fields["level"], width,
                              of_district=bool(m.fields.get("of_district")))
                out.append(Mention("subject", m.start, m.end, {"ref": ref}, 2))
            i += 1
        i = bisect_left(self._starts, start)
        while i < len(self.localities) and self.localities[i].start < end:
            m = self.localities[i]
            named = not self.is_population[i] and m.end <= end
            agency = self._of_an_agency(m.start) if named else None
            if agency is not None:
                # the agency, whose name the gazetteer does not know, is the subject: no unit's values
                out.append(Mention("other_subject", agency, m.end, {}, 2))
            elif (named and not self._in_authority(m.start) and not self._announces[i]
                    and not self._dateline(m.start, m.end)
                    and not self._where_the_one_before_lies(i)
                    and not context_search("overtaken", self.text, m.start - 40, m.start)
                    and not self._renamed(m.start)
                    and not self._behind_in_brackets(m)):
                # "TP Đà Nẵng" is as broad as a province ("TP Huế" was a district's until 2025)
                wide = fold_name(m.name) in _CENTRAL_CITIES and fold_name(m.name) != _HUE
                ref = UnitRef("locality", i, breadth=2 if wide else breadth(m.level_word), name=fold_name(m.name))
                out.append(Mention("subject", m.start, m.end, {
                    "ref": ref, "after_of": self._after_of(m.start),
                    # "Ở vị trí thứ 4, Long An ...": a name after a comma starts a new item;
                    # "(Lai Châu, 38,1 điểm)": a name that opens a bracket owns only what it holds
                    "after_comma": self._right_after(m.start, ","), "in_brackets": self._right_after(m.start, "("),
                    "after_with": bool(_WITH_BEFORE.search(self.text, max(0, m.start - 12), m.start)),
                }, 2))
            i += 1
        out.sort(key=lambda m: m.start)
        for before, mention in zip(out, out[1:]):
            # "…, Điện Bàn, Nam Tra My, Phước Sơn, …": a name the gazetteer does not know (here
            # misspelt) still holds its place in a list
            gap = _UNKNOWN_ITEMS.fullmatch(self.text, before.end, mention.start)
            if gap is not None:
                mention.fields["unknown_before"] = len(gap.captures("item"))
        return out

    def _renamed(self, start: int) -> bool:
        """"Sở Giao thông vận tải (nay là Sở Xây dựng)": a unit's new name in brackets after the one it
        was ranked under is no second subject (cues `renamed_to`; only a bracket just before can open one)."""
        return ("(" in self.text[max(0, start - _RENAMED_REACH):start]
                and context_search("renamed_to", self.text, start - _RENAMED_REACH, start) is not None)

    def _behind_in_brackets(self, m: LocalityMention) -> bool:
        """"xếp thứ 5 (sau Hải Phòng, Bà Rịa - Vũng Tàu, Hà Nội và Quảng Ninh)": a unit the value is behind,
        in brackets after it (not "(sau tỉnh Đăk Nông, xếp vị trí 29/63 với 25,24 điểm)": one with values of
        its own there)."""
        if not context_search("behind_in_brackets", self.text, m.start - 130, m.start):
            return False
        close = self.text.find(")", m.end, m.end + 200)
        return close < 0 or not any(c.isdigit() for c in self.text[m.end:close])

    def _where_the_one_before_lies(self, i: int) -> bool:
        """"huyện Tam Đường của Lai Châu xếp thứ 2": whether locality i, a province right after a
        narrower locality and "của"/"thuộc", only says where that one lies."""
        if i == 0:
            return False
        before, this = self.localities[i - 1], self.localities[i]
        return (breadth(before.level_word) < 2 and breadth(this.level_word) == 2
                and bool(_LIES_IN.fullmatch(self.text, before.end, this.start)))

    def _of_an_agency(self, start: int) -> int | None:
        """"Sở Giáo dục và Đạo tạo Lai Châu xếp thứ nhất": a place right after an agency's name (one
        not known, as here with a slip of the pen) is where the agency is, not the subject. Returns
        where the agency's name starts."""
        before = _AGENCY_BEFORE.search(self.text, max(0, start - 48), start)
        if before is None:
            return None
        # a known agency there is a subject of its own ("Sở Tư pháp và huyện Ia Grai đứng đầu")
        i = bisect_left(self._agency_starts, before.start())
        if i < len(self.agencies) and self.agencies[i].start < start:
            return None
        return before.start()

    def _dateline(self, start: int, end: int) -> bool:
        """"HÀ NỘI — With an increase of ...", "Hanoi (VNA) - The State Bank ...": where the news
        was written, not what it is about (a name in capitals, or with its agency, then a dash)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if self.text[line_start:start].strip():
            return False
        name = self.text[start:end]
        return bool(_DATELINE_AFTER.match(self.text, end)) and (
            name.isupper() or bool(_AGENCY_AFTER.match(self.text, end)))

    def _after_of(self, start: int) -> bool:
        """"xếp thứ 2 của tỉnh Quảng Nam": a name after "của", "trong", "thuộc", "toàn" says among whom."""
        return bool(_OF_BEFORE.search(self.text, max(0, start - 24), start))

    def _right_after(self, start: int, mark: str) -> bool:
        """Whether the name at `start` follows `mark`, spaces between."""
        return self.text[max(0, start - 3):start].rstrip().endswith(mark)

    # ------------------------------------------------------------ resolution

    def resolved(self, era: str) -> list[Locality | None]:
        if era not in self._resolved:
            self._resolved[era] = [r.locality for r in self.gazetteer.resolve(self.localities, era=era)]
        return self._resolved[era]

    def main(self, era: str) -> Unit | None:
        """The unit the document is about: the locality it names most often."""
        if era not in self._main:
            self._main[era] = self._most_named(era)
        return self._main[era]

    def note_subject(self, ref: UnitRef) -> None:
        """A locality stated values: it weighs more in what the document is about."""
        if ref.kind == "locality":
            self._subject_votes[ref.key] += 1

    def note_authorities(self, spans: list[tuple[int, int]]) -> None:
        """Citations with their issuers ("... của UBND tỉnh Đồng Tháp"): localities
        named there issued something; they are not what the document is about."""
        self._authority_spans = spans

    def _in_authority(self, position: int) -> bool:
        return any(s <= position < e for s, e in self._authority_spans)

    def _votes(self, era: str) -> tuple[Counter, dict[str, Locality], dict[str, int]]:
        votes: Counter = Counter()
        by_code: dict[str, Locality] = {}
        first: dict[str, int] = {}
        title_start, title_end = self._title_span
        for i, locality in enumerate(self.resolved(era)):
            m = self.localities[i]
            if locality is None or self.is_population[i]:
                continue
            if self._in_authority(m.start):
                continue
            in_title = title_start <= m.start and m.end <= title_end
            votes[locality.code] += 1 + _SUBJECT_WEIGHT * self._subject_votes[i] + (_TITLE_WEIGHT if in_title else 0)
            by_code[locality.code] = locality
            first.setdefault(locality.code, i)
        title_unit = self._title_unit(era)
        if title_unit is not None:
            votes[title_unit.code] += _TITLE_WEIGHT
            by_code[title_unit.code] = title_unit
            first.setdefault(title_unit.code, -1)
        return votes, by_code, first

    @functools.cached_property
    def _title_span(self) -> tuple[int, int]:
        """The span of the title: the first line, or, on a page copied with its furniture first
        ("No title...", "image advertisement", then "PAPI năm 2022 của Tỉnh Sơn La"), the first
        of the opening lines that names a place or an index or holds a number."""
        start = 0
        for _ in range(_FURNITURE_LINES):
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            line = self.text[start:end]
            names_a_place = bisect_left(self._starts, start) < bisect_left(self._starts, end)
            if not line.strip() or (len(line) <= _FURNITURE_LENGTH and _FURNITURE.fullmatch(line)
                                    and not names_a_place):
                if end == len(self.text):
                    break
                start = end + 1
                continue
            return start, end
        end = self.text.find("\n")
        return 0, len(self.text) if end < 0 else end

    def _title_names(self, era: str) -> bool:
        """Whether the title names a unit."""
        start, end = self._title_span
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return (any(locality is not None for locality in self.resolved(era)[first:last])
                or self._title_unit(era) is not None)

    def _title_unit(self, era: str) -> Locality | None:
        """"Tháp Mười: Chỉ số cải cách hành chính năm 2023 tăng 4 bậc": a title that
        opens with a unit's bare name, where the name is one unit's in the document's province."""
        match = _TITLE_NAME.match(self.text, *self._title_span)
        if match is None:
            return None
        candidates = self.gazetteer.lookup(match["name"], era=era)
        named = [loc for loc in self.resolved(era) if loc is not None]
        if len(candidates) > 1:  # the one the text names with its level word, else the one in its province
            candidates = ([c for c in candidates if c in named]
                          or [c for c in candidates if c.province_code in {loc.province_code for loc in named}])
        return candidates[0] if len(candidates) == 1 else None

    def dominant(self, era: str) -> Unit | None:
        """The document's unit where it clearly stands out; None in a text about many units
        alike (a national ranking), where a value no sentence gives a unit is no one's."""
        if era not in self._stands_out:
            votes, _, _ = self._votes(era)
            counts = sorted(votes.values(), reverse=True)
            # (a national ranking whose title names no unit: one province written about a little more
            # than the others, as the one that moved most, is not what the text is about)
            lead = _DOMINANCE if self._title_names(era) else _DOMINANCE_UNTITLED
            self._stands_out[era] = len(counts) < _MANY_UNITS or counts[0] >= lead * counts[1]
        return self.main(era) if self._stands_out[era] else None

    def _most_named(self, era: str) -> Unit | None:
        votes, by_code, first = self._votes(era)
        if votes:
            code = max(votes, key=lambda c: (votes[c], -first[c]))  # ties: the first named
            unit = Unit.of(by_code[code])
        elif self.agencies:
            unit = self._most_named_agency(None, era)
        else:
            unit = None
        return unit

    def _most_named_agency(self, level: str | None, era: str) -> Unit | None:
        names = Counter(m.fields["name"] for m in self.agencies if level in (None, m.fields["level"]))
        if not names:
            return None
        name = names.most_common(1)[0][0]
        level = next(m.fields["level"] for m in self.agencies if m.fields["name"] == name)
        province = self._named_province(era) if level != "bộ" else None
        return Unit(name, level, None, province.name, province.code) if province else Unit(name, level)

    def _named_province(self, era: str) -> Unit | None:
        """The province the document names most, directly or as the province of its units."""
        counts = Counter(loc.province_code for loc in self.resolved(era) if loc is not None)
        if not counts:
            return None
        locality = self.gazetteer.by_code(counts.most_common(1)[0][0], era=era)
        return Unit.of(locality) if locality else None

    def names_no_unit(self, level: str | None = None) -> bool:
        """The text names no locality and no agency: "của tỉnh" is all it says. For a level word of a
        locality ("tỉnh được Bộ TT&TT đánh giá …"), naming no locality is enough: the agencies it
        names (the one that assessed, the department that reported) are not the province."""
        if level is not None and level not in AGENCY_LEVELS:
            return not self.localities
        return not self.localities and not self.agencies

    def era(self, year: int | None) -> str:
        """The era whose units the text's results for `year` are about (a text that ranks the 34
        provinces speaks of them where it gives no year)."""
        if year is None and self.reorganized_from < 2025:
            return ERA_2025
        return era_for_year(year, self.reorganized_from)

    def unit(self, ref: UnitRef | None, year: int | None) -> Unit | None:
        """The Unit a reference stands for in a record of `year`; None if unknown."""
        if ref is None or ref.kind == "none":
            return None
        era = self.era(year)
        if ref.kind == "main":
            return self.dominant(era)
        if ref.kind == "locality":
            locality = self.resolved(era)[ref.key]
            if locality is None and era != era_for_year(year):
                # ("former Quang Nam ... 57th among the 63" in a text on the 34 provinces): a
                # province merged away is still the one of before
                locality = self.resolved(era_for_year(year))[ref.key]
            if locality is not None:
                return Unit.of(locality)
            mention = self.localities[ref.key]
            if mention.name.split()[0] in _NOT_NAMES:
                return None  # "nhóm các tỉnh, thành phố Trung bình cao": a class, not a place
            levels = levels_for_word(mention.level_word) or frozenset()
            level = next(iter(levels)) if len(levels) == 1 else None
            return Unit(mention.name, level)
        if ref.kind == "agency":
            if ref.of_district:
                return self._district_office(ref.key, era)
            return self._agency(ref.key, ref.level, era)
        if ref.kind == "anaphor":
            return self._by_level(ref.level, era)
        return None

    def _agency(self, name: str, level: str, era: str) -> Unit:
        if name in self._national:
            return Unit(name, level)
        if name in self._branch_provinces:
            province = self.gazetteer.by_code(self._branch_provinces[name], era=LEGACY)
            return Unit(name, level, None, province.name, province.code)
        province = (self._agencies_province(era) or self._province(era)) if level != "bộ" else None
        if province is None:
            return Unit(name, level)
        return Unit(name, level, None, province.name, province.code)

    def _district_office(self, name: str, era: str) -> Unit:
        """"Phòng Nội vụ" in a text about huyện Nông Sơn: "Phòng Nội vụ huyện Nông Sơn", of
        Quảng Nam; the bare name where the text is about no one district."""
        district = self._district(era)
        if district is None:
            return Unit(name, "other")
        province = self.gazetteer.by_code(district.province_code, era=era)
        return Unit(f"{name} {district_word(district.level)} {district.name}", "other", None,
                    province.name if province else None, district.province_code)

    def _district(self, era: str) -> Locality | None:
        """The district the text is about: its main unit, or the one district it names."""
        main = self.main(era)
        if main is not None and main.level in DISTRICT_LEVELS and main.code:
            return self.gazetteer.by_code(main.code, era=era)
        codes = {loc.code for i, loc in enumerate(self.resolved(era))
                 if loc is not None and loc.level in DISTRICT_LEVELS and not self.is_population[i]}
        return self.gazetteer.by_code(codes.pop(), era=era) if len(codes) == 1 else None

    def _agencies_province(self, era: str) -> Unit | None:
        """The one province the text ties agencies to: named right after one ("Sở Giáo dục và Đào
        tạo Thanh Hóa") or as its government ("Chủ tịch UBND tỉnh Thanh Hóa đã ban hành Quyết
        định … các sở, ban, ngành"). Where a page's furniture names other provinces first, this
        still says whose departments are ranked."""
        codes = {locality.province_code for i, locality in enumerate(self.resolved(era))
                 if locality is not None and locality.code == locality.province_code
                 and (self.names_agency[i] or context_search(
                     "government_before", self.text, self.localities[i].start - 30, self.localities[i].start))}
        if len(codes) != 1:
            return None
        locality = self.gazetteer.by_code(codes.pop(), era=era)
        return Unit.of(locality) if locality else None

    def _province(self, era: str) -> Unit | None:
        main = self.main(era)
        if main is None or main.level in AGENCY_LEVELS or main.level == "other":
            # "Văn phòng UBND tỉnh Quảng Nam": the province is named only beside its agencies
            return self._named_province(era)
        if main.province_code is None:
            return None
        if main.code == main.province_code:
            return main
        locality = self.gazetteer.by_code(main.province_code, era=era)
        return Unit.of(locality) if locality else None

    def _by_level(self, word: str | None, era: str) -> Unit | None:
        """The unit "của huyện", "toàn tỉnh", "địa phương" refers to."""
        main = self.main(era)
        if word in AGENCY_LEVELS:  # "của Sở", "Bộ đã ..."
            return main if main is not None and main.level == word else self._most_named_agency(word, era)
        if word is None or main is None:
            return main
        levels = levels_for_word(word) or frozenset()
        if main.level in levels:
            return main
        if levels & PROVINCE_LEVELS and main.code != main.province_code:
            province = self._province(era)
            if province is not None and province.level in levels:
                return province
        # another unit of that level the document names most
        counts = Counter(
            loc.code for i, loc in enumerate(self.resolved(era))
            if loc is not None and loc.level in levels and not self.is_population[i]
            and not self._dateline(self.localities[i].start, self.localities[i].end)
        )
        if counts:
            code = counts.most_common(1)[0][0]
            locality = self.gazetteer.by_code(code, era=era)
            return Unit.of(locality) if locality else None
        return None


# ---------------------------------------------------------------- bare district names

_DISTRICT_WORD = {"huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "thành phố thuộc tỉnh": "thành phố"}


def district_word(level: str) -> str:
    """The word a district of `level` is written with ("thành phố" for a provincial city)."""
    return _DISTRICT_WORD.get(level, level)
# a province's districts named bare are looked for only where the text is about one or two provinces
_MOST_PROVINCES = 2


# a line written in capitals (a headline, a heading), at least this long
_SHORTEST_CAPITALS_LINE = 10


def _capitals_titled(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each line written in capitals in title case (same length, same offsets), so
    the place names it holds are found as in running text; and where those lines are."""
    lines, start = [], 0
    for line in text.split("\n"):  # (str methods: most texts have no such line, and cost next to nothing)
        if len(line) >= _SHORTEST_CAPITALS_LINE and line.isupper() and len(line.title()) == len(line):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    if not lines:
        return text, lines
    pieces, position = [], 0
    for start, end in lines:
        pieces += [text[position:start], text[start:end].title()]
        position = end
    pieces.append(text[position:])
    return "".join(pieces), lines


def _with_bare_districts(text: str, gazetteer: Gazetteer, found: list,
                         capitals: list[tuple[int, int]] = ()) -> list:
    """"Buôn Đôn 70,54 điểm, xếp thứ 15; Ea Súp 79,5 điểm": districts named without their
    level word, looked for only among the districts of the provinces the text names, where
    a district's name is that district's and not a passing word."""
    provinces = frozenset(r.locality.province_code for r in gazetteer.resolve(found) if r.locality is not None)
    if not provinces or len(provinces) > _MOST_PROVINCES:
        return found
    expression, words = _district_names(gazetteer, provinces)
    if expression is None:
        return found
    taken = [(m.start, m.end) for m in found]
    added = []
    for match in expression.finditer(text):
        start, end = match.span()
        in_capitals = any(s <= start and end <= e for s, e in capitals)  # every word capitalized there
        if any(s < end and start < e for s, e in taken) or (not in_capitals and _inside_longer_name(text, start, end)):
            continue
        name = match.group()
        added.append(LocalityMention(start, end, words[fold_name(name)], name, start))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalized word right before or after ("Nguyễn Lạc Sơn", "Tân Lạc Xanh") makes the
    name part of a longer one; a sentence's first word ("Huyện", "Tại") does not."""
    after = regex.match(r"[ \t]+(\p{Lu})", text[end:end + 3])
    if after:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1)[0].isupper():
        line_start = text.rfind("\n", 0, start) + 1
        opening = not text[line_start:before.start()].strip() or text[:before.start()].rstrip()[-1:] in ".:;!?"
        return not opening
    return False


@functools.cache
def _district_names(gazetteer: Gazetteer, provinces: frozenset[str]):
    words: dict[str, str] = {}
    names = []
    for code in sorted(provinces):
        for district in gazetteer.districts_of(code):
            if gazetteer.province(district.name) is not None or " " not in district.name:
                continue  # "Bắc Giang" the city is named as the province; one-syllable names are words
            words[fold_name(district.name)] = _DISTRICT_WORD.get(district.level, "huyện")
            names.append(spelling_pattern(district.name).replace("'", "['’ʼ]"))
    if not names:
        return None, words
    names.sort(key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(names) + r")(?![\p{L}\d])"), words


def _with_english_places(gazetteer: Gazetteer, found: list, text: str, english: list[tuple[int, int]]) -> list:
    """Places named in English ("Quang Ninh province", "HCM City"), where no Vietnamese name stands."""
    taken = [(m.start, m.end) for m in found]
    added = [m for m in gazetteer.find_english_mentions(text, english)
             if not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(found + added, key=lambda m: m.start) if added else found


def _without_repeats(text: str, agencies: list) -> list:
    """"Vietnam Television (VTV)": a name's initials in brackets right after it name it again, not another unit."""
    out = []
    for m in agencies:
        if (out and out[-1].fields["name"] == m.fields["name"]
                and regex.fullmatch(r"\s*\(\s*", text[out[-1].end:m.start])):
            continue
        out.append(m)
    return out
