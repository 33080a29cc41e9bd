"""Character tables of the pre-Unicode Vietnamese font encodings.

Kept as data, one vowel family per row, tones always in the order
huyền, sắc, hỏi, ngã, nặng, so that a wrong entry stands out when read.
The legacy side is what the bytes look like when read as Windows-1252,
which is how Word, PDF text layers and antiword hand them over.
"""
from __future__ import annotations

TONE_ORDER = ("huyền", "sắc", "hỏi", "ngã", "nặng")

# TCVN3 (ABC, .VnTime fonts): one byte per letter.  Uppercase accented
# letters have no code of their own: .VnTimeH fonts draw these lowercase
# codes as capitals.  Only Ă Â Ê Ô Ơ Ư Đ have uppercase codes.
TCVN3_LETTERS: dict[str, str] = {
    "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§",
    "ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\xad", "đ": "®",
}
# vowel → its five toned forms in TONE_ORDER, Unicode then TCVN3
TCVN3_TONED: tuple[tuple[str, str], ...] = (
    ("àáảãạ", "µ¸¶·¹"),
    ("ằắẳẵặ", "»¾¼½Æ"),
    ("ầấẩẫậ", "ÇÊÈÉË"),
    ("èéẻẽẹ", "ÌÐÎÏÑ"),
    ("ềếểễệ", "ÒÕÓÔÖ"),
    ("ìíỉĩị", "×ÝØÜÞ"),
    ("òóỏõọ", "ßãáâä"),
    ("ồốổỗộ", "åèæçé"),
    ("ờớởỡợ", "êíëìî"),
    ("ùúủũụ", "ïóñòô"),
    ("ừứửữự", "õøö÷ù"),
    ("ỳýỷỹỵ", "úýûüþ"),
)
# What a PDF text layer gives for some TCVN3 codes: the extractor resolves
# the .VnTime glyph names, not the byte, so ư (0xAD, the soft-hyphen slot)
# comes out as MINUS SIGN and ã (0xB7) as BULLET OPERATOR.
TCVN3_PDF_SUBSTITUTES: dict[str, str] = {"\u2212": "\xad", "\u2219": "\xb7"}

# VNI (VNI-Windows fonts): a base letter followed by a modifier character
# that carries the mark and the tone; capitals use capital modifiers.
VNI_BASES: dict[str, str] = {
    "a": "a", "e": "e", "i": "i", "o": "o", "u": "u", "y": "y",
    "A": "A", "E": "E", "I": "I", "O": "O", "U": "U", "Y": "Y",
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
}
# modifier → (combining mark, combining tone); "" where there is none
_HUYEN, _SAC, _HOI, _NGA, _NANG = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
VNI_MODIFIERS_LOWER: dict[str, tuple[str, str]] = {
    "ø": ("", _HUYEN), "ù": ("", _SAC), "û": ("", _HOI), "õ": ("", _NGA), "ï": ("", _NANG),
    "â": (_CIRCUMFLEX, ""), "à": (_CIRCUMFLEX, _HUYEN), "á": (_CIRCUMFLEX, _SAC),
    "å": (_CIRCUMFLEX, _HOI), "ã": (_CIRCUMFLEX, _NGA), "ä": (_CIRCUMFLEX, _NANG),
    "ê": (_BREVE, ""), "è": (_BREVE, _HUYEN), "é": (_BREVE, _SAC),
    "ú": (_BREVE, _HOI), "ü": (_BREVE, _NGA), "ë": (_BREVE, _NANG),
}
VNI_MODIFIERS: dict[str, tuple[str, str]] = {
    **VNI_MODIFIERS_LOWER,
    **{key.upper(): value for key, value in VNI_MODIFIERS_LOWER.items()},
}
# Letters VNI writes as one character of their own.
VNI_SINGLE: dict[str, str] = {
    "ñ": "đ", "Ñ": "Đ",
    "ò": "ị", "Ò": "Ị",
    "æ": "ỉ", "Æ": "Ỉ",
    "ó": "ĩ", "Ó": "Ĩ",
    "î": "ỵ", "Î": "Ỵ",
}
