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


def test_dot_joined_cells_keep_their_split():
    assert split_position("메이플 R&D실 · iOS (G2)")[0] == "메이플 R&D실 · iOS (G2)"


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
