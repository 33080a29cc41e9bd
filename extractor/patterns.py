"""The rules kept as data in patterns/: loading, compiling and matching.

Every file there is YAML with a `kind`, its entries and its own examples;
tests/test_patterns.py runs every file's examples through the same classes
the pipeline uses. All expressions run on normalized text (extractor.normalize).
"""
from __future__ import annotations

import functools
from bisect import bisect_right
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import regex
import yaml

from .normalize import without_marks
from .numbers import NUMBER, parse_int, parse_number


def patterns_dir() -> Path:
    """The installed copy (extractor/_patterns) or, in a checkout, patterns/ beside the package."""
    package = Path(__file__).resolve().parent
    installed = package / "_patterns"
    return installed if installed.is_dir() else package.parent / "patterns"


@functools.cache
def load_yaml(name: str) -> dict:
    with open(patterns_dir() / f"{name}.yaml", encoding="utf-8") as handle:
        # libyaml's loader where PyYAML was built with it: a tenth of the pure-Python loader's start-up
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace {MACRO} with its expression, macros inside macros too."""
    for _ in range(5):
        expanded = regex.sub(r"\{([A-Z]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


@dataclass(frozen=True)
class Mention:
    """Something a rule found: `kind` says what, `fields` the values read."""

    kind: str
    start: int
    end: int
    fields: dict = field(default_factory=dict, compare=False, hash=False)
    priority: int = 0
    rule: str = ""


def select(mentions: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions: higher priority first, then earlier and longer."""
    chosen: list[Mention] = []
    starts: list[int] = []  # the spans taken, kept in order (they never overlap)
    ends: list[int] = []
    for m in sorted(mentions, key=lambda m: (-m.priority, m.start, m.start - m.end)):
        i = bisect_right(starts, m.start)
        # two spans overlap unless one ends where or before the other starts
        if ((i == 0 or m.end <= starts[i - 1] or m.start >= ends[i - 1])
                and (i == len(starts) or m.end <= starts[i] or m.start >= ends[i])):
            chosen.append(m)
            starts.insert(i, m.start)
            ends.insert(i, m.end)
    chosen.sort(key=lambda m: m.start)
    return chosen


# ---------------------------------------------------------------- rules

# small whole numbers as English words ("dropped two spots")
_NUMBER_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER_WORDS.update({w: float(i) for i, w in enumerate("một hai ba bốn năm sáu bảy tám chín mười".split(), 1)})
# English unit words to the contract's units: points to "điểm", percent to "%",
# places (of a rank) to "bậc"
_UNIT_WORDS = {
    "percent": "%", "per cent": "%", "point": "điểm", "points": "điểm", "pts": "điểm",
    "percentage point": "%", "percentage points": "%",
    # Vietnamese percentage points: "giảm gần 1 điểm %", "tăng 2 điểm phần trăm"
    "điểm %": "%", "điểm phần trăm": "%",
    "place": "bậc", "places": "bậc", "position": "bậc", "positions": "bậc", "spot": "bậc", "spots": "bậc",
    "notch": "bậc", "notches": "bậc", "rank": "bậc", "ranks": "bậc", "step": "bậc", "steps": "bậc",
    "level": "bậc", "levels": "bậc", "grade": "bậc", "grades": "bậc",
    "score": "điểm", "scores": "điểm",
}


# The classes English texts name, to the Vietnamese classes records give (PCI's "very good", PAPI's
# "high average", "the lowest group"); a Vietnamese class is given as the text states it
_CLASS_WORDS = {
    "highest": "cao", "lowest": "thấp", "high": "cao", "low": "thấp",
    "excellent": "xuất sắc", "very good": "rất tốt", "good": "tốt", "fairly good": "khá", "relatively good": "khá",
    "fair": "khá", "average": "trung bình", "middle": "trung bình", "medium": "trung bình", "poor": "yếu",
    "high average": "trung bình cao", "high-average": "trung bình cao", "above average": "trung bình cao",
    "above-average": "trung bình cao", "mid-high": "trung bình cao", "medium-high": "trung bình cao",
    "low average": "trung bình thấp", "low-average": "trung bình thấp", "below average": "trung bình thấp",
    "below-average": "trung bình thấp", "mid-low": "trung bình thấp", "medium-low": "trung bình thấp",
    "high medium": "trung bình cao", "high-medium": "trung bình cao", "low medium": "trung bình thấp",
    "low-medium": "trung bình thấp",
}


