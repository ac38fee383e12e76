"""A new kind needs only its own module: a kind defined in the tests (throwaway_kind.py) is
registered and runs the real path: start, the worker's job_execute, its result, its page,
the jobs API, the CLI. Nothing in careercoach/ knows it."""

import json

import pytest
from django.core.management import call_command
from django.db import connection

from careercoach.generation.kinds import UnknownKind, all_kinds, get_kind, register_kind, unregister_kind
from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from tests.careercoach.throwaway_kind import ECHO, Echo

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def echo_kind(settings):
    settings.RATE_LIMIT_ECHO_PER_HOUR = 5
    settings.ROOT_URLCONF = "tests.careercoach.throwaway_kind"
    with connection.schema_editor() as editor:
        editor.create_model(Echo)
    register_kind(ECHO)
    yield ECHO
    unregister_kind(ECHO.name)
    with connection.schema_editor() as editor:
        editor.delete_model(Echo)


def test_given_registered_kind_when_started_and_run_then_result_page_and_api_show_it(echo_kind, user, client):
    job, created = job_start(owner=user, kind="echo", document={"text": "hello kinds"}, subject_id="note-1")
    assert created and job.status == "queued" and job.resume is None and job.language == "en"

    assert job_execute(job.pk) == "done"

    job.refresh_from_db()
    echo = Echo.objects.get(pk=job.result_id)
    assert (echo.text, echo.provider, job.step) == ("HELLO KINDS", "local", "done")
    client.force_login(user)
    status = client.get(f"/api/v1/jobs/{job.pk}").json()
    assert (status["kind"], status["status"], status["progress"]) == ("echo", "done", 100)
    assert status["result_url"].endswith(f"/throwaway/echo/{echo.pk}/")
    assert client.get(status["result_url"]).json() == {"echo": "HELLO KINDS", "provider": "local"}


def test_given_same_document_when_asked_again_then_cached_and_running_job_is_shared(echo_kind, user):
    first, _ = job_start(owner=user, kind="echo", document={"text": "once"}, subject_id="a")
    again, created = job_start(owner=user, kind="echo", document={"text": "once"}, subject_id="a")
    assert (again.pk, created) == (first.pk, False)  # one active job per kind and subject
    job_execute(first.pk)

    cached, _ = job_start(owner=user, kind="echo", document={"text": "once"}, subject_id="a")

    first.refresh_from_db()
    assert (cached.step, cached.result_id) == ("cached", first.result_id)
    assert Echo.objects.count() == 1


def test_given_kind_cli_when_generate_runs_then_its_output_is_printed(echo_kind, capsys):
    call_command("generate", "echo", "--text", "cli input", "--provider", "local")

    assert json.loads(capsys.readouterr().out) == {"echo": "CLI INPUT", "provider": "local"}


def test_given_unknown_kind_when_started_then_error_not_a_fallback(user):
    assert "echo" not in [kind.name for kind in all_kinds()]

    with pytest.raises(UnknownKind, match="'echo'"):
        job_start(owner=user, kind="echo", document={"text": "x"}, subject_id="a")
    with pytest.raises(UnknownKind):
        get_kind(None)


def test_given_job_of_a_kind_no_longer_registered_when_run_then_it_fails_with_unknown_kind(echo_kind, user):
    job, _ = job_start(owner=user, kind="echo", document={"text": "x"}, subject_id="a")
    unregister_kind("echo")

    assert job_execute(job.pk) == "failed"

    job.refresh_from_db()
    assert (job.status, job.error_code) == ("failed", "unknown_kind")
    assert GenerationJob.objects.filter(kind="echo", status="failed").count() == 1
