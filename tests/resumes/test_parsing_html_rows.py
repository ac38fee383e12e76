"""HTML job cards whose company sits in an inline element beside its dates (htmltree.row_cells,
markup_fields.names_cells): the company and the period are cells of one row, kept on one line
with a column gap between them, or read as their fields where their class names say which.
The same page printed by Chromium or converted to DOCX reads alike. People and employers are
invented."""

from __future__ import annotations

import datetime

import pytest

from bench.parse_corpus_render import render_docx
from resumes.parsing import parse_resume
from resumes.parsing.markup import html_lines
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
JOBS = [
    ("Senior Engineer", "Northwind Labs", "2019 – 2022", "Rebuilt the billing pipeline in Go."),
    ("Software Engineer", "Bluefin Systems", "2016 – 2019", "Wrote the search service in Java."),
]
EXPECTED = [(company, title, period) for title, company, period, _ in JOBS]
# One card per job, in the shapes card layouts take: {t} title, {c} company, {d} dates, {b} a bullet.
CARDS = {
    "title in a classed div, company and dates classed spans in a row": (
        '<div class="job"><div class="title">{t}</div>'
        '<div><span class="company">{c}</span><span class="dates">{d}</span></div><ul><li>{b}</li></ul></div>'
    ),
    "dates before the company": (
        '<div class="job"><h3>{t}</h3><p><span class="period">{d}</span> <span class="org">{c}</span></p>'
        "<ul><li>{b}</li></ul></div>"
    ),
    "a linked company against its dates, no class names": (
        '<div><h3>{t}</h3><div><a href="https://example.com">{c}</a><span>{d}</span></div><ul><li>{b}</li></ul></div>'
    ),
    "role and period in a row above the company": (
        '<div class="job"><div class="row"><span class="role">{t}</span><span class="period">{d}</span></div>'
        '<div class="company">{c}</div><ul><li>{b}</li></ul></div>'
    ),
}
# Read right from the page only: printed or converted, "Northwind Labs Lisbon 2019 – 2022" is one
# run of words whose place no reader can tell from the company.
PAGE_ONLY = {
    "company, place and duration classed spans": (
        '<article class="card"><h4>{t}</h4><p><span class="employer">{c}</span> <span class="location">Lisbon</span> '
        '<span class="duration">{d}</span></p><ul><li>{b}</li></ul></article>'
    ),
}


def page(card: str) -> str:
    jobs = "".join(card.format(t=title, c=company, d=period, b=bullet) for title, company, period, bullet in JOBS)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>.row,div>div{display:flex;gap:2em}</style></head>"
        f"<body><h1>Avery Quill</h1><p>avery@example.com</p><h2>Experience</h2>{jobs}</body></html>"
    )


def work(data: bytes, filename: str) -> list[tuple]:
    draft = parse_resume(data, filename=filename, today=TODAY).draft
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


@pytest.mark.parametrize("card", [*CARDS.values(), *PAGE_ONLY.values()], ids=[*CARDS, *PAGE_ONLY])
def test_given_job_cards_with_the_company_inline_beside_the_dates_when_parsed_then_each_job_has_its_company(card):
    assert work(page(card).encode(), "cv.html") == EXPECTED


@pytest.mark.parametrize("card", list(CARDS.values()), ids=list(CARDS))
def test_given_the_same_cards_converted_to_docx_when_parsed_then_they_read_as_the_page(card):
    assert work(render_docx(page(card)), "cv.docx") == EXPECTED


@pytest.mark.browser
def test_given_the_cards_printed_by_chromium_when_parsed_then_they_read_as_the_page(browser):  # noqa: F811
    printed = browser.new_page()
    for name, card in CARDS.items():
        printed.set_content(page(card), wait_until="load")

        assert work(printed.pdf(format="A4"), "cv.pdf") == EXPECTED, name


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p><span>Northwind Labs</span> <span>2019 – 2022</span></p>", ["Northwind Labs\t2019 – 2022"]),
        ('<div><a href="https://example.com">Northwind Labs</a><span>2019</span></div>', None),
        ("<p><strong>Northwind Labs</strong> <em>Mar 2019 – Present</em></p>", ["Northwind Labs\tMar 2019 – Present"]),
    ],
)
def test_given_inline_siblings_with_only_spaces_between_them_when_read_then_they_are_one_line_with_a_gap(
    html, expected
):
    [line] = html_lines(html)

    if expected is None:  # a link shows its address; the period still stands apart from it
        assert line.text == "Northwind Labs https://example.com\t2019"
    else:
        assert [line.text] == expected


@pytest.mark.parametrize(
    "html",
    [
        "<p>Built with <span>Go</span> and <span>Redis</span>, then <b>shipped</b> it.</p>",
        "<ul><li><strong>Led</strong> <em>the migration to Kubernetes</em></li></ul>",
        "<p><span>Go</span><br><span>Redis</span></p>",
    ],
)
def test_given_inline_elements_inside_prose_or_across_a_break_when_read_then_no_gap_is_added(html):
    assert all("\t" not in line.text for line in html_lines(html))


def test_given_a_row_of_skill_pills_when_read_then_it_stays_one_comma_list():
    [line] = html_lines('<div class="tags"><span>Go</span> <span>Redis</span> <span>Kafka</span></div>')

    assert line.text == "Go, Redis, Kafka"


def test_given_classed_cells_of_a_row_inside_a_card_when_read_then_each_is_its_field():
    lines = html_lines(
        '<div class="job"><h3>Data Analyst</h3>'
        '<p><span class="company">Tidewater Co</span> <span class="date">2018 – 2020</span></p></div>'
    )

    assert [(line.text, line.field) for line in lines[1:]] == [("Tidewater Co", "company"), ("2018 – 2020", "period")]
