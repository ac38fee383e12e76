"""Job-portal careers that write each job's period first, on a line of its own, then the
employer, then a "team | grade | duty" line. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.work_lines import names_employer
from tests.resumes.documents import entries

PERIOD_FIRST = """정민호
백엔드 개발자 / minho@example.com

경력
2019.03 ~ 2021.12 (2년 10개월)
가나다소프트
개발팀 | 대리 | 백엔드 개발
- 주문 API 성능 개선 (Spring Boot, MySQL)

2016.01 ~ 2019.02 (3년 2개월)
라온시스템
솔루션팀 | 사원 | 웹 개발
- 관리자 화면 개발 (Vue.js)
"""


def parse_text(text: str) -> dict:
    from resumes.parsing import parse_resume
    from tests.resumes.documents import DRAFT_TODAY

    return parse_resume(text.encode(), filename="resume.txt", today=DRAFT_TODAY).draft


def test_given_periods_written_first_when_parsed_then_each_period_opens_its_employer():
    draft = parse_text(PERIOD_FIRST)
    assert [(company, duration) for company, _, duration in entries(draft)] == [
        ("가나다소프트", "2019.03 ~ 2021.12"),
        ("라온시스템", "2016.01 ~ 2019.02"),
    ]
    assert all(position for _, position, _ in entries(draft))
    assert draft["work_experiences"][0]["achievements"] == ["주문 API 성능 개선 (Spring Boot, MySQL)"]


def test_given_a_period_then_a_project_under_a_named_employer_when_parsed_then_the_project_stays_with_it():
    draft = parse_text(
        "정민호\n\n경력\n가나다소프트 | 백엔드 개발자 | 2016.01 ~ 2021.12\n"
        "2019.03 ~ 2020.06\n정산 시스템 개편\n- 배치 병렬화\n"
    )
    assert {company for company, _, _ in entries(draft)} == {"가나다소프트"}


@pytest.mark.parametrize("line", ["가나다소프트", "Lattice Systems", "(주)라온시스템"])
def test_given_a_short_name_line_when_asked_then_it_names_an_employer(line):
    assert names_employer(line)


@pytest.mark.parametrize(
    "line",
    ["Backend Engineer", "Seoul, Korea", "주문 API 성능을 개선했습니다.", "https://example.com", "담당 업무:"],
)
def test_given_a_role_place_sentence_or_link_when_asked_then_it_names_no_employer(line):
    assert not names_employer(line)
