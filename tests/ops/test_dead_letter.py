"""Failed jobs are the dead-letter queue: requeued exactly once each (admin, command, racing
callers), discarded, purged; the worker's doorbell is counted on Celery's own publish signal."""

import json
import threading
from datetime import timedelta

import pytest
from celery.signals import after_task_publish
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from careercoach.generation.deadletter import failed_jobs_requeue
from careercoach.generation.run import job_execute
from careercoach.models import GenerationJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    """Task messages really sent to the broker, by job id."""
    sent = []

    def record(headers=None, body=None, **_):
        sent.append(body[0][0] if isinstance(body, (list, tuple)) else headers.get("argsrepr"))

    after_task_publish.connect(record, weak=False)
    yield sent
    after_task_publish.disconnect(record)


def failed_job(user, resume, kind="interview", **fields):
    from resumes.formats import resume_to_document

    values = {
        "status": "failed",
        "step": "failed",
        "error": "No AI provider could answer.",
        "error_code": "all_providers_failed",
        "attempts": 3,
        "finished_at": timezone.now(),
        "snapshot": resume_to_document(resume),
        "language": "ko",
        "providers": ["local"],
        **fields,
    }
    return GenerationJob.objects.create(owner=user, resume=resume, kind=kind, **values)


def test_given_failed_job_when_requeued_twice_then_queued_once_and_rung_once(
    user, resume, published, django_capture_on_commit_callbacks
):
    job = failed_job(user, resume)

    with django_capture_on_commit_callbacks(execute=True):
        first = failed_jobs_requeue(job_ids=[job.pk])
    with django_capture_on_commit_callbacks(execute=True):
        second = failed_jobs_requeue(job_ids=[job.pk])

    assert first.requeued == [job.pk] and second.requeued == [] and second.not_failed == [job.pk]
    assert published == [str(job.pk)]
    job.refresh_from_db()
    assert (job.status, job.step, job.attempts, job.error) == ("queued", "requeued", 0, "")
    assert job_execute(job.pk) == "done"


def test_given_running_job_of_same_resume_when_failed_one_requeued_then_skipped(
    user, resume, published, django_capture_on_commit_callbacks
):
    job = failed_job(user, resume)
    GenerationJob.objects.create(owner=user, resume=resume, kind="interview")

    with django_capture_on_commit_callbacks(execute=True):
        outcome = failed_jobs_requeue(job_ids=[job.pk])

    assert outcome.skipped_running == [job.pk] and published == []
    job.refresh_from_db()
    assert job.status == "failed"


@pytest.mark.django_db(transaction=True)
def test_given_many_admins_racing_when_requeueing_same_job_then_exactly_one_wins(user, resume, published):
    job = failed_job(user, resume)
    barrier, outcomes = threading.Barrier(6), []

    def press():
        barrier.wait()
        try:
            outcomes.append(failed_jobs_requeue(job_ids=[job.pk]))
        finally:
            connection.close()

    threads = [threading.Thread(target=press) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sum(len(o.requeued) for o in outcomes) == 1
    assert sum(len(o.not_failed) for o in outcomes) == 5
    assert published == [str(job.pk)]


def test_given_admin_when_requeue_action_pressed_twice_then_job_requeued_once(
    admin_client, user, resume, published, django_capture_on_commit_callbacks
):
    job = failed_job(user, resume)
    changelist = "/admin/careercoach/generationjob/"
    form = {"action": "requeue_failed", "_selected_action": [str(job.pk)]}

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(changelist, form, follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        again = admin_client.post(changelist, form, follow=True)

    assert published == [str(job.pk)]
    assert " 0" in [str(m) for m in again.context["messages"]][0]
    job.refresh_from_db()
    assert job.status == "queued"


def test_given_admin_when_discard_action_pressed_then_failed_jobs_gone_and_others_kept(admin_client, user, resume):
    failed = failed_job(user, resume)
    running = GenerationJob.objects.create(owner=user, resume=resume, kind="learning")

    admin_client.post(
        "/admin/careercoach/generationjob/",
        {"action": "discard_failed", "_selected_action": [str(failed.pk), str(running.pk)]},
    )

    assert not GenerationJob.objects.filter(pk=failed.pk).exists()
    assert GenerationJob.objects.filter(pk=running.pk).exists()


def test_given_failed_jobs_when_listed_by_command_then_error_attempts_and_input_shown(user, resume, capsys):
    job = failed_job(user, resume)

    call_command("jobs", "failed", "--json")

    row = json.loads(capsys.readouterr().out.strip().splitlines()[0])
    assert row["job_id"] == str(job.pk) and row["error_code"] == "all_providers_failed"
    assert row["attempts"] == 3 and row["input"]["work_experiences"][0]["company"] == "페이로드"


def test_given_failed_job_when_retried_by_command_twice_then_requeued_once(
    user, resume, published, capsys, django_capture_on_commit_callbacks
):
    job = failed_job(user, resume)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("jobs", "retry", str(job.pk))
        call_command("jobs", "retry", "--all")

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1 requeued") and out[1].startswith("0 requeued")
    assert published == [str(job.pk)]


def test_given_old_and_new_failed_jobs_when_purged_by_age_then_only_old_ones_deleted(user, resume, capsys):
    old, new = failed_job(user, resume), failed_job(user, resume, kind="learning")
    GenerationJob.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=40))

    call_command("jobs", "purge", "--older-than-days", "30")

    assert capsys.readouterr().out.startswith("1 failed job(s) deleted")
    assert list(GenerationJob.objects.values_list("pk", flat=True)) == [new.pk]


def test_given_bad_arguments_when_command_run_then_clear_error():
    with pytest.raises(CommandError):
        call_command("jobs", "retry")
    with pytest.raises(CommandError):
        call_command("jobs", "purge")
    with pytest.raises(CommandError):
        call_command("jobs", "retry", "not-a-uuid")


def test_given_failed_job_with_trail_when_listed_as_text_then_providers_tried_shown(user, resume, capsys):
    failed_job(
        user,
        resume,
        trail=[{"provider": "openai", "outcome": "rate_limited"}, {"provider": "claude", "outcome": "server_error"}],
    )

    call_command("jobs", "failed")

    line = capsys.readouterr().out.splitlines()[0]
    assert "[openai:rate_limited, claude:server_error]" in line and "attempts=3" in line
