"""The role on a dated line under a company heading: "서비스 / 직무 (기간)", a role with a
bracket note, a line naming the kind of work, and status words after a title. The people,
companies and lines are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.entry_roles import service_and_role, without_status, work_phrase
from resumes.parsing.positions import split_position

TODAY = datetime.date(2026, 1, 15)


def _draft(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def test_given_a_service_and_a_role_when_split_then_the_side_with_role_words_is_the_position():
    assert service_and_role("배송 관리 서비스 / 백엔드 개발자") == ("배송 관리 서비스", "백엔드 개발자")
    assert service_and_role("백엔드 개발자 / 배송 관리 서비스") == ("배송 관리 서비스", "백엔드 개발자")
    assert service_and_role("중개 플랫폼 / 창업자 (풀스택 개발)") == ("중개 플랫폼", "창업자")
    assert service_and_role("창업자 (풀스택 개발)") == (None, "창업자")
    assert service_and_role("데이터 엔지니어링") == (None, "데이터 엔지니어링")
    assert service_and_role("프리랜서 웹 개발") == (None, "프리랜서 웹 개발")
    assert service_and_role("배송 관리 서비스") is None
    assert service_and_role("서버 개발자 / 웹 개발자") is None  # two roles: not told apart here


def test_given_work_phrases_when_read_then_only_field_words_before_a_work_noun_count():
    assert work_phrase("풀스택 개발")
    assert not work_phrase("결제 시스템 개발")
    assert not work_phrase("배송 관리 서비스")


def test_given_a_status_word_after_a_title_when_read_then_it_comes_off():
    assert without_status("백엔드 엔지니어 재직") == "백엔드 엔지니어"
    assert without_status("서버 개발자 재직중") == "서버 개발자"
    assert without_status("웹 개발자 퇴사") == "웹 개발자"
    assert without_status("재직") == "재직"
    assert without_status("결제 서비스 운영 현재") == "결제 서비스 운영 현재"
    assert split_position("백엔드 엔지니어 재직") == ("백엔드 엔지니어", "")


def test_given_service_role_lines_under_company_headings_when_parsed_then_position_project_and_period():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## 경력\n\n"
        "### (주)별빛물류\n\n**배송 관리 서비스 / 백엔드 개발자** (2021.01 ~ 2022.02)\n\n"
        "- 배차 API의 응답 시간을 절반으로 줄였습니다.\n\n"
        "### 누리랩\n\n**창업자 (풀스택 개발)** (2019.03 ~ 2020.12)\n\n- 예약 서비스를 혼자 만들었습니다.\n\n"
        "### 한울소프트\n\n**프리랜서 웹 개발** (2017.05 ~ 2019.02)\n\n- 쇼핑몰 관리자 화면을 만들었습니다.\n"
    )
    works = [(w["company"], w["position"], w["duration"], w["project_name"]) for w in _draft(text)["work_experiences"]]
    assert works == [
        ("(주)별빛물류", "백엔드 개발자", "2021.01 ~ 2022.02", "배송 관리 서비스"),
        ("누리랩", "창업자", "2019.03 ~ 2020.12", None),
        ("한울소프트", "프리랜서 웹 개발", "2017.05 ~ 2019.02", None),
    ]


def test_given_titles_listed_with_commas_before_a_dash_when_split_then_the_dash_parts_them():
    from resumes.parsing.roles import company_and_position

    assert company_and_position("Lead Engineer, Tech Officer - Quarry LLC") == (
        "Quarry LLC",
        "Lead Engineer, Tech Officer",
    )
    assert company_and_position("Staff Developer, Architect — Fernhill, Inc.") == (
        "Fernhill, Inc.",
        "Staff Developer, Architect",
    )
    assert company_and_position("Quarry, LLC - Lead Engineer") == ("Quarry, LLC", "Lead Engineer")


def test_given_a_project_line_with_its_period_between_middle_dots_when_read_then_name_and_period():
    from resumes.parsing.headers import header_parts

    title, period = header_parts("별빛 지도 · 2023.05 – 2023.07 · 캡스톤 프로젝트 · 3인")
    assert (title, period.text if period else None) == ("별빛 지도", "2023.05 – 2023.07")
    text = (
        "# 한가람\n\ngaram@example.com\n\n## 프로젝트\n\n별빛 지도 [GitHub] · 2023.05 – 2023.07 · 캡스톤 프로젝트\n"
        "- 지도 위에 별자리를 그리는 앱\n\n누리 챗봇 [Demo] · 2022.03 – 2022.06 · 동아리 프로젝트\n- 예약을 받는 챗봇\n"
    )
    draft = _draft(text)
    assert [(p["name"], p["duration"]) for p in draft["personal_projects"]] == [
        ("별빛 지도", "2023.05 – 2023.07"),
        ("누리 챗봇", "2022.03 – 2022.06"),
    ]
