"""A project's labelled details ("[목적] …", "Role: …") and its labelled results ("신기술 도입: …"
under "[주요 성과]") stay with the project above them and name no project of their own."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.project_details import is_detail_line

TODAY = datetime.date(2026, 1, 15)

RESUME = """김하늘
sky@example.org

주요 프로젝트

- 사내 결재 시스템 개편 (2023.03 ~ 2023.12)
  - [목적] 사내 결재 시스템의 응답 지연 해소 (2024~2025)
  - [개발 기간] 23년 3월 ~ 23년 12월
  - [주요 성과]
신기술 도입: 메시지 큐를 적용해 결재 알림을 비동기로 바꾸었습니다.
데이터 분석: 로그 수집을 자동화해 지연 구간을 매주 찾아냈습니다.

- 물류 정산 자동화 (2024.01 ~ 2024.06)
  - [목적] 월말 정산 작업 시간 단축
  - [주요 성과]
정산 배치: 수작업 대사를 배치 작업으로 옮겨 하루 걸리던 일을 한 시간으로 줄였습니다.
"""


def projects(text: str) -> list[dict]:
    return parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft["personal_projects"]


def test_given_a_dated_purpose_line_under_a_project_when_parsed_then_it_names_no_project():
    assert [p["name"] for p in projects(RESUME)] == ["사내 결재 시스템 개편", "물류 정산 자동화"]


def test_given_topic_colon_results_under_a_results_label_when_parsed_then_they_are_the_projects_results():
    first, second = projects(RESUME)
    assert "신기술 도입: 메시지 큐를 적용해 결재 알림을 비동기로 바꾸었습니다." in first["description"]
    assert "데이터 분석: 로그 수집을 자동화해 지연 구간을 매주 찾아냈습니다." in first["description"]
    assert second["description"].startswith("정산 배치: ")


def test_given_a_list_of_described_projects_when_parsed_then_each_is_still_a_project():
    text = (
        "Mara Quill\nmara@example.org\n\nProjects\n\n"
        "Kitewatch: wind forecasts for kite flyers on the coast\n"
        "Burrowmap: free parking spots shown for underground garages\n"
    )
    assert [p["name"] for p in projects(text)] == ["Kitewatch", "Burrowmap"]


def test_given_lines_opened_by_a_detail_label_when_read_then_they_are_details():
    assert is_detail_line("[목적] 사내 결재 시스템의 응답 지연 해소")
    assert is_detail_line("[담당 역할 (PM/기획)]")
    assert is_detail_line("주요 업무: 정산 API 개발")
    assert is_detail_line("Role: backend and on-call rotation")
    assert is_detail_line("- Goal: halve the checkout time")


def test_given_a_project_title_when_read_then_it_is_no_detail():
    assert not is_detail_line("[쇼핑몰 리뉴얼] 결제 화면 개편")
    assert not is_detail_line("Kitewatch: wind forecasts for kite flyers")
    assert not is_detail_line("사내 결재 시스템 개편 (2023.03 ~ 2023.12)")
