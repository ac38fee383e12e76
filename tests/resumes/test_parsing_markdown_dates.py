"""A Markdown line opening with "2025. 10." is a date, not a list numbered from 2025; a real
numbered list and a date inside fenced code stay as they are. Invented content."""

from __future__ import annotations

import pytest

from resumes.parsing.markdown_dates import markdown_body
from tests.resumes.documents import parse_markdown


@pytest.mark.parametrize(
    ("period", "duration"),
    [("2025. 09. ~ 2025. 12.", "2025. 09. ~ 2025. 12."), ("2025. 10.", "2025. 10")],
)
def test_given_a_dotted_korean_date_line_under_a_project_title_when_parsed_then_it_is_the_period(period, duration):
    draft = parse_markdown(f"# 한여름\n\n## 프로젝트\n\n### 정산 배치\n{period}\n- Spring Batch로 정산 배치 개발\n")

    [project] = draft["personal_projects"]
    assert (project["name"], project["duration"]) == ("정산 배치", duration)
    assert project["key_achievements"] == ["Spring Batch로 정산 배치 개발"]


def test_given_a_numbered_list_and_fenced_code_when_prepared_then_only_year_month_lines_are_escaped():
    body = "1. 설계\n2. 구현\n- 2024. 3. ~ 2024. 8. 운영\n```\n2025. 10.\n```\n2019.03 ~ 2020.01\n"

    assert markdown_body(body) == (
        "1. 설계\n2. 구현\n- 2024\\. 3. ~ 2024. 8. 운영\n```\n2025. 10.\n```\n2019.03 ~ 2020.01\n"
    )
