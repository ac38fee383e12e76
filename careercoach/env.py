"""Reading settings from the environment: typed variables, the var/ folder, and the settings
whose shape depends on a URL (the database and the Celery broker). Plain functions of their
arguments and os.environ, so that careercoach/settings.py stays one flat list of settings."""

import os
from pathlib import Path

import dj_database_url


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def var_dir(base_dir: Path) -> Path:
    """CAREERCOACH_VAR_DIR, else var/. A parallel test run (pytest -n) gives each of its worker
    processes a folder of its own, so their SQLite test databases, embedded broker queues and
    logs never meet."""
    path = Path(os.environ.get("CAREERCOACH_VAR_DIR", base_dir / "var"))
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return path / worker if worker else path


def database(url: str, *, var_dir: Path, pool_max_size: int) -> dict:
    """The default database from DATABASE_URL.

    PostgreSQL starts a backend process per connection: reusing connections halved page p95 in
    bench/web.py. Health checks drop a connection the server closed (restart, idle timeout)
    before a request uses it. SQLite opens a file, so it keeps Django's per-request default."""
    config = dj_database_url.parse(
        url,
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0 if url.startswith("sqlite") else 60),
        conn_health_checks=True,
    )
    if pool_max_size and config["ENGINE"].endswith("postgresql"):
        # The worker's threads (or greenlets) each need the database for a few milliseconds per
        # job and then wait seconds on a provider: a pool of this size, shared by all of them,
        # keeps the worker within PostgreSQL's max_connections whatever its concurrency. A
        # thread waits up to `timeout` seconds for a free connection. Pools replace persistence.
        config["CONN_MAX_AGE"] = 0
        config.setdefault("OPTIONS", {})["pool"] = {
            "min_size": min(4, pool_max_size),
            "max_size": pool_max_size,
            "timeout": 30,
        }
    if config["ENGINE"].endswith("sqlite3"):
        # WAL and a busy timeout let the web server, worker and beat share one SQLite file.
        config["OPTIONS"] = {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
        # A file, not memory, so that worker processes started by the tests share the test database.
        config["TEST"] = {"NAME": str(var_dir / "test_careercoach.sqlite3")}
    return config


def broker_transport_options(url: str, *, broker_dir: Path, timeout: float) -> dict:
    """Celery's transport options for CELERY_BROKER_URL: the embedded filesystem broker's
    folders under var/, else a visibility timeout, and for Redis socket timeouts so that a
    broker that accepts connections but never answers cannot hold a request.

    Redis without ack emulation (CELERY_REDIS_ACK_EMULATION=1 brings it back): it costs two
    round trips a message, one of them in the worker's consumer thread, to hand a killed
    worker's messages back after the visibility timeout; the sweeper re-rings such jobs far
    sooner (JOB_STALE_SECONDS), and a warm shutdown still puts reserved messages back."""
    if url.startswith("filesystem"):
        return {
            "data_folder_in": str(broker_dir / "queue"),
            "data_folder_out": str(broker_dir / "queue"),
            "control_folder": str(broker_dir / "control"),
            "processed_folder": str(broker_dir / "processed"),
            "store_processed": False,
            # How often an idle worker looks at the queue folder. kombu's 1 s was most of a
            # job's wait before a worker saw it (bench/jobs.py, embedded: 0.91 s p50 from
            # ring to received, 0.10 s at 0.1); an idle worker then spends 0.3% of a core.
            "polling_interval": env_float("CELERY_BROKER_POLLING_INTERVAL", 0.1),
        }
    options = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600)}
    if url.startswith(("redis", "rediss")):
        options.update(
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            ack_emulation=env_bool("CELERY_REDIS_ACK_EMULATION", False),
        )
    return options
