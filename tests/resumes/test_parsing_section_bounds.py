"""Where a section ends when a bold label opened it, and a glyph set large that is no heading."""

from __future__ import annotations

from resumes.parsing import sections
from resumes.parsing.markup import markdown_lines
from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import canvas_pdf


def outline(markdown: str) -> list[tuple[str, list[str]]]:
    found, _ = sections.split_sections(markdown_lines(markdown))
    return [(name, [line.text for line in part]) for name, part in found]


def test_given_a_bold_languages_label_inside_education_when_split_then_the_next_unknown_heading_ends_it():
    markdown = (
        "## Education\n\nNorthfield University\n\n**Languages**\n\n- English: fluent\n\n"
        "## Others\n\nBeach clean-up volunteer\n\n## Project Details\n\n"
        "**Ledger sync service**\n\n- Cut the nightly reconciliation from two hours to ten minutes\n"
    )

    found = outline(markdown)

    assert [name for name, _ in found][-3:] == [sections.IGNORED, sections.IGNORED, sections.PROJECTS]
    assert "Ledger sync service" in found[-1][1]


def test_given_prose_accomplishments_under_a_heading_after_a_bold_skills_label_when_split_then_they_are_no_skills():
    markdown = (
        "# Qualifications\n\nSeasoned engineer.\n\n**Key Skills**\n\nAPI design, data modelling\n\n"
        "## Selected Accomplishments\n\nAt Brightwater, designed the new sign-in flow.\n\n"
        "- Cut support tickets by a third\n\n## Technologies\n\nRuby, PostgreSQL\n"
    )

    found = outline(markdown)

    assert found[2:] == [
        (sections.SKILLS, ["API design, data modelling"]),
        (sections.SUMMARY, ["At Brightwater, designed the new sign-in flow.", "Cut support tickets by a third"]),
        (sections.SKILLS, ["Ruby, PostgreSQL"]),
    ]


def test_given_a_large_asterisk_alone_before_a_wrapped_sub_item_when_read_then_it_marks_one_item():
    def draw(page):
        page.setFont("Helvetica-Bold", 10)
        page.drawString(60, 760, "Results:")
        rows = [
            (True, "Faster audits: finance closes the month two days earlier than before and the team"),
            (False, "no longer copies figures by hand."),
            (True, "Fewer pages: the on-call rota sees one alert a week."),
        ]
        y = 744.0
        for starred, text in rows:
            if starred:
                page.setFont("Helvetica", 13)
                page.drawString(70, y - 2, "*")
            page.setFont("Helvetica", 10)
            page.drawString(82, y, text)
            y -= 12

    lines, _ = pdf_lines(canvas_pdf(draw))

    assert [(line.text, line.bullet) for line in lines if line.text != "Results:"] == [
        (
            "Faster audits: finance closes the month two days earlier than before and the team "
            "no longer copies figures by hand.",
            True,
        ),
        ("Fewer pages: the on-call rota sees one alert a week.", True),
    ]
