"""Dated list items under an employer, inside its tenure: that employer's projects, not employers
of their own ("■ 재고 알림 개편 (2021.01 ~ 2021.06)" under "다온물산 2020.01 ~ 2023.06")."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.draft import build_draft
from resumes.parsing.lines import HEADING, Line

TODAY = datetime.date(2026, 1, 15)


def entries(draft: dict) -> list[tuple]:
    return [(w["company"], w["project_name"], w["duration"]) for w in draft["work_experiences"]]


def parse(markdown: str) -> dict:
    return parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft


def test_given_square_marked_dated_items_under_an_employer_heading_when_parsed_then_they_are_its_projects():
    draft = parse(
        "# 문하람\n\n## 경력기술서\n\n### 다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06\n\n"
        "■ 재고 알림 개편 (2021.01 ~ 2021.06)\n\n- 알림 지연을 절반으로 줄였습니다.\n- 배치 주기를 조정했습니다.\n\n"
        "■ 출고 정산 자동화 (2022.01 ~ 2022.09)\n\n- 수기 정산을 배치로 옮겼습니다.\n"
    )
    assert ("다온물산", "재고 알림 개편", "2021.01 ~ 2021.06") in entries(draft)
    assert ("다온물산", "출고 정산 자동화", "2022.01 ~ 2022.09") in entries(draft)
    assert {w["company"] for w in draft["work_experiences"]} == {"다온물산"}


def test_given_numbered_dated_items_under_an_employer_named_again_when_parsed_then_they_are_its_projects():
    draft = parse(
        "# 문하람\n\n## 경력\n\n다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06\n\n## 경력기술서\n\n### 다온물산\n\n"
        "1. 재고 알림 개편 (2021.01 ~ 2021.06)\n   - 알림 지연을 절반으로 줄였습니다.\n"
        "2. 출고 정산 자동화 (2022.01 ~ 2022.09)\n   - 수기 정산을 배치로 옮겼습니다.\n"
    )
    projects = {w["project_name"]: w["company"] for w in draft["work_experiences"] if w["project_name"]}
    assert projects == {"재고 알림 개편": "다온물산", "출고 정산 자동화": "다온물산"}


def test_given_a_dated_item_outside_the_tenure_when_parsed_then_it_is_another_employer():
    draft = parse(
        "# 문하람\n\n## 경력\n\n- 다온물산 (2020.01 ~ 2021.12)\n  - 재고 관리\n- 세모전자 (2022.01 ~ 2023.06)\n  - 출고 관리\n"
    )
    assert [w["company"] for w in draft["work_experiences"]] == ["다온물산", "세모전자"]


def test_given_a_pdf_title_marker_on_the_level_of_the_bullets_when_parsed_then_it_opens_the_next_project():
    lines = [
        Line("문하람"),
        Line("경력", kind=HEADING, level=2, strong=True),
        Line("다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06", kind=HEADING, level=3, strong=True),
        Line("재고 알림 개편 (2021.01 ~ 2021.06)", bullet=True, level=1, marker="■", ended=True),
        Line("알림 지연을 절반으로 줄였습니다.", bullet=True, level=1, ended=True),
        Line("출고 정산 자동화 (2022.01 ~ 2022.09)", bullet=True, level=1, marker="■", ended=True),
        Line("수기 정산을 배치로 옮겼습니다.", bullet=True, level=1, ended=True),
    ]
    draft = build_draft(lines, wrapped=True, today=TODAY).draft
    assert [w["project_name"] for w in draft["work_experiences"] if w["project_name"]] == [
        "재고 알림 개편",
        "출고 정산 자동화",
    ]


def test_given_a_project_name_in_square_brackets_under_an_employer_when_parsed_then_the_brackets_are_off():
    draft = parse(
        "# 문하람\n\n## 경력\n\n### 다온물산 (2020.01 ~ 2023.06)\n\n백엔드 개발자\n\n"
        "**[재고 알림 개편]** 2021.01 ~ 2021.06\n\n- 알림 지연을 절반으로 줄였습니다.\n"
    )
    assert "재고 알림 개편" in [w["project_name"] for w in draft["work_experiences"]]
