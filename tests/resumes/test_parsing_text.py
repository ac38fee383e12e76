"""Pasted or uploaded plain text: encodings, what is read, what is guessed, what stays empty."""

from __future__ import annotations

import datetime
import sys

import pytest

from resumes.parsing import Notice, notices, parse_resume
from resumes.parsing.technologies import technology_key

TODAY = datetime.date(2025, 7, 15)

KOREAN_TEXT = """김하늘
010-1234-5678 | haneul@example.com
github.com/haneul-dev

■ 경력
(주)바다소프트 | 백엔드 개발자    2023.03 ~ 현재
프로젝트: 주문 정산 시스템
- Spring Boot와 Kafka로 주문 이벤트를 처리하는 정산 파이프라인 구축
- Redis 캐시로 정산 조회 API 응답 시간을 800ms에서 120ms로 단축

■ 기술 스택
언어: Java, Kotlin
데이터베이스: MySQL
"""

ENGLISH_TEXT = """Jordan Lee
jordan@example.com · +1-555-0100 · linkedin.com/in/jordan-lee

EXPERIENCE
Software Engineer at Northwind    Jan 2021 – Present
- Built a Go service that ingests PostgreSQL change events into Kafka
- Cut p99 latency of the search API by 40% with Redis caching

Backend Developer, Contoso    03/2018 - 12/2020
- Maintained Django REST APIs for the billing team

SKILLS
Go, Python, PostgreSQL, Kafka, Redis, Docker
"""


LINKEDIN_EXPORT_TEXT = """Marcus Lindqvist
Staff Software Engineer at Corvane Mobility
Seattle, Washington, United States

Contact
marcus.lindqvist@example.com
www.linkedin.com/in/marcus-lindqvist (LinkedIn)

Top Skills
Go
Apache Kafka
Cassandra

Experience
Corvane Mobility
Staff Software Engineer
January 2021 - December 2024 (4 years)
Seattle, Washington
- Led the dispatch event platform on GKE

Haulpath Logistics
Software Engineer
January 2018 - December 2020 (3 years)
- Rewrote a Python ingester as a Go Kafka consumer

Education
Northfield Institute of Technology
Bachelor of Science - BS, Computer Science · (2013 - 2017)
"""


def parse_text(text: str, **kwargs):
    return parse_resume(b"", text=text, today=TODAY, **kwargs)


def test_pasted_korean_text_reads_work_entry_and_labelled_skills():
    result = parse_text(KOREAN_TEXT)
    draft = result.draft
    assert result.source_type == "text"
    assert draft["name"] == "김하늘"
    assert draft["contact"]["phone"] == "010-1234-5678"
    assert draft["contact"]["email"] == "haneul@example.com"
    work = draft["work_experiences"][0]
    assert (work["company"], work["position"]) == ("(주)바다소프트", "백엔드 개발자")
    assert work["duration"] == "2023.03 ~ 현재"
    assert work["project_name"] == "주문 정산 시스템"
    assert len(work["achievements"]) == 2
    assert draft["technical_skills"]["programming_languages"] == ["Java", "Kotlin"]
    assert draft["technical_skills"]["databases"] == ["MySQL"]


def test_ongoing_work_counts_months_up_to_today_and_is_marked_guessed():
    result = parse_text(KOREAN_TEXT)
    assert result.draft["total_experience_months"] == 29  # 2023.03 .. 2025.07
    assert "total_experience_months" in result.guessed


def test_link_written_without_scheme_gets_https_and_is_marked_guessed():
    result = parse_text(KOREAN_TEXT)
    assert result.draft["contact"]["github"] == "https://github.com/haneul-dev"
    assert "contact.github" in result.guessed


def test_tech_stack_without_a_tech_line_is_read_from_the_bullets_and_marked_guessed():
    result = parse_text(KOREAN_TEXT)
    stack = result.draft["work_experiences"][0]["tech_stack"]
    assert {technology_key(n) for n in ("Spring Boot", "Kafka", "Redis")} <= {technology_key(n) for n in stack}
    assert "work_experiences[0].tech_stack" in result.guessed


def test_labelled_skill_categories_are_read_not_guessed():
    assert "technical_skills" not in parse_text(KOREAN_TEXT).guessed


def test_english_text_with_month_names_and_position_first_headers():
    result = parse_text(ENGLISH_TEXT)
    draft = result.draft
    assert draft["name"] == "Jordan Lee"
    assert draft["contact"]["linkedin"] == "https://linkedin.com/in/jordan-lee"
    assert draft["contact"]["phone"] == "+1-555-0100"
    companies = [(w["company"], w["position"]) for w in draft["work_experiences"]]
    assert companies == [("Northwind", "Software Engineer"), ("Contoso", "Backend Developer")]
    assert draft["total_experience_months"] == 55 + 34  # Jan 2021..Jul 2025, Mar 2018..Dec 2020


