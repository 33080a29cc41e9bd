"""The acceptance figures of crawling, measured on the test suite's fixture portal.

    .venv/bin/python benchmarks/crawl_acceptance.py

Crawls the portal's category twice into one folder (a resumed run) with the
real pipeline and prints: how often each allowed article was fetched over
both runs, how many requests went to the robots.txt-disallowed section,
whether each article's records equal those of its plain text, and how many
records name a unit that only the page's boilerplate names.
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.web import portal as site  # noqa: E402
from tests.web.conftest import FAST  # noqa: E402

from extractor.document import Document  # noqa: E402
from extractor.normalize import fold  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402
from extractor.web.crawl import Crawler  # noqa: E402
from extractor.web.fetch import Fetcher  # noqa: E402


def _comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("doc_id", "source")}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, site.Portal() as portal:
        out = Path(tmp)
        for _ in range(2):
            Crawler(out, Fetcher(FAST)).run([portal.url(site.CATEGORY)])
        fetched = Counter(r.path for r in portal.requests if r.status == 200)
        counts = [fetched[a.path] for a in site.GOOD_ARTICLES]
        print(f"allowed articles: {len(counts)}; fetched once each over two runs: "
              f"{sum(c == 1 for c in counts)}/{len(counts)} (counts {counts})")
        disallowed = [p for p in portal.requested_paths() if p.startswith(site.DISALLOWED.path.rsplit('/', 1)[0])]
        print(f"requests to the robots.txt-disallowed section (server log): {len(disallowed)}")
        records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
        equal = 0
        for article in site.GOOD_ARTICLES:
            url = portal.url(article.path)
            from_web = [_comparable(r) for r in records if r["source"] == url]
            plain = Document(doc_id="plain", source="plain.txt", text=article.plain_text)
            from_text = [_comparable(json.loads(r.model_dump_json())) for r in extract_document(plain)]
            equal += from_web == from_text and bool(from_web)
        print(f"articles whose records equal those of their plain text: {equal}/{len(site.GOOD_ARTICLES)} "
              f"({len(records)} records)")
        by_url = {portal.url(a.path): a for a in site.GOOD_ARTICLES}
        strays = [r for r in records
                  if r["source"] not in by_url or (r.get("unit") and fold(r["unit"]) not in fold(by_url[r["source"]].plain_text))]
        print(f"records from listings or boilerplate: {len(strays)}")


if __name__ == "__main__":
    main()
