"""Which language a passage is written in, told cheaply: Vietnamese or English.

Government news and portals publish in both, and one page may mix them (an
English summary under a Vietnamese article). Vietnamese writes most words
with a letter English never uses (ă â đ ê ô ơ ư or a tone mark); English
text has almost none of them and many short function words.
"""
from __future__ import annotations

import re

VIETNAMESE, ENGLISH = "vi", "en"

_VIETNAMESE_LETTER = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|in|with|to|was|were|is|its|for|from|by|on|at|as)\b", re.IGNORECASE)
# below this share of Vietnamese letters among all letters, a passage may be English
_MOST_VIETNAMESE_SHARE = 0.02
_FEWEST_ENGLISH_WORDS = 2


# a passage whose opening already has this many Vietnamese letters is Vietnamese: most are
# told by this one cheap look
_SURELY_VIETNAMESE = 8
_OPENING = 300


def language_of(text: str, start: int = 0, end: int | None = None) -> str:
    """ENGLISH where text[start:end] reads as English, else VIETNAMESE."""
    end = len(text) if end is None else end
    if len(_VIETNAMESE_LETTER.findall(text, start, min(end, start + _OPENING))) >= _SURELY_VIETNAMESE:
        return VIETNAMESE
    letters = len(_LETTER.findall(text, start, end))
    if not letters:
        return VIETNAMESE
    if len(_VIETNAMESE_LETTER.findall(text, start, end)) > _MOST_VIETNAMESE_SHARE * letters:
        return VIETNAMESE
    if len(_ENGLISH_WORD.findall(text, start, end)) < _FEWEST_ENGLISH_WORDS:
        return VIETNAMESE
    return ENGLISH
