"""`chiso extract URL`: the page fetched, its records, its text saved beside them."""
import json

from extractor.cli import main

from . import portal as site


def test_extract_a_url_through_a_redirect(portal, tmp_path, capsys):
    out = tmp_path / "records.jsonl"
    code = main(["extract", portal.url(site.OLD_LAC_THUY_PATH), portal.url(site.CATEGORY), "-o", str(out)])
    assert code == 1  # the listing page is not an article: reported, and the batch went on
    err = capsys.readouterr().err
    assert "2 inputs: 1 done, 0 skipped, 1 failed" in err and "chiso crawl" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and {r["source"] for r in records} == {portal.url(site.LAC_THUY.path)}
    for record in records:
        saved = (tmp_path / "texts" / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
        evidence = record["evidence"]
        assert saved[evidence["start"]:evidence["end"]] == evidence["text"]
