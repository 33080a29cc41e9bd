"""A polite, bounded HTTP client for web pages, on the standard library.

By default it obeys robots.txt (a disallowed URL is never requested, not
even as a redirect target), sends at most one request per second to a host,
times out, retries 429/5xx answers and connection errors with exponential
backoff (honouring Retry-After), refuses bodies over a size limit, follows
a bounded number of redirects and stops on a loop, speaks only http and
https, and names itself in its User-Agent.
"""
from __future__ import annotations

import email.utils
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

from .body import Transient, read_body
from .errors import FetchError, RobotsDisallowed
from .politeness import HostRateLimiter, RobotsRules
from .urls import host_key, is_web_url, normalize_url, to_ascii_url


def _version() -> str:
    try:
        return metadata.version("chiso")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"chiso/{_version()} (+https://github.com/chiso)"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524}
_ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB, ignore the rest


@dataclass(frozen=True)
class FetchPolicy:
    rate: float = 1.0  # requests per second per host; 0 turns pacing off
    timeout: float = 20.0  # seconds to connect, and between two reads
    total_timeout: float = 120.0  # seconds for one whole response
    retries: int = 3  # further attempts after a 429/5xx or connection error
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_backoff: float = 60.0  # longest wait, also for a Retry-After
    max_bytes: int = 10 * 1024 * 1024  # largest body accepted, after decompression
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes
    fetched_at: str  # ISO 8601, UTC

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # Redirects are followed by Fetcher itself, to check each target first.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@dataclass
class _Answer:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes


