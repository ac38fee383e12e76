"""The dead-letter queue for operators: list failed jobs, requeue them, purge them.

manage.py jobs failed [--json] [--limit N]
manage.py jobs retry JOB_ID [JOB_ID ...] | --all
manage.py jobs purge [--older-than-days N] | JOB_ID ...
"""

import argparse
import json
import uuid
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from careercoach.generation.deadletter import (
    failed_jobs,
    failed_jobs_discard,
    failed_jobs_purge,
    failed_jobs_requeue,
)


def job_row(job) -> dict:
    return {
        "job_id": str(job.id),
        "kind": job.kind,
        "owner": job.owner.get_username(),
        "resume": job.resume.unique_key,
        "attempts": job.attempts,
        "error_code": job.error_code,
        "error": job.error,
        "providers": job.providers,
        "trail": job.trail or [],
        "language": job.language,
        "failed_at": job.updated_at.isoformat(),
    }


class Command(BaseCommand):
    help = "Failed generation jobs (the dead-letter queue): list, requeue (retry) or purge them."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        listing = commands.add_parser("failed", help="List failed jobs, newest first.")
        listing.add_argument("--limit", type=int, default=50)
        listing.add_argument(
            "--json", dest="as_json", action="store_true", help="One JSON object per line, with the input."
        )
        retry = commands.add_parser("retry", help="Put failed jobs back in the queue, each exactly once.")
        retry.add_argument("job_ids", nargs="*", type=_job_id)
        retry.add_argument("--all", dest="every", action="store_true", help="Every failed job.")
        purge = commands.add_parser("purge", help="Delete failed jobs: the given ones, or all older than N days.")
        purge.add_argument("job_ids", nargs="*", type=_job_id)
        purge.add_argument("--older-than-days", type=float, default=None)

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _failed(self, *, limit, as_json, **_):
        jobs = failed_jobs().order_by("-updated_at")[:limit]
        for job in jobs:
            row = job_row(job)
            if as_json:
                self.stdout.write(_dumps({**row, "input": job.snapshot}))
            else:
                tried = ", ".join(f"{t.get('provider')}:{t.get('outcome')}" for t in row["trail"]) or "-"
                self.stdout.write(
                    f"{row['job_id']}  {row['kind']:<10} {row['owner']:<16} attempts={row['attempts']} "
                    f"{row['error_code'] or '-'}  [{tried}]  {row['error'][:100]}"
                )
        if not as_json:
            self.stdout.write(f"{len(jobs)} failed job(s) shown.")

    def _retry(self, *, job_ids, every, **_):
        if every == bool(job_ids):
            raise CommandError("Give job ids or --all (not both).")
        ids = list(failed_jobs().values_list("pk", flat=True)) if every else job_ids
        outcome = failed_jobs_requeue(job_ids=ids)
        self.stdout.write(
            f"{len(outcome.requeued)} requeued, {len(outcome.skipped_running)} skipped "
            f"(another job of that resume runs), {len(outcome.not_failed)} not failed."
        )

    def _purge(self, *, job_ids, older_than_days, **_):
        if (older_than_days is None) == (not job_ids):
            raise CommandError("Give job ids or --older-than-days N (not both).")
        if job_ids:
            deleted = failed_jobs_discard(job_ids=job_ids)
        else:
            deleted = failed_jobs_purge(older_than=timedelta(days=older_than_days))
        self.stdout.write(f"{deleted} failed job(s) deleted.")


def _job_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a job id: {value!r}") from exc


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
