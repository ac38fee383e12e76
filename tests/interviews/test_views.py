import json

import pytest
from django.urls import reverse

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def finished_job(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(job.pk)
    job.refresh_from_db()
    return job


def test_given_resume_when_generate_pressed_with_htmx_then_progress_partial_that_polls(client_logged_in, resume):
    response = client_logged_in.post(reverse("interviews:generate", args=[resume.unique_key]), **HTMX)

    assert response.status_code == 200
    job = GenerationJob.objects.get()
    html = response.content.decode()
    assert f'id="job-{job.pk}"' in html and 'hx-trigger="every 1s"' in html and "<progress" in html
    assert "<html" not in html


def test_given_resume_when_generate_pressed_without_js_then_redirect_to_resume(client_logged_in, resume):
    response = client_logged_in.post(reverse("interviews:generate", args=[resume.unique_key]))

    assert response.status_code == 302 and response["Location"] == reverse("resumes:detail", args=[resume.unique_key])


def test_given_running_job_when_polled_then_200_and_keeps_polling(client_logged_in, user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="interview")

    response = client_logged_in.get(reverse("generation-progress", args=[resume.unique_key, job.pk]), **HTMX)

    assert response.status_code == 200 and "every 1s" in response.content.decode()


def test_given_finished_job_when_polled_then_286_stops_polling_and_redirects_to_result(
    client_logged_in, finished_job, resume
):
    response = client_logged_in.get(reverse("generation-progress", args=[resume.unique_key, finished_job.pk]), **HTMX)

    assert response.status_code == 286
    assert response["HX-Redirect"] == reverse("interviews:detail", args=[resume.unique_key, finished_job.result_id])
    assert "every 1s" not in response.content.decode()


def test_given_question_set_when_page_opened_then_five_questions_with_badges(client_logged_in, finished_job, resume):
    response = client_logged_in.get(reverse("interviews:detail", args=[resume.unique_key, finished_job.result_id]))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="card question"') == 5
    for question in QuestionSet.objects.get(pk=finished_job.result_id).questions:
        assert question["type"] in html
    assert "페이로드" in html or "스터디메이트" in html


def test_given_question_set_when_downloaded_then_json_and_markdown_attachments(client_logged_in, finished_job, resume):
    base = reverse("interviews:detail", args=[resume.unique_key, finished_job.result_id])

    as_json = client_logged_in.get(base + "download.json")
    as_md = client_logged_in.get(base + "download.md")

    assert as_json["Content-Disposition"].startswith("attachment;")
    assert len(json.loads(as_json.content)["questions"]) == 5
    assert as_md.content.decode().count("\n## ") == 5


def test_given_other_users_result_and_job_when_opened_then_404(client, finished_job, resume):
    client.force_login(UserFactory())

    assert client.get(reverse("interviews:detail", args=[resume.unique_key, finished_job.result_id])).status_code == 404
    assert (
        client.get(reverse("generation-progress", args=[resume.unique_key, finished_job.pk]), **HTMX).status_code == 404
    )
    assert client.post(reverse("interviews:generate", args=[resume.unique_key])).status_code == 404


def test_given_anonymous_when_result_opened_then_login_redirect(client, finished_job, resume):
    response = client.get(reverse("interviews:detail", args=[resume.unique_key, finished_job.result_id]))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_given_limit_reached_when_pressed_then_friendly_message(client_logged_in, user, resume, settings):
    settings.RATE_LIMIT_INTERVIEW_PER_HOUR = 1
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(job.pk)

    response = client_logged_in.post(
        reverse("interviews:generate", args=[resume.unique_key]), {"regenerate": "1"}, follow=True
    )

    messages = [str(m) for m in response.context["messages"]]
    assert any("1" in m for m in messages) and len(messages) == 1
