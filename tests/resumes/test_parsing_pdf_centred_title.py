"""A "Deedy"-style PDF header: the name centred at the top of page 1 in a large light font
(the first name light, the last name bold, in two runs), the website and e-mail centred under
it, then a narrow left column and a wide right one. The gutter put the centred header in the
right column; the name is read first all the same. Drawn with ReportLab; invented text."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from tests.resumes.test_parsing_pdf_columns import canvas_pdf

LEFT = [("CONTACT", ["GitHub: jpark-dev", "LinkedIn: jane-park"]), ("SKILLS", ["Python", "Go", "PostgreSQL"])]
RIGHT = [
    ("EXPERIENCE", ["Backend Engineer at Northwind Freight", "Mar 2021 - Present", "Built the billing service."]),
    ("EDUCATION", ["BSc Computer Science, Riverside University", "2015 - 2019"]),
]


def draw_deedy(page, first: str, last: str) -> None:
    page.setFont("Helvetica", 36)
    first_width = page.stringWidth(first + " ", "Helvetica", 36)
    width = first_width + page.stringWidth(last, "Helvetica-Bold", 36)
    x = (595 - width) / 2
    page.drawString(x, 780, first)
    page.setFont("Helvetica-Bold", 36)
    page.drawString(x + first_width, 780, last)
    page.setFont("Helvetica", 11)
    page.drawCentredString(297, 758, "www.janepark.dev")
    page.drawCentredString(297, 744, "jane.park@example.com")
    for x, sections, pitch in ((40, LEFT, 13), (220, RIGHT, 15)):
        y = 710
        for heading, rows in sections:
            page.setFont("Helvetica", 16)
            page.drawString(x, y, heading)
            y -= 20
            page.setFont("Helvetica", 10)
            for row in rows * 3:
                page.drawString(x, y, row)
                y -= pitch
            y -= 10


def parsed(first: str, last: str):
    data = canvas_pdf(lambda page: draw_deedy(page, first, last))
    return parse_resume(data, filename="resume.pdf", today=datetime.date(2026, 1, 15)).draft


def test_given_a_deedy_header_centred_above_two_columns_when_parsed_then_the_name_is_read():
    draft = parsed("Jane", "Park")

    assert draft["name"] == "Jane Park"
    assert draft["contact"]["email"] == "jane.park@example.com"
    assert draft["contact"]["portfolio"] == "https://www.janepark.dev"


def test_given_the_name_in_capitals_in_a_light_and_a_bold_run_when_parsed_then_both_runs_are_the_name():
    assert parsed("JANE", "PARK")["name"] == "JANE PARK"
