"""Private servers for fault tests: a Redis, a PostgreSQL and a gunicorn of our own, on free
ports, so that a test can stop, freeze and restart them without touching the machine's
shared services or anyone else's test run."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from tests.careercoach.workers import ROOT, kill, worker_env
from tests.waiting import wait_until

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.3):
            return True
    except OSError:
        return False


class PrivateRedis:
    """A throwaway redis-server: `stop()` kills it (connections refused), `freeze()` stops the
    process with SIGSTOP (connections accepted by the kernel, never answered: a hung broker)."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(lambda: port_listening(self.port), timeout=10, interval=0.05, what="private redis to listen")
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            kill(self.process, signal.SIGKILL)
        wait_until(lambda: not port_listening(self.port), timeout=10, interval=0.05, what="private redis to stop")

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)


def redis_available() -> bool:
    return shutil.which("redis-server") is not None


def postgres_bin_dir() -> Path | None:
    for directory in PG_BIN_DIRS:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    return None


class PrivatePostgres:
    """A PostgreSQL cluster in a temporary directory on a free port, run as the `postgres` OS
    user when the tests run as root (PostgreSQL refuses to run as root)."""

    def __init__(self):
        self.bin = postgres_bin_dir()
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="careercoach-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "server.log"
        self.as_user = "postgres" if os.geteuid() == 0 else None
        if self.as_user:
            shutil.chown(self.directory, user=self.as_user)

    def url(self, database: str = "careercoach") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args, check=True, timeout=60):
        return subprocess.run(
            [str(a) for a in args],
            user=self.as_user,
            check=check,
            timeout=timeout,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=self.directory,
        )

    def init(self):
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C.UTF-8",
        )
        return self

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40"
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "30", "start")
        return self

    def stop(self, mode: str = "fast"):
        self._run(self.bin / "pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop", check=False)

    def create_database(self, name: str = "careercoach"):
        self._run(self.bin / "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", name)

    def destroy(self):
        self.stop("immediate")
        shutil.rmtree(self.directory, ignore_errors=True)


def manage(*args, env: dict, timeout: float = 120) -> str:
    """Run manage.py in a subprocess with `env`; its output, or an AssertionError with it."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        timeout=timeout,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}"
    return result.stdout


def web_env(broker_url: str = "memory://", **extra) -> dict:
    """The environment of a web process on the test database (or `DATABASE_URL` in extra)."""
    return worker_env(broker_url, DEBUG="0", ALLOWED_HOSTS="127.0.0.1,localhost", **extra)


@contextmanager
def gunicorn(env: dict, *, workers: int = 1, threads: int = 8, log_name: str = "test-gunicorn.log"):
    """A real gunicorn serving careercoach; yields its base URL."""
    port = free_port()
    log = open(Path(settings.VAR_DIR) / log_name, "ab")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "careercoach.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--worker-class",
            "gthread",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            "--backlog",
            "256",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until(
            lambda: port_listening(port) or process.poll() is not None,
            timeout=30,
            interval=0.1,
            what="gunicorn to listen",
        )
        assert process.poll() is None, f"gunicorn exited; see {log.name}"
        yield f"http://127.0.0.1:{port}"
    finally:
        kill(process, signal.SIGTERM)
        log.close()


def elapsed(started: float) -> float:
    return time.monotonic() - started
