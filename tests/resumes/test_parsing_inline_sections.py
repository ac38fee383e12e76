"""A line whose label names a section ("Skills: Python, Go", "Languages: English, Korean",
"보유기술: Java, …") opens that section for its own value, in Markdown, plain text, DOCX and PDF;
inside a job "Tech:" stays the job's stack and inside skills "Languages: Python" stays a category
(inline_sections.py). All people, companies and schools are invented."""

from __future__ import annotations

import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.inline_sections import label_section
from resumes.parsing.section_names import (
    ACTIVITIES,
    CERTIFICATIONS,
    EDUCATION,
    HEADER,
    IGNORED,
    PROJECTS,
    SKILLS,
    SUMMARY,
    WORK,
)
from tests.resumes.documents import DRAFT_TODAY, _register_fonts, canvas_pdf, parse_markdown


def skill_names(draft: dict) -> set[str]:
    return {name for names in draft["technical_skills"].values() for name in names}


def certificate_names(draft: dict) -> list[str]:
    return [cert["name"] for cert in draft["certifications"]]


def test_given_skills_and_languages_lines_after_certifications_when_parsed_then_each_opens_its_own_section():
    draft = parse_markdown(
        "# Mina Park\nmina@example.com\n\n## Experience\n"
        "**Backend Engineer**, Cobalt Systems — Jan 2020 – Present\n- Built billing APIs in Go\n\n"
        "## Certifications\n- AWS Certified Developer (2021)\n\n"
        "Skills: Python, Go, PostgreSQL, Docker, Kubernetes\nLanguages: English, Korean\n"
    )
    assert certificate_names(draft) == ["AWS Certified Developer (2021)"]
    assert draft["certifications"][0]["issuer"] is None
    assert skill_names(draft) == {"Python", "Go", "PostgreSQL", "Docker", "Kubernetes"}
    assert draft["technical_skills"]["programming_languages"] == ["Python", "Go"]


def test_given_a_korean_skills_paragraph_after_a_certificate_table_when_parsed_then_it_is_the_skills_section():
    draft = parse_markdown(
        "# 김하늘\nhaneul@example.com\n\n## 경력\n### 가람소프트 백엔드 개발자 (2019.03 ~ 2023.02)\n- 결제 API 개발\n\n"
        "## 자격사항\n| 자격증 | 발급기관 | 취득일 |\n|---|---|---|\n| 정보처리기사 | 한국산업인력공단 | 2018.11 |\n\n"
        "보유기술: Java, Spring Boot, MySQL, Redis, Kafka, AWS\n외국어: 영어(비즈니스), 일본어\n수상: 2022 사내 해커톤 대상\n"
    )
    assert not any(label in str(draft["certifications"]) for label in ("보유기술", "외국어", "수상", "Spring Boot"))
    assert skill_names(draft) == {"Java", "Spring Boot", "MySQL", "Redis", "Kafka", "AWS"}
    assert [(a["type"], a["name"]) for a in draft["activities"]] == [("수상", "2022 사내 해커톤 대상")]


def test_given_one_line_sections_in_a_plain_text_header_when_parsed_then_they_leave_the_header():
    draft = parse_resume(
        b"Jonas Weber\njonas.weber@example.com\nSkills: Python, Go, Terraform\n"
        b"Languages: English (native), German (fluent)\n"
        b"Education: B.S. in Computer Science, Hanbit University, 2012 - 2016\n\n"
        b"Experience\nPlatform Engineer, Northwind Labs, 2019 - 2023\n- Ran the deploy pipeline for 40 services\n",
        filename="resume.txt",
        today=DRAFT_TODAY,
    ).draft
    assert draft["name"] == "Jonas Weber"
    assert skill_names(draft) == {"Python", "Go", "Terraform"}
    assert [(e["institution"], e["degree"], e["major"]) for e in draft["education"]] == [
        ("Hanbit University", "B.S.", "Computer Science")
    ]
    assert draft["summary"] is None or "Skills" not in draft["summary"]


def test_given_a_jobs_stack_label_and_a_languages_line_when_parsed_then_the_stack_stays_and_languages_leave():
    draft = parse_resume(
        b"Jonas Weber\njonas.weber@example.com\n\nExperience\nPlatform Engineer, Northwind Labs, 2019 - 2023\n"
        b"- Ran the deploy pipeline for 40 services\nTech: Go, Terraform\nLanguages: English, German\n"
        b"Interests: climbing, chess\n",
        filename="resume.txt",
        today=DRAFT_TODAY,
    ).draft
    (job,) = draft["work_experiences"]
    assert job["tech_stack"] == ["Go", "Terraform"]
    assert "English" not in str(job) and "climbing" not in str(job)
    assert skill_names(draft) == {"Go", "Terraform"}  # read from the stack: no skills section was opened


