"""Real Celery worker processes for tests: started with the test database and a chosen
broker, killed at will. Used by the pipeline and reliability tests."""

import os
import signal
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

from celery import Celery
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def embedded_broker_url() -> str:
    return "filesystem://localhost//"


def worker_env(broker_url: str, **extra) -> dict:
    """The environment of a process on the test database and this test process's var dir
    (already the per-worker one under pytest -n, so the xdist variables are left out)."""
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("PYTEST_XDIST_")},
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": broker_url,
        "CAREERCOACH_VAR_DIR": str(settings.VAR_DIR),
        "CELERY_TASK_DEFAULT_QUEUE": settings.CELERY_TASK_DEFAULT_QUEUE,
        "LLM_PROVIDERS": "",
        "GEMINI_API_KEY": "",
        "OPENAI_API_KEY": "",
        "ANTHROPIC_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "PYTHONUNBUFFERED": "1",
    }
    env.update({key: str(value) for key, value in extra.items()})
    return env


@contextmanager
def celery_worker(broker_url: str, *, concurrency: int = 2, beat: bool = False, log_path: Path | None = None, **env):
    """A `celery worker` subprocess in its own process group; stopped (or already killed) on
    exit. With `beat`, it also runs the periodic sweeper, as `make run`'s beat process does.

    Each worker gets a node name of its own: on RabbitMQ a worker's control queue
    (`<name>.celery.pidbox`) is exclusive, so a second `celery@<host>` on the same vhost (another
    test run, a killed run's leftover) dies at start with RESOURCE_LOCKED."""
    log = open(log_path or (settings.VAR_DIR / "test-worker.log"), "ab")
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "careercoach",
        "worker",
        "--pool=threads",
        f"--concurrency={concurrency}",
        f"--hostname=test-{uuid.uuid4().hex[:8]}@%h",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "--loglevel=INFO",
    ]
    if beat:
        command += ["--beat", f"--schedule={settings.VAR_DIR / 'test-beat-schedule'}"]
    _forget_breakers()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=worker_env(broker_url, **env),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        kill(process, signal.SIGTERM)
        log.close()
        _forget_breakers()


def _forget_breakers() -> None:
    """Worker processes keep circuit breakers in the test database's cache table (the
    embedded default cache); one test's failing provider must not stay paused for the next."""
    from django.db import connection as db

    if (
        settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")
        or "careercoach_cache" in db.introspection.table_names()
    ):
        with db.cursor() as cursor:
            cursor.execute("DELETE FROM careercoach_cache")


def kill(process: subprocess.Popen, sig=signal.SIGKILL) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def ring(broker_url: str, task_name: str, job_id, **transport_options) -> None:
    """Send a task message the way the web process would, to a broker of our choosing (and to
    the queue the workers read, CELERY_TASK_DEFAULT_QUEUE)."""
    options = dict(settings.CELERY_BROKER_TRANSPORT_OPTIONS) if broker_url.startswith("filesystem") else {}
    options.update(transport_options)
    sender = Celery("careercoach-test-sender", broker=broker_url, set_as_current=False)
    sender.conf.broker_transport_options = options
    sender.conf.task_default_queue = settings.CELERY_TASK_DEFAULT_QUEUE
    try:
        sender.send_task(task_name, args=[str(job_id)])
    finally:
        sender.close()
