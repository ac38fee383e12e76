"""A two-column skills table at the end of a PDF: a heading ("Languages and Frameworks"), then
rows whose label is right-aligned in a narrow left column and whose list sits beside it. The
text layer gives one line per row with a plain space for the column gap; the label is still
the row's category, and one-letter languages and "Go" in the row are skills. Drawn with
ReportLab's canvas; the person and the lines are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.lines import Line
from resumes.parsing.skill_rows import split_gap_labels
from tests.resumes.documents import canvas_pdf

TODAY = datetime.date(2026, 2, 1)


def test_given_a_two_column_skills_table_with_right_aligned_labels_when_parsed_then_each_row_is_read():
    def draw(page):
        page.setFont("Helvetica-Bold", 18)
        page.drawString(60, 790, "Corin Vale")
        page.setFont("Helvetica", 10)
        page.drawString(60, 772, "corin.vale@example.org")
        page.setFont("Helvetica-Bold", 13)
        page.drawString(60, 740, "Experience")
        page.setFont("Helvetica", 10)
        page.drawString(60, 722, "Tidewater Analytics, Lisbon Data Engineer")
        page.drawRightString(535, 722, "March 2019-May 2021")
        page.drawString(60, 708, "Kept the nightly loads on Kafka running and wrote the alerting rules.")
        page.setFont("Helvetica-Bold", 13)
        page.drawString(60, 670, "Languages and Frameworks")
        page.setFont("Helvetica", 10)
        page.drawRightString(190, 650, "Programming Languages")
        page.drawString(215, 650, "Scala, Python, C, R, OCaml, Go")
        page.drawRightString(190, 634, "Tools and Frameworks")
        page.drawString(215, 634, "Linux, Git, pandas, Travis-CI, Nomadly")

    draft = parse_resume(canvas_pdf(draw), filename="cv.pdf", today=TODAY).draft
    skills = draft["technical_skills"]
    assert skills["programming_languages"] == ["Scala", "Python", "C", "R", "OCaml", "Go"]
    assert skills["frameworks"] == ["Linux", "Git", "pandas", "Travis-CI", "Nomadly"]


def test_given_rows_that_only_look_labelled_when_read_then_they_are_left_alone():
    lines = [Line("Cloud Firestore, Cloud Functions"), Line("Databases MySQL, Redis"), Line("Java, Go")]
    assert [line.text for line in split_gap_labels(lines)] == [
        "Cloud Firestore, Cloud Functions",
        "Databases: MySQL, Redis",
        "Java, Go",
    ]