class Fetcher:
    """Fetches web pages under a FetchPolicy; one instance per crawl or batch,
    so that pacing and robots.txt are shared by all its requests."""

    def __init__(self, policy: FetchPolicy = FetchPolicy(),
                 sleep: Callable[[float], None] = time.sleep):
        self.policy = policy
        self._sleep = sleep
        self.limiter = HostRateLimiter(policy.rate, sleep=sleep)
        self._robots: dict[str, RobotsRules] = {}
        self._robots_lock = threading.Lock()
        self._opener = urllib.request.build_opener(
            _NoRedirects(), urllib.request.HTTPSHandler(context=ssl.create_default_context())
        )

    # ------------------------------------------------------------ public

    def fetch(self, url: str, *, etag: Optional[str] = None, last_modified: Optional[str] = None,
              follow: Optional[Callable[[str], bool]] = None) -> Response:
        """GET `url`, following redirects. With `etag` / `last_modified` the
        request is conditional and an unchanged page answers 304 (see
        Response.not_modified). `follow` may refuse a redirect target (e.g.
        another site). Raises FetchError, RobotsDisallowed."""
        first = _sendable(url, url, "not an http(s) URL", "not a usable URL")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, chain = first, [first]
        while True:
            rules = self.robots_for(current)
            if rules.unreachable:
                # not a verdict on the page: a later run may find the site up again
                raise FetchError(f"not requested: {rules.unreachable}", current, retryable=True)
            if not rules.allows(self.policy.user_agent, current):
                raise RobotsDisallowed(f"disallowed by robots.txt: {current}", current)
            answer = self._get(current, headers)
            if answer.status not in _REDIRECTS:
                break
            target = self._redirect_target(url, current, answer, chain, follow)
            chain.append(target)
            current = target
        if answer.status == 304 or 200 <= answer.status < 300:
            return Response(url=url, final_url=current, status=answer.status, headers=answer.headers,
                            body=answer.body, fetched_at=_now())
        raise FetchError(
            f"HTTP {answer.status} {answer.reason}".strip()
            + (f" after {self.policy.retries} retries" if answer.status in _RETRY_STATUSES else ""),
            current, status=answer.status, retryable=answer.status in _RETRY_STATUSES,
        )

    def robots_for(self, url: str) -> RobotsRules:
        """The robots.txt rules of `url`'s site, fetched once per site."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._robots_lock:
            rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin)
            delay = rules.crawl_delay(self.policy.user_agent)
            if delay:
                self.limiter.set_crawl_delay(host_key(origin), delay)
            with self._robots_lock:
                self._robots[origin] = rules
        return rules

    # ------------------------------------------------------------ inside

    def _redirect_target(self, url: str, current: str, answer: _Answer, chain: list[str],
                         follow: Optional[Callable[[str], bool]]) -> str:
        location = answer.headers.get("location")
        if not location:
            raise FetchError(f"HTTP {answer.status} redirect without a Location", current)
        try:
            # http.client reads header bytes as latin-1; servers send UTF-8 paths raw
            location = location.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
        target = urljoin(current, location.strip()).split("#", 1)[0]
        target = _sendable(target, url, "redirected to a non-http(s) address", "redirected to an unusable URL")
        if normalize_url(target) in {normalize_url(u) for u in chain}:
            raise FetchError("redirect loop: " + " -> ".join(chain + [target]), url)
        if len(chain) > self.policy.max_redirects:
            raise FetchError(f"more than {self.policy.max_redirects} redirects", url)
        if follow is not None and not follow(target):
            raise FetchError(f"redirected to another site: {target}", url)
        return target

    def _load_robots(self, origin: str) -> RobotsRules:
        url = origin + "/robots.txt"
        current, seen = url, {url}
        try:
            for _ in range(self.policy.max_redirects + 1):
                answer = self._get(current, {}, max_bytes=_ROBOTS_MAX_BYTES, truncate=True)
                if answer.status not in _REDIRECTS:
                    break
                target = urljoin(current, answer.headers.get("location", ""))
                if not is_web_url(target) or target in seen:
                    return RobotsRules(allow_all=True)  # redirects nowhere: as if there were none
                try:
                    target = to_ascii_url(target)
                except ValueError:
                    return RobotsRules(allow_all=True)
                seen.add(target)
                current = target
            else:
                return RobotsRules(allow_all=True)
        except FetchError as error:
            return RobotsRules(unreachable=f"robots.txt of {origin} could not be read: {error}")
        if 200 <= answer.status < 300:
            return RobotsRules.from_text(answer.body.decode("utf-8", errors="replace"))
        if 400 <= answer.status < 500 and answer.status != 429:
            return RobotsRules(allow_all=True)
        return RobotsRules(unreachable=f"robots.txt of {origin} could not be read: HTTP {answer.status}")

    def _get(self, url: str, headers: dict[str, str], max_bytes: Optional[int] = None,
             truncate: bool = False) -> _Answer:
        """One GET with retries; returns the last answer, raises on connection failure."""
        attempt = 0
        while True:
            self.limiter.wait(host_key(url))
            try:
                answer = self._request(url, headers, max_bytes or self.policy.max_bytes, truncate)
            except Transient as error:
                if attempt >= self.policy.retries:
                    raise FetchError(f"{error} (after {attempt} retries)", url, retryable=True) from None
                self._sleep(self._backoff(attempt, None))
            else:
                if answer.status not in _RETRY_STATUSES or attempt >= self.policy.retries:
                    return answer
                self._sleep(self._backoff(attempt, answer.headers.get("retry-after")))
            attempt += 1

    def _backoff(self, attempt: int, retry_after: Optional[str]) -> float:
        wait = self.policy.backoff * (2 ** attempt)
        asked = _retry_after_seconds(retry_after)
        if asked is not None:
            wait = max(wait, asked)
        return min(wait, self.policy.max_backoff)

    def _request(self, url: str, headers: dict[str, str], max_bytes: int, truncate: bool) -> _Answer:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.policy.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            **headers,
        })
        deadline = time.monotonic() + self.policy.total_timeout
        try:
            response = self._opener.open(request, timeout=self.policy.timeout)
        except urllib.error.HTTPError as error:
            response = error  # a non-2xx answer: its status and headers are what matter
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            raise Transient(_describe(error, self.policy.timeout)) from None
        try:
            status = response.status if response.status is not None else response.code
            answer_headers = {k.lower(): v for k, v in response.headers.items()}
            if not (200 <= status < 300):
                return _Answer(status, response.reason or "", answer_headers, b"")
            body = read_body(response, answer_headers, max_bytes, truncate, deadline, url)
            return _Answer(status, response.reason or "", answer_headers, body)
        except (http.client.HTTPException, OSError) as error:
            raise Transient(_describe(error, self.policy.timeout)) from None
        finally:
            response.close()


def _retry_after_seconds(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _describe(error: BaseException, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
        return f"timed out (no answer within {timeout:g} s)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason}"
    text = str(reason) or type(reason).__name__
    return f"connection failed: {text}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sendable(address: str, requested: str, not_web: str, unusable: str) -> str:
    """`address` as it can be sent (http or https, ASCII); FetchError about `requested` if it cannot."""
    if not is_web_url(address):
        raise FetchError(f"{not_web}: {address}", requested)
    try:
        return to_ascii_url(address)
    except ValueError as error:
        raise FetchError(f"{unusable}: {error}", requested) from None
