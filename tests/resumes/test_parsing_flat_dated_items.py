"""A Jekyll page renders LinkedIn data as "<li><b>Month YYYY - Month YYYY, Company</b><br>Title
<br>Summary</li>"; made into a Word file, each part is a list item of its own at one level. The
dated item opening with its period is an employer (not a dated achievement of the job above),
and the role item right under it is its title. The person and employers are invented."""

from __future__ import annotations

import datetime
import io

from docx import Document

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

JOBS = [
    (
        "May 2021 - Present",
        "Larkspur Freight",
        "Lead Backend Developer",
        "Rebuilt route pricing in Go, cutting quote time by half.",
    ),
    (
        "March 2018 - April 2021",
        "Tallow & Pine Studio",
        "Web Developer",
        "Shipped fourteen client sites on one component library.",
    ),
]


def _docx() -> bytes:
    document = Document()
    document.add_paragraph("Oriel Vantongeren")
    document.add_paragraph("oriel@example.com")
    document.add_heading("Work Experience", level=2)
    for period, company, title, summary in JOBS:
        document.add_paragraph(style="List Bullet").add_run(f"{period}, {company}").bold = True
        document.add_paragraph(title, style="List Bullet")
        document.add_paragraph(summary, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_period_first_employer_items_with_title_items_when_parsed_then_each_is_an_employer_with_its_title():
    work = parse_resume(_docx(), filename="resume.docx", today=TODAY).draft["work_experiences"]

    assert [(w["company"], w["position"], w["duration"]) for w in work] == [
        (company, title, period) for period, company, title, _ in JOBS
    ]
    assert work[0]["achievements"] == [JOBS[0][3]]
