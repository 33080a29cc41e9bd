"""Provinces and districts as English text writes them: without diacritics
("Quang Ninh", "Ba Ria-Vung Tau"), in English spellings ("Hanoi", "HCM City",
"Danang"), with the level word after the name ("Nui Thanh district") or
before it ("the province of Quang Ninh").

A name is matched on its unaccented form. Where one unaccented name stands
for units of different Vietnamese spellings, it is left unmatched: a record
on the wrong unit is worse than none. The mention carries the unit's
Vietnamese name and level word, so resolution goes on as for Vietnamese text.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from ..normalize import without_marks
from . import levels
from .localities import ERAS, LocalityMention

# English spellings that are not the unaccented Vietnamese name
_ALIASES = {
    "hanoi": "Hà Nội",
    "ha noi": "Hà Nội",
    "ho chi minh city": "Hồ Chí Minh",
    "hcm city": "Hồ Chí Minh",
    "hcmc": "Hồ Chí Minh",
    "danang": "Đà Nẵng",
    "haiphong": "Hải Phòng",
    "hue": "Huế",
    "thua thien hue": "Thừa Thiên Huế",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "br vt": "Bà Rịa - Vũng Tàu",
    "daklak": "Đắk Lắk",
    "dak lak": "Đắk Lắk",
    "dac lac": "Đắk Lắk",
    "daknong": "Đắk Nông",
    "dak nong": "Đắk Nông",
    "cantho": "Cần Thơ",
    # ("Saigon fell to sixth place": the city's old name, still the news' word for it)
    "saigon": "Hồ Chí Minh",
}
# aliases that are a place only on their own: "Saigon Giai Phong" is a newspaper, "Saigon Co.op" a firm
_ALONE_ONLY = frozenset({"saigon"})
_CAPITALIZED_NEXT = regex.compile(r"[ \t]*[-–]?[ \t]*\p{Lu}")
# the Vietnamese level word each English one stands for
_LEVEL_AFTER = regex.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<word>province|city|district|town|municipality|rural district|urban district)\b",
    regex.IGNORECASE
)


def _list_then(words: str) -> str:
    """The rest of a list of capitalized names after its first, then a level word of `words` (a regex)."""
    name = r"\p{Lu}\p{Ll}+(?:[ \t-]+\p{Lu}\p{Ll}+){0,3}"
    joint = r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)"
    return rf"{joint}(?:{name}{joint}){{0,8}}{name}[ \t]+(?P<word>{words})\b"


# "Mong Cai, Uong Bi and Ha Long cities": a plural level word after a list names the level of each
_LIST_LEVEL_AFTER = regex.compile(
    _list_then("cities|districts|towns|city|district|town") + r"|[ \t]+(?P<word>cities|districts|towns)\b")
# ("Hoanh Bo, Uong Bi and Mong Cai district": the singular after a list is written too)
# a run of capitalized words that ends in its level word ("Thanh Hoa City")
_NAME_AND_LEVEL = regex.compile(r"(?P<name>.+?)[ \t]+(?P<word>City|District|Town)")
_SINGULAR = {"cities": "city", "districts": "district", "towns": "town",
             "city": "city", "district": "district", "town": "town"}
_LEVEL_BEFORE = regex.compile(
    r"\b(?P<word>province|city|district|town)s?[ \t]+of[ \t]+$", regex.IGNORECASE
)
_WORDS = {"province": "tỉnh", "city": "thành phố", "municipality": "thành phố", "town": "thị xã",
          "district": None, "rural district": "huyện", "urban district": "quận"}
# a run of capitalized words, joined by spaces or a hyphen or dash: a place name's candidates
_RUN = regex.compile(
    r"(?<![\p{L}\d])(?:HCMC|HCM City|BR-VT|\p{Lu}\p{Ll}+(?:(?:[ \t]*[-–][ \t]*|[ \t]+)\p{Lu}\p{Ll}+){0,4})(?![\p{L}\d])"
)
# a word a page glued to the end of a name ("the capital city of Hanoiwith 84.64 percent"; names run
# together, "QuangNinh", normalization has split already)
_GLUED_AFTER = regex.compile(r"(?<=\p{Ll}{3})(?:with|and|was|were|has|had|is|are|in|on|for|to|at)$")
# names news give the two largest cities ("The capital city dropped 10 places", "The southern metropolis
# got the 27th position"): no other unit is called so
_EPITHETS = regex.compile(
    r"\b(?P<hanoi>[Tt]he (?:nation[’']s |country[’']s )?capital(?: city)?)(?![ \t]+(?:of|city of|investment|"
    r"expenditure|flows?|markets?|funds?|sources?|construction|goods)\b)(?![\p{L}-])"
    r"|\b(?P<hcmc>[Tt]he southern (?:economic )?(?:metropolis|hub|megacity))\b"
)
_EPITHET_NAMES = {"hanoi": "Hà Nội", "hcmc": "Hồ Chí Minh"}
_MOST_PROVINCES = 2
_NUMBERED_DISTRICT = regex.compile(r"\bDistrict[ \t]+(?P<n>\d{1,2})\b(?![.,]\d)")
_DISTRICT_LEVEL_WORDS = frozenset({"huyện", "quận", "thị xã"})
# how far after a district named with its level word others may be listed without one
_LIST_REACH = 200
_DISTRICT_WORDS = {
    levels.RURAL_DISTRICT: "huyện", levels.URBAN_DISTRICT: "quận", levels.TOWN: "thị xã",
    levels.PROVINCIAL_CITY: "thành phố",
}
# communes, wards and special zones, with their English level word after the name ("Hong Bang ward",
# "Cat Hai special zone", "Bac An Phu Ward People's Committee"), singly or after a list ("Hong Bang,
# Hai An and Le Chan wards")
_COMMUNE_ENGLISH = {"commune": "xã", "communes": "xã", "ward": "phường", "wards": "phường",
                    "township": "thị trấn", "townships": "thị trấn",
                    "special zone": "đặc khu", "special zones": "đặc khu"}
_COMMUNE_WORD = r"(?P<word>wards?|communes?|townships?|special[ \t]+zones?)\b"
_COMMUNE_AFTER = regex.compile(r"[ \t]+" + _COMMUNE_WORD, regex.IGNORECASE)
# (the level word in any case; the names capitalized)
_COMMUNE_LIST_AFTER = regex.compile(_list_then(r"(?i:wards|communes|townships|special[ \t]+zones)"))
# a run of capitalized words that ends in the level word ("Bac An Phu Ward", "Cat Hai Special Zone")
_NAME_AND_COMMUNE_WORD = regex.compile(r"(?P<name>.+?)[ \t]+(?P<word>Wards?|Communes?|Townships?|Special[ \t]+Zones?)(?![\p{L}])")
_COMMUNE_LEVEL_WORDS = {levels.COMMUNE: "xã", levels.WARD: "phường", levels.TOWNLET: "thị trấn",
                        levels.SPECIAL_ZONE: "đặc khu"}


def ascii_key(name: str) -> str:
    """A name without diacritics, case, hyphens or extra spaces: "Bà Rịa - Vũng Tàu" → "ba ria vung tau"."""
    return " ".join(regex.sub(r"[^\w]+", " ", without_marks(name).lower()).split())


class EnglishPlaceFinder:
    def __init__(self, units_by_code: dict[str, dict]):
        """`units_by_code`: era → {code: Locality}, as the gazetteer holds them."""
        provinces: dict[str, set[str]] = defaultdict(set)
        districts: dict[str, set[tuple[str, str]]] = defaultdict(set)
        # each province's districts by their unaccented names, with their Vietnamese name and level word:
        # "Tan Yen" in a text about Bắc Giang; "Thanh Hoa City" is Thành phố Thanh Hóa in a text about
        # Thanh Hóa, though Long An has a Thạnh Hóa district written the same without its marks
        self._districts_of: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        # each province's communes, wards and special zones by their unaccented names (of every era): there
        # are thousands of them and their names repeat across the country, so one is matched only with its
        # level word and inside a province the text names
        self._communes_of: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
        for era in ERAS:
            for unit in units_by_code[era].values():
                key = ascii_key(unit.name)
                if unit.level in levels.PROVINCE_LEVELS:
                    provinces[key].add(unit.name)
                elif unit.level in levels.DISTRICT_LEVELS:
                    districts[key].add((unit.name, _DISTRICT_WORDS[unit.level]))
                    province = units_by_code[era].get(unit.province_code)
                    if province is not None:
                        self._districts_of[province.name][key] = (unit.name, _DISTRICT_WORDS[unit.level])
                elif unit.level in levels.COMMUNE_LEVELS:
                    province = units_by_code[era].get(unit.province_code)
                    if province is not None:
                        self._communes_of[province.name][key].add((unit.name, _COMMUNE_LEVEL_WORDS[unit.level]))
        for alias, name in _ALIASES.items():
            provinces[alias].add(name)
        # a province has one name in every era but Thừa Thiên Huế / Huế: one unit, one code
        self._provinces = {k: sorted(v)[0] for k, v in provinces.items()
                           if len(v) == 1 or k in _ALIASES or v == {"Huế", "Thừa Thiên Huế"}}
        self._districts = {k: v for k, v in districts.items() if len({name for name, _ in v}) == 1}

    def find(self, text: str, spans: list[tuple[int, int]]) -> list[LocalityMention]:
        """Places named in the English passages text[s:e] of `spans`."""
        found: list[LocalityMention] = []
        named_districts: set[str] = set()  # districts the text has named with their level word
        # the districts of the one or two provinces the text is about may be named bare ("last year Tan
        # Yen district's …" as "last year Tan Yen"), as in Vietnamese text
        # (each run of capitalized words read once, for both passes)
        runs_of_spans = [[(run, self._in_run(text, run)) for run in _RUN.finditer(text, start, end)]
                         for start, end in spans]
        named_provinces = {m.name for runs in runs_of_spans for _, named in runs for m in named
                           if m.level_word in (None, "tỉnh") and ascii_key(m.name) in self._provinces}
        if 1 <= len(named_provinces) <= _MOST_PROVINCES:
            named_districts |= {key for name in named_provinces for key in self._districts_of.get(name, ())}
        for (start, end), runs in zip(spans, runs_of_spans):
            anchored = -_LIST_REACH  # where the last district named with its level word ended
            for run, mentions in runs:
                # ("Quang Binh Commune ranked first": a commune named as a province is, with its word after it)
                mentions = self._commune_of_named_province(text, run, named_provinces) or mentions
                if not mentions:
                    mentions = self._district_of_named_province(text, run, named_provinces)
                if mentions:
                    if set((mentions[0].level_word or "").split(",")) & _DISTRICT_LEVEL_WORDS:
                        anchored = mentions[0].end
                        named_districts.add(ascii_key(mentions[0].name))
                elif run.start() - anchored <= _LIST_REACH or ascii_key(run.group()) in named_districts:
                    # "Dong Da district came first, followed by Nam Tu Liem and Hoan Kiem": districts
                    # listed after one named with its level word need no word of their own; nor does
                    # one the text named so before ("Luong Son district" …, "Luong Son ranked seventh")
                    mentions = self._bare_district(text, run)
                    if mentions:
                        anchored = mentions[0].end
                found.extend(mentions)
            for numbered in _NUMBERED_DISTRICT.finditer(text, start, end):
                # "second is District 10": a city's numbered district ("Quận 10")
                found.append(LocalityMention(numbered.start(), numbered.end(), "quận", numbered["n"],
                                             numbered.start()))
            for epithet in _EPITHETS.finditer(text, start, end):
                named_before = [m.end for m in found if m.end <= epithet.start()]
                if named_before and text[max(named_before):epithet.start()].strip() == ",":
                    continue  # "followed by Hanoi, the capital city, with 83.9 percent": the name again
                found.append(LocalityMention(epithet.start(), epithet.end(), None,
                                             _EPITHET_NAMES[epithet.lastgroup], epithet.start()))
        return sorted(found, key=lambda m: m.start)

    def _district(self, key: str) -> tuple[str, str | None]:
        """The district's name and level words ("Binh Tan" is a quận of Hồ Chí Minh City and a huyện
        of Vĩnh Long: both words, and the text's province decides)."""
        named = self._districts[key]
        words = sorted({word for _, word in named})
        return sorted(named)[0][0], ",".join(words)  # ("huyện,quận": either, the province decides)

    def _district_of_named_province(self, text: str, run: regex.Match, provinces: set[str]) -> list[LocalityMention]:
        """A district whose unaccented name is shared ("Thanh Hoa City"), named with its level word: the
        one of the provinces the text names, where only one of them has it."""
        named = _NAME_AND_LEVEL.fullmatch(run.group())
        if named is not None:
            key, word, end = ascii_key(named["name"]), named["word"].lower(), run.end()
        else:
            after = _LEVEL_AFTER.match(text, run.end())
            if after is None:
                return []
            key, word, end = ascii_key(run.group()), after["word"].lower(), after.end()
        if word not in ("district", "town", "city", "rural district", "urban district") or key in self._districts:
            return []
        candidates = {self._districts_of[p][key] for p in provinces if key in self._districts_of.get(p, {})}
        if len(candidates) != 1:
            return []
        name, district_word = candidates.pop()
        return [LocalityMention(run.start(), end, _WORDS.get(word) or district_word, name, run.start())]

    def _commune_of_named_province(self, text: str, run: regex.Match, provinces: set[str]) -> list[LocalityMention]:
        """A commune, ward or special zone named with its English level word, of the one or two provinces
        the text names, where exactly one unit of theirs is called so at that level."""
        if not provinces or len(provinces) > _MOST_PROVINCES:
            return []
        # ("Bac An Phu Ward People's Committee": the ward's name, its word, then the body's)
        named = _NAME_AND_COMMUNE_WORD.match(run.group())
        if named is not None:
            name_end, word, end = run.start() + named.end("name"), named["word"], run.start() + named.end()
        else:
            after = _COMMUNE_AFTER.match(text, run.end()) or _COMMUNE_LIST_AFTER.match(text, run.end())
            if after is None:
                return []
            # (a list's plural word belongs to its last name; the names before it end where they end)
            name_end, word = run.end(), after["word"]
            end = after.end() if after.group().lstrip().lower().startswith(word.lower()) else run.end()
        level_word = _COMMUNE_ENGLISH[" ".join(word.lower().split())]
        key = ascii_key(text[run.start():name_end])
        candidates = {unit for p in provinces for unit in self._communes_of.get(p, {}).get(key, ())
                      if unit[1] == level_word}
        if len({name for name, _ in candidates}) != 1:
            return []
        name = candidates.pop()[0]
        return [LocalityMention(run.start(), end, level_word, name, run.start())]

    def _bare_district(self, text: str, run: regex.Match) -> list[LocalityMention]:
        key = ascii_key(run.group())
        if key not in self._districts or key in self._provinces:
            return []
        name, district_word = self._district(key)
        return [LocalityMention(run.start(), run.end(), district_word, name, run.start())]

    def _in_run(self, text: str, run: regex.Match) -> list[LocalityMention]:
        """The longest place name inside a run of capitalized words ("Northern Quang Ninh")."""
        words = list(regex.finditer(r"HCMC|HCM|BR-VT|\p{L}+", run.group()))
        base = run.start()
        for size in range(len(words), 0, -1):
            for first in range(0, len(words) - size + 1):
                s = base + words[first].start()
                e = base + words[first + size - 1].end()
                mention = self._mention(text, s, e)
                if mention is not None:
                    return [mention]
        return []

    def _mention(self, text: str, start: int, end: int) -> LocalityMention | None:
        found = self._named(text, start, end)
        if found is None:
            glued = _GLUED_AFTER.search(text, start, end)
            if glued is not None:
                found = self._named(text, start, glued.start())
        return found

    def _named(self, text: str, start: int, end: int) -> LocalityMention | None:
        key = ascii_key(text[start:end])
        if key in _ALONE_ONLY and _CAPITALIZED_NEXT.match(text, end):
            return None
        after = _LEVEL_AFTER.match(text, end)
        before = _LEVEL_BEFORE.search(text, max(0, start - 24), start)
        word = (after or before)["word"].lower() if (after or before) else None
        mention_end = after.end() if after else end
        if word is None:
            listed = _LIST_LEVEL_AFTER.match(text, end)
            if listed is not None:
                word = _SINGULAR[listed["word"].lower()]
                if listed.group().lstrip().lower() == listed["word"].lower():
                    mention_end = listed.end()  # "Ha Long cities": the level word is the name's own
        if word in (None, "province", "municipality") and key in self._provinces:
            # ("Da Nang province took the top ranking": English calls a centrally governed city a
            # province too; it is named as one)
            level_word = "tỉnh" if word == "province" and key not in _CENTRAL_CITIES else None
            return LocalityMention(start, mention_end, level_word, self._provinces[key], start)
        if word == "city" and key in self._provinces and key in _CENTRAL_CITIES:
            # "the port city of Hai Phong" is the centrally governed city: named as a province is
            return LocalityMention(start, mention_end, None, self._provinces[key], start)
        if word in ("district", "town", "city", "rural district", "urban district") and key in self._districts:
            name, district_word = self._district(key)
            level_word = _WORDS.get(word) or district_word
            return LocalityMention(start, mention_end, level_word, name, start)
        return None


# the five centrally governed cities (and Huế since 2025), whose "city" is the province
_CENTRAL_CITIES = frozenset({"ha noi", "hanoi", "ho chi minh city", "hcm city", "hcmc", "ho chi minh", "hai phong",
                             "haiphong", "da nang", "danang", "can tho", "cantho", "hue"})
