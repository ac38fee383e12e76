"""Several roles stacked under one employer line (resumes/parsing/stacked_roles.py): the employer
once, then per role a title line, a "Mon YYYY - Mon YYYY | City, Country" line and bullets. In
Markdown, in a DOCX of plain bold paragraphs, and in a two-column page printed by Chromium.
Invented people and employers."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.stacked_roles import stacked_title
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 1, 15)

ROLES = [
    ("NORTHWIND LABS", "Senior Platform Engineer", "Mar 2021 - Present", "Lisbon, Portugal"),
    ("NORTHWIND LABS", "Platform Engineer II-III", "Jan 2019 - Feb 2021", "Porto, Portugal"),
    ("HARBOR & FINCH CO.", "Associate, Data Engineering", "Jul 2017 - Dec 2018", "Austin, USA"),
    ("HARBOR & FINCH CO.", "Analyst, Data Engineering", "Jan 2016 - Jun 2017", "Austin, USA"),
    ("HARBOR & FINCH CO.", "Intern, Data Engineering", "May 2015 - Aug 2015", "Dallas, USA"),
]
BULLETS = {
    "Senior Platform Engineer": ["Moved the billing services to Kubernetes.", "Cut deploy time by 40 percent."],
    "Platform Engineer II-III": ["Built the internal CI pipeline with Jenkins."],
    "Associate, Data Engineering": ["Maintained Airflow jobs for the risk desk."],
    "Analyst, Data Engineering": ["Wrote SQL reports for the trading floor."],
    "Intern, Data Engineering": ["Automated a spreadsheet export in Python."],
}


def employers() -> list[tuple[str, list[tuple[str, str, str]]]]:
    grouped: dict[str, list[tuple[str, str, str]]] = {}
    for company, title, period, place in ROLES:
        grouped.setdefault(company, []).append((title, period, place))
    return list(grouped.items())


def markdown() -> str:
    out = ["# Mira Okonkwo", "", "mira.okonkwo@example.com", "", "## Experience", ""]
    for company, roles in employers():
        out += [f"### {company}", ""]
        for title, period, place in roles:
            out += [f"**{title}**", "", f"{period} | {place}", ""]
            out += [f"- {bullet}" for bullet in BULLETS[title]] + [""]
    out += ["## Education", "", "### Riverside State University", "B.S. Computer Science, 2011 - 2015"]
    return "\n".join(out)


def docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Mira Okonkwo").bold = True
    document.add_paragraph("mira.okonkwo@example.com")
    document.add_paragraph().add_run("EXPERIENCE").bold = True
    for company, roles in employers():
        document.add_paragraph().add_run(company).bold = True
        for title, period, place in roles:
            document.add_paragraph(title)
            document.add_paragraph(f"{period} | {place}")
            for bullet in BULLETS[title]:
                document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph().add_run("EDUCATION").bold = True
    document.add_paragraph("Riverside State University, B.S. Computer Science, 2011 - 2015")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SIDEBAR = (
    "<h2>Contact</h2><p>mira.okonkwo@example.com<br>+1 555 0100<br>github.com/mira-okonkwo</p>"
    "<h2>Skills</h2><p>Python<br>Go<br>Kubernetes<br>Airflow<br>PostgreSQL<br>Terraform</p>"
    "<h2>Coursework</h2><p>Distributed Systems<br>Databases<br>Operating Systems<br>Compilers<br>"
    "Networks<br>Statistics</p><h2>Languages</h2><p>English<br>Portuguese<br>Igbo</p>"
)


def two_column_html() -> str:
    """A sidebar on the left (contact, skills), the experience on the right, as Deedy-like
    templates lay it out: the employer in bold small capitals, the title in a larger light font,
    the period and place in grey."""
    main = ["<h2>Experience</h2>"]
    for company, roles in employers():
        main.append(f"<h3 class='employer'>{company.title()}</h3>")
        for title, period, place in roles:
            main.append(f"<div class='title'>{title}</div><div class='when'>{period} | {place}</div>")
            main.append("<ul>" + "".join(f"<li>{b}</li>" for b in BULLETS[title]) + "</ul>")
    main.append("<h2>Education</h2><p>Riverside State University<br>B.S. Computer Science, 2011 - 2015</p>")
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    body {{ font-family: sans-serif; margin: 0; }}
    h1 {{ text-align: center; font-weight: 300; font-size: 30px; }}
    .page {{ display: flex; gap: 24px; }}
    .side {{ width: 30%; font-size: 12px; }}
    .main {{ width: 70%; font-size: 12px; }}
    .employer {{ font-variant: small-caps; font-weight: bold; font-size: 15px; margin: 12px 0 2px; }}
    .title {{ font-size: 14px; font-weight: 300; }}
    .when {{ color: #777; font-size: 11px; }}
    </style></head><body><h1>Mira Okonkwo</h1><div class="page">
    <div class="side">{SIDEBAR}</div>
    <div class="main">{"".join(main)}</div></div></body></html>"""


def roles_of(draft: dict) -> list[tuple[str, str, str]]:
    return [(w["company"].upper(), w["position"], w["duration"]) for w in draft["work_experiences"]]


def assert_one_entry_per_role(draft: dict) -> None:
    assert roles_of(draft) == [(company, title, period) for company, title, period, _ in ROLES]
    for entry in draft["work_experiences"]:
        assert entry["project_name"] is None  # the city line is no project
        assert entry["achievements"] == BULLETS[entry["position"]]


def test_given_roles_stacked_under_markdown_employer_headings_when_parsed_then_each_role_is_an_entry():
    draft = parse_resume(markdown().encode(), filename="mira.md", today=TODAY).draft

    assert_one_entry_per_role(draft)


def test_given_roles_stacked_under_bold_employer_paragraphs_in_docx_when_parsed_then_each_role_is_an_entry():
    draft = parse_resume(docx(), filename="mira.docx", today=TODAY).draft

    assert_one_entry_per_role(draft)


@pytest.mark.browser
def test_given_stacked_roles_in_a_two_column_page_printed_by_chromium_when_parsed_then_each_role_is_an_entry(
    browser,  # noqa: F811
):
    page = browser.new_page()
    page.set_content(two_column_html(), wait_until="load")
    pdf = page.pdf(format="A4", print_background=True)

    draft = parse_resume(pdf, filename="mira.pdf", today=TODAY).draft

    assert_one_entry_per_role(draft)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Platform Engineer", True),
        ("Software Engineer II-III", True),
        ("Associate, Data Engineering", True),
        ("HARBOR & FINCH CO.", False),
        ("Lisbon, Portugal", False),
        ("Shipped the billing service to Kubernetes.", False),
    ],
)
def test_given_a_line_when_asked_whether_it_is_a_stacked_title_then_only_job_titles_are(text, title):
    assert stacked_title(text) is title
