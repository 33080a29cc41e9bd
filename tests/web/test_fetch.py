import gzip
import time

import pytest

from extractor.readers import ReadError
from extractor.web.fetch import Fetcher, FetchError, FetchPolicy, RobotsDisallowed
from extractor.web.politeness import HostRateLimiter

from . import portal as site
from .conftest import FAST
from .portal import Portal, Route


def test_user_agent_names_chiso(portal, fetcher):
    fetcher.fetch(portal.url(site.TAN_LAC.path))
    agents = {r.headers["user-agent"] for r in portal.requests}
    assert len(agents) == 1 and agents.pop().startswith("chiso/")


def test_robots_txt_is_read_once_and_a_disallowed_url_is_never_requested(portal, fetcher):
    with pytest.raises(RobotsDisallowed) as raised:
        fetcher.fetch(portal.url(site.DISALLOWED.path))
    assert isinstance(raised.value, ReadError) and "robots.txt" in str(raised.value)
    fetcher.fetch(portal.url(site.TAN_LAC.path))
    assert portal.requested_paths() == ["/robots.txt", site.TAN_LAC.path]


def test_a_redirect_into_a_disallowed_section_is_not_followed():
    routes = {"/robots.txt": Route(b"User-agent: *\nDisallow: /noi-bo/\n", content_type="text/plain"),
              "/cu.html": Route(status=301, location="/noi-bo/moi.html"),
              "/noi-bo/moi.html": Route(b"<html><body>secret</body></html>")}
    with Portal(routes) as server:
        with pytest.raises(RobotsDisallowed):
            Fetcher(FAST).fetch(server.url("/cu.html"))
        assert "/noi-bo/moi.html" not in server.requested_paths()


def test_robots_txt_that_cannot_be_reached_forbids_the_site_for_now():
    routes = {"/robots.txt": Route(b"down", status=503, content_type="text/plain"),
              "/a.html": Route(b"<html><body>a</body></html>")}
    with Portal(routes) as server:
        with pytest.raises(FetchError, match="robots.txt .* could not be read: HTTP 503") as raised:
            Fetcher(FAST).fetch(server.url("/a.html"))
        assert raised.value.retryable and not isinstance(raised.value, RobotsDisallowed)
        assert "/a.html" not in server.requested_paths()


def test_a_missing_robots_txt_allows_everything():
    with Portal({"/a.html": Route(b"<html><body>a</body></html>")}) as server:
        assert Fetcher(FAST).fetch(server.url("/a.html")).status == 200


def test_redirects_are_followed_to_the_final_url(portal, fetcher):
    response = fetcher.fetch(portal.url(site.OLD_LAC_THUY_PATH))
    assert response.final_url == portal.url(site.LAC_THUY.path)
    assert response.url == portal.url(site.OLD_LAC_THUY_PATH)
    assert site.LAC_THUY.paragraphs[0].encode() in response.body


def test_a_redirect_loop_stops_at_once(portal, fetcher):
    with pytest.raises(FetchError, match="redirect loop") as raised:
        fetcher.fetch(portal.url(site.LOOP_PATHS[0]))
    assert not raised.value.retryable
    assert portal.requested_paths().count(site.LOOP_PATHS[0]) == 1


def test_redirects_are_bounded():
    routes = {f"/r{i}": Route(status=302, location=f"/r{i + 1}") for i in range(10)}
    with Portal(routes) as server:
        with pytest.raises(FetchError, match="more than 3 redirects"):
            Fetcher(FetchPolicy(rate=0, max_redirects=3)).fetch(server.url("/r0"))
        assert server.requested_paths() == ["/robots.txt", "/r0", "/r1", "/r2", "/r3"]


def test_vietnamese_in_urls_and_in_redirects_is_sent_escaped():
    escaped = "/tin-t%E1%BB%A9c/ch%E1%BB%89-s%E1%BB%91.html"
    raw_utf8_location = "/tin-tức/chỉ-số.html".encode("utf-8").decode("latin-1")  # as servers send it
    routes = {escaped: Route(b"<html><body>ok</body></html>"),
              "/cu.html": Route(status=301, location=raw_utf8_location)}
    with Portal(routes) as server:
        fetcher = Fetcher(FAST)
        assert fetcher.fetch(server.url("/tin-tức/chỉ-số.html")).status == 200
        assert fetcher.fetch(server.url("/cu.html")).final_url == server.url(escaped)
        assert server.requested_paths() == ["/robots.txt", escaped, "/cu.html", escaped]


def test_only_http_and_https(fetcher):
    for url in ("file:///etc/passwd", "ftp://example.gov.vn/a", "javascript:alert(1)"):
        with pytest.raises(FetchError, match="not an http"):
            fetcher.fetch(url)


def test_a_redirect_to_another_scheme_is_refused():
    with Portal({"/a": Route(status=302, location="file:///etc/passwd")}) as server:
        with pytest.raises(FetchError, match="non-http"):
            Fetcher(FAST).fetch(server.url("/a"))


def test_the_caller_can_refuse_a_redirect_target():
    with Portal({"/a": Route(status=302, location="http://elsewhere.example/b")}) as server:
        with pytest.raises(FetchError, match="another site"):
            Fetcher(FAST).fetch(server.url("/a"), follow=lambda url: "elsewhere" not in url)


def test_a_body_over_the_limit_is_refused_while_reading(portal, fetcher):
    # the server sends no Content-Length: only counting the bytes can stop it
    with pytest.raises(FetchError, match="too large") as raised:
        fetcher.fetch(portal.url(site.HUGE_PATH))
    assert not raised.value.retryable


def test_a_declared_length_over_the_limit_is_refused_before_reading(portal):
    small = Fetcher(FetchPolicy(rate=0, max_bytes=10_000))
    with pytest.raises(FetchError, match=r"too large: \d[\d,]* bytes"):
        small.fetch(portal.url(site.TAN_LAC.path))


