"""A 경력기술서 in Word that sets each project as a table of its own (프로젝트명 | …, 기간 | …,
고객사/발주처 | …, 역할/담당업무 | …, 개발환경/사용기술 | …, 주요내용/수행업무 | …) under its
employer (an employer table of 회사명 | 재직기간 | 직위, or a "■" banner), and a form whose label
cells are merged down over the rows they label (label_rows.py, wordspans.py, work_labels.py).

Each table must come back as one project of the right employer, with its name, period, stack
and duties, while the employer keeps its own tenure beside its projects' periods, in Word, in
PDF and in plain text. The people, employers and projects are invented."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from resumes.parsing import parse_resume
from resumes.parsing.label_rows import label_rows
from resumes.parsing.lines import ROW, make_line
from tests.resumes import documents

TODAY = datetime.date(2026, 1, 15)
PERSON = [["성명", "한가람"], ["이메일", "garam@example.org"]]
EMPLOYER = [["회사명", "주식회사 누리페이", "재직기간", "2019.01 ~ 2021.06"], ["직위", "대리", "부서", "결제개발팀"]]
SETTLEMENT = [
    ["프로젝트명", "가맹점 정산 시스템 재구축"],
    ["기간", "2019.03 ~ 2019.12"],
    ["고객사/발주처", "누리페이 내부"],
    ["역할/담당업무", "백엔드 개발"],
    ["개발환경/사용기술", "Java, Spring Boot, Oracle"],
    ["주요내용/수행업무", "정산 배치 설계 및 개발\n대사 자동화로 수작업 80% 절감"],
]
GATEWAY = [
    ["프로젝트명", "결제 API 게이트웨이 구축"],
    ["기간", "2020.01 ~ 2021.06"],
    ["고객사/발주처", "누리페이"],
    ["역할/담당업무", "API 설계"],
    ["개발환경/사용기술", "Kotlin, Spring, Redis, Kafka"],
    ["주요내용/수행업무", "결제 승인 API 설계\n응답 시간 40% 단축"],
]
WAREHOUSE = [
    ["프로젝트명", "물류 WMS 구축"],
    ["기간", "2016.05 ~ 2017.02"],
    ["발주처", "가온물류"],
    ["사용기술", "Java, JSP, MySQL"],
    ["주요내용", "입출고 화면 개발\n재고 API 개발"],
]
FORM = [
    ("경력사항", None),
    (None, EMPLOYER),
    (None, SETTLEMENT),
    (None, GATEWAY),
    ("■ 다온소프트 (2016.03 ~ 2018.12)", None),
    (None, WAREHOUSE),
]
EXPECTED = [
    ("주식회사 누리페이", "대리", "2019.01 ~ 2021.06", None),
    ("주식회사 누리페이", "대리", "2019.03 ~ 2019.12", "가맹점 정산 시스템 재구축"),
    ("주식회사 누리페이", "대리", "2020.01 ~ 2021.06", "결제 API 게이트웨이 구축"),
    ("다온소프트", None, "2016.03 ~ 2018.12", None),
    ("다온소프트", None, "2016.05 ~ 2017.02", "물류 WMS 구축"),
]


def docx(blocks, *, apart: bool = True) -> bytes:
    """Paragraphs and tables in turn; `apart` puts an empty paragraph between two tables, as
    Word does, else the tables follow each other directly."""
    document = Document()
    document.add_paragraph("경 력 기 술 서")
    _table(document, PERSON)
    for text, rows in blocks:
        if text is not None:
            document.add_paragraph(text)
        else:
            if apart:
                document.add_paragraph()
            _table(document, rows)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            first, *more = text.split("\n")  # a cell of several paragraphs
            table.cell(index, column).text = first
            for paragraph in more:
                table.cell(index, column).add_paragraph(paragraph)
    return table


def pdf(blocks) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if documents.korean_font_path() is None:
        pytest.skip("no Korean TrueType font")
    regular, bold = documents._register_fonts(True)
    body = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=12)
    line = ParagraphStyle("line", fontName=bold, fontSize=11, leading=16, spaceBefore=6)
    story = [Paragraph("경 력 기 술 서", ParagraphStyle("title", fontName=bold, fontSize=20, leading=26))]
    for text, rows in [(None, PERSON), *blocks]:
        if text is not None:
            story.append(Paragraph(text, line))
            continue
        table = Table([[Paragraph(cell.replace("\n", "<br/>"), body) for cell in row] for row in rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [table, Spacer(1, 8)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def work(data: bytes, filename: str) -> list[dict]:
    return parse_resume(data, filename=filename, today=TODAY).draft["work_experiences"]


def entries(found: list[dict]) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"], w["project_name"]) for w in found]


def _project(found: list[dict], name: str) -> dict:
    return next(w for w in found if w["project_name"] == name)


@pytest.mark.parametrize("apart", [True, False], ids=["tables apart", "tables one under the other"])
def test_given_a_word_table_per_project_under_its_employer_when_parsed_then_each_table_is_one_project(apart):
    found = work(docx(FORM, apart=apart), "경력기술서.docx")

    assert entries(found) == EXPECTED
    settlement = _project(found, "가맹점 정산 시스템 재구축")
    assert settlement["achievements"] == ["정산 배치 설계 및 개발", "대사 자동화로 수작업 80% 절감"]
    assert {"Java", "Spring Boot", "Oracle"} <= set(settlement["tech_stack"])
    assert "고객사/발주처: 누리페이 내부" in settlement["project_description"]
    assert _project(found, "물류 WMS 구축")["achievements"] == ["입출고 화면 개발", "재고 API 개발"]


def test_given_the_project_tables_printed_to_pdf_when_parsed_then_each_table_is_one_project():
    assert entries(work(pdf(FORM), "경력기술서.pdf")) == EXPECTED


def test_given_the_english_project_tables_when_parsed_then_each_table_is_one_project():
    blocks = [
        ("Work Experience", None),
        (None, [["Company", "Northwind Labs"], ["Period", "2019.01 ~ 2021.06"], ["Position", "Software Engineer"]]),
        (
            None,
            [
                ["Project", "Billing Platform Rebuild"],
                ["Period", "2019.03 ~ 2019.12"],
                ["Client", "Harbor Bank"],
                ["Role", "Backend developer"],
                ["Environment", "Java, Spring Boot, PostgreSQL"],
                ["Responsibilities", "Designed the settlement batch\nCut manual reconciliation by 80%"],
            ],
        ),
        (None, [["Project", "Payment API Gateway"], ["Period", "2020.01 ~ 2021.06"], ["Environment", "Go, Redis"]]),
    ]
    found = work(docx(blocks), "resume.docx")

    assert entries(found) == [
        ("Northwind Labs", "Software Engineer", "2019.01 ~ 2021.06", None),
        ("Northwind Labs", "Software Engineer", "2019.03 ~ 2019.12", "Billing Platform Rebuild"),
        ("Northwind Labs", "Software Engineer", "2020.01 ~ 2021.06", "Payment API Gateway"),
    ]
    assert {"Java", "Spring Boot", "PostgreSQL"} <= set(_project(found, "Billing Platform Rebuild")["tech_stack"])


def test_given_a_project_table_with_its_period_first_and_labels_of_its_own_when_parsed_then_it_is_one_project():
    """ "수행기간" over "프로젝트명", and labels only this form uses (참여율, OS, DBMS)."""
    project = [
        ["수행기간", "2019.03 ~ 2019.12"],
        ["프로젝트명", "가맹점 정산 시스템 재구축"],
        ["참여율", "100%"],
        ["OS", "Linux"],
        ["DBMS", "Oracle"],
        ["업무내용", "정산 배치 설계 및 개발"],
    ]
    found = work(docx([("경력사항", None), (None, EMPLOYER), (None, project)]), "경력기술서.docx")

    assert entries(found) == [
        ("주식회사 누리페이", "대리", "2019.01 ~ 2021.06", None),
        ("주식회사 누리페이", "대리", "2019.03 ~ 2019.12", "가맹점 정산 시스템 재구축"),
    ]
    assert "참여율: 100%" in found[1]["project_description"]


def _rows(*cells: tuple[str, ...]):
    rows = []
    for texts in cells:
        line = make_line("\t".join(texts))
        line.kind, line.cells = ROW, texts
        rows.append(line)
    return rows


def test_given_a_table_of_short_cells_with_one_entry_label_when_read_then_it_is_no_label_table():
    """Labels the lexicon lacks count only among enough labels of an entry's fields."""
    assert label_rows(_rows(("언어", "Java"), ("DB", "MySQL"), ("기간", "2019.03 ~ 2019.12"))) == []
    assert label_rows(_rows(("프로젝트명", "정산"), ("기간", "2019.03 ~ 2019.12"), ("DB", "MySQL")))


