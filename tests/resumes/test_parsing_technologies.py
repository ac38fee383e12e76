"""Technologies are read with precision: what the text supports, never addresses, file names,
glued Korean words or glossed abbreviations; spoken languages are not programming languages."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.technologies import mentioned_technologies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EMR(전자의무기록) 연동 API를 설계해 병원 120곳 연동", []),
        ("C레벨 보고용 주간 지표 자동화", []),
        ("레거시 게시판(board.php)을 재작성", []),
        ("자세한 내용: https://github.com/someone/pytorch-notes", []),
        ("I like to go home early", []),
        ("Athena 쿼리 비용을 월 40% 절감", ["Athena"]),
        ("Kafka와 Go로 정산 파이프라인 작성", ["Apache Kafka", "Go"]),
        ("Spring Boot와 JPA로 API 개발", ["Spring Boot", "JPA (Hibernate)"]),
        ("Node.js/Express REST API 설계", ["Node.js", "Express"]),
        ("Ranked first among all BDR’s in SQL’s sourced each quarter", []),
        ("가나스프링 백엔드 부트캠프 수료", []),
        ("스프링 부트와 파이썬으로 API 개발", ["Spring Boot", "Python"]),
        ("Shipped 40 API's in the partner portal", []),
        ("Built REST APIs in Go and tuned SQL queries", ["Go", "SQL"]),
        ("Tuned Postgres's planner with Python's asyncio", ["Postgres", "Python"]),
    ],
)
def test_given_prose_when_technologies_are_found_then_only_supported_ones_count(text, expected):
    assert mentioned_technologies(text) == expected


def test_given_spoken_languages_and_a_long_skills_line_when_parsed_then_skills_hold_only_technologies():
    text = (
        "# Ana Costa\n\n## Skills\n- Languages: Python, Go, English (native), Hindi (basic)\n"
        "- Tools: I am comfortable with Docker and Kubernetes and have used Terraform on most projects\n"
    )
    skills = parse_resume(text.encode(), filename="cv.md", today=datetime.date(2026, 1, 1)).draft["technical_skills"]
    assert skills["programming_languages"] == ["Python", "Go"]
    assert skills["others"] == ["Docker", "Kubernetes", "Terraform"]
