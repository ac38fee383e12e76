"""Employer headings read with the lines under them: the role and period below a company
heading, group labels over employers, a job's "Key Projects" part and its topic headings."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.entry_headings import without_note

TODAY = datetime.date(2026, 1, 15)


def works(markdown: str) -> list[tuple]:
    draft = parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft
    return [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]


def test_given_a_company_heading_with_its_role_and_period_below_when_parsed_then_it_is_one_entry():
    found = works(
        "# 서하늘\n\n## 경력\n\n### 누리랩 주식회사 (스타트업)\n\n연구 팀장 / 수석 연구원  \n2021.03 - 2024.02\n\n"
        "- 추론 서버 경량화\n"
    )
    assert found == [("누리랩 주식회사", "연구 팀장 / 수석 연구원", "2021.03 - 2024.02", None)]


def test_given_a_line_about_the_company_before_the_dated_role_when_parsed_then_it_is_the_description():
    markdown = (
        "# 서하늘\n\n## 경력\n\n### 하늘소프트\n\n핀테크 앱 | 전체 20명 / 개발자 5명 | 참고링크: https://x.io/\n\n"
        "> **2021.03 - 2023.10 | Platform Team Lead**\n\n- 결제 게이트웨이 재작성\n\n"
        "### 바다랩스\n\n물류 플랫폼 | 전체 8명\n\n> **2019.01 - 2021.02 | Backend Engineer**\n\n- 배차 API\n"
    )
    assert works(markdown) == [
        ("하늘소프트", "Platform Team Lead", "2021.03 - 2023.10", None),
        ("바다랩스", "Backend Engineer", "2019.01 - 2021.02", None),
    ]
    draft = parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft
    assert draft["work_experiences"][0]["project_description"].startswith("핀테크 앱")


def test_given_a_company_heading_over_a_dated_project_line_when_parsed_then_the_line_stays_a_project():
    found = works("# 서하늘\n\n## 경력\n\n### 누리랩\n\n결제 시스템 개편 2021.03 - 2022.01\n\n- 정산 배치\n")
    assert ("누리랩", None) in {(company, position) for company, position, _, _ in found}
    assert any(project == "결제 시스템 개편" for *_, project in found)


def test_given_a_group_label_over_employer_headings_when_parsed_then_it_is_no_company():
    found = works(
        "# 서하늘\n\n## 경력\n\n### 하늘소프트\n\n2021.03 - 2023.10 | Backend Engineer\n\n- 결제\n\n"
        "### **초기 경력**\n\n주니어 시절의 회사들입니다.\n\n#### **바다랩스**\n\n2018.01 - 2021.02 | Data Engineer\n\n- 배치\n\n"
        "#### **구름웍스**\n\n2016.01 - 2017.12 | 연구원\n\n- 수집기\n"
    )
    assert [(company, position) for company, position, _, _ in found] == [
        ("하늘소프트", "Backend Engineer"),
        ("바다랩스", "Data Engineer"),
        ("구름웍스", "연구원"),
    ]


def test_given_topic_headings_under_a_job_when_parsed_then_they_are_not_projects():
    found = works(
        "# 서하늘\n\n## Experience\n\n### Northbeam\n\n2020.01 - 2023.01 | Engineering Manager\n\n"
        "#### Infrastructure engineering\n\n- Moved CI to ephemeral runners\n\n#### Backend Engineering\n\n- Split the monolith\n"
    )
    assert [(company, project) for company, _, _, project in found] == [("Northbeam", None)]


def test_given_a_key_projects_label_inside_a_job_when_parsed_then_the_listed_names_are_its_projects():
    found = works(
        "# Dana Reyes\n\n## Experience\n\n#### Consultant @ Northbeam | Aug 2015 – Apr 2019\n\n- Led delivery\n\n"
        "**Key Projects**:\n- 🌐 Ledger Sync Platform\n- Claims Portal\n\n"
        "#### Engineer @ Southbeam | May 2014 – Aug 2015\n\n- Built a cache\n"
    )
    assert [(company, project) for company, _, _, project in found] == [
        ("Northbeam", None),
        ("Northbeam", "Ledger Sync Platform"),
        ("Northbeam", "Claims Portal"),
        ("Southbeam", None),
    ]


def test_given_a_tech_label_paragraph_inside_a_job_when_parsed_then_the_next_line_is_its_stack():
    draft = parse_resume(
        "# 서하늘\n\n## 경력\n\n### 하늘소프트 2021.03 ~ 2023.10\n\n- 결제 API\n\n**기술 스택**\n\nKotlin, Kafka\n\n"
        "### 바다랩스 2019.01 ~ 2021.02\n\n- 배차 API\n".encode(),
        filename="resume.md",
        today=TODAY,
    ).draft
    first = draft["work_experiences"][0]
    assert first["tech_stack"] == ["Kotlin", "Kafka"] and not first["project_description"]
    assert [w["company"] for w in draft["work_experiences"]] == ["하늘소프트", "바다랩스"]


@pytest.mark.parametrize(
    ("written", "company"),
    [
        ("누리랩 주식회사 (스타트업)", "누리랩 주식회사"),
        ("Acme (Microsoft M365 Support)", "Acme"),
        ("누리랩 (주)", "누리랩 (주)"),
        ("(주)누리랩", "(주)누리랩"),
    ],
)
def test_given_a_bracket_note_after_a_company_when_read_then_it_is_metadata(written, company):
    assert without_note(written) == company


def test_given_an_employer_line_showing_its_web_address_when_parsed_then_the_address_is_not_the_company():
    found = works(
        "# 서하늘\n\n## Experience\n\n(주)누리랩 nurilab.io\n\n2021.03 — Present\n\nBackend Engineer\n\n- 결제\n\n"
        "(주)바다랩스 badalabs.co.kr\n\n2018.01 — 2021.02\n\nData Engineer\n\n- 검색\n"
    )
    assert [company for company, *_ in found] == ["(주)누리랩", "(주)바다랩스"]


def test_given_a_company_named_like_a_domain_when_parsed_then_the_name_is_kept():
    found = works("# 서하늘\n\n## Experience\n\nBooking.com\n\n2018.01 — 2021.02\n\nData Engineer\n\n- 검색\n")
    assert [company for company, *_ in found] == ["Booking.com"]


def test_given_projects_named_at_the_start_of_a_jobs_items_when_parsed_then_they_are_its_projects():
    markdown = (
        "# 서하늘\n\n## 경력\n\n**Northwind (Acme Cloud Support) — Support Engineer**  \n2024.08 ~ 현재\n\n"
        "- Lanternfly (사내 해커톤 1등): 음성 알림 에이전트 개발\n- PaperTrail: 도서관 좌석 조회를 한 화면으로 정리\n"
        "- Kafka: 컨슈머 지연을 절반으로 줄임\n- 인프라 & 문서화: 배포 비용 절감\n- Impact: 문의 30% 감소\n"
    )
    draft = parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft
    work = draft["work_experiences"]
    assert [w["project_name"] for w in work] == ["Lanternfly", "PaperTrail"]
    assert {w["company"] for w in work} == {"Northwind"}
    assert work[0]["achievements"] == ["Lanternfly (사내 해커톤 1등): 음성 알림 에이전트 개발"]
    assert "Kafka: 컨슈머 지연을 절반으로 줄임" in work[1]["achievements"]


def test_given_employers_as_bold_lines_under_a_group_heading_in_plain_text_when_parsed_then_each_is_one_entry():
    from resumes.parsing.blocks import section_items
    from resumes.parsing.entry_headings import prepare_work_items
    from resumes.parsing.lines import HEADING, lines_from_text
    from resumes.parsing.sections import lexicon_section
    from resumes.parsing.work import parse_work

    lines = lines_from_text(
        "초기 경력\n주니어 시절의 회사들입니다.\n바다랩스\n물류 플랫폼 | 전체 8명\n2018.01 - 2021.02 | Data Engineer\n- 배치\n"
        "구름웍스\n교육 플랫폼 | 전체 30명\n2016.01 - 2017.12 | 연구원\nPlatform engineering\n- 수집기\n"
    )
    lines[0].kind, lines[0].level = HEADING, 2
    for line in lines:
        line.strong = line.text in ("바다랩스", "구름웍스", "Platform engineering") or line.strong
    entries = parse_work(prepare_work_items(section_items(lines, wrapped=False), lexicon_section)).entries
    assert [(e["company"], e["position"], e["duration"], e["project_name"]) for e in entries] == [
        ("바다랩스", "Data Engineer", "2018.01 - 2021.02", None),
        ("구름웍스", "연구원", "2016.01 - 2017.12", None),
    ]


def test_given_a_company_heading_over_a_dated_role_with_notes_when_parsed_then_the_notes_are_not_the_position():
    found = works(
        "# Dana Reyes\n\n## Experience\n\n### NORTHBEAM\n\nBackend Engineer (Freelance, Part-time) (Remote) May 2021 – Current\n\n"
        "- Built collectors\n"
    )
    assert found == [("NORTHBEAM", "Backend Engineer", "May 2021 – Current", None)]
