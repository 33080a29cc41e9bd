"""Web pages per second: fetching, main text and metadata, and record extraction.

    .venv/bin/python benchmarks/web_throughput.py [--rounds 30]

Serves the fixture portal of the web tests (tests/web/portal.py: article
pages of about 47 KB, heavy with menus, related-news boxes, comments and
footers, one of them in windows-1258) on 127.0.0.1, fetches its articles
with the rate limit off, and times in one process:

  fetch + parse + extract   Fetcher.fetch, read_page, extract_document
  parse + extract           read_page and extract_document on bodies in memory
  parse only                read_page (decoding, boilerplate rules, trafilatura, metadata)

Rates are pages per second of wall time and per second of this process's
CPU time (the per-core figure; in the fetch case the CPU time includes the
portal's server threads, which run in this process too).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "web"))

import portal as fixture  # noqa: E402

from extractor.web.fetch import Fetcher, FetchPolicy  # noqa: E402
from extractor.web.page import page_document, read_page  # noqa: E402


def timed(label: str, pages: int, work) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<26} {pages:5d} pages  {pages / wall:8.1f} pages/s  {pages / cpu:8.1f} pages/s per CPU second")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="passes over the fixture's articles")
    args = parser.parse_args()
    try:
        from extractor.pipeline import extract_document
    except ImportError as error:
        extract_document = None
        print(f"record extraction not available ({error}): timing parsing only", file=sys.stderr)

    with fixture.Portal() as server:
        fetcher = Fetcher(FetchPolicy(rate=0))
        urls = [server.url(article.path) for article in fixture.GOOD_ARTICLES]
        responses = [fetcher.fetch(url) for url in urls]  # also warms up imports and caches
        for response in responses:
            page = read_page(response)
            if extract_document is not None:
                extract_document(page_document(response, page))
        pages = len(urls) * args.rounds
        print(f"{len(urls)} fixture articles, {sum(len(r.body) for r in responses) // len(urls) // 1024} KB "
              f"of HTML each on average, {args.rounds} rounds")

        if extract_document is not None:
            def fetch_parse_extract() -> None:
                for _ in range(args.rounds):
                    for url in urls:
                        response = fetcher.fetch(url)
                        extract_document(page_document(response, read_page(response)))

            def parse_extract() -> None:
                for _ in range(args.rounds):
                    for response in responses:
                        extract_document(page_document(response, read_page(response)))

            timed("fetch + parse + extract", pages, fetch_parse_extract)
            timed("parse + extract", pages, parse_extract)

        def parse_only() -> None:
            for _ in range(args.rounds):
                for response in responses:
                    read_page(response)

        timed("parse only", pages, parse_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
