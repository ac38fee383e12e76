import pickle
import time

import pytest

from careercoach.generation.kinds import get_kind
from careercoach.llm.chain import AllProvidersFailed, ChainResult, generate_with_fallback
from careercoach.llm.registry import provider_chain


def outcomes(trail):
    return [(a["provider"], a["outcome"]) for a in trail]


def run(kind_name, resume_doc, names, breaker, **options):
    kind = get_kind(kind_name)
    language = kind.output_language(resume_doc, "auto")  # as job_start resolves it, once
    return generate_with_fallback(kind, resume_doc, language, provider_chain(names), breaker=breaker, **options)


def test_failing_hosted_providers_fall_back_to_the_offline_coach(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("500", "401", "malformed")

    result = run("interview", resume_doc, None, breaker)

    assert outcomes(result.trail) == [
        ("gemini", "server_error"),
        ("openai", "auth"),
        ("claude", "invalid_output"),
        ("local", "ok"),
    ]
    assert result.provider == "local"
    assert len(result.payload["questions"]) == 5
    assert (result.tokens_in, result.tokens_out, result.cost_usd) == (0, 0, 0.0)


def test_offline_coach_alone_answers_a_learning_plan(llm_settings, resume_doc, breaker):
    result = run("learning", resume_doc, ["local"], breaker)

    assert result.provider == "local"
    assert {p["type"] for p in result.payload["learning_paths"]} == {"strength", "weakness"}


def test_first_answering_provider_wins_and_the_result_carries_its_details(llm_settings, fake_llm, resume_doc, breaker):
    result = run("interview", resume_doc, ["openai", "claude", "local"], breaker)

    assert isinstance(result, ChainResult)
    assert outcomes(result.trail) == [("openai", "ok")]
    assert (result.provider, result.model, result.prompt_version) == (
        "openai",
        "gpt-4o-mini",
        get_kind("interview").prompt_version,
    )
    assert result.tokens_in == fake_llm.prompt_tokens and result.cost_usd > 0
    assert result.trail[0]["latency_ms"] == result.latency_ms
    assert fake_llm.request_count == 1


def test_rate_limited_provider_hands_over_to_the_next_one(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("429")

    result = run("interview", resume_doc, ["openai", "claude"], breaker)

    assert outcomes(result.trail) == [("openai", "rate_limited"), ("claude", "ok")]


def test_rate_limited_request_succeeds_when_the_job_is_retried(llm_settings, fake_llm, resume_doc, breaker, clock):
    fake_llm.push("429")
    with pytest.raises(AllProvidersFailed) as exc_info:
        run("interview", resume_doc, ["gemini"], breaker)
    assert exc_info.value.transient is True
    clock.advance(1.1)  # the fake's Retry-After: 1 (tests/llm/test_retry_rules.py)

    result = run("interview", resume_doc, ["gemini"], breaker)

    assert outcomes(result.trail) == [("gemini", "ok")]


def test_wrong_question_count_is_rejected_and_the_next_provider_answers(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("wrong_count")

    result = run("interview", resume_doc, ["claude", "gemini"], breaker)

    assert outcomes(result.trail) == [("claude", "invalid_output"), ("gemini", "ok")]
    assert "4 valid questions" in result.trail[0]["error"]


def test_fenced_answer_is_repaired_without_falling_back(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("fenced")

    result = run("learning", resume_doc, ["gemini", "local"], breaker)

    assert outcomes(result.trail) == [("gemini", "ok")]


def test_timed_out_provider_hands_over_in_time(llm_settings, fake_llm, resume_doc, breaker):
    llm_settings.LLM_TIMEOUT_SECONDS = 0.5
    fake_llm.push("slow")
    started = time.monotonic()

    result = run("interview", resume_doc, ["openai", "claude"], breaker, deadline_seconds=10)

    assert outcomes(result.trail) == [("openai", "timeout"), ("claude", "ok")]
    assert time.monotonic() - started < fake_llm.slow_seconds - 1  # nobody waited for the slow answer


def test_spent_time_budget_skips_hosted_providers_not_the_offline_coach(llm_settings, fake_llm, resume_doc, breaker):
    llm_settings.LLM_TIMEOUT_SECONDS = 0.5
    fake_llm.push("slow")

    result = run("interview", resume_doc, ["gemini", "claude", "local"], breaker, deadline_seconds=0.55)

    assert outcomes(result.trail) == [("gemini", "timeout"), ("claude", "deadline"), ("local", "ok")]
    assert fake_llm.stats()["paths"].get("/v1/messages") is None


def test_breaker_opens_after_repeated_failures_and_the_provider_is_skipped(llm_settings, fake_llm, resume_doc, breaker):
    for _ in range(3):
        fake_llm.push("500")
        run("interview", resume_doc, ["openai", "claude"], breaker)

    result = run("interview", resume_doc, ["openai", "claude"], breaker)

    assert outcomes(result.trail) == [("openai", "circuit_open"), ("claude", "ok")]
    assert fake_llm.stats()["paths"]["/v1/chat/completions"] == 3


def test_successful_half_open_trial_after_the_cooldown_closes_the_breaker(
    llm_settings, fake_llm, resume_doc, breaker, clock
):
    fake_llm.push("500", "ok", "500", "ok", "500", "ok")
    for _ in range(3):
        run("interview", resume_doc, ["openai", "claude"], breaker)
    clock.advance(61)

    trial = run("interview", resume_doc, ["openai", "claude"], breaker)
    after = run("interview", resume_doc, ["openai", "claude"], breaker)

    assert outcomes(trial.trail) == [("openai", "ok")]
    assert outcomes(after.trail) == [("openai", "ok")]
    assert breaker.state("openai") == "closed"


def test_failed_half_open_trial_keeps_the_provider_skipped(llm_settings, fake_llm, resume_doc, breaker, clock):
    fake_llm.push("500", "ok", "500", "ok", "500", "ok")
    for _ in range(3):
        run("interview", resume_doc, ["openai", "claude"], breaker)
    clock.advance(61)
    fake_llm.push("500")

    trial = run("interview", resume_doc, ["openai", "claude"], breaker)
    after = run("interview", resume_doc, ["openai", "claude"], breaker)

    assert outcomes(trial.trail) == [("openai", "server_error"), ("claude", "ok")]
    assert outcomes(after.trail) == [("openai", "circuit_open"), ("claude", "ok")]


def test_unconfigured_provider_is_recorded_but_never_trips_its_breaker(llm_settings, resume_doc, breaker):
    llm_settings.GEMINI_API_KEY = ""

    for _ in range(4):
        result = run("interview", resume_doc, ["gemini", "openai"], breaker)

    assert outcomes(result.trail) == [("gemini", "not_configured"), ("openai", "ok")]
    assert breaker.state("gemini") == "closed"


def test_when_every_provider_fails_the_error_tells_the_user_what_happened(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("401", "500")

    with pytest.raises(AllProvidersFailed) as exc_info:
        run("learning", resume_doc, ["openai", "gemini"], breaker)

    error = exc_info.value
    assert str(error) == (
        "No AI provider could generate the learning plan (openai rejected the API key; "
        "gemini had a server error). Please try again in a few minutes."
    )
    assert outcomes(error.trail) == [("openai", "auth"), ("gemini", "server_error")]
    assert error.code == "all_providers_failed" and error.transient is True


def test_only_permanent_failures_say_an_administrator_must_act(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("401")

    with pytest.raises(AllProvidersFailed) as exc_info:
        run("interview", resume_doc, ["claude"], breaker)

    assert exc_info.value.transient is False
    assert "administrator" in str(exc_info.value)


def test_on_attempt_is_told_each_provider_before_it_is_called(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("500")
    calls = []

    run(
        "interview",
        resume_doc,
        ["gemini", "claude", "local"],
        breaker,
        on_attempt=lambda name, number, total: calls.append((name, number, total)),
    )

    assert calls == [("gemini", 1, 3), ("claude", 2, 3)]


def test_providers_default_to_the_llm_providers_setting(llm_settings, resume_doc, breaker):
    llm_settings.LLM_PROVIDERS = "claude,gemini"

    result = generate_with_fallback(get_kind("interview"), resume_doc, "en", breaker=breaker)

    assert outcomes(result.trail) == [("claude", "ok")]


def test_auto_language_is_resolved_once_for_every_provider(llm_settings, fake_llm, korean_resume_doc, breaker):
    fake_llm.push("500")

    result = run("interview", korean_resume_doc, ["gemini", "openai"], breaker)

    assert result.payload["language"] == "ko"
    assert all("Output language: Korean (ko)." in str(r["body"]) for r in fake_llm.requests)


def test_failure_survives_pickling_as_celery_does_with_exceptions(llm_settings, fake_llm, resume_doc, breaker):
    fake_llm.push("429")
    with pytest.raises(AllProvidersFailed) as exc_info:
        run("interview", resume_doc, ["claude"], breaker)

    copy = pickle.loads(pickle.dumps(exc_info.value))

    assert (str(copy), copy.trail, copy.transient) == (str(exc_info.value), exc_info.value.trail, True)
