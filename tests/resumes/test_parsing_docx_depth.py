"""List depth in Word files: project names written as list items with their bullets nested
one level deeper, recorded as a numbering level, a numbered style (or a style based on one),
or only an indentation; a <details> summary pasted into Word; a bold paragraph over a list.
Documents are built here with python-docx; people, companies and projects are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.word import docx_lines

TODAY = datetime.date(2026, 1, 15)
PROJECTS = {"물류 추적 대시보드": ["배송 지연 알림 응답 1초 이내로 단축", "지도 렌더링 타일 캐시 도입"]}
PROJECTS["재고 예측 배치"] = ["야간 배치 40분에서 12분으로 단축"]


def document_with_work(write_projects) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("윤가람", level=1)
    document.add_paragraph("garam.yoon@example.com")
    document.add_heading("경력", level=2)
    document.add_heading("바람물류 | 백엔드 개발자 | 2021.03 ~ 2023.08", level=3)
    write_projects(document)
    document.add_heading("학력", level=2)
    document.add_paragraph("한결대학교 컴퓨터공학과 2015.03 ~ 2021.02")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def numbered(paragraph, level: int, num_id: int = 1):
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = level
    numbering.get_or_add_numId().val = num_id
    return paragraph


def by_numbering_level(document) -> None:
    for name, bullets in PROJECTS.items():
        numbered(document.add_paragraph(name, style="List Paragraph"), 0)
        for bullet in bullets:
            numbered(document.add_paragraph(bullet, style="List Paragraph"), 1)


def by_style_name(document) -> None:
    for name, bullets in PROJECTS.items():
        document.add_paragraph(name, style="List Number")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet 2")


def by_inherited_style(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    detail = document.styles.add_style("Project Detail", WD_STYLE_TYPE.PARAGRAPH)
    detail.base_style = document.styles["List Bullet 2"]
    for name, bullets in PROJECTS.items():
        document.add_paragraph(name, style="List Bullet")
        for bullet in bullets:
            document.add_paragraph(bullet, style="Project Detail")


def by_indentation(document) -> None:
    from docx.shared import Twips

    for name, bullets in PROJECTS.items():
        numbered(document.add_paragraph(name), 0, num_id=1)
        for bullet in bullets:
            paragraph = numbered(document.add_paragraph(bullet), 0, num_id=1)
            paragraph._p.pPr.numPr.remove(paragraph._p.pPr.numPr.ilvl)
            paragraph.paragraph_format.left_indent = Twips(1440)


def by_toggle(document) -> None:
    for name, bullets in PROJECTS.items():
        document.add_paragraph(f"▶ {name}")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")


def by_bold_paragraph(document) -> None:
    for name, bullets in PROJECTS.items():
        document.add_paragraph().add_run(name).bold = True
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")


def by_plain_paragraphs(document) -> None:
    for name, bullets in PROJECTS.items():
        document.add_paragraph(name)
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")


@pytest.mark.parametrize(
    "write_projects",
    [by_numbering_level, by_style_name, by_inherited_style, by_indentation, by_toggle, by_bold_paragraph],
    ids=lambda f: f.__name__,
)
def test_given_project_names_over_nested_bullets_when_a_docx_is_parsed_then_each_name_is_a_project(write_projects):
    work = parse_resume(document_with_work(write_projects), today=TODAY).draft["work_experiences"]
    assert {w["project_name"]: w["achievements"] for w in work} == PROJECTS
    assert {(w["company"], w["position"], w["duration"]) for w in work} == {
        ("바람물류", "백엔드 개발자", "2021.03 ~ 2023.08")
    }


@pytest.mark.parametrize(
    ("write_projects", "levels"),
    [(by_numbering_level, [1, 2, 2, 1, 2]), (by_inherited_style, [1, 2, 2, 1, 2]), (by_indentation, [1, 2, 2, 1, 2])],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_given_nested_list_paragraphs_when_read_then_blocks_carry_the_markdown_depth(write_projects, levels):
    lines, _ = docx_lines(document_with_work(write_projects))
    listed = [line for line in lines if line.bullet]
    assert [line.level for line in listed] == levels


def test_given_a_toggle_summary_when_read_then_it_is_a_heading_over_its_list():
    lines, _ = docx_lines(document_with_work(by_toggle))
    toggle = next(line for line in lines if line.text == "물류 추적 대시보드")
    assert (toggle.kind, toggle.bullet, toggle.evidence) == ("heading", False, "docx:toggle")


def test_given_plain_paragraphs_each_over_a_list_when_parsed_then_they_name_projects():
    work = parse_resume(document_with_work(by_plain_paragraphs), today=TODAY).draft["work_experiences"]
    assert {w["project_name"]: w["achievements"] for w in work} == PROJECTS


def test_given_one_plain_paragraph_over_one_list_when_parsed_then_it_stays_the_description():
    def described(document) -> None:
        document.add_paragraph("사내 배송 관제 시스템 개발")
        document.add_paragraph("배송 지연 알림 응답 1초 이내로 단축", style="List Bullet")

    work = parse_resume(document_with_work(described), today=TODAY).draft["work_experiences"]
    assert [(w["project_name"], w["project_description"]) for w in work] == [(None, "사내 배송 관제 시스템 개발")]
    assert work[0]["achievements"] == ["배송 지연 알림 응답 1초 이내로 단축"]


def test_given_a_plain_role_line_over_bullets_when_parsed_then_it_is_not_a_project():
    def role_then_bullets(document) -> None:
        document.add_paragraph().add_run("Backend Engineer").bold = True
        document.add_paragraph("배송 지연 알림 응답 1초 이내로 단축", style="List Bullet")

    work = parse_resume(document_with_work(role_then_bullets), today=TODAY).draft["work_experiences"]
    assert [w["project_name"] for w in work] == [None]


def test_given_numbering_removed_by_num_id_zero_when_read_then_the_paragraph_is_no_list_item():
    def unnumbered(document) -> None:
        numbered(document.add_paragraph("사내 배송 관제 시스템 개발", style="List Bullet"), 0, num_id=0)

    lines, _ = docx_lines(document_with_work(unnumbered))
    line = next(line for line in lines if line.text == "사내 배송 관제 시스템 개발")
    assert (line.bullet, line.level) == (False, 0)


def test_given_bold_markdown_paragraphs_over_lists_when_parsed_then_the_shared_segmenter_reads_projects():
    lines = ["# 윤가람", "", "## 경력", "", "### 바람물류 | 백엔드 개발자 | 2021.03 ~ 2023.08", ""]
    for name, bullets in PROJECTS.items():
        lines += [f"**{name}**", *(f"- {bullet}" for bullet in bullets), ""]
    draft = parse_resume("\n".join(lines).encode(), filename="resume.md", today=TODAY).draft
    assert {w["project_name"]: w["achievements"] for w in draft["work_experiences"]} == PROJECTS
