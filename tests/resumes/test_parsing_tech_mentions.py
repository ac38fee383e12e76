"""Technologies named outside the stacks and the skills list: an entry's bullets add to the stack
it declares; a summary or a table cell no entry kept adds to the skills.
Found the same strict way as in any prose, and marked as guessed. All text here is invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.technologies import mentioned_technologies, technology_key

_BULLETS = (
    "- Built dashboard widgets in Java and Vue, cutting page load by 30%\n"
    "- Added event tracking that can switch to Google Analytics\n"
)


def _parse(text: str):
    return parse_resume(text.encode(), filename="cv.md", today=datetime.date(2026, 2, 1))


def _skills(draft: dict) -> list[str]:
    return [name for values in draft["technical_skills"].values() for name in values]


def test_given_two_entries_with_the_same_bullets_and_one_declared_stack_when_parsed_then_both_carry_the_bullets_tools():
    text = (
        "# Dana Vale\n\n## Experience\n\n"
        f"### Northwind Labs - Full-Stack Engineer (Java/JS)\n2019.01 - 2021.06\n\n{_BULLETS}\n"
        f"### Eastgate Co - Full-Stack Engineer\n2021.07 - 2023.06\n\n{_BULLETS}\n"
        "## Skills\n\n- Go, Rust\n"
    )
    result = _parse(text)
    declared, plain = result.draft["work_experiences"]
    assert declared["tech_stack"] == ["Java", "JS", "Vue.js", "Google Analytics"]
    assert plain["tech_stack"] == ["Java", "Vue.js", "Google Analytics"]
    assert {"work_experiences[0].tech_stack", "work_experiences[1].tech_stack"} <= set(result.guessed)


def test_given_a_declared_stack_and_a_bullet_naming_it_otherwise_when_parsed_then_it_is_listed_once():
    text = (
        "# Dana Vale\n\n## Experience\n\n### Northwind Labs - Engineer\n2019.01 - 2021.06\n\n"
        "- Tech: PostgreSQL, Kafka\n- Tuned Postgres indexes and Apache Kafka consumers\n"
    )
    stack = _parse(text).draft["work_experiences"][0]["tech_stack"]
    assert [technology_key(name) for name in stack] == [technology_key("PostgreSQL"), technology_key("Kafka")]


def test_given_a_skills_section_and_a_summary_naming_more_when_parsed_then_the_summary_adds_what_is_named_nowhere():
    text = "# Dana Vale\n\n## Summary\n\nSix years running Kafka pipelines with Python.\n\n## Skills\n\n- Python\n"
    result = _parse(text)
    assert _skills(result.draft) == ["Python", "Apache Kafka"]
    assert "technical_skills" in result.guessed


def test_given_a_career_table_whose_course_cell_names_a_tool_when_parsed_then_it_is_a_skill_not_a_stack():
    text = (
        "# 김하늘\n\n## 경력\n\n| 기간 | 기관명 | 교육명/대상 | 구분 |\n|---|---|---|---|\n"
        "| 2024.01 ~ 2024.12 | 가나교육센터 | ChatGPT 활용 교육 / 주민 | 강사 |\n"
        "| 2025.03 ~ 현재 | 다라군청 | 엑셀 기초 / 공무원 | 강사 |\n"
    )
    draft = _parse(text).draft
    assert {technology_key(name) for name in _skills(draft)} == {"gpt", "microsoft-excel"}
    assert all(not work["tech_stack"] for work in draft["work_experiences"])


def test_given_a_link_column_reading_github_when_parsed_then_it_is_no_technology():
    text = (
        "# 김하늘\n\n## 프로젝트\n\n| 프로젝트 | 소개 | 링크 |\n|---|---|---|\n"
        "| 물방울 | 공지 관리 서비스 | GitHub |\n\n## 기술\n\n- Java\n"
    )
    assert _skills(_parse(text).draft) == ["Java"]


def test_given_a_link_labelled_with_a_site_name_when_read_then_the_label_is_no_technology():
    assert mentioned_technologies("GitHub: https://github.com/dana-vale/notes") == []


def test_given_a_training_course_describing_its_stack_when_parsed_then_the_tools_join_the_skills():
    text = (
        "# 김하늘\n\n## 교육\n\n### 웹 개발자 양성 과정 (2022.03 ~ 2022.09)\n\n"
        "Ubuntu 환경에서 MySQL 구축 및 Java / Spring 을 이용한 웹 개발을 교육 받음\n\n"
        "## 기술\n\n- HTML\n"
    )
    keys = {technology_key(name) for name in _skills(_parse(text).draft)}
    assert {"html", "linux", "mysql", "java", "spring-boot"} <= keys


def test_given_an_education_note_naming_coursework_tools_when_parsed_then_they_join_the_skills():
    text = (
        "# Dana Vale\n\n## Education\n\nNorthvale College, B.S. Computer Science (2016 - 2020)\n\n"
        "Coursework projects built with Haskell and PostgreSQL\n\n## Skills\n\n- Python\n"
    )
    keys = {technology_key(name) for name in _skills(_parse(text).draft)}
    assert {"python", "haskell", "postgresql"} <= keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사용기술-파이썬,MySQL", ["Python", "MySQL"]),
        ("Deployed contracts on EVM-compatible chains", ["Ethereum"]),
        ("Wrote Kubernetes-native operators", ["Kubernetes"]),
        ("Led the Go-live of the new ledger", []),
    ],
)
def test_given_a_hyphen_that_separates_rather_than_joins_when_read_then_the_name_is_found(text, expected):
    assert mentioned_technologies(text) == expected


def test_given_a_stack_label_ending_in_a_dash_when_parsed_then_its_names_are_the_stack():
    text = (
        "# 김하늘\n\n## 경력\n\n### 가나소프트 | 개발자 | 2016.03 ~ 2018.10\n\n"
        "- 재고 관리 프로그램 개발\n- 사용기술-delphi,sqlite\n"
    )
    stack = _parse(text).draft["work_experiences"][0]["tech_stack"]
    assert [technology_key(name) for name in stack] == ["delphi", "sqlite"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사용 기술 Java, Spring3.0, Oracle11g", ["java", "spring-boot", "oracle-database"]),
        ("MySQL8 위에서 Python3 배치 작성", ["mysql", "python"]),
        ("Route53 레코드 정리와 K8s 클러스터 운영", ["amazon-route53", "kubernetes"]),
    ],
)
def test_given_a_version_glued_to_a_name_when_read_then_the_name_is_found(text, expected):
    assert [technology_key(name) for name in mentioned_technologies(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "GitHub / 블로그 : https://github.com/dana-vale",
        "GitHub. https://github.com/dana-vale",
        "GitHub https://github.com/dana-vale/notes",
        "코드 저장소 : 깃허브",
        "GitHub",
    ],
)
def test_given_a_code_host_named_as_a_links_text_when_read_then_it_is_no_technology(text):
    assert mentioned_technologies(text) == []


def test_given_a_code_host_used_in_a_sentence_when_read_then_it_is_found():
    assert mentioned_technologies("GitHub와 Zapier로 배포 알림 자동화") == ["GitHub", "Zapier"]
