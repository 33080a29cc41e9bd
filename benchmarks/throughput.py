"""Start-up, articles per CPU-second, peak memory, the workers' speed-up and a profile of `chiso extract`.

    .venv/bin/python benchmarks/throughput.py [--articles 5000] [--article-kb 1.3] [--workers N] [--ner 50] [--profile 300]

Builds a corpus by varying the dev texts (../shared/eval/dev/texts, or
corpora/ when ../shared is absent): each article is a run of whole
paragraphs of one text, about `--article-kb` kB long (1.3 by default, the
size of a news item; 0 keeps each text whole), with other numbers, other
years and its paragraphs in another order, so no two articles are alike.
Then prints:

- start-up: CPU seconds (user + system) of `chiso extract one.txt` on one
  article, the median of several runs;
- articles per CPU-second after start-up, and peak memory, of `chiso extract
  --workers 1` at several corpus sizes (memory should stay flat as the
  corpus grows);
- the wall-time speed-up of `--workers N` (default: every core) over
  `--workers 1` on the same articles, that their records are the same, and
  peak memory per process;
- a profile of the per-article path (cProfile, in this process, after
  start-up): what normalization, line and sentence splitting, language,
  the gazetteer look-ups, the value rules, assembly and the rest cost, and
  the profile's top lines;
- underthesea's ner() on `--ner` of the same articles, in CPU-seconds too,
  and the ratio.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import statistics
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


def pieces(text: str, size: int) -> list[str]:
    """The text cut into runs of whole paragraphs of about `size` bytes each (0: the text whole)."""
    if size <= 0:
        return [text]
    out, run, length = [], [], 0
    for paragraph in text.split("\n\n"):
        grown = length + len(paragraph.encode("utf-8")) + 2
        if run and abs(grown - size) > abs(length - size):  # the run is nearer the size without it
            out.append("\n\n".join(run))
            run, grown = [], len(paragraph.encode("utf-8")) + 2
        run.append(paragraph)
        length = grown
    if run:
        out.append("\n\n".join(run))
    return out


def build_corpus(folder: Path, count: int, rng: random.Random, article_bytes: int) -> list[Path]:
    seeds = [piece for text in seed_texts() for piece in pieces(text, article_bytes)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article_{i:06d}.txt"
        path.write_text(vary(seeds[i % len(seeds)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def chiso_command() -> list[str]:
    script = Path(sys.executable).parent / "chiso"
    return [str(script)] if script.exists() else [sys.executable, "-m", "extractor.cli"]


class Run:
    """One `chiso extract` process: wall and CPU seconds (its workers' included), peak memory."""

    def __init__(self, inputs: list[Path], out: Path, workers: int):
        command = chiso_command() + ["extract", *map(str, inputs), "-o", str(out), "-q", "--workers", str(workers)]
        began = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        self.wall = time.perf_counter() - began
        if status != 0:
            raise SystemExit(f"chiso extract failed with status {status}: {' '.join(command)}")
        # wait4 counts the children the process waited for (its workers) in its times,
        # and its peak memory is that of its largest process
        self.cpu = usage.ru_utime + usage.ru_stime
        self.peak_mib = usage.ru_maxrss / 1024
        self.records = sum(1 for _ in open(out, encoding="utf-8"))


def startup(tmp: Path, runs: int) -> float:
    one = tmp / "one.txt"
    one.write_text(seed_texts()[0], encoding="utf-8")
    Run([one], tmp / "one.jsonl", 1)  # the first run may write the gazetteer's prepared index
    return statistics.median(Run([one], tmp / "one.jsonl", 1).cpu for _ in range(runs))


def folder_of(tmp: Path, corpus: list[Path], size: int) -> Path:
    folder = tmp / f"size_{size}"
    if not folder.exists():
        folder.mkdir()
        for path in corpus[:size]:
            (folder / path.name).symlink_to(path)
    return folder


# What each stage of the per-article path costs, as the cumulative time of
# the functions that do it (module, function or Class.method). A rule run
# inside another stage (references) is counted in both.
STAGES = [
    ("normalization", ["normalize:normalize"]),
    ("lines, sentences and clauses", ["segment:lines", "segment:sentences", "segment:clauses"]),
    ("  of which underthesea's sent_tokenize", ["segment:sent_tokenize"]),
    ("language of each line", ["language:language_of"]),
    ("gazetteer look-ups", [f"gazetteer.gazetteer:Gazetteer.{name}" for name in
                            ("find_mentions", "find_english_mentions", "resolve", "lookup", "province",
                             "by_code", "districts_of")]),
    ("units of the text (gazetteer, agencies)", ["units:DocumentUnits.__init__"]),
    ("value and cue rule sets on clauses", ["patterns:RuleSet.find"]),
    ("  rules' matching, wherever run", ["patterns:Rule._finditer"]),
    ("index, component and agency names", ["patterns:IndexNames.find", "patterns:ComponentNames.find",
                                           "patterns:AgencyNames.find"]),
    ("references", ["references:find_references"]),
    ("tables written in text", ["readers.text_tables:find_text_tables"]),
    ("assembly (clauses to drafts)", ["assemble:read_clause"]),
]


def _code_keys(names: list[str]) -> set[tuple[str, int, str]]:
    """The profile's keys of functions named "module:qualname" (missing ones are left out)."""
    import importlib

    keys = set()
    for name in names:
        module, _, qualname = name.partition(":")
        target = importlib.import_module(f"extractor.{module}")
        for part in qualname.split("."):
            target = getattr(target, part, None)
        code = getattr(target, "__code__", None)
        if code is not None:
            keys.add((code.co_filename, code.co_firstlineno, code.co_name))
    return keys


def profile(texts: list[str]) -> None:
    from extractor.pipeline import extract_text

    # rules and gazetteer loaded outside the profile (a rule is compiled when a text first needs it)
    for text in texts[:100]:
        extract_text(text)
    profiler = cProfile.Profile()
    began = time.process_time()
    profiler.enable()
    for i, text in enumerate(texts):
        extract_text(text, doc_id=f"a{i}")
    profiler.disable()
    cpu = time.process_time() - began
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())  # every function's own time
    print(f"\nprofile of the per-article path: {len(texts)} articles in {cpu:.2f} CPU-s under cProfile "
          f"({len(texts) / cpu:.0f} articles/CPU-s profiled; the profiler slows it)")
    for label, functions in STAGES:
        keys = _code_keys(functions)
        seconds = sum(row[3] for key, row in stats.stats.items() if key in keys)
        print(f"  {label:40s} {seconds:6.3f} s  {100 * seconds / total:5.1f}%  "
              f"{1000 * seconds / len(texts):6.3f} ms/article")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print("  top lines by own time:")
    for line in lines[start:start + 16]:
        print("   " + line.replace(str(REPO) + os.sep, "").replace(sys.prefix, "<venv>"))


