import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from practice.models import Answer, AnswerPoint
from tests.practice.jobs import run_feedback

pytestmark = pytest.mark.django_db
GOOD = (
    "제가 직접 Redis 캐시 TTL을 30초로 두고, 부하 테스트에서 p95가 800ms에서 120ms로 줄어드는 걸 "
    "k6로 측정했습니다. 캐시 무효화는 쓰기 시점에 키를 지우는 방식으로 했습니다."
)


def _submit(api, session, **body):
    return api.post(reverse("api-practice-answers", args=[session.pk]), body, format="json")


def test_given_a_question_set_when_posting_sessions_then_201_with_five_questions(api, resume, question_set):
    response = api.post(reverse("api-practice-sessions", args=[resume.unique_key]), {}, format="json")

    assert response.status_code == 201
    assert len(response.json()["questions"]) == 5
    listed = api.get(reverse("api-practice-sessions", args=[resume.unique_key])).json()
    assert [s["session_id"] for s in listed] == [response.json()["session_id"]]


def test_given_no_question_set_when_starting_then_404_uniform_body(api, resume):
    response = api.post(reverse("api-practice-sessions", args=[resume.unique_key]), {}, format="json")

    assert response.status_code == 404
    assert response.json()["error_code"] == "NO_QUESTION_SET"
    assert {"detail", "timestamp", "request_id", "details"} <= set(response.json())


def test_given_an_answer_when_submitted_then_202_and_feedback_404_until_done(api, session):
    response = _submit(api, session, question_index=0, answer=GOOD)

    assert response.status_code == 202
    answer_id = response.json()["answer_id"]
    pending = api.get(reverse("api-practice-answer", args=[answer_id]))
    assert pending.status_code == 404 and pending.json()["error_code"] == "FEEDBACK_NOT_READY"

    assert run_feedback(answer_id) == "done"
    done = api.get(reverse("api-practice-answer", args=[answer_id])).json()
    feedback = done["feedback"]
    assert 1 <= feedback["grade"] <= 5
    assert feedback["answer_id"] == answer_id and feedback["provider"] == "local"
    assert AnswerPoint.objects.filter(answer_id=answer_id).count() == len(feedback["points"])
    session_doc = api.get(reverse("api-practice-session", args=[session.pk])).json()
    assert session_doc["answers"][0]["feedback"]["grade"] == feedback["grade"]


@pytest.mark.parametrize(
    "text, code", [("", "ANSWER_EMPTY"), ("   \n ", "ANSWER_EMPTY"), ("가" * 5001, "ANSWER_TOO_LONG")]
)
def test_given_empty_or_too_long_answer_when_submitted_then_400_and_nothing_stored(api, session, text, code):
    response = _submit(api, session, question_index=0, answer=text)

    assert response.status_code == 400
    assert response.json()["error_code"] == code
    assert Answer.objects.count() == 0


def test_given_a_question_index_out_of_range_when_submitted_then_400(api, session):
    response = _submit(api, session, question_index=9, answer=GOOD)

    assert response.status_code == 400 and Answer.objects.count() == 0


def test_given_a_follow_up_when_answered_then_it_links_to_its_parent_and_stops_after_two(api, session):
    first = _submit(api, session, question_index=1, answer="Redis를 썼습니다.").json()["answer_id"]
    run_feedback(first)
    assert Answer.objects.get(pk=first).feedback["follow_up"] is not None

    second = _submit(api, session, question_index=1, answer="캐시는 30초 TTL로 두었습니다.", parent_answer_id=first)
    assert second.status_code == 202
    run_feedback(second.json()["answer_id"])
    child = Answer.objects.get(pk=second.json()["answer_id"])
    assert child.parent_answer_id is not None and child.depth == 1
    third = _submit(
        api, session, question_index=1, answer="모니터링은 Grafana로 했습니다.", parent_answer_id=str(child.pk)
    )
    if third.status_code == 202:
        run_feedback(third.json()["answer_id"])
        assert Answer.objects.get(pk=third.json()["answer_id"]).feedback["follow_up"] is None
    else:
        assert third.json()["error_code"] == "FOLLOW_UP_NOT_DUE"


def test_given_another_users_session_when_read_or_answered_then_404(session, other_user):
    stranger = APIClient()
    stranger.force_authenticate(other_user)

    assert stranger.get(reverse("api-practice-session", args=[session.pk])).status_code == 404
    assert _submit(stranger, session, question_index=0, answer=GOOD).status_code == 404
    assert Answer.objects.count() == 0


def test_given_another_users_answer_when_read_then_404(api, session, other_user):
    answer_id = _submit(api, session, question_index=0, answer=GOOD).json()["answer_id"]
    run_feedback(answer_id)
    stranger = APIClient()
    stranger.force_authenticate(other_user)

    assert stranger.get(reverse("api-practice-answer", args=[answer_id])).status_code == 404


def test_given_the_hourly_limit_when_submitting_again_then_429_with_retry_after(api, session, settings):
    settings.RATE_LIMIT_FEEDBACK_PER_HOUR = 2
    for _ in range(2):
        assert _submit(api, session, question_index=0, answer=GOOD).status_code == 202

    response = _submit(api, session, question_index=0, answer=GOOD)

    assert response.status_code == 429 and "Retry-After" in response.headers
    assert Answer.objects.count() == 2


def test_given_no_login_when_calling_practice_api_then_401(session):
    assert APIClient().get(reverse("api-practice-session", args=[session.pk])).status_code == 401
