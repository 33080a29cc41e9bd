"""`chiso extract` on decisions and legacy text: records, and the saved text their evidence points into."""
from __future__ import annotations

import json

from extractor.cli import main

from test_legacy import SENTENCE, tcvn3_bytes


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_pdf_and_docx_records_point_into_the_saved_texts(decision_pdf, decision_docx, tmp_path):
    out = tmp_path / "out" / "records.jsonl"
    assert main(["extract", str(decision_pdf), str(decision_docx), "-o", str(out), "-q"]) == 0
    records = _records(out)
    # two inputs, two doc_ids, even where the files share a name ("decision.pdf", "decision.docx")
    assert len({r["doc_id"] for r in records}) == 2
    assert any(r["type"] == "reference" for r in records)
    assert sum(r["type"] == "result" for r in records) > 100
    for record in records:
        saved = (out.parent / "texts" / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
        evidence = record["evidence"]
        assert saved[evidence["start"]:evidence["end"]] == evidence["text"]


def test_tcvn3_text_file_is_read_as_unicode(tmp_path):
    source = tmp_path / "legacy.txt"
    source.write_bytes(tcvn3_bytes(SENTENCE))
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(source), "-o", str(out), "-q"]) == 0
    (record,) = [r for r in _records(out) if r["type"] == "result"]
    assert record["unit"] == "Núi Thành" and record["score"] == 87.93
    saved = (tmp_path / "texts" / "legacy.txt").read_text(encoding="utf-8")
    assert saved[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
