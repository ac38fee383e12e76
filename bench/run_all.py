"""Every benchmark in one go: briefly by default (a few minutes), fully with --full. The
results, as Markdown tables headed by the machine that produced them, go to
bench/results/latest.md and to stdout; progress goes to stderr.

    make bench                 # .venv/bin/python bench/run_all.py
    make bench FULL=1          # .venv/bin/python bench/run_all.py --full
    .venv/bin/python bench/run_all.py --only web,jobs

Each benchmark is its own script, run here as a child process with a time limit:
generate.py (offline coach latency and memory), web.py (gunicorn under locust), jobs.py
(threads vs prefork workers on LLM-bound jobs), tokens.py (tokens per generation, cache hit
rate) and parse_accuracy.py (resume parsing). web, jobs and tokens need PostgreSQL and Redis
on 127.0.0.1 (BENCH_POSTGRES_URL, BENCH_REDIS_URL) and say so when they are missing.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402

BENCH = harness.ROOT / "bench"
# name: (title, script, brief arguments, full arguments, time limit brief, time limit full)
SECTIONS = {
    "coach": ("Offline coach latency and memory", "generate.py", [], ["--repeat", "20"], 600, 1800),
    "web": ("Web throughput", "web.py", [], ["--full"], 900, 1800),
    "jobs": ("Concurrent LLM-bound jobs", "jobs.py", [], ["--full"], 900, 1800),
    "tokens": ("Tokens and cache", "tokens.py", [], ["--full"], 600, 1200),
    "parsing": ("Resume parsing accuracy", "parse_accuracy.py", ["--summary"], ["--summary"], 600, 1200),
}
QUIET_BUSY = 0.15


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="the full sizes (what docs/BENCHMARKS.md reports)")
    parser.add_argument("--only", help="comma-separated subset of: " + ", ".join(SECTIONS))
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0,
        help="wait up to this many seconds for the machine to be idle before starting",
    )
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in (args.only or ",".join(SECTIONS)).split(",") if name.strip()]
    unknown = [name for name in args.only if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections {unknown}")
    return args


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def cpu_busy(seconds: float = 3.0) -> float:
    """Share of all CPUs busy over `seconds`: other work on the machine distorts every figure."""
    import psutil

    before = psutil.cpu_times()
    time.sleep(seconds)
    after = psutil.cpu_times()
    idle = (after.idle + getattr(after, "iowait", 0)) - (before.idle + getattr(before, "iowait", 0))
    total = sum(after) - sum(before)
    return 1 - idle / total if total else 0.0


def service_versions() -> tuple[str, str]:
    postgres = redis_version = "not reachable"
    try:
        import psycopg

        with psycopg.connect(harness.database_url("postgres"), connect_timeout=3) as conn:
            postgres = "PostgreSQL " + conn.execute("SHOW server_version").fetchone()[0].split()[0]
    except Exception:  # reported as "not reachable"
        pass
    try:
        import redis

        redis_version = (
            "Redis "
            + redis.Redis.from_url(harness.redis_url(), socket_connect_timeout=3).info("server")["redis_version"]
        )
    except Exception:
        pass
    return postgres, redis_version


def git_revision() -> str:
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=harness.ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = " with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
        return f"{commit}{dirty}" if commit else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine_section(command: str, busy: float) -> str:
    cpuinfo = _read("/proc/cpuinfo")
    model = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
        platform.processor() or "unknown",
    )
    meminfo = _read("/proc/meminfo")
    mem_kb = next((int(line.split()[1]) for line in meminfo.splitlines() if line.startswith("MemTotal:")), 0)
    postgres, redis_version = service_versions()
    rows = [
        ["command", f"`{command}`"],
        ["date (UTC)", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")],
        ["revision", git_revision()],
        ["CPUs (nproc)", os.cpu_count()],
        ["CPU model", model],
        ["RAM", f"{mem_kb / 1024 / 1024:.1f} GiB"],
        ["OS", platform.platform()],
        ["Python", platform.python_version()],
        ["services", f"{postgres}, {redis_version} (both on 127.0.0.1)"],
        [
            "packages",
            ", ".join(
                f"{name} {_package(name)}" for name in ("Django", "celery", "gunicorn", "locust", "psycopg", "openai")
            ),
        ],
        [
            "CPU busy before start",
            f"{busy:.0%}" + (" (other work was running: figures are pessimistic)" if busy > QUIET_BUSY else ""),
        ],
    ]
    return "\n".join(["## Machine", "", harness.markdown_table(["", ""], rows)])


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, which every benchmark turns into its clean-up; SIGKILL if that hangs."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=90)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def run_section(name: str, full: bool) -> str:
    title, script, brief_args, full_args, brief_limit, full_limit = SECTIONS[name]
    path = BENCH / script
    if not path.exists():
        return f"## {title}\n\nNot run: bench/{script} does not exist yet."
    command = [harness.PYTHON, str(path), *(full_args if full else brief_args)]
    limit = full_limit if full else brief_limit
    harness.log(f"{title}: {' '.join(command[1:])} (at most {limit // 60} min)")
    started = time.monotonic()
    harness.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    output_path = harness.RESULTS_DIR / f"{name}.md"
    tail = collections.deque(maxlen=20)
    with open(output_path, "w", encoding="utf-8") as output:
        process = subprocess.Popen(
            command, cwd=harness.ROOT, stdout=output, stderr=subprocess.PIPE, text=True, start_new_session=True
        )

        def relay():
            for line in process.stderr:
                tail.append(line.rstrip())
                sys.stderr.write(line)
                sys.stderr.flush()

        relay_thread = threading.Thread(target=relay, daemon=True)
        relay_thread.start()
        stopped = ""
        try:
            process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            stop(process)
            stopped = f"Stopped after the time limit of {limit} s.\n\n"
        except BaseException:
            # Ctrl-C reaches only this process (the child has its own session): stop the
            # child so that its own clean-up drops the database and ends its processes.
            stop(process)
            raise
        relay_thread.join(timeout=5)
    stdout = stopped + output_path.read_text(encoding="utf-8")
    elapsed = time.monotonic() - started
    harness.log(f"{title}: finished in {elapsed:.0f} s (exit {process.returncode})")
    body = stdout.strip()
    if not body.startswith("#"):
        body = f"## {title}\n\n`python bench/{' '.join([script, *command[2:]])}`\n\n```text\n{body}\n```"
    if process.returncode:
        details = "\n".join(tail)
        body += f"\n\nExited with status {process.returncode}; the last lines it logged:\n\n```text\n{details}\n```"
    return body + f"\n\n_{elapsed:.0f} s_"


def wait_for_quiet(limit: float) -> float:
    deadline = time.monotonic() + limit
    busy = cpu_busy()
    while busy > QUIET_BUSY and time.monotonic() < deadline:
        harness.log(f"machine {busy:.0%} busy; waiting for it to be idle")
        time.sleep(10)
        busy = cpu_busy()
    return busy


def main(argv=None) -> int:
    harness.stop_on_sigterm()
    args = parse_args(argv)
    if os.environ.get("MAKELEVEL"):
        command = "make bench" + (" FULL=1" if args.full else "")
    else:
        command = " ".join(
            ["python bench/run_all.py", *sys.argv[1:]] if argv is None else ["python bench/run_all.py", *argv]
        )
    busy = wait_for_quiet(args.wait_quiet)
    parts = [f"# careercoach benchmarks ({'full' if args.full else 'brief'})", "", machine_section(command, busy)]
    for name in args.only:
        parts += ["", run_section(name, args.full)]
    text = "\n".join(parts) + "\n"
    harness.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (harness.RESULTS_DIR / "latest.md").write_text(text, encoding="utf-8")
    print(text)
    harness.log(f"written to {harness.RESULTS_DIR / 'latest.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
