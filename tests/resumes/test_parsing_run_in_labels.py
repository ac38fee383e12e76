"""Labelled fields run into one line by a renderer that joins single line breaks ("Name Email:
… Phone: …"), split again. The people and companies are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.runin import split_run_in_labels

TODAY = datetime.date(2026, 1, 15)


def texts(raw: str) -> list[str]:
    return [line.text for line in split_run_in_labels([make_line(raw)])]


def test_given_contact_labels_after_a_name_when_split_then_each_label_starts_a_line():
    assert texts("서하람 Email: haram.seo@example.com Phone: 010-2222-3333") == [
        "서하람",
        "Email: haram.seo@example.com",
        "Phone: 010-2222-3333",
    ]


def test_given_skill_groups_run_together_when_split_then_each_group_is_a_line():
    assert texts("Skills: Frontend: Svelte, Vite Backend: Go, Redis Tools: Make") == [
        "Skills:",
        "Frontend: Svelte, Vite",
        "Backend: Go, Redis",
        "Tools: Make",
    ]


def test_given_a_longer_label_or_prose_when_split_then_it_stays_whole():
    assert texts("Programming Languages: Go, Rust") == ["Programming Languages: Go, Rust"]
    assert texts("Skills: Soft Skills: Mentoring") == ["Skills: Soft Skills: Mentoring"]
    assert texts("Data & Cloud: BigQuery, GCP") == ["Data & Cloud: BigQuery, GCP"]
    assert texts("Cut latency by half. Impact: fewer pages") == ["Cut latency by half. Impact: fewer pages"]
    assert texts("Worked on the email: templates (Role: owner)") == ["Worked on the email: templates (Role: owner)"]


def test_given_a_numbered_employer_with_its_position_run_in_when_parsed_then_the_position_is_read():
    text = (
        "<p>서하람 Email: haram.seo@example.com Phone: 010-2222-3333</p>"
        "<p>Work Experience:</p><ol>"
        "<li>파란물류 (2021-03 ~ Present) Position: 백엔드 개발자<ul><li>배차 API 응답 시간 40% 단축</li></ul></li>"
        "<li>초록마켓 (2018-01 ~ 2021-02) Position: 웹 개발자<ul><li>주문 화면 개편</li></ul></li></ol>"
    )
    draft = parse_resume(f"<html><body>{text}</body></html>".encode(), filename="resume.html", today=TODAY).draft
    assert draft["name"] == "서하람"
    works = [(w["company"], w["position"]) for w in draft["work_experiences"]]
    assert works == [("파란물류", "백엔드 개발자"), ("초록마켓", "웹 개발자")]


def test_given_fields_separated_by_slashes_when_split_then_each_field_is_a_line():
    assert texts("회사명: 가온페이 / 직책: 과장 / 기간: 2019.03 - 2021.12") == [
        "회사명: 가온페이",
        "직책: 과장",
        "기간: 2019.03 - 2021.12",
    ]
    assert texts("Skills: Cloud / DevOps: Terraform") == ["Skills: Cloud / DevOps: Terraform"]


def test_given_employers_written_as_slashed_fields_when_parsed_then_each_entry_has_its_fields():
    text = (
        "# 박도윤\n\n## 경력사항\n\n"
        "- 회사명: 가온페이 / 직책: 과장 / 기간: 2019.03 - 2021.12\n  - 결제 승인 API 개발\n"
        "- 회사명: 누리마켓 / 직책: 사원 / 기간: 2016.01 - 2019.02\n  - 상품 검색 개선\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    works = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert works == [("가온페이", "과장", "2019.03 - 2021.12"), ("누리마켓", "사원", "2016.01 - 2019.02")]


def test_given_a_project_heading_with_its_label_when_parsed_then_the_name_has_no_label():
    text = (
        "# 최유나\n\n# 경력기술서\n\n## 1. 하늘정보기술 (2018.05 ~ 2022.08, 4년 4개월)\n\n- 직급: 대리\n\n"
        "### 프로젝트: 물류 정산 자동화 (2020.01 ~ 2021.06)\n- Oracle 프로시저를 Java 배치로 전환\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    assert [w["project_name"] for w in draft["work_experiences"]][-1] == "물류 정산 자동화"
