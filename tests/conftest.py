"""Shared fixtures. Services (PostgreSQL, Redis, RabbitMQ, Chromium) are probed once; a test
that needs one skips without it on a laptop and fails under REQUIRE_SERVICES=1 (CI)."""

import os
import socket

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
# The fake LLM server and hosted-provider settings (fake_llm, llm_settings, clock, breaker).
pytest_plugins = ["tests.fakes.llm_fixtures"]


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def need(available: bool, what: str) -> None:
    """Skip, or fail when CI demands every service."""
    if available:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required (REQUIRE_SERVICES=1) but not available")
    pytest.skip(f"{what} not available")


@pytest.fixture
def user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def other_user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def api(user):
    """A DRF client authenticated as `user`."""
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def client_logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def offline_llm_settings(settings):
    """No test may reach a hosted LLM, whatever keys the developer's shell exports: the
    default chain is the offline coach, and tests that want a provider point it at a fake."""
    settings.LLM_PROVIDERS = ""
    settings.GEMINI_API_KEY = settings.OPENAI_API_KEY = settings.ANTHROPIC_API_KEY = ""
    settings.GEMINI_BASE_URL = settings.OPENAI_BASE_URL = settings.ANTHROPIC_BASE_URL = ""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def resume(user):
    """A resume with one job and one project, as the API would store it."""
    from resumes.serializers import ResumeFormatSerializer
    from resumes.services import resume_create

    document = {
        "name": "김하늘",
        "summary": "결제 시스템을 만드는 백엔드 개발자입니다.",
        "total_experience_months": 30,
        "work_experiences": [
            {
                "company": "페이로드",
                "position": "백엔드 개발자",
                "duration": "2022.01 ~ 2024.06",
                "project_name": "정산 플랫폼",
                "project_description": "가맹점 정산 API와 배치",
                "tech_stack": ["Java", "Spring Boot", "MySQL", "Kafka"],
                "achievements": [
                    "정산 배치 처리 시간을 40분에서 6분으로 단축",
                    "Kafka 기반 결제 이벤트 파이프라인 구축",
                ],
                "team_size": 6,
            }
        ],
        "personal_projects": [
            {
                "name": "스터디메이트",
                "description": "스터디 출석 관리 서비스",
                "tech_stack": ["FastAPI", "Redis"],
                "key_achievements": ["30명이 4개월 사용"],
            }
        ],
        "technical_skills": {"programming_languages": ["Java", "Python"], "frameworks": ["Spring Boot"]},
    }
    serializer = ResumeFormatSerializer(data=document)
    serializer.is_valid(raise_exception=True)
    return resume_create(owner=user, document=serializer.validated_data)
