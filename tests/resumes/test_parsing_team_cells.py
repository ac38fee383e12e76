"""A team written beside the title, in a table header ("팀/직무"), a slash cell ("개발팀/대리")
or a line under the company ("결제플랫폼팀 / 선임 연구원"): the team says where the job was, so
it is neither the position nor a project. Entries on their work heading's own level are read
too. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.positions import split_position
from resumes.parsing.tables import COMPANY, NAME, POSITION, header_column
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("개발팀/대리", "대리"),
        ("모바일팀 / 사원", "사원"),
        ("결제팀 / 백엔드 개발자", "백엔드 개발자"),
        ("Backend Engineer / Payments Team", "Backend Engineer"),
        ("대리/팀장", "대리/팀장"),  # grade and role together: whole
        ("UI/UX Designer", "UI/UX Designer"),
        ("CI/CD Engineer", "CI/CD Engineer"),
    ],
)
def test_given_a_slash_cell_with_a_team_when_split_then_the_team_comes_off(written, kept):
    assert split_position(written)[0] == kept


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("팀/직무", POSITION),
        ("담당 직무", POSITION),
        ("Company Name", COMPANY),
        ("근무 회사명", COMPANY),
        ("Project Name", NAME),
        ("회사/직급", None),  # both in one cell: read as a plain row
    ],
)
def test_given_a_header_of_two_words_when_read_then_the_entry_field_decides(header, column):
    assert header_column(header) == column


def test_given_a_career_table_with_a_team_and_role_column_when_parsed_then_the_role_is_the_position():
    draft = parse_markdown(
        "# 김하늘\n\n## 경력\n\n| 기간 | 회사 | 팀/직무 |\n|---|---|---|\n"
        "| 2020.03 ~ 현재 | 가람소프트 | 결제플랫폼팀 / 백엔드 개발자 |\n"
        "| 2017.01 ~ 2020.02 | 누리테크 | 모바일팀 / 안드로이드 개발자 |\n"
    )
    assert entries(draft) == [
        ("가람소프트", "백엔드 개발자", "2020.03 ~ 현재"),
        ("누리테크", "안드로이드 개발자", "2017.01 ~ 2020.02"),
    ]


def test_given_blockquotes_of_team_and_role_then_period_under_a_company_when_parsed_then_no_team_project():
    draft = parse_markdown(
        "# 김하늘\n\n## 경력\n\n### 가람소프트\n\n> 간편결제 서비스\n\n> 결제플랫폼팀 / 선임 연구원\n\n"
        "> 2020.03 ~ 현재\n\n- 정산 배치를 Spring Batch로 재작성\n\n"
        "### 누리테크\n\n> 중고거래 앱\n\n> 모바일팀 / 사원\n\n> 2017.01 ~ 2020.02\n\n- 채팅 화면 개발\n"
    )
    assert entries(draft) == [
        ("가람소프트", "선임 연구원", "2020.03 ~ 현재"),
        ("누리테크", "사원", "2017.01 ~ 2020.02"),
    ]
    assert [w["project_name"] for w in draft["work_experiences"]] == [None, None]


def test_given_dated_title_company_place_headings_beside_the_work_heading_when_parsed_then_each_is_an_entry():
    draft = parse_markdown(
        "# Mina Park\n\n## Experience\n\n"
        "## <i class='fa fa-briefcase'></i> Data Engineer, Lumen Freight, Austin *(Apr 2021 – Present)*\n\n"
        "- Moved nightly loads to Airflow\n\n"
        "## <i class='fa fa-briefcase'></i> Analyst, Corvid Health, Boston *(Jan 2018 – Mar 2021)*\n\n"
        "- Built the claims dashboard\n\n## Education\n\n- BSc, State University\n"
    )
    assert entries(draft) == [
        ("Lumen Freight", "Data Engineer", "Apr 2021 – Present"),
        ("Corvid Health", "Analyst", "Jan 2018 – Mar 2021"),
    ]
