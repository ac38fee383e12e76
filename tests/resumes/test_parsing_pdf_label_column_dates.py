"""A job-site profile printed by Chromium: a narrow column of section labels on the left, each
section's first row beside its label, and every row's period set flush right, well past the
middle of the page. Eight and more such periods stacked at one x look like a narrow sidebar on
the right; they are the rows' dates, so each stays on its row and the activities under their
own label never become jobs. People, employers and activities are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page
from tests.resumes.test_parsing_pdf_date_rows import printed

TODAY = datetime.date(2026, 2, 1)

SECTIONS = [
    (
        "경력",
        [
            ("누리데이터", "2021.03 ~ 2024.08", "주문 정산 배치 개발"),
            ("한빛랩스", "2019.01 ~ 2021.02", "사내 도구 개발"),
        ],
    ),
    (
        "경험/활동/교육",
        [
            ("해외 봉사단", "2016.04 ~ 2017.02", "현지 학교 전산실 구축"),
            ("대학교", "2017.03 ~ 2018.01", "보안 동아리 활동"),
            ("도서관", "2018.03 ~ 2018.12", "어린이 코딩 교실 진행"),
        ],
    ),
    (
        "자격/어학/수상",
        [
            ("정보처리기사", "2018.06", "한국산업인력공단"),
            ("TOEIC 900", "2019.01", "영어"),
            ("교내 해커톤 대상", "2017.11", "교내"),
        ],
    ),
]


def profile_page() -> str:
    rows = []
    for label, items in SECTIONS:
        for index, (title, dates, note) in enumerate(items):
            shown = label if index == 0 else ""
            rows.append(
                f"<div class='row'><span class='label'>{shown}</span><span class='title'>{title}</span>"
                f"<span class='dates'>{dates}</span></div><div class='row'><span class='label'></span>"
                f"<span class='note'>{note}</span></div>"
            )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font: 11pt sans-serif }"
        " .row { display: flex; align-items: center; margin: 6px 0 } .label { width: 110px; font-weight: bold; flex: none }"
        " .title { flex: 1 } .dates { flex: none; font-size: 8.5pt }</style></head>"
        f"<body><h1>한서윤</h1><p>seoyun@example.com · 010-1234-5678</p>{''.join(rows)}</body></html>"
    )


@pytest.mark.browser
def test_given_a_label_column_profile_with_periods_flush_right_when_parsed_then_periods_stay_on_their_rows(
    browser,  # noqa: F811
):
    result = parse_resume(printed(browser, profile_page()), filename="profile.pdf", today=TODAY)

    texts = result.text.splitlines()
    for _, items in SECTIONS:
        for title, dates, _ in items:
            row = next(index for index, line in enumerate(texts) if title in line)
            assert dates in " ".join(texts[row : row + 2]), (title, dates)
    companies = [work["company"] for work in result.draft["work_experiences"]]
    assert "대학교" not in companies
    assert "도서관" not in companies


def glyphs(text: str, x: float, top: float, size: float = 10.0) -> list[dict]:
    """Drawn glyphs of one run of text, each `size` * 0.5 wide, spaces left out."""
    width = size * 0.5
    return [
        {"x0": x + i * width, "x1": x + (i + 1) * width - 0.5, "top": top, "text": ch, "size": size}
        for i, ch in enumerate(text)
        if ch != " "
    ]


def side_by_side(right_texts: list[str]) -> list[dict]:
    """Rows of left-hand text and, three points lower, one right-hand run each at x 400."""
    visible: list[dict] = []
    for row, right in enumerate(right_texts):
        top = 60 + row * 40
        visible += glyphs("Label" + "x" * row + " and a title of a row, written out long", 30, top)
        visible += glyphs(right, 400, top + 3)
    return visible


def test_given_only_periods_right_of_a_gap_off_the_rows_baselines_when_gutters_are_sought_then_there_is_none():
    from resumes.parsing.pdfcolumns import page_gutter

    periods = [f"20{10 + row}.03 ~ 20{11 + row}.02" for row in range(8)]

    assert page_gutter(side_by_side(periods), 595) is None


def test_given_prose_right_of_a_gap_off_the_rows_baselines_when_gutters_are_sought_then_it_is_a_sidebar():
    from resumes.parsing.pdfcolumns import page_gutter

    prose = [f"Sidebar words in line {row} here" for row in range(8)]

    assert page_gutter(side_by_side(prose), 595) is not None