def ner_rate(texts: list[str]) -> float:
    from underthesea import ner

    ner(texts[0][:200])  # load the model outside the timing
    began = time.process_time()
    for text in texts:
        ner(text)
    return len(texts) / (time.process_time() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles in the corpus")
    parser.add_argument("--article-kb", type=float, default=1.3,
                        help="about how long an article is, in kB (0: each dev text whole)")
    parser.add_argument("--workers", type=int, default=None, help="for the speed-up (default: every core)")
    parser.add_argument("--ner", type=int, default=50)
    parser.add_argument("--profile", type=int, default=300, help="articles to profile")
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    from extractor.batch import default_workers

    workers = args.workers or default_workers()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cold = startup(tmp, args.startup_runs)
        bytecode = " (chiso's bytecode compiled each run: PYTHONDONTWRITEBYTECODE is set)" \
            if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
        print(f"start-up, `chiso extract one.txt` on one article: {cold:.2f} CPU-s "
              f"(median of {args.startup_runs}){bytecode}")

        sizes = sorted({max(1, args.articles // 4), args.articles // 2, args.articles, args.articles * 2})
        corpus = build_corpus(tmp / "corpus", max(sizes), rng, int(args.article_kb * 1000))
        nbytes = sum(p.stat().st_size for p in corpus[:args.articles])
        print(f"corpus: {args.articles} articles, {nbytes / args.articles / 1000:.1f} kB each on average")
        rate = None
        for size in sizes:
            run = Run([folder_of(tmp, corpus, size)], tmp / f"out_{size}.jsonl", 1)
            per_cpu = size / max(run.cpu - cold, 1e-9)
            megabytes = sum(p.stat().st_size for p in corpus[:size]) / 1e6
            print(f"--workers 1: {size:6d} articles in {run.wall:6.2f} s wall, {run.cpu:6.2f} CPU-s "
                  f"({per_cpu:6.0f} articles/CPU-s after start-up, "
                  f"{megabytes / max(run.cpu - cold, 1e-9):.2f} MB/CPU-s), peak memory {run.peak_mib:6.1f} MiB, "
                  f"{run.records} records")
            if size == args.articles:
                rate = per_cpu

        # the faster of two runs each, alternated: on a shared machine one run may meet another's load
        folder = folder_of(tmp, corpus, args.articles)
        runs = [(Run([folder], tmp / "w1.jsonl", 1), Run([folder], tmp / "wn.jsonl", workers)) for _ in range(2)]
        one = min((r[0] for r in runs), key=lambda r: r.wall)
        many = min((r[1] for r in runs), key=lambda r: r.wall)
        same = (tmp / "w1.jsonl").read_bytes() == (tmp / "wn.jsonl").read_bytes()
        print(f"--workers {workers}: {args.articles} articles in {many.wall:.2f} s wall against {one.wall:.2f} s "
              f"(the faster of 2 runs each): {one.wall / many.wall:.2f}x faster; {many.cpu:.2f} CPU-s against "
              f"{one.cpu:.2f}; records {'the same' if same else 'DIFFERENT'}; "
              f"peak memory {many.peak_mib:.1f} MiB a process")
        double = Run([folder_of(tmp, corpus, args.articles * 2)], tmp / "wn2.jsonl", workers)
        print(f"--workers {workers}: {args.articles * 2} articles: peak memory {double.peak_mib:.1f} MiB a process")

        texts = [p.read_text(encoding="utf-8") for p in corpus[:args.profile]]
        if texts:  # (--profile 0 leaves the profile out)
            profile(texts)

        if args.ner > 0 and texts:  # (--ner 0 leaves the comparison out)
            ner_per_cpu = ner_rate(texts[:args.ner])
            print(f"\nunderthesea ner(): {min(args.ner, len(texts))} articles, {ner_per_cpu:.1f} articles/CPU-s")
            print(f"chiso / ner(): {rate / ner_per_cpu:.0f}x per CPU-second (one process, one core)")


if __name__ == "__main__":
    main()
