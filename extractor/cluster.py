"""chiso on a Dask cluster: the same outcomes as one process, from many machines.

    chiso extract s3://bucket/reports/ --scheduler tcp://scheduler:8786 -o records.parquet

    from extractor.cluster import records_bag, records_frame
    bag = records_bag(["s3://bucket/reports/"])        # a dask.bag of records (the contract's JSON objects)
    frame = records_frame(["s3://bucket/reports/"])    # a dask DataFrame: to_frame()'s columns and dtypes

Every worker needs chiso installed (the same version), and for fsspec URLs
the filesystem's package (s3fs, gcsfs, ...) and its credentials. For
`chiso extract`, local files and standard input are read where the command
runs and sent to the workers, so a laptop can use a cluster that cannot see
its disk; http(s) pages and fsspec URLs are read by the workers. The bag and
the DataFrame are built from paths: local paths must be visible to the
workers (a shared filesystem).

Dask is imported here only: a run without --scheduler never loads it.
"""
from __future__ import annotations

import logging
import uuid
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .batch import FAILED, Outcome, Source, claim_id, default_workers, expand, plan_ids, process, read_local, renamed
from .bounded import TakenIds
from .parallel import IN_FLIGHT_PER_WORKER, _Chunk, take_chunk, work, work_many

LOCAL = "local"


@contextmanager
def dask_client(scheduler, workers: int | None = None, processes: bool = True):
    """A distributed.Client for `scheduler`, closed at the end (a Client given is used as is).

    `scheduler`: "local" (a LocalCluster of `workers` single-threaded
    workers, processes unless `processes` is False), a scheduler file
    (.json, as dask-mpi and dask-jobqueue write), or an address such as
    tcp://10.0.0.5:8786.
    """
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler == LOCAL:
        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=processes,
                               dashboard_address=None, silence_logs=logging.ERROR)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
    elif str(scheduler).endswith(".json") and Path(scheduler).is_file():
        with Client(scheduler_file=str(scheduler)) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def run_on_dask(items: Iterable[Source | Outcome], scheduler, workers: int | None = None,
                processes: bool = True) -> Iterator[Outcome]:
    """Outcomes of `items` (from batch.expand) made on a Dask cluster, in input order.

    Inputs go to the workers a few at a time (one task each few, as in
    extractor.parallel), at most a few tasks per worker thread in flight,
    so memory stays flat on both sides; doc_ids are made unique here, as
    batch.run does. A task that fails (its worker died, the cluster could
    not run it) is run again one input at a time, so that only the input at
    fault is failed.
    """
    taken_ids = TakenIds()
    with dask_client(scheduler, workers, processes) as client:
        threads = sum(client.nthreads().values()) or 1
        window: deque[_Chunk] = deque()
        items = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(window) < threads * IN_FLIGHT_PER_WORKER:
                chunk, exhausted = take_chunk(items, _to_send)
                if chunk.items:
                    if chunk.tasks:
                        chunk.future = _submit(client, chunk.tasks)
                    window.append(chunk)
            if not window:
                return
            chunk = window.popleft()
            outcomes = _results(client, chunk)
            made = iter(outcomes)
            for item in chunk.items:
                if isinstance(item, _Local):
                    yield claim_id(item.outcome, item.source, taken_ids)
                elif isinstance(item, Outcome):
                    yield item
                else:
                    yield claim_id(next(made), item, taken_ids)


class _Local:
    """An input read here after all (too large to send, or not there): the reader's outcome."""

    def __init__(self, source: Source, outcome: Outcome):
        self.source, self.outcome = source, outcome


def _to_send(source: Source):
    """An input and its task, or, read here and found too large or unreadable, the reader's
    outcome and no task: nothing is sent for it."""
    data = _data(source)
    if data is None and source.path is not None:
        return _Local(source, process(source)), None
    return source, (source, data)


def _data(source: Source) -> bytes | None:
    """What is sent with an input: its bytes when it is read here (a local file, standard input)."""
    if source.name == "-":
        import sys

        return sys.stdin.buffer.read()
    if source.path is not None:
        return read_local(source)
    return None


def _submit(client, tasks):
    return client.submit(work_many, tasks, pure=False, key=f"chiso-extract-{uuid.uuid4().hex}")


def _results(client, chunk: _Chunk) -> list[Outcome]:
    try:
        return chunk.future.result() if chunk.future is not None else []
    except Exception:  # a worker died, or the task could not run there: one input at a time
        pass
    finally:
        if chunk.future is not None:
            chunk.future.release()
    outcomes = []
    for source, data in chunk.tasks:
        future = _submit(client, [(source, data)])
        try:
            outcomes.append(future.result()[0])
        except Exception as error:
            outcomes.append(Outcome(source.name, FAILED, error=f"on the cluster: {type(error).__name__}: {error}"))
        finally:
            future.release()
    return outcomes


# ------------------------------------------------------------------ bag and DataFrame


def _chunks(inputs: Iterable[str | Path], partition_size: int) -> list[list[tuple[Source, str | None]]]:
    sources = (item for item in expand(str(i) for i in inputs) if isinstance(item, Source))
    chunks: list[list[tuple[Source, str | None]]] = [[]]
    for planned in plan_ids(sources):
        if len(chunks[-1]) >= partition_size:
            chunks.append([])
        chunks[-1].append(planned)
    return [c for c in chunks if c]


def _records_of(chunk: list[tuple[Source, str | None]]) -> list:
    records = []
    for source, doc_id in chunk:
        outcome = work(source, None)
        if doc_id is not None:
            outcome = renamed(outcome, doc_id)
        records.extend(outcome.records)
    return records


def _record_dicts(chunk) -> list[dict]:
    from .output import record_dict

    return [record_dict(r) for r in _records_of(chunk)]


def _frame(chunk):
    from .output import to_frame

    return to_frame(_records_of(chunk))


def records_bag(inputs: Iterable[str | Path], partition_size: int = 16):
    """A dask.bag of the records of `inputs` (files, folders, globs, fsspec and http(s) URLs).

    Each element is a record as the contract's JSON object (what a line of
    `chiso extract`'s JSON Lines holds), in input order; a partition is
    `partition_size` inputs. Inputs that cannot be read give no records.
    """
    import dask
    import dask.bag as db

    return db.from_delayed([dask.delayed(_record_dicts, pure=False)(chunk)
                            for chunk in _chunks(inputs, partition_size)] or [dask.delayed(list)()])


def records_frame(inputs: Iterable[str | Path], partition_size: int = 16):
    """A dask DataFrame of the records of `inputs`: to_frame()'s columns and nullable dtypes."""
    import dask
    import dask.dataframe as dd

    from .output import to_frame

    parts = [dask.delayed(_frame, pure=False)(chunk) for chunk in _chunks(inputs, partition_size)]
    meta = to_frame([])
    return dd.from_delayed(parts or [dask.delayed(to_frame)([])], meta=meta, verify_meta=False)
