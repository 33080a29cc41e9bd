"""End to end with the real record pipeline: records from a crawled article
equal the records from the same article's plain text, and none come from
the boilerplate around it."""
import json

import pytest

from extractor.document import Document
from extractor.normalize import fold
from extractor.web.crawl import Crawler
from extractor.web.fetch import Fetcher

from . import portal as site
from .conftest import FAST

pipeline = pytest.importorskip("extractor.pipeline", reason="the record pipeline is not there yet")


def _comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("doc_id", "source")}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl")
    with site.Portal() as portal:
        Crawler(out, Fetcher(FAST)).run([portal.url(site.CATEGORY)])
        urls = {a.path: portal.url(a.path) for a in site.GOOD_ARTICLES}
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, urls, records


@pytest.mark.parametrize("article", site.GOOD_ARTICLES, ids=lambda a: a.path.split("/")[-1][:20])
def test_records_from_the_web_equal_records_from_the_plain_text(crawled, article):
    _, urls, records = crawled
    from_web = [_comparable(r) for r in records if r["source"] == urls[article.path]]
    plain = Document(doc_id="plain", source="plain.txt", text=article.plain_text)
    from_text = [_comparable(json.loads(r.model_dump_json())) for r in pipeline.extract_document(plain)]
    assert from_web == from_text
    assert from_web, "each fixture article states a score"


def test_no_record_from_listings_or_boilerplate(crawled):
    out, urls, records = crawled
    articles = {urls[a.path]: a for a in site.GOOD_ARTICLES}
    assert {r["source"] for r in records} <= set(articles)
    for record in records:
        article = articles[record["source"]]
        if record.get("unit"):
            assert fold(record["unit"]) in fold(article.plain_text), record
        text = (out / "texts" / f"{record['doc_id']}.txt").read_text(encoding="utf-8", errors="strict")
        evidence = record["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