def test_given_languages_labels_inside_a_skills_section_when_parsed_then_programming_ones_stay_and_spoken_ones_go():
    draft = parse_markdown(
        "# Ana Silva\nana@example.com\n\n## Skills\nLanguages: Python, Go\nFrontend: React\n"
        "Languages: English, Portuguese\n외국어: 영어(비즈니스), 일본어\n"
    )
    assert draft["technical_skills"]["programming_languages"] == ["Python", "Go"]
    assert skill_names(draft) == {"Python", "Go", "React"}
    assert draft["certifications"] == [] and draft["activities"] == []


def test_given_a_certificate_list_and_run_in_skill_groups_in_a_header_when_parsed_then_each_is_read_as_its_section():
    draft = parse_markdown(
        "# 이서준\nseojun@example.com\n자격증: 정보처리기사, SQLD\n"
        "Certifications: AWS Certified Developer, Amazon Web Services, 2021.05\n"
        "Skills: Frontend: React, Vue Backend: NestJS\n\n"
        "## 경력\n### 한빛테크 백엔드 개발자 (2019.03 ~ 2023.02)\n- 주문 API 개발\n"
    )
    assert [(c["name"], c["issuer"], c["issue_date"]) for c in draft["certifications"]] == [
        ("정보처리기사", None, None),
        ("SQLD", None, None),
        ("AWS Certified Developer", "Amazon Web Services", "2021.05"),  # one certificate, its issuer and date
    ]
    assert skill_names(draft) == {"React", "Vue", "NestJS"}


def test_given_an_additional_information_list_when_parsed_then_its_labelled_items_open_their_sections():
    draft = parse_markdown(
        "# Lee Park\nlee@example.com\n\n## Experience\n### Engineer, Acme Corp (2019 – 2023)\n- Built things with Java\n\n"
        "## Additional Information\n- Skills: Python, Go, Docker\n- Languages: English, Korean\n"
        "- Certifications: CKA (2022), AWS Certified Developer (2021)\n- 기타: 운전면허 1종 보통\n"
    )
    assert skill_names(draft) == {"Python", "Go", "Docker"}
    assert certificate_names(draft) == ["CKA (2022)", "AWS Certified Developer (2021)"]


def test_given_a_soft_skills_line_in_the_header_when_parsed_then_the_skills_still_come_from_the_stacks():
    draft = parse_resume(
        b"Jonas Weber\njonas.weber@example.com\nSkills: Leadership, Communication\n\n"
        b"Experience\nPlatform Engineer, Northwind Labs, 2019 - 2023\n- Ran the deploy pipeline\nTech: Go, Terraform\n",
        filename="resume.txt",
        today=DRAFT_TODAY,
    ).draft
    assert skill_names(draft) == {"Go", "Terraform"}


@pytest.mark.parametrize(
    ("label", "value", "current", "section"),
    [
        ("Skills", "Python, Go", CERTIFICATIONS, SKILLS),
        ("보유기술", "Java, Spring Boot", CERTIFICATIONS, SKILLS),
        ("Languages", "English, Korean", CERTIFICATIONS, IGNORED),
        ("Languages", "Python, Go", HEADER, SKILLS),
        ("Languages", "Python, Go", SKILLS, None),  # a category of skills
        ("Languages", "English, Korean", SKILLS, IGNORED),
        ("Frontend", "React", SKILLS, None),
        ("Tools", "Git, Jira", SKILLS, None),
        ("Interests", "climbing", SKILLS, IGNORED),
        ("Tech", "Go, Redis", WORK, None),  # the job's stack
        ("Skills used", "Kotlin", WORK, None),
        ("기술 스택", "Kotlin", WORK, None),
        ("Languages", "Python, Go", WORK, None),
        ("Languages", "English", WORK, IGNORED),
        ("보유기술", "Java, Kafka", WORK, SKILLS),
        ("수상", "사내 우수상", WORK, None),  # the job's own award
        ("수상", "2022 해커톤 대상", CERTIFICATIONS, ACTIVITIES),
        ("Education", "B.S., Hanbit University", HEADER, EDUCATION),
        ("Experience", "5 years", HEADER, None),  # a field: the years of experience
        ("기타", "운전면허 1종", CERTIFICATIONS, None),
        ("Email", "a@example.com", HEADER, None),
        ("Frameworks", "React, Redux", PROJECTS, None),  # the project's stack
        ("Publications", "Fast joins (2021)", WORK, None),
        ("Skills", "Leadership, Communication", HEADER, IGNORED),  # no technology to list
        ("학력", "대졸", HEADER, None),  # a level, no school
        ("학력", "한빛대학교 컴퓨터공학과 졸업", HEADER, EDUCATION),
        ("Leadership", "led five engineers", SUMMARY, None),
    ],
)
def test_given_a_label_in_a_section_when_classified_then_the_section_and_label_decide(label, value, current, section):
    assert label_section(label, value, current) == section


