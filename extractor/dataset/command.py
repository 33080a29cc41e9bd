"""`chiso dataset`: add record files to a store, export its panel, conflicts and review page."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_dataset_parser(commands) -> None:
    dataset = commands.add_parser("dataset", help="build one dataset from many record files",
                                  description="Keep records from many runs in one DuckDB store; "
                                              "export one row per unit, index and year, and the disagreements.")
    actions = dataset.add_subparsers(metavar="ACTION")

    add = actions.add_parser("add", help="add record files (.jsonl, .csv, .parquet, .duckdb) to the store")
    add.add_argument("db", type=Path, metavar="DB", help="the store, a DuckDB file (created when missing)")
    add.add_argument("files", type=Path, nargs="+", metavar="FILE", help="record files written by chiso")
    add.add_argument("-q", "--quiet", action="store_true", help="no summary")
    add.set_defaults(func=run_add)

    panel = actions.add_parser("panel", help="one row per (type, unit, index, component, year)")
    panel.add_argument("db", type=Path, metavar="DB")
    panel.add_argument("-o", "--output", type=Path, required=True, help="table to write: .csv, .parquet or .xlsx")
    panel.add_argument("--wide", action="store_true", help="one row per unit and year, a column per index and component")
    panel.set_defaults(func=run_panel)

    conflicts = actions.add_parser("conflicts", help="one row per key, field and distinct value where documents disagree")
    conflicts.add_argument("db", type=Path, metavar="DB")
    conflicts.add_argument("-o", "--output", type=Path, required=True, help="table to write: .csv, .parquet or .xlsx")
    conflicts.set_defaults(func=run_conflicts)

    review = actions.add_parser("review", help="one offline HTML page: rankings, histories, conflicts")
    review.add_argument("db", type=Path, metavar="DB")
    review.add_argument("-o", "--output", type=Path, required=True, help="HTML file to write")
    review.set_defaults(func=run_review)

    dataset.set_defaults(func=lambda args: _usage(dataset))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_add(args) -> int:
    from .reading import RecordFileError
    from .store import add_file, connect

    failed = 0
    try:
        connection = connect(args.db)
    except Exception as error:  # a file that is no DuckDB database, a folder, no permission
        print(f"chiso: {args.db}: {error}", file=sys.stderr)
        return 2
    total_read = total_new = 0
    try:
        for path in args.files:
            try:
                added = add_file(connection, path)
            except RecordFileError as error:
                failed += 1
                print(f"chiso: {error} (nothing of it was added)", file=sys.stderr)
                continue
            except OSError as error:
                failed += 1
                print(f"chiso: {path}: {error.strerror or error} (nothing of it was added)", file=sys.stderr)
                continue
            total_read += added.read
            total_new += added.new
            if not args.quiet:
                print(f"chiso: {path}: {added.read} records read, {added.new} new", file=sys.stderr)
        stored = connection.execute("SELECT count(*) FROM dataset_records").fetchone()[0]
    finally:
        connection.close()
    if not args.quiet:
        print(f"chiso: {len(args.files) - failed} of {len(args.files)} files added: {total_new} new records; "
              f"{stored} in {args.db}", file=sys.stderr)
    return 1 if failed else 0


def _open_error(args, error) -> int:
    print(f"chiso: {error}", file=sys.stderr)
    return 2


def run_panel(args) -> int:
    from .export import table_format, write_table
    from .tables import panel

    try:
        table_format(args.output)
        frame = panel(args.db, wide=args.wide)
    except (ValueError, FileNotFoundError) as error:
        return _open_error(args, error)
    package = write_table(frame, args.output, title="Panel" + (" (wide)" if args.wide else ""),
                          description=_PANEL_WIDE if args.wide else _PANEL)
    print(f"chiso: {len(frame)} rows, {int(_conflicted(frame, args.wide))} in conflict -> {args.output} "
          f"(schema: {package})", file=sys.stderr)
    return 0


def _conflicted(frame, wide: bool) -> int:
    if frame.empty:
        return 0
    column = frame["conflicts"] > 0 if wide else frame["conflict"]
    return int(column.fillna(False).sum())


def run_conflicts(args) -> int:
    from .export import table_format, write_table
    from .tables import conflicts

    try:
        table_format(args.output)
        frame = conflicts(args.db)
    except (ValueError, FileNotFoundError) as error:
        return _open_error(args, error)
    package = write_table(frame, args.output, title="Conflicts", description=_CONFLICTS)
    # a key's parts may be missing (no component): they count as empty, not as missing keys
    key_columns = ["unit_key", "type", "index", "component", "year"]
    keys = set(frame[key_columns].astype(str).fillna("").agg("|".join, axis=1)) if not frame.empty else set()
    print(f"chiso: {len(frame)} values of {len(keys)} keys in conflict -> {args.output} (schema: {package})",
          file=sys.stderr)
    return 0


def run_review(args) -> int:
    from .review import write_review

    try:
        path = write_review(args.db, args.output)
    except (ValueError, FileNotFoundError) as error:
        return _open_error(args, error)
    print(f"chiso: review page -> {path}", file=sys.stderr)
    return 0


_PANEL = ("One row per (type, unit, index, component, year). Values are those most documents state; "
          "ties go to a decision over a government portal page over a newspaper, then to the value added first. "
          "sources counts the documents, conflict is true when they disagree on any field.")
_PANEL_WIDE = ("One row per (type, unit, year): a score column per index and component "
               "(INDEX or INDEX.component) and a rank column (..._rank) where one is stated.")
_CONFLICTS = ("One row per key, field and distinct value where documents disagree: the value, the documents "
              "stating it and an evidence sentence. chosen marks the value the panel shows.")
