"""A skills section holds names, but people also write labels in bold, fields of study,
activities and whole competency statements there. A bold span opening a line is its label; a
phrase that names an activity or a field ("model training", "Computer Vision", "풀스택 개발")
is not a technology, and a line made mostly of such phrases gives only the catalog names in
it; a parenthesis after a name is a second technology, a category's example, or a note. All
lines here are invented."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 2, 1)


def skills_of(section: str, filename: str = "cv.md") -> dict[str, list[str]]:
    text = f"# Mira Sol\n\n## Skills\n\n{section}"
    skills = parse_resume(text.encode(), filename=filename, today=TODAY).draft["technical_skills"]
    return {key: names for key, names in skills.items() if names}


def all_of(section: str, filename: str = "cv.md") -> list[str]:
    return sorted(name for names in skills_of(section, filename).values() for name in names)


def test_given_bold_labels_without_colons_on_lines_of_their_own_when_parsed_then_each_labels_its_line():
    section = "**Database** MariaDB, Cassandra\n**Observability** Prometheus, Grafana\n**Tools** Git, **Jira**\n"
    assert skills_of(section) == {
        "databases": ["MariaDB", "Cassandra"],
        "monitoring_tools": ["Prometheus", "Grafana"],
        "others": ["Git", "Jira"],
    }


def test_given_bold_labelled_lines_a_reader_joined_into_one_when_parsed_then_each_label_keeps_its_items():
    section = (
        '<div class="stack" markdown="1">\n**Database** MariaDB, Cassandra\n**Observability** Prometheus\n</div>\n'
    )
    assert skills_of(section) == {"databases": ["MariaDB", "Cassandra"], "monitoring_tools": ["Prometheus"]}


def test_given_a_bold_name_among_items_when_parsed_then_it_stays_an_item():
    assert all_of("- Java, **Kotlin**, Go\n") == ["Go", "Java", "Kotlin"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Deep Learning: PyTorch, model training, inference pipelines", ["PyTorch"]),
        ("- Vision: OpenCV, RTSP streaming, image restoration workflows", ["OpenCV", "RTSP"]),
        ("- Architecture: Solution Architecture, Event Sourcing, Domain-Driven Design, Kafka", ["Apache Kafka"]),
        ("- 기타: 데이터 모델링, 서비스 품질, Redis", ["Redis"]),
    ],
)
def test_given_activities_or_fields_among_skills_when_parsed_then_only_technologies_are_kept(line, expected):
    assert all_of(line) == sorted(expected)


def test_given_a_research_label_when_parsed_then_its_topics_are_not_technologies():
    assert all_of("- Research: Computer Vision, Low-Light Imaging\n- Languages: Python\n") == ["Python"]


def test_given_competency_statements_under_a_skills_heading_when_parsed_then_only_catalog_names_count():
    section = (
        "- **결제 시스템 설계 · 운영** — Spring Boot 기반 정산 배치 설계, 외부 기관 연동 API 개발, "
        "RDB 모델링 (PostgreSQL·MySQL)\n"
        "- **관측 가능성** — Prometheus·Grafana 알림 체계 구축, 장애 회고 문서화\n"
    )
    assert all_of(section) == ["Grafana", "MySQL", "PostgreSQL", "Prometheus", "Spring Boot"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Database: PostgreSQL(Flyway), RDS(MariaDB)", ["PostgreSQL", "Flyway", "RDS", "MariaDB"]),
        ("- AI: LLM APIs (OpenAI), LangGraph", ["OpenAI", "LangGraph"]),
        ("- iOS: PassKit(IAP), Quillstack (internal tools)", ["PassKit", "Quillstack"]),
        ("- Backend: JPA (Hibernate)", ["JPA (Hibernate)"]),
        ("- Cloud: Amazon RDS (PostgreSQL)", ["Amazon RDS (PostgreSQL)"]),
    ],
)
def test_given_one_name_in_a_parenthesis_when_parsed_then_it_is_a_second_technology_an_example_or_a_note(
    line, expected
):
    assert all_of(line) == sorted(expected)


@pytest.mark.parametrize(
    "line", ["# setup notes: see dotfiles (uses Django for nothing)", "// TODO: try Flask", "$ brew install redis"]
)
def test_given_a_code_comment_or_prompt_kept_as_text_in_a_skills_section_when_parsed_then_it_names_nothing(line):
    """A DOCX keeps a code block's lines as plain paragraphs."""
    document = Document()
    document.add_paragraph("Mira Sol")
    document.add_heading("Skills", level=2)
    document.add_paragraph(line)
    document.add_paragraph("Python, SQL")
    buffer = io.BytesIO()
    document.save(buffer)
    skills = parse_resume(buffer.getvalue(), filename="cv.docx", today=TODAY).draft["technical_skills"]
    assert sorted(name for names in skills.values() for name in names) == ["Python", "SQL"]


def test_given_items_after_a_technology_family_closes_when_parsed_then_they_are_not_its_parts():
    text = (
        "<h1>Mira Sol</h1><h2>Skills</h2><ul><li><details open><summary>Spring Cloud</summary>"
        "<ul><li>Config</li><li>Gateway</li></ul></details></li><li>Electron</li><li>Redis</li></ul>"
    )
    skills = parse_resume(text.encode(), filename="cv.html", today=TODAY).draft["technical_skills"]
    names = sorted(name for values in skills.values() for name in values)
    assert names == ["Electron", "Redis", "Spring Cloud", "Spring Cloud Config", "Spring Cloud Gateway"]


