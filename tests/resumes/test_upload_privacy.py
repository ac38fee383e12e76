"""Privacy before any hosted LLM: the request a provider receives holds none of the person's
contact details, and the draft they get back has every one of them restored."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from resumes.uploads import LLM_READ_WARNING, parse_upload
from tests.fakes.llm_server import FakeLLMServer

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Mina Park", "mina.park@example.org", "010-2222-3333"
GITHUB, ADDRESS = "https://github.com/minapark", "서울특별시 마포구 월드컵북로 396"
TEXT = f"""{NAME}
{EMAIL} | {PHONE} | {GITHUB}
주소: {ADDRESS}

Experience
Cartwheel | Backend Engineer | 2022.03 ~ 2024.12
- Cut checkout latency p95 from 900 ms to 180 ms
Tech: Django, PostgreSQL, Redis
"""
SECRETS = (NAME, EMAIL, PHONE, "github.com/minapark", "minapark", ADDRESS, "월드컵북로")


@pytest.fixture(params=["openai", "claude", "gemini"])
def fake_provider(request, settings):
    with FakeLLMServer() as fake:
        settings.LLM_PROVIDERS = f"{request.param},local"
        settings.LLM_TIMEOUT_SECONDS = 5
        if request.param == "openai":
            settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", fake.openai_base_url
        elif request.param == "claude":
            settings.ANTHROPIC_API_KEY, settings.ANTHROPIC_BASE_URL = "test-key", fake.url
        else:
            settings.GEMINI_API_KEY, settings.GEMINI_BASE_URL = "test-key", fake.url
        yield fake


def test_given_a_hosted_provider_when_a_resume_is_read_then_it_never_sees_the_contact_details(fake_provider):
    result = parse_upload(upload=SimpleUploadedFile("resume.txt", TEXT.encode(), content_type="text/plain"))

    assert fake_provider.stats()["requests"] == 1
    sent = json.dumps([request["body"] for request in fake_provider.requests], ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in sent, f"{secret!r} reached the provider"
    assert "person-1@masked.invalid" in sent  # the text went, with placeholders

    assert LLM_READ_WARNING in result.warnings
    draft = result.draft
    assert draft["name"] == NAME
    assert draft["contact"]["email"] == EMAIL
    assert draft["contact"]["phone"] == PHONE
    assert draft["contact"]["github"] == GITHUB
    assert "masked.invalid" not in json.dumps(draft, ensure_ascii=False)
