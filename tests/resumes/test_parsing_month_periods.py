"""A month alone where a period is expected (a table's period cell, a line under a project's
title) is the period of that one month; elsewhere a month, a day, a version or a score is no
period. Invented content."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.month_periods import one_month
from tests.resumes.documents import parse_markdown


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("2025.10", "2025.10"),
        ("2025. 10.", "2025. 10"),
        ("Oct 2025", "Oct 2025"),
        ("(October 2025)", "October 2025"),
        ("2025년 10월", "2025년 10월"),
        ("10/2025", "10/2025"),
    ],
)
def test_given_a_month_alone_when_read_as_a_period_then_it_starts_and_ends_in_that_month(written, shown):
    period = one_month(written)

    assert period is not None
    assert (period.start.year, period.start.month) == (2025, 10)
    assert period.end == period.start
    assert period.text == shown


@pytest.mark.parametrize(
    "written",
    ["2025.10.01", "2025. 10. 1.", "25.10", "3.5", "Go 1.21", "2025", "Oct 2025 release", "2019.03 ~ 2021.02"],
)
def test_given_a_day_a_version_a_score_or_more_than_a_month_when_read_then_no_one_month_period(written):
    assert one_month(written) is None


def test_given_a_career_table_whose_period_cell_is_one_month_when_parsed_then_the_entry_has_that_period():
    draft = parse_markdown(
        "# 한여름\n\n## 경력\n\n| 회사 | 기간 | 직무 |\n|---|---|---|\n| 솔마루랩스 | 2025.10 | 데이터 인턴 |\n"
    )

    [work] = draft["work_experiences"]
    assert (work["company"], work["position"], work["duration"]) == ("솔마루랩스", "데이터 인턴", "2025.10")
    assert draft["total_experience_months"] == 1


@pytest.mark.parametrize("month", ["2025.10", "Oct 2025"])
def test_given_a_month_on_the_line_under_a_project_title_when_parsed_then_it_is_the_projects_period(month):
    draft = parse_markdown(f"# Ilse Varga\n\n## Projects\n\n### Tide Tables\n{month}\n- Built a tide chart in Python\n")

    [project] = draft["personal_projects"]
    assert (project["name"], project["duration"], project["description"]) == ("Tide Tables", month, None)


def test_given_plain_text_titles_each_over_a_month_when_parsed_then_each_project_has_its_month():
    text = (
        "Ilse Varga\n\nProjects\n"
        "Tide Tables\n2025. 10.\n- Built a tide chart in Python\n\n"
        "Harbour Log\nSep 2025\n- Logged ferry delays with Go\n"
    )
    draft = parse_resume(b"", text=text, today=datetime.date(2026, 6, 1)).draft

    assert [(p["name"], p["duration"]) for p in draft["personal_projects"]] == [
        ("Tide Tables", "2025. 10"),
        ("Harbour Log", "Sep 2025"),
    ]


def test_given_a_month_inside_a_bullet_when_parsed_then_the_bullet_stays_a_bullet():
    draft = parse_markdown(
        "# Ilse Varga\n\n## Projects\n\n### Tide Tables\n2024.01 ~ 2024.06\n"
        "- Shipped the 2.0 release in Oct 2025\n- Oct 2025\n"
    )

    [project] = draft["personal_projects"]
    assert project["duration"] == "2024.01 ~ 2024.06"
    assert project["key_achievements"][0] == "Shipped the 2.0 release in Oct 2025"
