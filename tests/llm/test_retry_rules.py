"""Retries by error, each rule through the fake provider servers (real HTTP, the real SDKs):
a 429 waits for its Retry-After (or minutes) before that provider is called again, 5xx and
timeouts are retried after a jittered backoff, invalid output is asked again once with the
validation errors, and a rejected key is never retried and opens the breaker at once."""

import random

import pytest

from careercoach.generation.kinds import get_kind
from careercoach.llm.chain import AllProvidersFailed, generate_with_fallback
from careercoach.llm.registry import provider_chain
from careercoach.llm.retry import backoff_delay
from tests.fakes.llm_server import FakeLLMServer


@pytest.fixture
def retries(llm_settings):
    """The defaults of careercoach/settings.py, which llm_settings turns off for other tests."""
    llm_settings.LLM_RETRY_SERVER_ERRORS = 1
    llm_settings.LLM_RETRY_INVALID_OUTPUT = True
    llm_settings.LLM_RETRY_BACKOFF_SECONDS = 0.4
    llm_settings.LLM_RATE_LIMIT_DEFAULT_SECONDS = 120
    return llm_settings


def run(resume_doc, names, breaker, **options):
    kind = get_kind("interview")
    language = kind.output_language(resume_doc, "auto")
    return generate_with_fallback(kind, resume_doc, language, provider_chain(names), breaker=breaker, **options)


def outcomes(result_or_error):
    return [(a["provider"], a["outcome"]) for a in result_or_error.trail]


def arrival_times(fake):
    return [request["at"] for request in fake.requests]


def test_given_429_with_retry_after_when_asked_again_then_provider_waits_it_out(retries, resume_doc, breaker, clock):
    with FakeLLMServer(["429"], retry_after="30") as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        first = run(resume_doc, ["openai", "local"], breaker)
        soon = run(resume_doc, ["openai", "local"], breaker)
        clock.advance(29)
        still = run(resume_doc, ["openai", "local"], breaker)
        clock.advance(2)
        later = run(resume_doc, ["openai", "local"], breaker)

        assert outcomes(first) == [("openai", "rate_limited"), ("local", "ok")]
        assert outcomes(soon) == outcomes(still) == [("openai", "circuit_open"), ("local", "ok")]
        assert outcomes(later) == [("openai", "ok")]
        assert fake.stats()["requests"] == 2


def test_given_429_without_retry_after_when_asked_again_then_default_minutes(retries, resume_doc, breaker, clock):
    with FakeLLMServer(["429"], retry_after=None) as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        run(resume_doc, ["openai", "local"], breaker)
        clock.advance(119)
        held = run(resume_doc, ["openai", "local"], breaker)
        clock.advance(2)
        later = run(resume_doc, ["openai", "local"], breaker)

    assert outcomes(held) == [("openai", "circuit_open"), ("local", "ok")]
    assert outcomes(later) == [("openai", "ok")]


def test_given_500_then_ok_when_generating_then_same_provider_answers_after_backoff(retries, resume_doc, breaker):
    with FakeLLMServer(["500"]) as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker)
        first, second = arrival_times(fake)

    assert outcomes(result) == [("openai", "server_error"), ("openai", "ok")]
    assert result.provider == "openai"
    assert 0.4 * 0.5 <= second - first <= 0.4 * 1.5 + 1.0  # the backoff, plus a second of request time


def test_given_500_twice_when_generating_then_one_retry_only_then_next_provider(retries, resume_doc, breaker):
    with FakeLLMServer(default="500") as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker)

        assert outcomes(result) == [("openai", "server_error"), ("openai", "server_error"), ("local", "ok")]
        assert fake.stats()["requests"] == 2


def test_given_backoff_when_drawn_many_times_then_jittered_around_a_doubling_base(retries):
    rng = random.Random(14)
    first = [backoff_delay(0, base=1.0, rng=rng) for _ in range(200)]
    second = [backoff_delay(1, base=1.0, rng=rng) for _ in range(200)]

    assert all(0.5 <= d <= 1.5 for d in first) and all(1.0 <= d <= 3.0 for d in second)
    assert len({round(d, 3) for d in first}) > 150  # jitter, not one fixed delay


def test_given_timeout_when_a_whole_attempt_still_fits_then_retried(retries, resume_doc, breaker):
    retries.LLM_TIMEOUT_SECONDS = 1
    with FakeLLMServer(["slow"], slow_seconds=3) as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker, deadline_seconds=10)

    assert outcomes(result) == [("openai", "timeout"), ("openai", "ok")]


def test_given_timeout_when_no_whole_attempt_fits_then_next_provider_at_once(retries, resume_doc, breaker):
    retries.LLM_TIMEOUT_SECONDS = 1
    with FakeLLMServer(["slow"], slow_seconds=3) as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker)  # budget: two timeouts

    assert outcomes(result) == [("openai", "timeout"), ("local", "ok")]


def test_given_invalid_output_when_generating_then_asked_once_more_with_the_errors(retries, resume_doc, breaker):
    with FakeLLMServer(["wrong_count"]) as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker)
        first, second = [r["body"]["messages"][-1]["content"] for r in fake.requests]

    assert outcomes(result) == [("openai", "ok")] and result.provider == "openai"
    assert "4 valid questions" not in first and "4 valid questions" in second
    assert second.startswith(first)
    assert result.tokens_in > 0


def test_given_invalid_output_twice_when_generating_then_no_third_call(retries, resume_doc, breaker):
    with FakeLLMServer(default="malformed") as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        result = run(resume_doc, ["openai", "local"], breaker)

        assert outcomes(result) == [("openai", "invalid_output"), ("local", "ok")]
        assert fake.stats()["requests"] == 2


def test_given_rejected_key_when_generating_then_not_retried_and_breaker_open_at_once(retries, resume_doc, breaker):
    with FakeLLMServer(default="401") as fake:
        retries.OPENAI_BASE_URL = fake.openai_base_url
        with pytest.raises(AllProvidersFailed) as failed:
            run(resume_doc, ["openai"], breaker)
        again = run(resume_doc, ["openai", "local"], breaker)

        assert outcomes(failed.value) == [("openai", "auth")] and failed.value.transient is False
        assert fake.stats()["requests"] == 1
        assert breaker.state("openai") == "open"
        assert outcomes(again) == [("openai", "circuit_open"), ("local", "ok")]
