"""Each SDK against the fake server over real local HTTP (no request mocks: the SDKs use httpx2)."""

import pickle
import socket
import time

import pytest

from careercoach.llm.base import ProviderError
from careercoach.llm.registry import get_provider, provider_chain
from tests.fakes.llm_fixtures import HOSTED
from tests.llm.conftest import ask

PATHS = {
    "gemini": "/v1/models/gemini-2.5-flash:generateContent",
    "openai": "/v1/chat/completions",
    "claude": "/v1/messages",
}
KEY_SETTINGS = {"gemini": "GEMINI_API_KEY", "openai": "OPENAI_API_KEY", "claude": "ANTHROPIC_API_KEY"}
RESUME_NAMES = ("Settlement Pipeline", "Ringbell")


def generate_error(name, kind, resume_doc) -> ProviderError:
    with pytest.raises(ProviderError) as exc_info:
        ask(get_provider(name), kind, resume_doc, "auto")
    return exc_info.value


@pytest.mark.parametrize("name", HOSTED)
def test_provider_answer_is_validated_questions_with_usage_and_cost(llm_settings, fake_llm, resume_doc, name):
    answer = ask(get_provider(name), "interview", resume_doc, "auto")

    questions = answer.payload["questions"]
    assert len(questions) == 5
    assert all(any(n in q["question"] for n in RESUME_NAMES) for q in questions)
    assert answer.payload["language"] == "en"
    assert (answer.provider, answer.model) == (name, getattr(llm_settings, f"{KEY_SETTINGS[name].split('_')[0]}_MODEL"))
    assert (answer.tokens_in, answer.tokens_out) == (fake_llm.prompt_tokens, fake_llm.completion_tokens)
    assert answer.cost_usd > 0
    assert fake_llm.stats()["paths"] == {PATHS[name]: 1}


@pytest.mark.parametrize("name", HOSTED)
def test_provider_sends_the_schema_and_the_delimited_resume(fake_llm, llm_settings, resume_doc, name):
    ask(get_provider(name), "learning", resume_doc, "auto")

    body = str(fake_llm.requests[-1]["body"])
    assert "learning_paths" in body  # the JSON schema travelled with the request
    assert "<resume_data>" in body and "Settlement Pipeline" in body


@pytest.mark.parametrize("name", HOSTED)
def test_learning_plan_over_http_has_both_path_types(llm_settings, resume_doc, name):
    answer = ask(get_provider(name), "learning", resume_doc, "en")

    types = {p["type"] for p in answer.payload["learning_paths"]}
    assert types == {"strength", "weakness"}


