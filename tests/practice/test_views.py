import json

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from practice.models import Answer, PracticeSession
from tests.practice.jobs import run_feedback

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_given_a_question_set_page_when_practice_pressed_then_session_page_with_first_question(
    client_logged_in, resume, question_set
):
    page = client_logged_in.get(reverse("interviews:detail", args=[resume.unique_key, question_set.pk]))
    assert 'data-testid="start-practice"' in page.content.decode()

    response = client_logged_in.post(reverse("practice:start", args=[resume.unique_key, question_set.pk]), follow=True)

    html = response.content.decode()
    assert PracticeSession.objects.count() == 1
    assert escape(question_set.questions[0]["question"][:30]) in html
    assert 'data-testid="answer-text"' in html and "badge--" in html


def test_given_an_answer_when_submitted_with_htmx_then_progress_polls_and_feedback_shows(client_logged_in, session):
    response = client_logged_in.post(
        reverse("practice:submit", args=[session.pk]),
        {"question_index": 0, "answer": "제가 Redis 캐시 TTL을 30초로 두었습니다."},
        **HTMX,
    )

    assert response.status_code == 200 and 'hx-trigger="every 1s"' in response.content.decode()
    answer = Answer.objects.get()
    run_feedback(answer.pk)
    progress = client_logged_in.get(reverse("practice:answer-progress", args=[answer.pk]), **HTMX)
    assert progress.status_code == 286 and progress.headers["HX-Refresh"] == "true"
    page = client_logged_in.get(reverse("practice:session", args=[session.pk]) + "?q=0").content.decode()
    assert 'data-testid="feedback"' in page and 'data-testid="grade"' in page and 'data-testid="model-answer"' in page
    assert page.count('data-answered="true"') == 1  # the navigation marks Q1 as answered


def test_given_an_empty_answer_when_submitted_then_form_error_and_nothing_stored(client_logged_in, session):
    response = client_logged_in.post(
        reverse("practice:submit", args=[session.pk]), {"question_index": 0, "answer": " "}
    )

    assert response.status_code == 400
    assert 'data-testid="form-error"' in response.content.decode()
    assert Answer.objects.count() == 0


def test_given_answers_when_summary_downloaded_then_markdown_and_json_list_grades(client_logged_in, session, resume):
    client_logged_in.post(
        reverse("practice:submit", args=[session.pk]), {"question_index": 0, "answer": "Redis를 썼습니다."}
    )
    run_feedback(Answer.objects.get().pk)

    summary = client_logged_in.post(reverse("practice:summary", args=[session.pk])).content.decode()
    download = client_logged_in.get(reverse("practice:download", args=[session.pk, "md"]))
    markdown = download.content.decode()
    document = json.loads(client_logged_in.get(reverse("practice:download", args=[session.pk, "json"])).content)

    assert 'data-testid="summary-row"' in summary
    assert "Q1." in markdown
    started = timezone.localtime(session.created_at)  # the page's time, in TIME_ZONE, not UTC
    assert f"{started:%Y-%m-%d %H:%M}" in summary and f"{started:%Y-%m-%d %H:%M}" in markdown
    assert f"{started:%Y%m%d-%H%M}" in download["Content-Disposition"]
    assert document["summary"][0]["grade"] == Answer.objects.get().grade
    resume_page = client_logged_in.get(reverse("resumes:detail", args=[resume.unique_key])).content.decode()
    assert 'data-testid="practice-history"' in resume_page and 'data-testid="grade-trend"' in resume_page


def test_given_another_users_session_when_opened_then_404(client, session, other_user):
    client.force_login(other_user)

    assert client.get(reverse("practice:session", args=[session.pk])).status_code == 404
    assert (
        client.post(reverse("practice:submit", args=[session.pk]), {"question_index": 0, "answer": "x"}).status_code
        == 404
    )
