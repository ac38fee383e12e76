"""Large bold Hangul headings on a scan are read again at body size (ocrreread.py): Tesseract
split "학력" into "함렴" over a line of loose strokes "ㅋㅋ", and dropped the first syllable of
the title "경력기술서", which then named no document, so the header line under it ("성명 … |
e-mail | phone") was read as an employer (the 경력기술서 page below reads its title right at
screen size; it keeps the header line and a ruled table's columns, whose rules are erased, from
being read as the page's two columns). Pages are drawn by Chromium at test time; people and
employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrreread import merge_loose, names_heading
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.screens import bare
from tests.resumes.test_parsing_ocr_tables import STYLE

UNDERLINED = """<h1>차은결</h1><p>eungyeol.cha@example.com · 010-7315-2048</p>
<h2>경력</h2><h3>주식회사 누리페이 · 백엔드 개발자</h3><p>2021.03 ~ 2024.08</p>
<ul><li>정산 배치 처리 시간을 4시간에서 20분으로 단축</li></ul>
<h2>학력</h2><p>한빛대학교 컴퓨터공학과 학사 (2011.03 ~ 2017.02)</p>
<h2>자격증</h2><p>정보처리기사 (2016.11)</p>"""
TITLED = """<h1 style="text-align:center;font-size:29px">경력기술서</h1>
<p>성명 홍길동 | gildong.hong@example.com | 010-4821-7730</p>
<h2>경력 요약</h2>
<table><tr><th>회사</th><th>기간</th><th>직위</th></tr>
<tr><td>주식회사 누리페이</td><td>2021.03 ~ 2024.08</td><td>백엔드 개발자</td></tr>
<tr><td>바람소프트</td><td>2017.07 ~ 2021.02</td><td>서버 개발자</td></tr></table>"""


@pytest.mark.browser
def test_given_a_large_bold_education_heading_when_scanned_then_the_education_is_read(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")
    image = screens.screenshot(browser, UNDERLINED, STYLE.replace("h2{font-size:19px", "h2{font-size:21px"), scale=2)

    draft = parse_resume(image, filename="resume.png", ocr=True).draft

    assert [(bare(e["institution"]), e["period"]) for e in draft["education"]] == [("한빛대학교", "2011.03 ~ 2017.02")]


@pytest.mark.browser
def test_given_a_career_description_title_over_a_header_line_when_scanned_then_only_the_table_rows_are_jobs(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")

    result = parse_resume(screens.screenshot(browser, TITLED, STYLE), filename="resume.png", ocr=True)

    draft = result.draft
    assert draft["name"] == "홍길동" and draft["contact"]["email"] == "gildong.hong@example.com"
    assert [bare(w["company"]) for w in draft["work_experiences"]] == ["주식회사누리페이", "바람소프트"]


def test_given_a_row_of_loose_strokes_under_a_heading_when_rows_are_merged_then_it_goes_with_the_heading():
    heading = [(100, 80, 50, "함렴", 500)]
    strokes = [(110, 60, 20, "ㅋㅋ", 552)]
    body = [(100, 400, 38, "한빛대학교", 620)]

    merged = merge_loose([heading, strokes, body])

    assert merged == [(heading, strokes), (body, [])]


@pytest.mark.parametrize(
    ("text", "names"), [("경력기술서", True), ("학력", True), ("력기술서", False), ("함렴", False)]
)
def test_given_a_heading_reading_when_checked_then_only_an_exact_section_or_title_names_one(text, names):
    assert names_heading(text) is names
