import pytest

from resumes.services import resume_key_next
from tests.factories import ResumeFactory

pytestmark = pytest.mark.django_db


def test_given_no_resumes_when_key_asked_then_name_1():
    assert resume_key_next(name="test") == "test_1"


def test_given_korean_name_when_key_asked_then_unicode_slug():
    assert resume_key_next(name="이도윤") == "이도윤_1"


def test_given_existing_keys_when_key_asked_then_one_past_highest():
    ResumeFactory(unique_key="kim_1")
    ResumeFactory(unique_key="kim_7")
    ResumeFactory(unique_key="kim_lee_9")

    assert resume_key_next(name="Kim") == "kim_8"


def test_given_name_of_only_symbols_when_key_asked_then_resume_fallback():
    assert resume_key_next(name="!!!") == "resume_1"
