"""A Korean resume (Pages-style) whose section labels are middle-dot list items ("· 경력",
"· 인턴"), whose jobs open with the project done and its period, then the company alone on the
next line, then labelled sub-lines. The labels open their sections, the line under the dated
project title is the employer, and the title stays the project. The person and the employers
are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.sections import heading_of

TODAY = datetime.date(2026, 1, 15)

RESUME = """송다온
· 연락처
010-1234-5678, daon@example.org
· 경력
주차 관제 플랫폼 제작(PARKNOW)(2021.12.27. ~ 현재)
누리소프트
- 내용 : 주차장 입출차 관리를 위한 플랫폼 제공.
- 개발도구 : React, Spring Boot, Redis
· 인턴
물류 동선 분석 알고리즘 개발(2021.03.01. ~ 2021.08.31.)
한결랩
- 내용 : 창고 안 이동 경로를 모아 병목 구간 분석
- 개발도구 : Python(pandas)
"""


@pytest.mark.parametrize(("text", "section"), [("· 경력", "work"), ("· 인턴", "work"), ("· 개발 이력", "projects")])
def test_given_a_middle_dot_section_label_when_read_then_it_opens_its_section(text, section):
    assert heading_of(make_line(text)) == section


def test_given_a_middle_dot_item_that_is_no_section_name_when_read_then_it_opens_nothing():
    assert heading_of(make_line("· 주차장 입출차 관리")) is None


def test_given_a_dated_project_title_over_an_employer_line_when_parsed_then_the_line_is_the_employer():
    draft = parse_resume(RESUME.encode(), filename="resume.txt", today=TODAY).draft

    work = draft["work_experiences"]
    assert [entry["company"] for entry in work] == ["누리소프트", "한결랩"]
    assert work[0]["duration"].startswith("2021.12")
    assert "주차 관제 플랫폼 제작" in (work[0]["project_name"] or work[0]["project_description"] or "")
