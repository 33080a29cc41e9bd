"""A one-line crawl status on stderr, redrawn in place; silent when stderr is not a terminal."""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    def __init__(self, stream: Optional[TextIO] = None, interval: float = 0.2):
        self._stream = stream if stream is not None else sys.stderr
        self.enabled = self._stream.isatty()
        self._interval = interval
        self._last = 0.0
        self._width = 0

    def update(self, *, queued: int, fetched: int, failed: int, records: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self._interval:
            return
        self._last = now
        line = f"queued {queued} · fetched {fetched} · failed {failed} · records {records}"
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def close(self) -> None:
        if self.enabled and self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0
