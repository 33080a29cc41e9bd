"""How many units a rank is out of, where the sentence with the rank does not say.

A text counts a group once ("Trong số 20 sở, ban, ngành của tỉnh, Sở A được
đánh giá cao nhất"; "Trong nhóm 17 bộ, ngành cung cấp dịch vụ công, ...") and
ranks its units in the sentences after; or it states the total once in a
sentence of ranks ("Sở A ... thứ nhất; Sở B ... thứ hai; Ban C ... cuối bảng
trong tổng số 20 Sở, ban ngành"). "Đứng cuối bảng" is a rank once that
number is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .assemble import Draft

_PROVINCE = 2  # a province's UnitRef.breadth
# how far (characters) a group's number goes on counting the ranks after it
_REACH = 1500
# what a sentence that opens a group starts like (one cheap look before the rule runs)
_HINT = re.compile(r"[^.;\n]{0,110}?(?:(?:[Tt]rong (?:số|tổng số|nhóm|khối)|[Đđ]ối với|[Ởở] khối|[Tt]rong) \d"
                   r"|\d [^.;\n]{0,50}?đều (?:được )?(?:xếp loại|phân loại|đạt loại|đạt mức|xếp hạng))"
                   r"|[^.;\n]{0,60}?(?:[Nn]hóm|[Kk]hối) [^.;:\n]{2,60}? gồm (?:có )?\d"
                   r"|[^.;\n]{0,40}?(?:[Nn]hóm|[Kk]hối) [^.;:()\n\d]{2,80}?\(\s*\d"
                   r"|[^.;\n]{0,100}?các (?:bộ|sở|huyện|tỉnh|đơn vị|cơ quan|địa phương)[^.;:()\n\d]{0,80}?\(\s*gồm \d"
                   r"|[^.;\n]{0,80}?[Nn]hóm \d{1,2} gồm (?:có )?(?:UBND )?\d"
                   r"|[^.;:\n]{0,40}?xếp hạng[^.;:\n]{0,60}? của (?:UBND )?\d"
                   r"|[^.;\n]{0,60}?\b[Vv]ới \d{1,3} (?:sở|bộ|huyện|quận|tỉnh|xã|phường|đơn vị|cơ quan|địa phương)\b"
                   r"|[^.;\n]{0,110}?(?:thực hiện|tiến hành|áp dụng) (?:với|cho|đối với) \d")
# the openings fewer sentences have ("…, khối các sở, ban, ngành có 18 đơn vị, …", "Among the 26
# departments and sectors, …"), looked at only where their words are
_MORE_HINT = re.compile(r"[^.;\n]{0,70}?\b(?:[Nn]hóm|[Kk]hối) [^.;:\n]{2,60}? có \d"
                        r"|[^.;\n]{0,110}?\b(?:[Aa]mong|[Oo]f) (?:the |all )?\d")
_MORE_WORDS = ("hóm ", "hối ", "mong ", "of ")
_HEAD = 200
# a sentence that speaks of another group ("Đối với nhóm các tỉnh, ...") ends the one before
_NEW_GROUP = regex.compile(r"\W*(?:đối với|trong số|ở khối|trong khối|về khối|khối|trong nhóm|về nhóm|nhóm)\b", regex.IGNORECASE)
_TURN = regex.compile(r"\W*(?:đối với|riêng|còn)\b", regex.IGNORECASE)
# the units a group word counts: what kind of unit takes its number
_KINDS = {"sở": "agency", "ngành": "agency", "cơ quan": "agency", "bộ": "agency", "huyện": "locality", "quận": "locality",
          "tỉnh": "locality", "xã": "locality", "phường": "locality", "ubnd": "locality"}
# the same group words in English ("Among the 26 departments and sectors, ...")
_ENGLISH_WORDS = {"departments": "sở", "ministries": "bộ", "agencies": "cơ quan", "districts": "huyện",
                  "provinces": "tỉnh", "localities": "địa phương", "communes": "xã"}


@dataclass(frozen=True)
class GroupScope:
    """A group a text counted: its number, the word for its units, where it stops counting."""

    total: int
    word: str
    end: int
    rating: str | None = None  # "đều được xếp loại tốt": every unit of the group's class
    # "Đối với 5 cơ quan ngành dọc, …": a sentence that turns to another group counts none of the places before it
    turns_to_it: bool = False

    @staticmethod
    def at_sentence(text: str, start: int, end: int, scope: "GroupScope | None", rule) -> "GroupScope | None":
        """The group counting the ranks of text[start:end]: one the sentence opens (the cue rule
        `group_scope`), else the one before while it lasts."""
        if scope is not None and (start >= scope.end or _NEW_GROUP.match(text, start, end)):
            scope = None
        head = text[start:min(end, start + _HEAD)]
        hinted = _HINT.match(text, start) or (any(word in head for word in _MORE_WORDS)
                                               and _MORE_HINT.match(text, start))
        opening = rule.match(text[start:end]) if hinted else None
        if opening is not None:
            rating = opening["rating"]
            word = opening["level"].lower()
            return GroupScope(int(opening["total"]), _ENGLISH_WORDS.get(word, word), start + _REACH,
                              rating[:1].upper() + rating[1:].lower() if rating else None,
                              _TURN.match(text, start, end) is not None)
        return scope

    def reach_back(self, drafts: list[Draft]) -> None:
        """"Gò Dầu xếp thứ hạng cao nhất …; Hòa Thành đứng cuối bảng. Trong số 9 huyện, thị xã, thành
        phố, có 4 …": a sentence of first and last places just before the group is counted is of
        that group (a place stated before a count of another group is not: the last place says so, or
        the count's "Đối với")."""
        if self.turns_to_it:
            return
        if any(d.fields.get("rank_last") and d.fields.get("rank") is None for d in drafts):
            for draft in drafts:
                self.give_total(draft)

    def give_total(self, draft: Draft) -> None:
        """A rank of a unit of the kind the group counts is out of the group's number."""
        fields = draft.fields
        kind = _KINDS.get(self.word)
        if kind is not None and draft.unit.kind != kind:
            return
        if self.word == "bộ" and draft.unit.level != "bộ" or self.word == "sở" and draft.unit.level == "bộ":
            return
        if fields.get("rank") is None and fields.get("rank_last"):
            fields["rank"] = self.total + 1 - fields["rank_last"]  # "đứng cuối bảng" among the group's 19
        if self.rating and draft.kind == "result":
            fields.setdefault("rating", self.rating)
        if fields.get("rank") is None or fields.get("rank_total") or fields.get("rank_bound"):
            return
        if fields["rank"] <= self.total:
            fields["rank_total"] = self.total


def share_total(drafts: list[Draft], by_breadth: bool = False) -> None:
    """One total stated in a sentence of ranks is the total of its other ranks of one ranking.

    `by_breadth`: the drafts are of several sentences (a paragraph: "Thanh tra thành phố xếp thứ
    nhất; … Sở Nội vụ xếp thứ 5. Ban Quản lý khu kinh tế xếp thứ 14 trong tổng số 14 sở, ban,
    ngành."), a ranking is of units of one breadth too (districts and communes apart), and only
    the last place's total speaks for the list ("xếp thứ 3/63" in one sentence does not count the
    places the others state alone).
    """
    def ranking(d: Draft) -> tuple:  # ranks of one ranking: one kind of unit, index, year, components or not
        key = (d.unit.kind, d.indices, d.year, d.component is None)
        return key + (d.unit.breadth,) if by_breadth else key

    totals: dict[tuple, set] = {}
    for d in drafts:
        if d.fields.get("rank_total") and d.fields.get("rank") is not None:
            if by_breadth and (d.fields["rank"] != d.fields["rank_total"] or d.unit.breadth == _PROVINCE):
                continue  # (the provinces' national ranking: each place states its 63 where it has one)
            totals.setdefault(ranking(d), set()).add(d.fields["rank_total"])
    for draft in drafts:
        stated = totals.get(ranking(draft))
        if not stated or len(stated) != 1:
            continue  # no total of this ranking stated, or two that disagree
        total = next(iter(stated))
        fields = draft.fields
        if fields.get("rank") is None and fields.get("rank_last"):
            # "đứng cuối bảng trong tổng số 20 sở" ("áp chót": the one before)
            fields["rank"], fields["rank_total"] = total + 1 - fields["rank_last"], total
        if (fields.get("rank") is not None and not fields.get("rank_total")
                and not fields.get("rank_bound") and fields["rank"] <= total):
            fields["rank_total"] = total


def last_places(drafts: list[Draft]) -> None:
    """"Bộ Kế hoạch - Đầu tư … xuống thứ 17/19" and, elsewhere in the text, "xếp cuối cùng … là Ủy ban
    Dân tộc": a last place no group's count reached is out of the one total the text states for ranks
    of the same ranking (units of one kind and level, one index and year), where it states one."""
    if not any(d.fields.get("rank_last") and d.fields.get("rank") is None for d in drafts):
        return

    def ranking(d: Draft) -> tuple:
        return (d.unit.kind, d.unit.level, d.unit.breadth, d.indices, d.year, d.component, d.kind)

    totals: dict[tuple, set] = {}
    for d in drafts:
        if d.fields.get("rank_total") and d.fields.get("rank") is not None and not d.fields.get("rank_bound"):
            totals.setdefault(ranking(d), set()).add(d.fields["rank_total"])
    for d in drafts:
        stated = totals.get(ranking(d))
        if d.fields.get("rank") is None and d.fields.get("rank_last") and stated and len(stated) == 1:
            total = next(iter(stated))
            d.fields["rank"], d.fields["rank_total"] = total + 1 - d.fields["rank_last"], total
