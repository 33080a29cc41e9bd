"""The dev set's scores may not fall below the acceptance figures."""
from __future__ import annotations

import json
import subprocess
import sys

from extractor.cli import main


def test_dev_set_scores(shared, tmp_path):
    texts = shared / "eval" / "dev" / "texts"
    predictions = tmp_path / "pred.jsonl"
    assert main(["extract", str(texts), "-o", str(predictions), "-q"]) == 0
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "dev" / "gold.jsonl"),
         "--pred", str(predictions), "--texts", str(texts), "--json"],
        capture_output=True, text=True, check=True,
    )
    summary = json.loads(scored.stdout)
    assert summary["result"]["f1"] >= 0.90
    assert summary["target"]["f1"] >= 0.90
    assert summary["reference"]["f1"] >= 0.90
    assert summary["evidence_exact"] == 1.0