_LEVEL = re.compile(r"(?i)mức\s+(?:độ\s+)?(?P<level>iv|iii|ii|i)")


def class_named(raw: str) -> str:
    """The class a text names, as records give it ("very good" → "Rất tốt", "khá" → "Khá")."""
    raw = _CLASS_WORDS.get(" ".join(raw.split()).lower(), raw)
    level = _LEVEL.fullmatch(raw)
    if level:  # "đạt mức iii": a level of e-government, in Roman numerals
        return "Mức " + level["level"].upper()
    return raw[:1].upper() + raw[1:].lower()


def is_english_class(written: str) -> bool:
    """Whether words name one of the classes English texts give ("Very good", "high average")."""
    return " ".join(written.split()).lower() in _CLASS_WORDS


def _convert(name: str, raw: str) -> Any:
    """A named group's text as the value it stands for."""
    if name in ("num", "max", "from_num"):
        value = parse_number(raw, score=True)
        return value if value is not None else _NUMBER_WORDS.get(raw.lower())
    if name in ("rank", "total", "year", "also", "also2", "from_rank", "from_total", "from_year", "count",
                "first"):
        return parse_int(raw)
    if name == "rating":
        return class_named(raw)
    if name in ("unit", "from_unit"):
        unit = raw.lower()
        return _UNIT_WORDS.get(unit, unit)
    if name in ("level", "sign"):
        return raw.lower()
    return raw


def lower_literals(pattern: str) -> str:
    """The pattern with its letters in lower case; escapes and group names untouched.

    Case-insensitive rules run as case-sensitive ones over lower-cased text:
    the same matches, found faster than with IGNORECASE on Vietnamese letters.
    """
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            end = i + 2
            if pattern[i + 1:i + 2] in ("p", "P", "N") and pattern[i + 2:i + 3] == "{":
                end = pattern.index("}", i) + 1
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith("(?P<", i):
            end = pattern.index(">", i) + 1
            out.append(pattern[i:end])
            i = end
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def lowered(text: str) -> str | None:
    """text.lower() where it keeps every offset (true of Vietnamese); None otherwise."""
    low = text.lower()
    return low if len(low) == len(text) else None


