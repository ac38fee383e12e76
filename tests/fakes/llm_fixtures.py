"""Fixtures for tests that talk to hosted providers: the local fake LLM server (real HTTP)
and every hosted provider configured against it. tests/conftest.py loads this module as a
plugin, so provider tests in any folder (tests/llm, tests/resumes) use the same ones."""

import os
import uuid
from urllib.parse import urlsplit

import pytest

from tests.conftest import REQUIRE_SERVICES, port_open
from tests.fakes.llm_server import FakeLLMServer

HOSTED = ("gemini", "openai", "claude")


class FakeClock:
    """Wall-clock stand-in for the breaker, so cooldowns pass without sleeping."""

    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_llm():
    with FakeLLMServer(slow_seconds=5.0) as server:
        yield server


def cache_for_tests() -> dict:
    """Redis when REDIS_URL points at a running one (so the breaker is tried on the shared cache
    production uses), else a private LocMem cache."""
    redis_url = os.environ.get("REDIS_URL", "")
    if redis_url:
        parts = urlsplit(redis_url)
        if port_open(parts.hostname or "127.0.0.1", parts.port or 6379):
            return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
        if REQUIRE_SERVICES:
            pytest.fail(f"REDIS_URL={redis_url} is set but Redis does not answer")
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"llm-tests-{uuid.uuid4().hex}",
        }
    }


@pytest.fixture
def llm_settings(settings, fake_llm):
    """Every hosted provider configured against the local fake server."""
    settings.CACHES = cache_for_tests()
    settings.LLM_PROVIDERS = ""
    settings.LLM_TIMEOUT_SECONDS = 5
    settings.LLM_BREAKER_FAILURES = 3
    settings.LLM_BREAKER_COOLDOWN_SECONDS = 60
    # One request per scripted behaviour: the retry rules (a second call after a 5xx or an
    # unusable answer) are tested on their own in tests/llm/test_retry_rules.py.
    settings.LLM_RETRY_SERVER_ERRORS = 0
    settings.LLM_RETRY_INVALID_OUTPUT = False
    settings.GEMINI_API_KEY = "test-gemini-key"
    settings.GEMINI_BASE_URL = fake_llm.url
    settings.GEMINI_MODEL = "gemini-2.5-flash"
    settings.OPENAI_API_KEY = "test-openai-key"
    settings.OPENAI_BASE_URL = fake_llm.openai_base_url
    settings.OPENAI_MODEL = "gpt-4o-mini"
    settings.ANTHROPIC_API_KEY = "test-anthropic-key"
    settings.ANTHROPIC_BASE_URL = fake_llm.url
    settings.ANTHROPIC_MODEL = "claude-sonnet-4-5"
    return settings


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def breaker(llm_settings, clock):
    from careercoach.llm.breaker import CircuitBreaker

    return CircuitBreaker(clock=clock, prefix=f"test-breaker-{uuid.uuid4().hex}")
