"""A bold "Skill Areas" (or "Areas of Expertise") line in a Word resume is the skills heading:
the labelled lists under it ("Languages: ...", "Tools & Practices: ...") are the skills, not the
last lines of the activities section before it."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume, sections
from resumes.parsing.markup import markdown_lines

TODAY = datetime.date(2026, 1, 15)


def bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def word_resume(skills_heading: str) -> bytes:
    from docx import Document

    document = Document()
    bold(document, "Mira Castellan")
    document.add_paragraph("mira.castellan@example.com")
    bold(document, "Work Experience")
    document.add_paragraph("Lantern Fields Ltd\tPortsmouth, UK")
    document.add_paragraph("Junior Developer\tMarch 2021 – June 2023")
    document.add_paragraph("Kept the booking screens tidy and fast.", style="List Paragraph")
    bold(document, "Volunteering & Leadership")
    document.add_paragraph("Harbour Chess Club\tPortsmouth, UK")
    document.add_paragraph("Treasurer\tSeptember 2019 – May 2020")
    document.add_paragraph("Ran the yearly tournament budget.", style="List Paragraph")
    bold(document, skills_heading)
    document.add_paragraph("Languages: Proficient in Kotlin, Rust, Haskell", style="List Paragraph")
    document.add_paragraph("Tools & Practices: Git, Redis, Django, Kanban", style="List Paragraph")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("heading", ["Skill Areas", "Areas of Expertise"])
def test_given_a_bold_skill_areas_line_after_activities_when_parsed_then_its_lists_are_the_skills(heading):
    draft = parse_resume(word_resume(heading), today=TODAY).draft
    skills = draft["technical_skills"]
    named = {name for group in skills.values() for name in group}
    assert {"Kotlin", "Rust", "Haskell", "Git", "Redis", "Django"} <= named


def test_given_a_skill_areas_heading_when_read_then_it_names_the_skills_section():
    assert sections.heading_of(markdown_lines("**Skill Areas**")[0]) == sections.SKILLS
