"""Articles per second and peak memory of `chiso extract`, beside underthesea's ner().

    .venv/bin/python benchmarks/throughput.py [--articles 2000] [--ner 50]

Builds a corpus by varying the dev texts (../shared/eval/dev/texts, or
corpora/ when ../shared is absent): each copy gets other numbers, other
years and its paragraphs in another order, so no two articles are alike.
Runs `chiso extract` on it in one process at several corpus sizes (peak
memory should stay flat as the corpus grows), then underthesea's ner() on
50 of the same articles, and prints both rates and their ratio.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev" / "texts"


def seed_texts() -> list[str]:
    folder = DEV if DEV.is_dir() else REPO / "corpora"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """Another article of the same shape: numbers, years and paragraph order changed."""
    def number(match: re.Match) -> str:
        whole, _, fraction = match.group().partition(",")
        value = max(1, int(whole) + rng.randint(-3, 3))
        return f"{value},{fraction}" if fraction else str(value)

    text = re.sub(r"\b\d{1,2}(?:,\d+)?\b", number, text)
    text = re.sub(r"\b20(1\d|2[0-4])\b", lambda m: str(2015 + rng.randint(0, 9)), text)
    paragraphs = text.split("\n\n")
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    return "\n\n".join(head + rest)


def build_corpus(folder: Path, count: int, rng: random.Random) -> list[Path]:
    seeds = seed_texts()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article_{i:06d}.txt"
        path.write_text(vary(seeds[i % len(seeds)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def run_chiso(folder: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one `chiso extract` process."""
    command = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(out), "-q"]
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    if status != 0:
        raise SystemExit(f"chiso extract failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def startup_seconds(tmp: Path) -> float:
    empty = tmp / "empty"
    empty.mkdir(exist_ok=True)
    (empty / "one.txt").write_text("x", encoding="utf-8")
    seconds, _ = run_chiso(empty, tmp / "empty.jsonl")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--ner", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        startup = startup_seconds(tmp)
        print(f"start-up (load rules, gazetteer, models): {startup:.2f} s")
        sizes = sorted({max(1, args.articles // 4), args.articles // 2, args.articles, args.articles * 2})
        corpus = build_corpus(tmp / "corpus", max(sizes), rng)
        nbytes = sum(p.stat().st_size for p in corpus[:args.articles])
        print(f"corpus: {args.articles} articles, {nbytes / args.articles / 1000:.1f} kB each on average")
        rate = None
        for size in sizes:
            folder = tmp / f"size_{size}"
            folder.mkdir()
            for path in corpus[:size]:
                (folder / path.name).symlink_to(path)
            seconds, peak = run_chiso(folder, tmp / f"out_{size}.jsonl")
            records = sum(1 for _ in open(tmp / f"out_{size}.jsonl", encoding="utf-8"))
            per_second = size / max(seconds - startup, 1e-9)
            print(f"chiso extract: {size:6d} articles in {seconds:6.2f} s ({per_second:7.1f} articles/s after start-up, "
                  f"{size / seconds:7.1f} overall), peak memory {peak:6.1f} MiB, {records} records")
            if size == args.articles:
                rate = per_second

        from underthesea import ner

        texts = [p.read_text(encoding="utf-8") for p in corpus[:args.ner]]
        ner(texts[0][:200])  # load the model outside the timing
        began = time.perf_counter()
        for text in texts:
            ner(text)
        ner_rate = len(texts) / (time.perf_counter() - began)
        print(f"underthesea ner(): {len(texts)} articles, {ner_rate:.1f} articles/s")
        print(f"chiso / ner(): {rate / ner_rate:.0f}x (one process, one core)")


if __name__ == "__main__":
    main()
