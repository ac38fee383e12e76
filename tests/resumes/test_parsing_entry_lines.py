"""Entry lines written as one sentence: "role — company (place) · period", "company — role
(period)", a position on the line under the company, and project lines named before a dash.
The lines are invented; none is taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.roles import company_and_position
from tests.resumes.documents import entries, parse_markdown

TODAY = datetime.date(2026, 1, 15)


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Data Engineer — Brightwell Logistics Ltd (Lisbon)", "Brightwell Logistics Ltd", "Data Engineer"),
        ("Backend Developer — Larchwood Studio (Remote)", "Larchwood Studio", "Backend Developer"),
        ("QA Engineer — Copperleaf Games (Cape Town)", "Copperleaf Games", "QA Engineer"),
        ("가온소프트 (재택) — 백엔드 개발자", "가온소프트", "백엔드 개발자"),
        ("Solvay Partners (Europe) Ltd — Analyst", "Solvay Partners (Europe) Ltd", "Analyst"),
    ],
)
def test_given_a_place_in_a_trailing_bracket_when_split_then_the_company_is_the_name_alone(title, company, position):
    assert company_and_position(title) == (company, position)


def test_given_role_dash_company_place_dot_period_lines_when_parsed_then_each_is_one_entry():
    draft = parse_markdown(
        "# Tomas Weller\n\n## Experience\n\n"
        "**Staff Engineer** — Harrowgate Insurance PLC (Dublin) · Feb 2021 – Present\n\n"
        "- Moved claims scoring to a streaming pipeline\n\n"
        "**Backend Developer** — Pinecrest Apps (Remote) · Jul 2018 – Jan 2021\n\n"
        "- Wrote the billing service\n"
    )
    assert entries(draft) == [
        ("Harrowgate Insurance PLC", "Staff Engineer", "Feb 2021 – Present"),
        ("Pinecrest Apps", "Backend Developer", "Jul 2018 – Jan 2021"),
    ]


def test_given_marker_lines_company_dash_role_bracketed_period_when_parsed_then_every_line_is_an_employer():
    draft = parse_markdown(
        "# 윤서아\n\n■ 경력\n\n"
        "○ 주식회사 바람정밀 — 수석연구원 (2020년 6월 ~ 현재)\n- 설비 데이터 수집기 재작성\n\n"
        "○ 도담식품 주식회사 — 연구원 (2017년 2월 ~ 2020년 5월)\n- 생산 일정 API 개발\n\n"
        "○ 하늘정보 — 사원 (2015년 3월 ~ 2017년 1월)\n- 사내 포털 유지보수\n"
    )
    assert entries(draft) == [
        ("주식회사 바람정밀", "수석연구원", "2020년 6월 ~ 현재"),
        ("도담식품 주식회사", "연구원", "2017년 2월 ~ 2020년 5월"),
        ("하늘정보", "사원", "2015년 3월 ~ 2017년 1월"),
    ]
    assert all(w["project_name"] is None for w in draft["work_experiences"])


def test_given_a_period_inside_a_bracket_with_other_notes_when_parsed_then_the_name_is_what_precedes_it():
    draft = parse_markdown(
        "# 윤서아\n\n■ 프로젝트\n\n"
        "○ 재고 예측 리포트 (2021년 1월 ~ 2021년 9월, 도담식품)\n- 폐기율 12% 감소\n\n"
        "○ 등산로 날씨 알림 (사이드 프로젝트, 2022년 4월 ~ 2022년 6월)\n- 사용자 300명\n"
    )
    projects = [(p["name"], p["duration"]) for p in draft["personal_projects"]]
    assert projects == [
        ("재고 예측 리포트", "2021년 1월 ~ 2021년 9월"),
        ("등산로 날씨 알림", "2022년 4월 ~ 2022년 6월"),
    ]


def test_given_a_position_with_its_city_under_the_company_when_parsed_then_the_position_is_the_title_alone():
    draft = parse_markdown(
        "# Ana Vidal\n\n## Experience\n\n### Marisol Energy SA  Mar 2020 – Present\n\n"
        "Senior Analytics Engineer, Valencia\n\n- Rebuilt the metering warehouse in dbt\n\n"
        "### Cobreluz Labs  Jan 2017 – Feb 2020\n\nData Analyst, Porto\n\n- Built churn dashboards\n"
    )
    assert entries(draft) == [
        ("Marisol Energy SA", "Senior Analytics Engineer", "Mar 2020 – Present"),
        ("Cobreluz Labs", "Data Analyst", "Jan 2017 – Feb 2020"),
    ]
    assert all(w["project_description"] is None for w in draft["work_experiences"])


@pytest.mark.parametrize(
    "line",
    [
        "- **route-lint** — a linter that checks OpenAPI routes against naming rules",
        "**route-lint** — a linter that checks OpenAPI routes against naming rules (250 stars)",
    ],
)
def test_given_a_project_named_before_a_dash_when_parsed_then_the_name_is_the_part_before_it(line):
    draft = parse_markdown(f"# Ana Vidal\n\n## Side Projects\n\n{line}\n")
    projects = draft["personal_projects"]
    assert [p["name"] for p in projects] == ["route-lint"]
    assert projects[0]["description"].startswith("a linter that checks OpenAPI routes")


def test_given_a_list_of_named_projects_when_parsed_then_each_item_is_a_project():
    draft = parse_markdown(
        "# Ana Vidal\n\n## Open Source\n\n"
        "- **route-lint** — a linter that checks OpenAPI routes against naming rules\n"
        "- **tilecache** – a small tile server for offline maps in Rust\n"
    )
    assert [p["name"] for p in draft["personal_projects"]] == ["route-lint", "tilecache"]


def test_given_plain_dated_company_lines_with_a_city_position_below_when_parsed_then_each_is_an_employer():
    text = (
        "Ana Vidal\n\nEXPERIENCE\n\nMarisol Energy SA Mar 2020 – Present\nSenior Analytics Engineer, Valencia\n"
        "• Rebuilt the metering warehouse in dbt\n\nCobreluz Consulting Jan 2017 – Feb 2020\nData Analyst, Porto\n"
        "• Built churn dashboards\n"
    )
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    assert entries(draft) == [
        ("Marisol Energy SA", "Senior Analytics Engineer", "Mar 2020 – Present"),
        ("Cobreluz Consulting", "Data Analyst", "Jan 2017 – Feb 2020"),
    ]


def test_given_employers_named_again_over_nested_projects_when_parsed_then_the_projects_are_their_work():
    draft = parse_markdown(
        "# 한도윤\n\n## 경력\n\n| 기간 | 회사 | 역할 |\n|---|---|---|\n"
        "| 2021.04 ~ 현재 | 주식회사 솔바람 | 결제팀 백엔드 개발자 |\n| 2018.03 ~ 2021.03 | 모래시계랩 | 서버 개발자 |\n\n"
        "## 주요 프로젝트\n\n- **주식회사 솔바람**\n  - 정산 대사 자동화\n    - 수작업 대사 시간 90% 단축\n"
        "- **모래시계랩**\n  - 알림 발송 서버 개편\n    - 발송 실패율 0.1%로 감소\n"
    )
    works = [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]
    assert works == [
        ("주식회사 솔바람", "백엔드 개발자", "2021.04 ~ 현재", "정산 대사 자동화"),
        ("모래시계랩", "서버 개발자", "2018.03 ~ 2021.03", "알림 발송 서버 개편"),
    ]
    assert draft["work_experiences"][0]["achievements"] == ["수작업 대사 시간 90% 단축"]
    assert draft["personal_projects"] == []


@pytest.mark.parametrize(
    ("line", "company", "duration"),
    [
        ("하늘소프트(21.03 ~ 23.9)", "하늘소프트", "21.03 ~ 23.9"),
        ("Quillmark Press (May 2020 - Jun 2023(Sabbatical))", "Quillmark Press", "May 2020 - Jun 2023"),
        ("Fernhill Labs (Oct ’16 – Apr ’19)", "Fernhill Labs", "Oct ’16 – Apr ’19"),
    ],
)
def test_given_a_period_glued_in_a_bracket_with_a_note_when_parsed_then_the_company_is_the_name(
    line, company, duration
):
    draft = parse_markdown(f"# 한도윤\n\n## 경력\n\n{line}\n- 주문 API 개발\n")
    assert entries(draft) == [(company, None, duration)]
