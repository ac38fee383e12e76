"""A posting in an interview or learning document: the prompt carries it, a hosted answer that
ignores it is refused (so the chain moves on to the next provider and finally the offline
coach), and the offline producer tailors."""

import pytest

from careercoach import coach
from careercoach.coach.posting import parse_posting
from careercoach.generation.kinds import get_kind
from careercoach.llm.base import ProviderError
from interviews import prompts
from tests.coach.resumes import korean_backend_junior

POSTING = parse_posting("""자격요건
- Python과 Django 기반 API 개발 경험
- PostgreSQL 쿼리 튜닝 경험
- Celery 비동기 작업 운영 경험
- Kubernetes 운영 경험
""")
INTERVIEW = get_kind("interview")
PARTS = {"build_prompt": INTERVIEW.build_prompt, "validate": INTERVIEW.validate, "offline": INTERVIEW.offline}


def document(with_posting=True):
    resume = korean_backend_junior()
    return {**resume, "posting": POSTING, "posting_id": "p1"} if with_posting else resume


def test_given_a_posting_when_the_prompt_is_built_then_it_carries_the_posting_and_the_rules():
    _system, user = PARTS["build_prompt"](document(), "ko")
    assert "<posting_data>" in user and "Kubernetes" in user and "At least 3 of the 5 questions" in user


def test_given_no_posting_when_the_prompt_is_built_then_it_is_the_kinds_own_prompt():
    assert PARTS["build_prompt"](document(False), "ko") == prompts.build_prompt(document(False), "ko")


def test_given_a_hosted_answer_that_ignores_the_posting_when_validated_then_it_is_invalid_output():
    untailored = coach.generate_interview(korean_backend_junior(), "ko")
    with pytest.raises(ProviderError) as error:
        PARTS["validate"](untailored, document())
    assert error.value.code == "invalid_output"


def test_given_the_offline_producer_when_a_posting_is_given_then_its_answer_passes_the_check():
    answer = PARTS["offline"](document(), "ko")
    payload = PARTS["validate"](answer, document())
    assert sum(1 for q in payload["questions"] if q["topic"] in {"Python", "Django", "PostgreSQL", "Celery"}) >= 3
    assert any(q["topic"] == "Kubernetes" for q in payload["questions"])
