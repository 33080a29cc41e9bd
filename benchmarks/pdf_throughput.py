"""Pages per second of chiso's PDF reader beside pdfplumber's plain
extract_text, on the same files in the same run.

    .venv/bin/python benchmarks/pdf_throughput.py [file.pdf ...]

With no file given it reads the made-up three-page decision of the test
suite, and the 58-page TCVN3 report in ../shared/legacy-encoding/ when that
is there.  The reader does more than extract_text (tables, page furniture,
legacy-font conversion); the target is to stay within 2x of its time.
Exits 1 when a file is read more than 2x slower.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "documents"))

from extractor.readers.pdf import read_pdf  # noqa: E402

LIMIT = 2.0
ROUNDS = 3


def _best_of(function, rounds: int = ROUNDS) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _plain(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def measure(path: Path) -> tuple[int, float, float]:
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    plain = _best_of(lambda: _plain(path))
    ours = _best_of(lambda: read_pdf(path, str(path)))
    return pages, plain, ours


def default_files(workdir: Path) -> list[Path]:
    from decision_fixture import expected_values, font_files, make_decision_pdf

    files = []
    if font_files() is not None:
        files.append(make_decision_pdf(workdir / "decision.pdf", expected_values()))
    legacy = REPO / ".." / "shared" / "legacy-encoding" / "2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf"
    if legacy.exists():
        files.append(legacy)
    return files


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="chiso-bench-") as workdir:
        files = [Path(a) for a in argv] or default_files(Path(workdir))
        if not files:
            print("no PDF to measure")
            return 1
        slow = False
        print(f"{'file':45} {'pages':>5} {'extract_text p/s':>17} {'chiso p/s':>10} {'ratio':>6}")
        for path in files:
            pages, plain, ours = measure(path)
            ratio = ours / plain
            slow |= ratio > LIMIT
            print(f"{path.name[:45]:45} {pages:5d} {pages / plain:17.1f} {pages / ours:10.1f} {ratio:6.2f}")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
