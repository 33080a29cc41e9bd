"""The `chiso crawl` command."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Optional, TextIO

from .crawl import Crawler, CrawlSummary
from .fetch import Fetcher, FetchPolicy
from .progress import Progress
from .urls import is_web_url


def add_crawl_parser(subparsers) -> argparse.ArgumentParser:
    """Register `crawl` on an argparse subparsers object; sets func=run_crawl."""
    parser = subparsers.add_parser(
        "crawl",
        help="follow a portal section's listings to its articles and extract records",
        description=(
            "Fetch START_URL (a listing such as a 'Cải cách hành chính' category, or an article), "
            "follow its article links and pagination on the same site, and extract records from "
            "every article. Writes DIR/records.jsonl, DIR/texts/<doc_id>.txt (the text evidence "
            "offsets point into), DIR/pages.jsonl and DIR/state.sqlite. Run again to resume. "
            "robots.txt is obeyed."
        ),
    )
    parser.add_argument("start_urls", nargs="+", metavar="START_URL")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output directory")
    parser.add_argument("--max-pages", type=_positive_int, metavar="N",
                        help="fetch at most N pages in this run (a later run continues)")
    parser.add_argument("--rate", type=float, default=1.0, metavar="R",
                        help="at most R requests per second to a host (default 1; 0 for no limit)")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch pages again that an earlier run fetched, conditionally "
                             "(unchanged pages answer 304 and keep their records)")
    parser.add_argument("--attachments", action="store_true",
                        help="also fetch the files articles link to (a decision's .pdf, .doc, .docx, on the "
                             "site or its file host; the type is read from the content) and extract them")
    parser.set_defaults(func=run_crawl)
    return parser


def run_crawl(args: argparse.Namespace, stderr: Optional[TextIO] = None) -> int:
    """Run the crawl; exit code 0 when it ran to its end (failed pages are
    listed in the summary), 1 when interrupted, 2 for unusable arguments."""
    stderr = stderr or sys.stderr
    bad = [url for url in args.start_urls if not is_web_url(url)]
    if bad:
        print(f"chiso crawl: not an http(s) URL: {', '.join(bad)}", file=stderr)
        return 2
    if args.rate < 0:
        print("chiso crawl: --rate must be 0 (no limit) or more", file=stderr)
        return 2
    fetcher = Fetcher(FetchPolicy(rate=args.rate))
    crawler = Crawler(args.out, fetcher, max_pages=args.max_pages, refresh=args.refresh,
                      progress=Progress(stderr), attachments=args.attachments)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if in_main_thread else None
    try:
        summary = crawler.run(args.start_urls)
    except KeyboardInterrupt:
        print_summary(crawler.summary, args.out, stderr)
        print("interrupted: run the same command again to resume", file=stderr)
        return 1
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
    print_summary(summary, args.out, stderr)
    return 0


def print_summary(summary: CrawlSummary, out_dir: Path, stream: TextIO) -> None:
    print(f"pages fetched: {summary.fetched} (articles {summary.articles}, listings {summary.listings}, "
          f"attachments {summary.attachments}, without article text {summary.empty})", file=stream)
    print(f"not modified: {summary.not_modified}", file=stream)
    print(f"skipped (robots.txt): {len(summary.robots)}", file=stream)
    for url in summary.robots:
        print(f"  {url}", file=stream)
    if summary.skipped:
        print(f"skipped (not a web page): {len(summary.skipped)}", file=stream)
        for url, reason in summary.skipped:
            print(f"  {url}: {reason}", file=stream)
    print(f"failed: {len(summary.failed)}", file=stream)
    for url, reason in summary.failed:
        print(f"  {url}: {reason}", file=stream)
    print(f"records written: {summary.records_total} to {out_dir / 'records.jsonl'} "
          f"({summary.records_new} from articles fetched in this run)", file=stream)
    if summary.stopped_at_max_pages:
        print("stopped at --max-pages: run again to continue", file=stream)


def _interrupt(signum, frame) -> None:
    # SIGTERM ends the crawl like Ctrl-C: the current page is rolled back and
    # the output files are written from the database before exiting
    raise KeyboardInterrupt


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number
