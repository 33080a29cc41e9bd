"""Detect and convert Vietnamese text written in the pre-Unicode TCVN3 (ABC)
and VNI font encodings.

Such text reaches chiso in two shapes: as raw bytes (a .txt saved from an old
editor) and as Unicode that already holds the mojibake, because a PDF text
layer, a .doc or a .docx was read through Windows-1252 ("QuyÕt ®Þnh",
"Quyeát ñònh").  The encoding is recognised by converting a sample both ways
and counting the words that come out as well-formed Vietnamese syllables.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Literal

from .legacy_charmaps import (
    TCVN3_LETTERS,
    TCVN3_PDF_SUBSTITUTES,
    TCVN3_TONED,
    VNI_BASES,
    VNI_MODIFIERS,
    VNI_SINGLE,
)

Encoding = Literal["tcvn3", "vni"]


def _tcvn3_table() -> dict[int, str]:
    table = {ord(legacy): letter for letter, legacy in TCVN3_LETTERS.items()}
    for letters, legacy_codes in TCVN3_TONED:
        for letter, legacy in zip(letters, legacy_codes, strict=True):
            table[ord(legacy)] = letter
    return table


_TCVN3 = _tcvn3_table()
# A PDF substitute is only a letter when it touches one: between digits
# U+2212 is a real minus sign.
_PDF_SUBSTITUTE = re.compile(
    "(?<=[^\\W\\d_])[" + "".join(TCVN3_PDF_SUBSTITUTES) + "]|["
    + "".join(TCVN3_PDF_SUBSTITUTES) + "](?=[^\\W\\d_])"
)


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for base, base_letter in VNI_BASES.items():
        horned = base_letter in "ơƠưƯ"
        for modifier, (mark, tone) in VNI_MODIFIERS.items():
            if horned and mark:
                continue
            composed = unicodedata.normalize("NFC", base_letter + mark + tone)
            if len(composed) == 1:
                pairs[base + modifier] = composed
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_SINGLES = {**VNI_SINGLE, **{k: v for k, v in VNI_BASES.items() if k != v}}
_VNI_TOKEN = re.compile(
    "|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True))
    + "|[" + "".join(_VNI_SINGLES) + "]"
)
_VNI_ALL = {**_VNI_PAIRS, **_VNI_SINGLES}

# Letters outside Latin-1 that only Unicode Vietnamese text contains: a line
# holding one was not written in a legacy font and is left as it is.
_UNICODE_VIETNAMESE = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")


def _restore_tcvn3_capitals(line: str) -> str:
    """TCVN3 capitals share codes with small letters (the .VnTimeH font draws
    them large), so a heading comes back as "QUYÕT ®ÞNH" → "QUYếT địNH".
    A line whose Latin letters are all capitals is taken as such a heading."""
    ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters):
        return line.upper()
    return line


def convert_tcvn3(text: str) -> str:
    text = _PDF_SUBSTITUTE.sub(lambda m: TCVN3_PDF_SUBSTITUTES[m.group()], text)
    return _restore_tcvn3_capitals(text.translate(_TCVN3))


def convert_vni(text: str) -> str:
    return _VNI_TOKEN.sub(lambda m: _VNI_ALL[m.group()], text)


_CONVERTERS = {"tcvn3": convert_tcvn3, "vni": convert_vni}


def convert(text: str, encoding: Encoding) -> str:
    """Convert legacy-encoded text line by line, leaving lines that are
    already Unicode Vietnamese alone (documents mix fonts)."""
    converter = _CONVERTERS[encoding]
    lines = text.split("\n")
    return "\n".join(
        line if _UNICODE_VIETNAMESE.search(line) else converter(line) for line in lines
    )


# --- recognising Vietnamese ------------------------------------------------

_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx]"
_CODA = "ch|ng|nh|[cmnpt]"
# Vowel groups of Vietnamese syllables, tones removed (a glide i/o/u/y that
# ends a syllable is written as part of the group).
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo "
    "ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê iêu oai oao oay oeo uây uôi ươi ươu uya uyê "
    "uyu yêu ưo"
).split()
_SYLLABLE = re.compile(
    f"(?:{_ONSET})?(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:{_CODA})?"
)
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”‘’/\\|+=*<>_–—-]+")


def _is_syllable(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in bare if ord(c) in _TONE_MARKS)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", bare.translate(_TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> int:
    """Well-formed syllables minus malformed words, over the words holding a
    non-ASCII character (the only ones an encoding can change)."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if _is_syllable(word) else -1
    return score


_SAMPLE_CHARS = 200_000


def detect_encoding(text: str) -> Encoding | None:
    """The legacy encoding `text` is written in, or None when it reads best as it is."""
    sample = text[:_SAMPLE_CHARS]
    legacy_lines = "\n".join(
        line for line in sample.split("\n") if not _UNICODE_VIETNAMESE.search(line)
    )
    if not legacy_lines.strip() or legacy_lines.isascii():
        return None
    as_is = vietnamese_score(legacy_lines)
    best: Encoding | None = None
    best_score = as_is
    for encoding, converter in _CONVERTERS.items():
        score = vietnamese_score(converter(legacy_lines))
        if score > best_score:
            best, best_score = encoding, score
    # A few stray symbols (a "§" or "µ" in a Unicode text) must not flip a
    # document: the conversion has to win clearly.
    if best is None or best_score - as_is < max(3, abs(as_is) // 10):
        return None
    return best


def repair_mojibake(text: str) -> str | None:
    """Unicode text that holds TCVN3/VNI mojibake, converted; None if it holds none."""
    encoding = detect_encoding(text)
    if encoding is None:
        return None
    return convert(text, encoding)


def _decode_windows_1252(data: bytes) -> str:
    # Windows-1252 leaves five bytes undefined; legacy files do contain them
    # now and then, and Latin-1 keeps them as the control characters they are.
    return "".join(
        chunk.decode("cp1252") if index % 2 == 0 else chunk.decode("latin-1")
        for index, chunk in enumerate(re.split(rb"([\x81\x8d\x8f\x90\x9d]+)", data))
    )


def decode_legacy(data: bytes) -> str | None:
    """Text from bytes written in TCVN3 or VNI, or None when they are not."""
    if b"\x00" in data[:65536]:
        return None
    text = _decode_windows_1252(data).replace("\r\n", "\n").replace("\r", "\n")
    return repair_mojibake(text)