def with_first_letters(pattern: str) -> str:
    """The pattern behind a look-ahead for the letters its matches can start with, where
    they can be told: `re` then passes over every other position at once. A pattern
    whose first letters cannot be told is returned as it is."""
    try:
        from re import _parser
        first = _first_letters(list(_parser.parse(pattern)))
    except Exception:  # a pattern only `regex` reads, or a shape not followed here
        return pattern
    if not first or "\n" in first:
        return pattern
    letters = "".join(sorted(first)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^").replace("-", "\\-")
    return f"(?=[{letters}])(?:{pattern})"


def _first_letters(items: list) -> set[str] | None:
    """The characters a sequence of parsed items can start with; None where unknown."""
    from re import _constants as c
    out: set[str] = set()
    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # \b, ^, look-arounds: zero-width
            continue
        if op is c.LITERAL:
            return out | {chr(arg)}
        if op is c.IN:
            chars = set()
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:  # \d: ASCII digits in this text
                    chars.update("0123456789")
                else:
                    return None
            return out | chars
        if op is c.SUBPATTERN:
            inner = _first_letters(list(arg[-1]))
            if inner is None:
                return None
            return out | inner
        if op is c.BRANCH:
            union = set()
            for branch in arg[1]:
                inner = _first_letters(list(branch))
                if inner is None:
                    return None
                union |= inner
            return out | union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, item = arg
            inner = _first_letters(list(item))
            if inner is None:
                return None
            out |= inner
            if low >= 1:
                return out
            continue  # optional: what follows may start the match as well
        return None
    return None  # a pattern that can match the empty string


class _Lazy:
    """A `regex` expression compiled when first used: most runs use few of the names' and
    rules' expressions, and compiling them all is most of start-up."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    @functools.cached_property
    def compiled(self) -> regex.Pattern:
        return regex.compile(self.pattern, self._flags)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def fullmatch(self, *args):
        return self.compiled.fullmatch(*args)

    def search(self, *args):
        return self.compiled.search(*args)


def _compile(pattern: str):
    """The standard `re` where it reads the pattern (it runs plain expressions up to twice as
    fast), else `regex` (\\p{...} classes, variable-width lookbehind, repeated group names)."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def _overlap_in_part(a: str, b: str) -> bool:
    """Whether text can hold `a` and then `b` sharing a word ("last year" and "year's", "previous
    year" and "years", "chỉ số" and "số "): a's end is b's start, b starting at a word's edge."""
    if a == b or a in b or b in a:
        return False
    return any(a[-k:] == b[:k] and (not a[-k - 1].isalnum() or not a[-k].isalnum())
               for k in range(1, min(len(a), len(b))))


@dataclass
class Rule:
    name: str
    mention: str
    fixed: dict
    priority: int
    examples: dict
    case_sensitive: bool
    pattern: str  # as written, macros expanded
    needs: tuple[str, ...] = ()  # words of which every match holds one (lower case)

    @functools.cached_property
    def expression(self) -> re.Pattern | regex.Pattern:
        """The rule over lower-cased text, unless it is case-sensitive (compiled when first
        needed: a rule whose `needs` words a run never meets is never compiled, and compiling
        is most of start-up)."""
        if self.case_sensitive:
            return _compile(self.pattern)
        return _compile(with_first_letters(lower_literals(self.pattern)))

    @functools.cached_property
    def fallback(self) -> regex.Pattern:
        """The rule with IGNORECASE, for text that lower-casing would shift (compiled when first
        needed: most runs never need it, and compiling every rule twice doubles start-up)."""
        return regex.compile(self.pattern, regex.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 low: str | None = None, checked: bool = False) -> Iterable[Mention]:
        """Mentions in text[pos:endpos]; `low` is lowered(text), where the caller has it;
        `checked`: the caller knows text[pos:endpos] holds one of the rule's `needs`."""
        endpos = len(text) if endpos is None else endpos
        if self.case_sensitive:
            return self._finditer(self.expression, text, pos, endpos)
        low = low if low is not None else lowered(text)
        if low is None:
            return self._finditer(self.fallback, text, pos, endpos)
        if self.needs and not checked and not any(low.find(word, pos, endpos) >= 0 for word in self.needs):
            return ()
        return self._finditer(self.expression, low, pos, endpos)

    def _finditer(self, expression: regex.Pattern, text: str, pos: int, endpos: int) -> Iterable[Mention]:
        for match in expression.finditer(text, pos, endpos):
            if match.end() == match.start():
                continue
            fields = dict(self.fixed)
            for group, raw in match.groupdict().items():
                if raw is not None:
                    fields[group] = _convert(group, raw)
            yield Mention(self.mention, match.start(), match.end(), fields, self.priority, self.name)


class RuleSet:
    """The rules of one `kind: rules` file."""

    def __init__(self, name: str):
        data = load_yaml(name)
        macros = {"NUM": NUMBER, **(data.get("macros") or {})}
        self.rules: list[Rule] = []
        for entry in data["rules"]:
            pattern = _expand(entry["regex"], macros)
            case_sensitive = bool(entry.get("case_sensitive"))
            self.rules.append(Rule(
                name=entry["name"], mention=entry["mention"],
                fixed=dict(entry.get("set") or {}), priority=int(entry.get("priority", 0)),
                examples=entry.get("examples") or {}, case_sensitive=case_sensitive, pattern=pattern,
                needs=tuple(word.lower() for word in entry.get("needs") or ()),
            ))
        self.by_name = {rule.name: rule for rule in self.rules}
        # one scan for every rule's `needs` words tells which rules can match at all;
        # a word found stands for the shorter needs words inside it too
        words = sorted({word for rule in self.rules for word in rule.needs}, key=len, reverse=True)
        # (the standard `re`: for a plain list of words it scans five times faster than `regex`)
        self._needs = re.compile("|".join(re.escape(w) for w in words)) if words else None
        self._within = {w: frozenset(x for x in words if x in w) for w in words}
        # a word that can start inside another one found ("year's" in "last year's", "years" in
        # "previous years") is hidden by the scan, which does not overlap: where the scan finds
        # the one, the words it can hide are looked for on their own
        self._hides = {a: hidden for a in words
                       if (hidden := tuple(sorted(b for b in words if _overlap_in_part(a, b))))}

    def find(self, text: str, pos: int = 0, endpos: int | None = None,
             leave_out: frozenset[str] = frozenset(), low: str | None = None) -> list[Mention]:
        """Every rule's mentions in text[pos:endpos], but for the kinds left out.

        `low` is lowered(text): a caller that searches one text many times
        lowers it once.
        """
        endpos = len(text) if endpos is None else endpos
        low = low if low is not None else lowered(text)
        present: set[str] | None = None
        if low is not None and self._needs is not None:
            present = set()
            scanned = set(self._needs.findall(low, pos, endpos))
            for word in scanned:
                present |= self._within[word]
            for word in scanned:
                for hidden in self._hides.get(word, ()):
                    if hidden not in present and low.find(hidden, pos, endpos) >= 0:
                        present |= self._within[hidden]
        found: list[Mention] = []
        for rule in self.rules:
            if rule.mention in leave_out:
                continue
            if rule.needs and present is not None and present.isdisjoint(rule.needs):
                continue
            found.extend(rule.finditer(text, pos, endpos, low, checked=present is not None))
        return found


# ---------------------------------------------------------------- names


class IndexNames:
    """Index names → keys (patterns/indices.yaml)."""

    def __init__(self, name: str = "indices"):
        data = load_yaml(name)
        self.examples = data.get("examples") or []
        alternatives = []
        self._keys: list[str] = []
        for i, entry in enumerate(data["entries"]):
            self._keys.append(entry["key"])
            alternatives.append(f"(?P<i{i}>" + "|".join(f"(?:{n})" for n in entry["names"]) + ")")
        # \b on both sides: "PCI" must not fire inside a longer word
        body = r"\b(?:" + "|".join(alternatives) + r")\b"
        self.expression = _Lazy(body, regex.IGNORECASE)  # for text that lower-casing would shift
        self.lowered = _compile(with_first_letters(lower_literals(body)))  # the same, over lower-cased text

    def find(self, text: str, pos: int = 0, endpos: int | None = None, low: str | None = None) -> list[Mention]:
        """Index names in text[pos:endpos]; `low` is lowered(text), where the caller has it."""
        out = []
        expression, text = (self.lowered, low) if low is not None else (self.expression, text)
        for match in expression.finditer(text, pos, endpos if endpos is not None else len(text)):
            key = self._keys[int(match.lastgroup[1:])]
            out.append(Mention("index", match.start(), match.end(), {"index": key}, 1))
        return out

    def match(self, text: str) -> str | None:
        found = self.find(text)
        return found[0].fields["index"] if found else None


# the key of a part of an index that the taxonomy has no key for (components.yaml `key: null`):
# values stated of it make no record
NO_KEY = "-"


class ComponentNames:
    """Component names → keys, per index (patterns/components.yaml)."""

    def __init__(self, name: str = "components"):
        data = load_yaml(name)
        self.examples = data.get("examples") or []
        self.scales: dict[str, float] = data.get("scales") or {}  # the largest score a component can have
        # passage's index → indices whose parts it names only as common words, unless the sentence names them
        self.read_only_where_named: dict[str, frozenset[str]] = {
            index: frozenset(others) for index, others in (data.get("parts_read_only_where_named") or {}).items()}
        # (index, index named, part the text is on) → the component key the name stands for
        self._parts_named: dict[tuple, str] = {
            (part["index"], part["named"], within): part["key"]
            for part in data.get("parts_named_as_indices") or () for within in part["within"]}
        self.indices: list[str] = list(data["indices"])
        self._per_index: dict[str, list[tuple[str, _Lazy, bool]]] = {}
        alternatives = []
        for index, entries in data["indices"].items():
            compiled = []
            for entry in entries:
                # ("Formulation and Implementation" / "of legal documents": a name wrapped over two lines)
                names = [_wrappable(n) for n in entry["names"]]
                body = "|".join(f"(?:{n})" for n in names)
                compiled.append((entry["key"] or NO_KEY, _Lazy(rf"\b(?:{body})\b", regex.IGNORECASE),
                                 bool(entry.get("contextual"))))
                alternatives.extend(f"(?:{n})" for n in names)
            self._per_index[index] = compiled
        # the longer name first where two start alike ("thủ tục hành chính công" before
        # "thủ tục hành chính"): an alternation takes the first that matches
        alternatives.sort(key=len, reverse=True)
        body = r"\b(?:" + "|".join(alternatives) + r")\b"
        self._any = _Lazy(body, regex.IGNORECASE)  # for text that lower-casing would shift
        self._any_lowered = _compile(with_first_letters(lower_literals(body)))  # the same, over lower-cased text
        self._readings: dict[str, dict[str, tuple[str, bool]]] = {}  # a name's readings, read once

    def find(self, text: str, pos: int = 0, endpos: int | None = None, low: str | None = None) -> list[Mention]:
        """Component names in text, each with its reading under every index; `low` is
        lowered(text), where the caller has it."""
        out = []
        end = endpos if endpos is not None else len(text)
        expression, searched = (self._any_lowered, low) if low is not None else (self._any, text)
        for match in expression.finditer(searched, pos, end):
            readings = self.readings(text[match.start():match.end()])
            if readings:
                out.append(Mention("component", match.start(), match.end(), {"readings": readings}, 1))
        return out

    @property
    def names_pattern(self) -> str:
        """Every component's names as one expression, longest first (to be compiled ignoring case)."""
        return self._any.pattern

    def part_named_as_index(self, index: str | None, component: str | None, named: str) -> str | None:
        """The component of `index` that another index's name stands for while a text is on
        `component` of it, if any ("Chỉ số SIPAS" inside the PAR INDEX's impact score)."""
        return self._parts_named.get((index, named, component))

    def readings(self, name: str) -> dict[str, tuple[str, bool]]:
        """{index: (component key, contextual)} for every index naming `name`."""
        cached = self._readings.get(name)
        if cached is None:
            cached = self._readings[name] = self._read(name)
        return cached

    def _read(self, name: str) -> dict[str, tuple[str, bool]]:
        return _readings(self._per_index, lambda expression: expression.fullmatch(name))

    @staticmethod
    def choose(readings: dict[str, tuple[str, bool]], index: str | None) -> tuple[str, str] | None:
        """The (index, component) a name means in a passage about `index`."""
        if index in readings:
            return index, readings[index][0]
        for other, (key, contextual) in readings.items():
            if not contextual:
                return other, key
        return None

    def match(self, text: str, index: str | None = None) -> tuple[str, str] | None:
        for mention in self.find(text):
            chosen = self.choose(mention.fields["readings"], index)
            if chosen:
                return chosen
        return None

    @functools.cached_property
    def _names_without_marks(self) -> dict[str, list[tuple[str, _Lazy, bool]]]:
        """Every index's names with their tone marks taken off."""
        return {index: [(key, _Lazy(without_marks(expression.pattern), regex.IGNORECASE), contextual)
                        for key, expression, contextual in entries]
                for index, entries in self._per_index.items()}

    def match_without_marks(self, text: str, index: str | None = None) -> tuple[str, str] | None:
        """`match` with the tone marks of the text and of the names left out: a table's header that
        OCR read with a mark wrong ("Cải cách thế chế"). Only for a name that `match` does not find."""
        bare = without_marks(text)
        return self.choose(_readings(self._names_without_marks, lambda expression: expression.search(bare)), index)


def _readings(per_index: dict, names_it) -> dict[str, tuple[str, bool]]:
    """{index: (component key, contextual)} of the first component of each index whose names
    `names_it(expression)` finds."""
    out = {}
    for index, entries in per_index.items():
        for key, expression, contextual in entries:
            if names_it(expression):
                out[index] = (key, contextual)
                break
    return out



_DASH = regex.compile(r"\s*[-–]\s*")
_CAPITAL_LEVEL = regex.compile(r"(?<=\s)(?:Tỉnh|Thành phố)$")
_SEPARATORS = regex.compile(r"[\s,–-]+")


def _agency_key(name: str) -> str:
    """An agency's name folded for comparing spellings: case and separators do not count."""
    return _SEPARATORS.sub(" ", name.lower()).strip()


def _listed_key(name: str) -> str:
    """A listed agency's name folded: "&" is "và" as well."""
    return _agency_key(name.replace("&", " và "))


def _wrappable(pattern: str) -> str:
    """The pattern with each plain space also matching a line break (not inside a character class
    or a look-behind, which keeps its width)."""
    out, stack, in_class, i = [], [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            stack.append(pattern.startswith("(?<=", i) or pattern.startswith("(?<!", i))
        elif ch == ")" and stack:
            stack.pop()
        elif ch == " " and not any(stack):
            ch = "[ \n]"
        out.append(ch)
        i += 1
    return "".join(out)


def _any_case_tail(pattern: str) -> str:
    """"Sở Kế hoạch và đầu tư", "Cục thuế": after a capitalized "Sở", "Bộ" or "Cục", the name's words
    in any case."""
    for head in ("Sở ", "Bộ ", "Cục "):
        if pattern.startswith(head):
            return f"{head}(?i:{pattern[len(head):]})"
    return pattern


# "Sở Tài chính (797,45 điểm), sở Giáo dục và Đào tạo (782,50 điểm)": "sở" in lower case before a
# capitalized name is a department's head word too (not "cơ sở", "trụ sở"); such heads are
# capitalized in a copy of the text before the names are looked for (one cheap scan, where another
# alternative per name would double the cost of the names' expression)
_HEAD_IN_LOWER_CASE = regex.compile(r"(?<![Cc]ơ |[Tt]rụ )\bsở (?=\p{Lu})")


def _heads_capitalized(text: str, pos: int, endpos: int) -> str:
    heads = [m.start() for m in _HEAD_IN_LOWER_CASE.finditer(text, pos, endpos)]
    if not heads:
        return text
    chars = list(text)
    for start in heads:
        chars[start] = "S"
    return "".join(chars)


# ("Bảo hiểm xã hội (BHXH) tỉnh": the initials a text gives a name, for later, are no part of it)
_INITIALS_IN_BRACKETS = re.compile(r" \([A-ZĐ&-]+\)")


class AgencyNames:
    """Agencies assessed as units (patterns/agencies.yaml)."""

    def __init__(self, name: str = "agencies"):
        data = load_yaml(name)
        self.examples = data.get("examples") or []
        # the offices one agency keeps in every province (extractor/branches.py)
        self.branches: dict = data.get("branches") or {}
        alternatives = []
        self._canonical = dict(data.get("canonical") or {})
        entries = list(data["entries"])
        # "Sở TT&TT", "Bộ KH&ĐT": a department's or ministry's name in initials
        for head, level in (("Sở", "sở"), ("Bộ", "bộ")):
            written = []
            for full, short_forms in (data.get("initials") or {}).items():
                for short in short_forms:
                    self._canonical[f"{head} {short}"] = f"{head} {full}"
                    written.append(regex.escape(short).replace("\\ ", r"\s?"))
                if " và " in full and "," not in full and " - " not in full:
                    # "Bộ Kế hoạch - Đầu tư", "Sở Khoa học - Công nghệ": a dash for "và"
                    first, second = full.split(" và ", 1)
                    self._canonical[f"{head} {first} - {second}"] = f"{head} {full}"
                    written.append(rf"{regex.escape(first)}\s?[-–]\s?{regex.escape(second)}".replace("\\ ", r"\s"))
            if written:
                entries.append({"level": level, "names": [rf"{head} (?:{'|'.join(written)})(?![\p{{L}}&])"]})
        # "các Sở: Công thương, Tư pháp, …", "các bộ Tài chính, Tư pháp, …": an item of a list of departments
        # (ministries) without its "Sở" ("Bộ"), one alternative for all of them per head (a look-behind per
        # name cost more than the rest of the names)
        self._listed: dict[tuple[str, str], str] = {}  # (head, name without it, folded) → its official name
        self._listed_context: dict[str, regex.Pattern] = {}
        self._listed_levels: dict[str, str] = {}
        for head, listed in (data.get("listed") or {}).items():
            self._listed_context[head] = regex.compile(listed["context"])
            self._listed_levels[head] = listed["level"]
            before = rf"(?<=(?:{listed['context']})(?:[^.\n]{{0,300}}?(?:[;,]|\svà))?\s{{1,3}})"
            after = r"(?=\s*(?:[,;.]|và\b|$))"
            written, starts = [], set()
            for official in data.get("official") or ():
                if official.startswith(head + " "):
                    rest = official[len(head) + 1:]
                    self._listed[head, _listed_key(rest)] = official
                    name = r"\s*[-–]\s*".join(regex.escape(part) for part in rest.split(" - "))
                    # ("Khoa học & công nghệ", "Văn hóa – Thể thao & Du lịch")
                    name = name.replace(r"\ và\ ", r"\s*(?:và|&)\s*").replace(r",\ ", r"\s*[,–-]\s*")
                    written.append(f"{name[0]}(?i:{name[1:]})")
                    starts.add(regex.escape(rest[:2]))
            # (the names' first letters looked at first: the look-behind runs only where one starts)
            entries.append({"level": listed["level"], "listed": head,
                            "names": [f"(?=(?:{'|'.join(sorted(starts))})){before}(?:{'|'.join(written)}){after}"]})
        self._official = {_agency_key(name): name for name in data.get("official") or ()}
        # an official name's first two words, as it spells them ("Cục Thuế", "Cục Hải")
        self._official_heads = {_agency_key(" ".join(name.split()[:2])): " ".join(name.split()[:2])
                                for name in data.get("official") or () if len(name.split()) >= 2}
        # "Sở Giáo dục- đào tạo": another spelling in another case is the same agency
        self._official.update({_agency_key(written): name for written, name in self._canonical.items()})
        # each entry as the file gives it: its `level`, and where they apply its one `name` for all its
        # spellings, the `prefix` a name is written without ("Hải quan Quảng Nam": "Cục "), the head of the
        # list it is an item of (`listed`), and the flags its mentions carry (`of_district`: the record names
        # the district; `named_after_place`: "Da Nang Customs Department"; `national`: "Tổng cục Thuế")
        self._entries = entries
        for i, entry in enumerate(entries):
            # ("the Hoa Binh branch of the" / "Vietnam Social Security": a name wrapped over two lines)
            alternatives.append(f"(?P<a{i}>" + "|".join(f"(?:{_wrappable(_any_case_tail(n))})" for n in entry["names"]) + ")")
        self.expression = regex.compile(r"\b(?:" + "|".join(alternatives) + r")\b")

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Mention]:
        out = []
        endpos = endpos if endpos is not None else len(text)
        text = _heads_capitalized(text, pos, endpos) if "sở " in text else text
        for match in self.expression.finditer(text, pos, endpos):
            entry = self._entries[int(match.lastgroup[1:])]
            # "Thanh tra Tỉnh", "Văn phòng UBND Tỉnh": the level word after a name is not capitalized
            written = _CAPITAL_LEVEL.sub(lambda m: m.group().lower(), " ".join(match.group().split()))
            written = entry.get("prefix", "") + _INITIALS_IN_BRACKETS.sub("", written)
            if entry.get("listed"):
                head = self._listed_head(text, match.start(), entry["listed"])
                name = self._listed.get((head, _listed_key(_DASH.sub(" - ", written))))
                if name is not None:
                    out.append(Mention("agency", match.start(), match.end(),
                                       {"name": name, "level": self._listed_levels[head]}, 1))
                continue
            name = entry.get("name") or self._canonical.get(written) or self._canonical.get(written.replace(" & ", "&"))
            if name is None:
                name = _DASH.sub(" - ", written)
                name = (self._canonical.get(name) or self._official.get(_agency_key(name))
                        or self._official_with_level(name))
                head = self._official_heads.get(_agency_key(" ".join(name.split()[:2])))
                if head is not None and not name.startswith(head):  # "Cục thuế Quảng Ninh": "Cục Thuế …"
                    name = head + name[len(head):]
            fields = {"name": name, "level": entry["level"]}
            fields.update((flag, True) for flag in ("of_district", "named_after_place", "national") if entry.get(flag))
            out.append(Mention("agency", match.start(), match.end(), fields, 1))
        return out

    def _listed_head(self, text: str, start: int, matched: str) -> str:
        """The head of the list an item stands in: of the lists' openings before it ("gồm 14 đơn vị: …
        và các bộ Tài chính, Tư pháp"), the nearest."""
        nearest, head = -1, matched
        for candidate, context in self._listed_context.items():
            # (up to a little past the item: an opening may look ahead at its first item's capital)
            for opening in context.finditer(text, max(0, start - 400), start + 8):
                if nearest < opening.end() <= start:
                    nearest, head = opening.end(), candidate
        return head

    def _official_with_level(self, name: str) -> str:
        """"Ban Quản lý Khu Kinh tế tỉnh": an official name in its own spelling, with its level word
        (only the name itself: "Ngân hàng Nhà nước tỉnh" is a branch, not the Bank of Vietnam)."""
        for level in (" tỉnh", " thành phố"):
            head = _agency_key(name[:-len(level)]) if name.endswith(level) else None
            official = self._official.get(head) if head else None
            if official and _agency_key(official) == head:
                return official + level
        return name

    def match(self, text: str) -> str | None:
        found = self.find(text)
        return found[0].fields["name"] if found else None


# (each loader is cached on the file's name: `index_names()` and `index_names("vi")` are one load)

def index_names(language: str = "vi") -> IndexNames:
    return _loaded(IndexNames, _named("indices", language))


def component_names(language: str = "vi") -> ComponentNames:
    return _loaded(ComponentNames, _named("components", language))


def agency_names(language: str = "vi") -> AgencyNames:
    return _loaded(AgencyNames, _named("agencies", language))


def value_rules(language: str = "vi") -> RuleSet:
    return _loaded(RuleSet, _named("values", language))


def cue_rules(language: str = "vi") -> RuleSet:
    return _loaded(RuleSet, _named("cues", language))


@functools.cache
def _loaded(kind: type, name: str):
    return kind(name)


@functools.cache
def context_rules(name: str) -> tuple[regex.Pattern, ...]:
    """The cue files' `context` rules of that name, in every language that has one: words read
    around a mention where it stands, never as a sentence's mentions; compiled as written
    (ignoring case unless the rule is case-sensitive)."""
    return tuple(regex.compile(rule.pattern) if rule.case_sensitive else rule.fallback
                 for rule in (cue_rules(language).by_name.get(name) for language in ("vi", "en"))
                 if rule is not None)


def context_search(name: str, text: str, start: int, end: int):
    """The first match in text[start:end] of a `context` rule of that name, in any language."""
    return next((found for rule in context_rules(name) if (found := rule.search(text, max(0, start), end))), None)


def is_context(name: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is, whole, what a `context` rule of that name says."""
    return any(rule.fullmatch(text, start, end) for rule in context_rules(name))


def context_at(name: str, text: str, position: int):
    """The match of a `context` rule of that name that starts at `position`, if any."""
    return next((found for rule in context_rules(name) if (found := rule.match(text, position))), None)


def _named(name: str, language: str) -> str:
    """The pattern file of a language: values.yaml (Vietnamese), values_en.yaml (English)."""
    return name if language == "vi" else f"{name}_{language}"
