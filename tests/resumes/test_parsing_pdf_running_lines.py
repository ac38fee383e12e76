"""A three-page resume printed by Chromium with running headers and footers: the name and site
in a fixed header, the contact line in a fixed footer, the page number in the page margin
("Page 2 of 3", "- 2 -"), or a header on every page but the first. They are page furniture
(pdfmargins.py): jobs and bullets that run on across a page break come back whole, with none
of it inside. People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
JOBS = [
    ("Northwind Labs", "Staff Engineer", "Mar 2021 – Present"),
    ("Bluefin Systems", "Senior Engineer", "Jan 2017 – Feb 2021"),
    ("Cobalt Freight", "Software Engineer", "Jun 2013 – Dec 2016"),
    ("Tern Analytics", "Junior Developer", "Sep 2011 – May 2013"),
    ("Heron Maps", "Intern", "Jun 2010 – Aug 2011"),
]
WORKS = (
    "invoice export",
    "ledger sync",
    "parcel router",
    "rate calculator",
    "audit trail",
    "report builder",
    "fare index",
)


def bullets(company: str) -> list[str]:
    first = company.split()[0]
    return [
        f"Rebuilt the {work} service of {first} so the nightly run closes before the morning shift starts, "
        f"with alerts the on-call engineer can act on, and wrote the runbook the support desk follows when it lags."
        for work in WORKS
    ] + [f"Mentored {count} new engineers of {first} through their first releases." for count in ("two", "three")]


def page(*, head: str, foot: str, margin_boxes: str = "") -> str:
    jobs = "".join(
        f"<div class='job'><div class='row'><b>{company}</b><span>{dates}</span></div><div><i>{title}</i></div>"
        f"<ul>{''.join(f'<li>{bullet}</li>' for bullet in bullets(company))}</ul></div>"
        for company, title, dates in JOBS
    )
    spacer = "<tr><td><div style='height:12mm'></div></td></tr>"  # keeps the text clear of the fixed lines
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        f"@page {{ size: A4; margin: 14mm 16mm; {margin_boxes} }} body {{ font: 11pt sans-serif; margin: 0 }}"
        "li { orphans: 1; widows: 1 } .row { display: flex; justify-content: space-between }"
        ".head, .foot { position: fixed; left: 0; right: 0; font-size: 8pt; display: flex;"
        " justify-content: space-between } .head { top: 0 } .foot { bottom: 0 }"
        f"</style></head><body><div class='head'>{head}</div><div class='foot'>{foot}</div>"
        f"<table><thead>{spacer}</thead><tfoot>{spacer}</tfoot><tbody><tr><td>"
        f"<h1>Avery Quill</h1><p>avery@example.com</p><h2>Experience</h2>{jobs}"
        "<h2>Education</h2><p>BSc Computer Science, Harbour University, 2011</p></td></tr></tbody></table></body></html>"
    )


LAYOUTS = {
    "fixed header and footer without digits, the page number in the margin": page(
        head="<span>Resume - Avery Quill</span><span>averyquill.example.com</span>",
        foot="<span>averyquill.example.com · avery@example.com</span>",
        margin_boxes="@bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt }",
    ),
    "a header on every page but the first, the page number between dashes": page(
        head="",
        foot="",
        margin_boxes="@top-center { content: 'Avery Quill · Curriculum Vitae'; font-size: 8pt }"
        " @bottom-center { content: '- ' counter(page) ' -'; font-size: 8pt }"
        " } @page :first { @top-center { content: none }",
    ),
}


def printed(browser, html: str) -> bytes:  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(html, wait_until="load")
    return sheet.pdf(prefer_css_page_size=True)


def pages_opening_inside_a_bullet(data: bytes) -> tuple[int, int]:
    """The page count, and how many pages open with the end of a bullet begun on the page before
    (the case this file is about, kept true as the text changes)."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    return len(texts), sum(
        any(line.endswith("it lags.") and not line.startswith("Rebuilt") for line in text.splitlines()[:3])
        for text in texts[1:]
    )


@pytest.mark.browser
@pytest.mark.parametrize("html", LAYOUTS.values(), ids=LAYOUTS)
def test_given_running_headers_and_footers_on_three_pages_when_parsed_then_jobs_and_bullets_come_back_whole(
    browser,  # noqa: F811
    html,
):
    data = printed(browser, html)
    assert pages_opening_inside_a_bullet(data) == (3, 2)
    draft = parse_resume(data, filename="cv.pdf", today=TODAY).draft

    assert [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]] == JOBS
    assert [w["achievements"] for w in draft["work_experiences"]] == [bullets(company) for company, _, _ in JOBS]
    assert draft["name"] == "Avery Quill"
