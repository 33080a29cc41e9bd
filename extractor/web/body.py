"""Reading a response body within bounds: its size (also once inflated) and its time."""
from __future__ import annotations

import time
import zlib

from .errors import FetchError


class Transient(Exception):
    """A connection-level failure worth retrying."""


def read_body(response, headers: dict[str, str], max_bytes: int, truncate: bool,
              deadline: float, url: str) -> bytes:
    """The body, inflated; FetchError past `max_bytes` (or cut there when
    `truncate`), Transient past the `deadline` (time.monotonic())."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and not truncate:
        raise FetchError(f"too large: {int(declared):,} bytes (limit {max_bytes:,})", url)
    decoder = _Decompressor(headers.get("content-encoding", ""))
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise Transient("the page took too long to arrive")
        # read1: what has arrived, so that a trickling server meets the deadline
        chunk = response.read1(65536)
        if not chunk:
            break
        data = decoder.feed(chunk, max_bytes + 1 - size)
        chunks.append(data)
        size += len(data)
        if size > max_bytes:
            if truncate:
                break
            raise FetchError(f"too large: more than {max_bytes:,} bytes", url)
    return b"".join(chunks)[:max_bytes]


class _Decompressor:
    """gzip / deflate content decoding that never inflates past a limit."""

    def __init__(self, encoding: str):
        encoding = encoding.strip().lower()
        # "deflate" should carry a zlib header, but some servers send raw deflate
        self._raw_fallback = encoding == "deflate"
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            self._z = None
        self._started = False

    def feed(self, chunk: bytes, room: int) -> bytes:
        if self._z is None:
            return chunk
        try:
            data = self._z.decompress(chunk, max(room, 1))
        except zlib.error:
            if self._started or not self._raw_fallback:
                raise Transient("corrupt compressed body") from None
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            data = self._z.decompress(chunk, max(room, 1))
        self._started = True
        return data
