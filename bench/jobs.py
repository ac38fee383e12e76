"""Concurrent LLM-bound jobs: how fast one worker finishes generations that each wait on a
provider, with the configured threads pool beside Celery's default prefork pool.

    .venv/bin/python bench/jobs.py            # brief: 60 jobs, 2 s delay, threads at 60
    .venv/bin/python bench/jobs.py --full     # 200 jobs, 2 s delay, threads at 50, 80 and 100

The fake LLM server (tests/fakes/llm_server.py) is the only provider (LLM_PROVIDERS=openai,
OPENAI_BASE_URL at it) and answers every call after the delay. For each pool the job rows are
created first, exactly as the app's job_start writes them, then all are rung at once through
the app's own job_enqueue (Redis broker); the makespan runs from the first ring to the last
finished_at. Ideal makespan = jobs x delay / concurrency: what a pool that added no cost of its
own would take. Every run uses the same machine, broker, database and fake server.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.harness import log, markdown_table  # noqa: E402

KINDS = ("interview", "learning")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="200 jobs, 2 s delay, threads at 50, 80 and 100")
    parser.add_argument("--jobs", type=int, help="jobs per pool (brief 60, full 200)")
    parser.add_argument("--delay", type=float, help="seconds the fake provider waits (default 2)")
    parser.add_argument("--threads", help="comma-separated threads-pool concurrencies (brief 60, full 50,80,100)")
    parser.add_argument("--overflow-postgres", action="store_true",
                        help="run a threads pool even when it needs more PostgreSQL connections than are free "
                             "(its jobs then fail to connect, and so may other programs using the server)")
    parser.add_argument("--prefork", type=int, default=os.cpu_count() or 2,
                        help="prefork concurrency (Celery's default: the CPU count); 0 skips it")
    args = parser.parse_args(argv)
    args.jobs = args.jobs or (200 if args.full else 60)
    args.delay = args.delay if args.delay is not None else 2.0
    args.threads = [int(n) for n in (args.threads or ("50,80,100" if args.full else "60")).split(",")]
    return args


def snapshots_for(resumes) -> dict:
    """What job_start computes per resume before it writes a row."""
    from careercoach.generation.keys import result_cache_key
    from careercoach.llm.prompts import resolve_language
    from careercoach.llm.registry import chain_names
    from resumes.formats import resume_to_document

    chain = chain_names()
    prepared = {}
    for resume in resumes:
        snapshot = resume_to_document(resume)
        language = resolve_language(snapshot, "auto")
        prepared[resume.pk] = {
            kind: {"snapshot": snapshot, "language": language, "providers": chain,
                   "cache_key": result_cache_key(snapshot=snapshot, kind=kind, language=language, providers=chain)}
            for kind in KINDS
        }
    return prepared


def jobs_create(resumes, prepared: dict, count: int) -> list:
    """`count` queued jobs, half of each kind, at most one active per resume and kind (the
    app's constraint), with the fields job_start gives a regenerate request."""
    from careercoach.models import GenerationJob

    jobs = []
    for i in range(count):
        resume, kind = resumes[(i // 2) % len(resumes)], KINDS[i % 2]
        jobs.append(GenerationJob(owner_id=resume.owner_id, resume=resume, kind=kind, regenerate=True,
                                  **prepared[resume.pk][kind]))
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


def run_pool(*, pool: str, concurrency: int, resumes, prepared, args, env, fake) -> dict:
    from careercoach.generation.start import job_enqueue
    from careercoach.models import GenerationJob

    ideal = args.jobs * args.delay / concurrency
    timeout = 3 * ideal + 30
    pg_limit, pg_open = postgres_headroom()
    free = pg_limit - pg_open - CONNECTION_RESERVE
    if pool == "threads" and concurrency > free and not args.overflow_postgres:
        log(f"{pool} x{concurrency}: skipped, needs {concurrency} PostgreSQL connections, {free} free")
        return {"pool": pool, "concurrency": concurrency, "jobs": args.jobs, "skipped": True, "ideal": ideal,
                "postgres_max_connections": pg_limit, "postgres_open_before": pg_open}
    jobs = jobs_create(resumes, prepared, args.jobs)
    ids = [job.pk for job in jobs]
    with harness.celery_worker(pool=pool, concurrency=concurrency, env=env) as worker:
        before_calls = fake.stats()["requests"]
        time.sleep(1)  # let the pool settle after "ready" so start-up CPU is not counted
        cpu_before = worker_cpu_seconds(worker.process)
        log(f"{pool} x{concurrency}: ringing {len(jobs)} jobs (ideal makespan {ideal:.1f}s)")
        started = time.time()
        undelivered = sum(not job_enqueue(job) for job in jobs)
        rung = time.time() - started
        finished = GenerationJob.objects.filter(pk__in=ids, status__in=["done", "failed"])
        try:
            harness.wait_until(lambda: finished.count() == len(ids), timeout=timeout, interval=0.05,
                               what=f"{len(ids)} jobs on {pool} x{concurrency}")
        except TimeoutError as exc:
            log(str(exc))
        cpu = worker_cpu_seconds(worker.process) - cpu_before
        calls = fake.stats()["requests"] - before_calls
        worker_log = worker.log_text()
    # A message left unacknowledged by a stuck job must not be delivered to the next pool.
    harness.flush_redis()
    rows = list(GenerationJob.objects.filter(pk__in=ids).values("status", "started_at", "finished_at", "error_code"))
    # Unfinished jobs would hold the one-active-job slot of their resume in the next run.
    GenerationJob.objects.filter(pk__in=ids).exclude(status__in=["done", "failed"]).update(
        status="failed", step="failed", error_code="bench_timeout")
    ends = [row["finished_at"].timestamp() - started for row in rows if row["finished_at"]]
    runs = [(row["finished_at"] - row["started_at"]).total_seconds() for row in rows
            if row["finished_at"] and row["started_at"]]
    return {
        "pool": pool, "concurrency": concurrency, "jobs": len(ids), "delay": args.delay,
        "done": sum(row["status"] == "done" for row in rows),
        "failed": sum(row["status"] == "failed" for row in rows),
        "unfinished": len(ids) - len(ends), "undelivered": undelivered,
        "errors": sorted({row["error_code"] for row in rows if row["error_code"]}),
        "ring_seconds": rung,
        # With jobs left unfinished there is no makespan; throughput counts the finished ones.
        "makespan": max(ends) if len(ends) == len(ids) else float("nan"),
        "jobs_per_second": len(ends) / max(ends) if ends else 0.0,
        "ideal": ideal, "llm_calls": calls, "worker_cpu_seconds": cpu,
        "job_p50": harness.percentile(ends, 0.50), "job_p95": harness.percentile(ends, 0.95),
        "run_p50": harness.percentile(runs, 0.50), "run_p95": harness.percentile(runs, 0.95),
        "postgres_max_connections": pg_limit, "postgres_open_before": pg_open,
        # One line per refused connection: the root exception of each traceback.
        "postgres_refusals": sum(line.startswith("psycopg.OperationalError") and "too many clients" in line
                                 for line in worker_log.splitlines()),
    }


def report(runs: list[dict], args, command: str) -> str:
    prefork = next((run for run in runs if run["pool"] == "prefork" and not run.get("skipped")),
                   {"jobs_per_second": 0})
    rows, verdicts = [], []
    for run in runs:
        if run.get("skipped"):
            rows.append([run["pool"], run["concurrency"], "skipped", *["-"] * 9])
            verdicts.append(
                f"- {run['pool']} x{run['concurrency']}: not run. A threads worker holds one PostgreSQL connection "
                f"per busy thread for the whole job, provider wait included, and the server allows "
                f"{run['postgres_max_connections']} with {run['postgres_open_before']} open "
                f"(`--overflow-postgres` runs it anyway).")
            continue
        speedup = run["jobs_per_second"] / prefork["jobs_per_second"] if prefork["jobs_per_second"] else float("nan")
        ratio = run["makespan"] / run["ideal"]
        makespan = f"{run['makespan']:.1f}" if run["makespan"] == run["makespan"] else "never (stuck jobs)"
        ratio_text = f"{ratio:.2f}" if ratio == ratio else "-"
        speedup_text = f"{speedup:.1f}x" if speedup == speedup else "-"
        rows.append([
            run["pool"], run["concurrency"], f"{run['done']}/{run['jobs']}", makespan,
            f"{run['jobs_per_second']:.2f}", f"{run['ideal']:.1f}", ratio_text, speedup_text,
            f"{run['job_p50']:.1f} / {run['job_p95']:.1f}", f"{run['run_p50']:.2f} / {run['run_p95']:.2f}",
            run["llm_calls"],
            f"{1000 * run['worker_cpu_seconds'] / run['jobs']:.0f}",
        ])
        if run["pool"] == "threads" and ratio == ratio:
            verdicts.append(
                f"- threads x{run['concurrency']}: {speedup_text} the prefork throughput (target at least 20x: "
                f"{'met' if speedup >= 20 else 'missed' if speedup == speedup else 'not measured'}); "
                f"makespan {ratio:.2f}x the ideal (target at most 2x: "
                f"{'met' if ratio <= 2 else 'missed'})."
            )
        elif run["pool"] == "threads":
            verdicts.append(
                f"- threads x{run['concurrency']}: {run['unfinished']} jobs never finished, so there is no makespan "
                f"(targets missed); the {run['done']} finished ones came at {run['jobs_per_second']:.1f} jobs/s"
                + (f", {speedup_text} the prefork throughput." if speedup == speedup else ".")
            )
        if run["failed"] or run["unfinished"] or run["undelivered"]:
            verdicts.append(f"- {run['pool']} x{run['concurrency']}: {run['failed']} failed {run['errors']}, "
                            f"{run['unfinished']} unfinished after {3 * run['ideal'] + 30:.0f} s, "
                            f"{run['undelivered']} not delivered to the broker.")
        if run["postgres_refusals"]:
            verdicts.append(
                f"- {run['pool']} x{run['concurrency']}: PostgreSQL refused {run['postgres_refusals']} connections "
                f"(\"too many clients\": max_connections {run['postgres_max_connections']}, "
                f"{run['postgres_open_before']} already open before the run). Each busy worker thread holds "
                "its own connection for the whole job, including the wait on the provider.")
    table = markdown_table(
        ["pool", "concurrency", "done", "makespan s", "jobs/s", "ideal s", "makespan / ideal", "vs prefork",
         "job end p50 / p95 s", "claim to done p50 / p95 s", "LLM calls", "worker CPU ms/job"],
        rows,
    )
    return "\n".join([
        "## Concurrent LLM-bound jobs",
        "",
        f"`{command}`: {args.jobs} generation jobs per pool (half interview questions, half learning "
        f"paths), the fake provider answering each call after {args.delay:g} s, Redis broker, PostgreSQL. "
        f"Makespan: first ring to last job finished; ideal: jobs x delay / concurrency; job end: seconds "
        f"from the first ring to each job's finished_at; claim to done: one job's own run in the worker "
        f"(started_at to finished_at), the provider's {args.delay:g} s included.",
        "",
        table,
        "",
        *verdicts,
    ])


def main(argv=None) -> int:
    harness.stop_on_sigterm()
    args = parse_args(argv)
    command = harness.command_line("bench/jobs.py", argv)
    missing = harness.services_missing()
    if missing:
        print(f"## Concurrent LLM-bound jobs\n\nSkipped: {missing}.")
        return 0
    with harness.fake_llm(args.delay) as fake:
        env = harness.app_env(OPENAI_BASE_URL=fake.openai_base_url)
        with harness.bench_database(env):
            harness.django_setup(env)
            from resumes.models import Resume

            resumes_needed = math.ceil(args.jobs / 2)
            harness.users_with_resumes(10, prefix="jobs_user_", password="bench-password-1",
                                       resumes_each=math.ceil(resumes_needed / 10))
            resumes = list(Resume.objects.order_by("id")[:resumes_needed])
            prepared = snapshots_for(resumes)
            runs = []
            for pool, concurrency in [("threads", n) for n in args.threads] + [("prefork", args.prefork)] * (args.prefork > 0):
                runs.append(run_pool(pool=pool, concurrency=concurrency, resumes=resumes, prepared=prepared,
                                     args=args, env=env, fake=fake))
                run = runs[-1]
                if not run.get("skipped"):
                    log(f"{pool} x{concurrency}: {run['done']}/{run['jobs']} done in {run['makespan']:.1f}s "
                        f"({run['jobs_per_second']:.2f} jobs/s)")
    harness.write_result("jobs", {"command": command, "args": vars(args), "runs": runs})
    print(report(runs, args, command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
