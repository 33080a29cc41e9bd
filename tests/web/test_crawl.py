import argparse
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from extractor.web.command import add_crawl_parser, run_crawl
from extractor.web.crawl import Crawler
from extractor.web.fetch import Fetcher
from extractor.web.progress import Progress
from extractor.web.urls import doc_id_for_url

from . import portal as site
from .conftest import FAST
from .naive_records import naive_extract

ARTICLE_PATHS = {a.path for a in site.GOOD_ARTICLES}


def crawl(portal, out: Path, **options):
    crawler = Crawler(out, Fetcher(FAST), extract=naive_extract, **options)
    return crawler.run([portal.url(site.CATEGORY)])


def ok_counts(portal) -> dict[str, int]:
    counts: dict[str, int] = {}
    for request in portal.requests:
        if request.status == 200 and request.path in ARTICLE_PATHS:
            counts[request.path] = counts.get(request.path, 0) + 1
    return counts


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_crawl_of_the_category(portal, tmp_path):
    summary = crawl(portal, tmp_path)

    assert ok_counts(portal) == {path: 1 for path in ARTICLE_PATHS}
    requested = portal.requested_paths()
    assert not [p for p in requested if p.startswith("/noi-bo/")]
    # only the category's listings and articles: no menus, sidebars, attachments
    for path in site.OFF_CATEGORY_PATHS + (site.PDF_PATH,):
        assert path not in requested
    assert requested.count("/robots.txt") == 1

    assert summary.articles == len(site.GOOD_ARTICLES)
    assert summary.listings == site.LISTING_PAGES
    assert summary.empty == 1
    assert summary.robots == [portal.url(site.DISALLOWED.path)]
    failed = dict(summary.failed)
    assert set(failed) == {portal.url(p) for p in (site.LOOP_PATHS[0], site.SLOW.path, site.HUGE_PATH,
                                                    site.MISSING_PATH)}
    assert "redirect loop" in failed[portal.url(site.LOOP_PATHS[0])]
    assert "timed out" in failed[portal.url(site.SLOW.path)]
    assert "too large" in failed[portal.url(site.HUGE_PATH)]
    assert "404" in failed[portal.url(site.MISSING_PATH)]


