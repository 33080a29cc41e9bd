"""The `chiso` command: a thin layer over the library."""
from __future__ import annotations

import argparse
import gc
import json
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .batch import DONE, FAILED, SKIPPED, default_workers, run
from .models import json_schema
from .output import FORMATS, open_writer, save_text


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader went away (`chiso extract ... | head`): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; `command` "extract" leaves out the commands whose
    modules (the crawler's trafilatura, the dataset's tables) a run of
    extract would import for nothing."""
    parser = argparse.ArgumentParser(
        prog="chiso",
        description="Turn Vietnamese reports on administrative-reform indices into typed records.",
    )
    parser.add_argument("--version", action="version", version=f"chiso {__version__}")
    commands = parser.add_subparsers(metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract records from files, folders, URLs or stdin")
    extract.add_argument("inputs", nargs="+", metavar="PATH", help="file, folder (recursive), URL, or - for stdin")
    extract.add_argument("-o", "--output", type=Path, help="records file: .jsonl, .csv, .parquet or .duckdb (default: JSON Lines on stdout)")
    extract.add_argument("--format", choices=FORMATS, help="output format, when the file name does not tell it")
    extract.add_argument("--texts", type=Path, metavar="DIR",
                         help="where to save the text of web pages, PDFs and office files that evidence offsets refer to "
                              "(default: texts/ beside the output file)")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    extract.add_argument("-w", "--workers", type=_positive, default=None, metavar="N",
                         help="worker processes (default: every core); with --scheduler local, the Dask workers")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="run on a Dask cluster: its scheduler's address (tcp://host:8786), a scheduler file "
                              "(.json), or 'local' for a LocalCluster on this machine")
    extract.set_defaults(func=run_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(func=run_schema)

    explain = commands.add_parser("explain", help="show what chiso reads in a text, as an HTML page")
    explain.add_argument("input", metavar="PATH", help="a file, URL, or - for stdin")
    explain.add_argument("-o", "--output", type=Path, help="HTML file to write (default: stdout)")
    explain.set_defaults(func=run_explain)

    if command == "extract":
        return parser

    from .dataset.command import add_dataset_parser

    add_dataset_parser(commands)

    try:
        from .web.command import add_crawl_parser
    except ImportError:
        pass
    else:
        add_crawl_parser(commands)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run_schema(args) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def run_extract(args) -> int:
    try:
        writer = open_writer(args.output, args.format)
    except (ValueError, OSError) as error:
        print(f"chiso: {error}", file=sys.stderr)
        return 2
    texts_dir = args.texts or (args.output.parent / "texts" if args.output else None)
    counts: Counter = Counter()
    failures: list[tuple[str, str]] = []
    scanned: list[tuple[str, int, float | None]] = []  # (input, page, OCR confidence)
    unsaved = 0
    progress = _progress(args.quiet)
    # Loading the rules and the gazetteer makes a great many objects that live
    # as long as the run; collecting garbage among them as they come costs
    # near a tenth of a short run. Collection resumes after the first input,
    # with what is loaded by then frozen, out of later collections' way (and,
    # for forked workers, kept in pages they share with this process).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with writer:
            workers = args.workers or default_workers()
            for outcome in run(args.inputs, workers=workers, scheduler=args.scheduler):
                if collecting and not gc.isenabled():
                    gc.freeze()
                    gc.enable()
                unsaved += _take(outcome, writer, counts, failures, texts_dir)
                scanned.extend((outcome.source, page, confidence)
                               for page, confidence in (outcome.ocr_confidence or {}).items())
                if progress is not None:
                    progress.update(1)
                    progress.set_postfix(records=writer.count, failed=counts[FAILED], refresh=False)
    finally:
        if collecting:
            gc.enable()
    if progress is not None:
        progress.close()
    if not args.quiet:
        _summary(counts, writer.count, failures, unsaved, texts_dir)
        _ocr_summary(scanned)
    return 1 if counts[FAILED] else 0


def _take(outcome, writer, counts: Counter, failures: list, texts_dir: Path | None) -> int:
    """Count and write one outcome; 1 when its text should have been saved and was not."""
    counts[outcome.status] += 1
    if outcome.status == FAILED:
        failures.append((outcome.source, outcome.error or "failed"))
    elif outcome.status == DONE:
        writer.write_all(outcome.records)
        if outcome.document is not None and outcome.document.derived_text:
            if texts_dir is None:
                return 1
            save_text(outcome.document, texts_dir)
    return 0


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True)


def _summary(counts: Counter, records: int, failures, unsaved: int, texts_dir: Path | None) -> None:
    total = sum(counts.values())
    print(
        f"chiso: {total} input{'s' if total != 1 else ''}: {counts[DONE]} done, {counts[SKIPPED]} skipped, "
        f"{counts[FAILED]} failed; {records} record{'s' if records != 1 else ''} written",
        file=sys.stderr,
    )
    for source, error in failures:
        print(f"  failed: {source}: {error}", file=sys.stderr)
    if unsaved:
        print(f"  note: the texts of {unsaved} web/PDF/office documents were not saved; "
              "give --texts DIR to keep what evidence offsets point into", file=sys.stderr)
    elif texts_dir is not None and texts_dir.exists():
        print(f"  texts that evidence offsets point into: {texts_dir}", file=sys.stderr)


# Below this mean word confidence a scanned page's values are worth a look:
# a clean 300 dpi scan reads at 94-96, an office's 200 dpi JPEG at 89-93.
LOW_OCR_CONFIDENCE = 80


def _ocr_summary(scanned: list[tuple[str, int, float | None]]) -> None:
    """One line on the scanned pages read, and one for each page read poorly."""
    if not scanned:
        return
    known = [confidence for _, _, confidence in scanned if confidence is not None]
    inputs = len({source for source, _, _ in scanned})
    mean = f", mean word confidence {sum(known) / len(known):.0f}" if known else ""
    print(f"  OCR: {len(scanned)} scanned page{'s' if len(scanned) != 1 else ''} in {inputs} "
          f"input{'s' if inputs != 1 else ''}{mean}", file=sys.stderr)
    for source, page, confidence in scanned:
        if confidence is None or confidence < LOW_OCR_CONFIDENCE:
            shown = "no words read" if confidence is None else f"word confidence {confidence:.0f}"
            print(f"  low OCR confidence: {source} page {page}: {shown}", file=sys.stderr)


def run_explain(args) -> int:
    from .batch import FAILED as failed, Source, is_url, process
    from .explain import render

    source = Source(args.input, None if args.input == "-" or is_url(args.input) else Path(args.input))
    outcome = process(source)
    if outcome.status != DONE or outcome.document is None:
        print(f"chiso: {args.input}: {outcome.error}", file=sys.stderr)
        return 1 if outcome.status == failed else 2
    html = render(outcome.document, outcome.records)
    if args.output:
        args.output.write_text(html, encoding="utf-8")
    else:
        sys.stdout.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