@pytest.mark.parametrize("name", HOSTED)
def test_json_inside_markdown_fences_is_repaired(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("fenced")

    answer = ask(get_provider(name), "interview", resume_doc, "auto")

    assert len(answer.payload["questions"]) == 5


@pytest.mark.parametrize("name", HOSTED)
def test_near_miss_answer_is_repaired(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("messy")  # "tradeoff", " EASY ", six questions, five answer points

    questions = ask(get_provider(name), "interview", resume_doc, "auto").payload["questions"]

    assert len(questions) == 5
    assert "Trade-off" in {q["type"] for q in questions}
    assert all(len(q["what_good_answers_cover"]) <= 4 for q in questions)
    assert all(q["difficulty"] in ("easy", "medium", "hard") for q in questions)


@pytest.mark.parametrize("name", HOSTED)
def test_malformed_json_is_transient_invalid_output(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("malformed")

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("invalid_output", True)


@pytest.mark.parametrize("name", HOSTED)
def test_four_questions_are_rejected_as_invalid_output(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("wrong_count")

    error = generate_error(name, "interview", resume_doc)

    assert error.code == "invalid_output"
    assert "4 valid questions" in error.message


@pytest.mark.parametrize("name", HOSTED)
def test_rate_limit_is_transient_rate_limited(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("429")

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("rate_limited", True)
    assert fake_llm.request_count == 1  # max_retries=0: the SDK did not retry on its own


@pytest.mark.parametrize("name", HOSTED)
def test_server_error_is_transient_server_error(llm_settings, fake_llm, resume_doc, name):
    fake_llm.push("500")

    error = generate_error(name, "learning", resume_doc)

    assert (error.code, error.transient) == ("server_error", True)
    assert fake_llm.request_count == 1


@pytest.mark.parametrize("name", HOSTED)
def test_rejected_key_is_auth_and_not_transient(llm_settings, fake_llm, resume_doc, name):
    fake_llm.api_key = "the-only-valid-key"

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("auth", False)
    assert error.message == "Incorrect API key provided"


@pytest.mark.parametrize("name", HOSTED)
def test_provider_sends_its_configured_key(llm_settings, fake_llm, resume_doc, name):
    fake_llm.api_key = getattr(llm_settings, KEY_SETTINGS[name])

    answer = ask(get_provider(name), "interview", resume_doc, "auto")

    assert len(answer.payload["questions"]) == 5


@pytest.mark.parametrize("name", HOSTED)
def test_slow_server_times_out_after_llm_timeout_seconds(llm_settings, fake_llm, resume_doc, name):
    llm_settings.LLM_TIMEOUT_SECONDS = 0.5
    fake_llm.push("slow")
    started = time.monotonic()

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("timeout", True)
    assert time.monotonic() - started < fake_llm.slow_seconds - 1


@pytest.mark.parametrize("name", HOSTED)
def test_unreachable_server_is_transient_unavailable(llm_settings, resume_doc, name):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{closed_port}"
    llm_settings.GEMINI_BASE_URL = llm_settings.ANTHROPIC_BASE_URL = url
    llm_settings.OPENAI_BASE_URL = url + "/v1"

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("unavailable", True)


@pytest.mark.parametrize("name", HOSTED)
def test_provider_without_key_is_not_configured_and_makes_no_request(llm_settings, fake_llm, resume_doc, name):
    setattr(llm_settings, KEY_SETTINGS[name], "")
    llm_settings.OPENAI_BASE_URL = ""

    error = generate_error(name, "interview", resume_doc)

    assert (error.code, error.transient) == ("not_configured", False)
    assert fake_llm.request_count == 0


def test_openai_compatible_server_needs_only_a_base_url(llm_settings, resume_doc):
    llm_settings.OPENAI_API_KEY = ""
    llm_settings.OPENAI_MODEL = "llama3.1:8b"

    answer = ask(get_provider("openai"), "interview", resume_doc, "auto")

    assert answer.model == "llama3.1:8b"
    assert answer.cost_usd == 0.0  # a self-hosted model has no list price


def test_client_is_built_once_and_reused_across_calls(llm_settings, resume_doc):
    provider = get_provider("gemini")
    ask(provider, "interview", resume_doc, "auto")
    first_client = provider.client()

    ask(provider_chain(["gemini"])[0], "learning", resume_doc, "auto")

    assert provider_chain(["gemini"])[0] is provider
    assert provider.client() is first_client


def test_korean_resume_gets_a_korean_prompt_and_payload_language(llm_settings, fake_llm, korean_resume_doc):
    answer = ask(get_provider("claude"), "interview", korean_resume_doc, "auto")

    assert answer.payload["language"] == "ko"
    assert "Output language: Korean (ko)." in str(fake_llm.requests[-1]["body"])


def test_provider_error_keeps_code_and_retry_hint_through_pickling(llm_settings, fake_llm, resume_doc):
    fake_llm.push("429")
    error = generate_error("openai", "interview", resume_doc)

    copy = pickle.loads(pickle.dumps(error))

    assert (copy.code, copy.message, copy.transient, copy.retry_after) == ("rate_limited", error.message, True, 1.0)


def test_openai_request_carries_the_strict_schema_the_sdk_would_send(fake_llm, llm_settings, resume_doc):
    """The provider posts the request itself with a schema built once per model; it must be
    the one the SDK's own `parse` builds, and the answer comes back as the parsed model."""
    from openai.lib._parsing._completions import type_to_response_format_param

    from interviews.schemas import InterviewOutput

    provider = get_provider("openai")
    for _ in range(2):
        answer = ask(provider, "interview", resume_doc, "auto")
        assert len(answer.payload["questions"]) == 5

    bodies = [request["body"] for request in fake_llm.requests]
    assert [body["response_format"] for body in bodies] == [type_to_response_format_param(InterviewOutput)] * 2
    assert bodies[0]["response_format"]["json_schema"]["strict"] is True
    assert [message["role"] for message in bodies[0]["messages"]] == ["system", "user"]
    assert bodies[0]["model"] == llm_settings.OPENAI_MODEL
