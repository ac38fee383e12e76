"""Skills and achievement items hold what the person wrote, not its decoration or its prose:
leading emoji and icon glyphs are dropped by every reader; a skills item that is a sentence,
a soft skill, a group label or a spoken language is not a technology; joined pairs
("Mocha/Sinon", "GitHub Actions and Jira") are two technologies, while names written with a
slash ("CI/CD", "TCP/IP") stay whole. All lines here are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line

TODAY = datetime.date(2026, 2, 1)


def parse(text: str, filename: str = "resume.md") -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def all_skills(draft: dict) -> list[str]:
    return [name for values in draft["technical_skills"].values() for name in values]


@pytest.mark.parametrize(
    ("raw", "text", "bullet"),
    [
        ("- 📈 Cut checkout latency by 30%", "Cut checkout latency by 30%", True),
        ("• ✅ 배포 시간 40% 단축", "배포 시간 40% 단축", True),
        ("🎯 Domain-Driven Design", "Domain-Driven Design", False),
        ("⭐️ Kotlin", "Kotlin", False),
        ("㈜누리소프트 | 백엔드 개발자", "㈜누리소프트 | 백엔드 개발자", False),
    ],
)
def test_given_a_line_opening_with_an_icon_when_read_then_the_icon_is_dropped(raw, text, bullet):
    line = make_line(raw)
    assert (line.text, line.bullet) == (text, bullet)


@pytest.mark.parametrize("filename", ["cv.md", "cv.txt"])
def test_given_icons_on_skills_and_achievements_when_parsed_then_items_carry_no_icon(filename):
    text = (
        "# Mira Sol\n\n## Skills\n- 🧠 Quillstack\n- Languages: 🐍 Python, ☕ Java\n\n"
        "## Experience\n### Brightfield Labs | Backend Engineer | 2021.03 ~ 2024.02\n"
        "- 📈 Cut churn by 12% with a retention email service\n"
    )
    draft = parse(text, filename)
    skills = all_skills(draft)
    assert "Quillstack" in skills
    assert {"Python", "Java"} <= set(skills)
    assert not [name for name in skills if not name[0].isalnum()]
    assert draft["work_experiences"][0]["achievements"] == ["Cut churn by 12% with a retention email service"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Testing: Mocha/Sinon, Jest", ["Mocha", "Sinon", "Jest"]),
        ("- Languages: C/C++, Kotlin", ["C", "C++", "Kotlin"]),
        ("- Tools: GitHub Actions and Jira", ["GitHub Actions", "Jira"]),
        ("- Frontend: HTML5 + CSS, Tailwind CSS", ["HTML5", "CSS", "Tailwind CSS"]),
        ("- Web: HTML5+CSS3", ["HTML5", "CSS3"]),
        ("- 협업 도구: Slack 및 Notion", ["Slack", "Notion"]),
        # CI/CD and UI/UX stay whole too, and as practices are no technology (skill_concepts.py)
        ("- Practices: CI/CD, TCP/IP, PL/SQL, UI/UX, I/O", ["TCP/IP", "PL/SQL", "I/O"]),
        ("- Protocols: HTTP/2, gRPC", ["HTTP/2", "gRPC"]),
    ],
)
def test_given_joined_pairs_in_a_skills_line_when_parsed_then_each_technology_is_its_own_item(line, expected):
    draft = parse(f"# Mira Sol\n\n## Skills\n{line}\n")
    assert sorted(all_skills(draft)) == sorted(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- familiar with Rust-based programming", ["Rust"]),
        ("- I have working knowledge of Docker for local setups", ["Docker"]),
        ("- 역량의 전문성에 따라 상 · 중 · 하 로 표기", []),
        ("- Redis와 Kafka를 실무에서 사용했습니다.", ["Redis", "Apache Kafka"]),
        ("- Backend: Java, Spring Boot, JPA를 활용했습니다", ["Java", "Spring Boot", "JPA (Hibernate)"]),
    ],
)
def test_given_a_sentence_in_a_skills_list_when_parsed_then_only_the_technologies_it_names_are_kept(line, expected):
    draft = parse(f"# Mira Sol\n\n## Skills\n{line}\n")
    assert sorted(all_skills(draft)) == sorted(expected)


@pytest.mark.parametrize(
    "line",
    [
        "- 습득력, 리더십, 커뮤니케이션",
        "- Teamwork, Problem solving",
        "- 업무 활용",
        "- Blog",
        "- Certificate",
        "- Tools:",
        "- Languages: Greek (beginner), 영어 (비즈니스), 일본어 JLPT N2, English - TOEIC 905",
        "- 상 · 중 · 하",
    ],
)
def test_given_soft_skills_labels_or_spoken_languages_when_parsed_then_none_is_a_technology(line):
    draft = parse(f"# Mira Sol\n\n## Skills\n{line}\n- Go, PostgreSQL\n")
    assert all_skills(draft) == ["Go", "PostgreSQL"]


def test_given_a_joined_pair_in_a_project_tech_stack_when_parsed_then_it_is_two_technologies():
    text = (
        "# Mira Sol\n\n## Projects\n### Ledgerline\n- 기술 스택: Viem/Wagmi, React, CI/CD\n"
        "- 지갑 연결 흐름을 단순화해 이탈률 18% 감소\n"
    )
    draft = parse(text)
    assert draft["personal_projects"][0]["tech_stack"] == ["Viem", "Wagmi", "React"]  # CI/CD: a practice


@pytest.mark.parametrize(
    ("text", "filename"),
    [
        (
            "# Mira Sol\n\n## Skills\n<details><summary>Spring Cloud</summary>\n\n- Config\n- Gateway\n"
            "- Netflix Eureka\n\n</details>\n",
            "cv.md",
        ),
        (
            "<h1>Mira Sol</h1><h2>Skills</h2><details><summary>Spring Cloud</summary>"
            "<ul><li>Config</li><li>Gateway</li><li>Netflix Eureka</li></ul></details>",
            "cv.html",
        ),
        ("# Mira Sol\n\n## Skills\n### Spring Cloud\n- Config\n- Gateway\n- Netflix Eureka\n", "cv.md"),
    ],
)
def test_given_parts_listed_under_a_technology_family_when_parsed_then_each_part_is_named_with_its_family(
    text, filename
):
    skills = all_skills(parse(text, filename))
    assert {"Spring Cloud Config", "Spring Cloud Gateway", "Netflix Eureka"} <= set(skills)
    assert "Config" not in skills and "Gateway" not in skills


def test_given_a_plain_heading_over_a_list_when_parsed_then_its_items_are_not_qualified():
    skills = all_skills(parse("# Mira Sol\n\n## Skills\n### Frontend\n- React\n- Vue\n### AWS\n- EC2\n- Lambda\n"))
    assert sorted(skills) == sorted(["React", "Vue", "AWS", "EC2", "AWS Lambda"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Cloud: AWS (EC2, RDS, S3)", ["AWS", "EC2", "RDS", "AWS S3"]),
        ("- Backend: Spring (Boot, Batch)", ["Spring", "Spring Boot", "Spring Batch"]),
        ("- Serverless: AWS (Lambda/SQS)", ["AWS", "AWS Lambda", "SQS"]),
        ("- Languages: Python (3년), Kotlin (2년)", ["Python (3년)", "Kotlin (2년)"]),
    ],
)
def test_given_technologies_listed_in_a_parenthesis_when_parsed_then_each_is_a_skill(line, expected):
    assert sorted(all_skills(parse(f"# Mira Sol\n\n## Skills\n{line}\n"))) == sorted(expected)


@pytest.mark.parametrize(
    "lines",
    [
        "**Tools**: Docker, Go\n\n**Interests**: distributed systems, storage engines\n",
        "- Tools: Docker, Go\n- 관심 분야: 분산 시스템, 검색 엔진\n",
        "- Tools: Docker, Go\n\nHobbies\n- climbing\n- film photography\n",
    ],
)
def test_given_an_interests_label_in_the_skills_section_when_parsed_then_its_items_are_not_skills(lines):
    assert sorted(all_skills(parse(f"# Mira Sol\n\n## Skills\n{lines}"))) == ["Docker", "Go"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Languages: Java, C++ Tool: Spark, MySQL Interests: distributed systems",
            {"programming_languages": ["Java", "C++"], "others": ["Spark", "MySQL"]},
        ),
        (
            "- Languages: Kotlin Frameworks: Flutter, Jetpack Compose Tools: Git",
            {"programming_languages": ["Kotlin"], "frameworks": ["Flutter", "Jetpack Compose"], "others": ["Git"]},
        ),
        ("- 언어: Go, Rust 도구: Docker", {"programming_languages": ["Go", "Rust"], "others": ["Docker"]}),
    ],
)
def test_given_label_lines_joined_into_one_when_parsed_then_each_label_sorts_its_own_items(line, expected):
    skills = parse(f"# Mira Sol\n\n## Skills\n{line}\n")["technical_skills"]
    assert {key: names for key, names in skills.items() if names} == expected


def test_given_a_web_address_in_a_skills_list_when_parsed_then_it_is_not_a_skill():
    assert all_skills(parse("# Mira Sol\n\n## Skills\n- Go, https://example.org/mira, Redis\n")) == ["Go", "Redis"]
