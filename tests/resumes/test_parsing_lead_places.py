"""A city between the employer and the title on one header line, as LaTeX and word-processor
CVs set it: "**Brightmoor**, Leeds Data Engineer" with the dates right-aligned (in the PDF the
company is bold, the city and the title roman). The city is where the job was, not part of the
position. The people and employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lead_places import without_lead_place
from tests.resumes.documents import entries, parse_markdown

TODAY = datetime.date(2026, 1, 15)


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Edinburgh Software Engineering Intern", "Software Engineering Intern"),
        ("Hong Kong Trainee", "Trainee"),
        ("Leeds Data Engineer", "Data Engineer"),
        ("Senior Data Engineer", "Senior Data Engineer"),  # no place at its head
        ("London", "London"),  # a place and nothing else is left alone
        ("Berlin Wall Tours", "Berlin Wall Tours"),  # the rest names no job
    ],
)
def test_given_a_position_opening_with_a_known_place_when_cleaned_then_only_the_title_is_left(position, expected):
    assert without_lead_place(position) == expected


def test_given_markdown_lines_of_company_city_and_title_when_parsed_then_the_city_is_not_in_the_position():
    text = (
        "# Orin Vasquel\n\norin@example.com\n\n## Experience\n\n"
        "**Brightmoor Analytics**, Leeds Data Engineer    March 2019-June 2021\n\n"
        "Built nightly data loads in Python and Airflow for the sales team.\n\n"
        "**Corvane Group**, Hong Kong Summer Trainee    June-July 2017\n\n"
        "Kept the office inventory sheet in Excel.\n"
    )
    draft = parse_markdown(text)
    assert entries(draft) == [
        ("Brightmoor Analytics", "Data Engineer", "March 2019-June 2021"),
        ("Corvane Group", "Summer Trainee", "June-July 2017"),
    ]


def test_given_a_pdf_with_a_bold_company_then_city_and_title_in_roman_when_parsed_then_the_city_is_dropped():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Times-Bold", 20)
    page.drawString(72, 780, "Orin Vasquel")
    page.setFont("Times-Roman", 10)
    page.drawString(72, 762, "orin@example.com")
    page.setFont("Times-Bold", 13)
    page.drawString(72, 730, "Experience")
    y = 710
    for company, rest, dates, body in (
        ("Brightmoor Analytics", ", Edinburgh Data Engineer", "March 2019-June 2021", "Built nightly data loads."),
        ("Tallow Partners", ", Hong Kong Trainee", "May-August 2016", "Kept the office inventory sheet."),
    ):
        page.setFont("Times-Bold", 10)
        page.drawString(72, y, company)
        page.setFont("Times-Roman", 10)
        page.drawString(72 + page.stringWidth(company, "Times-Bold", 10), y, rest)
        page.drawRightString(523, y, dates)
        page.drawString(72, y - 14, body)
        y -= 40
    page.save()

    draft = parse_resume(buffer.getvalue(), filename="resume.pdf", today=TODAY).draft

    assert entries(draft) == [
        ("Brightmoor Analytics", "Data Engineer", "March 2019-June 2021"),
        ("Tallow Partners", "Trainee", "May-August 2016"),
    ]
