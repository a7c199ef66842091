"""Fault isolation per article: a failure or an overrun inside one article's extraction becomes
an ArticleFailure (small, picklable, named after the article and the stage), not a crash of the
build; the build then stops with one line or, with --skip-bad, leaves the article out."""
from __future__ import annotations

import os
import signal
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from .documents import Document
from ..errors import KgError

DEFAULT_MAX_SECONDS = 300.0  # per article and stage group; a normal article takes well under 1 s


class OverBudget(BaseException):
    """An article's stage ran past its time budget. A BaseException, so that no broad
    `except Exception` inside a stage can swallow it."""

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


@dataclass(frozen=True)
class ArticleFailure:
    """An article whose extraction failed: where, in which stage, why (one line), and the
    traceback for --debug. Crosses process boundaries, so it holds only strings."""

    id: str
    origin: str
    stage: str
    reason: str
    details: str = ""

    def line(self) -> str:
        """The one-line report."""
        return f"{self.origin or self.id}: article {self.id!r} failed in {self.stage}: {self.reason}"


class ArticleFailed(KgError):
    """The build stopped at an article that failed (exit 1); `details` is its traceback."""

    def __init__(self, failure: ArticleFailure):
        super().__init__(failure.line())
        self.details = failure.details


def failure_of(document: Document, stage: str, exc: BaseException) -> ArticleFailure:
    """The ArticleFailure of an exception raised while `stage` ran on `document`."""
    if isinstance(exc, OverBudget):
        reason = f"took more than {exc.seconds:g} s (--max-seconds-per-article)"
    else:
        message = str(exc).splitlines()[0] if str(exc).strip() else ""
        reason = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ArticleFailure(document.id, document.origin, stage, reason, details)


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget inside the block once it has run `seconds` (none or 0: no limit). In the
    main thread a timer signal interrupts the work; elsewhere (Dask runs tasks in threads) the
    overrun is only noticed, and reported, when the block ends."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        start = time.perf_counter()
        yield
        if time.perf_counter() - start > seconds:
            raise OverBudget(seconds)
        return

    def expire(signum, frame):
        raise OverBudget(seconds)
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def quit_with_parent() -> None:
    """In a worker process: leave Ctrl-C to the parent (which stops the workers), die silently
    on a broken pipe, and exit quietly once the parent is gone (a parent killed with SIGKILL
    cannot tell its workers; they would wait on their task queue for ever, or print
    BrokenPipeError tracebacks when they hand back a result)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()
