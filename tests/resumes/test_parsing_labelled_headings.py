"""Entry headings written as "label: value" (labelled_headings.py): a company heading "회사명: …"
and project headings "📌 프로젝트명: …" keep only the value. Invented people and companies."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

KOREAN = (
    "# 한결 경력기술서\n\n이메일 : hangyeol@example.com\n\n"
    "## 💼 경력사항\n\n"
    "### 회사명: 누리소프트 (총 2년 3개월)\n\n근무기간: 2022.01 ~ 2024.03\n\n직책: 백엔드 개발자\n\n"
    "담당업무:\n\n- 주문 API 개발 및 운영\n\n"
    "## 🚀 프로젝트 경험\n\n"
    "### 📌 프로젝트명: 사내 메신저 구축\n\n기간: 2023.01 ~ 2023.06\n\n- 채팅 서버 개발\n\n"
    "### 📌 프로젝트명: 물류 대시보드 개선\n\n기간: 2022.03 ~ 2022.09\n\n- 재고 화면 개발\n"
)


def test_given_a_company_heading_with_its_label_when_parsed_then_the_company_has_no_label():
    draft = parse_resume(b"", text=KOREAN, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert (job["company"], job["position"], job["duration"]) == ("누리소프트", "백엔드 개발자", "2022.01 ~ 2024.03")


def test_given_project_headings_with_their_label_when_parsed_then_the_names_have_no_label():
    draft = parse_resume(b"", text=KOREAN, today=TODAY).draft

    names = [p["name"] for p in draft["personal_projects"]]
    assert names == ["사내 메신저 구축", "물류 대시보드 개선"]


def test_given_bold_english_company_labels_when_parsed_then_the_label_is_dropped():
    text = (
        "# Rowan Ellery\n\n## Experience\n\n**Company: Brackenfield Labs**\n\n"
        "Position: Data Engineer\n\nPeriod: 2021.02 ~ 2023.08\n\n- Built the ingestion jobs\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert (job["company"], job["position"]) == ("Brackenfield Labs", "Data Engineer")


def test_given_a_plain_company_label_line_when_parsed_then_it_is_still_read_as_a_field():
    text = (
        "# 한결\n\n## 경력\n\n회사명: 누리소프트\n\n기간: 2022.01 ~ 2024.03\n\n직책: 백엔드 개발자\n\n- 주문 API 개발\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert (job["company"], job["position"]) == ("누리소프트", "백엔드 개발자")


def test_given_an_unknown_section_opening_with_a_project_label_when_parsed_then_it_is_a_projects_section():
    text = (
        "# 한결\n\n## 경력\n\n### 누리소프트\n\n2022.01 ~ 2024.03 | 백엔드 개발자\n\n- 주문 API 개발\n\n"
        "## 기타 경험 (Other Experience)\n\n프로젝트명: 별빛 일기장 (사이드 프로젝트)\n\n기간: 2024.06 ~ 2024.08\n\n"
        "기술 스택: Spring Boot, MySQL\n\n- 일기 공유 API 구현\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [project] = draft["personal_projects"]
    assert project["name"] == "별빛 일기장 (사이드 프로젝트)"
    assert project["tech_stack"][:2] == ["Spring Boot", "MySQL"]
    assert project["key_achievements"] == ["일기 공유 API 구현"]
