"""A job-portal export (사람인-style) that sets each section's label in a left gutter, as the first
cell of the section's first row: "경력 ⇥ 회사 ⇥ 기간 N년 N개월", then "총 N년 N개월 ⇥ 팀 직급 (팀원)
N년차", the duties, and dated project blocks. The label opens its section and the rest of the row
is the section's first line. The person and the employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import Line
from resumes.parsing.sections import heading_of

TODAY = datetime.date(2026, 1, 15)

EXPORT = """한도윤
경력\t학력\t희망연봉\t포트폴리오
총 2년 1개월 (퇴사)\t대학교(4년) 졸업\t회사내규에 따름\thttps://example.com/doyun
나의 스킬
Kotlin\tPostgreSQL\tDocker
학력\t한빛대학교(4년제)\t2015.03 ~ 2019.02 (졸업)
대학교(4년) 졸업\t전자공학과
경력\t물결소프트\t2019.07 ~ 2021.07 2년 1개월
총 2년 1개월\t플랫폼팀 선임 (팀원) 3년차
결제 API, 정산 배치
정산 배치 재작성
2020-03-01 ~ 2020-09-01
배경 : 월말 정산이 밤새 돌았음
나의 역할 : Kotlin 으로 정산 배치를 다시 작성
결제 API 이중화
2020-10-01 ~ 2021-02-01
나의 역할 : 결제 API 를 두 리전에 배포
경험/활동/교육\t코딩 동아리\t2016.03 ~ 2017.12
알고리즘 스터디 운영
자격/어학/수상\t정보처리기사\t2018.11
"""


def parse_text(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft


def test_given_a_gutter_career_row_when_parsed_then_it_is_one_employer_with_its_projects():
    works = parse_text(EXPORT)["work_experiences"]
    assert (works[0]["company"], works[0]["position"], works[0]["duration"]) == (
        "물결소프트",
        "선임 (팀원)",
        "2019.07 ~ 2021.07",
    )
    assert [(w["project_name"], w["duration"]) for w in works[1:]] == [
        ("정산 배치 재작성", "2020-03-01 ~ 2020-09-01"),
        ("결제 API 이중화", "2020-10-01 ~ 2021-02-01"),
    ]
    assert all(w["company"] == "물결소프트" for w in works)
    assert "Kotlin 으로 정산 배치를 다시 작성" in works[1]["achievements"]  # "나의 역할 : …", a sentence


def test_given_gutter_rows_for_education_and_activities_when_parsed_then_each_opens_its_section():
    draft = parse_text(EXPORT)
    assert [e["institution"] for e in draft["education"]][0] == "한빛대학교(4년제)"
    assert "코딩 동아리" in str(draft["activities"])
    assert "코딩 동아리" not in str(draft["work_experiences"])
    assert "정보처리기사" in str(draft["certifications"])


def test_given_a_summary_strip_of_section_words_without_dates_when_parsed_then_it_opens_no_section():
    draft = parse_text(EXPORT)
    assert "총 2년 1개월 (퇴사)" not in str(draft["work_experiences"])


def test_given_activity_and_certificate_dates_when_parsed_then_no_period_is_a_skill():
    skills = [name for names in parse_text(EXPORT)["technical_skills"].values() for name in names]
    assert not any(ch.isdigit() for name in skills for ch in name)


@pytest.mark.parametrize(
    ("label", "section"),
    [("경험/활동/교육", "activities"), ("자격/어학/수상", "certifications"), ("학력 / Education", "education")],
)
def test_given_joined_section_names_when_classified_then_the_section_most_of_them_name_wins(label, section):
    assert heading_of(Line(text=label)) == section
