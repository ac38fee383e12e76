"""Bulleted lists inside the cells of a ruled PDF table (pdftables.py): a cell keeps its line
structure, so a row whose cell holds a list is read cell by cell and each bullet comes back
whole, where the cell's text read as one ran its bullets into one line. The pages are printed
by Chromium at test time; people, employers and achievements are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.pdf import pdf_lines
from resumes.parsing.pdflayout import _Row
from resumes.parsing.pdfrows import join_wrapped_rows
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed pages

TODAY = datetime.date(2026, 2, 1)
STYLE = (
    "body{font-family:'DejaVu Sans','NanumGothic',sans-serif;font-size:13px;width:640px}"
    "table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px 8px;vertical-align:top}"
)
JOBS = [
    (
        "Northwind Labs",
        "Senior Engineer",
        "2019 – 2022",
        [
            "Rebuilt the billing pipeline in Go and cut the nightly batch from six hours to forty minutes",
            "Cut cloud spend by a third",
            "Mentored four engineers",
        ],
    ),
    (
        "Bluefin Systems",
        "Software Engineer",
        "2016 – 2019",
        [
            "Wrote the search service",
            "Moved the team to trunk-based development with feature flags and canary releases",
        ],
    ),
]


def bulleted(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def numbered(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def typed(items: list[str]) -> str:
    return "<br>".join(f"• {item}" for item in items)


def career_table(cell) -> str:
    rows = "".join(
        f"<tr><td>{company}</td><td>{title}</td><td>{period}</td><td>{cell(items)}</td></tr>"
        for company, title, period, items in JOBS
    )
    return f"<table><tr><th>Company</th><th>Role</th><th>Period</th><th>Work</th></tr>{rows}</table>"


def label_tables(cell) -> str:
    return "".join(
        f"<table><tr><th>Company</th><td>{company}</td></tr><tr><th>Role</th><td>{title}</td></tr>"
        f"<tr><th>Period</th><td>{period}</td></tr><tr><th>Work</th><td>{cell(items)}</td></tr></table><br>"
        for company, title, period, items in JOBS
    )


def printed(browser, body: str) -> bytes:  # noqa: F811
    page = browser.new_page()
    page.set_content(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<h1>Avery Quill</h1><p>avery@example.com</p><h2>Experience</h2>{body}</body></html>",
        wait_until="load",
    )
    return page.pdf(format="A4")


def work(pdf: bytes) -> list[tuple]:
    draft = parse_resume(pdf, filename="cv.pdf", today=TODAY).draft
    return [(w["company"], w["position"], w["duration"], w["achievements"]) for w in draft["work_experiences"]]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("layout", "cell"),
    [
        (career_table, bulleted),
        (career_table, typed),
        (career_table, numbered),
        (label_tables, bulleted),
    ],
    ids=["career table, list", "career table, typed bullets", "career table, numbered", "label rows, list"],
)
def test_given_achievements_bulleted_in_a_table_cell_when_parsed_then_each_bullet_is_an_achievement_whole(
    browser,  # noqa: F811
    layout,
    cell,
):
    assert work(printed(browser, layout(cell))) == JOBS


@pytest.mark.browser
def test_given_a_bulleted_cell_when_read_then_each_bullet_is_a_line_of_its_own_with_its_wrapped_rest(
    browser,  # noqa: F811
):
    lines = pdf_lines(printed(browser, career_table(typed)))[0]

    bullets = [line.text for line in lines if line.bullet]
    assert bullets == [item for *_, items in JOBS for item in items]
    assert all(line.evidence == "pdf:table cell" for line in lines if line.bullet)


@pytest.mark.browser
def test_given_a_korean_table_with_a_list_in_its_duty_cell_when_parsed_then_the_duties_are_achievements(
    browser,  # noqa: F811
):
    duties = ["정산 배치를 재작성하여 야간 처리 시간을 여섯 시간에서 사십 분으로 줄였습니다", "결제 API 응답 속도 개선"]
    body = (  # Korean pages keep words whole (a word cut at a syllable is hangul_wrap.py's to mend)
        "<table style='word-break:keep-all'><tr><th>회사</th><th>직무</th><th>기간</th><th>주요 업무</th></tr>"
        f"<tr><td>파랑물류</td><td>백엔드 개발자</td><td>2019.03 ~ 2022.02</td><td>{bulleted(duties)}</td></tr>"
        "<tr><td>하늘랩</td><td>서버 개발자</td><td>2016.01 ~ 2019.02</td><td>배차 서비스 개발</td></tr></table>"
    )

    [first, second] = work(printed(browser, body))

    assert first == ("파랑물류", "백엔드 개발자", "2019.03 ~ 2022.02", duties)
    assert second[:3] == ("하늘랩", "서버 개발자", "2016.01 ~ 2019.02")


@pytest.mark.browser
def test_given_a_cell_of_short_lines_without_a_list_when_read_then_the_row_stays_one_row_of_cells(
    browser,  # noqa: F811
):
    body = (
        "<table><tr><th>Company</th><th>Role</th><th>Dates</th><th>Location</th></tr>"
        "<tr><td>Northwind Labs</td><td>Staff Engineer</td><td>06/2021 - Present</td><td>Remote<br>Austin, TX</td></tr>"
        "<tr><td>Bluefin Systems</td><td>Web Developer</td><td>01/2013 - 05/2021</td><td>Dallas, TX</td></tr></table>"
    )

    rows = [line.cells for line in pdf_lines(printed(browser, body))[0] if line.cells]

    assert rows[1] == ("Northwind Labs", "Staff Engineer", "06/2021 - Present", "Remote Austin, TX")


SIZE = 10.0


def row(text: str, top: float, x1: float, *, x0: float = 40.0, marker: float | None = None) -> _Row:
    return _Row(top=top, bottom=top + SIZE, x0=x0, x1=x1, size=SIZE, text=text, marker=marker)


def test_given_a_row_ending_short_of_a_known_right_edge_when_joined_then_the_row_below_opens_a_new_line():
    rows = [row("Wrote the search service", 100.0, 180.0), row("Moved the team", 113.0, 120.0)]

    assert [r.text for r in join_wrapped_rows(rows, set(), right=200.0)] == [
        "Wrote the search service",
        "Moved the team",
    ]


def test_given_a_typed_bullet_wrapping_back_under_its_glyph_when_joined_then_the_item_is_one_row():
    item = row("Rebuilt the billing pipeline and", 100.0, 198.0, x0=48.0, marker=40.0)
    item.chars = [{"text": "•", "x0": 40.0, "x1": 44.0}]
    rows = [item, row("cut the batch time", 113.0, 120.0)]

    assert [r.text for r in join_wrapped_rows(rows, set(), right=200.0)] == [
        "Rebuilt the billing pipeline and cut the batch time"
    ]


def numbered_row(text: str, top: float, x0: float) -> _Row:
    chars = [{"text": char, "x0": x0 + 5.0 * i, "x1": x0 + 5.0 * (i + 1)} for i, char in enumerate(text)]
    return _Row(chars=chars, top=top, bottom=top + SIZE, x0=x0, x1=chars[-1]["x1"], size=SIZE, text=text)


def test_given_items_numbered_as_text_when_joined_then_each_wraps_under_its_text_and_the_next_number_opens_a_row():
    rows = [
        numbered_row("1. Rebuilt the billing pipeline and cut", 100.0, 40.0),  # runs to x 235
        row("the batch time from six hours to forty min", 113.0, 236.0, x0=55.0),  # under "Rebuilt"
        numbered_row("2. Cut cloud spend", 126.0, 40.0),
    ]

    assert [r.text for r in join_wrapped_rows(rows, set(), right=240.0)] == [
        "1. Rebuilt the billing pipeline and cut the batch time from six hours to forty min",
        "2. Cut cloud spend",
    ]
