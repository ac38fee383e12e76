"""Columns that share part of a page, read each top to bottom: a flex row of three equal
columns under a full-width summary (their lines share baselines, so a row-by-row reading
merges them), a two-column justified summary under a header, and a key-value list and right-
aligned dates that are not columns. Drawn with ReportLab's canvas; invented text."""

from __future__ import annotations

from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import canvas_pdf

WIDTH = 150.0  # each column's width; gutters of 24 points


def wrapped(text: str, width: float, size: float = 10) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, "Helvetica", size, width)


def column(page, x: float, y: float, heading: str, items: list[str]) -> None:
    page.setFont("Helvetica-Bold", 13)
    page.drawString(x, y, heading)
    y -= 20
    page.setFont("Helvetica", 10)
    for item in items:
        for part in wrapped(item, WIDTH):
            page.drawString(x, y, part)
            y -= 13
        y -= 8  # the space between two items


CAREER = ["Harbor Freight Lines (2022.05 ~ present, platform team)", "Blue Finch Labs intern (2021.03 ~ 2021.06)"]
STUDY = ["Search engine study group (2024.08 ~ ongoing)", "Distributed systems reading circle (2023.07 ~ 2024.02)"]
AWARDS = ["First prize, open source developer contest 2024", "Grand prize, software architecture awards 2023"]


def test_given_three_side_by_side_columns_when_read_then_each_column_is_read_top_to_bottom():
    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(40, 780, "Backend developer who likes small, well-tested services and calm on-call weeks.")
        column(page, 40, 740, "Career", CAREER)
        column(page, 214, 740, "Study", STUDY)
        column(page, 388, 740, "Awards", AWARDS)
        page.setFont("Helvetica-Bold", 16)
        page.drawString(40, 600, "Skills")
        page.setFont("Helvetica", 10)
        page.drawString(40, 580, "Java, Spring Boot, Kubernetes")

    lines, notices = pdf_lines(canvas_pdf(draw))
    texts = [line.text for line in lines]

    assert texts[0].startswith("Backend developer")
    assert texts[1:] == [
        "Career",
        *CAREER,
        "Study",
        *STUDY,
        "Awards",
        *AWARDS,
        "Skills",
        "Java, Spring Boot, Kubernetes",
    ]
    assert notices


def test_given_a_justified_two_column_summary_under_a_header_when_read_then_the_left_column_comes_first():
    left = " ".join(["Kernel engineer who maintains the scheduler tests and writes the release notes."] * 3)
    right = " ".join(["Moved from embedded boards to cloud hosts and still tunes the memory allocator."] * 3)

    def draw(page):
        page.setFont("Helvetica-Bold", 16)
        page.drawString(40, 790, "Summary")
        page.setFont("Helvetica", 10)
        for x, text in ((40, left), (300, right)):
            y = 765
            for part in wrapped(text, 245):
                page.drawString(x, y, part)
                y -= 12

    lines, _ = pdf_lines(canvas_pdf(draw))

    texts = [line.text for line in lines]

    assert texts[0] == "Summary"
    assert " ".join(texts[1:]) == f"{left} {right}"


def test_given_a_key_value_list_and_right_aligned_dates_when_read_then_each_row_stays_one_line():
    rows = [("Name", "Jonas Weber"), ("Email", "jonas@example.com"), ("Phone", "+49 30 1234 5678")]
    rows += [("City", "Leipzig"), ("Languages", "German, English")]

    def draw(page):
        page.setFont("Helvetica", 10)
        y = 780
        for label, value in rows:
            page.drawString(40, y, label)
            page.drawString(160, y, value)
            y -= 13
        for title, dates in (
            ("Platform Engineer, Northwind", "2021.03 - 2024.02"),
            ("Intern, Contoso", "2019.07 - 2019.12"),
        ):
            y -= 6
            page.drawString(40, y, title)
            page.drawRightString(550, y, dates)
            y -= 13

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == [
        *(f"{label}\t{value}" for label, value in rows),
        "Platform Engineer, Northwind\t2021.03 - 2024.02",
        "Intern, Contoso\t2019.07 - 2019.12",
    ]


def test_given_a_paragraph_whose_first_line_is_indented_when_read_then_its_lines_are_one_paragraph():
    text = " ".join(["Started with home projects and rebuilt a small kernel on an old laptop every weekend."] * 2)

    def draw(page):
        page.setFont("Helvetica", 10)
        parts = wrapped(text, 400)
        page.drawString(55, 780, parts[0])  # the first line indented by 1.5 em, as LaTeX sets it
        rest = wrapped(text[len(parts[0]) + 1 :], 415)
        for index, part in enumerate(rest, 1):
            page.drawString(40, 780 - 12 * index, part)

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == [text]


def test_given_a_line_wrapped_because_its_next_word_did_not_fit_when_read_then_the_two_rows_are_one_line():
    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(40, 780, "Harbor Freight Lines intern (2021.03 ~ 2021.06)")
        # ends 45 points short of the edge: more than a short word, less than "(Hamburg)"
        page.drawString(40, 760, "Blue Finch Labs, analytics (2018.03 ~")
        page.drawString(40, 748, "(Hamburg) 2019.03)")
        page.drawString(40, 720, "Java, Kotlin")

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [line.text for line in lines] == [
        "Harbor Freight Lines intern (2021.03 ~ 2021.06)",
        "Blue Finch Labs, analytics (2018.03 ~ (Hamburg) 2019.03)",
        "Java, Kotlin",
    ]
