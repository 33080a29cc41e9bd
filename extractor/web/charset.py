"""Bytes of a web page to text: the declared charset, else detection.

Vietnamese portals serve UTF-8 and windows-1258; windows-1258 writes tone
marks as combining characters, so every decoded page is NFC-normalized to
give the composed letters the rest of chiso matches.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Servers that declare one of these often send UTF-8 regardless; no
# Vietnamese page is really in them, so valid UTF-8 wins over the label.
_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii"}


def charset_from_content_type(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, codec used). Order: byte-order mark, the HTTP charset, the page's
    own <meta> charset, UTF-8, then charset detection; a label whose codec
    cannot decode the bytes is passed over."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _finish(data[len(bom):].decode(codec, errors="replace")), codec
    declared = [
        _codec(charset_from_content_type(content_type)),
        _codec(_meta_charset(data)),
    ]
    for codec in filter(None, declared):
        if codec in _WESTERN and not data.isascii():
            utf8 = _strict(data, "utf-8")
            if utf8 is not None:
                return _finish(utf8), "utf-8"
        text = _strict(data, codec)
        if text is not None:
            return _finish(text), codec
    text = _strict(data, "utf-8")
    if text is not None:
        return _finish(text), "utf-8"
    best = charset_normalizer.from_bytes(data[:262144]).best()
    codec = _codec(best.encoding) if best is not None else None
    if codec is None:
        codec = "cp1258"  # the legacy Vietnamese code page is the likely one
    return _finish(data.decode(codec, errors="replace")), codec


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _finish(text: str) -> str:
    return unicodedata.normalize("NFC", text)
