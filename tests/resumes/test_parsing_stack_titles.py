"""A bold title over a project's tool rows ("Use Technology", "Technologies Used") titles that
project's stack, never a project of its own (projects.py). Invented projects."""

from __future__ import annotations

import datetime
import io

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

PROJECTS = [
    ("사내 도서 대출 앱", "2021.03.02 ~ 2021.03.30", "Windows 11", "Java, MySQL, Swing"),
    ("동네 꽃집 쇼핑몰", "2020.07.01 ~ 2020.07.20", "Windows 10", "JSP, Oracle, jQuery"),
]


def word_form(stack_title: str) -> bytes:
    """A Korean Word form: per project a bold "Project Info" over a label table, then a bold
    stack title over a table of tool rows."""
    from docx import Document

    document = Document()
    document.add_paragraph("성명: 윤다온")
    document.add_paragraph("프로젝트").runs[0].bold = True
    for name, period, environment, used in PROJECTS:
        document.add_paragraph().add_run("Project Info").bold = True
        table = document.add_table(rows=0, cols=2)
        for label, value in (("프로젝트 명", name), ("개발 기간", period), ("담당업무", "화면 설계, 회원 기능 구현")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph().add_run(stack_title).bold = True
        table = document.add_table(rows=0, cols=2)
        for label, value in (("개발 환경", environment), ("사용 기술", used)):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_a_use_technology_title_over_tool_rows_when_parsed_then_it_is_no_project():
    draft = parse_resume(word_form("Use Technology"), filename="form.docx", today=TODAY).draft

    assert [p["name"] for p in draft["personal_projects"]] == [name for name, *_ in PROJECTS]


def test_given_a_technologies_used_title_in_markdown_when_parsed_then_the_project_keeps_its_bullets():
    text = (
        "# Rowan Ellery\n\n## Projects\n\n### Tidepool Tracker\n\n2023.01 ~ 2023.04\n\n- Charted tides\n\n"
        "**Technologies Used**\n\n- Python, PostGIS\n\n### Kiln Log\n\n2022.05 ~ 2022.08\n\n- Logged firings\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    assert [p["name"] for p in draft["personal_projects"]] == ["Tidepool Tracker", "Kiln Log"]
