"""A job title set as the heading, with the employer and the period on the row below it (a resume
builder's layout): the name with a legal form on the row is the employer, the heading its title.
All people and companies are invented."""

from __future__ import annotations

from tests.resumes.documents import parse_markdown

TITLED = """# 고은별

eunbyeol@example.com

## 경력

### 안전요원

㈜ 가나건설\t2022.10 - 2022.11

- 안전 점검을 맡았습니다.

### 다라산업

자재 관리\t2020.03 - 2022.08

- 자재 발주를 맡았습니다.
"""


def test_given_a_title_heading_over_a_dated_row_naming_a_company_when_parsed_then_the_heading_is_the_title():
    works = parse_markdown(TITLED)["work_experiences"]

    assert [(w["company"], w["position"], w["duration"], w["project_name"]) for w in works] == [
        ("㈜ 가나건설", "안전요원", "2022.10 - 2022.11", None),
        ("다라산업", None, "2020.03 - 2022.08", "자재 관리"),
    ]
