"""A narrow sidebar on the right (a third of the page, as a Google Docs two-column template
sets it): read as a column of its own, after the main column, and page two's main column goes
on in the section page one's main column ended in. Drawn with ReportLab; invented text."""

from __future__ import annotations

from resumes.parsing import parse_resume
from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import DRAFT_TODAY, canvas_pdf

JOBS = [
    ("Harbor Tiles, Tacoma — Sales Representative", "March 2022 - June 2023"),
    ("Quill Media, Provo — Account Coordinator", "May 2020 - February 2022"),
]
MORE_JOBS = [("Cobalt Bank — Teller", "June 2018 - April 2020")]
DUTY = (
    "I visited small shops every week, learned what they needed from us and kept a careful record "
    "of every order so the warehouse could plan the next month."
)
SIDE = [
    "555-0142",
    "robin@example.com",
    "Harbor Street 4",
    "Goal setting",
    "Negotiation",
    "Spreadsheets",
    "Public speaking",
    "Scheduling",
    "Forklift licence",
    "First aid",
]


def main_column(page, y: float, heading: str | None, jobs) -> float:
    from reportlab.lib.utils import simpleSplit

    if heading:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(40, y, heading)
        y -= 22
    for title, period in jobs:
        page.setFont("Helvetica-Bold", 12)  # a job's title, larger than the section headings
        page.drawString(40, y, title)
        page.setFont("Helvetica", 9)
        page.drawString(40, y - 14, period)
        y -= 30
        page.setFont("Helvetica", 10)
        for part in simpleSplit(DUTY, "Helvetica", 10, 330):
            page.drawString(40, y, part)
            y -= 13
        y -= 16
    return y


def sidebar(page, y: float, heading: str, items: list[str]) -> None:
    page.setFont("Helvetica-Bold", 10)
    page.drawString(410, y, heading)
    y -= 20
    page.setFont("Helvetica", 10)
    for item in items:
        page.drawString(410, y, item)
        y -= 16


def two_pages() -> bytes:
    def first(page):
        page.setFont("Helvetica-Bold", 26)
        page.drawString(40, 800, "Robin Vale")
        main_column(page, 760, "EXPERIENCE", JOBS)
        sidebar(page, 760, "CONTACT", SIDE[:3])
        sidebar(page, 680, "SKILLS", SIDE[3:])
        sidebar(page, 480, "REFERENCES", ["Dana Holt, manager"])

    def second(page):
        main_column(page, 790, None, MORE_JOBS)
        sidebar(page, 790, "HOBBIES", SIDE[3:])

    return canvas_pdf(first, second)


def test_given_a_narrow_sidebar_right_of_the_main_column_when_read_then_the_main_column_is_read_whole_first():
    lines, notices = pdf_lines(two_pages())
    texts = [line.text for line in lines]

    assert [notice.code for notice in notices] == ["pdf_columns"]
    assert texts[:4] == ["Robin Vale", "EXPERIENCE", JOBS[0][0], JOBS[0][1]]
    assert texts.index(JOBS[1][1]) < texts.index("CONTACT") < texts.index("SKILLS")


def test_given_page_two_main_column_opening_with_a_job_title_when_read_then_it_follows_page_one_main_column():
    lines, _ = pdf_lines(two_pages())
    texts = [line.text for line in lines]

    assert texts.index(JOBS[1][1]) < texts.index(MORE_JOBS[0][0]) < texts.index("CONTACT")


def test_given_a_sidebar_template_over_two_pages_when_parsed_then_every_job_is_a_work_entry():
    draft = parse_resume(two_pages(), filename="resume.pdf", today=DRAFT_TODAY).draft

    companies = [work["company"] for work in draft["work_experiences"]]

    assert companies == ["Harbor Tiles", "Quill Media", "Cobalt Bank"]


def test_given_a_few_notes_set_far_right_between_the_lines_when_read_then_they_stay_in_page_order():
    lines_of_text = [
        "Our shop on the corner of Elm Street opens at seven and closes at nine.",
        "Every morning the bakery van brings fresh bread, rolls and two kinds of pie.",
        "We stock hardware, garden tools, paint and a small range of camping gear.",
        "Customers who order before noon get their parcels delivered the same day.",
        "The owner, a retired carpenter, repairs chairs in the back room for free.",
        "In winter we lend snow shovels to neighbours who have none of their own.",
        "A notice board by the door lists lost pets, lessons and rooms to rent.",
        "Students from the college get a tenth off their bill on Wednesdays.",
        "Thank you for reading, and we hope to see you in the shop very soon.",
    ]

    def draw(page):
        y = 760.0
        for index, text in enumerate(lines_of_text):
            page.setFont("Helvetica", 10)
            page.drawString(40, y, text)
            if index % 2:
                page.setFont("Helvetica", 7)
                page.drawString(430, y - 7, "Approved by the head office, 2 May")
            y -= 15

    lines, notices = pdf_lines(canvas_pdf(draw))
    texts = [line.text for line in lines]

    assert notices == []
    assert texts.index("Approved by the head office, 2 May") < texts.index(lines_of_text[-1])
