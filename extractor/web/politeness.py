"""What keeps chiso a polite client: per-host pacing and robots.txt."""
from __future__ import annotations

import threading
import time
from typing import Callable, Optional
from urllib.robotparser import RobotFileParser


class HostRateLimiter:
    """At most `rate` requests per second to each host (rate <= 0: no limit).

    A host's robots.txt may ask for a longer Crawl-delay; the longer interval wins.
    """

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_crawl_delay(self, host: str, seconds: float) -> None:
        with self._lock:
            self._delays[host] = max(0.0, seconds)

    def wait(self, host: str) -> None:
        """Block until a request to `host` is allowed, and book that slot."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + max(self.interval, self._delays.get(host, 0.0))
        if slot > now:
            self._sleep(slot - now)


class RobotsRules:
    """One host's robots.txt, or what to do without one.

    As RFC 9309 says: a robots.txt that does not exist (4xx) allows
    everything; one that cannot be reached (5xx, network error) allows
    nothing, as the site may be down or refusing crawlers. Nothing is then
    requested from the site, and `unreachable` says why.
    """

    def __init__(self, parser: Optional[RobotFileParser] = None, allow_all: bool = False,
                 unreachable: Optional[str] = None):
        self._parser = parser
        self._allow_all = allow_all
        self.unreachable = unreachable

    @classmethod
    def from_text(cls, text: str) -> "RobotsRules":
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return cls(parser)

    def allows(self, user_agent: str, url: str) -> bool:
        if self._parser is None:
            return self._allow_all
        return self._parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> Optional[float]:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None
