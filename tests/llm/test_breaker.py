import socket
import uuid

import pytest

from careercoach.generation.kinds import get_kind
from careercoach.llm.breaker import CLOSED, HALF_OPEN, OPEN, UNKNOWN, CircuitBreaker
from careercoach.llm.chain import generate_with_fallback
from careercoach.llm.registry import provider_chain


def fail(breaker, name, times):
    for _ in range(times):
        breaker.record_failure(name)


def test_new_breaker_is_closed_and_allows_calls(breaker):
    assert breaker.state("gemini") == CLOSED
    assert breaker.allow("gemini")


def test_breaker_opens_after_the_configured_consecutive_failures(breaker):
    fail(breaker, "gemini", 2)
    assert breaker.state("gemini") == CLOSED

    breaker.record_failure("gemini")

    assert breaker.state("gemini") == OPEN
    assert not breaker.allow("gemini")


def test_a_success_resets_the_failure_count(breaker):
    fail(breaker, "gemini", 2)
    breaker.record_success("gemini")
    fail(breaker, "gemini", 2)

    assert breaker.state("gemini") == CLOSED
    assert breaker.failures("gemini") == 2


def test_breakers_of_different_providers_are_independent(breaker):
    fail(breaker, "gemini", 3)

    assert breaker.allow("openai")


def test_open_breaker_stays_open_until_the_cooldown_passes(breaker, clock):
    fail(breaker, "gemini", 3)

    clock.advance(59)

    assert not breaker.allow("gemini")


def test_after_the_cooldown_exactly_one_trial_call_is_allowed(breaker, clock):
    fail(breaker, "gemini", 3)
    clock.advance(61)

    assert breaker.state("gemini") == HALF_OPEN
    assert breaker.allow("gemini")
    assert not breaker.allow("gemini")


def test_successful_trial_closes_the_breaker(breaker, clock):
    fail(breaker, "gemini", 3)
    clock.advance(61)
    breaker.allow("gemini")

    breaker.record_success("gemini")

    assert breaker.state("gemini") == CLOSED
    assert breaker.failures("gemini") == 0


def test_failed_trial_opens_the_breaker_for_another_cooldown(breaker, clock):
    fail(breaker, "gemini", 3)
    clock.advance(61)
    breaker.allow("gemini")

    breaker.record_failure("gemini")

    assert breaker.state("gemini") == OPEN
    clock.advance(59)
    assert not breaker.allow("gemini")
    clock.advance(2)
    assert breaker.allow("gemini")


def test_state_is_shared_through_the_cache_between_instances(llm_settings, clock):
    """Two breaker objects with one cache stand for the web and the worker process."""
    prefix = f"shared-{uuid.uuid4().hex}"
    web, worker = (CircuitBreaker(clock=clock, prefix=prefix) for _ in range(2))

    fail(worker, "claude", 3)

    assert not web.allow("claude")


@pytest.mark.parametrize("failures", [1, 5])
def test_threshold_comes_from_llm_breaker_failures(llm_settings, clock, failures):
    llm_settings.LLM_BREAKER_FAILURES = failures
    breaker = CircuitBreaker(clock=clock, prefix=f"threshold-{uuid.uuid4().hex}")

    fail(breaker, "openai", failures - 1)
    assert breaker.state("openai") == CLOSED
    breaker.record_failure("openai")
    assert breaker.state("openai") == OPEN


def test_cooldown_comes_from_llm_breaker_cooldown_seconds(llm_settings, clock):
    llm_settings.LLM_BREAKER_COOLDOWN_SECONDS = 5
    breaker = CircuitBreaker(clock=clock, prefix=f"cooldown-{uuid.uuid4().hex}")
    fail(breaker, "openai", 3)

    clock.advance(6)

    assert breaker.allow("openai")


@pytest.fixture
def broken_cache_breaker(llm_settings, clock):
    """A breaker whose cache is a Redis that is not running."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    llm_settings.CACHES = {
        **llm_settings.CACHES,
        "broken": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        },
    }
    return CircuitBreaker(clock=clock, cache_alias="broken")


def test_broken_cache_lets_every_call_through(broken_cache_breaker):
    fail(broken_cache_breaker, "gemini", 5)

    assert broken_cache_breaker.allow("gemini")
    assert broken_cache_breaker.state("gemini") == UNKNOWN


def test_broken_cache_does_not_stop_the_chain(broken_cache_breaker, resume_doc):
    result = generate_with_fallback(
        get_kind("interview"), resume_doc, "en", provider_chain(["claude"]), breaker=broken_cache_breaker
    )

    assert result.provider == "claude"
