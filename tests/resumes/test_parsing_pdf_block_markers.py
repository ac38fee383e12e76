"""A list marker drawn beside a block of two rows (LaTeX centres an item's bullet on a job
header set as a two-row table) marks neither row as a list item; a marker level with one row
marks only that row. Invented people and companies, drawn where a LaTeX class puts them."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import canvas_pdf

JOBS = [
    ("Platform Engineer", "Springfield, OR - remote", "Larkspur Analytics", "May 2021 - August 2022"),
    ("Software Engineering Intern", "Dayton, OH", "Quillfeather Labs", "June 2020 - August 2020"),
]
DUTIES = [
    "Moved the nightly billing export to a streaming job and cut its delay from hours to minutes",
    "Wrote the on-call guide the support team still uses",
]


def _latex_page(page) -> None:
    page.setFont("Helvetica", 20)
    page.drawString(60, 790, "Morgan Ellery")
    page.setFont("Helvetica-Bold", 13)
    page.drawString(60, 760, "Experience")
    y = 740.0
    for title, place, company, period in JOBS:
        page.setFont("Helvetica", 10)
        page.drawString(62, y - 7, "\u2022")  # the item's bullet, centred on the two header rows
        page.setFont("Helvetica-Bold", 10)
        page.drawString(74, y, title)
        page.setFont("Helvetica", 10)
        page.drawRightString(540, y, place)
        page.drawString(74, y - 13, company)
        page.drawRightString(540, y - 13, period)
        y -= 30
        for duty in DUTIES:
            page.drawString(86, y, "\u2013")
            page.drawString(96, y, duty)
            y -= 13
        y -= 8


def test_given_a_bullet_centred_between_two_header_rows_when_read_then_neither_row_is_a_list_item():
    lines, _ = pdf_lines(canvas_pdf(_latex_page))

    marked = {line.text: line.bullet for line in lines}

    assert marked["Platform Engineer\tSpringfield, OR - remote"] is False
    assert marked["Larkspur Analytics\tMay 2021 - August 2022"] is False
    assert marked[DUTIES[0]] is True


def test_given_latex_job_headers_with_a_centred_bullet_when_parsed_then_each_job_keeps_title_company_and_period():
    draft = parse_resume(canvas_pdf(_latex_page), filename="cv.pdf", today=datetime.date(2026, 1, 1)).draft

    found = [(w["position"], w["company"], w["duration"]) for w in draft["work_experiences"]]

    assert found == [(title, company, period) for title, _, company, period in JOBS]
    assert draft["work_experiences"][0]["achievements"] == DUTIES


def test_given_a_drawn_bullet_level_with_the_first_of_two_close_rows_when_read_then_only_that_row_is_an_item():
    def draw(page):
        page.setFont("Helvetica-Bold", 13)
        page.drawString(60, 760, "Highlights")
        page.setFont("Helvetica", 10)
        page.circle(66, 743.5, 1.6, stroke=0, fill=1)
        page.drawString(74, 740, "Led the migration of the order service")
        page.drawString(74, 732, "Mentored two new engineers")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.text, line.bullet) for line in lines[1:]] == [
        ("Led the migration of the order service", True),
        ("Mentored two new engineers", False),
    ]
