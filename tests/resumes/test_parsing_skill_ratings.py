"""A self-rating after a skill (stars, dots, a score, a level word) says how well, not what: the
technology is kept by its name and the rating comes off. A measured result and a table's header
cells are no technology either. All lines here are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.skill_ratings import without_rating

TODAY = datetime.date(2026, 2, 1)


def skills_of(text: str) -> list[str]:
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    return sorted(name for values in draft["technical_skills"].values() for name in values)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Node.js ⭐️⭐️", "Node.js"),
        ("- Java ★★★☆☆", "Java"),
        ("- React ●●●○○", "React"),
        ("- Kotlin - ★★", "Kotlin"),
        ("- Python (상)", "Python"),
        ("- Redis(중급)", "Redis"),
        ("- Rust 중", "Rust"),
        ("- Go - Advanced", "Go"),
        ("- Swift (Expert)", "Swift"),
        ("- C++ | Basic", "C++"),
        ("- Docker 4/5", "Docker"),
    ],
)
def test_given_a_skill_with_a_rating_suffix_when_parsed_then_only_the_technology_is_kept(line, expected):
    assert skills_of(f"# Mira Sol\n\n## Skills\n{line}\n") == [expected]


def test_given_rated_items_on_one_line_when_parsed_then_each_keeps_its_name():
    assert skills_of("# Mira Sol\n\n## Skills\n- Languages: Java ★★★, Kotlin ★★\n") == ["Java", "Kotlin"]


@pytest.mark.parametrize("item", ["Objective-C", "Advanced Excel", "C#", "★★★", "Spring Boot 3"])
def test_given_an_item_without_a_rating_after_a_name_when_read_then_it_is_unchanged(item):
    assert without_rating(item) == item


@pytest.mark.parametrize(
    "line", ["- FCP 0.5s", "- 80%", "- Lighthouse 67 -> 95", "- Performance Score 62%", "- TBT 0ms"]
)
def test_given_a_measured_result_among_skills_when_parsed_then_it_is_no_technology(line):
    assert skills_of(f"# Mira Sol\n\n## Skills\n- Vitest\n{line}\n") == ["Vitest"]


def test_given_a_skills_table_with_a_header_row_when_parsed_then_the_header_cells_are_no_skills():
    table = "| Category | Skills |\n|---|---|\n| Backend | Java, Go |\n| 구분 | Redis |\n"
    assert skills_of(f"# Mira Sol\n\n## Skills\n\n{table}") == ["Go", "Java", "Redis"]
