"""Worker processes that notice when one of them dies: results in input order, a bounded number
of chunks in flight, and a one-line error (not a hang) when a worker is killed from outside."""
from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from ..errors import KgError

Chunk = TypeVar("Chunk")
Result = TypeVar("Result")


class WorkerDied(KgError):
    """A worker process ended without answering (killed from outside, e.g. out of memory)."""


def in_workers(function: Callable[[Chunk], Result], chunks: Iterable[Chunk], workers: int,
               initializer: Callable[..., None], initargs: tuple = ()) -> Iterator[Result]:
    """`function` of every chunk, in order, on `workers` forked processes; at most two chunks a
    worker are read ahead, so memory stays bounded on long feeds."""
    # multiprocessing.Pool replaces a killed worker and waits forever for its lost task;
    # ProcessPoolExecutor marks itself broken instead, which is what lets us report it.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=initializer, initargs=initargs)
    pending: collections.deque = collections.deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(function, chunk))
            if len(pending) >= 2 * workers:
                yield _answer(pending.popleft())
        while pending:
            yield _answer(pending.popleft())
    finally:
        _stop(pool)


def _answer(future):
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied("a worker process died without answering (killed from outside, perhaps for "
                         "lack of memory); nothing was written. Try fewer --workers") from None


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down at once: a build stopped early must not wait for chunks nobody reads."""
    processes = list((pool._processes or {}).values())  # the executor has no public 'terminate'
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
