"""The upload path with a hosted LLM configured: its draft is used and said so; without one,
or when it fails, the rule-based draft stands."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from resumes.models import Resume
from resumes.uploads import LLM_READ_WARNING, parse_upload
from tests.fakes.llm_server import FakeLLMServer

pytestmark = pytest.mark.django_db

TEXT = """Mina Park
mina@example.org | 010-2222-3333

Experience
Cartwheel | Backend Engineer | 2022.03 ~ 2024.12
Project: Order Platform
- Cut checkout latency p95 from 900 ms to 180 ms
Tech: Django, PostgreSQL, Redis

Education
Korea University | B.S. Computer Science | 2016.03 ~ 2022.02
"""


@pytest.fixture
def fake_openai(settings):
    with FakeLLMServer() as fake:
        settings.LLM_PROVIDERS = "openai,local"
        settings.OPENAI_API_KEY = "test-key"
        settings.OPENAI_BASE_URL = fake.openai_base_url
        settings.LLM_TIMEOUT_SECONDS = 5
        yield fake


def test_given_no_hosted_provider_when_text_parsed_then_rule_based_draft_and_no_llm_warning():
    result = parse_upload(text=TEXT)

    assert result.draft["work_experiences"][0]["company"] == "Cartwheel"
    assert LLM_READ_WARNING not in result.warnings


def test_given_fake_openai_when_text_parsed_then_its_draft_is_used_and_the_page_says_so(fake_openai):
    result = parse_upload(upload=SimpleUploadedFile("resume.txt", TEXT.encode(), content_type="text/plain"))

    assert fake_openai.stats()["requests"] == 1
    assert LLM_READ_WARNING in result.warnings
    assert result.draft["name"]
    assert "total_experience_months" in result.guessed or result.draft["total_experience_months"] in (0, None)


def test_given_failing_provider_when_text_parsed_then_rule_based_draft_stands(fake_openai):
    fake_openai.replace_script(["500"] * 5)

    result = parse_upload(text=TEXT)

    assert LLM_READ_WARNING not in result.warnings
    assert result.draft["work_experiences"][0]["company"] == "Cartwheel"


def test_given_fake_openai_when_uploaded_on_the_web_then_review_shows_the_ai_notice_and_nothing_saved(
    client_logged_in, fake_openai
):
    upload = SimpleUploadedFile("resume.txt", TEXT.encode(), content_type="text/plain")

    response = client_logged_in.post(reverse("resumes:upload"), {"file": upload}, follow=True)

    assert response.status_code == 200
    assert "AI" in response.content.decode()
    assert Resume.objects.count() == 0
