from __future__ import annotations

from extractor.cli import main

ARTICLE = "Năm 2022, chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm, xếp hạng 04/18 huyện.\n"


def test_explain_marks_mentions_and_lists_records(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["explain", str(source), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    import re

    labels = set(re.findall(r">\s*([A-Z?-]+)\s*<", page))
    assert {"UNIT", "INDEX", "SCORE", "RANK", "YEAR"} <= labels
    assert "1 records." in page and "Núi Thành" in page and "score=87.93" in page


def test_explain_reports_an_unreadable_file(tmp_path, capsys):
    source = tmp_path / "bad.txt"
    source.write_bytes(b"\x00\x01binary")
    assert main(["explain", str(source)]) == 1
    assert "binary file" in capsys.readouterr().err
