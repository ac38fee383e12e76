"""Layouts that span pages: a main column beside a sidebar that runs on to the next page
without a heading (the AltaCV layout). Drawn with ReportLab's canvas; invented text."""

from __future__ import annotations

from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import canvas_pdf

MAIN = [
    "Rebuilt the billing exports so month-end closing takes one hour instead of two days.",
    "Moved the nightly batch jobs to a queue and cut the failed runs by ninety percent.",
    "Mentored four junior engineers through their first on-call rotations and reviews.",
    "Wrote the runbook for the payment gateway and trained support staff to use it.",
]
MORE = [
    "Kept the reconciliation service within its latency budget through peak season.",
    "Replaced the hand-written release checklist with a pipeline that signs builds.",
]
SIDE = ["Backend engineer who likes quiet pagers.", "Lives in a small coastal town.", "Reads about databases."]


def main_column(page, y: float, heading: str | None, items: list[str]) -> None:
    from reportlab.lib.utils import simpleSplit

    if heading:
        page.setFont("Helvetica-Bold", 15)
        page.drawString(40, y, heading)
        y -= 22
    page.setFont("Helvetica", 10)
    for item in items:
        for part in simpleSplit(item, "Helvetica", 10, 280):
            page.drawString(40, y, part)
            y -= 13
        y -= 6


def sidebar(page, y: float, heading: str, items: list[str]) -> None:
    page.setFont("Helvetica-Bold", 15)
    page.drawString(390, y, heading)
    y -= 25
    page.setFont("Helvetica", 10)
    for item in items:
        page.drawString(390, y, item[:30])
        page.drawString(390, y - 15, item[30:])
        y -= 37


def test_given_a_main_column_continuing_on_page_two_when_read_then_it_follows_page_one_main_column():
    def first(page):
        main_column(page, 780, "Experience", MAIN)
        sidebar(page, 784, "Summary", SIDE)

    def second(page):
        main_column(page, 780, None, MORE)
        sidebar(page, 784, "Interests", SIDE)

    lines, _ = pdf_lines(canvas_pdf(first, second))
    texts = [line.text for line in lines]

    assert texts[:7] == ["Experience", *MAIN, *MORE]
    assert texts.index("Summary") < texts.index("Interests")
    assert texts.index(MORE[-1]) < texts.index("Summary")


def test_given_page_two_columns_opening_with_headings_when_read_then_pages_keep_their_order():
    def first(page):
        main_column(page, 780, "Experience", MAIN)
        sidebar(page, 784, "Summary", SIDE)

    def second(page):
        main_column(page, 780, "Projects", MORE)
        sidebar(page, 784, "Interests", SIDE)

    lines, _ = pdf_lines(canvas_pdf(first, second))
    texts = [line.text for line in lines]

    assert texts.index("Summary") < texts.index("Projects") < texts.index("Interests")


def test_given_a_running_header_and_footer_on_every_page_when_read_then_they_are_dropped():
    def page_of(number: int, items: list[str]):
        def draw(page):
            page.setFont("Helvetica", 8)
            page.drawString(40, 815, f"Updated 2026-0{number}-01 · Robin Vale · Curriculum vitae {number}")
            page.drawString(480, 20, f"Page {number} of 2")
            main_column(page, 760, "Experience" if number == 1 else None, items)

        return draw

    lines, _ = pdf_lines(canvas_pdf(page_of(1, MAIN), page_of(2, MORE)))
    texts = [line.text for line in lines]

    assert texts == ["Experience", *MAIN, *MORE]


def test_given_a_one_page_footer_holding_its_page_number_in_a_cell_when_read_then_it_is_dropped():
    def draw(page):
        main_column(page, 760, "Experience", MAIN)
        page.setFont("Helvetica", 8)
        page.drawString(40, 24, "May 3, 2026")
        page.drawString(260, 24, "Robin Vale · Résumé")
        page.drawString(540, 24, "1")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == ["Experience", *MAIN]


def test_given_the_same_name_at_the_top_of_every_page_when_read_then_it_is_kept_once():
    def page_of(number: int, items: list[str]):
        def draw(page):
            page.setFont("Helvetica", 8)
            page.drawString(40, 815, "Robin Vale")
            main_column(page, 760, "Experience" if number == 1 else None, items)

        return draw

    lines, _ = pdf_lines(canvas_pdf(page_of(1, MAIN), page_of(2, MORE)))

    assert [line.text for line in lines] == ["Robin Vale", "Experience", *MAIN, *MORE]


def test_given_unbulleted_one_sentence_lines_running_nearly_to_the_margin_when_read_then_each_stays_a_line():
    rows = [
        ("Platform Engineer", "March 2021 - Present"),
        ("Cut the failed nightly exports by a third by retrying the flaky storage calls.", None),
        ("Reduced the monthly cloud bill by moving idle test clusters to a schedule.", None),
        ("Support Engineer Intern", "June - August 2020"),
        ("Answered the support queue and wrote the first version of the status page", None),
        ("for the mobile app, which the team still uses today.", None),
    ]

    def draw(page):
        y = 760.0
        page.setFont("Helvetica", 10)
        for text, dates in rows:
            page.drawString(40, y, text)
            if dates:
                page.drawRightString(400, y, dates)
            y -= 13

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == [
        "Platform Engineer\tMarch 2021 - Present",
        rows[1][0],
        rows[2][0],
        "Support Engineer Intern\tJune - August 2020",
        f"{rows[4][0]} {rows[5][0]}",
    ]


def test_given_a_justified_paragraph_with_a_sentence_ending_at_the_margin_when_read_then_it_is_one_paragraph():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows = [
        "Kernel engineer who keeps the scheduler tests green and the release notes",
        "short, and who answers the mailing list within a day of every new question.",
        "Moved from embedded boards to cloud hosts and still tunes the allocator",
        "on weekends.",
    ]

    def draw(page):
        y = 760.0
        for index, row in enumerate(rows):
            text = page.beginText(40, y)
            text.setFont("Helvetica", 10)
            if index < len(rows) - 1:  # justified: every line but the last reaches the margin
                text.setWordSpace((380 - stringWidth(row, "Helvetica", 10)) / row.count(" "))
            text.textLine(row)
            page.drawText(text)
            y -= 13

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == [" ".join(rows)]


def test_given_page_two_main_column_opening_with_a_larger_job_title_when_read_then_it_still_follows_page_one():
    def first(page):
        page.setFont("Helvetica-Bold", 22)
        page.drawString(40, 800, "Robin Vale")
        main_column(page, 770, "Experience", MAIN)
        sidebar(page, 774, "Summary", SIDE)

    def second(page):
        page.setFont("Helvetica", 12)
        page.drawString(40, 790, "Support Engineer")  # a job's title, larger than the text
        main_column(page, 770, None, MORE)
        sidebar(page, 784, "Interests", SIDE)

    lines, _ = pdf_lines(canvas_pdf(first, second))
    texts = [line.text for line in lines]

    assert texts.index(MAIN[-1]) < texts.index("Support Engineer") < texts.index("Summary")
    assert texts.index(MORE[-1]) < texts.index("Summary") < texts.index("Interests")
