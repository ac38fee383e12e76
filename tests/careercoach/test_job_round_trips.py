"""The database round trips of one job in the worker. Under load each one is CPU a worker
thread spends while every other thread waits for the GIL, so the count is pinned: one to
claim the job (an UPDATE that returns the row), one progress write per provider attempt, and
the finishing transaction (lock the row, insert the result, mark the job done)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob

pytestmark = pytest.mark.django_db


def statements(captured) -> list[str]:
    """What the job sent, without the test transaction's savepoints."""
    return [q["sql"].split()[0].upper() for q in captured if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE"))]


@pytest.mark.parametrize("kind", ["interview", "learning"])
def test_given_a_queued_job_when_a_worker_runs_it_then_one_claim_one_progress_write_and_one_finish(user, resume, kind):
    job, _ = job_start(owner=user, resume=resume, kind=kind)

    with CaptureQueriesContext(connection) as captured:
        assert job_execute(job.pk) == "done"

    assert statements(captured) == ["UPDATE", "UPDATE", "SELECT", "INSERT", "UPDATE"]
    assert GenerationJob.objects.get(pk=job.pk).attempts == 1


def test_given_a_finished_job_when_delivered_again_then_the_claim_alone_says_no(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(job.pk)

    with CaptureQueriesContext(connection) as captured:
        assert job_execute(job.pk) == "skipped"

    assert statements(captured) == ["UPDATE"]
