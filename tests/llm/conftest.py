"""Resume documents for the provider tests; the fake server and provider settings are in
tests/fakes/llm_fixtures.py."""

import pytest

from careercoach.generation.kinds import get_kind


def ask(provider, kind_name: str, document: dict, language: str = "auto"):
    """One provider's answer for a registered kind, the language resolved as a job resolves it."""
    kind = get_kind(kind_name)
    return provider.answer(kind, document, kind.output_language(document, language))


@pytest.fixture
def resume_doc():
    """A compact resume in the project's format (mid-level band: 30 months)."""
    return {
        "name": "Dana Kim",
        "contact": {
            "phone": "010-0000-0000",
            "email": "dana@example.org",
            "github": None,
            "linkedin": None,
            "portfolio": None,
        },
        "summary": "Backend engineer building payment and notification services.",
        "work_experiences": [
            {
                "company": "Paystream",
                "position": "Backend Engineer",
                "duration": "2023.01 ~ 2025.06",
                "project_name": "Settlement Pipeline",
                "project_description": "Daily settlement of merchant payments",
                "tech_stack": ["Kafka", "PostgreSQL", "Spring Boot"],
                "achievements": [
                    "Cut settlement batch time from 4 hours to 35 minutes",
                    "Made payment event consumers idempotent with a dedup table",
                ],
                "team_size": 6,
            }
        ],
        "total_experience_months": 30,
        "personal_projects": [
            {
                "name": "Ringbell",
                "duration": "2024.03 - 2024.08",
                "description": "Push notification service for small shops",
                "tech_stack": ["FastAPI", "Redis", "Docker"],
                "github_url": None,
                "demo_url": None,
                "key_achievements": ["Rate-limited fan-out to 20k devices per minute"],
                "architecture_highlights": ["Redis streams as the delivery queue"],
            }
        ],
        "technical_skills": {
            "programming_languages": ["Java", "Python"],
            "frameworks": ["Spring Boot", "FastAPI"],
            "databases": ["PostgreSQL"],
            "message_queue_caching": ["Kafka", "Redis"],
            "cloud_platforms": ["AWS"],
            "devops_tools": ["Docker"],
            "monitoring_tools": [],
            "others": [],
        },
        "certifications": [],
        "activities": [],
        "education": [],
    }


@pytest.fixture
def korean_resume_doc(resume_doc):
    """The same candidate written in Korean prose, technology names left in English."""
    resume = resume_doc
    resume["summary"] = "Kafka 기반의 실시간 정산 파이프라인을 설계하고 운영했습니다."
    resume["work_experiences"][0].update(
        position="백엔드 개발자",
        project_description="가맹점 결제 대금의 일일 정산",
        achievements=[
            "정산 배치 시간을 4시간에서 35분으로 단축",
            "중복 제거 테이블로 결제 이벤트 컨슈머를 멱등하게 구현",
        ],
    )
    resume["personal_projects"][0].update(
        description="소상공인을 위한 푸시 알림 서비스",
        key_achievements=["분당 2만 대 기기에 발송"],
        architecture_highlights=["Redis Streams를 전달 큐로 사용"],
    )
    return resume
