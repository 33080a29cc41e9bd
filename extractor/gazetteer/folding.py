"""Comparison keys for Vietnamese place names.

Two spellings of one name must give one key: case, Unicode composition,
old versus new tone-mark placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy") and the
spacing around hyphens ("Bà Rịa - Vũng Tàu"/"Bà Rịa-Vũng Tàu") do not
matter. Accents do: "Phú Cường" and "Phù Cừ" must stay apart, so the tone
of each syllable is kept, only moved to the end of the syllable where its
placement can no longer differ. A syllable that ends in "k" is no Vietnamese
word ("Đắk", "Đăk", "Đak"): its marks are dropped. A lone final "y" after a
consonant is written "i" as often ("Phú Quý"/"Phú Quí", "Kỳ Anh"/"Kì Anh").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The five tone marks, as combining characters after NFD. Vowel-quality marks
# (circumflex, breve, horn) are not tones and stay on their letter.
_TONE_TAGS = {
    "\u0300": "2",  # huyền
    "\u0301": "1",  # sắc
    "\u0303": "4",  # ngã
    "\u0309": "3",  # hỏi
    "\u0323": "5",  # nặng
    "\u0340": "2",  # deprecated grave tone mark
    "\u0341": "1",  # deprecated acute tone mark
}
TONE_MARKS = frozenset(_TONE_TAGS)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

# A syllable: letters, combining marks and digits, with inner apostrophes
# as in "Cư M'gar" or "Ea H'Leo".
_SYLLABLE = r"[\w\u0300-\u036f]+(?:['\u2019\u02bc][\w\u0300-\u036f]+)*"
_SYLLABLE_RE = re.compile(_SYLLABLE)
# a syllable whose only vowel is its final "y" or "i", after its onset ("qu" holds its own "u")
_FINAL_Y = re.compile(r"(?:qu|ngh|ch|gh|kh|ng|nh|ph|th|tr|[bcdđghklmnprstvx])y")


@lru_cache(maxsize=65536)
def fold_syllable(syllable: str) -> str:
    """One syllable's key: lower case, tone moved to a trailing digit."""
    if syllable.isdigit():
        # "Phường 01" and "Phường 1" are one ward.
        return str(int(syllable))
    decomposed = unicodedata.normalize("NFD", syllable.lower().translate(_APOSTROPHES))
    tone = ""
    kept = []
    for char in decomposed:
        tag = _TONE_TAGS.get(char)
        if tag is None:
            kept.append(char)
        else:
            tone = tag
    base = unicodedata.normalize("NFC", "".join(kept))
    if base.endswith("k"):
        # No Vietnamese syllable ends in "k": "Đắk", "Đăk", "Đak", "Lắk", "Lăk" are one
        # syllable of a minority language, its marks written as each writer hears them.
        return base.replace("ă", "a").replace("â", "a")
    if _FINAL_Y.fullmatch(base):
        base = base[:-1] + "i"
    return base + tone


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A whole name's key: folded syllables joined by single spaces."""
    text = unicodedata.normalize("NFC", name)
    return " ".join(fold_syllable(s) for s in _SYLLABLE_RE.findall(text))


# a syllable's final "y" and "i" with the same tone, for a name's written pattern
_Y_AND_I = {"y": "[yi]", "ý": "[ýí]", "ỳ": "[ỳì]", "ỷ": "[ỷỉ]", "ỹ": "[ỹĩ]", "ỵ": "[ỵị]",
            "i": "[iy]", "í": "[íý]", "ì": "[ìỳ]", "ỉ": "[ỉỷ]", "ĩ": "[ĩỹ]", "ị": "[ịỵ]"}


def spelling_pattern(name: str) -> str:
    """A regular expression for a name as written, where a syllable's lone final "y" may be
    written "i" and back ("Phú Quý" matches "Phú Quí"); the rest of the name literal."""
    out = []
    for part in re.split(r"(\s+)", unicodedata.normalize("NFC", name)):
        last = part[-1:].lower()
        toneless = fold_syllable(part).rstrip("12345") if part and not part.isspace() else ""
        if last in _Y_AND_I and _FINAL_Y.fullmatch(toneless[:-1] + "y"):
            out.append(re.escape(part[:-1]) + _Y_AND_I[last])
        else:
            out.append(re.escape(part))
    return "".join(out)
