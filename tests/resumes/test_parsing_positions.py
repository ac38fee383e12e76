"""Positions written in parts joined by "·": roles, teams and grades stay one position; a
product beside a role is a note. The lines are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.positions import GRADE, OTHER, ROLE, TEAM, merge_job_parts, part_kind, split_position
from resumes.parsing.roles import company_and_position, title_parts

TODAY = datetime.date(2026, 1, 15)


def test_given_parts_when_classified_then_teams_grades_and_roles_are_told_apart():
    assert part_kind("검색플랫폼실") == TEAM
    assert part_kind("Core Team") == TEAM
    assert part_kind("대리") == GRADE
    assert part_kind("G3") == GRADE
    assert part_kind("Android (L4)") == ROLE
    assert part_kind("DevOps") == ROLE
    assert part_kind("Data Engineer") == ROLE
    assert part_kind("예약 플랫폼 (DAU 2만)") == OTHER


def test_given_a_role_and_a_product_when_split_then_the_role_is_the_position_and_the_product_a_note():
    assert split_position("Backend Engineer · 예약 플랫폼 (DAU 2만)") == ("Backend Engineer", "예약 플랫폼 (DAU 2만)")
    assert split_position("Software Engineer · DevOps") == ("Software Engineer · DevOps", "")
    assert split_position("검색플랫폼실 · Android (G3)") == ("Android (G3)", "")  # the team is off (gold convention)
    assert split_position("Android · 과장") == ("Android · 과장", "")
    assert split_position("Frontend Developer") == ("Frontend Developer", "")
    assert split_position("Frontend Developer (Full-time) (Remote)") == ("Frontend Developer", "")
    assert split_position("Backend Engineer (결제)") == ("Backend Engineer (결제)", "")


def test_given_a_header_with_an_employer_and_a_dotted_position_when_split_then_the_position_stays_whole():
    assert company_and_position("한결소프트 | Site Reliability Engineer · DevOps") == (
        "한결소프트",
        "Site Reliability Engineer · DevOps",
    )
    assert company_and_position("바람상사 | 물류혁신팀 · Android (G3)") == ("바람상사", "물류혁신팀 · Android (G3)")
    assert company_and_position("바람상사 | Android · 대리") == ("바람상사", "Android · 대리")


def test_given_an_employer_dotted_with_a_role_when_merged_then_the_employer_stays_apart():
    title = "누리상사 · 백엔드 개발자"
    assert merge_job_parts(title, title_parts(title)) == ["누리상사", "백엔드 개발자"]
    title = "물류혁신팀 · 백엔드 개발자"  # nothing left beside the run: not merged
    assert merge_job_parts(title, title_parts(title)) == ["물류혁신팀", "백엔드 개발자"]


def test_given_a_career_table_with_team_role_and_grade_cells_when_parsed_then_the_grade_is_not_the_position():
    text = (
        "# 윤하람\n\nharam.yoon@example.com\n\n## 경력\n\n"
        "| 기간 | 회사 | 역할 |\n|---|---|---|\n"
        "| 2023.03 ~ 현재 | 바람상사 | 물류혁신팀 · Android (G3) |\n"
        "| 2020.01 ~ 2023.02 | 새봄전자 | Android · 대리 |\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    works = [(w["company"], w["position"]) for w in draft["work_experiences"]]
    assert works == [("바람상사", "Android (G3)"), ("새봄전자", "Android · 대리")]  # the team is off (gold convention)
