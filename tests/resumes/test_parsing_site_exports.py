"""A Korean job-site export (잡코리아, 사람인 and the like) read as text: a motto over the name,
the name with a birth-year line under it, the tenure summary under the 경력 heading, and each
career row's label/value lines without a colon ("주요직무 정보보안", "연봉\t3,200만원"). None of
these is an employer or the person's name. The person and the employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.site_labels import TENURE_SUMMARY, site_label

TODAY = datetime.date(2026, 1, 15)

EXPORT = """바람처럼 가볍게 바위처럼 단단하게
한서윤
여 1996년 (만 28세)
휴대폰\t010-0000-0000\tEmail\tseoyun@example.com

경력
경력 총 3년 2개월
2022. 01 ~ 2024. 02\t㈜달빛소프트 보안운영팀 사원
2년 2개월
연봉\t3,200만원
사내 보안 솔루션 운영 담당
주요직무 정보보안
2020. 03 ~ 2020. 12\t초롱데이터 웹개발 사원
10개월
관리자 웹 화면 개발 담당
주요직무 웹개발자

학력
2015. 03 ~ 2019. 02\t한빛대학교 컴퓨터공학과
"""


def parse_text(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft


def test_given_a_job_site_export_when_parsed_then_summary_and_label_lines_are_no_employers():
    draft = parse_text(EXPORT)
    works = draft["work_experiences"]
    assert [(w["company"], w["duration"]) for w in works] == [
        ("㈜달빛소프트", "2022. 01 ~ 2024. 02"),
        ("초롱데이터", "2020. 03 ~ 2020. 12"),
    ]
    assert "주요직무 정보보안" in works[0]["project_description"]  # the row above it
    assert "3,200" not in str(draft)  # a salary is left out


def test_given_a_motto_over_a_korean_name_when_parsed_then_the_name_is_the_person():
    assert parse_text(EXPORT)["name"] == "한서윤"


@pytest.mark.parametrize("line", ["경력 총 2년 11개월", "총 2년 11개월", "Total 5 years", "Total experience: 7+ years"])
def test_given_a_tenure_summary_when_checked_then_it_is_one(line):
    assert TENURE_SUMMARY.match(line)


@pytest.mark.parametrize("line", ["2년 4개월", "총 매출 3억 달성", "Total revenue grew 5 years running"])
def test_given_a_row_tenure_or_prose_when_checked_then_it_is_no_summary(line):
    assert not TENURE_SUMMARY.match(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("주요직무 정보보안", ("주요직무", "site_note", "정보보안")),
        ("주요 직무 웹개발자", ("주요직무", "site_note", "웹개발자")),
        ("연봉\t3,000만원", ("연봉", None, "3,000만원")),
        ("직급 대리", ("직급", "position", "대리")),
        ("직무 교육 수료", None),  # not a label of the export
    ],
)
def test_given_a_label_line_of_a_career_row_when_read_then_it_is_a_label_of_the_row(line, expected):
    assert site_label(line) == expected
