"""From the mentions of a sentence to record drafts.

A clause is read left to right. Naming a unit, an index, a component or a
year sets what the values that follow are about; values (score, rank,
rating, change) fill a draft; a new subject once values are stated closes
the draft and opens the next, which is how "huyện A 92,1 điểm, huyện B 90,5
điểm" gives two records. An index, component or year written just after
the values ("đạt 86,26 điểm chỉ số cải cách hành chính") still belongs to
the draft when the clause had not named one before. What a sentence leaves
open (its unit, index, year, whether it states a plan) carries to its next
clauses, and to the next sentence when that one goes on from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .patterns import NO_KEY, Mention, component_names
from .units import MAIN, NOT_A_UNIT, UnitRef, breadth

VALUE_KINDS = frozenset({"score", "rank", "rating", "change", "since", "baseline", "rating_back"})
STATED = ("score", "rank", "rating", "score_change", "rank_change")
# an index named again this close to its name is the same naming ("... cấp tỉnh 2019 (PCI 2019)")
_REPEAT_GAP = 12
# at most ", and " (or the rest of a name, " INDEX, ") between index names listed one after another
_LIST_GAP = 8
# the words of a change that is a fall
_FALLS = frozenset({"giảm", "tụt", "tụt hạng", "sụt giảm", "thấp hơn", "rơi", "lùi", "-", "–", "−", "down", "fell", "fallen",
                    "falling", "dropped", "dropping", "declined", "decreased", "decreasing", "slipped", "slipping",
                    "moved down", "decrease", "drop", "fall", "decline", "lower", "fewer", "less", "plunged", "slid",
                    "sank", "tumbled", "falls", "drops", "declining", "sliding", "slide", "loss", "lost", "losing",
                    "losses"})
# what a score is stated with ("trên 80%": the bound)
_SCORE_FIELDS = ("score", "score_unit", "max_score", "score_bound")
# a baseline's year given as "năm ngoái", "năm trước": the year before the draft's
LAST_YEAR = -1


@dataclass
class Context:
    """What the text so far says the next values are about."""

    unit: UnitRef = MAIN
    indices: tuple[str, ...] = ()
    component: str | None = None
    # the part the sentence before (in the paragraph) stated values of, with its index: another index's
    # name in a list of parts is a part too ("… khảo sát lãnh đạo quản lý: 18,29/22 điểm. Điểm Chỉ số hài
    # lòng … (SIPAS) đạt 8,15/10 điểm")
    part_before: tuple | None = None
    year: int | None = None
    kind: str = "result"
    named_indices: tuple[str, ...] = ()
    year_stated: bool = False  # the year was written in this sentence, not carried from before
    year_from_before: bool = False  # that year was written in the sentence this one goes on from
    last_rank: int | None = None  # the last rank stated, which "Tiếp đó là A, B" goes on from
    last_rank_of: tuple | None = None  # (indices, component) of that rank: the ranking that goes on
    last_rank_is_last: bool = False  # that rank was the last place: the list goes on upwards
    last_rank_unit: UnitRef | None = None  # whose that rank was
    # the places stated so far in the paragraph, per (indices, component, year, agencies or places): "Hải
    # Phòng xếp thứ 3. Vị trí quán quân thuộc về A, á quân thuộc về B. Các tỉnh tiếp theo là C, D": C is
    # fourth, not third
    ranks_taken: dict = field(default_factory=dict)
    topic: str | None = None  # the index named before the sentence, for components it names alone
    list_rating: str | None = None  # after "Nhóm Khá gồm:", the class of each unit named next
    list_rating_bracketed: bool = False  # that class is of the units in brackets: it ends with the clause
    list_rank: int | None = None  # after "The top ten included", the bound on each unit named next
    list_change: int | None = None  # after "three had their positions unchanged, namely", each one's rank change
    list_score: dict | None = None  # after "nhóm … trên 80%, gồm:", the bounded score of each unit named next
    list_next_rank: int | None = None  # "xếp lần lượt từ cao xuống thấp như sau:": the next unit's place
    list_in_sentence: bool = False  # that list ends with its sentence
    order_goes_on: bool = False  # those places are of a "tiếp theo là" over the sentence's clauses
    named_in_sentence: UnitRef | None = None  # the unit an earlier clause of this sentence named
    # the unit whose share or growth a clause of this sentence turned to ("Hà Tĩnh đứng thứ hai về tỷ lệ
    # …; chỉ số DTI xếp thứ 37"): a later clause that names an index and no unit is that unit's again
    share_of: UnitRef | None = None
    component_fronted: bool = False  # the clause before named a part and no value: this one is of it
    leads_in_parts: bool = False  # "A đứng đầu tiêu chí: X; B (Y); C (Z)": each unit is first in its part
    # "A đứng đầu với Chỉ số CCHC 96,85% và Chỉ số hài lòng 99,38%. B: 95,66%; 90,63%.": the indices the
    # list's first item scored, in order, which the bare scores of the items after it follow
    columns: tuple[str, ...] = ()
    # the sentence lists the years its values are of, in turn ("ranked 46th and 49th in 2021 and 2022"):
    # a second value of one unit is the next year's, in a draft of its own
    years_in_turn: bool = False
    # "có 17/27 đơn vị bị giảm điểm so với năm trước, trong đó giảm nhiều nhất là A (giảm 28,27 điểm), B
    # (-16,28 điểm)": a comparison said in a clause that stated no unit's value is the one of the changes
    # the sentence's later clauses state without their own
    since_in_sentence: dict | None = None


class Baseline(NamedTuple):
    """An earlier year's result a clause states beside the year's own ("từ vị trí thứ 7 năm 2018 lên
    …"); year None is the year the change is measured against, LAST_YEAR the year before the draft's."""

    year: int | None
    score: float | None = None
    score_unit: str | None = None
    rank: int | None = None
    rank_total: int | None = None
    rating: str | None = None

    def states_something(self) -> bool:
        return self.score is not None or self.rank is not None or self.rating is not None


@dataclass
class Draft:
    kind: str
    unit: UnitRef
    indices: tuple[str, ...]
    component: str | None
    year: int | None
    span: tuple[int, int]
    fields: dict = field(default_factory=dict)
    index_named: bool = False
    component_named: bool = False
    year_named: bool = False
    since_relative: int | None = None
    more_components: tuple[str, ...] = ()  # "Công khai, minh bạch và Trách nhiệm giải trình đạt 5 điểm"
    same_score: bool = False  # "bằng điểm so với năm Y": year Y scored the same
    baselines: list[Baseline] = field(default_factory=list)  # earlier years' results the clause states
    # what the draft was about before a component named after its values was taken as its own,
    # and whether no value has been read since
    before_late_component: tuple | None = None
    late_component_fresh: bool = False
    late_component_tied: bool = False  # by a preposition to the value before it
    component_carried: bool = False  # from the sentence before, not named in its own
    first_value: int | None = None  # where its first value stands in the text

    def for_year(self, year: int) -> "Draft":
        """The same values said of another year ("hạng 8 (2016, 2017)")."""
        return replace(self, year=year, fields=dict(self.fields), baselines=[])

    def states_something(self) -> bool:
        """Whether the draft has values of its own year."""
        return any(self.fields.get(name) is not None for name in STATED)

    def states_earlier_results(self) -> bool:
        """Whether the draft gives results of earlier years ("so với vị trí số 58 năm 2017")."""
        return any(baseline.states_something() for baseline in self.baselines)


@dataclass
class _Clause:
    """Reading state inside one clause."""

    context: Context
    span: tuple[int, int]
    index_named: bool = False
    component_named: bool = False
    year_named: bool = False
    unit_named: bool = False
    pending: dict = field(default_factory=dict)  # values that wait for their unit ("Dẫn đầu là ...")
    group_rating: str | None = None  # a class stated of a group, not of a unit ("02 cơ quan xếp loại khá")
    share_named: bool = False  # the clause spoke of a share or a growth ("tỷ lệ hồ sơ", "tăng trưởng GRDP")
    since: dict = field(default_factory=dict)  # "so với năm 2022, ..." written before the change
    series: list = field(default_factory=list)  # what "lần lượt" (respectively) hands out, in order
    # "A, B lần lượt xếp thứ 2, 3 với 91,53 và 90,92 điểm": the same units handed out again to a second
    # run of values of another kind, (kind, series)
    series_again: tuple | None = None
    named: list = field(default_factory=list)  # (kind, value) of indices, components, units named so far
    draft: Draft | None = None
    done: list = field(default_factory=list)
    last_value: str | None = None  # the kind of the last value read
    last_rank: dict | None = None  # the fields of the last rank read
    about_a_group: bool = False  # the clause speaks of a group's average: no unit it names changes that
    group_stated: bool = False  # ... until the group's value is read: a unit named after it speaks for itself
    last_component: Mention | None = None  # the component named last, while no value followed it
    listed_components: list = field(default_factory=list)  # components named together before one value
    aside_end: int | None = None  # where "(năm 2022 đạt 80 điểm)" ends
    before_aside: tuple | None = None  # what the clause was about before the aside
    next_rank: int | None = None  # after "Tiếp đó là", the rank the next unit named takes
    rank_step: int = 1  # +1 down the list; -1 up from the last place ("cuối bảng là A; tiếp theo là B")
    last_index_end: int | None = None  # where the index named last ends
    last_value_end: int | None = None  # where the value read last ends
    co_subjects: list = field(default_factory=list)  # "A, B và C đạt ...": A and B, while C's values are read
    # after "dẫn đầu ... ở 3 trụ cột, gồm:", the draft whose values the components named next share
    shared: Draft | None = None
    shared_components: list = field(default_factory=list)
    shared_beside_values: bool = False  # "đứng đầu ở A (6,37 điểm), B (4,58 điểm)": each has its own values too
    states_values: bool = False  # the clause holds a value of its own

    def close(self) -> None:
        if self.draft is not None and not self.draft.states_something() and self.draft.states_earlier_results():
            self.done.append(self.draft)
        elif self.draft is not None and (self.draft.states_something() or self.draft.fields.get("rank_last")):
            # (a last place alone is kept: the group's number, counted later, makes it a rank)
            if self.draft.component_named and self.context.list_rating:
                # "Nhóm trung bình cao: (1) Chỉ số A (17/63), (2) Chỉ số B (22/63)": each component's group
                self.draft.fields.setdefault("rating", self.context.list_rating)
            self.done.append(self.draft)
            tied = False  # a place two or more units share
            if self.draft.unit == self.context.unit:
                # "Bộ Tư pháp và tỉnh Quảng Ninh dẫn đầu": the values are the units' before too
                f = self.draft.fields
                tied = bool(self.co_subjects) and f.get("rank") is not None
                if (len(self.co_subjects) >= 3 and f.get("rank") == 1 and not f.get("rank_bound")
                        and not f.get("rank_total")):
                    # ("with A, B, C, D and E topping the rankings": four or more that lead together are each
                    # within the first so many, none first for sure; two or three may share first place,
                    # "Đồng Nai và Đà Nẵng cùng dẫn đầu với 89 điểm")
                    f["rank"], f["rank_bound"] = len(self.co_subjects) + 1, "<="
                for co_subject in self.co_subjects:
                    self.done.append(replace(self.draft, unit=co_subject, fields=dict(self.draft.fields),
                                             baselines=list(self.draft.baselines)))
            self.co_subjects = []
            rank = self.draft.fields.get("rank")
            # "(năm 2020 xếp vị trí thứ 3); tiếp đến là B": an earlier year's rank is no place to go on from
            # ("Bộ Tài chính đứng đầu bảng xếp hạng DTI …; trong đó, Bộ Tài chính đứng thứ nhất về hạ tầng số. Các
            # vị trí tiếp theo lần lượt là …": the same unit's same place in a part leaves the index's ranking
            # the one that goes on)
            part_of_same = (rank is not None and rank == self.context.last_rank
                            and self.draft.unit == self.context.last_rank_unit and self.draft.component is not None
                            and self.context.last_rank_of is not None and self.context.last_rank_of[1] is None
                            and self.context.last_rank_of[0] == self.draft.indices)
            if tied and not self.draft.fields.get("rank_bound") and self.aside_end is None:
                # "Vụ A và Vụ B dẫn đầu với 64,6 điểm, tiếp đến là: Vụ C …": after a shared place, whether
                # the next is the second or the third is not said: the order goes on without places
                self.context.last_rank = None
            elif (rank is not None and not self.draft.fields.get("rank_bound") and self.aside_end is None
                    and not part_of_same):
                self.context.last_rank = rank
                self.context.last_rank_of = (self.draft.indices, self.draft.component)
                if self.draft.more_components and self.context.component == self.draft.component:
                    # "A dẫn đầu bảng xếp hạng ở cả 3 trụ cột X, Y và Z. Xếp sau lần lượt là B, C": a place
                    # in parts listed alike makes none of them the topic; the order that goes on is the index's
                    self.context.last_rank_of = (self.draft.indices, None)
                    self.context.component = None
                self.context.last_rank_is_last = rank == self.draft.fields.get("rank_total")
                self.context.last_rank_unit = self.draft.unit
                key = (self.draft.indices, self.draft.component, self.context.year, self.draft.unit.kind == "agency")
                taken = self.context.ranks_taken.setdefault(key, set())
                if rank in taken:  # a place given twice: another ranking ("Đối với 9 bộ không có …, A dẫn đầu")
                    taken.clear()
                taken.add(rank)
        self.draft = None

    def named_of(self, kind: str) -> list:
        """The units (indices, components) the clause has named so far, each once, in order."""
        return list(dict.fromkeys(value for k, value in self.named if k == kind))

    def open_draft(self) -> Draft:
        if self.draft is None:
            c = self.context
            self.draft = Draft(
                c.kind, c.unit, c.indices, c.component, c.year, self.span,
                index_named=self.index_named, component_named=self.component_named,
                year_named=self.year_named or c.year_stated,
            )
            if self.pending:
                self.draft.fields.update(self.pending)
                self.pending = {}
            self.draft.more_components = tuple(k for k in self.listed_components if k != c.component)
            if self.since.get("year"):
                self.draft.fields["change_since"] = self.since["year"]
            elif self.since.get("relative"):
                self.draft.since_relative = self.since["relative"]
        return self.draft


def read_clause(mentions: list[Mention], context: Context, span: tuple[int, int]) -> list[Draft]:
    """Drafts stated by one clause; `context` is updated for the clauses after it."""
    state = _Clause(context, span, component_named=context.component_fronted)
    context.component_fronted = False
    if context.list_next_rank is not None:  # the lines of a list ranked from the top go on with its places
        state.next_rank, state.rank_step = context.list_next_rank, 1
    mentions = _respectively_after_units(_respectively_first(
        _implied_respectively(_rank_before_listed_units(_values_before_units(mentions)))))
    state.states_values = any(m.kind in VALUE_KINDS for m in mentions)
    for i, mention in enumerate(mentions):
        if state.aside_end is not None and mention.start >= state.aside_end:
            _end_aside(state)
        if mention.kind == "respectively":
            mention.fields["values_after"] = following = _values_after(mentions, i)
            again = i + following + 1
            if (following >= 2 and again < len(mentions) and mentions[again].kind != mentions[again - 1].kind
                    and _values_after(mentions, again - 1) == following):
                mention.fields["values_again"] = mentions[again].kind
        elif mention.kind == "bound_list" and mention.fields.get("count_named"):
            # "Các địa phương có kết quả cao nhất gồm: A, B, C": each within as many places as are named
            mention.fields["rank"] = _units_after(mentions, i)
        elif mention.kind == "bound_list" and mention.fields.get("rank"):
            # "05 tỉnh … cao nhất là" and seven names: the list, longer than its count, is within as many
            mention.fields["rank"] = max(mention.fields["rank"], _units_after(mentions, i) or 0)
        elif mention.kind == "year" and i > 0 and mentions[i - 1].kind == "index":
            # "về chỉ số cải cách hành chính năm 2019": the year of the index the value is of
            mention.fields["of_index"] = mention.start - mentions[i - 1].end <= 1
        handler = _HANDLERS.get(mention.kind)
        if handler is not None:
            handler(state, mention)
            if mention.kind in VALUE_KINDS:
                state.last_value = mention.kind
                if mention.kind == "rank":
                    state.last_rank = mention.fields
                state.last_component = None
                state.listed_components = []
                # "ở 3 trụ cột: chính quyền số đạt 0,8 điểm, ...": each component states its own values
                if not state.shared_beside_values:
                    state.shared, state.shared_components = None, []
                state.group_stated = state.about_a_group
                if state.draft is not None:
                    state.draft.late_component_fresh = False
                    if state.draft.first_value is None:
                        state.draft.first_value = mention.start
                state.last_value_end = mention.end
    if state.aside_end is not None:
        _end_aside(state)
    state.close()
    if state.unit_named:
        context.named_in_sentence = context.unit
    if context.list_rating_bracketed:
        context.list_rating, context.list_rating_bracketed = None, False
    if context.list_next_rank is not None:
        context.list_next_rank = state.next_rank
    _share_with_components(state)
    # "Quảng Ninh số 1, Hải Phòng số 2 trong xếp hạng chỉ số cạnh tranh cấp tỉnh": values
    # stated before the clause names its index are about that index
    named = [value for kind, value in state.named if kind == "index"]
    if named:
        for draft in state.done:
            if not draft.indices:
                draft.indices = (named[0],)
    carried = context.since_in_sentence
    if carried and not state.since:
        for draft in state.done:
            if ("score_change" in draft.fields or "rank_change" in draft.fields) \
                    and "change_since" not in draft.fields and draft.since_relative is None:
                if carried.get("year"):
                    draft.fields["change_since"] = carried["year"]
                else:
                    draft.since_relative = int(carried["relative"])
    if state.since and not state.done:
        context.since_in_sentence = state.since
    return state.done


# ranks written in a list after a first one, with no verb of their own
_SERIES_RULES = frozenset({"rank_series_item", "rank_series_bare"})
# scores of a list but its last ("7.81 and 7.77 points", "5,71; 5,78 và 5,97 điểm")
_SCORE_SERIES_RULES = frozenset({"score_series_item"})


def _implied_respectively(mentions: list[Mention]) -> list[Mention]:
    """"Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7": three or more units, then as many
    ranks, pair in order as if "lần lượt" were written (two are paired by `_pair_ranks`); "followed
    by A and B with 7.81 and 7.77 points": two or more units, then as many scores of a list."""
    for i, mention in enumerate(mentions):
        if mention.kind == "score" and mention.rule in _SCORE_SERIES_RULES:
            k = i + 1
            while k < len(mentions) and mentions[k].kind == "score" and mentions[k].rule in _SCORE_SERIES_RULES:
                k += 1
            count, least = k - i + 1, 2  # the list's last number is read by another rule
        elif mention.kind == "rank" and mention.rule not in _SERIES_RULES:
            k = i + 1
            while k < len(mentions) and mentions[k].kind == "rank" and mentions[k].rule in _SERIES_RULES:
                k += 1
            count, least = k - i, 3
        else:
            continue
        j = i
        while j > 0 and mentions[j - 1].kind in ("index", "year"):
            j -= 1
        units = 0
        while j - units > 0 and mentions[j - units - 1].kind == "subject":
            units += 1
        if count >= least and units == count and not any(m.kind == "respectively" for m in mentions[:i]):
            implied = Mention("respectively", mention.start, mention.start, {}, 0, "implied_respectively")
            return mentions[:i] + [implied] + mentions[i:]
    return mentions


def _values_before_units(mentions: list[Mention]) -> list[Mention]:
    """"Với 0,5064 điểm và 0,4880 điểm, Ninh Bình và Thanh Hóa lần lượt đứng thứ 6 và 12": as many
    values as units, written before them, with "lần lượt" after the units: each unit is read with
    its value, as if written "Ninh Bình 0,5064 điểm, Thanh Hóa 0,4880 điểm"."""
    first = 0
    while first < len(mentions) and mentions[first].kind in ("year", "index"):
        first += 1
    values = first
    while values < len(mentions) and mentions[values].kind == "score":
        values += 1
    count = values - first
    units = mentions[values:values + count]
    after = mentions[values + count:values + count + 1]
    if (count < 2 or len(units) != count or any(m.kind != "subject" for m in units)
            or not after or after[0].kind != "respectively"):
        return mentions
    paired = []
    for unit, value in zip(units, mentions[first:values]):
        fields = {k: v for k, v in unit.fields.items() if k not in ("joined", "after_comma")}
        paired += [replace(unit, fields=fields), value]
    return mentions[:first] + paired + mentions[values + count:]


def _rank_before_listed_units(mentions: list[Mention]) -> list[Mention]:
    """"Đứng thứ 2 bảng xếp hạng gồm: A, B và C với cùng 88,5/90 điểm", "dẫn đầu … thuộc về 3 cục hải
    quan: A, B và C": a place stated before a list of units joined together is each one's, as if
    written "A, B và C đứng thứ 2 với cùng 88,5/90 điểm" (read so: four or more that lead together
    are each within the first so many)."""
    first = next((i for i, m in enumerate(mentions) if m.kind != "year" and m.kind != "index"), None)
    if first is not None and mentions[first].kind != "rank":
        # ("A đang dẫn đầu, trong khi vị trí thứ 2 đang thuộc về B và C": later in the clause, a place said
        # to be of the units named after it)
        first = next((i for i, m in enumerate(mentions) if m.kind == "rank" and m.fields.get("forward")), None)
    if first is None or mentions[first].kind != "rank" or mentions[first].fields.get("bound"):
        return mentions
    units = first + 1
    while units < len(mentions) and mentions[units].kind in ("year", "index"):
        units += 1
    last = units + 1
    while last < len(mentions) and mentions[last].kind == "subject" and mentions[last].fields.get("joined"):
        last += 1
    if (units >= len(mentions) or mentions[units].kind != "subject" or last - units < 2
            or any(m.kind != "score" for m in mentions[last:])):
        return mentions
    rank = mentions[first]
    rank = replace(rank, fields={k: v for k, v in rank.fields.items() if k != "forward"})  # (now read after them)
    return mentions[:first] + mentions[first + 1:last] + [rank] + mentions[last:]


def _respectively_first(mentions: list[Mention]) -> list[Mention]:
    """"followed by A, B and C with 64.85, 64.09 and 55.69 points, respectively": English writes
    "respectively" after the values it hands out; read it where Vietnamese writes "lần lượt",
    before them."""
    for i, mention in enumerate(mentions):
        if mention.kind != "respectively" or i < 2:
            continue
        first = i
        while first > 0 and mentions[first - 1].kind == mentions[i - 1].kind in ("score", "rank"):
            first -= 1
        if i - first >= 2:
            return mentions[:first] + [mention] + mentions[first:i] + mentions[i + 1:]
    return mentions


def _respectively_after_units(mentions: list[Mention]) -> list[Mention]:
    """"Các đơn vị thấp nhất lần lượt là A, B, C với điểm số là 45,31; 38,93; 38,70": "lần lượt" before the
    units hands out the values named after them, as many as the units: read it before the values."""
    for i, mention in enumerate(mentions):
        if mention.kind != "respectively":
            continue
        units = i + 1
        while units < len(mentions) and mentions[units].kind == "subject":
            units += 1
        named = units - i - 1
        if named >= 2 and _values_after(mentions, units - 1) == named:
            return mentions[:i] + mentions[i + 1:units] + [mention] + mentions[units:]
    return mentions


def _values_after(mentions: list[Mention], i: int) -> int:
    """How many values of one kind follow mention i before anything else is named."""
    kind, count = None, 0
    for mention in mentions[i + 1:]:
        if mention.kind not in ("score", "rank", "change"):
            break
        if kind is not None and mention.kind != kind:
            break
        kind, count = mention.kind, count + 1
    return count


def _units_after(mentions: list[Mention], i: int) -> int | None:
    """How many units are named one after another after mention i; None for fewer than two."""
    count = 0
    for mention in mentions[i + 1:]:
        if mention.kind != "subject":
            break
        count += 1
    return count if count >= 2 else None


def _on_aside_year(state: _Clause, mention: Mention) -> None:
    """"đạt 10,5 điểm (năm 2023 đạt 9,36 điểm)": the bracket states that year's result."""
    draft = state.draft
    if draft is None or not draft.states_something():
        _on_year(state, mention)
        return
    c = state.context
    state.before_aside = (c.kind, c.year, c.year_stated, state.year_named)
    state.close()
    c.kind, c.year, c.year_stated = "result", mention.fields["year"], True
    state.year_named = True
    state.aside_end = mention.end + len(mention.fields.get("aside") or "") + 1


def _end_aside(state: _Clause) -> None:
    state.close()
    c = state.context
    c.kind, c.year, c.year_stated, state.year_named = state.before_aside
    state.aside_end = state.before_aside = None


# ---------------------------------------------------------------- subjects


def _on_subject(state: _Clause, ref: UnitRef, after_comma: bool = False, after_of: bool = True,
                in_brackets: bool = False, unknown_before: int = 0, after_with: bool = False) -> None:
    if state.about_a_group and state.group_stated and ref.kind != "none":
        # "the average score for provincial-level agencies was 73.2/100 points, with the Department of
        # Information and Communications ranking first at 91.48/100 points": the group's value is said
        state.close()
        state.about_a_group = state.group_stated = False
    if state.about_a_group:
        return  # "trung bình ... của khối sở, ngành tỉnh X": X is where the group is
    if state.next_rank is not None and ref.kind != "none":
        _next_in_order(state, ref, unknown_before)
        return
    listed = _listed_values(state.context)
    if listed and ref.kind != "none":
        # a list's item after "The top ten included", "Nhóm Khá gồm:": the list says its value
        state.close()
        state.context.unit = ref
        state.unit_named = True
        draft = state.open_draft()
        if draft.fields.get("rank") is not None:
            # "4 đơn vị đứng đầu lần lượt là: (1) Sở A ...": its own place says more than the group's bound
            listed = {k: v for k, v in listed.items() if k not in ("rank", "rank_bound")}
        if draft.fields.get("score") is not None:  # its own score, the same way, says more than the bound
            listed = {k: v for k, v in listed.items() if k not in _SCORE_FIELDS + ("listed_score",)}
        draft.fields.update(listed)
        return
    draft = state.draft
    if (draft is not None and draft.states_something() and not after_comma
            and _qualifies(draft, ref, state.last_value, after_of)):
        return
    if draft is not None and draft.states_something() and draft.unit != ref:
        if state.unit_named or ref.kind == "none":
            state.close()
        elif in_brackets and draft.fields.get("unit_after_value"):
            # "thấp nhất là 5,42 điểm (tỉnh Điện Biên)": the bracket names whose the values before it are
            draft.unit = ref
        elif in_brackets or after_with:
            # "với 47,8 điểm, ngôi đầu ... so với tỉnh thấp nhất (Cao Bằng, 38,8 điểm)": the
            # values before the bracket are of a unit the clause does not name (so are those before
            # "with": "SIPAS reached 83.94%, with Hai Phong … topping the rankings")
            state.draft = None
        else:
            # "Với kết quả 89,75 điểm, huyện Núi Thành xếp thứ 2/18": the values
            # came first, the clause had named no unit before them
            draft.unit = ref
    elif draft is not None:
        draft.unit = ref
    state.context.unit = ref
    state.unit_named = ref.kind != "none"
    if in_brackets:
        state.pending = {}
    if state.pending and ref.kind != "none":
        state.open_draft()


def _listed_values(context: Context) -> dict:
    if context.list_score:
        return dict(context.list_score, listed_score=True)
    if context.list_rank:
        return {"rank": context.list_rank, "rank_bound": "<="}
    if context.list_rating:
        return {"rating": context.list_rating}
    if context.list_change is not None:
        return {"rank_change": context.list_change}
    return {}


def _qualifies(draft: Draft, ref: UnitRef, last_value: str | None, after_of: bool = True) -> bool:
    """A broader unit named after the values only says where the unit lies or
    among whom it ranks: "xếp thứ 2 của tỉnh", "tốp 3 các huyện của tỉnh"; a province
    named after a rank of the document's unit does so only after "của", "trong",
    "thuộc" ("the top ten include Ba Ria-Vung Tau" names a member)."""
    if ref.breadth is None:
        return False
    if draft.unit.breadth is not None and ref.breadth > draft.unit.breadth:
        return True
    return last_value == "rank" and ref.breadth >= 2 and draft.unit.breadth is None and after_of


def _on_locality(state: _Clause, mention: Mention) -> None:
    if (state.share_named and mention.fields.get("after_of")
            and (state.draft is None or not state.draft.states_something())):
        # "Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Hậu Giang … (đạt 12,27%)": whose the
        # growth is, not the unit of an index value
        return
    # "... lần lượt là 87,61 và 86,70, đứng cuối là C với 70,06 điểm": a unit named after
    # "lần lượt" takes the values after it, not a share of the series
    state.series = []
    earlier = state.context.unit if state.unit_named else None
    ref = mention.fields["ref"]
    state.named.append(("unit", ref))
    # ("với 75/80 điểm, A và B dẫn đầu": the value put before both is the second's as well)
    fronted = (mention.fields.get("fronted") and state.draft is not None and state.draft.unit == earlier
               and state.draft.states_something())
    joined = (mention.fields.get("joined") and earlier is not None and earlier.kind != "none"
              and (state.draft is None or not state.draft.states_something() or fronted)
              and state.next_rank is None and not _listed_values(state.context) and not state.series)
    if joined and fronted:
        shared = dict(state.draft.fields)
    else:
        shared = _bounds_shared(state.draft) if mention.fields.get("along_with") else {}
    _on_subject(state, mention.fields["ref"], mention.fields.get("after_comma", False),
                mention.fields.get("after_of", True), mention.fields.get("in_brackets", False),
                mention.fields.get("unknown_before", 0), mention.fields.get("after_with", False))
    if shared and state.context.unit == ref and (state.draft is None or state.draft.unit == ref):
        state.open_draft().fields.update(shared)
    if state.draft is not None and state.draft.states_something() and state.last_value_end is None:
        state.last_value_end = mention.end  # "Tiếp theo là huyện A": the name ends what states its rank
    if joined:
        state.co_subjects = list(dict.fromkeys(state.co_subjects + [earlier]))
    elif state.context.unit == ref:  # a new subject, not "của tỉnh X" after the values
        state.co_subjects = []


def _bounds_shared(draft: Draft | None) -> dict:
    """What a unit named after "cùng với" shares with the one before: its bounds ("top 5", "trên 80%")
    and its class, never an exact place or score."""
    if draft is None:
        return {}
    f = draft.fields
    shared = {}
    if f.get("rank") is not None and f.get("rank_bound"):
        shared.update(rank=f["rank"], rank_bound=f["rank_bound"])
    if f.get("score") is not None and f.get("score_bound"):
        shared.update({k: f[k] for k in ("score", "score_unit", "score_bound") if f.get(k) is not None})
    if f.get("rating") is not None:
        shared["rating"] = f["rating"]
    return shared


def _on_anaphor(state: _Clause, mention: Mention) -> None:
    level = mention.fields.get("level")
    ref = UnitRef("anaphor", level=level, breadth=breadth(level) if level else None)
    named = state.context.unit
    same_breadth = ref.breadth is None or named.breadth is None or ref.breadth == named.breadth
    if (state.unit_named and named.kind in ("locality", "agency") and not mention.fields.get("ours")
            and same_breadth):
        return  # "Phu Yen Province aims to have its DTI ranking ...": the unit this clause named
    if (not state.unit_named and state.index_named and named == state.context.named_in_sentence
            and named.kind == "locality" and same_breadth and not mention.fields.get("ours")):
        return  # "Riêng tỉnh A, PAR Index tăng ...; còn SIPAS của tỉnh ...": another index of the same unit
    _on_subject(state, ref)


def _on_other_subject(state: _Clause, mention: Mention) -> None:
    if mention.fields.get("share") and state.context.unit.kind in ("locality", "agency"):
        state.context.share_of = state.context.unit
    if mention.fields.get("place_in") and state.draft is not None:
        # "Hà Tĩnh đứng thứ hai toàn quốc về tỷ lệ cấp thẻ căn cước": the place just read is the share's
        for name in ("rank", "rank_total", "bound"):
            state.draft.fields.pop(name, None)
    _on_subject(state, NOT_A_UNIT)
    state.about_a_group = bool(mention.fields.get("group"))
    state.group_stated = False
    state.share_named = bool(mention.fields.get("share"))


def _on_index(state: _Clause, mention: Mention) -> None:
    index = mention.fields["index"]
    c = state.context
    part = component_names().part_named_as_index(c.indices[0] if len(c.indices) == 1 else None, c.component, index)
    if part is None and c.part_before is not None and not c.component:
        part = component_names().part_named_as_index(c.part_before[0][0], c.part_before[1], index)
        if part is not None:
            c.indices = c.part_before[0]
    if part is not None:
        # "điểm đánh giá tác động của CCHC: 29,95 điểm (Chỉ số SIPAS: 8,30 điểm; ...)": a part of the
        # index the text is on (components.yaml `parts_named_as_indices`)
        if state.draft is not None and state.draft.states_something():
            state.close()
        c.component = part
        state.component_named = True
        return
    state.named.append(("index", index))
    c = state.context
    if c.unit == NOT_A_UNIT and c.share_of is not None and not state.unit_named and not state.share_named:
        c.unit = c.share_of  # (the share was an earlier clause's)
        if state.draft is not None and state.draft.unit == NOT_A_UNIT and not state.draft.states_something():
            state.draft.unit = c.unit
    c.named_indices = tuple(dict.fromkeys(c.named_indices + (index,)))
    draft = state.draft
    repeated = state.last_index_end is not None and mention.start - state.last_index_end <= _REPEAT_GAP
    listed_after = state.last_index_end
    state.last_index_end = mention.end
    if draft is not None and draft.states_something() and draft.indices == (index,) and repeated:
        return  # "chỉ số năng lực cạnh tranh cấp tỉnh 2019 (PCI 2019)": the same index named again
    if (draft is not None and draft.states_something() and draft.index_named and index not in draft.indices
            and listed_after is not None and mention.start - listed_after <= _LIST_GAP
            and (state.last_value_end is None or state.last_value_end <= listed_after)):
        # "topped the rankings of the 3 PAR-Index, DDCI, and DTI indices", "dẫn đầu cả 3 chỉ số PAR
        # INDEX, SIPAS và PAPI": indices listed one after another share the values before them
        draft.indices = draft.indices + (index,)
        c.indices = draft.indices
        return
    if draft is not None and draft.fields.get("raw_points") and draft.indices == (index,):
        return  # "với tổng điểm là 60,5 điểm, chỉ số cải cách hành chính đạt 92,1%": its value follows
    if draft is not None and draft.states_something():
        # ("điểm đánh giá tác động … đạt 31,19 điểm (gồm Chỉ số SIPAS …)": a value named as one
        # index's component is not moved to another index named after it)
        # ("xếp thứ 28 về Chỉ số CCHC và thứ 7 về Chỉ số hài lòng": a place read after the index before,
        # right before "về" and this index, is this index's)
        own = (mention.fields.get("place_in") and draft.first_value is not None and listed_after is not None
               and draft.first_value >= listed_after)
        if (own or (not draft.index_named and not state.index_named)) and not (
                draft.component_named and draft.indices and draft.indices != (index,)):
            draft.indices, draft.index_named = (index,), True
            if draft.component and not draft.component_named:
                draft.component = None
            state.index_named = True
            c.indices = (index,)
            return
        state.close()
    if c.component and (not state.component_named or (c.indices and c.indices != (index,))):
        c.component = None  # a component is of its own index
    c.indices = (index,)
    state.index_named = True
    if state.draft is not None:
        state.draft.indices, state.draft.index_named = c.indices, True


def _on_plural_index(state: _Clause, mention: Mention) -> None:
    c = state.context
    if not state.index_named and c.named_indices:
        c.indices = c.named_indices
        state.index_named = True


def _on_components_too(state: _Clause, mention: Mention) -> None:
    """"dẫn đầu cả nước ở 3 trụ cột, gồm: A, B và C": the values stated hold for each component named next."""
    if mention.fields.get("only"):
        # "đứng đầu ở chỉ số A (6,37 điểm), B (4,58 điểm)", "took the lead in A (6.216 points)": first
        # in each component named next, which has values of its own; what came before is the index's
        state.close()
        if state.context.unit.kind == "none":
            return
        lead = state.open_draft()
        lead.fields["rank"] = 1
        state.draft = None
        state.shared_beside_values = True
        state.shared, state.shared_components = lead, []
        state.context.leads_in_parts = True
        return
    draft = state.draft
    if draft is None or not draft.states_something():
        return
    state.close()
    state.shared, state.shared_components = draft, []


def _share_with_components(state: _Clause) -> None:
    """At the clause's end: a record of each component named after "ở 3 trụ cột" with the shared values."""
    shared = state.shared
    for index, key in dict.fromkeys(state.shared_components):
        state.done.append(replace(shared, indices=(index,), component=key, component_named=True,
                                  fields=dict(shared.fields), baselines=[], more_components=()))
    state.shared, state.shared_components = None, []
    state.shared_beside_values = False


def _on_component(state: _Clause, mention: Mention) -> None:
    c = state.context
    current = c.indices[0] if c.indices else c.topic
    chosen = component_names().choose(mention.fields["readings"], current)
    if chosen is None:
        return
    index, key = chosen
    if index in component_names().read_only_where_named.get(current, ()) and index not in c.named_indices:
        # "PCI ... Long An tăng 5 bậc, do ... công tác cải cách thủ tục hành chính (tăng 1,32 điểm)": words
        # of the passage's own topic (components.yaml `parts_read_only_where_named`)
        return
    state.named.append(("component", (index, key)))
    if (c.leads_in_parts and c.unit.kind != "none" and state.shared is None
            and (mention.fields.get("beside_unit") or not state.states_values)):
        # "…; Trà Vinh (thủ tục hành chính công); Đồng Tháp (quản trị môi trường)": first in its part too
        # ("ranked first with five dimensions, including A; B; C": a clause naming a part, no value)
        _open_part(state, index, key).fields["rank"] = 1
        state.close()
        return
    if c.list_rating and c.unit.kind != "none" and state.shared is None:
        # "5/8 chỉ số thành phần thuộc nhóm đạt điểm cao nhất gồm: A; B; C": each part listed is of the group
        _open_part(state, index, key).fields["rating"] = c.list_rating
        return
    if state.shared is not None:
        state.shared_components.append((index, key))
    draft = state.draft
    stated = state.done + ([draft] if draft is not None and draft.states_something() else [])
    if mention.fields.get("in_terms_of") and stated and not any(d.component_named for d in stated):
        for done in stated:
            done.indices, done.component, done.component_named = (index,), key, True
        return
    if (mention.fields.get("right_after_value") and draft is not None and draft.states_something()
            and draft.component_named and not draft.late_component_fresh and draft.component != key):
        # "achieved maximum scores in A and B pillars, and ranked 3rd nationwide in C and D": the parts
        # right after the value are its own, not the ones named before it (they had no value)
        draft.indices, draft.component, draft.more_components = (index,), key, ()
        c.indices, c.component = (index,), key
        state.listed_components = []
        state.last_component = mention
        return
    previous = state.last_component
    state.last_component = mention
    listed = previous is not None and mention.fields.get("listed")
    if listed and c.component and c.indices == (index,):
        # "A và B đạt ...": one value for both
        state.listed_components = list(dict.fromkeys(state.listed_components + [c.component]))
    else:
        state.listed_components = []
    if state.pending and state.unit_named and c.unit.kind != "none" and state.draft is None:
        # "Bắc Giang có hai chỉ số thành phần dẫn đầu cả nước là A và B": the rank waiting for
        # what it is of is the unit's, of these components
        c.indices, c.component = (index,), key
        state.component_named = True
        state.open_draft().component_named = True
        return
    draft = state.draft
    if (listed and draft is not None and draft.states_something() and draft.component_named
            and draft.indices == (index,) and draft.component == c.component):
        # "xếp thứ 8 về kinh tế số và xã hội số": the values before are of both
        draft.more_components = tuple(dict.fromkeys(draft.more_components + (key,)))
        return
    if draft is not None and draft.states_something():
        scale = component_names().scales.get(index)
        # ("Về DTI, tỉnh xếp hạng 4 về chính quyền số": a part tied by "về" is the value's though the index was named)
        if (not draft.component_named and not state.component_named
                and (not draft.index_named or mention.fields.get("after_preposition"))
                and not mention.fields.get("a_cause")
                and _close_after_value(state, mention)
                and not (scale is not None and (draft.fields.get("score") or 0) > scale)):
            # ("score reached 70 and nine of ten indexes increased …, including land access": a score
            # no part of the index reaches is not the part's)
            draft.before_late_component = (draft.indices, draft.component)
            draft.late_component_fresh = True
            # "xếp thứ 14, với chính quyền số xếp thứ 9" may give it back; "4.83 points in X" may not
            draft.late_component_tied = bool(mention.fields.get("after_preposition"))
            draft.indices, draft.component, draft.component_named = (index,), key, True
            state.component_named = True
            c.indices, c.component = (index,), key
            return
        state.close()
    c.indices, c.component = (index,), key
    state.component_named = True


def _open_part(state: _Clause, index: str, key: str) -> Draft:
    """A draft of its own for the part just named, the draft before closed."""
    state.close()
    state.context.indices, state.context.component = (index,), key
    state.component_named = True
    draft = state.open_draft()
    draft.component_named = True
    return draft


def _on_year(state: _Clause, mention: Mention) -> None:
    year = mention.fields["year"]
    draft = state.draft
    if mention.fields.get("late") and draft is not None and draft.states_something():
        draft.year, draft.year_named = year, True  # "reach the top 10 by 2030": that value's year
        if mention.fields.get("closes"):
            # "hạng 4 (năm 2014), hạng 6 (2015), hạng 8 (2016, 2017)": each value its year; the
            # next value starts a draft of its own
            for also in (mention.fields.get("also"), mention.fields.get("also2")):
                if also:
                    state.done.append(draft.for_year(also))
            state.close()
            if mention.fields.get("goes_on"):
                state.context.year = year  # ("… vị trí số 2 năm 2024 với 90,7 điểm": the score is 2024's too)
        return
    if draft is not None and (draft.states_something() or draft.fields.get("rank_last")):
        # ("năm 2019 đứng áp chót …, sang năm 2020 đã vươn lên thứ 16": a last place is a value of its year)
        # (a year carried from the sentence before gives way: "Theo đó, … Bảo hiểm xã hội tỉnh là đơn
        # vị đứng đầu về chỉ số cải cách hành chính năm 2019 với 90,05 điểm")
        if not state.year_named and not mention.fields.get("after_semicolon") and (
                not draft.year_named or (state.context.year_from_before and mention.fields.get("of_index"))):
            draft.year, draft.year_named = year, True
            state.year_named = True
            state.context.year = year
            return
        state.close()
    state.context.year = year
    state.context.year_stated = True
    state.year_named = True


def _on_earlier_years(state: _Clause, mention: Mention) -> None:
    """"Năm 2024 là năm thứ 3 tỉnh dẫn đầu ..., trước đó là các năm 2020 và 2022": the place the
    streak holds was the unit's in those years too."""
    draft = state.draft
    if draft is None or draft.fields.get("rank") is None or draft.fields.get("rank_bound"):
        return
    last = state.last_rank
    if last is None or last.get("bound") or last.get("rank") != draft.fields["rank"]:
        return  # ("đứng đầu …, 4 năm liên tiếp nằm trong Top 3 (2021–2024)": the streak is of the bound)
    if mention.fields.get("streak"):  # "năm thứ hai liên tiếp": the year before
        years = [draft.year - 1] if draft.year else []
    elif mention.fields.get("years"):
        years = _bracketed_years(mention.fields["years"])
    else:
        years = [mention.fields.get(name) for name in ("year", "also", "also2")]
    for year in years:
        if year and year != draft.year:
            state.done.append(replace(draft, year=year, fields={"rank": draft.fields["rank"]}, baselines=[]))


_YEAR_OR_SPAN = re.compile(r"((?:19|20)\d\d)(?:\s*(?:[-–]|đến(?:\s+năm)?)\s*((?:19|20)\d\d))?")


def _bracketed_years(text: str) -> list[int]:
    """"2017 đến năm 2020 và 2022 - 2023" → 2017, 2018, 2019, 2020, 2022, 2023 (a span read
    backwards or over twenty years is no span)."""
    years: list[int] = []
    for match in _YEAR_OR_SPAN.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        years.extend(range(first, last + 1) if 0 <= last - first <= 20 else (first,))
    return years


def _on_respectively(state: _Clause, mention: Mention) -> None:
    """"Chỉ số CCHC và Chỉ số SIPAS lần lượt đạt 87,5% và 84,2%": hand the values out in order;
    "A đứng đầu, đứng thứ hai là B, thứ ba là C với số điểm lần lượt là X và Y": to the last
    units named, as many as the values that follow."""
    if state.draft is not None and state.draft.states_something():
        state.close()  # "A, B cũng thuộc nhóm Tốt với số điểm lần lượt là X và Y": the class is both's
    state.co_subjects = []
    following = mention.fields.get("values_after", 0)
    for kind in ("unit", "component", "index"):
        items = state.named_of(kind)
        if 2 <= following < len(items):
            items = items[-following:]
        if len(items) >= 2:
            state.close()
            state.series = [(kind, value) for value in items]
            if mention.fields.get("values_again") and len(items) == following:
                state.series_again = (mention.fields["values_again"], list(state.series))
            return


def _series_again(state: _Clause, kind: str) -> None:
    """A value of the second run after "lần lượt" starts the units over."""
    if not state.series and state.series_again is not None and state.series_again[0] == kind:
        state.series, state.series_again = list(state.series_again[1]), None


def _next_in_series(state: _Clause) -> None:
    kind, value = state.series.pop(0)
    state.close()
    c = state.context
    if kind == "unit":
        c.unit = value
    elif kind == "index":
        c.indices, c.component = (value,), None
    else:
        c.indices, c.component = (value[0],), value[1]
    state.open_draft()


def _on_ordered(state: _Clause, mention: Mention) -> None:
    """"Tiếp đó là A, B, C": the units named next take the ranks after the last stated."""
    before = state.draft
    # "Quang Ninh scored 70.69 points, followed by Da Nang": the unit the list starts from has no
    # place stated, and the last place stated was another's: the places after it are unknown
    unplaced = (before is not None and before.states_something() and before.fields.get("rank") is None
                and state.unit_named and state.context.last_rank_unit is not None
                and not before.unit.same_place(state.context.last_rank_unit) and not mention.fields.get("first"))
    state.close()
    if unplaced:
        state.next_rank = None
        return
    if mention.fields.get("first"):  # "3 vị trí đầu bảng lần lượt thuộc về ...", "vị trí thứ 2 và thứ 3 là ..."
        state.next_rank, state.rank_step = mention.fields["first"], 1
        if mention.fields.get("groups_go_on"):
            state.next_rank = _after_groups_above(state.context, state.next_rank)
        if mention.fields.get("list"):  # "xếp lần lượt từ cao xuống thấp như sau:" (lines below too)
            state.context.list_next_rank = mention.fields["first"]
            # ("(xếp theo thứ tự điểm từ cao đến thấp) gồm: A; các Sở: B, C": to the sentence's end only)
            state.context.list_in_sentence = mention.fields["list"] == "sentence"
        return
    last = state.context.last_rank
    state.rank_step = -1 if last is not None and state.context.last_rank_is_last and last > 1 else 1
    state.next_rank = last + state.rank_step if last is not None else None
    ranking = state.context.last_rank_of
    last_unit = state.context.last_rank_unit
    if state.next_rank is not None and state.rank_step == 1 and ranking is not None and last_unit is not None:
        taken = state.context.ranks_taken.get((*ranking, state.context.year, last_unit.kind == "agency"), ())
        while state.next_rank in taken:
            state.next_rank += 1
    if state.next_rank is not None and state.rank_step == 1 and state.context.list_next_rank is None:
        # "tiếp theo là A 94,17 điểm; B 93,19 điểm; …": the places go on over the sentence's clauses
        state.context.list_next_rank, state.context.list_in_sentence = state.next_rank, True
        state.context.order_goes_on = True
    if last == 1 and ranking is not None and ranking[1] and not state.context.component:
        # "A leads in controlling corruption ... Following A in the list are B, C": the leader's
        # ranking goes on (after a unit's pillars one by one, "Tiếp theo là B" is of the index)
        state.context.indices, state.context.component = ranking


def _after_groups_above(context: Context, first: int) -> int:
    """"(i) Nhóm trên 80% xếp từ cao xuống thấp gồm A, …, I; (ii) Nhóm trên 70% xếp từ cao xuống thấp gồm J, …":
    a lower group's list from the top goes on from the places the group above took, where those are
    every place from the first to the last one stated, in the same ranking."""
    ranking, unit = context.last_rank_of, context.last_rank_unit
    if first != 1 or ranking is None or unit is None or context.last_rank is None:
        return first
    taken = context.ranks_taken.get((*ranking, context.year, unit.kind == "agency"), ())
    last = context.last_rank
    if last >= 2 and len(taken) == last and max(taken) == last:
        return last + 1
    return first


def _next_in_order(state: _Clause, ref: UnitRef, unknown_before: int = 0) -> None:
    state.co_subjects = []  # each unit of an ordered list has its own rank
    state.next_rank += state.rank_step * unknown_before  # names not known took the places between
    if state.next_rank < 1:
        state.next_rank = None
        return
    state.close()
    state.context.unit = ref
    state.unit_named = True
    draft = state.open_draft()
    draft.unit = ref
    draft.fields["rank"] = state.next_rank
    draft.fields["ordered"] = True
    if state.context.list_rating:  # "7 đơn vị đạt loại tốt được xếp tiếp theo lần lượt là: A, B"
        draft.fields["rating"] = state.context.list_rating
    state.next_rank += state.rank_step
    if state.next_rank < 1:
        state.next_rank = None


def _on_first_places(state: _Clause, mention: Mention) -> None:
    """"A, B, C lần lượt chiếm 3 vị trí đầu tiên": the units named before take ranks 1..n;
    "A, B and C ranked after X": they take the ranks after the last one stated."""
    units = state.named_of("unit")
    if mention.fields.get("after"):
        last = state.context.last_rank
        if last is None or len(units) < 2 or state.draft is not None and state.draft.states_something():
            return
        state.close()
        state.next_rank = last + 1
        for ref in units:
            _next_in_order(state, ref)
        state.next_rank = None
        return
    # "A, B, C lần lượt là những địa phương ... cao nhất": as many places as units named
    count = len(units) if mention.fields.get("count_named") and len(units) >= 2 else mention.fields.get("count")
    if not count or len(units) != count:
        return
    state.close()
    state.next_rank = 1
    for ref in units:
        _next_in_order(state, ref)
    state.next_rank = None


def _on_bound_list(state: _Clause, mention: Mention) -> None:
    """"The top ten also included A, B, C": each unit named next ranks within the first ten ("3
    authorities at the bottom of the ranking are …": in none; an order stated before ends here)."""
    state.close()
    state.next_rank = None
    state.context.list_rank = mention.fields.get("rank")


def _on_bound_back(state: _Clause, mention: Mention) -> None:
    """"A, B and C were also in the top 10": each unit named before ranks within the first ten."""
    rank = mention.fields.get("rank")
    if not rank:
        return
    state.co_subjects = []  # the list's bound is each unit's, by the list
    state.close()
    stated = {draft.unit: draft for draft in state.done}
    for ref in state.named_of("unit"):
        draft = stated.get(ref)
        if draft is None:
            state.context.unit = ref
            draft = state.open_draft()
            draft.unit = ref
        if draft.fields.get("rank") is None:
            draft.fields.update(rank=rank, rank_bound="<=")
        state.close()


def _on_score_list(state: _Clause, mention: Mention) -> None:
    """"Nhóm thứ nhất gồm 12 bộ có chỉ số trên 80%, gồm: A, B, C": the group's bound is the
    score of each unit listed next, not of any unit named before it."""
    f = mention.fields
    bound = ">" if f.get("over") else "<" if f.get("under") else ">="
    # ("02 cơ quan xếp loại khá với tỷ lệ điểm số dưới 80% gồm A và B": a class and the bound that
    # defines it; the class is what the units listed are said to have)
    rating, state.group_rating = state.group_rating, None
    state.close()
    state.co_subjects = []
    state.about_a_group = False  # "Nhóm thứ nhất gồm 12 bộ ...": the names come now
    c = state.context
    c.list_rank = None  # a new list: no value of the one before
    c.list_rating = rating
    c.list_score = None if rating else {"score": f["num"], "score_unit": f.get("unit"), "score_bound": bound}


def _on_unchanged_list(state: _Clause, mention: Mention) -> None:
    """"three had their positions unchanged, namely A, B and C": each unit named next kept its rank."""
    state.close()
    state.co_subjects = []
    state.about_a_group = False  # "36 localities climbed ..., and three had ...": the names come now
    state.context.list_change = 0


def _on_rating_list(state: _Clause, mention: Mention) -> None:
    """"Nhóm Khá gồm 6 đơn vị: A (68,01 điểm); B ...": the units named next are of that class."""
    if mention.fields.get("num") is not None:
        # "Nhóm A (từ 90 điểm trở lên) có 3 đơn vị, gồm: …": a lettered band, its bound each member's score
        _on_score_list(state, mention)
        return
    state.close()
    state.context.list_rating = mention.fields["rating"]
    state.context.list_rating_bracketed = bool(mention.fields.get("bracketed"))
    state.context.list_rank = None  # a new list: no bound of the one before
    state.context.list_next_rank = None  # nor the order of the one before ("…; 08 ngành xếp loại tốt: …")
    state.next_rank = None


def _on_rating_back(state: _Clause, mention: Mention) -> None:
    """"A (68,88 điểm) và B (68,84 điểm) được đánh giá ở nhóm Khá tốt": the units named before are."""
    rating = mention.fields["rating"]
    drafts = state.done + ([state.draft] if state.draft is not None else [])
    parts = [part for part in state.named_of("component") if part[1] != NO_KEY]
    if not drafts and parts and state.context.unit.kind != "none":
        # "Chỉ số công khai minh bạch, cung ứng dịch vụ công được xếp vào nhóm trung bình thấp": the
        # parts named before, with no value of their own, are of that class
        before = (state.context.indices, state.context.component)
        for index, key in parts:
            state.context.indices, state.context.component = (index,), key
            draft = state.open_draft()
            draft.component_named = True
            draft.fields["rating"] = rating
            state.close()
        state.context.indices, state.context.component = before
        return
    for draft in drafts:
        draft.fields.setdefault("rating", rating)
    # "Can Tho, Kon Tum and Kien Giang are in the group with the lowest scores": units named with no
    # values of their own are of the group too
    stated = {draft.unit for draft in state.done + ([state.draft] if state.draft is not None else [])}
    listed = [ref for ref in state.named_of("unit") if ref not in stated and ref.kind != "none"]
    if len(listed) < 2:
        return  # one unit's group, said with no value, may be of a part ("nhóm trung bình cao ở tiêu chí ...")
    state.close()
    for ref in listed:
        state.context.unit = ref
        draft = state.open_draft()
        draft.unit = ref
        draft.fields["rating"] = rating
        state.close()


def _on_target(state: _Clause, mention: Mention) -> None:
    state.context.kind = "target"
    if state.draft is not None:
        state.draft.kind = "target"


# ---------------------------------------------------------------- values


def _on_score(state: _Clause, mention: Mention) -> None:
    f = mention.fields
    if f.get("num") is None or f["num"] > 1000:
        return  # no index is scored above 1,000: a year or a count read as a score
    _series_again(state, "score")
    if state.series:
        _next_in_series(state)
    if state.context.unit.kind == "none":
        return
    _give_back_late_component(state, "score")
    draft = state.open_draft()
    if draft.fields.pop("listed_score", False):
        # "gồm: A (92%), B (91%)": its own score says more than the group's bound
        for name in _SCORE_FIELDS:
            draft.fields.pop(name, None)
    if draft.fields.get("score") is not None and not draft.fields.get("raw_points"):
        if state.context.years_in_turn:  # the next year's score
            state.close()
            draft = state.open_draft()
        else:
            draft = _next_column(state, draft)
            if draft is None:
                return  # a second score in one draft is a distractor more often than not
    if draft.fields.pop("raw_points", None):
        draft.fields.pop("max_score", None)
    if f.get("raw_points"):
        draft.fields["raw_points"] = True  # "tổng số điểm đạt được 68,32 điểm": the index's value may follow
    draft.fields["score"] = f["num"]
    if f.get("max") is not None and f["max"] >= f["num"]:
        # ("(70,69/ 70,00 điểm)": a pair compared, this year's and another's, no maximum)
        draft.fields["max_score"] = f["max"]
    draft.fields["score_unit"] = f.get("unit") or f.get("from_unit")  # "từ 82,90% … lên 83,93": the earlier one's
    if f.get("bound"):
        draft.fields["score_bound"] = f["bound"]
    if f.get("from_num") is not None:
        draft.baselines.append(Baseline(_from_year(f), f["from_num"], f.get("from_unit") or f.get("unit")))


def _next_column(state: _Clause, draft: Draft) -> Draft | None:
    """A second bare score of an item of a list whose first item scored several indices in
    order ("B: 95,66%; 90,63%"): the next index's, in a draft of its own; else None."""
    columns = state.context.columns
    if not columns or state.index_named or len(draft.indices) != 1 or draft.indices[0] not in columns[:-1]:
        return None
    following = columns[columns.index(draft.indices[0]) + 1]
    state.close()
    state.context.indices = (following,)
    return state.open_draft()


def _open_for_unit_after(state: _Clause, fields: dict) -> None:
    """A new draft with the place just read, whose unit is named after its value (in brackets: see
    _on_subject)."""
    state.close()
    state.unit_named = False
    if state.context.unit.kind != "none":
        state.open_draft().fields.update(fields, unit_after_value=True)


def _on_rank(state: _Clause, mention: Mention) -> None:
    f = mention.fields
    if f.get("last"):
        # "đứng cuối bảng": the last place, a rank once the group's number is known
        # ("tiếp đến là B với 89,14 điểm và xếp cuối nhóm là C": the places in order end there)
        state.next_rank = None
        # (rank_last counts the places from the bottom: 1 the last, 2 "áp chót", the one before it)
        from_bottom = 1 + int(f.get("above_last", 0))
        if f.get("forward"):  # "đứng cuối bảng xếp hạng là C": of the unit named next
            state.close()
            state.pending = {"rank_last": from_bottom}
        elif f.get("values_first"):  # "…, điểm số thấp nhất là 90,96 điểm (UBND huyện B)"
            _open_for_unit_after(state, {"rank_last": from_bottom})
        elif state.context.unit.kind != "none" and not state.co_subjects:
            # ("Ủy ban Dân tộc, Bộ Y tế, Bộ KH&ĐT, Bộ Xây dựng xếp cuối bảng": units named together at
            # the bottom are its last group, no one of them its last place)
            state.open_draft().fields["rank_last"] = from_bottom
        return
    if f.get("rank") is None:
        # "topped the list of 14 localities": how many were ranked, for the rank just stated
        draft = state.draft
        if (f.get("total") and draft is not None and draft.fields.get("rank") is not None
                and not draft.fields.get("rank_bound")):
            draft.fields.setdefault("rank_total", f["total"])
        return
    # "từ thứ hạng 11 trên 19 đơn vị ... tụt xuống hạng 18": one ranking of 19, both years
    values = {"rank": f.get("rank"), "rank_total": f.get("total") or f.get("from_total")}
    if f.get("bound"):
        values["rank_bound"] = f["bound"]
    values = {k: v for k, v in values.items() if v is not None}
    if f.get("forward") or (f.get("parts_follow") and state.unit_named):
        # ("dẫn đầu 4 chỉ số thành phần gồm A, B": of the parts named next)
        state.close()
        state.pending = values
        if f.get("unit_follows"):
            state.context.unit = NOT_A_UNIT
            state.unit_named = False
        return
    if f.get("values_first"):  # "… và cao nhất là 8,15 điểm (tỉnh Bình Dương)"
        _open_for_unit_after(state, values)
        return
    _series_again(state, "rank")
    if state.series and not f.get("bound"):
        _next_in_series(state)
    if state.context.unit.kind == "none":
        return
    if mention.rule == "rank_series_item" and _pair_ranks(state, values):
        return
    if f.get("first_of_pair"):
        units = state.named_of("unit")
        if len(units) != 2:
            return
        state.co_subjects = []  # "A and B were at the top and bottom, respectively": A is first
        state.close()
        state.context.unit = units[0]
        state.open_draft().fields.update(values)
        state.close()
        state.context.unit = units[1]
        return
    if values.get("rank") is not None:
        _give_back_late_component(state, "rank")
    draft = state.open_draft()
    if draft.fields.pop("ordered", False) and not values.get("rank_bound"):
        # a list after "tiếp theo là" that states each unit's rank: the ranks it states hold
        draft.fields.pop("rank")
        state.next_rank = None
    if draft.fields.get("rank") is not None and f.get("moved") and not values.get("rank_bound"):
        # "sau nhiều năm xếp thứ nhất, năm 2024 đã tụt xuống vị trí thứ 4": the move says the year's rank
        draft.fields.pop("rank_bound", None)
        draft.fields.pop("rank_total", None)
        draft.fields.pop("rank")
    if draft.fields.get("rank") is not None:
        if (draft.kind == "target" and draft.fields.get("rank_bound") and values.get("rank_bound")
                and values.get("rank") != draft.fields["rank"]):
            # "among the top 20 in 2025 ... reach the top 10 by 2030": a plan's second aim
            state.close()
            state.open_draft().fields.update(values)
            return
        another = f.get("another") or (f.get("index_after") and draft.index_named
                                       and values.get("rank") != draft.fields["rank"])
        if (state.context.years_in_turn or another) and not draft.fields.get("rank_bound") \
                and not values.get("rank_bound"):
            # the next year's place; "… và thứ 7 cả nước về Chỉ số hài lòng": another index's
            state.close()
            state.open_draft().fields.update(values)
            return
        if not draft.fields.get("rank_bound") or values.get("rank_bound"):
            return
        # "lọt vào Top 10, ... vươn lên vị trí thứ 6": the exact rank says more than the band
        draft.fields.pop("rank_bound")
        draft.fields.pop("rank_total", None)
    draft.fields.update(values)
    if f.get("from_rank") is not None:
        # ("tụt từ thứ hạng 9/19 năm 2016 xuống thứ 17/19": the earlier place has its total too)
        # ("to No. 38 from No. 52 out of 63": one ranking of 63, both years)
        draft.baselines.append(Baseline(_from_year(f), rank=f["from_rank"],
                                        rank_total=f.get("from_total") or f.get("total")))


# what may stand between a value and the component it is of ("xếp thứ 8 về kinh tế số",
# "ranked 9th in the Digital Economy", "đạt 7,5 điểm ở chỉ số thành phần ...")
_LATE_COMPONENT_GAP = 40
_TIED_COMPONENT_GAP = 80


def _close_after_value(state: _Clause, mention: Mention) -> bool:
    """A component named soon after a value: "khẳng định vị thế ... trong xây dựng chính quyền
    số" at the end of a long clause names a field of work, not what the value is of. Tied to it
    by "về" ("đứng thứ 5/19 trong bảng xếp hạng các tiêu chí về Chỉ số thành phần X"), a little
    further."""
    if state.last_value_end is None:
        return True
    gap = mention.start - state.last_value_end
    return gap <= _LATE_COMPONENT_GAP or (gap <= _TIED_COMPONENT_GAP and bool(mention.fields.get("tied_by_ve")))


def _give_back_late_component(state: _Clause, field_name: str) -> None:
    """"Nam Định xếp thứ 14, với chính quyền số xếp thứ 9": a component named after a value
    and followed by a value of its own is that value's, not the one's before. "4.83 points in
    participation, 5.45 points in transparency": a component tied to the value before by a
    preposition keeps it, and the next value starts the next component's record."""
    draft = state.draft
    if draft is None or not draft.late_component_fresh or draft.fields.get(field_name) is None:
        return
    if draft.late_component_tied:
        state.close()
        state.context.indices, state.context.component = draft.before_late_component
        state.component_named = False
        return
    if draft.fields.get("rank_bound"):
        return
    c = state.context
    component_at = (c.indices, c.component)
    draft.indices, draft.component = draft.before_late_component
    draft.component_named = False
    state.close()
    c.indices, c.component = component_at


def _pair_ranks(state: _Clause, values: dict) -> bool:
    """"Quảng Ninh và Hải Phòng xếp thứ 1 và thứ 2": two units, then two ranks, pair in order.
    The first rank went to the unit named last; it is the first unit's."""
    draft = state.draft
    units = state.named_of("unit")
    if draft is None or draft.fields.get("rank") is None or len(units) < 2 or draft.unit != units[-1]:
        return False
    first, last = units[-2], units[-1]
    # "Hanoi and Hai Phong both scoring above 60 and ranked 14th and 21st": the rest is both's
    shared = ({k: v for k, v in draft.fields.items() if k not in ("rank", "rank_total", "rank_bound")}
              if first in state.co_subjects else {})
    state.co_subjects = []
    earlier = {k: draft.fields.pop(k) for k in ("rank", "rank_total") if k in draft.fields}
    draft.fields.update(values)
    state.close()
    state.context.unit = first
    state.open_draft().fields.update({**shared, **earlier})
    state.close()
    state.context.unit = last
    if values.get("rank") is not None:
        state.context.last_rank = values["rank"]  # "Tiếp theo là ..." goes on after the second
    return True


def _from_year(fields: dict) -> int | None:
    """The year a value moved from: written, "năm ngoái" (LAST_YEAR), or None for the year compared against."""
    return LAST_YEAR if fields.get("from_last") else fields.get("from_year")


def _on_rating(state: _Clause, mention: Mention) -> None:
    if state.context.unit.kind == "none":
        state.group_rating = mention.fields["rating"]
        return
    draft = state.open_draft()
    if draft.fields.get("ordered") and draft.fields.keys() <= {"rank", "ordered"}:
        # "kế đến lần lượt là: A, B, C thuộc nhóm “tốt”": the class said after an ordered list is
        # each of its units', back to the first that states anything else
        for earlier in reversed(state.done):
            if not earlier.fields.get("ordered") or earlier.fields.keys() - {"rank", "ordered"}:
                break
            earlier.fields["rating"] = mention.fields["rating"]
    if state.context.list_rating and draft.fields.get("rating") == state.context.list_rating:
        # "12 đơn vị xếp loại tốt: A, B, C; huyện D được xếp loại khá": a class of its own is not the list's
        draft.fields["rating"] = mention.fields["rating"]
    draft.fields.setdefault("rating", mention.fields["rating"])
    earlier = mention.fields.get("from_rating")
    if earlier:  # "từ xếp loại tốt năm 2017 xuống loại khá": the class it moved from, that year's
        rating = earlier[:1].upper() + earlier[1:].lower()
        draft.baselines.append(Baseline(_from_year(mention.fields), rating=rating))


def _on_change(state: _Clause, mention: Mention) -> None:
    if state.context.unit.kind == "none":
        return
    f = mention.fields
    amount = float(f["num"])
    if f.get("sign") in _FALLS:
        amount = -amount
    of_score = f.get("unit") in ("điểm", "%", None)  # a change with no unit written is of the score
    if state.series and (state.draft is None or ("score_change" if of_score else "rank_change") in state.draft.fields):
        _next_in_series(state)  # "A và B giảm mạnh nhất, lần lượt là 7,98% và 7,29%": each change in turn
    draft = state.open_draft()
    if of_score:
        if "score_change" not in draft.fields:
            draft.fields["score_change_unit"] = f.get("unit")
        draft.fields.setdefault("score_change", amount)
        if mention.rule == "same_score":
            draft.same_score = True
    else:
        draft.fields.setdefault("rank_change", int(amount))
    if f.get("bound"):
        draft.fields["change_bound"] = f["bound"]


def _on_since(state: _Clause, mention: Mention) -> None:
    draft = state.draft
    if draft is None:
        state.since = dict(mention.fields)
        return
    if mention.fields.get("year"):
        draft.fields.setdefault("change_since", mention.fields["year"])
    elif mention.fields.get("relative"):
        draft.since_relative = int(mention.fields["relative"])


def _on_baseline(state: _Clause, mention: Mention) -> None:
    draft = state.draft
    if draft is None:
        if mention.fields.get("rank") is None and mention.fields.get("num") is None:
            return
        # "Đây là sự vươn lên so với vị trí số 58 năm 2017": the earlier results alone
        draft = state.open_draft()
    f = mention.fields
    year = LAST_YEAR if f.get("from_last") else f.get("year")
    if f.get("year"):
        draft.fields.setdefault("change_since", f["year"])
    draft.baselines.append(Baseline(year, f.get("num"), f.get("unit"), f.get("rank"), f.get("total")))


_HANDLERS = {
    "subject": _on_locality,
    "anaphor": _on_anaphor,
    "other_subject": _on_other_subject,
    "index": _on_index,
    "plural_index": _on_plural_index,
    "component": _on_component,
    "year": _on_year,
    "earlier_years": _on_earlier_years,
    "target_cue": _on_target,
    "score": _on_score,
    "rank": _on_rank,
    "rating": _on_rating,
    "change": _on_change,
    "since": _on_since,
    "baseline": _on_baseline,
    "respectively": _on_respectively,
    "aside_year": _on_aside_year,
    "ordered": _on_ordered,
    "rating_list": _on_rating_list,
    "bound_list": _on_bound_list,
    "bound_back": _on_bound_back,
    "rating_back": _on_rating_back,
    "ordered_back": _on_first_places,
    "components_too": _on_components_too,
    "unchanged_list": _on_unchanged_list,
    "score_list": _on_score_list,
}


def carry_over(context: Context) -> Context:
    """The context a following clause of the same sentence starts from."""
    return replace(context, component=None)
