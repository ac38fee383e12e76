"""Filled boxes are backgrounds, not the lines of a table (pdftables.py): a web page printed by a
browser with its backgrounds sets cards, a shaded sidebar and coloured section bars on filled
boxes, and a page of them read as a ruled table ran each column into one line. A table's grid
comes from its rules: borders, drawn as thin boxes or stroked outlines; a table of shaded cells
without borders reads as the same table without shading, by its row of column names
(pdfgaptables.py). The pages are printed by Chromium at test time (or drawn with ReportLab);
people, employers and projects are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import ROW, make_line
from resumes.parsing.pdf import pdf_lines
from resumes.parsing.pdfgaptables import gap_tables
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed pages
from tests.resumes.documents import canvas_pdf

TODAY = datetime.date(2026, 2, 1)
FONT = "body{font-family:'DejaVu Sans','NanumGothic',sans-serif;font-size:13px;margin:0}"
CARDS_STYLE = (
    ".top{background:#1f3a5f;color:#fff;padding:14px 16px}.top h1{margin:0;font-size:22px}"
    ".page{display:flex;background:#f4f5f7}.side{width:190px;background:#e3e8ef;padding:12px}"
    ".main{flex:1;background:#fff;padding:12px}.bar{background:#2b4c7e;color:#fff;padding:4px 8px;font-weight:bold}"
    ".card{background:#f0f2f5;padding:8px 10px;margin-bottom:2px}.panel{background:#e6ebf2;padding:4px 8px;margin-top:4px}"
    ".chip{background:#d5dde8;padding:4px 8px;margin-bottom:4px}"
)
JOBS = [
    ("Northwind Labs", "Backend Engineer", "2019.03 - 2022.02", "Rebuilt the billing pipeline and cut cloud spend."),
    ("Bluefin Systems", "Software Engineer", "2016.01 - 2019.02", "Wrote the search service."),
]
SKILLS = ["Python", "PostgreSQL", "Kubernetes"]


def card(title: str, subtitle: str, text: str) -> str:
    return f"<div class='card'><b>{title}</b><div>{subtitle}</div><div class='panel'>{text}</div></div>"


def cards_page() -> str:
    """A portfolio page: a title band, a shaded sidebar of chips, cards of nested panels under
    coloured section bars, every box touching the next, as a flex layout sets them."""
    chips = "".join(f"<div class='chip'>{skill}</div>" for skill in SKILLS)
    jobs = "".join(card(company, f"{title} · {period}", text) for company, title, period, text in JOBS)
    return (
        f"<style>{CARDS_STYLE}</style><div class='top'><h1>Marlo Vance</h1><div>marlo@example.com</div></div>"
        "<div class='page'><div class='side'><div class='bar'>About</div><p>Backend engineer who likes billing"
        " systems, search and calm on-call rotations, and writes things down.</p>"
        f"<div class='bar'>Skills</div>{chips}<div class='bar'>Education</div>"
        "<div class='chip'>Lakeside University, B.S. Computer Science, 2012 - 2016</div></div>"
        f"<div class='main'><div class='bar'>Experience</div>{jobs}<div class='bar'>Projects</div>"
        f"{card('Route Planner', '2021.01 - 2021.06', 'Planned delivery routes with OR-Tools.')}</div></div>"
    )


def printed(browser, body: str, style: str = "") -> bytes:  # noqa: F811
    page = browser.new_page()
    page.set_content(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{FONT}{style}</style></head>"
        f"<body>{body}</body></html>",
        wait_until="load",
    )
    return page.pdf(format="A4", print_background=True)


def draft(pdf: bytes) -> dict:
    return parse_resume(pdf, filename="cv.pdf", today=TODAY).draft


def work(result: dict) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"]) for w in result["work_experiences"]]


@pytest.mark.browser
def test_given_a_page_of_nested_filled_cards_when_parsed_then_employers_periods_project_and_skills_come_back(
    browser,  # noqa: F811
):
    result = draft(printed(browser, cards_page()))

    assert work(result) == [job[:3] for job in JOBS]
    assert [w["project_description"] for w in result["work_experiences"]] == [job[3] for job in JOBS]
    assert [(p["name"], p["duration"]) for p in result["personal_projects"]] == [("Route Planner", "2021.01 - 2021.06")]
    skills = result["technical_skills"]
    assert set(SKILLS) <= {skill for values in skills.values() for skill in values}


@pytest.mark.browser
def test_given_a_page_of_nested_filled_cards_when_read_then_no_table_is_taken_from_its_boxes(
    browser,  # noqa: F811
):
    lines = pdf_lines(printed(browser, cards_page()))[0]

    assert not [line.text for line in lines if line.kind == ROW]
    assert "Bluefin Systems" in [line.text for line in lines]


KOREAN_FORM = (
    "table{border-collapse:collapse;width:100%;margin-bottom:12px;word-break:keep-all}"
    "th,td{border:1px solid #555;padding:4px 8px}th{background:#d9e2f3}"
)


def korean_form() -> str:
    """A 이력서 form: bordered tables whose header cells are shaded."""
    return (
        "<h1>이 력 서</h1><table><tr><th>성명</th><td>한가온</td><th>연락처</th><td>010-1234-5678</td></tr>"
        "<tr><th>이메일</th><td colspan=3>gaon@example.com</td></tr></table><h2>경력사항</h2>"
        "<table><tr><th>회사명</th><th>직위</th><th>근무기간</th><th>담당업무</th></tr>"
        "<tr><td>푸른물류</td><td>백엔드 개발자</td><td>2019.03 ~ 2022.02</td><td>정산 시스템 개발</td></tr>"
        "<tr><td>하늘랩</td><td>서버 개발자</td><td>2016.01 ~ 2019.02</td><td>배차 서비스 개발</td></tr></table>"
    )


@pytest.mark.browser
def test_given_a_bordered_korean_form_with_shaded_header_cells_when_read_then_it_is_a_table_row_by_row(
    browser,  # noqa: F811
):
    pdf = printed(browser, korean_form(), KOREAN_FORM)

    rows = [line.cells for line in pdf_lines(pdf)[0] if line.kind == ROW]
    assert rows[2:] == [
        ("회사명", "직위", "근무기간", "담당업무"),
        ("푸른물류", "백엔드 개발자", "2019.03 ~ 2022.02", "정산 시스템 개발"),
        ("하늘랩", "서버 개발자", "2016.01 ~ 2019.02", "배차 서비스 개발"),
    ]
    assert work(draft(pdf)) == [
        ("푸른물류", "백엔드 개발자", "2019.03 ~ 2022.02"),
        ("하늘랩", "서버 개발자", "2016.01 ~ 2019.02"),
    ]


UNSHADED = "table{border-collapse:separate;border-spacing:2px;width:100%}th,td{padding:4px 8px;text-align:left}"
SHADED_CELLS = UNSHADED + "td{background:#eef1f5}th{background:#c9d3e0}"
CAREER = (
    "<h2>Experience</h2><table><tr><th>Company</th><th>Role</th><th>Period</th></tr>"
    "<tr><td>Northwind Labs</td><td>Backend Engineer</td><td>2019.03 - 2022.02</td></tr>"
    "<tr><td>Bluefin Systems</td><td>Software Engineer</td><td>2016.01 - 2019.02</td></tr></table>"
)


@pytest.mark.browser
def test_given_a_table_drawn_with_cell_shading_alone_when_read_then_it_reads_as_the_same_table_without_shading(
    browser,  # noqa: F811
):
    shaded = pdf_lines(printed(browser, CAREER, SHADED_CELLS))[0]
    plain = pdf_lines(printed(browser, CAREER, UNSHADED))[0]

    assert [(line.text, line.kind, line.evidence) for line in shaded] == [
        (line.text, line.kind, line.evidence) for line in plain
    ]
    assert "pdf:table" not in {line.evidence for line in shaded}


@pytest.mark.browser
@pytest.mark.parametrize("style", [SHADED_CELLS, UNSHADED], ids=["shaded cells", "no shading"])
def test_given_a_borderless_table_under_a_row_of_column_names_when_parsed_then_each_row_is_an_entry(
    browser,  # noqa: F811
    style,
):
    pdf = printed(browser, CAREER, style)

    rows = [line.cells for line in pdf_lines(pdf)[0] if line.kind == ROW]
    assert rows[0] == ("Company", "Role", "Period")
    assert work(draft(pdf)) == [
        ("Northwind Labs", "Backend Engineer", "2019.03 - 2022.02"),
        ("Bluefin Systems", "Software Engineer", "2016.01 - 2019.02"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["Northwind Labs\t2019.03 - 2022.02", "Backend Engineer\tRemote"],  # an entry's header, not column names
        ["Company\tRole\tPeriod", "Northwind Labs\t2019.03 - 2022.02"],  # a row with fewer cells: no row to read
    ],
    ids=["no column names", "no row as wide as the header"],
)
def test_given_rows_split_by_column_gaps_without_a_table_shape_when_read_then_they_stay_text(texts):
    lines = [make_line(text) for text in texts]

    gap_tables(lines)

    assert [line.kind for line in lines] == ["", ""]


def boxed_table(canvas) -> None:
    """Cells drawn as filled boxes stroked in a border colour (each cell its own outline)."""
    canvas.setStrokeColorRGB(0.2, 0.2, 0.2)
    rows = [("Company", "Role"), ("Northwind Labs", "Backend Engineer"), ("Bluefin Systems", "Software Engineer")]
    for index, row in enumerate(rows):
        top = 760 - 24 * index
        for column, text in enumerate(row):
            canvas.setFillColorRGB(0.85, 0.88, 0.95) if index == 0 else canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(60 + 200 * column, top - 24, 200, 24, stroke=1, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawString(66 + 200 * column, top - 16, text)


def background_panels(canvas) -> None:
    """Panels filled and stroked in the same colour: a background with no border to see."""
    canvas.setStrokeColorRGB(0.93, 0.94, 0.96)
    canvas.setFillColorRGB(0.93, 0.94, 0.96)
    for index in range(3):
        for column in range(2):
            canvas.rect(60 + 200 * column, 736 - 24 * index, 200, 24, stroke=1, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for index, (left, right) in enumerate([("Company", "Role"), ("Northwind Labs", "Backend Engineer")]):
        canvas.drawString(66, 744 - 24 * index, left)
        canvas.drawString(266, 744 - 24 * index, right)


def test_given_cells_drawn_as_stroked_boxes_when_read_then_the_outlines_are_the_table_grid():
    rows = [line.cells for line in pdf_lines(canvas_pdf(boxed_table))[0] if line.kind == ROW]

    assert rows == [
        ("Company", "Role"),
        ("Northwind Labs", "Backend Engineer"),
        ("Bluefin Systems", "Software Engineer"),
    ]


def test_given_panels_stroked_in_their_own_fill_colour_when_read_then_they_make_no_ruled_table():
    lines = pdf_lines(canvas_pdf(background_panels))[0]

    assert "pdf:table" not in {line.evidence for line in lines}
