"""Job cards of JSON Resume themes and portfolio pages (people and employers invented): each job
a `<section>` or `<li>` holding the company, the position and a date range in spans or divs,
a summary and a `<ul>` of highlights. The card's head elements are one entry's header cells
(markup_fields.entry_context counts a `.date` holding `.startDate` and `.endDate` once;
htmltree.row_cells reads the inline elements opening a card as a row, whose cells stay apart
while the header's parts are told: blocks.Item.title), its highlights the entry's bullets, its
summary the entry's description. The same page printed by Chromium reads alike."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
JOBS = [
    (
        "Northwind Labs",
        "Staff Engineer",
        "2019-03",
        "Present",
        "Leads the billing platform team.",
        ["Rebuilt the invoice pipeline in Go.", "Cut the month-end close from two days to one hour."],
    ),
    (
        "Heron Freight",
        "Software Engineer",
        "2015-06",
        "2019-02",
        "Built the parcel search service.",
        ["Wrote the indexer in Java.", "Kept query latency under 50 ms at peak."],
    ),
]
HIGHLIGHTS = ' class="highlights"'
EXPECTED = [
    (company, position, f"{start} — {end}", highlights) for company, position, start, end, _, highlights in JOBS
]


def highlights(items: list[str], css: str = "") -> str:
    return f"<ul{css}>{''.join(f'<li>{item}</li>' for item in items)}</ul>"


def classed_section(company, position, start, end, summary, items) -> str:
    """The stackoverflow theme's shape: dates in two spans inside a `.date`."""
    return (
        '<section class="work-item"><header>'
        f'<div class="position">{position}</div><div class="company">{company}</div>'
        f'<div class="date"><span class="startDate">{start}</span> <span class="endDate">— {end}</span></div>'
        f'</header><div class="item"><div class="summary"><p>{summary}</p></div>'
        f"{highlights(items, HIGHLIGHTS)}</div></section>"
    )


def classed_item(company, position, start, end, summary, items) -> str:
    return (
        f'<li class="job"><span class="company">{company}</span><span class="position">{position}</span>'
        f'<span class="date">{start} — {end}</span><div class="summary">{summary}</div>'
        f"{highlights(items, HIGHLIGHTS)}</li>"
    )


def bare_item(company, position, start, end, summary, items) -> str:
    """A portfolio page styling its cards by position alone: no class names."""
    return (
        f"<li><span>{company}</span><span>{position}</span><span>{start} — {end}</span>"
        f"<p>{summary}</p>{highlights(items)}</li>"
    )


CARDS = {
    "section cards, a date range in start and end spans": ("<section id='work'>", "</section>", classed_section),
    "list item cards with classed spans": ("<ul class='jobs'>", "</ul>", classed_item),
    "list item cards without class names": ("<ul class='jobs'>", "</ul>", bare_item),
}


def page(name: str) -> str:
    opening, closing, card = CARDS[name]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Avery Quill</title><style>"
        "ul.jobs { list-style: none; padding: 0 } ul.jobs > li > span, header > div { display: inline-block;"
        " margin-right: 2em } header, ul.jobs > li { margin-top: 1em }</style></head><body>"
        "<header><h1>Avery Quill</h1><div class='label'>Backend Engineer</div></header>"
        "<p>avery@example.com</p>"
        f"<section class='section'><h2>Work</h2>{opening}{''.join(card(*job) for job in JOBS)}{closing}</section>"
        "<section><h2>Education</h2><div>Harbour University — BSc Computer Science — 2015</div></section>"
        "</body></html>"
    )


def work(data: bytes, filename: str) -> list[tuple]:
    draft = parse_resume(data, filename=filename, today=TODAY).draft
    return [(w["company"], w["position"], w["duration"], w["achievements"]) for w in draft["work_experiences"]]


@pytest.mark.parametrize("name", list(CARDS))
def test_given_json_resume_job_cards_when_parsed_then_each_card_is_one_entry_with_its_highlights(name):
    assert work(page(name).encode(), "cv.html") == EXPECTED


@pytest.mark.parametrize("name", list(CARDS))
def test_given_a_job_card_summary_when_parsed_then_it_describes_its_entry(name):
    draft = parse_resume(page(name).encode(), filename="cv.html", today=TODAY).draft

    assert [w["project_description"] for w in draft["work_experiences"]] == [job[4] for job in JOBS]


@pytest.mark.browser
def test_given_the_cards_printed_by_chromium_when_parsed_then_they_read_as_the_page(browser):  # noqa: F811
    printed = browser.new_page()
    for name in CARDS:
        printed.set_content(page(name), wait_until="load")

        assert work(printed.pdf(format="A4"), "cv.pdf") == EXPECTED, name
