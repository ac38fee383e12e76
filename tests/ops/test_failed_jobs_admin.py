"""The admin's failed-jobs list (the dead-letter queue) shows each failed job's error, provider
trail, attempts and input, and requeues a job once however often the action is pressed."""

import pytest
from celery.signals import after_task_publish
from django.utils import timezone

from careercoach.models import GenerationJob

pytestmark = pytest.mark.django_db
URL = "/admin/careercoach/failedjob/"


def failed_job(user, resume):
    from resumes.formats import resume_to_document

    return GenerationJob.objects.create(
        owner=user,
        resume=resume,
        kind="interview",
        subject_id=str(resume.pk),
        status="failed",
        step="failed",
        error="No AI provider could generate the interview questions (openai rejected the API key).",
        error_code="all_providers_failed",
        attempts=1,
        finished_at=timezone.now(),
        trail=[{"provider": "openai", "model": "gpt-4o-mini", "outcome": "auth", "latency_ms": 12, "error": "bad key"}],
        snapshot=resume_to_document(resume),
    )


def test_given_failed_and_done_jobs_when_list_opened_then_only_failed_with_error_and_trail(admin_client, user, resume):
    job = failed_job(user, resume)
    GenerationJob.objects.create(
        owner=user, resume=resume, kind="learning", subject_id=str(resume.pk), status="done", step="done"
    )

    page = admin_client.get(URL, HTTP_ACCEPT_LANGUAGE="en")

    text = page.content.decode()
    assert page.status_code == 200
    assert str(job.pk) in text and "openai: auth" in text and "rejected the API key" in text
    assert text.count('name="_selected_action"') == 1


def test_given_failed_job_when_opened_then_input_and_trail_shown(admin_client, user, resume):
    job = failed_job(user, resume)

    page = admin_client.get(f"{URL}{job.pk}/change/")

    text = page.content.decode()
    assert "페이로드" in text  # the resume as it was, the job's input
    assert "&quot;outcome&quot;: &quot;auth&quot;" in text
    assert "all_providers_failed" in text


def test_given_failed_job_when_requeued_from_the_list_twice_then_queued_once(
    admin_client, user, resume, django_capture_on_commit_callbacks
):
    job = failed_job(user, resume)
    sent = []
    after_task_publish.connect(
        lambda body=None, **_: sent.append(body[0][0]), weak=False, dispatch_uid="failed-jobs-admin-test"
    )
    try:
        for _ in range(2):
            with django_capture_on_commit_callbacks(execute=True):
                admin_client.post(URL, {"action": "requeue_failed", "_selected_action": [str(job.pk)]})
    finally:
        after_task_publish.disconnect(dispatch_uid="failed-jobs-admin-test")

    assert sent == [str(job.pk)]
    job.refresh_from_db()
    assert job.status == "queued"
