"""Paragraphs, sentences and clauses of normalized text, as spans.

Sentences come from underthesea's sentence tokenizer (it knows Vietnamese
abbreviations such as "TP." that a plain splitter cuts at), run one line at
a time; clauses are cut at semicolons and at "trong đó" outside brackets,
so that each item of a list stands on its own.
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from typing import Iterator

import regex

# Past this length a line is not prose (a dump of digits, a flattened
# table); the plain splitter below takes it, in linear time.
_TOKENIZER_LIMIT = 5000
_PLAIN_SPLIT = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\d\"“(])")
_LINE = regex.compile(r"[^\n]+")
_SENTENCE_END = regex.compile(r"[.!?…]\W*\s+\S")
# where a sentence ends, for a look between two places in a text (a stop before a space, or a line's end)
SENTENCE_BREAK = regex.compile(r"[.!?](?:\s|$)|\n")
# "lần lượt 5,71; 5,78 và 5,97 điểm": a semicolon between numbers of one series cuts nothing
# ("nhóm A …, có 14 đơn vị chiếm 70% số sở; tăng 11 đơn vị so với năm 2019, gồm: …": nor one before
# an aside on the count that goes on into the group's list)
_CLAUSE_CUT = regex.compile(
    r"(?:(?<!\d(?:\s*(?:%|điểm))?);|;(?!\s*\d))(?!\s*(?i:tăng|giảm)\s+\d[^;:.\n]{0,80}?gồm\s*:)"
    r"|[,(]\s*(?=trong đó\b)")
_MARKER_ONLY = regex.compile(r"\s*(?:[-+•*–]|\(?[a-zđ0-9]{1,2}[.)])\s*", regex.IGNORECASE)
# ("2019: 68,73 điểm, xếp hạng 10/63": a year's line in a list of years, one a line)
_BULLET = regex.compile(r"\s*(?:[-+•*–]|\(?[a-zđ0-9]{1,2}[.)]|(?:19|20)\d\d\s*:)\s+", regex.IGNORECASE)
# a piece that ends with a level word's or a title's abbreviation ("TX. Điện Bàn",
# "TP. Tam Kỳ", "ThS. Nguyễn") was cut inside a name: it goes on in the next piece
# ("Document No. 4362/UBND-VX", "ranked No. 1": the English "No." too)
_ABBREVIATION_END = regex.compile(r"(?:^|[\s(,;:])(?:TX|Tx|TP|Tp|T\.P|TT|Q|H|P|X|TS|ThS|Th\.S|PGS|GS|BS|KS|CN|Ths|No|no|Nos)\.$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Line(Span):
    bullet: bool  # an item of a list ("- ...", "a) ...", "1. ...")
    intro: bool   # ends with ":", so the lines after it are its items


def lines(text: str) -> Iterator[Line]:
    """The text's lines, a sentence wrapped over several lines taken as one ("ranked 18/63" /
    "provinces and cities, increased 24 places")."""
    pending: tuple[int, int] | None = None
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start >= end:
            continue
        if pending is not None and _wrapped(text, pending, start, end):
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield _line(text, *pending)
        pending = (start, end)
    if pending is not None:
        yield _line(text, *pending)


def _line(text: str, start: int, end: int) -> Line:
    body = text[start:end]
    return Line(start, end, bool(_BULLET.match(body)), body.endswith(":"))


# a line that stops in the middle of a sentence: after a comma or a word that needs one after it
# ("… tỉnh Bình" / "Dương (cũ) xếp hạng 23/63": a place's name broken by the wrap, after its level word)
_OPEN_END = regex.compile(r"(?:,|\b(?:the|of|and|with|in|to|a|an|for|by|at|của|và|với|là|các|những|được|tại|trong|đạt"
                          r"|xếp)\s*|\b(?-i:tỉnh|huyện|thành phố|thị xã|quận|phường|xã)\s+(?-i:\p{Lu}\p{Ll}*)\s*)$",
                          regex.IGNORECASE)
# the next line goes on with a word in lower case, a bracket that opens on one ("(cũ) xếp hạng …") or a
# number that is no list item's
_GOES_ON = regex.compile(r"\p{Ll}|\(\p{Ll}|\d+(?![.)]\s)(?!\d)")
_LOWER = regex.compile(r"\p{Ll}")


def _wrapped(text: str, before: tuple[int, int], start: int, end: int) -> bool:
    """Whether the line at text[start:end] goes on with the sentence of the one before, wrapped
    at a fixed width: one line break between them, no sentence end before it."""
    gap = text[before[1]:start]
    if gap.count("\n") != 1 or text[before[1] - 1] in ".!?…:;":
        return False
    if before[1] - before[0] < 25 and not _LOWER.match(text, start, end):
        # a short line is a heading, a name, a dateline, unless the next goes on in lower case
        # ("The meeting" / "was attended by ...")
        return False
    if _BULLET.match(text, start, end):
        return False
    return bool(_GOES_ON.match(text, start, end) or _OPEN_END.search(text, before[0], before[1]))


def sentences(text: str, line: Span) -> Iterator[Span]:
    body = text[line.start:line.end]
    if not _SENTENCE_END.search(body):  # a heading, a name, a dateline: one sentence
        yield Span(line.start, line.end)
        return
    if len(body) > _TOKENIZER_LIMIT:
        pieces = _plain_sentences(body)
    else:
        pieces = _tokenized_sentences(body)
    for start, end in _join_abbreviations(body, _split_at_ellipses(body, pieces)):
        yield Span(line.start + start, line.start + end)


# "… Bộ Công Thương (83,59)… Ở chiều ngược lại, …": an ellipsis that closes a list, and a capital after
# it, ends a sentence (the tokenizer reads "…" as no end)
_ELLIPSIS_END = regex.compile(r"(?<=…)\s+(?=\p{Lu})")


def _split_at_ellipses(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if "…" not in body:
        return pieces
    out = []
    for start, end in pieces:
        for cut in _ELLIPSIS_END.finditer(body, start, end):
            out.append((start, cut.start()))
            start = cut.end()
        out.append((start, end))
    return out


def _join_abbreviations(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _ABBREVIATION_END.search(body, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_sent_tokenize = None


def sent_tokenize(text: str) -> list[str]:
    """underthesea's sent_tokenize, loaded on first use.

    Importing the `underthesea` package pulls in its every pipeline (joblib,
    numpy, requests, its CRF models' code): about 0.3 CPU-s, half of a short
    run's start-up. The sentence tokenizer's module needs none of that (only
    json, string and its own punkt_params.json beside it), so it is loaded
    from its file on its own: the same code and data, without the package.
    """
    global _sent_tokenize
    if _sent_tokenize is None:
        _sent_tokenize = _load_sent_tokenize()
    return _sent_tokenize(text)


def _load_sent_tokenize():
    try:
        package = importlib.util.find_spec("underthesea")
        path = os.path.join(os.path.dirname(package.origin), "pipeline", "sent_tokenize", "__init__.py")
        spec = importlib.util.spec_from_file_location("_chiso_underthesea_sent_tokenize", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.sent_tokenize
    except Exception:  # another layout of underthesea: import it the ordinary way
        from underthesea import sent_tokenize as tokenize

        return tokenize


def _tokenized_sentences(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sent_tokenize(body):
        found = body.find(sentence, cursor)
        if found < 0:  # the tokenizer changed the text: fall back
            return _plain_sentences(body)
        end = found + len(sentence)
        if spans and _MARKER_ONLY.fullmatch(body, *spans[-1]):
            found = spans.pop()[0]  # "1." cut off its item: put it back
        spans.append((found, end))
        cursor = end
    return spans


def _plain_sentences(body: str) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for match in _PLAIN_SPLIT.finditer(body):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(body)))
    return [s for s in spans if s[0] < s[1]]


@dataclass(frozen=True)
class Aside(Span):
    """A clause in brackets that is a statement of its own (cues `best_in_brackets`): the clause after it
    goes on from the one before it."""


def clauses(text: str, sentence: Span, asides: list[tuple[int, int]] = ()) -> list[Span]:
    """Cut a sentence at semicolons (and "trong đó") that stand outside brackets, and around the
    asides given (spans in brackets, inside the sentence)."""
    if asides:
        out: list[Span] = []
        cursor = sentence.start
        for start, end in asides:
            if cursor < start:
                out += clauses(text, Span(cursor, start))
            out.append(Aside(start, end))
            cursor = end
        if cursor < sentence.end:
            out += clauses(text, Span(cursor, sentence.end))
        return [span for span in out if span.start < span.end]
    cuts = []
    depth = 0
    candidates = {m.start(): m.end() for m in _CLAUSE_CUT.finditer(text, sentence.start, sentence.end)}
    if not candidates:
        return [Span(*_strip(text, sentence.start, sentence.end))]
    for i in range(sentence.start, sentence.end):
        ch = text[i]
        if ch in "([“":
            depth += 1
        elif ch in ")]”" and depth:
            depth -= 1
        if i in candidates and (depth == 0 or (ch in ",(" and depth <= 1)):
            cuts.append((i, candidates[i]))
    spans = []
    cursor = sentence.start
    for cut_start, cut_end in cuts:
        if text[cut_start] in ",(":
            spans.append(Span(cursor, cut_start))
            cursor = cut_end
        else:
            spans.append(Span(cursor, cut_start))
            cursor = cut_end
    spans.append(Span(cursor, sentence.end))
    out = []
    for span in spans:
        start, end = _strip(text, span.start, span.end)
        if start < end:
            out.append(Span(start, end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end