def test_compressed_bodies_are_inflated_and_the_limit_applies_after(portal):
    page = b"<html><body>" + b"<p>chi so cai cach hanh chinh</p>" * 5000 + b"</body></html>"
    routes = {"/gz": Route(gzip.compress(page), content_type="text/html", headers={"Content-Encoding": "gzip"})}
    with Portal(routes) as server:
        assert Fetcher(FAST).fetch(server.url("/gz")).body == page
        with pytest.raises(FetchError, match="too large"):
            Fetcher(FetchPolicy(rate=0, max_bytes=len(page) // 2)).fetch(server.url("/gz"))


def test_a_slow_page_times_out_and_may_pass_later(portal, fetcher):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out") as raised:
        fetcher.fetch(portal.url(site.SLOW.path))
    assert raised.value.retryable
    assert time.monotonic() - started < site.SLOW_SECONDS
    assert portal.requested_paths().count(site.SLOW.path) == FAST.retries + 1


def test_a_page_that_trickles_in_is_given_up_on():
    routes = {"/drip": Route(b"<html><body>" + b"x" * 20_000 + b"</body></html>", trickle=0.05)}
    with Portal(routes) as server:
        fetcher = Fetcher(FetchPolicy(rate=0, timeout=1, total_timeout=0.3, retries=0))
        started = time.monotonic()
        with pytest.raises(FetchError, match="too long"):
            fetcher.fetch(server.url("/drip"))
        assert time.monotonic() - started < 0.6


def test_a_server_error_is_retried(portal, fetcher):
    response = fetcher.fetch(portal.url(site.LUONG_SON.path))
    assert response.status == 200
    assert [r.status for r in portal.requested(site.LUONG_SON.path)] == [500, 200]


def test_retries_back_off_and_honour_retry_after():
    waits = []
    routes = {"/busy": Route(b"busy", status=503, content_type="text/plain", headers={"Retry-After": "3"})}
    with Portal(routes) as server:
        fetcher = Fetcher(FetchPolicy(rate=0, retries=3, backoff=0.5, max_backoff=10), sleep=waits.append)
        with pytest.raises(FetchError, match="HTTP 503") as raised:
            fetcher.fetch(server.url("/busy"))
    assert raised.value.retryable and raised.value.status == 503
    assert waits == [3.0, 3.0, 3.0]  # Retry-After is longer than 0.5, 1, 2


def test_backoff_doubles_up_to_its_ceiling():
    waits = []
    with Portal({"/x": Route(b"x", status=502, content_type="text/plain")}) as server:
        fetcher = Fetcher(FetchPolicy(rate=0, retries=4, backoff=1, max_backoff=5), sleep=waits.append)
        with pytest.raises(FetchError):
            fetcher.fetch(server.url("/x"))
    assert waits == [1, 2, 4, 5]


def test_connection_errors_are_retried_then_reported():
    waits = []
    with Portal({}) as server:
        url = server.url("/a")
    # the server is gone: nothing listens on the port any more
    fetcher = Fetcher(FetchPolicy(rate=0, retries=2, backoff=0.01), sleep=waits.append)
    with pytest.raises(FetchError, match="connection") as raised:
        fetcher.fetch(url)
    assert raised.value.retryable and len(waits) == 2


def test_a_client_error_is_not_retried():
    with Portal({}) as server:
        with pytest.raises(FetchError, match="HTTP 404") as raised:
            Fetcher(FAST).fetch(server.url("/gone.html"))
        assert not raised.value.retryable
        assert server.requested_paths().count("/gone.html") == 1


def test_conditional_get_answers_not_modified(portal, fetcher):
    first = fetcher.fetch(portal.url(site.TAN_LAC.path))
    again = fetcher.fetch(portal.url(site.TAN_LAC.path), etag=first.headers["etag"],
                          last_modified=first.headers["last-modified"])
    assert again.not_modified and again.body == b""
    sent = portal.requested(site.TAN_LAC.path)[-1].headers
    assert sent["if-none-match"] == first.headers["etag"]
    assert sent["if-modified-since"] == site.LAST_MODIFIED


def test_requests_to_a_host_are_paced(portal):
    fetcher = Fetcher(FetchPolicy(rate=10))
    started = time.monotonic()
    for article in site.GOOD_ARTICLES[:4]:
        fetcher.fetch(portal.url(article.path))
    # robots.txt and four pages: five requests, at least 0.1 s apart
    assert time.monotonic() - started >= 0.4


def test_the_rate_limiter_books_one_slot_per_interval_per_host():
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(round(seconds, 3))
        now[0] += seconds

    limiter = HostRateLimiter(1.0, clock=lambda: now[0], sleep=sleep)
    limiter.wait("a.gov.vn")
    limiter.wait("b.gov.vn")  # another host: no wait
    limiter.wait("a.gov.vn")
    now[0] += 5
    limiter.wait("a.gov.vn")  # long after: no wait
    limiter.set_crawl_delay("a.gov.vn", 3)
    limiter.wait("a.gov.vn")
    assert slept == [1.0, 1.0]


def test_crawl_delay_in_robots_txt_is_obeyed():
    waits = []
    robots = Route(b"User-agent: *\nCrawl-delay: 7\nDisallow:\n", content_type="text/plain")
    with Portal({"/robots.txt": robots, "/a": Route(b"<html><body>a</body></html>")}) as server:
        fetcher = Fetcher(FetchPolicy(rate=0), sleep=waits.append)
        fetcher.fetch(server.url("/a"))
        fetcher.fetch(server.url("/a"))
    assert len(waits) == 1 and 6.5 < waits[0] <= 7
