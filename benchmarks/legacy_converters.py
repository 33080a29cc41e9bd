"""Our TCVN3/VNI converter against viparse's, on the real legacy files.

    .venv/bin/python benchmarks/legacy_converters.py

For every file in ../shared/legacy-encoding, the readers' raw text (before
any conversion) is converted by extractor/readers/legacy.py and, where
viparse is installed (`pip install viparse==0.1.31`), by `viparse.fix`; each
result's character accuracy against the file's Unicode transcript and the
time the conversion took are printed, then the means.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LEGACY = REPO.parent / "shared" / "legacy-encoding"
sys.path.insert(0, str(REPO / "tests" / "documents"))


def raw_text(path: Path) -> str:
    """What the reader gives before the legacy conversion: detection switched off for one read."""
    from extractor.readers import legacy, read_path

    detect = legacy.detect_encoding
    legacy.detect_encoding = lambda text: None
    try:
        return read_path(path).text
    finally:
        legacy.detect_encoding = detect


def ours(text: str) -> str:
    from extractor.readers import legacy

    encoding = legacy.detect_encoding(text)
    return legacy.convert(text, encoding) if encoding else text


def main() -> None:
    if not LEGACY.is_dir():
        raise SystemExit("../shared/legacy-encoding is not there")
    from scoring import character_accuracy

    try:
        import viparse
    except ModuleNotFoundError:
        viparse = None
        print("viparse is not installed: only our converter is measured")
    converters = {"ours": ours}
    if viparse is not None:
        converters["viparse"] = viparse.fix
    scores: dict[str, list[float]] = {name: [] for name in converters}
    for source in sorted(LEGACY.iterdir()):
        if source.suffix not in (".doc", ".pdf"):
            continue
        transcript = (LEGACY / f"{source.stem}.unicode-transcript.txt").read_text(encoding="utf-8")
        raw = raw_text(source)
        line = f"{source.name:50} raw {character_accuracy(raw, transcript):7.2%}"
        for name, convert in converters.items():
            began = time.perf_counter()
            converted = convert(raw)
            seconds = time.perf_counter() - began
            accuracy = character_accuracy(converted, transcript)
            scores[name].append(accuracy)
            line += f"  {name} {accuracy:7.2%} in {1000 * seconds:6.1f} ms"
        print(line, flush=True)
    for name, values in scores.items():
        print(f"{name}: mean {statistics.mean(values):.2%}, lowest {min(values):.2%} ({len(values)} files)")


if __name__ == "__main__":
    main()
