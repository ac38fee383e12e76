"""Rows of a job page printed by Chromium: a title on the left, its period set flush right
(`display: flex; justify-content: space-between`), bullets below that reach the middle of the
page. The periods are each row's date, not a column: a Hangul title's tops sit a little above
the Latin digits' (the fonts' ascents differ), and dates of one format start at one x, which
read the dates as a column of their own after the whole page. People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)

KOREAN = [
    ("Northwind Data", "2021.03 – 현재", []),
    ("정산 자동화", "2021.05 – 2022.01", ["정산 배치를 Spring Batch로 다시 작성했습니다"]),
    ("주문 검색 개편", "2022.03 – 2023.06", ["Elasticsearch로 주문 검색을 옮겼습니다"]),
    (
        "Blue Harbor Labs",
        "2019.03 – 2021.02",
        ["사내 배포 도구를 Go로 만들었습니다", "Kubernetes 클러스터를 운영했습니다"],
    ),
]
ENGLISH = [
    ("Tern Analytics", "Mar 2021 – Present", ["Rebuilt the billing export for the night run", "Led the move to Go"]),
    (
        "Heron Maps",
        "Jan 2018 – Feb 2021",
        ["Moved the tile renderer to Go and cut cold starts", "Ran the on-call rota"],
    ),
    ("Cobalt Freight", "Jun 2015 – Dec 2017", ["Wrote the parcel router the depot team still uses", "Kept the docs"]),
]


def page(heading: str, rows) -> str:
    body = "".join(
        f"<div class='row'><b>{title}</b><span>{dates}</span></div>"
        + (f"<ul>{''.join(f'<li>{b}</li>' for b in bullets)}</ul>" if bullets else "")
        for title, dates, bullets in rows
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font: 11pt sans-serif }"
        " .row { display: flex; justify-content: space-between }</style></head>"
        f"<body><h1>한서윤</h1><p>seoyun@example.com</p><h2>{heading}</h2>{body}</body></html>"
    )


def printed(browser, html: str) -> bytes:  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(html, wait_until="load")
    return sheet.pdf(prefer_css_page_size=True)


@pytest.mark.browser
@pytest.mark.parametrize("heading, rows", [("경력", KOREAN), ("Experience", ENGLISH)], ids=["korean", "english"])
def test_given_titles_with_flush_right_periods_over_long_bullets_when_parsed_then_each_period_stays_on_its_row(
    browser,  # noqa: F811
    heading,
    rows,
):
    result = parse_resume(printed(browser, page(heading, rows)), filename="resume.pdf", today=TODAY)

    texts = result.text.splitlines()
    for title, dates, _ in rows:
        row = next(line for line in texts if line.startswith(title))
        assert dates in row
    durations = [work["duration"] for work in result.draft["work_experiences"]]
    assert durations == [dates for _, dates, _ in rows]
