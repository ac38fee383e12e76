"""What the service benchmarks share: a throwaway PostgreSQL database, a Redis database for the
broker and cache, child processes that are always stopped, free ports on 127.0.0.1 only, and
waits that give up.

Every child runs in its own process group and is stopped by that group's id when the block
that started it ends, on error and on Ctrl-C alike, so a benchmark leaves nothing behind.
"""

from __future__ import annotations

import json
import math
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.waiting import wait_until  # one polling helper for tests and benchmarks

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
RESULTS_DIR = ROOT / "bench" / "results"
LOG_DIR = ROOT / "var" / "bench"
# The development resumes, kept in the repository so a clone benchmarks on its own.
RESUMES_DIR = ROOT / "bench" / "data" / "resumes"

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379").rstrip("/")
# Overridable so that two benchmark runs on one machine do not drop each other's database.
DATABASE_NAME = os.environ.get("BENCH_DATABASE_NAME", "careercoach_bench")
REDIS_DB = int(os.environ.get("BENCH_REDIS_DB", 14))
# Hourly generation limits for the simulated users; the real defaults (10 and 20) would turn a
# load test into a test of the limiter.
BENCH_RATE_LIMIT = 1_000_000


_STARTED = time.monotonic()


def command_line(script: str, argv=None) -> str:
    """How this benchmark was called, for the report: quoted so it can be pasted back."""
    import shlex

    return " ".join(["python", script, *map(shlex.quote, sys.argv[1:] if argv is None else argv)])


def log(message: str) -> None:
    """Progress goes to stderr; stdout is reserved for the Markdown result."""
    print(f"[{time.monotonic() - _STARTED:6.1f}s] {message}", file=sys.stderr, flush=True)


def stop_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so the `finally` blocks below stop every child."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = math.ceil(round(share * len(ordered), 9))
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def database_url(name: str = DATABASE_NAME) -> str:
    return f"{POSTGRES_URL}/{name}"


def redis_url(db: int = REDIS_DB) -> str:
    return f"{REDIS_URL}/{db}"


