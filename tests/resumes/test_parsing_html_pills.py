"""Technologies shown as pills: a row of <span> (or <code>) items with only spaces between them
is a list, whether the HTML is a page of its own or a block inside Markdown; read as one run of
words it would be one item ("Java Kotlin Spring Boot"). All lines here are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.markup import html_lines

TODAY = datetime.date(2026, 2, 1)


def test_given_a_row_of_span_pills_when_read_then_they_are_one_comma_list():
    lines = html_lines(
        '<div class="stack">\n  <span>Go</span>\n  <span>gRPC, Protobuf</span>\n  <span>Redis</span>\n</div>'
    )
    assert [line.text for line in lines] == ["Go, gRPC, Protobuf, Redis"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Built with <span>Go</span> and <span>Redis</span></p>",
        "<p><span>Go</span> <b>Redis</b></p>",
        "<div><span>Go <b>1.22</b></span> <span>Redis</span></div>",
    ],
)
def test_given_spans_inside_prose_or_mixed_markup_when_read_then_the_text_is_as_written(html):
    assert "," not in " ".join(line.text for line in html_lines(html))


def test_given_skills_shown_as_pills_in_markdown_when_parsed_then_each_pill_is_a_technology():
    text = (
        "# Mira Sol\n\n## Skills\n\n"
        '<div class="tech-stack">\n  <span>Kotlin</span>\n  <span>Ktor, Exposed</span>\n  <span>PostgreSQL</span>\n</div>\n'
    )
    skills = parse_resume(text.encode(), filename="cv.md", today=TODAY).draft["technical_skills"]
    assert sorted(name for names in skills.values() for name in names) == ["Exposed", "Kotlin", "Ktor", "PostgreSQL"]
