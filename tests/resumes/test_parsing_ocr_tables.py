"""A ruled table on a scan (ocrtables.py): Tesseract lost the header row and cell words beside
the rules, and read each row as one line, so a 경력기술서's career table came out as employers
with no columns. The rules are found in the pixels, erased before Tesseract reads the page, and
the words inside the grid come back as rows of cells, as the PDF reader gives a ruled table.
Pages are drawn by Chromium at screen size (about 110 dpi) at test time; people and employers
are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrtables import cell_of, ruled_grids
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.screens import bare

STYLE = (
    "body{font-family:'NanumGothic',sans-serif;font-size:14px;margin:32px;width:860px;color:#222}"
    "h1{font-size:26px;margin:0 0 10px 0}h2{font-size:19px;margin:16px 0 6px 0;border-bottom:2px solid #333}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #555;padding:4px 8px;text-align:left}"
    "h3{font-size:15px;margin:12px 0 4px 0}ul{margin:4px 0;padding-left:20px}p{margin:3px 0}"
)
PAGE = """<h1>차은결</h1><p>eungyeol.cha@example.com · 010-7315-2048</p>
<h2>경력 요약</h2>
<table><tr><th>회사</th><th>기간</th><th>직위</th></tr>
<tr><td>주식회사 누리페이</td><td>2021.03 ~ 2024.08</td><td>백엔드 개발자</td></tr>
<tr><td>바람소프트</td><td>2017.07 ~ 2021.02</td><td>서버 개발자</td></tr></table>
<h2>학력</h2><p>한빛대학교 컴퓨터공학과 학사 (2011.03 ~ 2017.02)</p>"""


@pytest.mark.browser
def test_given_a_scanned_career_table_when_read_then_each_row_is_a_job_with_its_columns(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")

    result = parse_resume(screens.screenshot(browser, PAGE, STYLE), filename="resume.png", ocr=True)

    jobs = [(bare(w["company"]), bare(w["position"]), w["duration"]) for w in result.draft["work_experiences"]]
    assert jobs == [
        ("주식회사누리페이", "백엔드개발자", "2021.03 ~ 2024.08"),
        ("바람소프트", "서버개발자", "2017.07 ~ 2021.02"),
    ]


def grid_page(columns: tuple[int, ...], rows: tuple[int, ...], thickness: int = 3):
    from PIL import Image, ImageDraw

    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    for y in rows:
        draw.rectangle((columns[0], y, columns[-1], y + thickness - 1), fill=60)
    for x in columns:
        draw.rectangle((x, rows[0], x + thickness - 1, rows[-1] + thickness - 1), fill=60)
    return image, draw


def test_given_a_drawn_grid_when_searched_then_its_rows_and_columns_are_found():
    image, _ = grid_page((200, 900, 1700, 2260), (300, 380, 460, 540))

    (grid,) = ruled_grids(image)

    assert len(grid.rows) == 3 and all(len(columns) == 4 for _, _, columns in grid.rows)
    assert cell_of(grid, 1000, 420) == (1, 1)
    assert cell_of(grid, 1000, 600) is None


def test_given_a_framed_box_a_heading_rule_and_a_filled_bar_when_searched_then_none_is_a_table():
    image, draw = grid_page((200, 2260), (300, 700))  # one framed box of text
    draw.rectangle((200, 800, 2260, 805), fill=60)  # a heading's rule
    draw.rectangle((200, 900, 2260, 980), fill=60)  # a filled bar behind a white heading

    assert ruled_grids(image) == []
