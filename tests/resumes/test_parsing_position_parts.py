"""Positions written with the team before the role, and header lines giving a role and an
employer joined by a comma. All lines are invented."""

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.positions import split_position, without_team
from resumes.parsing.roles import company_and_position


@pytest.mark.parametrize(
    ("position", "role"),
    [
        ("검색셀 백엔드 개발자", "백엔드 개발자"),
        ("플랫폼팀 iOS 개발자", "iOS 개발자"),
        ("결제개발실 서버 개발자", "서버 개발자"),
        ("Platform Team Backend Engineer", "Backend Engineer"),
        ("Growth Group Data Analyst", "Data Analyst"),
    ],
)
def test_team_before_role_leaves_the_role(position, role):
    assert without_team(position) == role
    assert split_position(position) == (role, "")


@pytest.mark.parametrize(
    "position",
    [
        "Platform Team Lead",  # the lead of the team: the team word is the job
        "플랫폼팀 팀장",
        "백엔드 개발자",
        "Backend Engineer",
        "결제팀 운영 지원",  # no role after the team
        "엑셀 개발자",  # a two-letter word ending in 셀 is no team
    ],
)
def test_positions_without_a_team_prefix_stay(position):
    assert without_team(position) == position


def test_given_a_team_dotted_before_the_role_on_a_header_when_split_then_the_team_is_off():
    # Changed on purpose: teams used to stay on header lines, but the gold convention (corpus
    # README) keeps the team out of the position, as role_lines.py does under a heading.
    assert split_position("메이플 R&D실 · iOS (G2)") == ("iOS (G2)", "")
    assert split_position("FE 개발팀 · Frontend Engineer") == ("Frontend Engineer", "")
    assert split_position("개발팀 · Frontend / Full-stack Engineer") == ("Frontend / Full-stack Engineer", "")
    assert split_position("Android · 대리") == ("Android · 대리", "")  # a grade stays with its role


def test_given_company_headings_with_team_and_role_lines_when_parsed_then_the_position_is_the_role():
    # Given article blocks: the company heading, then "team · role", then the period
    text = (
        "<html><body><h1>윤서하</h1><p>seoha@example.com</p><h2>Work Experience</h2>"
        "<h3>달빛마켓</h3><p>개발팀 · Frontend / Full-stack Engineer</p><p>2024.12 - Present</p>"
        "<ul><li>결제 화면을 다시 만들었습니다.</li></ul>"
        "<h3>소금상회</h3><p>FE 개발팀 · Frontend Engineer</p><p>2022.06 - 2024.09</p>"
        "<ul><li>중고거래 기능을 개발했습니다.</li></ul></body></html>"
    )
    # When parsed
    works = parse_resume(text.encode(), filename="resume.html").draft["work_experiences"]
    # Then the team is off and two roles joined by a slash stay one position
    assert [(w["company"], w["position"]) for w in works] == [
        ("달빛마켓", "Frontend / Full-stack Engineer"),
        ("소금상회", "Frontend Engineer"),
    ]


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Tinkerer, Brightlab", "Brightlab", "Tinkerer"),
        ("Consultant, Acme Analytics", "Acme Analytics", "Consultant"),
        ("Curator, Moss Gallery", "Moss Gallery", "Curator"),
        ("Brightlab, Tinkerer", "Brightlab", "Tinkerer"),
        ("Acme, Lead SE, Staff SE", "Acme", "Lead SE, Staff SE"),
    ],
)
def test_a_comma_between_a_title_and_an_employer(title, company, position):
    assert company_and_position(title) == (company, position)


def test_a_comma_heading_gives_the_title_and_the_employer():
    text = (
        "# 한결 Kim\n\nhan@example.com\n\n## Experience\n\n### Tinkerer, Brightlab\n\n"
        "2021.03 - 2023.02\n\n- Built a kiln controller.\n"
    )
    works = parse_resume(text.encode(), filename="resume.md").draft["work_experiences"]
    assert [(w["company"], w["position"]) for w in works] == [("Brightlab", "Tinkerer")]
