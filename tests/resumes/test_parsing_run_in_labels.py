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
