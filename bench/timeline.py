"""Where one job's time goes between the ring and "done": a Celery worker that writes a
timestamp per job event, and the summary of the gaps between them.

bench/jobs.py starts the worker as `python -m bench.timeline -A careercoach worker ...` with
BENCH_TIMELINE_FILE set. This module then connects to Celery's own signals and wraps the HTTP
client every LLM SDK here uses (httpx2), without touching the app, and appends one JSON line
per event to that file:

- received: the worker's consumer took the message off the broker (`task_received`);
- started: a pool thread began the task (`task_prerun`);
- provider_start / provider_end: an LLM HTTP request left and its answer came back, in the
  thread that runs the job (the job id is set per thread at `task_prerun`);
- returned: the task finished, after Celery stored its own result (`task_postrun`).

The job row gives the rest: `claimed` (started_at, the conditional update), `result` (the
result row's created_at, written under the row lock) and `done` (finished_at). "published" is
when bench/jobs.py's call to the app's job_enqueue returned. All clocks are this machine's.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The events in the order a job passes them, and the gaps reported between neighbours.
EVENTS = ("published", "received", "started", "claimed", "provider_start", "provider_end", "result", "done", "returned")
GAP_LABELS = {
    ("published", "received"): "broker: published to received",
    ("received", "started"): "pool: received to started",
    ("started", "claimed"): "claim: started to claimed",
    ("claimed", "provider_start"): "before the call: claimed to provider call",
    ("provider_start", "provider_end"): "provider call",
    ("provider_end", "result"): "after the call: answer to result written",
    ("result", "done"): "finish: result written to done",
    ("done", "returned"): "Celery: done to task returned",
}

# Made by install(), after Celery has patched for its pool: under gevent they must be the
# greenlet-aware versions, or every greenlet would share one job id.
_local = None
_lock = None
_file = None


_events: list = []


def _emit(event: str, job_id: str | None) -> None:
    """Kept in memory and written when the worker stops: a write per event would be a system
    call, and a GIL hand-over, in the very threads being measured."""
    if job_id and _file is not None:
        _events.append((event, str(job_id), time.time()))  # list.append is atomic under the GIL


def _write_events(**kwargs) -> None:
    with _lock:
        for event, job_id, moment in _events:
            _file.write(json.dumps({"event": event, "job": job_id, "t": moment}) + "\n")
        _events.clear()
        _file.flush()


def _job_id(args) -> str | None:
    return str(args[0]) if args else None


def install(path: str) -> None:
    """Connect the signal handlers and wrap httpx2.Client.send; events go to `path`."""
    global _file, _local, _lock
    from celery import signals

    _local, _lock = threading.local(), threading.Lock()
    _file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the worker's lifetime

    signals.worker_shutdown.connect(_write_events, weak=False)
    signals.worker_process_shutdown.connect(_write_events, weak=False)  # prefork's children

    @signals.task_received.connect(weak=False)
    def received(sender=None, request=None, **kwargs):
        _emit("received", _job_id(getattr(request, "args", None)))

    @signals.task_prerun.connect(weak=False)
    def prerun(sender=None, args=None, **kwargs):
        _local.job = _job_id(args)
        _emit("started", _local.job)

    @signals.task_postrun.connect(weak=False)
    def postrun(sender=None, args=None, **kwargs):
        _emit("returned", _job_id(args))
        _local.job = None

    import httpx2

    original = httpx2.Client.send

    def send(self, request, *args, **kwargs):
        job = getattr(_local, "job", None)
        _emit("provider_start", job)
        try:
            return original(self, request, *args, **kwargs)
        finally:
            _emit("provider_end", job)

    httpx2.Client.send = send


def read_events(path) -> dict[str, dict[str, float]]:
    """{job id: {event: first time}}; provider_end keeps the last answer (after retries)."""
    jobs: dict[str, dict[str, float]] = {}
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        return jobs
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short when the worker was stopped
        events = jobs.setdefault(record["job"], {})
        if record["event"] == "provider_end" or record["event"] not in events:
            events[record["event"]] = record["t"]
    return jobs


def gaps(jobs: dict[str, dict[str, float]], percentile) -> list[dict]:
    """p50 / p95 / max of each gap over the jobs that have both ends, in seconds."""
    rows = []
    for (start, end), label in GAP_LABELS.items():
        values = [events[end] - events[start] for events in jobs.values() if start in events and end in events]
        rows.append(
            {
                "gap": label,
                "from": start,
                "to": end,
                "jobs": len(values),
                "p50": percentile(values, 0.50),
                "p95": percentile(values, 0.95),
                "max": max(values) if values else float("nan"),
            }
        )
    total = [
        events["done"] - events["published"] for events in jobs.values() if "published" in events and "done" in events
    ]
    rows.append(
        {
            "gap": "whole job: published to done",
            "from": "published",
            "to": "done",
            "jobs": len(total),
            "p50": percentile(total, 0.50),
            "p95": percentile(total, 0.95),
            "max": max(total) if total else float("nan"),
        }
    )
    return rows


def profile_start(pid: int, path) -> subprocess.Popen | None:
    """py-spy sampling the worker's threads while they hold the GIL: the serial work that,
    with every thread waiting on the provider, is what stands between a pool and the ideal.
    None when py-spy is not installed (requirements-dev.txt) or may not attach."""
    spy = shutil.which("py-spy", path=os.path.dirname(sys.executable)) or shutil.which("py-spy")
    if not spy:
        return None
    return subprocess.Popen(
        [
            spy,
            "record",
            "--pid",
            str(pid),
            "--rate",
            "200",
            "--gil",
            "--nonblocking",
            "--format",
            "raw",
            "--output",
            str(path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def profile_stop(process: subprocess.Popen | None) -> None:
    """SIGINT makes py-spy write what it sampled and exit."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _frame_name(frame: str) -> str:
    """'job_execute (careercoach/generation/run.py:97)' -> 'job_execute (careercoach/generation/run.py)'."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", "python3.11/", str(ROOT) + "/"):
        if marker in where:
            where = where.split(marker, 1)[1]
    return f"{name} ({where})" if where else name


def profile_summary(path, top: int = 12) -> dict:
    """Samples in all, and the functions with the most samples: inclusive (on the stack) and
    own (at the top of it)."""
    inclusive, own, total = collections.Counter(), collections.Counter(), 0
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return {"samples": 0, "inclusive": [], "own": []}
    for line in lines:
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [_frame_name(frame) for frame in stack.split(";")]
        total += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames[1:]):  # the first frame is the thread
            inclusive[frame] += int(count)
    return {"samples": total, "inclusive": inclusive.most_common(top * 3), "own": own.most_common(top)}


def main() -> None:
    # What `celery` itself does first: with -P gevent, patch the standard library before
    # anything (httpx2 here, psycopg later) binds to the unpatched socket and select.
    from celery import maybe_patch_concurrency

    maybe_patch_concurrency()
    path = os.environ.get("BENCH_TIMELINE_FILE")
    if path:
        install(path)
    from celery.bin.celery import main as celery_main

    sys.exit(celery_main())


if __name__ == "__main__":
    main()
