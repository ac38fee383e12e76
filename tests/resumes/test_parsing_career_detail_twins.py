"""A career summary table (회사 | 기간 | 직위), then a [세부경력내용] section that names each
employer again as a dated list item over its duties ("- 누리페이 (2020.03 ~ 2022.05)"). The item
is the job the table's row gave, told in detail: one entry per job, the table's position and
the detail's duties (employer_projects.same_projects_once). Two roles at one employer, or two
stints that only touch, stay apart. Read as Markdown, as the page Chromium prints, and as a
Word file. People and employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
ROWS = [("누리페이", "2020.03 ~ 2022.05", "선임 개발자"), ("하늘소프트", "2017.01 ~ 2020.02", "개발자")]
DETAILS = [
    ("누리페이", "2020.03 ~ 2022.05", ["결제 승인 API 설계 및 개발", "정산 배치 성능 개선"]),
    ("하늘소프트", "2017.01 ~ 2020.02", ["사내 그룹웨어 유지보수"]),
]
EXPECTED = [
    ("누리페이", "선임 개발자", "2020.03 ~ 2022.05", ["결제 승인 API 설계 및 개발", "정산 배치 성능 개선"]),
    ("하늘소프트", "개발자", "2017.01 ~ 2020.02", ["사내 그룹웨어 유지보수"]),
]


def markdown(rows=ROWS, details=DETAILS) -> str:
    table = "".join(f"| {company} | {period} | {title} |\n" for company, period, title in rows)
    listed = "".join(
        f"- {company} ({period})\n" + "".join(f"  - {duty}\n" for duty in duties) for company, period, duties in details
    )
    return (
        "# 이도윤\n\ndoyun@example.com\n\n## 경력사항\n\n| 회사 | 기간 | 직위 |\n|---|---|---|\n"
        f"{table}\n## [세부경력내용]\n\n{listed}\n## 학력\n\n한결대학교 컴퓨터공학과 2010.03 ~ 2016.02\n"
    )


def jobs(draft: dict) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"], w["achievements"]) for w in draft["work_experiences"]]


def read(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def test_given_a_career_table_and_its_dated_details_when_parsed_then_each_job_is_one_entry():
    assert jobs(read(markdown())) == EXPECTED


@pytest.mark.parametrize(
    "company, period",
    [("(주)누리페이", "2020.03 ~ 2022.05"), ("누리 페이", "2020.03 ~ 2022.05"), ("누리페이", "2020.04 ~ 2022.05")],
)
def test_given_the_detail_writes_the_employer_or_its_period_a_little_apart_when_parsed_then_it_is_still_one_job(
    company, period
):
    details = [(company, period, DETAILS[0][2]), DETAILS[1]]

    works = read(markdown(details=details))["work_experiences"]

    assert [(w["position"], w["achievements"]) for w in works] == [(title, duties) for _, title, _, duties in EXPECTED]


def test_given_two_roles_at_one_employer_when_parsed_then_they_stay_two_entries():
    rows = [("누리페이", "2022.06 ~ 2024.01", "팀장"), ("누리페이", "2020.03 ~ 2022.05", "선임 개발자")]
    text = "## 경력\n\n" + "".join(
        f"### 누리페이 | {title} | {period}\n- 업무 {title}\n\n" for _, period, title in rows
    )
    text += "### 누리페이 | 팀장 | 2020.03 ~ 2022.05\n- 결제 승인 API 설계\n"

    assert [w["position"] for w in read(text)["work_experiences"]] == ["팀장", "선임 개발자", "팀장"]


def test_given_two_stints_at_one_employer_that_only_touch_when_parsed_then_they_stay_two_entries():
    text = "## 경력\n\n### 누리페이 (2018.01 ~ 2019.06)\n- 결제 승인 API 설계\n\n### 누리페이 (2019.06 ~ 2021.02)\n- 정산 배치 개선\n"

    assert [w["duration"] for w in read(text)["work_experiences"]] == ["2018.01 ~ 2019.06", "2019.06 ~ 2021.02"]


def page() -> str:
    rows = "".join(f"<tr><td>{c}</td><td>{p}</td><td>{t}</td></tr>" for c, p, t in ROWS)
    listed = "".join(
        f"<li>{company} ({period})<ul>{''.join(f'<li>{duty}</li>' for duty in duties)}</ul></li>"
        for company, period, duties in DETAILS
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font: 11pt sans-serif; margin: 20mm }"
        " h1 { font-size: 22pt } h2 { font-size: 15pt } table { border-collapse: collapse }"
        " td, th { border: 1px solid #333; padding: 2mm 4mm }</style></head><body><h1>이도윤</h1>"
        "<p>doyun@example.com</p><h2>경력사항</h2><table><tr><th>회사</th><th>기간</th><th>직위</th></tr>"
        f"{rows}</table><h2>[세부경력내용]</h2><ul>{listed}</ul><h2>학력</h2>"
        "<p>한결대학교 컴퓨터공학과 2010.03 ~ 2016.02</p></body></html>"
    )


@pytest.mark.browser
def test_given_the_page_printed_by_chromium_when_parsed_then_each_job_is_one_entry(browser):  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(page(), wait_until="load")
    draft = parse_resume(sheet.pdf(format="A4"), filename="resume.pdf", today=TODAY).draft

    assert jobs(draft) == EXPECTED


def word_file() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("이도윤", level=1)
    document.add_paragraph("doyun@example.com")
    document.add_heading("경력사항", level=2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("회사", "기간", "직위"), strict=True):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_heading("[세부경력내용]", level=2)
    for company, period, duties in DETAILS:
        document.add_paragraph(f"{company} ({period})", style="List Bullet")
        for duty in duties:
            document.add_paragraph(duty, style="List Bullet 2")
    document.add_heading("학력", level=2)
    document.add_paragraph("한결대학교 컴퓨터공학과 2010.03 ~ 2016.02")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_a_word_file_with_a_career_table_and_its_details_when_parsed_then_each_job_is_one_entry():
    assert jobs(parse_resume(word_file(), filename="resume.docx", today=TODAY).draft) == EXPECTED
