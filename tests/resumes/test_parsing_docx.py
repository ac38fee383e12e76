"""DOCX specifics: tables as many Korean resume templates use them, hyperlinks, list styles."""

from __future__ import annotations

import datetime
import io

from resumes.parsing import parse_resume

TODAY = datetime.date(2025, 7, 15)


def add_hyperlink(paragraph, text: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    run_text = OxmlElement("w:t")
    run_text.text = text
    run.append(run_text)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def table(document, rows: list[list[str]]) -> None:
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(grid.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def table_template_resume() -> bytes:
    from docx import Document

    document = Document()
    table(document, [["이름", "박서준"], ["이메일", "seojun@example.com"], ["연락처", "010-9876-5432"]])
    add_hyperlink(document.add_paragraph("포트폴리오: "), "GitHub", "https://github.com/seojun")
    document.add_heading("경력사항", level=1)
    table(document, [["2020.01 ~ 2022.12", "(주)한빛테크 | 백엔드 개발자"]])
    document.add_paragraph("프로젝트: 결제 게이트웨이")
    document.add_paragraph("PG사 연동 결제 API 개발", style="List Bullet")
    document.add_paragraph("정산 배치 성능 3배 개선", style="List Number")
    document.add_paragraph("기술: Java, Spring Boot, MySQL")
    document.add_heading("학력", level=1)
    table(document, [["2014.03 ~ 2020.02", "한빛대학교", "컴퓨터공학과", "졸업"]])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_labelled_table_rows_give_name_and_contact():
    draft = parse_resume(table_template_resume(), today=TODAY).draft
    assert draft["name"] == "박서준"
    assert draft["contact"]["email"] == "seojun@example.com"
    assert draft["contact"]["phone"] == "010-9876-5432"


def test_link_behind_the_word_github_is_read_from_the_hyperlink():
    draft = parse_resume(table_template_resume(), today=TODAY).draft
    assert draft["contact"]["github"] == "https://github.com/seojun"


def test_period_in_the_first_table_column_heads_the_work_entry():
    result = parse_resume(table_template_resume(), today=TODAY)
    work = result.draft["work_experiences"]
    assert len(work) == 1
    assert (work[0]["company"], work[0]["position"]) == ("(주)한빛테크", "백엔드 개발자")
    assert work[0]["duration"] == "2020.01 ~ 2022.12"
    assert work[0]["project_name"] == "결제 게이트웨이"
    assert work[0]["tech_stack"] == ["Java", "Spring Boot", "MySQL"]
    assert result.draft["total_experience_months"] == 36


def test_bullet_and_numbered_list_paragraphs_are_achievements():
    work = parse_resume(table_template_resume(), today=TODAY).draft["work_experiences"][0]
    assert work["achievements"] == ["PG사 연동 결제 API 개발", "정산 배치 성능 3배 개선"]


def test_education_table_row_splits_into_its_fields():
    education = parse_resume(table_template_resume(), today=TODAY).draft["education"]
    assert education == [
        {
            "institution": "한빛대학교",
            "degree": None,
            "major": "컴퓨터공학과",
            "period": "2014.03 ~ 2020.02",
            "status": "졸업",
        }
    ]
