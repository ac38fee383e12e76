"""A plain-text 경력기술서: each employer a "■" line with its tenure, its department and grade
under one joined label ("부서/직급: 개발팀 / 과장"), then "▶ 프로젝트:" lines whose details are "·"
items ("· 사용기술: …" and achievement sentences). The grade is the position, each project keeps
its own tech label and achievements, and the next "■" employer is no achievement of the project
above it. The person, employers and projects are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.labels import POSITION, label_of
from resumes.parsing.lines import Line

TODAY = datetime.date(2026, 1, 15)

RESUME = """경 력 기 술 서

성명: 문가람

[경력 사항]

■ 별무리테크 (2020.04 ~ 2024.12, 4년 9개월)
  - 부서/직급: 결제개발팀 / 차장
  - 담당업무: 결제 게이트웨이 백엔드 개발 및 운영

  ▶ 프로젝트: 간편결제 승인 서버 재구축 (2022.02 ~ 2024.06)
    · 사용기술: Java, Spring Boot, Oracle, Redis
    · 승인 처리 시간을 절반으로 줄여 장애 건수 30% 감소
    · 정산 대사 배치 자동화로 수작업 하루 2시간 절감

  ▶ 프로젝트: 가맹점 관리 API 구축 (2020.06 ~ 2021.12)
    · 사용기술: Java, MyBatis, RabbitMQ
    · 가맹점 8만 곳의 정보 변경을 실시간으로 연동

■ 한울정보 (2016.03 ~ 2020.03, 4년 1개월)
  - 부서/직급: 공공사업부 / 대리
  - 담당업무: 공공기관 SI 프로젝트 개발
"""


def _work() -> list[dict]:
    return parse_resume(RESUME.encode(), filename="career.txt", today=TODAY).draft["work_experiences"]


def test_given_a_department_and_grade_label_when_read_then_it_names_the_position():
    assert label_of(Line(text="부서/직급: 결제개발팀 / 차장")) == (POSITION, "결제개발팀 / 차장")
    assert label_of(Line(text="Team / Title: Payments / Staff Engineer"))[0] == POSITION


def test_given_a_grade_under_an_employer_when_parsed_then_the_grade_is_the_position_without_the_team():
    work = _work()

    assert {(w["company"], w["position"]) for w in work} == {("별무리테크", "차장"), ("한울정보", "대리")}


def test_given_dot_items_under_a_project_label_when_parsed_then_tech_and_achievements_stay_apart():
    project = next(w for w in _work() if w["project_name"] == "간편결제 승인 서버 재구축")

    assert project["achievements"] == [
        "승인 처리 시간을 절반으로 줄여 장애 건수 30% 감소",
        "정산 대사 배치 자동화로 수작업 하루 2시간 절감",
    ]
    assert {"Java", "Spring Boot", "Oracle", "Redis"} <= set(project["tech_stack"])


def test_given_the_next_employer_line_after_a_project_when_parsed_then_it_opens_that_employer():
    work = _work()
    last_project = next(w for w in work if w["project_name"] == "가맹점 관리 API 구축")

    assert last_project["achievements"] == ["가맹점 8만 곳의 정보 변경을 실시간으로 연동"]
    assert any(w["company"] == "한울정보" and w["duration"] == "2016.03 ~ 2020.03" for w in work)
