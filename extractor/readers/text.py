"""Plain-text files: UTF-8 as the contract says, with a clear error otherwise."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from .legacy import decode_legacy, repair_mojibake
from . import ReadError, doc_id_for, register


# No article or decision comes near this as plain text; past it, reading
# would only stall the batch on what is not prose.
MAX_TEXT_BYTES = 8 * 1024 * 1024


def decode_text(data: bytes) -> str:
    """Decode bytes that should be UTF-8 text, refusing binary data."""
    if len(data) > MAX_TEXT_BYTES:
        raise ReadError(f"too large for a text: {len(data):,} bytes (limit {MAX_TEXT_BYTES:,})")
    if b"\x00" in data[:65536]:
        raise ReadError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ReadError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error
    return _python_line_ends(text)


def _python_line_ends(text: str) -> str:
    # Line ends as Python's text mode reads them (Path.read_text), so that the
    # offsets agree with anyone who opens the file the ordinary way.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_bytes(data: bytes, doc_id: str, source: str) -> Document:
    """A text file's bytes as a Document: UTF-8, or TCVN3 / VNI from before Unicode.

    Legacy-encoded text (as bytes, or as mojibake inside UTF-8: "QuyÕt ®Þnh")
    is converted; the converted text is then what evidence points into, and
    is saved beside the records like a PDF's text.
    """
    try:
        text = decode_text(data)
    except ReadError as error:
        if "UTF-8" not in str(error):
            raise
        converted = decode_legacy(data)
        if converted is None:
            raise
        return Document(doc_id, source, _python_line_ends(converted), {"encoding": "legacy"}, derived_text=True)
    repaired = repair_mojibake(text)
    if repaired is not None:
        return Document(doc_id, source, repaired, {"encoding": "legacy mojibake"}, derived_text=True)
    return Document(doc_id=doc_id, source=source, text=text)


@register(".txt", ".text")
def read_text_file(path: Path, source: str) -> Document:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from error
    return read_text_bytes(data, doc_id_for(path), source)
