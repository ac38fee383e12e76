"""The person's name comes from a name field before any title, and a document title
("이 력 서", "R E S U M E") is never a name; a skills table keeps its cells apart, so a
category label is never glued onto the item before it."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.technologies import mentioned_technologies

TODAY = datetime.date(2026, 2, 1)


def parse(text: str, filename: str = "resume.md") -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


@pytest.mark.parametrize(
    "header",
    [
        "# 자 기 소 개 서\n\n**이름** 도윤서 · **전화** 010-4411-2290 · **메일** yoon@example.org\n",
        "# 입사지원서\n\n성명: 도윤서\n\n연락처: 010-4411-2290\n",
        "# 경 력 기 술 서\n\n| 성명 | 도윤서 | 연락처 | 010-4411-2290 |\n|---|---|---|---|\n",
        "<h1>이력서</h1><table><tr><td>성명</td><td>도윤서</td></tr></table>\n",
    ],
)
def test_given_a_document_title_and_a_name_field_when_parsed_then_the_field_is_the_name(header):
    draft = parse(header + "\n## 경력\n\n- 2020.01 ~ 현재: 바람소프트 백엔드 개발자\n")
    assert draft["name"] == "도윤서"


@pytest.mark.parametrize("title", ["R E S U M E", "Curriculum  Vitae", "C V", "이 력 서", "이력서"])
def test_given_a_letter_spaced_title_above_the_name_when_parsed_then_the_title_is_not_the_name(title):
    draft = parse(f"# {title}\n\n## Theo Marsh\n\ntheo.marsh@example.net\n\n## Experience\n")
    assert draft["name"] == "Theo Marsh"


def test_given_a_two_column_skills_table_of_labelled_cells_when_parsed_then_no_label_is_glued_to_an_item():
    html = (
        "<h1>Ines Varga</h1><h2>Skills</h2><table>"
        "<tr><td><b>Languages:</b> Go, Rust</td><td><b>Databases:</b> Redis, MongoDB</td></tr>"
        "<tr><td><b>Cloud:</b> Azure</td><td><b>Tools:</b> Git, Make</td></tr></table>"
    )
    skills = parse(html, "cv.html")["technical_skills"]
    assert skills["programming_languages"] == ["Go", "Rust"]
    assert skills["databases"] == ["Redis", "MongoDB"]
    assert skills["cloud_platforms"] == ["Azure"]
    assert skills["others"] == ["Git", "Make"]


def test_given_label_cells_beside_value_cells_when_parsed_then_each_label_groups_its_own_values():
    html = (
        "<h1>Ines Varga</h1><h2>Skills</h2><table>"
        "<tr><td>언어</td><td>Kotlin, SQL</td><td>Runtime</td><td>Node.js</td></tr></table>"
    )
    skills = parse(html, "cv.html")["technical_skills"]
    everything = [name for names in skills.values() for name in names]
    assert skills["programming_languages"] == ["Kotlin", "SQL"]
    assert "Node.js" in everything
    assert not any("Runtime" in name for name in everything)


def test_given_a_skills_line_with_a_column_gap_when_parsed_then_the_second_column_starts_its_own_group():
    text = "Ines Varga\n\nSkills\nLanguages: Kotlin, SQL        Infrastructure: Terraform, Ansible\n"
    skills = parse(text, "cv.txt")["technical_skills"]
    assert skills["programming_languages"] == ["Kotlin", "SQL"]
    assert skills["devops_tools"] == ["Terraform", "Ansible"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("쇼핑몰 관리자 화면 유지보수 (Java, JSP)", ["Java", "JSP"]),
        ("서블릿 필터로 인증 처리", ["Servlet"]),
        ("톰캣 스레드 풀 튜닝", ["Apache Tomcat"]),
        ("Netty로 TCP 게이트웨이 구현", ["Netty"]),
    ],
)
def test_given_java_web_stack_words_when_technologies_are_found_then_the_catalog_knows_them(text, expected):
    assert mentioned_technologies(text) == expected