TEXT = """경 력 기 술 서

성명: 한가람

경력사항

{employer}

프로젝트명: 가맹점 정산 시스템 재구축
기간: 2019.03 ~ 2019.12
사용기술: Java, Spring Boot

프로젝트명: 결제 API 게이트웨이 구축
기간: 2020.01 ~ 2021.06
사용기술: Kotlin, Redis
"""
EMPLOYER_LINES = {
    "one line": "회사명: 주식회사 누리페이 / 재직기간: 2019.01 ~ 2021.06 / 직위: 대리",
    "a line each": "회사명: 주식회사 누리페이\n재직기간: 2019.01 ~ 2021.06\n직위: 대리",
}


@pytest.mark.parametrize("employer", EMPLOYER_LINES.values(), ids=EMPLOYER_LINES.keys())
def test_given_an_employer_with_its_tenure_over_dated_project_labels_when_parsed_then_the_tenure_stays(employer):
    found = work(TEXT.format(employer=employer).encode(), "career.txt")

    assert entries(found) == EXPECTED[:3]


def test_given_a_project_label_with_its_period_beside_the_name_when_parsed_then_the_tenure_stays():
    text = TEXT.format(employer=EMPLOYER_LINES["a line each"])
    text = text.replace(
        "가맹점 정산 시스템 재구축\n기간: 2019.03 ~ 2019.12", "가맹점 정산 시스템 재구축 (2019.03 ~ 2019.12)"
    )

    assert entries(work(text.encode(), "career.txt")) == EXPECTED[:3]


