"""The acceptance figures of reading decisions and legacy files, measured.

    .venv/bin/python benchmarks/document_accuracy.py

- table cells landing in the right record (recall), and the share of the
  records' values that are right (precision), from the generated 3-page
  decision with a text layer, from its clean 300 dpi scan, from the scan as
  offices make it (200 dpi, tilted about 1°, speckled, blurred, JPEG), and
  from that rough scan turned a quarter (all pages turned 90°), from a rough
  scan with a seal and a signature over cells, and from the same decision
  with its tables set without ruling lines (text layer, clean and rough
  scans) or with rules over and under the header only; with the
  seconds each scan's reading took per page and Tesseract's mean word
  confidence per page;
- character accuracy of every file in ../shared/legacy-encoding against its
  Unicode transcript.

The fixtures and the scoring are the test suite's (tests/documents/).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "documents"))

from decision_fixture import expected_values, make_decision_pdf, rasterize, rough_scan  # noqa: E402
from scoring import cell_misses, cell_precision  # noqa: E402

from extractor.readers import read_path  # noqa: E402
from extractor.readers.tables import records_from_tables  # noqa: E402

LEGACY = REPO.parent / "shared" / "legacy-encoding"


def _inputs(folder: Path, expected) -> list[tuple[str, Path]]:
    pdf = make_decision_pdf(folder / "decision.pdf", expected)
    return [
        ("text layer", pdf),
        ("300 dpi scan", rasterize(pdf, folder / "clean-scan.pdf", dpi=300)),
        ("rough scan", rough_scan(pdf, folder / "rough-scan.pdf", seed=1)),
        ("rough, 90°", rough_scan(pdf, folder / "rough-turned.pdf", seed=7, turn=90)),
        ("rough, stamped", rough_scan(pdf, folder / "rough-stamped.pdf", seed=3, stamped=True)),
    ] + _unruled_inputs(folder, expected)


def _unruled_inputs(folder: Path, expected) -> list[tuple[str, Path]]:
    """The same decision with its tables set without ruling lines, or with rules over and
    under the header only; the first also scanned."""
    bare = make_decision_pdf(folder / "no-lines.pdf", expected, rules="none")
    return [
        ("no lines, text layer", bare),
        ("header rules only, text layer", make_decision_pdf(folder / "header-rules.pdf", expected, rules="header")),
        ("no lines, 300 dpi scan", rasterize(bare, folder / "no-lines-scan.pdf", dpi=300)),
        ("no lines, rough scan", rough_scan(bare, folder / "no-lines-rough.pdf", seed=1)),
    ]


def main() -> None:
    expected = expected_values()
    cells = expected.cell_count()
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in _inputs(Path(tmp), expected):
            started = time.perf_counter()
            doc = read_path(path)
            seconds = time.perf_counter() - started
            records = records_from_tables(doc)
            misses = cell_misses(expected, records)
            right, given = cell_precision(expected, records)
            line = (f"{label:30}: recall {cells - len(misses)}/{cells} = {(cells - len(misses)) / cells:.2%}, "
                    f"precision {right}/{given} = {right / max(given, 1):.2%}")
            ocr_pages = doc.metadata.get("ocr_pages") or []
            if ocr_pages:
                confidence = doc.metadata.get("ocr_confidence")
                line += f"; {seconds / len(ocr_pages):.1f} s per page"
                if confidence:
                    line += ", confidence per page " + " ".join(f"{c:.0f}" for c in confidence.values())
            print(line, flush=True)
            for miss in misses:
                print(f"    missed: {miss}")
    if not LEGACY.is_dir():
        print("../shared/legacy-encoding is not there: no character accuracy")
        return
    from scoring import character_accuracy

    for source in sorted(LEGACY.iterdir()):
        if source.suffix not in (".doc", ".pdf"):
            continue
        transcript = (LEGACY / f"{source.stem}.unicode-transcript.txt").read_text(encoding="utf-8")
        doc = read_path(source)
        accuracy = character_accuracy(doc.text, transcript)
        print(f"character accuracy {source.name:50} {doc.metadata.get('legacy_encoding', '?'):6} {accuracy:.2%}")


if __name__ == "__main__":
    main()
