"""The job pipeline in-process: start, run, store exactly once, cache, limits, sweeper.
Real worker processes and brokers are exercised in test_worker_processes.py."""

from datetime import timedelta

import pytest
from django.utils import timezone

from careercoach.generation.limits import RateLimited
from careercoach.generation.run import RetryLater, job_execute
from careercoach.generation.start import job_start
from careercoach.generation.sweep import job_sweep_stale
from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from learning.models import LearningPlan

pytestmark = pytest.mark.django_db


def test_given_resume_when_started_then_job_is_queued_with_snapshot_and_language(user, resume):
    job, created = job_start(owner=user, resume=resume, kind="interview")

    assert created and job.status == "queued" and job.progress == 0
    assert job.language == "ko"
    assert job.snapshot["work_experiences"][0]["company"] == "페이로드"
    assert job.providers == ["local"]


def test_given_running_job_when_pressed_again_then_same_job(user, resume):
    first, _ = job_start(owner=user, resume=resume, kind="interview")

    second, created = job_start(owner=user, resume=resume, kind="interview")

    assert second.pk == first.pk and not created


def test_given_queued_job_when_executed_then_done_with_one_question_set(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="interview")

    assert job_execute(job.pk) == "done"

    job.refresh_from_db()
    assert (job.status, job.progress, job.step) == ("done", 100, "done")
    question_set = QuestionSet.objects.get(pk=job.result_id)
    assert len(question_set.questions) == 5
    assert question_set.provider == "local" and question_set.prompt_version
    assert question_set.fallback_trail[-1]["outcome"] == "ok"
    assert question_set.resume_snapshot == job.snapshot


def test_given_finished_job_when_delivered_again_then_skipped_and_still_one_result(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="learning")
    job_execute(job.pk)

    assert job_execute(job.pk) == "skipped"

    assert LearningPlan.objects.filter(resume=resume).count() == 1


def test_given_stored_result_when_same_resume_asked_again_then_reused_without_new_work(user, resume):
    first, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(first.pk)

    again, created = job_start(owner=user, resume=resume, kind="interview")

    assert created and again.status == "done" and again.step == "cached"
    first.refresh_from_db()
    assert again.result_id == first.result_id
    assert QuestionSet.objects.count() == 1


def test_given_stored_result_when_regenerate_then_new_job_runs(user, resume):
    first, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(first.pk)

    again, _ = job_start(owner=user, resume=resume, kind="interview", regenerate=True)

    assert again.status == "queued"
    job_execute(again.pk)
    assert QuestionSet.objects.count() == 2


def test_given_changed_resume_when_asked_again_then_not_cached(user, resume):
    first, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(first.pk)
    resume.summary = "이제 데이터 엔지니어입니다."
    resume.save()

    again, _ = job_start(owner=user, resume=resume, kind="interview")

    assert again.status == "queued"


def test_given_hourly_limit_reached_when_started_then_rate_limited_with_retry_after(user, resume, settings):
    settings.RATE_LIMIT_INTERVIEW_PER_HOUR = 2
    for _ in range(2):
        job, _ = job_start(owner=user, resume=resume, kind="interview", regenerate=True)
        job_execute(job.pk)

    with pytest.raises(RateLimited) as raised:
        job_start(owner=user, resume=resume, kind="interview", regenerate=True)

    assert raised.value.limit == 2 and 0 < raised.value.retry_after <= 3601


def test_given_only_failing_provider_when_executed_then_retry_later_until_attempts_run_out(user, resume, settings):
    settings.LLM_PROVIDERS = "openai"
    settings.OPENAI_BASE_URL = "http://127.0.0.1:9/v1"  # nothing listens on the discard port
    settings.LLM_TIMEOUT_SECONDS = 2
    settings.JOB_MAX_ATTEMPTS = 2
    job, _ = job_start(owner=user, resume=resume, kind="interview", providers=["openai"])

    with pytest.raises(RetryLater):
        job_execute(job.pk)
    job.refresh_from_db()
    assert (job.status, job.step) == ("queued", "retrying")

    assert job_execute(job.pk) == "failed"
    job.refresh_from_db()
    assert job.status == "failed" and job.error_code == "all_providers_failed"
    assert "openai" in job.error
    assert QuestionSet.objects.count() == 0


def test_given_job_that_stopped_moving_when_swept_then_requeued(user, resume, settings):
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    GenerationJob.objects.filter(pk=job.pk).update(status="generating", attempts=1)

    result = job_sweep_stale(now=timezone.now() + timedelta(seconds=settings.JOB_STALE_SECONDS + 1))

    assert result == {"requeued": 1, "failed": 0}
    job.refresh_from_db()
    assert (job.status, job.step) == ("queued", "requeued")
    assert job_execute(job.pk) == "done"


def test_given_stale_job_out_of_attempts_when_swept_then_failed_for_good(user, resume, settings):
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    GenerationJob.objects.filter(pk=job.pk).update(status="generating", attempts=settings.JOB_MAX_ATTEMPTS)

    result = job_sweep_stale(now=timezone.now() + timedelta(seconds=settings.JOB_STALE_SECONDS + 1))

    assert result == {"requeued": 0, "failed": 1}
    job.refresh_from_db()
    assert job.status == "failed" and job.error_code == "abandoned"


def test_given_fresh_job_when_swept_then_left_alone(user, resume):
    job_start(owner=user, resume=resume, kind="interview")

    assert job_sweep_stale() == {"requeued": 0, "failed": 0}
