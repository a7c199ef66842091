"""Fault isolation per article: one article failing, in any stage or by running too long, stops
the build with one line (or, with --skip-bad, is left out), in one process, in workers, on Dask."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from kg.cli import main

ARTICLES = [("first", "Norway bought two frigates from Spain on Tuesday."),
            ("doomed", "Portugal sanctioned three banks in Malta."),
            ("last", "Mirela Tanase met the Finnish prime minister in Oslo.")]
EXISTING = "# an earlier build\n"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES))
    return path


def _fault():
    raise RuntimeError("injected fault")


def _for_doomed(monkeypatch, target: str, argument, action=_fault):
    """Make the function at `target` run `action` first for the article 'doomed' (told by `argument`)."""
    module, name = target.rsplit(".", 1)
    original = getattr(__import__(module, fromlist=[name]), name)

    def patched(*args, **kwargs):
        if argument(*args) == "doomed":
            action()
        return original(*args, **kwargs)
    monkeypatch.setattr(target, patched)


STAGES = {  # stage -> (function to break, how it tells its article)
    "layout": ("kg.extract.analyse", lambda doc, *rest: doc.id),
    "nlp": ("kg.read.nlp.normalise", lambda text: "doomed" if text.startswith("Portugal") else None),
    "entities": ("kg.extract.find_entities", lambda parsed: parsed.article.id),
    "events": ("kg.extract.find_events", lambda found, offices: found.parsed.article.id),
}


def _line(stage: str, feed: Path, reason: str = "RuntimeError: injected fault") -> str:
    return f"{feed}:2: article 'doomed' failed in {stage}: {reason}"


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failing_article_stops_the_build_in_one_line_and_touches_nothing(feed, tmp_path, monkeypatch, nlp,
                                                                           stage, workers):
    _for_doomed(monkeypatch, *STAGES[stage])
    out = tmp_path / "out.ttl"
    out.write_text(EXISTING)
    result = invoke("build", feed, "-o", out, "--workers", workers)
    assert result.exit_code == 1
    assert result.stderr == f"kg: error: {_line(stage, feed)}\n"
    assert out.read_text() == EXISTING and sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl", "out.ttl"]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("stage", ["nlp", "events"])
def test_with_skip_bad_the_failing_article_is_reported_and_left_out(feed, tmp_path, monkeypatch, nlp, stage,
                                                                     workers):
    _for_doomed(monkeypatch, *STAGES[stage])
    out = tmp_path / "out.ttl"
    result = invoke("build", feed, "-o", out, "--workers", workers, "--skip-bad")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[:2] == [f"kg: skipped: {_line(stage, feed)}", "kg: skipped 1 bad document(s)"]
    assert "wrote" in result.stderr and "2 articles" in result.stderr
    text = out.read_text()
    assert "Norway" in text and "Tanase" in text and "Portugal" not in text and "doomed" not in text


def test_debug_shows_the_articles_own_traceback(feed, tmp_path, monkeypatch, nlp):
    _for_doomed(monkeypatch, *STAGES["events"])
    result = CliRunner().invoke(main, ["--debug", "build", str(feed), "-o", str(tmp_path / "out.ttl")])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "in _fault" in result.stderr and "RuntimeError: injected fault" in result.stderr
    assert result.stderr.endswith(f"kg: error: {_line('events', feed)}\n")


@pytest.mark.parametrize("stage", ["nlp", "entities"])
def test_an_article_over_its_time_budget_is_reported_not_waited_for(feed, tmp_path, monkeypatch, nlp, stage):
    _for_doomed(monkeypatch, *STAGES[stage], action=lambda: time.sleep(30))
    out = tmp_path / "out.ttl"
    start = time.monotonic()
    result = invoke("build", feed, "-o", out, "--skip-bad", "--max-seconds-per-article", "0.5")
    assert time.monotonic() - start < 20
    assert result.exit_code == 0
    reason = "took more than 0.5 s (--max-seconds-per-article)"
    assert result.stderr.splitlines()[0] == f"kg: skipped: {_line(stage, feed, reason)}"
    assert "Tanase" in out.read_text()


def test_on_dask_an_article_over_budget_is_reported(feed, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out.ttl"
    # Dask runs tasks in threads: an overrun is noticed when the article is done, and reported alike.
    result = invoke("build", feed, "-o", out, "--engine", "dask", "--workers", "1", "--max-seconds-per-article", "1e-9")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kg: error: {feed}:1: article 'first' failed in ")
    assert result.stderr.endswith("took more than 1e-09 s (--max-seconds-per-article)\n")
    assert not out.exists()


def test_workers_exit_quietly_when_their_parent_is_killed(tmp_path):
    feed = tmp_path / "many.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{i}", "text": f"{text} Talks resumed on day {i}."}) + "\n"
                            for i in range(400) for text in [ARTICLES[i % 3][1]]))
    kg = Path(sys.executable).parent / "kg"
    parent = subprocess.Popen([str(kg), "build", str(feed), "-o", str(tmp_path / "out.ttl"), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(psutil.Process(parent.pid).children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = psutil.Process(parent.pid).children()
        assert len(workers) >= 2, "the build did not start its workers"
        time.sleep(2)  # the workers are busy extracting
        os.kill(parent.pid, signal.SIGKILL)
        _, stderr = parent.communicate(timeout=30)  # ends when every worker has closed its stderr: exited
    finally:
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
    gone, alive = psutil.wait_procs(workers, timeout=5)
    assert [w for w in alive if w.status() != psutil.STATUS_ZOMBIE] == []
    assert b"Traceback" not in stderr and b"BrokenPipeError" not in stderr


def test_a_worker_killed_from_outside_ends_the_build_in_one_line(feed, tmp_path, monkeypatch, nlp):
    # The worker that reads 'doomed' dies as under the kernel's out-of-memory killer: no answer, no
    # exception. multiprocessing.Pool used to replace it and wait forever for the lost chunk.
    _for_doomed(monkeypatch, *STAGES["events"], action=lambda: os.kill(os.getpid(), signal.SIGKILL))
    out = tmp_path / "out.ttl"
    out.write_text(EXISTING)
    result = invoke("build", feed, "-o", out, "--workers", 2)
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: a worker process died without answering")
    assert result.stderr.count("\n") == 1
    assert out.read_text() == EXISTING and sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl", "out.ttl"]