def docx_with_bold_labels(rows: list[tuple[str, str]]) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Noor Haddad", level=0)
    document.add_paragraph("noor@example.com")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Data Engineer, Brightline Analytics, 2021 – 2024")
    document.add_paragraph("Built the ingestion pipeline on Spark", style="List Bullet")
    document.add_heading("Certifications", level=1)
    document.add_paragraph("Google Professional Data Engineer (2022)", style="List Bullet")
    for label, value in rows:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_bold_labelled_paragraphs_after_a_docx_certificate_list_when_parsed_then_they_are_skills_not_certificates():
    data = docx_with_bold_labels(
        [("Skills:", " Python, Scala, Airflow"), ("Languages:", " English, Arabic"), ("Interests:", " running")]
    )
    draft = parse_resume(data, filename="resume.docx", today=DRAFT_TODAY).draft
    assert certificate_names(draft) == ["Google Professional Data Engineer (2022)"]
    assert skill_names(draft) == {"Python", "Scala", "Airflow"}


def draw_label_rows(rows: list[tuple], *, value_x: int = 160):
    """Rows at the left margin; a (label, value) pair is a bold label with its value in a column."""
    regular, bold = _register_fonts(False)

    def draw(page):
        y = 800
        for row in rows:
            if isinstance(row, tuple):
                page.setFont(bold, 10)
                page.drawString(72, y, row[0])
                page.setFont(regular, 10)
                page.drawString(value_x, y, row[1])
            elif row:
                page.setFont(bold if row.isupper() else regular, 13 if row.isupper() else 10)
                page.drawString(72 if not row.startswith(" ") else value_x, y, row.strip())
            y -= 15

    return draw


def test_given_bold_labels_and_a_column_gap_without_colons_in_a_pdf_when_parsed_then_each_row_opens_its_section():
    rows = [
        "Mina Park",
        "mina@example.com",
        None,
        "EXPERIENCE",
        "Backend Engineer, Cobalt Systems",
        "Jan 2020 – Present",
        "• Built billing APIs in Go and cut the p99 latency of the invoice service by 40 percent",
        None,
        "CERTIFICATIONS",
        "• AWS Certified Developer – Associate (2021)",
        None,
        ("Skills", "Python, Go, PostgreSQL, Docker, Kubernetes, Terraform,"),
        " Grafana, Redis",  # the value's next row, under its column
        ("Tools", "Git, Jira"),
        ("Languages", "English, Korean"),
    ]
    draft = parse_resume(canvas_pdf(draw_label_rows(rows)), filename="resume.pdf", today=DRAFT_TODAY).draft
    assert certificate_names(draft) == ["AWS Certified Developer – Associate (2021)"]
    assert skill_names(draft) == {"Python", "Go", "PostgreSQL", "Docker", "Kubernetes", "Terraform", "Grafana"} | {
        "Redis",
        "Git",
        "Jira",
    }


@pytest.mark.parametrize(
    ("label", "value", "current", "section"),
    [
        ("LANGUAGES", "Python, Go", CERTIFICATIONS, SKILLS),
        ("Technical_Skills", "Python, Go", CERTIFICATIONS, SKILLS),
        ("ETC", "운전면허 1종", CERTIFICATIONS, None),
        ("Tech_Stack", "Python, Go", WORK, None),  # the job's own stack
    ],
)
def test_given_a_label_in_other_case_or_with_an_underscore_when_classified_then_it_reads_as_written_plainly(
    label, value, current, section
):
    assert label_section(label, value, current) == section
