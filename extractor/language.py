"""Which language a passage is written in, told cheaply: Vietnamese or English.

Government news and portals publish in both, and one page may mix them (an
English summary under a Vietnamese article). Vietnamese writes most words
with a letter English never uses (ă â đ ê ô ơ ư or a tone mark); English
text has almost none of them and many short function words.
"""
from __future__ import annotations

import re
from bisect import bisect_left

VIETNAMESE, ENGLISH = "vi", "en"

_VIETNAMESE_LETTER = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|in|with|to|was|were|is|its|for|from|by|on|at|as)\b", re.IGNORECASE)
# below this share of Vietnamese letters among all letters, a passage may be English
_MOST_VIETNAMESE_SHARE = 0.02
_FEWEST_ENGLISH_WORDS = 2
# a line of this many words with no Vietnamese letter needs one English function word only
_WORD = re.compile(r"[^\W\d_]{2,}")
_FEWEST_WORDS_OF_A_LINE = 6


# Vietnamese function words, which names never are
_VIETNAMESE_WORD = re.compile(r"\b(?:của|và|là|các|được|những|trong|với|cho|đã|này|có|không|theo|năm|đạt|xếp)\b",
                              re.IGNORECASE)
# where Vietnamese letters are many, English needs this many times its function words
_ENGLISH_OVER_VIETNAMESE = 3


# the same words over lower-cased text: one look tells a text with no English from the rest
_ENGLISH_WORD_LOWER = re.compile(r"\b(?:the|of|and|in|with|to|was|were|is|its|for|from|by|on|at|as)\b")


def languages_of_lines(text: str, spans: list[tuple[int, int]], low: str | None = None) -> list[str]:
    """The language of each line text[s:e]; `low` is lowered(text) (same offsets) where the
    caller has it. The English function words are found in one pass: a line with fewer of them
    than English needs is Vietnamese without a look of its own."""
    if low is None:  # lower-casing shifts this text's offsets: each line on its own
        return [language_of(text, s, e) for s, e in spans]
    hits = [m.start() for m in _ENGLISH_WORD_LOWER.finditer(low)]
    if len(hits) < _FEWEST_ENGLISH_WORDS:
        return [VIETNAMESE] * len(spans)
    # only a line with an English function word of its own can be English
    worded = [bisect_left(hits, e) > bisect_left(hits, s) for s, e in spans]
    languages = [language_of(text, s, e) if has else VIETNAMESE for (s, e), has in zip(spans, worded)]
    # "Ministry of Finance 1 (0.9291)": a short line with a function word and no Vietnamese letter
    # reads as the line before it that the words decided (a table's rows under an English text)
    decided = None
    for i, (s, e) in enumerate(spans):
        marked = _VIETNAMESE_LETTER.search(text, s, e) is not None
        if worded[i] and not marked and languages[i] == VIETNAMESE:
            if decided == ENGLISH:
                languages[i] = ENGLISH
        elif worded[i] or marked:
            decided = languages[i]
    return languages


def language_of(text: str, start: int = 0, end: int | None = None) -> str:
    """ENGLISH where text[start:end] reads as English, else VIETNAMESE.

    English news may keep the diacritics of Vietnamese names ("Quảng Ninh was
    followed by Hải Phòng, Thừa Thiên-Huế ..."): where Vietnamese letters are
    many, the function words decide."""
    end = len(text) if end is None else end
    english_words = len(_ENGLISH_WORD.findall(text, start, end))
    if english_words < _FEWEST_ENGLISH_WORDS:
        # "Five leading localities included Cam Pha city, Quang Yen town, Mong Cai, Uong Bi and Ha Long
        # cities.": a line of words without one Vietnamese letter, one function word among them
        if (english_words and not _VIETNAMESE_LETTER.search(text, start, end)
                and len(_WORD.findall(text, start, end)) >= _FEWEST_WORDS_OF_A_LINE):
            return ENGLISH
        return VIETNAMESE
    letters = len(_LETTER.findall(text, start, end))
    if len(_VIETNAMESE_LETTER.findall(text, start, end)) <= _MOST_VIETNAMESE_SHARE * letters:
        return ENGLISH
    vietnamese_words = len(_VIETNAMESE_WORD.findall(text, start, end))
    return ENGLISH if english_words > _ENGLISH_OVER_VIETNAMESE * max(vietnamese_words, 1) else VIETNAMESE
