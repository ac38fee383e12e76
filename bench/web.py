"""Web throughput and latency under 50 people preparing for interviews at once, with the
configured server beside the obvious alternatives, in one run.

    .venv/bin/python bench/web.py            # brief: 15 s measured per server
    .venv/bin/python bench/web.py --full     # 90 s measured per server

Servers, each on a free port of 127.0.0.1 in turn against the same database and worker:
- gunicorn 3x4: the production command of the Dockerfile and docker-compose.yml
  (`gunicorn --workers 3 --threads 4`) with the default settings (PostgreSQL connections
  kept for 60 s and health-checked);
- gunicorn 3x4, DB_CONN_MAX_AGE=0: the same with a new PostgreSQL connection per request,
  the default before persistent connections were;
- runserver: what `make run` starts (Procfile), with DEBUG off like the others (it closes
  each request thread's connection whatever DB_CONN_MAX_AGE says);
- gunicorn sync x1: one synchronous worker, gunicorn's default without options.
(--no-control-socket keeps gunicorn 27 from creating ~/.gunicorn/gunicorn.ctl; it changes
nothing in how requests are served.)

Around them: a fresh PostgreSQL database (careercoach_bench), Redis db 14 as broker and cache,
a Celery threads worker, and the fake LLM server as the only provider (2 s per answer), so
generations really run. The hourly generation limits are raised for the simulated users
(RATE_LIMIT_*_PER_HOUR=1000000). Load: locust headless, bench/locustfile.py. Between servers
the sessions, jobs and results are emptied so every server starts from the same state.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.harness import BIN, PYTHON, log, markdown_table, percentile  # noqa: E402

GUNICORN = [
    str(BIN / "gunicorn"),
    "careercoach.wsgi:application",
    "--bind",
    "127.0.0.1:{port}",
    "--access-logfile",
    "-",
    "--no-control-socket",
]
# name: (command, environment for it)
SERVERS = {
    "gunicorn 3x4": (GUNICORN + ["--workers", "3", "--threads", "4"], {}),
    "gunicorn 3x4, DB_CONN_MAX_AGE=0": (GUNICORN + ["--workers", "3", "--threads", "4"], {"DB_CONN_MAX_AGE": "0"}),
    "runserver": ([PYTHON, "manage.py", "runserver", "127.0.0.1:{port}", "--noreload"], {}),
    "gunicorn sync x1": (GUNICORN + ["--workers", "1"], {}),
}
PAGE_VIEWS = ("resume list", "resume page", "result page")
REQUEST_ORDER = ("resume list", "resume page", "start generation", "poll job", "result page")
PASSWORD = "bench-password-1"
# Users started per second. Each login hashes a password (PBKDF2, about 0.2 s of CPU here), so
# a faster ramp only measures a queue of logins on two cores.
SPAWN_RATE = 5
TARGET_PAGE_P95_MS = 200


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="90 s measured per server, 15 s warm-up")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, help="measured seconds per server (brief 15, full 90)")
    parser.add_argument("--warmup", type=float, help="seconds of load after the logins before measuring")
    parser.add_argument("--servers", default=";".join(SERVERS), help="semicolon-separated, from: " + "; ".join(SERVERS))
    parser.add_argument("--delay", type=float, default=2.0, help="seconds the fake provider takes per answer")
    parser.add_argument("--worker-concurrency", type=int, default=50)
    parser.add_argument("--think", default="0.5,1.5", help="seconds a user waits between steps: min,max")
    args = parser.parse_args(argv)
    args.seconds = args.seconds or (90.0 if args.full else 15.0)
    args.warmup = args.warmup if args.warmup is not None else (15.0 if args.full else 8.0)
    args.servers = [name.strip() for name in args.servers.split(";") if name.strip()]
    unknown = [name for name in args.servers if name not in SERVERS]
    if unknown:
        parser.error(f"unknown servers {unknown}")
    args.think_min, args.think_max = (float(x) for x in args.think.split(","))
    return args


def slug(server: str) -> str:
    return "web-" + "".join(c if c.isalnum() else "-" for c in server.lower())


def state_reset() -> None:
    """Every server starts with no sessions, jobs, results or login records."""
    from django.apps import apps
    from django.db import connection

    from careercoach.models import GenerationJob

    active = GenerationJob.objects.active()
    try:
        harness.wait_until(lambda: not active.exists(), timeout=60, what="running jobs to finish")
    except TimeoutError as exc:
        log(str(exc))
    labels = [
        "careercoach.GenerationJob",
        "interviews.QuestionSet",
        "learning.LearningPlan",
        "django_celery_results.TaskResult",
        "sessions.Session",
        "axes.AccessLog",
        "axes.AccessAttempt",
    ]
    tables = [apps.get_model(label)._meta.db_table for label in labels]
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE")


def load_run(server: str, base_url: str, pids: dict, args, users_file: Path) -> dict:
    record_file = harness.LOG_DIR / f"{slug(server)}-records.json"
    record_file.unlink(missing_ok=True)
    login_timeout = 180
    env = {
        **harness.app_env(),
        "BENCH_USERS_FILE": str(users_file),
        "BENCH_RECORD_FILE": str(record_file),
        "BENCH_MEASURE_SECONDS": str(args.seconds),
        "BENCH_USER_COUNT": str(args.users),
        "BENCH_LOGIN_TIMEOUT": str(login_timeout),
        "BENCH_WARMUP_SECONDS": str(args.warmup),
        "BENCH_THINK_MIN": str(args.think_min),
        "BENCH_THINK_MAX": str(args.think_max),
        "BENCH_SERVER_PID": str(pids["server"]),
        "BENCH_WORKER_PID": str(pids["worker"]),
    }
    command = [
        str(BIN / "locust"),
        "-f",
        str(harness.ROOT / "bench" / "locustfile.py"),
        "--headless",
        "-u",
        str(args.users),
        "-r",
        str(SPAWN_RATE),
        "-t",
        f"{int(login_timeout + args.warmup + args.seconds + 60)}s",
        "--host",
        base_url,
        "--only-summary",
        "--stop-timeout",
        "5",
        "--loglevel",
        "WARNING",
        "--exit-code-on-error",
        "0",
    ]
    log_path = harness.LOG_DIR / f"{slug(server)}-locust.log"
    with open(log_path, "wb") as locust_log:
        subprocess.run(
            command,
            cwd=harness.ROOT,
            env=env,
            stdout=locust_log,
            stderr=subprocess.STDOUT,
            timeout=login_timeout + args.warmup + args.seconds + 180,
            check=False,
            start_new_session=True,
        )
    return json.loads(record_file.read_text(encoding="utf-8"))


def summarize(server: str, data: dict, args) -> dict:
    marks, records = data["marks"], data["records"]
    start, end = marks.get("measure_start"), marks.get("measure_end")
    if start is None or end is None:
        return {"server": server, "error": "the run did not reach its measured window (see var/bench/locust-*.log)"}
    window = end - start
    http = [r for r in records if r[4] != "FLOW" and r[1] is not None and start <= r[1] <= end]
    logins = [r for r in records if r[0] == "login"]
    flows = [r for r in records if r[4] == "FLOW" and start <= r[1] <= end]
    generated = [r for r in flows if r[0] == "new generation"]

    def stats(rows):
        times = [r[2] for r in rows]
        return {
            "count": len(rows),
            "rps": len(rows) / window,
            "errors": sum(not r[3] for r in rows),
            "p50": percentile(times, 0.50),
            "p95": percentile(times, 0.95),
            "p99": percentile(times, 0.99),
            "max": max(times) if times else float("nan"),
        }

    by_name = {name: stats([r for r in http if r[0] == name]) for name in REQUEST_ORDER}
    cpu_start, cpu_end = marks["cpu_start"], marks["cpu_end"]
    cpu = {name: cpu_end[name] - cpu_start[name] for name in cpu_start}
    failures = {}
    for r in http:
        if not r[3]:
            failures[f"{r[0]}: {r[5]}"] = failures.get(f"{r[0]}: {r[5]}", 0) + 1
    return {
        "server": server,
        "window": window,
        "by_name": by_name,
        "pages": stats([r for r in http if r[0] in PAGE_VIEWS]),
        "all": stats(http),
        "login": stats(logins),
        "flows": stats(flows),
        "generated": stats(generated),
        "machine_cpu_busy": cpu["machine_busy"] / cpu["machine_total"],
        "server_cpu_ms_per_request": 1000 * cpu.get("server", 0.0) / max(len(http), 1),
        # Cores kept busy on average over the window, per part of the system.
        "cores": {
            name: cpu.get(name, float("nan")) / window
            for name in ("machine_busy", "server", "worker", "postgres", "locust")
        },
        "failures": failures,
    }


def ms(value: float) -> str:
    return "-" if value != value else f"{value:.0f}"


def report(results: list[dict], args, command: str) -> str:
    summary, detail, verdicts = [], [], []
    for result in results:
        if "error" in result:
            summary.append([result["server"], result["error"], *["-"] * 10])
            continue
        pages, every, flows, generated = result["pages"], result["all"], result["flows"], result["generated"]
        error_rate = every["errors"] / every["count"] if every["count"] else float("nan")
        summary.append(
            [
                result["server"],
                f"{every['rps']:.1f}",
                ms(pages["p50"]),
                ms(pages["p95"]),
                ms(pages["p99"]),
                ms(every["p95"]),
                f"{error_rate:.2%}",
                f"{flows['count'] - flows['errors']}/{flows['count']}",
                f"{generated['p50'] / 1000:.1f} / {generated['p95'] / 1000:.1f}",
                ms(result["login"]["p95"]),
                " / ".join(
                    f"{result['cores'][name]:.2f}"
                    for name in ("machine_busy", "server", "worker", "postgres", "locust")
                ),
                f"{result['server_cpu_ms_per_request']:.0f}",
            ]
        )
        for name in REQUEST_ORDER:
            row = result["by_name"][name]
            detail.append(
                [
                    result["server"],
                    name,
                    row["count"],
                    f"{row['rps']:.1f}",
                    ms(row["p50"]),
                    ms(row["p95"]),
                    ms(row["p99"]),
                    ms(row["max"]),
                    row["errors"],
                ]
            )
        met = pages["p95"] < TARGET_PAGE_P95_MS and every["errors"] == 0 and flows["errors"] == 0
        verdicts.append(
            f"- {result['server']}: page-view p95 {ms(pages['p95'])} ms, {every['errors']} failed "
            f"requests, {flows['errors']} failed generations (target p95 under {TARGET_PAGE_P95_MS} ms "
            f"and no errors: {'met' if met else 'missed'})."
        )
        for failure, count in sorted(result["failures"].items()):
            verdicts.append(f"  - {count} x {failure}")
    return "\n".join(
        [
            "## Web throughput and latency",
            "",
            f"`{command}`: {args.users} simulated users (locust, bench/locustfile.py), each logged in once, then "
            f"looping: resume list, resume page, start an interview generation (the page's HTMX POST), poll the job "
            f"every second, open the result; {args.think_min:g}-{args.think_max:g} s of thinking between steps, "
            f"every second round with regenerate. {args.seconds:g} s measured per server after the last login. "
            f"PostgreSQL, Redis (broker and cache), a Celery threads worker (concurrency {args.worker_concurrency}) "
            f"and the fake LLM provider answering in {args.delay:g} s. Hourly generation limits raised for the "
            f"test users. Times in ms; percentiles are nearest-rank over every request in the window. Page views: "
            f"resume list, resume page, result page. CPU: cores kept busy on average during the window, on "
            f"a machine with {os.cpu_count()}; `all` includes everything running on it.",
            "",
            "Servers: `gunicorn 3x4` is the Dockerfile / docker-compose command (`--workers 3 --threads 4`) with "
            "the default settings (persistent, health-checked PostgreSQL connections); the second row opens a "
            "connection per request instead; `runserver` is what `make run` starts; `gunicorn sync x1` is one "
            "synchronous worker.",
            "",
            markdown_table(
                [
                    "server",
                    "requests/s",
                    "page p50",
                    "page p95",
                    "page p99",
                    "all p95",
                    "error rate",
                    "generations ok",
                    "new generation, press to result p50 / p95 s",
                    "login p95",
                    "CPU cores busy: all / web / worker / PostgreSQL / locust",
                    "web CPU ms per request",
                ],
                summary,
            ),
            "",
            *verdicts,
            "",
            "Per request type:",
            "",
            markdown_table(["server", "request", "count", "per s", "p50", "p95", "p99", "max", "errors"], detail),
        ]
    )


def main(argv=None) -> int:
    harness.stop_on_sigterm()
    args = parse_args(argv)
    command = harness.command_line("bench/web.py", argv)
    missing = harness.services_missing()
    if missing:
        print(f"## Web throughput and latency\n\nSkipped: {missing}.")
        return 0
    results = []
    with harness.fake_llm(args.delay) as fake:
        env = harness.app_env(OPENAI_BASE_URL=fake.openai_base_url, CELERY_WORKER_CONCURRENCY=args.worker_concurrency)
        with harness.bench_database(env):
            harness.django_setup(env)
            accounts = harness.users_with_resumes(args.users, prefix="web_user_", password=PASSWORD)
            users_file = harness.LOG_DIR / "web-users.json"
            users_file.write_text(json.dumps(accounts, ensure_ascii=False), encoding="utf-8")
            with harness.celery_worker(pool="threads", concurrency=args.worker_concurrency, env=env) as worker:
                for server in args.servers:
                    state_reset()
                    port = harness.free_port()
                    template, server_env = SERVERS[server]
                    command_line = [part.format(port=port) for part in template]
                    base_url = f"http://127.0.0.1:{port}"
                    with harness.child(slug(server), command_line, {**env, **server_env}) as process:
                        login_url = base_url + "/accounts/login/"
                        harness.wait_until(
                            lambda p=process, u=login_url: harness.http_ok(u) or not p.alive(),
                            timeout=60,
                            what=f"{server} to answer",
                        )
                        if not process.alive():
                            raise RuntimeError(f"{server} exited:\n{process.log_text()[-3000:]}")
                        log(f"{server}: {args.users} users, {args.seconds:g} s measured")
                        started = time.monotonic()
                        pids = {"server": process.process.pid, "worker": worker.process.pid}
                        data = load_run(server, base_url, pids, args, users_file)
                        result = summarize(server, data, args)
                        results.append(result)
                        if "error" in result:
                            log(f"{server}: {result['error']}")
                        else:
                            log(
                                f"{server}: {result['all']['rps']:.1f} req/s, page p95 {ms(result['pages']['p95'])} ms, "
                                f"{result['all']['errors']} errors ({time.monotonic() - started:.0f}s)"
                            )
    harness.write_result("web", {"command": command, "args": vars(args), "results": results})
    print(report(results, args, command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
