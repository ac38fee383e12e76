"""A job title set apart with no period over its dated employer line ("Employer, City, ST |
period"): the employer is the entry's company, its place off (employer_below.py), including a
state as newspapers abbreviate it ("Tacoma, Wash.", places.py). Invented people and employers."""

from __future__ import annotations

import datetime
import io

from resumes.parsing import parse_resume
from resumes.parsing.employer_below import employer_of
from resumes.parsing.places import is_place

TODAY = datetime.date(2026, 1, 15)

JOBS = [
    ("Software Developer", "Brightline Fixtures, Tacoma, Wash. | 2019- Present", ["Rewrote the parts catalog API."]),
    ("Warehouse Team Lead", "Brightline Fixtures, Tacoma, Wash. | 2012- 2019", ["Planned shift rotas for the dock."]),
    ("Freelance Web Designer", "Quillmoor Studio | 2015- 2019", ["Built sites for local charities."]),
]


def word_resume() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Marlow Pennick", level=0)
    document.add_paragraph("marlow.pennick@example.com")
    document.add_heading("Work Experience", level=1)
    for title, employer_line, bullets in JOBS:
        document.add_heading(title, level=2)
        document.add_heading(employer_line, level=3)
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("Coastal Community College, A.S. Computer Science\t2010")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_title_headings_over_dated_employer_headings_when_parsed_then_the_employer_is_the_company():
    draft = parse_resume(word_resume(), filename="marlow.docx", today=TODAY).draft

    found = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert found == [
        ("Brightline Fixtures", "Software Developer", "2019- Present"),
        ("Brightline Fixtures", "Warehouse Team Lead", "2012- 2019"),
        ("Quillmoor Studio", "Freelance Web Designer", "2015- 2019"),
    ]
    assert not any(w["project_name"] for w in draft["work_experiences"])
    assert draft["work_experiences"][0]["achievements"] == ["Rewrote the parts catalog API."]


def test_given_bold_titles_over_dated_employer_lines_in_markdown_when_parsed_then_the_employer_is_the_company():
    text = (
        "# Marlow Pennick\n\n## Experience\n\n"
        "**Data Analyst**\n\nHarrowgate Mills, Fresno, Calif. | 2020 - 2023\n\n- Built the weekly yield report\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert (job["company"], job["position"]) == ("Harrowgate Mills", "Data Analyst")
    assert job["achievements"] == ["Built the weekly yield report"]


def test_given_a_company_over_a_dated_title_when_parsed_then_the_title_is_still_the_position():
    text = (
        "# Marlow Pennick\n\n## Experience\n\n**Harrowgate Mills**\n\nData Analyst | 2020 - 2023\n\n- Built reports\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert (job["company"], job["position"]) == ("Harrowgate Mills", "Data Analyst")


def test_given_a_newspaper_state_abbreviation_when_read_then_it_ends_a_place_and_an_employer_line():
    assert is_place("St. Albans, Mo.")
    assert is_place("Fresno, Calif.")
    assert not is_place("Mo.")
    assert employer_of("Harrowgate Mills, Fresno, Calif.") == "Harrowgate Mills"
    assert employer_of("Shipped the release on time.") is None