def services_missing() -> str | None:
    """Why PostgreSQL or Redis cannot be used, or None when both answer."""
    import psycopg
    import redis

    try:
        psycopg.connect(database_url("postgres"), connect_timeout=3).close()
    except Exception as exc:  # any failure means "not usable here"
        return f"PostgreSQL at {POSTGRES_URL} is not reachable ({type(exc).__name__}); set BENCH_POSTGRES_URL"
    try:
        redis.Redis.from_url(redis_url(), socket_connect_timeout=3).ping()
    except Exception as exc:
        return f"Redis at {REDIS_URL} is not reachable ({type(exc).__name__}); set BENCH_REDIS_URL"
    return None


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(database_url("postgres"), autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


def flush_redis() -> None:
    """Empty the benchmark's own Redis database (never another one)."""
    import redis

    redis.Redis.from_url(redis_url(), socket_connect_timeout=3).flushdb()


def manage(*args: str, env: dict, timeout: float = 300) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@contextmanager
def bench_database(env: dict):
    """A fresh `careercoach_bench` database, migrated, with the cache table; dropped afterwards
    (WITH (FORCE) closes connections a killed child may have left)."""
    _admin(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{DATABASE_NAME}"')
    flush_redis()
    try:
        log(f"database {DATABASE_NAME}: migrating")
        manage("migrate", "--noinput", env=env)
        manage("createcachetable", env=env)
        yield database_url()
    finally:
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django may not have been set up in this process
            pass
        _admin(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
        flush_redis()
        log(f"database {DATABASE_NAME} dropped, Redis db {REDIS_DB} flushed")


def app_env(**extra) -> dict:
    """The environment of every app process a benchmark starts. Provider keys from the caller's
    shell are blanked so no benchmark ever reaches a hosted API."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careercoach.settings",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": redis_url(),
        "REDIS_URL": redis_url(),
        "CAREERCOACH_VAR_DIR": str(LOG_DIR),
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
        "RATE_LIMIT_INTERVIEW_PER_HOUR": str(BENCH_RATE_LIMIT),
        "RATE_LIMIT_LEARNING_PER_HOUR": str(BENCH_RATE_LIMIT),
        # Every simulated user comes from 127.0.0.1: the per-IP limits would refuse the logins.
        "RATE_LIMIT_AUTH_PER_IP_PER_MINUTE": str(BENCH_RATE_LIMIT),
        "RATE_LIMIT_API_PER_IP_PER_MINUTE": str(BENCH_RATE_LIMIT),
        # Throughput is measured, not these limits either (issue 14): one user, many jobs.
        "JOB_MAX_CONCURRENT_PER_USER": "0",
        "LLM_CALLS_PER_MINUTE": "0",
        "LLM_PROVIDERS": "openai",
        "GEMINI_API_KEY": "",
        "ANTHROPIC_API_KEY": "",
        "OPENAI_API_KEY": "bench-not-a-key",
        "OPENAI_BASE_URL": "",
        "LLM_TIMEOUT_SECONDS": "30",
    }
    # The settings' own default is what is measured, not whatever the caller's shell exports.
    for name in ("DB_CONN_MAX_AGE", "DB_POOL_MAX_SIZE", "CELERY_WORKER_POOL", "CELERY_WORKER_CONCURRENCY"):
        env.pop(name, None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def django_setup(env: dict) -> None:
    """Point this process's Django at the benchmark database (before the first query)."""
    os.environ.update(env)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


class Child:
    """One started process (group) with its log file."""

    def __init__(self, name: str, command: list[str], env: dict):
        self.name = name
        self.log_path = LOG_DIR / f"{name}.log"
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, grace: float = 20) -> None:
        if self.alive():
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=grace)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


@contextmanager
def child(name: str, command: list[str], env: dict):
    process = Child(name, command, env)
    try:
        yield process
    finally:
        process.stop()


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return 200 <= response.status < 400
    except Exception:  # refused, reset, 5xx: not ready yet
        return False


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


class FakeLLM:
    def __init__(self, process: Child, port: int):
        self.process = process
        self.url = f"http://127.0.0.1:{port}"
        self.openai_base_url = self.url + "/v1"

    def stats(self) -> dict:
        return get_json(self.url + "/_stats")


@contextmanager
def fake_llm(delay: float):
    """The fake LLM server (tests/fakes/llm_server.py) in its own process, answering after `delay`."""
    port = free_port()
    command = [PYTHON, "-m", "tests.fakes.llm_server", "--port", str(port), "--delay", str(delay)]
    with child(f"fake-llm-{port}", command, dict(os.environ, PYTHONUNBUFFERED="1")) as process:
        server = FakeLLM(process, port)
        wait_until(
            lambda: http_ok(server.url + "/_stats") or not process.alive(), timeout=30, what="the fake LLM server"
        )
        if not process.alive():
            raise RuntimeError(f"fake LLM server exited:\n{process.log_text()[-2000:]}")
        yield server


# What Procfile, the Makefile and docker-compose give a worker: a shared pool of PostgreSQL
# connections (ignored on SQLite).
WORKER_DB_POOL = "20"


@contextmanager
def celery_worker(
    *,
    pool: str,
    concurrency: int,
    env: dict,
    name: str | None = None,
    timeline: Path | None = None,
    extra_args: tuple = (),
):
    """A worker started the way the Procfile starts one; ready once it logs so. With
    `timeline`, it runs under bench/timeline.py, which writes each job's events there."""
    program = [PYTHON, "-m", "bench.timeline"] if timeline else [str(BIN / "celery")]
    env = {"DB_POOL_MAX_SIZE": WORKER_DB_POOL, **env}
    if timeline:
        env["BENCH_TIMELINE_FILE"] = str(timeline)
    command = [
        *program,
        "-A",
        "careercoach",
        "worker",
        f"--pool={pool}",
        f"--concurrency={concurrency}",
        "--loglevel=INFO",
        f"--hostname=bench-{pool}-{concurrency}@%h",
        *extra_args,
    ]
    with child(name or f"worker-{pool}-{concurrency}", command, env) as process:
        wait_until(
            lambda: " ready." in process.log_text() or not process.alive(), timeout=60, what=f"the {pool} worker"
        )
        if not process.alive():
            raise RuntimeError(f"worker exited:\n{process.log_text()[-3000:]}")
        yield process


def resume_documents() -> list[tuple[str, dict]]:
    """The development resumes of bench/data/resumes."""
    paths = sorted(RESUMES_DIR.glob("*.json"))
    return [(path.stem, json.loads(path.read_text(encoding="utf-8"))) for path in paths]


def validated(document: dict) -> dict:
    from resumes.serializers import ResumeFormatSerializer

    serializer = ResumeFormatSerializer(data=document)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def users_with_resumes(count: int, *, prefix: str, password: str, resumes_each: int = 1) -> list[dict]:
    """`count` users, each owning `resumes_each` resumes cycled from the development set. One
    password hash is shared by all, so setup does not spend minutes in PBKDF2."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from resumes.services import resume_create

    User = get_user_model()
    hashed = make_password(password)
    documents = [validated(document) for _name, document in resume_documents()]
    User.objects.bulk_create([User(username=f"{prefix}{i}", password=hashed) for i in range(count)])
    accounts = []
    for i, user in enumerate(User.objects.filter(username__startswith=prefix).order_by("id")):
        keys = []
        for j in range(resumes_each):
            document = documents[(i * resumes_each + j) % len(documents)]
            keys.append(resume_create(owner=user, document=document).unique_key)
        accounts.append({"username": user.username, "password": password, "unique_keys": keys})
    return accounts


def write_result(name: str, data: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def markdown_table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