def _skills_of(text: str, filename: str = "cv.md") -> list[str]:
    draft = parse_resume(text.encode(), filename=filename, today=datetime.date(2026, 2, 1)).draft
    return [name for values in draft["technical_skills"].values() for name in values]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Websockets GraphQL REST", ["Websockets", "GraphQL"]),
        ("React Native Redux", ["React Native", "Redux"]),
    ],
)
def test_given_a_space_separated_continuation_line_when_parsed_then_each_catalog_name_is_a_skill(line, expected):
    text = f"Dana Vale\ndana@example.com\n\nSKILLS\n\nLanguages:  Python, TypeScript\nWeb:        Vue.js,\n            {line}\n"
    skills = _skills_of(text, "cv.txt")
    assert set(expected) <= set(skills) and line not in skills


@pytest.mark.parametrize("item", ["Event Sourcing", "Electron Windows Application", "Spring Boot"])
def test_given_a_spaced_item_with_an_ordinary_word_or_one_name_when_parsed_then_it_is_not_split(item):
    skills = _skills_of(f"# Dana Vale\n\n## Skills\n\n- {item}\n- Docker\n")
    assert "Windows" not in skills and "Boot" not in skills and "Spring" not in skills


def test_given_a_certifications_line_in_a_skills_block_when_parsed_then_it_gives_no_skill():
    text = (
        "# Dana Vale\n\n## Skills\n\n- Backend: Go, PostgreSQL\n- Certifications: AWS Certified Developer - Associate\n"
    )
    assert _skills_of(text) == ["Go", "PostgreSQL"]


_WORK = "## Experience\n\n### Acme - Engineer\n2019.01 - 2022.01\n\n- Go, Gin, Redis 스택 사용\n"


def test_given_no_skills_section_and_a_summary_listing_technologies_when_parsed_then_they_are_skills():
    text = f"# Dana Vale\n\n## Summary\n\nExperienced with: Git, Docker, Bazel, and Kubernetes.\n\n{_WORK}"
    assert _skills_of(text) == ["Go", "Gin", "Redis", "Docker", "Kubernetes", "Git", "Bazel"]


def test_given_a_skills_section_when_parsed_then_the_summary_adds_only_what_the_list_lacks():
    text = "# Dana Vale\n\n## Summary\n\nExperienced with: Git, Docker, Python.\n\n## Skills\n\n- Python\n"
    assert _skills_of(text) == ["Python", "Docker", "Git"]


def test_given_a_summary_of_ordinary_words_when_parsed_then_it_adds_no_skill():
    text = f"# Dana Vale\n\n## Summary\n\nI like to go rest and swift ideas.\n\n{_WORK}"
    assert _skills_of(text) == ["Go", "Gin", "Redis"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- PostgreSQL + pgvector: 벡터 검색 기반 추천 구현", ["PostgreSQL", "pgvector"]),
        ("- Bull Queue: 비동기 작업 처리 워커 구축", ["Bull Queue"]),
        ("- NestJS: 모노레포 구조 설계 및 Redis 캐시 계층 구축 경험", ["NestJS", "Redis"]),
        ("- 협업 방식: 코드 리뷰 문화 정착", []),
    ],
)
def test_given_a_skill_named_before_a_colon_when_parsed_then_the_names_are_skills(line, expected):
    assert _skills_of(f"# Dana Vale\n\n## Skills\n\n{line}\n") == expected


def test_given_a_contact_row_in_a_skills_block_when_parsed_then_it_gives_no_skill():
    text = "# Dana Vale\n\n## Skills\n\n- Lisbon, Portugal, dana.codes\n- Three.js, Socket.io, Vue.js\n"
    assert _skills_of(text) == ["Three.js", "Socket.io", "Vue.js"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Firebase Crashlytics/Analytics", ["Firebase Crashlytics", "Firebase Analytics"]),
        ("Mocha/Chai", ["Mocha", "Chai"]),
    ],
)
def test_given_a_slash_pair_sharing_a_vendor_when_parsed_then_the_second_takes_its_name(item, expected):
    assert sorted(_skills_of(f"# Dana Vale\n\n## Skills\n\n- Go, {item}\n")) == sorted(["Go", *expected])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Programming Languages: Experienced in Go/Rust/TypeScript, multilingual (can adapt to any language)\n",
            ["Go", "Rust", "TypeScript"],
        ),
        (
            "- Tools: familiar with Linux-based scripting, have experience with tools like Git, Docker, Jenkins, Jira\n",
            ["Docker", "Git", "Jenkins", "Jira", "Linux"],
        ),
        ("- Proficient in Python and Kotlin\n", ["Kotlin", "Python"]),
        ("- Slack, 재고관리, 침착함, 습득력\n", ["Slack"]),
    ],
)
def test_given_a_skills_line_written_as_prose_when_parsed_then_it_gives_its_technologies_only(line, expected):
    assert all_of(line) == expected