def test_given_a_labelled_project_without_a_period_when_parsed_then_it_takes_the_tenure_and_no_extra_entry():
    text = "경력사항\n\n회사명: 다온소프트\n재직기간: 2016.03 ~ 2018.12\n\n프로젝트명: 물류 WMS 구축\n사용기술: Java\n"

    assert entries(work(text.encode(), "career.txt")) == [("다온소프트", None, "2016.03 ~ 2018.12", "물류 WMS 구축")]


def _merge_down(table, column: int, first: int, last: int, text: str, held_by: int) -> None:
    """Column `column` merged over rows first..last by hand, its text kept in row `held_by`."""
    for index in range(first, last + 1):
        tc = table.rows[index]._tr.tc_lst[column]
        merge = OxmlElement("w:vMerge")
        if index == first:
            merge.set(qn("w:val"), "restart")
        tc.get_or_add_tcPr().append(merge)
        paragraph = tc.findall(qn("w:p"))[0]
        for run in paragraph.findall(qn("w:r")):
            paragraph.remove(run)
        if index == held_by:
            run, written = OxmlElement("w:r"), OxmlElement("w:t")
            written.text = text
            run.append(written)
            paragraph.append(run)


@pytest.mark.parametrize("held_by", ["first row", "middle row"])
def test_given_label_cells_merged_down_when_parsed_then_they_label_every_row_they_span(held_by):
    """A section name merged down the first column, and "주요업무" merged down beside one duty a
    row; Word keeps a merged cell's text in its first row, another editor in the row where it
    is centred."""
    rows = [
        ["", "회사명", "주식회사 누리페이"],
        ["", "재직기간", "2019.01 ~ 2021.06"],
        ["", "직위", "대리"],
        ["", "주요업무", "결제 API 설계 및 운영"],
        ["", "", "가맹점 정산 시스템 재구축"],
        ["", "", "장애 대응 체계 수립"],
    ]
    document = Document()
    document.add_paragraph("경 력 기 술 서")
    _table(document, PERSON)
    document.add_paragraph()
    table = _table(document, rows)
    middle = held_by == "middle row"
    _merge_down(table, 0, 0, 5, "경력사항", 2 if middle else 0)
    _merge_down(table, 1, 3, 5, "주요업무", 4 if middle else 3)
    buffer = io.BytesIO()
    document.save(buffer)

    found = work(buffer.getvalue(), "경력기술서.docx")

    assert entries(found) == [("주식회사 누리페이", "대리", "2019.01 ~ 2021.06", None)]
    assert found[0]["project_description"].split("\n") == [
        "결제 API 설계 및 운영",
        "가맹점 정산 시스템 재구축",
        "장애 대응 체계 수립",
    ]
