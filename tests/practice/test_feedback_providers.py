"""Practice feedback through the provider chain, against the local fake LLM server (a real
HTTP round trip): a hosted answer is used, a broken one falls back to the offline evaluator."""

import json

import pytest

from practice.models import Answer, FeedbackResult
from practice.services import answer_submit
from tests.fakes.llm_server import FakeLLMServer
from tests.practice.jobs import run_feedback

pytestmark = pytest.mark.django_db
ANSWER = "Redis로 캐시했고 TTL은 30초였습니다."


@pytest.fixture
def openai_fake(settings):
    def start(default):
        server = FakeLLMServer(default=default).start()
        settings.LLM_PROVIDERS = "openai,local"
        settings.OPENAI_API_KEY = "test-key"
        settings.OPENAI_BASE_URL = server.openai_base_url
        servers.append(server)
        return server

    servers = []
    yield start
    for server in servers:
        server.stop()


def test_given_a_hosted_provider_when_feedback_runs_then_its_feedback_is_stored(session, openai_fake):
    fake = openai_fake("ok")
    answer = answer_submit(session=session, question_index=0, text=ANSWER)

    assert run_feedback(answer.pk) == "done"

    answer.refresh_from_db()
    assert answer.provider == "openai" and answer.status == "done"
    assert answer.feedback["grade"] == 2 and answer.feedback["language"] == "ko"
    assert answer.feedback["points"][0]["evidence"] in ANSWER
    assert answer.feedback["follow_up"]["target"] == answer.feedback["points"][1]["point"]
    assert FeedbackResult.objects.get(answer=answer).prompt_version == "feedback-v3"
    sent = json.dumps(fake.requests[-1]["body"], ensure_ascii=False)
    assert "<answer_data>" in sent and ANSWER in sent and "response_format" in sent


@pytest.mark.parametrize("behaviour", ["malformed", "wrong_types"])
def test_given_invalid_feedback_json_when_feedback_runs_then_the_offline_evaluator_answers(
    session, openai_fake, behaviour
):
    openai_fake(behaviour)
    answer = answer_submit(session=session, question_index=0, text=ANSWER)

    assert run_feedback(answer.pk) == "done"

    answer.refresh_from_db()
    assert answer.provider == "local"
    result = FeedbackResult.objects.get(answer=answer)
    assert [step["provider"] for step in result.fallback_trail][:1] == ["openai"]
    assert Answer.objects.get(pk=answer.pk).points.count() == len(answer.feedback["points"])


FOLLOW_UP_ANSWER = "쓰기 API에서 해당 키를 지워서 무효화했습니다."


def _follow_up_after_first(session, fake, behaviour):
    first = answer_submit(session=session, question_index=0, text=ANSWER)
    assert run_feedback(first.pk) == "done"
    fake.push(behaviour)
    follow_up = answer_submit(session=session, question_index=0, text=FOLLOW_UP_ANSWER, parent_answer_id=first.pk)
    assert run_feedback(follow_up.pk) == "done"
    follow_up.refresh_from_db()
    return follow_up


def test_given_a_follow_up_when_the_model_quotes_the_first_answer_then_the_point_stays_covered(session, openai_fake):
    fake = openai_fake("ok")

    follow_up = _follow_up_after_first(session, fake, "quotes_history")

    assert follow_up.provider == "openai"
    first_point = follow_up.feedback["points"][0]
    assert first_point["status"] == "covered"
    assert first_point["evidence"] and first_point["evidence"] in ANSWER
    assert first_point["evidence"] not in FOLLOW_UP_ANSWER
    sent = json.dumps(fake.requests[-1]["body"], ensure_ascii=False)
    assert "<history_data>" in sent and ANSWER in sent


def test_given_a_follow_up_when_the_model_quotes_words_in_no_turn_then_the_quote_is_dropped(session, openai_fake):
    fake = openai_fake("ok")

    follow_up = _follow_up_after_first(session, fake, "invented_quote")

    assert follow_up.provider == "openai"
    assert follow_up.feedback["points"][0]["status"] == "partial"
    assert follow_up.feedback["points"][0]["evidence"] == ""