def test_records_come_from_article_text_only_and_point_into_the_saved_texts(portal, tmp_path):
    crawl(portal, tmp_path)
    records = read_jsonl(tmp_path / "records.jsonl")
    by_source = {}
    for record in records:
        by_source.setdefault(record["source"], []).append(record)
    articles = {portal.url(a.path): a for a in site.GOOD_ARTICLES}
    assert set(by_source) == set(articles)  # no record from a listing or a box
    for source, found in by_source.items():
        article = articles[source]
        expected = naive_extract(types.SimpleNamespace(doc_id="", source="", text=article.plain_text))
        assert [r["unit"] for r in found] == [r.unit for r in expected]
        assert [r["score"] for r in found] == [r.score for r in expected]
        text = (tmp_path / "texts" / f"{found[0]['doc_id']}.txt").read_bytes().decode("utf-8")
        assert text == article.plain_text
        for record in found:
            evidence = record["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_pages_jsonl_has_every_page_with_its_outcome(portal, tmp_path):
    crawl(portal, tmp_path)
    pages = {p["url"]: p for p in read_jsonl(tmp_path / "pages.jsonl")}
    tan_lac = pages[portal.url(site.TAN_LAC.path)]
    assert tan_lac["status"] == "fetched" and tan_lac["kind"] == "article"
    assert tan_lac["title"] == site.TAN_LAC.title and tan_lac["published"] == site.TAN_LAC.published
    assert tan_lac["content_hash"].startswith("sha256:") and tan_lac["fetched_at"]
    assert tan_lac["error"] is None and tan_lac["records"] == 1
    moved = pages[portal.url(site.OLD_LAC_THUY_PATH)]
    assert moved["final_url"] == portal.url(site.LAC_THUY.path)
    assert moved["doc_id"] == doc_id_for_url(portal.url(site.LAC_THUY.path))
    assert pages[portal.url(site.DISALLOWED.path)]["status"] == "robots"
    assert pages[portal.url(site.SLOW.path)]["status"] == "failed"
    assert "timed out" in pages[portal.url(site.SLOW.path)]["error"]
    assert pages[portal.url(site.MISSING_PATH)]["http_status"] == 404
    assert pages[portal.url(site.NO_TEXT_PATH)]["kind"] == "empty"
    assert pages[portal.url(site.listing_path(2))]["kind"] == "listing"
    fields = {"url", "final_url", "status", "title", "published", "fetched_at", "content_hash", "error"}
    assert all(fields <= set(p) for p in pages.values())


def test_a_second_run_fetches_nothing_again_but_what_may_pass_now(portal, tmp_path):
    crawl(portal, tmp_path)
    first_records = (tmp_path / "records.jsonl").read_text(encoding="utf-8")
    before = len(portal.requests)
    summary = crawl(portal, tmp_path)
    second_run = [r.path for r in portal.requests[before:]]
    # only the timed-out page is tried again: a loop, a 404 or an oversized page will not change
    assert set(second_run) == {"/robots.txt", site.SLOW.path}
    assert ok_counts(portal) == {path: 1 for path in ARTICLE_PATHS}
    assert summary.fetched == 0 and [u for u, _ in summary.failed] == [portal.url(site.SLOW.path)]
    assert (tmp_path / "records.jsonl").read_text(encoding="utf-8") == first_records
    assert not [p for p in portal.requested_paths() if p.startswith("/noi-bo/")]


def test_a_page_that_breaks_extraction_is_recorded_and_the_crawl_goes_on(portal, tmp_path):
    def extract(doc):
        if "Núi Thành" in doc.text:
            raise RuntimeError("boom")
        return naive_extract(doc)

    summary = Crawler(tmp_path, Fetcher(FAST), extract=extract).run([portal.url(site.CATEGORY)])
    assert dict(summary.failed)[portal.url(site.NUI_THANH.path)] == "extraction failed: RuntimeError('boom')"
    assert summary.articles == len(site.GOOD_ARTICLES) - 1
    pages = {p["url"]: p for p in read_jsonl(tmp_path / "pages.jsonl")}
    assert pages[portal.url(site.NUI_THANH.path)]["status"] == "failed"
    assert len(read_jsonl(tmp_path / "records.jsonl")) == len(site.GOOD_ARTICLES) - 1


def test_max_pages_then_resume(portal, tmp_path):
    first = crawl(portal, tmp_path, max_pages=5)
    assert first.requested == 5 and first.stopped_at_max_pages
    crawl(portal, tmp_path)
    assert ok_counts(portal) == {path: 1 for path in ARTICLE_PATHS}
    assert len(read_jsonl(tmp_path / "records.jsonl")) == len(site.GOOD_ARTICLES)


def test_refresh_asks_conditionally_and_keeps_unchanged_records(portal, tmp_path):
    crawl(portal, tmp_path)
    records = (tmp_path / "records.jsonl").read_text(encoding="utf-8")
    changed = site.Article(**{**vars(site.MAI_CHAU), "paragraphs": [
        "Năm 2024, chỉ số cải cách hành chính của huyện Mai Châu đạt 89,5 điểm, xếp thứ 2/10 huyện, thành phố."]})
    portal.replace_body(site.MAI_CHAU.path, site.article_html(changed).encode())
    before = len(portal.requests)

    summary = crawl(portal, tmp_path, refresh=True)

    again = portal.requests[before:]
    tan_lac = [r for r in again if r.path == site.TAN_LAC.path]
    assert [r.status for r in tan_lac] == [304] and "if-none-match" in tan_lac[0].headers
    assert [r.status for r in again if r.path == site.MAI_CHAU.path] == [200]
    assert summary.not_modified >= len(site.GOOD_ARTICLES) - 1
    mai_chau = [r for r in read_jsonl(tmp_path / "records.jsonl") if r["source"] == portal.url(site.MAI_CHAU.path)]
    assert [(r["unit"], r["score"]) for r in mai_chau] == [("Mai Châu", 89.5)]
    unchanged = [line for line in records.splitlines() if portal.url(site.MAI_CHAU.path) not in line]
    assert [line for line in (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
            if portal.url(site.MAI_CHAU.path) not in line] == unchanged


_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from naive_records import naive_extract
from extractor.web.crawl import Crawler
from extractor.web.fetch import Fetcher, FetchPolicy
policy = FetchPolicy(rate=8, timeout=0.5, retries=1, backoff=0.01)
Crawler(Path(sys.argv[1]), Fetcher(policy), extract=naive_extract).run([sys.argv[2]])
"""


def test_nothing_fetched_is_lost_when_the_crawl_is_killed(portal, tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(tmp_path), portal.url(site.CATEGORY), str(Path(__file__).parent)],
        cwd=Path(__file__).parents[2],
    )
    try:
        deadline = time.monotonic() + 20
        while len(ok_counts(portal)) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    assert len(ok_counts(portal)) >= 3, "the crawl did not get going"
    with sqlite3.connect(tmp_path / "state.sqlite") as db:
        saved = {url for (url,) in db.execute("SELECT url FROM pages WHERE status = 'fetched'")}
    before = len(portal.requests)

    crawl(portal, tmp_path)

    again = {portal.url(r.path) for r in portal.requests[before:]}
    assert not saved & again  # what was committed before the kill is not fetched again
    counts = ok_counts(portal)
    assert set(counts) == ARTICLE_PATHS
    assert sum(counts.values()) - len(counts) <= 1  # at most the page in flight, twice
    records = read_jsonl(tmp_path / "records.jsonl")
    assert sorted(r["source"] for r in records) == sorted(portal.url(p) for p in ARTICLE_PATHS)


def test_the_crawl_command(portal, tmp_path, monkeypatch):
    # the command extracts with the real pipeline; this test is about the command
    monkeypatch.setitem(sys.modules, "extractor.pipeline",
                        types.SimpleNamespace(extract_document=naive_extract))
    parser = argparse.ArgumentParser(prog="chiso")
    add_crawl_parser(parser.add_subparsers())
    args = parser.parse_args(["crawl", portal.url(site.CATEGORY), "--out", str(tmp_path), "--rate", "0"])
    stderr = io.StringIO()

    assert args.func(args, stderr=stderr) == 0

    # with the default timeouts and size limit, the slow page and the 3 MB page are read
    summary = stderr.getvalue()
    assert "pages fetched: 14 (articles 10, listings 3, attachments 0, without article text 1)" in summary
    assert "not modified: 0" in summary
    assert f"skipped (robots.txt): 1\n  {portal.url(site.DISALLOWED.path)}\n" in summary
    assert f"failed: 2\n  {portal.url(site.LOOP_PATHS[0])}: redirect loop" in summary
    assert f"  {portal.url(site.MISSING_PATH)}: HTTP 404 Not Found\n" in summary
    assert f"records written: 9 to {tmp_path / 'records.jsonl'}" in summary  # the report states no score
    assert "\r" not in summary  # no progress line: stderr is not a terminal
    user_agents = {r.headers["user-agent"] for r in portal.requests}
    assert len(user_agents) == 1 and user_agents.pop().startswith("chiso/")


def test_the_crawl_command_refuses_non_web_urls(tmp_path):
    parser = argparse.ArgumentParser(prog="chiso")
    add_crawl_parser(parser.add_subparsers())
    args = parser.parse_args(["crawl", "file:///etc/passwd", "--out", str(tmp_path)])
    stderr = io.StringIO()
    assert run_crawl(args, stderr=stderr) == 2
    assert "not an http(s) URL" in stderr.getvalue()
    with pytest.raises(SystemExit):
        parser.parse_args(["crawl", "http://x.gov.vn/", "--out", str(tmp_path), "--max-pages", "0"])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_only():
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress(stream, interval=0)
        progress.update(queued=3, fetched=5, failed=1, records=7)
        progress.close()
    assert terminal.getvalue() == "\rqueued 3 · fetched 5 · failed 1 · records 7\n"
    assert pipe.getvalue() == ""
