"""A word processor's list typed as a dash and a tab (Word's Korean 경력기술서): the first line's
text starts at the tab stop, the wrapped lines at the hanging indent a few points to its left.
A wrapped line continues its item, and a Hangul word cut at the margin is made whole. Drawn with
ReportLab and a Korean TrueType font; invented text."""

from __future__ import annotations

import pytest

from resumes.parsing.pdf import pdf_lines
from tests.resumes import documents
from tests.resumes.documents import canvas_pdf

ITEMS = [
    ("결제 모듈을 정리하고 중복 호출을 줄여서 주문 화면의 응답 속도를 개", "선했습니다."),
    ("사내 배포 도구를 새로 만들어 수동으로 하던 점검 절차를 모두 자동", "화했습니다."),
]


def typed_list(dash_x: float, text_x: float, wrap_x: float, items) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("TypedDashKo", documents.korean_font_path()))

    def draw(page):
        page.setFont("TypedDashKo", 10)
        page.drawString(178, 760, "1) 주문 서비스 개선")
        y = 742.0
        for first, rest in items:
            page.drawString(dash_x, y, "-")
            page.drawString(text_x, y, first)
            page.drawString(wrap_x, y - 17, rest)
            y -= 52

    return canvas_pdf(draw)


@pytest.fixture(autouse=True)
def korean_font():
    if documents.korean_font_path() is None:
        pytest.skip("no Korean TrueType font")


def test_given_a_typed_dash_item_wrapped_at_its_hanging_indent_when_read_then_it_is_one_whole_line():
    lines, _ = pdf_lines(typed_list(196, 219, 214, ITEMS))

    texts = [line.text for line in lines]

    assert texts[1:] == [f"{first}{rest}" for first, rest in ITEMS]


def test_given_a_row_under_the_dash_itself_when_read_then_it_stays_a_line_of_its_own():
    lines, _ = pdf_lines(typed_list(196, 219, 196, ITEMS[:1]))

    texts = [line.text for line in lines]

    assert ITEMS[0][1] in texts
