"""Inputs read and extracted in worker processes, outcomes in input order.

    for outcome in run_in_processes(expand(inputs), workers=4):
        ...

The outcomes are those of a run in one process (extractor.batch.run): the
same records, the same doc_ids, in input order. At most a few inputs per
worker are in flight at once, so memory stays flat whatever the corpus size.
A worker that dies (a crash in a PDF library, the kernel's OOM killer) fails
only the input it was reading: the others are run again in new workers.
"""
from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.context
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from .batch import FAILED, Outcome, Source, claim_id, process
from .bounded import TakenIds

# Inputs sent to a worker at once. An article takes a few milliseconds; a
# task's round trip costs the parent a fraction of one, and on a machine
# whose every core runs a worker the parent's time is taken from them.
CHUNK = 8
# Chunks in flight per worker: enough that no worker waits for the next,
# few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 2

DIED = "the worker process reading it died"

Task = tuple[Source, "bytes | None"]


def work(source: Source, data: bytes | None) -> Outcome:
    """One input, in a worker: its doc_id is made unique where outcomes are collected."""
    return process(source, None, data)


def work_many(tasks: list[Task]) -> list[Outcome]:
    return [work(source, data) for source, data in tasks]


def _context():
    # fork starts a worker in milliseconds with the rules and gazetteer the
    # parent has already loaded; elsewhere each worker loads them itself
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return _DaemonForkContext()
    return multiprocessing.get_context("spawn")


if hasattr(multiprocessing.context, "ForkContext"):
    class _DaemonForkProcess(multiprocessing.context.ForkProcess):
        """A worker that ends with this process, however that ends.

        A second Ctrl-C while the pool shuts down would otherwise leave
        workers waiting for work, and this process waiting for them at exit.
        """

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.daemon = True

    class _DaemonForkContext(multiprocessing.context.ForkContext):
        Process = _DaemonForkProcess


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops
    # the workers, which would otherwise send the interrupt back as a result
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Chunk:
    """Consecutive items: the inputs to read (sent to one worker) and the outcomes already known."""

    def __init__(self):
        self.items: list[Source | Outcome] = []
        self.tasks: list[Task] = []
        self.future: Future | None = None


def take_chunk(items: Iterator, prepare: Callable[[Source], tuple[object, Task | None]]) -> tuple[_Chunk, bool]:
    """The next chunk: up to CHUNK inputs to send, with the outcomes already known among
    them, and whether `items` ran out. `prepare` gives what a Source is kept as in the
    chunk's order and its task (None: nothing to send for it)."""
    chunk = _Chunk()
    while len(chunk.tasks) < CHUNK:
        item = next(items, None)
        if item is None:
            return chunk, True
        if not isinstance(item, Source):
            chunk.items.append(item)
            continue
        kept, task = prepare(item)
        chunk.items.append(kept)
        if task is not None:
            chunk.tasks.append(task)
    return chunk, False


def _with_stdin(source: Source) -> tuple[Source, Task]:
    return source, (source, _stdin(source))


def run_in_processes(items: Iterable[Source | Outcome], workers: int,
                     taken_ids: TakenIds | None = None) -> Iterator[Outcome]:
    """Outcomes of `items` (from batch.expand), made by `workers` processes, in order.

    `taken_ids`: the doc_ids given out before these items (batch.run).
    """
    items = iter(items)
    taken_ids = TakenIds() if taken_ids is None else taken_ids
    pool = _Pool(workers)
    window: deque[_Chunk] = deque()
    exhausted = False
    finished = False
    try:
        while True:
            while not exhausted and len(window) < workers * IN_FLIGHT_PER_WORKER:
                chunk, exhausted = take_chunk(items, _with_stdin)
                if chunk.items:
                    if chunk.tasks:
                        chunk.future = pool.submit(chunk.tasks)
                    window.append(chunk)
            if not window:
                finished = True
                return
            chunk = window.popleft()
            try:
                outcomes = chunk.future.result() if chunk.future is not None else []
            except BrokenProcessPool:
                window.appendleft(chunk)
                yield from _after_crash(pool, window, taken_ids)
                continue
            yield from _in_order(chunk, outcomes, taken_ids)
    finally:
        # interrupted, or the reader stopped: the inputs in flight are not wanted
        pool.shutdown() if finished else pool.stop()


def _in_order(chunk: _Chunk, outcomes: list[Outcome], taken_ids: TakenIds) -> Iterator[Outcome]:
    made = iter(outcomes)
    for item in chunk.items:
        yield item if isinstance(item, Outcome) else claim_id(next(made), item, taken_ids)


def _after_crash(pool: _Pool, window: deque[_Chunk], taken_ids: TakenIds) -> Iterator[Outcome]:
    """A worker died: which input killed it is unknown, so each unfinished one runs alone.

    Chunks whose results came back before the crash keep them; the input
    that kills its worker again is failed, and the batch goes on.
    """
    suspects = list(window)
    window.clear()
    pool.restart()  # waits for the broken pool: every future is settled after it
    for chunk in suspects:
        future = chunk.future
        if future is None or (future.done() and not future.cancelled() and future.exception() is None):
            yield from _in_order(chunk, future.result() if future is not None else [], taken_ids)
            continue
        tasks = iter(chunk.tasks)
        for item in chunk.items:
            if isinstance(item, Outcome):
                yield item
                continue
            task = next(tasks)
            try:
                outcome = pool.submit([task]).result()[0]
            except BrokenProcessPool:
                pool.restart()
                yield Outcome(item.name, FAILED, error=DIED)
                continue
            yield claim_id(outcome, item, taken_ids)


def _stdin(source: Source) -> bytes | None:
    """Standard input is read here: a worker has none of its own."""
    return sys.stdin.buffer.read() if source.name == "-" else None


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, workers: int):
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def submit(self, tasks: list[Task]) -> Future:
        if self.executor is not None:
            return self.executor.submit(work_many, tasks)
        # a forked worker flushes the standard streams it inherits when it
        # exits: what the parent had not yet written would come out twice
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        # What is loaded by now (rules, gazetteer) is kept out of the workers'
        # collections, so that their pages stay shared with this process; the
        # workers are forked at the first submit, after which this process
        # collects as before.
        frozen = gc.get_freeze_count()
        gc.freeze()
        try:
            self.executor = ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_ignore_interrupts)
            return self.executor.submit(work_many, tasks)
        finally:
            if not frozen:
                gc.unfreeze()

    def restart(self) -> None:
        self.shutdown()

    def shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def stop(self) -> None:
        """End the workers now, without waiting for what they are reading."""
        if self.executor is None:
            return
        executor, self.executor = self.executor, None
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(1)
