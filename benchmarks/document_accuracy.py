"""The acceptance figures of reading decisions and legacy files, measured.

    .venv/bin/python benchmarks/document_accuracy.py

- table cells landing in the right record, from the generated 3-page
  decision with a text layer and from its 300 dpi scan (OCR);
- character accuracy of every file in ../shared/legacy-encoding against its
  Unicode transcript.

The fixtures and the scoring are the test suite's (tests/documents/).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "documents"))

from decision_fixture import expected_values, make_decision_pdf, rasterize  # noqa: E402
from scoring import cell_misses, character_accuracy  # noqa: E402

from extractor.readers import read_path  # noqa: E402
from extractor.tables import records_from_tables  # noqa: E402

LEGACY = REPO.parent / "shared" / "legacy-encoding"


def main() -> None:
    expected = expected_values()
    cells = expected.cell_count()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_decision_pdf(Path(tmp) / "decision.pdf", expected)
        scan = rasterize(pdf, Path(tmp) / "decision-scan.pdf", dpi=300)
        for label, path in (("text layer", pdf), ("300 dpi scan", scan)):
            misses = cell_misses(expected, records_from_tables(read_path(path)))
            print(f"table cells in the right record, {label:12}: {cells - len(misses)}/{cells} "
                  f"= {(cells - len(misses)) / cells:.2%}")
            for miss in misses:
                print(f"    missed: {miss}")
    if not LEGACY.is_dir():
        print("../shared/legacy-encoding is not there: no character accuracy")
        return
    for source in sorted(LEGACY.iterdir()):
        if source.suffix not in (".doc", ".pdf"):
            continue
        transcript = (LEGACY / f"{source.stem}.unicode-transcript.txt").read_text(encoding="utf-8")
        doc = read_path(source)
        accuracy = character_accuracy(doc.text, transcript)
        print(f"character accuracy {source.name:50} {doc.metadata.get('legacy_encoding', '?'):6} {accuracy:.2%}")


if __name__ == "__main__":
    main()