def test_linkedin_style_company_title_and_dates_on_separate_lines():
    result = parse_text(LINKEDIN_EXPORT_TEXT)
    draft = result.draft
    assert draft["name"] == "Marcus Lindqvist"
    assert draft["contact"]["linkedin"] == "https://www.linkedin.com/in/marcus-lindqvist"
    jobs = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert jobs == [
        ("Corvane Mobility", "Staff Software Engineer", "January 2021 - December 2024"),
        ("Haulpath Logistics", "Software Engineer", "January 2018 - December 2020"),
    ]
    assert draft["total_experience_months"] == 84
    assert draft["education"][0]["institution"] == "Northfield Institute of Technology"
    assert draft["education"][0]["major"] == "Computer Science"
    assert {n for names in draft["technical_skills"].values() for n in names} == {"Go", "Apache Kafka", "Cassandra"}


def test_uncategorised_skills_are_sorted_by_the_catalog_and_marked_guessed():
    result = parse_text(ENGLISH_TEXT)
    skills = result.draft["technical_skills"]
    assert skills["programming_languages"] == ["Go", "Python"]
    assert skills["databases"] == ["PostgreSQL"]
    assert skills["message_queue_caching"] == ["Kafka", "Redis"]
    assert "technical_skills" in result.guessed


def test_missing_skills_section_is_assembled_from_tech_stacks_and_marked_guessed():
    text = "Ana Costa\nana@example.com\n\nPROJECTS\nlinkcheck    2024.01 - 2024.03\nTech: Go, SQLite\n"
    result = parse_text(text)
    assert result.draft["technical_skills"]["programming_languages"] == ["Go"]
    assert result.draft["technical_skills"]["databases"] == ["SQLite"]
    assert "technical_skills" in result.guessed


def test_fields_the_resume_does_not_state_stay_empty_and_are_not_guessed():
    result = parse_text("Ana Costa\nana@example.com\n")
    draft = result.draft
    assert draft["name"] == "Ana Costa"
    assert draft["contact"] == {
        "phone": None,
        "email": "ana@example.com",
        "github": None,
        "linkedin": None,
        "portfolio": None,
    }
    assert draft["summary"] is None
    assert draft["work_experiences"] == draft["personal_projects"] == []
    assert draft["certifications"] == draft["activities"] == draft["education"] == []
    assert all(values == [] for values in draft["technical_skills"].values())
    assert draft["total_experience_months"] == 0
    assert result.guessed == []
    assert Notice(notices.NO_SECTIONS) in result.warnings


def test_job_title_above_the_name_is_not_taken_for_the_name():
    result = parse_text("Backend Developer\nAna Costa\nana@example.com\n")
    assert result.draft["name"] == "Ana Costa"


def test_work_without_any_readable_period_leaves_total_months_unknown():
    result = parse_text("Ana Costa\n\nEXPERIENCE\nContoso | Backend Developer\n- Wrote APIs\n")
    assert result.draft["work_experiences"][0]["company"] == "Contoso"
    assert result.draft["total_experience_months"] is None
    assert "total_experience_months" not in result.guessed


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-16", "utf-8-sig"])
def test_korean_text_file_in_common_encodings_is_decoded(encoding):
    result = parse_resume(KOREAN_TEXT.encode(encoding), filename="resume.txt", today=TODAY)
    assert result.source_type == "text"
    assert result.draft["name"] == "김하늘"
    assert result.draft["work_experiences"][0]["company"] == "(주)바다소프트"


def test_file_name_that_disagrees_with_the_content_only_warns():
    result = parse_resume(ENGLISH_TEXT.encode(), filename="resume.pdf", today=TODAY)
    assert result.source_type == "text"
    assert Notice(notices.NAME_MISMATCH, {"extension": ".pdf", "kind": "TEXT"}) in result.warnings


def test_parsing_an_upload_writes_no_file():
    """The upload is parsed in memory: no file is opened for writing while it is read."""
    from tests.resumes import documents

    docx = documents.render_docx(
        {"name": "Ana Costa", "contact": {"email": "ana@example.com"}, "summary": "Backend developer."}
    )
    written: list[str] = []
    watching = [True]

    def audit(event, args):
        if (
            watching[0]
            and event == "open"
            and len(args) > 1
            and isinstance(args[1], str)
            and any(flag in args[1] for flag in "wax+")
        ):
            written.append(str(args[0]))

    sys.addaudithook(audit)
    try:
        parse_resume(docx, filename="resume.docx")
        parse_resume(ENGLISH_TEXT.encode(), filename="resume.txt")
    finally:
        watching[0] = False
    assert written == []
