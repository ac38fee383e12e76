"""Concurrent LLM-bound jobs: how close one worker comes to the ideal makespan on generations
that each wait on a provider, with Celery's default prefork pool and the embedded default
(SQLite and the filesystem broker) beside it, in one run.

    .venv/bin/python bench/jobs.py            # threads 120 jobs x60 and 200 x100, prefork, embedded
    .venv/bin/python bench/jobs.py --full     # the same with 60 prefork jobs and a worker profile
    .venv/bin/python bench/jobs.py --pools threads:60:120,gevent:60:120 --prefork 0

The fake LLM server (tests/fakes/llm_server.py) is the only provider (LLM_PROVIDERS=openai,
OPENAI_BASE_URL at it) and answers every call after the delay. For each pool the job rows are
created first, exactly as the app's job_start writes them, then all are rung at once through
the app's own job_enqueue (Redis broker); the makespan runs from the first ring to the last
finished_at. Ideal makespan = jobs x delay / concurrency: what a pool that added no cost of its
own would take. Every run uses the same machine, broker, database and fake server; the
embedded row runs in a child process on its own SQLite file and filesystem broker, as `make
run` does with no settings.

The worker runs under bench/timeline.py, which records when each job was received, started,
called the provider and got its answer; with the job row (claimed, result written, done) that
gives the per-job timeline table. With --profile (part of --full) py-spy samples the first
threads worker while it holds the GIL.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness, timeline  # noqa: E402
from bench.harness import log, markdown_table  # noqa: E402

# pool:concurrency:jobs. The targets of docs/BENCHMARKS.md are about the first two rows.
DEFAULT_POOLS = "threads:60:120,threads:100:200"
TARGETS = {60: (1.3, 25.0), 100: (1.5, None)}  # concurrency: (makespan / ideal at most, x prefork at least)
EMBEDDED = "embedded:32:120"  # the `make run` default: threads x32 on SQLite and the filesystem broker
KINDS = ("interview", "learning")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="60 prefork jobs instead of 20, and --profile")
    parser.add_argument(
        "--pools",
        default=DEFAULT_POOLS,
        help="comma-separated pool:concurrency:jobs, pool one of threads, gevent, prefork, embedded",
    )
    parser.add_argument("--jobs", type=int, help="jobs for pools given as pool:concurrency (default 120)")
    parser.add_argument("--threads", help="comma-separated threads concurrencies (instead of --pools)")
    parser.add_argument("--delay", type=float, default=2.0, help="seconds the fake provider waits (default 2)")
    parser.add_argument(
        "--overflow-postgres",
        action="store_true",
        help="run a pool even when it may need more PostgreSQL connections than are free "
        "(its jobs then fail to connect, and so may other programs using the server)",
    )
    parser.add_argument(
        "--prefork",
        type=int,
        default=os.cpu_count() or 2,
        help="prefork concurrency (Celery's default: the CPU count); 0 skips it",
    )
    parser.add_argument("--prefork-jobs", type=int, help="jobs for prefork (brief 20, full 60): it does one a second")
    parser.add_argument("--no-embedded", action="store_true", help="skip the embedded default (SQLite, filesystem)")
    parser.add_argument("--profile", action="store_true", help="py-spy the first threads or gevent worker")
    parser.add_argument(
        "--db-pool",
        type=int,
        default=int(harness.WORKER_DB_POOL),
        help="the worker's DB_POOL_MAX_SIZE, PostgreSQL connections shared by its threads "
        "(default: what Procfile and docker-compose set; 0: one per thread)",
    )
    parser.add_argument(
        "--worker-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for the worker only (repeatable), e.g. CELERY_WORKER_PREFETCH_MULTIPLIER=1",
    )
    parser.add_argument(
        "--worker-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="an extra argument for each worker's command line (repeatable), e.g. --without-gossip",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="worker processes per pool, the concurrency split evenly between them (default 1)",
    )
    parser.add_argument("--embedded-child", help=argparse.SUPPRESS)  # JSON output path, see main()
    args = parser.parse_args(argv)
    spec = args.pools if not args.threads else ",".join(f"threads:{n}" for n in args.threads.split(","))
    args.plan = []
    for item in [part.strip() for part in spec.split(",") if part.strip()]:
        pool, concurrency, *jobs = item.split(":")
        args.plan.append((pool, int(concurrency), int(jobs[0]) if jobs else (args.jobs or 120)))
    if args.prefork > 0 and not args.embedded_child:
        args.plan.append(("prefork", args.prefork, args.prefork_jobs or (60 if args.full else 20)))
    if not args.no_embedded and not args.embedded_child and not any(p == "embedded" for p, _c, _j in args.plan):
        pool, concurrency, jobs = EMBEDDED.split(":")
        args.plan.append((pool, int(concurrency), int(jobs)))
    args.profile = args.profile or args.full
    return args


def snapshots_for(resumes) -> dict:
    """What job_start computes per resume before it writes a row."""
    from careercoach.generation.keys import result_cache_key
    from careercoach.generation.kinds import get_kind
    from careercoach.llm.registry import chain_names
    from resumes.formats import resume_to_document

    chain = chain_names()
    prepared = {}
    for resume in resumes:
        snapshot = resume_to_document(resume)
        prepared[resume.pk] = {}
        for kind in map(get_kind, KINDS):
            language = kind.output_language(snapshot, "auto")
            key = result_cache_key(
                document=snapshot,
                kind=kind.name,
                language=language,
                providers=chain,
                prompt_version=kind.prompt_version,
            )
            prepared[resume.pk][kind.name] = {
                "snapshot": snapshot,
                "language": language,
                "providers": chain,
                "subject_id": str(resume.pk),
                "cache_key": key,
            }
    return prepared


def jobs_create(resumes, prepared: dict, count: int) -> list:
    """`count` queued jobs, half of each kind, at most one active per resume and kind (the
    app's constraint), with the fields job_start gives a regenerate request."""
    from careercoach.models import GenerationJob

    jobs = []
    for i in range(count):
        resume, kind = resumes[(i // 2) % len(resumes)], KINDS[i % 2]
        jobs.append(
            GenerationJob(
                owner_id=resume.owner_id, resume=resume, kind=kind, regenerate=True, **prepared[resume.pk][kind]
            )
        )
    return GenerationJob.objects.bulk_create(jobs)


def worker_cpu_seconds(process) -> float:
    """CPU time of the worker and its pool children so far."""
    import psutil

    total = 0.0
    try:
        root = psutil.Process(process.pid)
        for proc in [root, *root.children(recursive=True)]:
            times = proc.cpu_times()
            total += times.user + times.system
    except psutil.NoSuchProcess:
        pass
    return total


def postgres_headroom() -> tuple[int, int]:
    """(max_connections, connections open now): a threads worker holds one per busy thread."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW max_connections")
        limit = int(cursor.fetchone()[0])
        cursor.execute("SELECT count(*) FROM pg_stat_activity")
        return limit, int(cursor.fetchone()[0])


CONNECTION_RESERVE = 5  # for the benchmark itself, psql, and whoever else shares the server


def connections_needed(concurrency: int, env: dict, processes: int = 1) -> int:
    """PostgreSQL connections the workers may open: each one's pool size when they have one
    (settings DB_POOL_MAX_SIZE), else one per pool thread or greenlet."""
    pooled = int(env.get("DB_POOL_MAX_SIZE") or 0)
    return (pooled + 2) * processes if pooled else concurrency


def result_times(ids) -> dict[str, float]:
    """When each job's result row was written: its created_at, in its kind's result model."""
    from careercoach.generation.kinds import get_kind
    from careercoach.models import GenerationJob

    times = {}
    rows = GenerationJob.objects.filter(pk__in=ids).exclude(result_id="").values_list("pk", "kind", "result_id")
    by_kind: dict[str, dict[str, str]] = {}
    for job_id, kind, result_id in rows:
        by_kind.setdefault(kind, {})[result_id] = str(job_id)
    for kind, jobs in by_kind.items():
        model = get_kind(kind).result_model
        for pk, created in model.objects.filter(pk__in=list(jobs)).values_list("pk", "created_at"):
            times[jobs[str(pk)]] = created.timestamp()
    return times


def job_timeline(ids, published: dict, paths: list[Path]) -> list[dict]:
    """The per-job events: the workers' (bench/timeline.py) with the job row's."""
    from careercoach.models import GenerationJob

    events = {}
    for path in paths:
        events.update(timeline.read_events(path))
    written = result_times(ids)
    for job_id, started, finished in GenerationJob.objects.filter(pk__in=ids).values_list(
        "pk", "started_at", "finished_at"
    ):
        row = events.setdefault(str(job_id), {})
        row["published"] = published.get(str(job_id))
        if started:
            row["claimed"] = started.timestamp()
        if finished:
            row["done"] = finished.timestamp()
        if str(job_id) in written:
            row["result"] = written[str(job_id)]
        for key in [key for key, value in row.items() if value is None]:
            del row[key]
    return timeline.gaps(events, harness.percentile)


def run_pool(
    *, pool: str, concurrency: int, count: int, resumes, prepared, args, env, fake, profile: bool = False
) -> dict:
    from careercoach.generation.start import job_enqueue
    from careercoach.models import GenerationJob

    embedded = pool == "embedded"
    ideal = count * args.delay / concurrency
    timeout = 3 * ideal + 30
    base = {
        "pool": pool,
        "concurrency": concurrency,
        "jobs": count,
        "delay": args.delay,
        "ideal": ideal,
        "processes": 1 if pool == "prefork" else max(1, args.processes),
    }
    if not embedded:
        pg_limit, pg_open = postgres_headroom()
        free = pg_limit - pg_open - CONNECTION_RESERVE
        base.update(postgres_max_connections=pg_limit, postgres_open_before=pg_open)
        needed = connections_needed(concurrency, env, base["processes"])
        if pool != "prefork" and needed > free and not args.overflow_postgres:
            log(f"{pool} x{concurrency}: skipped, needs {needed} PostgreSQL connections, {free} free")
            return {**base, "skipped": True, "needed": needed}
    jobs = jobs_create(resumes, prepared, count)
    ids = [job.pk for job in jobs]
    processes = 1 if pool == "prefork" else max(1, args.processes)
    traces = [harness.LOG_DIR / f"timeline-{pool}-{concurrency}-{n}.jsonl" for n in range(processes)]
    for trace in traces:
        trace.unlink(missing_ok=True)
    profile_path = harness.LOG_DIR / f"profile-{pool}-{concurrency}.txt"
    worker_pool = "threads" if embedded else pool
    with contextlib.ExitStack() as stack:
        workers = [
            stack.enter_context(
                harness.celery_worker(
                    pool=worker_pool,
                    concurrency=concurrency // processes + (n < concurrency % processes),
                    env=env,
                    timeline=trace,
                    name=f"worker-{pool}-{concurrency}-{n}",
                    extra_args=tuple(args.worker_arg),
                )
            )
            for n, trace in enumerate(traces)
        ]
        before_calls = fake.stats()["requests"]
        time.sleep(1)  # let the pool settle after "ready" so start-up CPU is not counted
        spy = timeline.profile_start(workers[0].process.pid, profile_path) if profile else None
        cpu_before = sum(worker_cpu_seconds(worker.process) for worker in workers)
        log(f"{pool} x{concurrency}: ringing {len(jobs)} jobs (ideal makespan {ideal:.1f}s)")
        published, undelivered = {}, 0
        started = time.time()
        for job in jobs:
            undelivered += not job_enqueue(job)
            published[str(job.pk)] = time.time()
        rung = time.time() - started
        finished = GenerationJob.objects.filter(pk__in=ids, status__in=["done", "failed"])
        try:
            harness.wait_until(
                lambda: finished.count() == len(ids),
                timeout=timeout,
                interval=0.05,
                what=f"{len(ids)} jobs on {pool} x{concurrency}",
            )
        except TimeoutError as exc:
            log(str(exc))
        cpu = sum(worker_cpu_seconds(worker.process) for worker in workers) - cpu_before
        timeline.profile_stop(spy)
        calls = fake.stats()["requests"] - before_calls
        worker_log = "".join(worker.log_text() for worker in workers)
    if embedded:
        shutil.rmtree(harness.LOG_DIR / "embedded" / "broker" / "queue", ignore_errors=True)
        (harness.LOG_DIR / "embedded" / "broker" / "queue").mkdir(parents=True, exist_ok=True)
    else:
        # A message left unacknowledged by a stuck job must not be delivered to the next pool.
        harness.flush_redis()
    rows = list(GenerationJob.objects.filter(pk__in=ids).values("status", "started_at", "finished_at", "error_code"))
    gaps = job_timeline(ids, published, traces)
    # Unfinished jobs would hold the one-active-job slot of their resume in the next run.
    GenerationJob.objects.filter(pk__in=ids).exclude(status__in=["done", "failed"]).update(
        status="failed", step="failed", error_code="bench_timeout"
    )
    ends = [row["finished_at"].timestamp() - started for row in rows if row["finished_at"]]
    runs = [
        (row["finished_at"] - row["started_at"]).total_seconds()
        for row in rows
        if row["finished_at"] and row["started_at"]
    ]
    return {
        **base,
        "done": sum(row["status"] == "done" for row in rows),
        "failed": sum(row["status"] == "failed" for row in rows),
        "unfinished": len(ids) - len(ends),
        "undelivered": undelivered,
        "errors": sorted({row["error_code"] for row in rows if row["error_code"]}),
        "ring_seconds": rung,
        # With jobs left unfinished there is no makespan; throughput counts the finished ones.
        "makespan": max(ends) if len(ends) == len(ids) else float("nan"),
        "jobs_per_second": len(ends) / max(ends) if ends else 0.0,
        "llm_calls": calls,
        "worker_cpu_seconds": cpu,
        "job_p50": harness.percentile(ends, 0.50),
        "job_p95": harness.percentile(ends, 0.95),
        "run_p50": harness.percentile(runs, 0.50),
        "run_p95": harness.percentile(runs, 0.95),
        "timeline": gaps,
        "profile": timeline.profile_summary(profile_path) if spy else None,
        # One line per refused connection: the root exception of each traceback.
        "postgres_refusals": sum(
            line.startswith("psycopg.OperationalError") and "too many clients" in line
            for line in worker_log.splitlines()
        ),
        "database_locked": worker_log.count("database is locked"),
    }


def _ms(value: float) -> str:
    return "-" if value != value else f"{1000 * value:.0f}"


def _label(run: dict) -> str:
    names = {"embedded": "threads, embedded (SQLite, filesystem broker)", "prefork": "prefork (Celery's default)"}
    return names.get(run["pool"], run["pool"]) + (" under py-spy" if run.get("profiled") else "")


def _verdicts(run: dict, speedup: float, ratio: float) -> list[str]:
    lines = []
    measured = run["pool"] in ("threads", "gevent") and not run.get("profiled")
    target = TARGETS.get(run["concurrency"]) if measured else None
    if target and ratio == ratio:
        most, least = target
        text = (
            f"- {run['pool']} x{run['concurrency']}, {run['jobs']} jobs: makespan {ratio:.2f}x the ideal "
            f"(target at most {most}x: {'met' if ratio <= most else 'missed'})"
        )
        if least:
            text += f"; {speedup:.1f}x prefork (target at least {least:g}x: {'met' if speedup >= least else 'missed'})"
        lines.append(text + ".")
    elif target:
        lines.append(
            f"- {run['pool']} x{run['concurrency']}: {run['unfinished']} jobs never finished, so there is "
            "no makespan (targets missed)."
        )
    if run["failed"] or run["unfinished"] or run["undelivered"]:
        lines.append(
            f"- {_label(run)} x{run['concurrency']}: {run['failed']} failed {run['errors']}, "
            f"{run['unfinished']} unfinished after {3 * run['ideal'] + 30:.0f} s, "
            f"{run['undelivered']} not delivered to the broker."
        )
    if run.get("postgres_refusals"):
        lines.append(
            f"- {run['pool']} x{run['concurrency']}: PostgreSQL refused {run['postgres_refusals']} "
            f'connections ("too many clients": max_connections {run["postgres_max_connections"]}, '
            f"{run['postgres_open_before']} open before the run)."
        )
    if run.get("database_locked"):
        lines.append(f'- {_label(run)}: SQLite said "database is locked" {run["database_locked"]} times.')
    return lines


def _timeline_table(measured: list[dict]) -> str:
    headers = ["gap (ms, p50 / p95)"] + [f"{_label(run)} x{run['concurrency']}" for run in measured]
    rows = []
    for index, gap in enumerate(measured[0]["timeline"]):
        cells = []
        for run in measured:
            row = run["timeline"][index]
            cells.append(f"{_ms(row['p50'])} / {_ms(row['p95'])}" if row["jobs"] else "-")
        rows.append([gap["gap"], *cells])
    return markdown_table(headers, rows)


def _profile_text(run: dict) -> list[str]:
    profile = run.get("profile")
    if not profile or not profile["samples"]:
        return []
    samples = profile["samples"]
    wanted = (
        "careercoach/",
        "interviews/",
        "learning/",
        "resumes/",
        "celery/",
        "kombu/",
        "django/db",
        "django_celery_results/",
        "psycopg/",
        "openai/",
        "httpx2/",
        "pydantic",
        "json/",
    )
    inclusive = [(name, count) for name, count in profile["inclusive"] if any(w in name for w in wanted)][:15]
    lines = [
        "",
        f"Where {_label(run)} x{run['concurrency']} spent its GIL-holding time (py-spy, 200 samples/s, "
        f"{samples} samples = {samples / 200:.1f} s of serial work; share of samples with the function on "
        "the stack, then at its top):",
        "",
    ]
    lines.append(
        markdown_table(
            ["on the stack", "share"], [[f"`{name}`", f"{count / samples:.0%}"] for name, count in inclusive]
        )
    )
    lines += [
        "",
        markdown_table(
            ["at the top", "share"], [[f"`{name}`", f"{count / samples:.0%}"] for name, count in profile["own"][:10]]
        ),
    ]
    return lines


def report(runs: list[dict], args, command: str) -> str:
    prefork = next((run for run in runs if run["pool"] == "prefork" and not run.get("skipped")), {"jobs_per_second": 0})
    rows, verdicts, measured = [], [], []
    for run in runs:
        if run.get("skipped"):
            rows.append([_label(run), run["concurrency"], run["jobs"], "skipped", *["-"] * 8])
            verdicts.append(
                f"- {run['pool']} x{run['concurrency']}: not run: it may open {run['needed']} PostgreSQL "
                f"connections and the server allows {run['postgres_max_connections']} with "
                f"{run['postgres_open_before']} open (`--overflow-postgres` runs it anyway)."
            )
            continue
        measured.append(run)
        speedup = run["jobs_per_second"] / prefork["jobs_per_second"] if prefork["jobs_per_second"] else float("nan")
        ratio = run["makespan"] / run["ideal"]
        rows.append(
            [
                _label(run),
                run["concurrency"],
                run["jobs"],
                f"{run['done']}/{run['jobs']}",
                f"{run['makespan']:.1f}" if ratio == ratio else "never (stuck jobs)",
                f"{run['jobs_per_second']:.2f}",
                f"{run['ideal']:.1f}",
                f"{ratio:.2f}" if ratio == ratio else "-",
                f"{speedup:.1f}x" if speedup == speedup else "-",
                f"{run['run_p50']:.2f} / {run['run_p95']:.2f}",
                run["llm_calls"],
                f"{1000 * run['worker_cpu_seconds'] / run['jobs']:.1f}",
            ]
        )
        verdicts += _verdicts(run, speedup, ratio)
        if run.get("profiled"):
            verdicts.append(
                f"- {_label(run)}: the same run again with py-spy sampling the worker (below); its "
                "times are slowed by the sampling and are not the measurement."
            )
    table = markdown_table(
        [
            "pool",
            "concurrency",
            "jobs",
            "done",
            "makespan s",
            "jobs/s",
            "ideal s",
            "makespan / ideal",
            "vs prefork",
            "claim to done p50 / p95 s",
            "LLM calls",
            "worker CPU ms/job",
        ],
        rows,
    )
    parts = [
        "## Concurrent LLM-bound jobs",
        "",
        f"`{command}`: generation jobs (half interview questions, half learning paths), the fake provider "
        f"answering each call after {args.delay:g} s; Redis broker and PostgreSQL except the embedded row. "
        "Makespan: first ring to last job finished; ideal: jobs x delay / concurrency; claim to done: one job's "
        f"own run in the worker (started_at to finished_at), the provider's {args.delay:g} s included.",
        "",
        table,
        "",
        *verdicts,
    ]
    if measured:
        parts += [
            "",
            "Per-job timeline (bench/timeline.py: worker events and the job row, every job of the run):",
            "",
            _timeline_table(measured),
        ]
    for run in measured:
        parts += _profile_text(run)
    return "\n".join(parts)


def prepare(env: dict, largest: int):
    """Users, resumes and what job_start computes, in the database `env` points at."""
    harness.django_setup(env)
    from resumes.models import Resume

    resumes_needed = math.ceil(largest / 2)
    harness.users_with_resumes(
        10, prefix="jobs_user_", password="bench-password-1", resumes_each=math.ceil(resumes_needed / 10)
    )
    resumes = list(Resume.objects.order_by("id")[:resumes_needed])
    return resumes, snapshots_for(resumes)


def embedded_child(args) -> int:
    """The embedded rows, in this child process: a fresh SQLite file and filesystem broker under
    var/bench/embedded, and the database cache, exactly what `make run` uses with no settings."""
    var = harness.LOG_DIR / "embedded"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    with harness.fake_llm(args.delay) as fake:
        env = harness.app_env(
            OPENAI_BASE_URL=fake.openai_base_url,
            DATABASE_URL=f"sqlite:///{var / 'bench.sqlite3'}",
            CELERY_BROKER_URL="filesystem://localhost//",
            REDIS_URL="",
            CAREERCOACH_VAR_DIR=var,
        )
        harness.manage("migrate", "--noinput", env=env)
        harness.manage("createcachetable", env=env)
        runs = run_pools(args.plan, args, env, fake)
    Path(args.embedded_child).write_text(json.dumps(runs, default=str), encoding="utf-8")
    return 0


def run_embedded(plan, args) -> list[dict]:
    output = harness.LOG_DIR / "jobs-embedded.json"
    output.unlink(missing_ok=True)
    pools = ",".join(f"{pool}:{concurrency}:{count}" for pool, concurrency, count in plan)
    command = [
        harness.PYTHON,
        str(Path(__file__).resolve()),
        "--embedded-child",
        str(output),
        "--pools",
        pools,
        "--delay",
        str(args.delay),
        "--prefork",
        "0",
        "--no-embedded",
    ]
    subprocess.run(command, cwd=harness.ROOT, check=False, timeout=1800)
    return json.loads(output.read_text(encoding="utf-8")) if output.exists() else []


def run_services(services: list, args) -> list[dict]:
    """The pools on PostgreSQL and Redis, in one benchmark database, one after the other."""
    # The profile is taken in a run of its own: py-spy pauses the worker to sample it, which
    # would slow the very run whose makespan is measured.
    profiled = next((item for item in services if item[0] in ("threads", "gevent")), None) if args.profile else None
    with harness.fake_llm(args.delay) as fake:
        env = harness.app_env(OPENAI_BASE_URL=fake.openai_base_url)
        with harness.bench_database(env):
            env = {**env, "DB_POOL_MAX_SIZE": str(args.db_pool)}
            env.update(item.split("=", 1) for item in args.worker_env)
            return run_pools(services, args, env, fake, profiled=profiled)


def run_pools(plan: list, args, env: dict, fake, *, profiled=None) -> list[dict]:
    """Each (pool, concurrency, count) of `plan` in turn on one set of prepared resumes, then
    `profiled`, when given, once more under py-spy. The embedded child and the services run
    share it, so both prepare, run and log their pools alike."""
    resumes, prepared = prepare(env, max(count for _p, _c, count in plan))
    runs = []
    for pool, concurrency, count in plan + ([profiled] if profiled else []):
        profile = len(runs) == len(plan)
        run = run_pool(
            pool=pool,
            concurrency=concurrency,
            count=count,
            resumes=resumes,
            prepared=prepared,
            args=args,
            env=env,
            fake=fake,
            profile=profile,
        )
        run["profiled"] = profile
        if not run.get("skipped"):
            log(
                f"{pool} x{concurrency}: {run['done']}/{run['jobs']} done in {run['makespan']:.1f}s "
                f"({run['jobs_per_second']:.2f} jobs/s)"
            )
        runs.append(run)
    return runs


def main(argv=None) -> int:
    harness.stop_on_sigterm()
    args = parse_args(argv)
    if args.embedded_child:
        return embedded_child(args)
    command = harness.command_line("bench/jobs.py", argv)
    missing = harness.services_missing()
    if missing:
        print(f"## Concurrent LLM-bound jobs\n\nSkipped: {missing}.")
        return 0
    services = [item for item in args.plan if item[0] != "embedded"]
    runs = run_services(services, args) if services else []
    embedded = [item for item in args.plan if item[0] == "embedded"]
    if embedded:
        runs += run_embedded(embedded, args)
    harness.write_result("jobs", {"command": command, "args": vars(args), "runs": runs})
    print(report(runs, args, command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
