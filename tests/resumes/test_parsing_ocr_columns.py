"""A scanned or screenshotted resume in two columns (a sidebar with contact, skills and
education beside the experience column) is read column by column (ocrcolumns.py): Tesseract's
single-column reading ran the sidebar's lines into the experience lines, so the draft had no
jobs and a sidebar line glued into a bullet. The pages are drawn by Chromium at screen size at
test time; people, employers and achievements are invented."""

from __future__ import annotations

import pytest
from django.utils import translation

from resumes.messages import notice_text
from resumes.parsing import notices, parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrcolumns import Word, column_regions
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.screens import bare

STYLE = (
    "body{font-family:'NanumGothic',sans-serif;font-size:15px;margin:32px;width:860px;color:#222}"
    "h1{font-size:32px;margin:0 0 20px 0}.cols{display:flex;gap:40px}aside{width:230px;flex:none}main{flex:1}"
    "h2{font-size:21px;margin:18px 0 8px 0;border-bottom:1px solid #aaa}aside p{margin:4px 0}"
    "h3{font-size:16px;margin:14px 0 4px 0}ul{margin:4px 0;padding-left:20px}li{margin:2px 0}"
)
SIDEBAR_KO = """<aside><h1>한서윤</h1>
<h2>연락처</h2><p>seoyun.han@example.com</p><p>010-2468-1357</p><p>서울특별시 마포구</p>
<h2>기술</h2><p>Java, Spring Boot</p><p>Kotlin, JPA</p><p>Kafka, Redis</p><p>MySQL, PostgreSQL</p>
<p>AWS, Docker</p>
<h2>학력</h2><p>한빛대학교</p><p>컴퓨터공학과 학사</p><p>2012.03 ~ 2016.02</p>
<h2>자격증</h2><p>정보처리기사</p></aside>"""
MAIN_KO = """<main><h2>경력</h2>
<h3>누리페이 | 백엔드 개발자 &nbsp; 2020.03 ~ 2024.05</h3><ul>
<li>결제 승인 API의 평균 응답 시간을 450ms에서 120ms로 단축</li>
<li>정산 배치를 옮겨 처리 시간을 3시간에서 40분으로 줄임</li>
<li>주문 이벤트 파이프라인을 설계하고 운영</li></ul>
<h3>바람소프트 | 서버 개발자 &nbsp; 2016.07 ~ 2020.02</h3><ul>
<li>회원 서비스를 모놀리스에서 분리해 배포 주기를 주 1회에서 매일로 앞당김</li>
<li>캐시를 도입해 상품 조회 DB 부하를 60% 줄임</li></ul></main>"""
HEADER_EN = """<header style="text-align:center;border-bottom:2px solid #333;padding-bottom:10px;margin-bottom:10px">
<h1 style="margin:0 0 6px 0">Jordan Ellery</h1>
<p style="margin:0">Backend Engineer &nbsp;·&nbsp; jordan.ellery@example.com &nbsp;·&nbsp; +1 555 0100
&nbsp;·&nbsp; Portland, Oregon</p></header>"""
MAIN_EN = """<main><h2>Experience</h2>
<h3>Senior Backend Engineer, Larkspur Freight &nbsp; Mar 2021 – Present</h3><ul>
<li>Rebuilt the shipment tracking service in Go and cut p95 latency from 900 ms to 140 ms</li>
<li>Moved nightly invoicing to an event queue, ending the weekend batch failures</li></ul>
<h3>Software Engineer, Tidewater Analytics &nbsp; Jun 2017 – Feb 2021</h3><ul>
<li>Designed the ingestion pipeline that loads four million sensor readings a day</li>
<li>Wrote the schema migration tooling the whole team still uses</li></ul></main>"""
SIDEBAR_EN = """<aside><h2>Skills</h2><p>Go, Python, SQL</p><p>PostgreSQL, Redis</p><p>Kafka, Docker</p>
<p>Kubernetes, Terraform</p>
<h2>Education</h2><p>Cascade State University</p><p>B.S. Computer Science</p><p>2013 – 2017</p>
<h2>Languages</h2><p>English, Spanish</p></aside>"""


def screenshot(browser, body: str) -> bytes:  # noqa: F811
    return screens.screenshot(browser, body, STYLE, scale=1)


@pytest.mark.browser
def test_given_a_korean_screenshot_with_a_sidebar_left_of_the_career_when_read_then_each_job_is_whole(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")
    image = screenshot(browser, f"<div class=cols>{SIDEBAR_KO}{MAIN_KO}</div>")

    draft = parse_resume(image, filename="resume.png", ocr=True).draft

    assert draft["name"] == "한서윤"
    assert draft["contact"]["email"] == "seoyun.han@example.com"
    assert draft["contact"]["phone"] == "010-2468-1357"
    jobs = [(bare(w["company"]), bare(w["position"]), w["duration"]) for w in draft["work_experiences"]]
    assert jobs == [
        ("누리페이", "백엔드개발자", "2020.03 ~ 2024.05"),
        ("바람소프트", "서버개발자", "2016.07 ~ 2020.02"),
    ]
    bullets = [bare(a) for w in draft["work_experiences"] for a in w["achievements"]]
    assert len(bullets) == 5
    assert "회원서비스를모놀리스에서분리해배포주기를주1회에서매일로앞당김" in bullets
    sidebar = ("Kotlin", "PostgreSQL", "Docker", "한빛대학교", "정보처리기사", "마포구")
    assert not [b for b in bullets if any(bare(word) in b for word in sidebar)]
    assert [bare(e["institution"]) for e in draft["education"]] == ["한빛대학교"]


@pytest.mark.browser
def test_given_a_name_across_the_top_above_a_main_column_and_a_right_sidebar_when_read_then_the_name_stays_first(
    browser,  # noqa: F811
):
    need(ocr_available(), "Tesseract OCR with Korean")
    image = screenshot(browser, f"{HEADER_EN}<div class=cols>{MAIN_EN}{SIDEBAR_EN}</div>")

    draft = parse_resume(image, filename="resume.png", ocr=True).draft

    assert draft["name"] == "Jordan Ellery"
    assert draft["contact"]["email"] == "jordan.ellery@example.com"
    jobs = [(w["company"].replace(" ", ""), w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert jobs == [
        ("LarkspurFreight", "Senior Backend Engineer", "Mar 2021 - Present"),
        ("TidewaterAnalytics", "Software Engineer", "Jun 2017 - Feb 2021"),
    ]
    bullets = [a for w in draft["work_experiences"] for a in w["achievements"]]
    assert "Wrote the schema migration tooling the whole team still uses" in bullets
    assert not [b for b in bullets if any(word in b for word in ("Portland", "Kubernetes", "Cascade", "Spanish"))]
    assert [e["institution"] for e in draft["education"]] == ["Cascade State University"]


def words_of(rows: list[tuple[int, list[tuple[int, str]]]], size: int = 30) -> list[Word]:
    """Word boxes at 300 dpi: (top, [(left, text), ...]) rows, each letter 18 pixels wide."""
    return [Word(left, top, 18 * len(text), size, text) for top, row in rows for left, text in row]


SIDEBAR_ROWS = ["Go, SQL, Terraform", "Rust, Kafka, Linux", "Redis, Vim, Bash"] * 8
MAIN_ROWS = ["Rebuilt the tracking service and cut its latency by", "four fifths over two quarters of work"] * 12


def test_given_a_sidebar_beside_a_main_column_when_split_then_the_columns_are_read_one_after_the_other():
    rows = [(300 + 50 * i, [(100, SIDEBAR_ROWS[i])]) for i in range(24)]
    rows += [(320 + 50 * i, [(800, MAIN_ROWS[i])]) for i in range(24)]

    regions = column_regions(words_of(rows), 2480, 3508)

    assert len(regions) == 2
    (_, _, split, _), (start, _, end, _) = regions
    assert 100 + 18 * len("Go, SQL, Terraform") < split == start < 800 and end == 2480


def test_given_a_line_across_the_page_above_the_columns_when_split_then_it_is_the_header_read_first():
    """The contact line's word gap ("….com · +1 …") falls on the columns' gutter, below a centred name."""
    header = [
        (100, [(1000, "Jordan"), (1150, "Ellery")]),
        (200, [(100, "Engineer · jordan@ex.com"), (570, "· +1 555 0100 · Portland")]),
    ]
    rows = [(300 + 50 * i, [(100, SIDEBAR_ROWS[i])]) for i in range(24)]
    rows += [(320 + 50 * i, [(800, MAIN_ROWS[i])]) for i in range(24)]

    regions = column_regions(words_of(header + rows), 2480, 3508)

    assert len(regions) == 3
    assert regions[0][:3] == (0, 0, 2480) and 230 < regions[0][3] < 300  # both header rows, across the page
    assert regions[1][1] == regions[2][1] == regions[0][3]


@pytest.mark.parametrize(
    "rows",
    [
        [(300 + 50 * i, [(100, MAIN_ROWS[i % 2] + " and more words to the margin")]) for i in range(30)],
        # label and value on one baseline (경력 | 회사 …): one column of rows, not two columns
        [(300 + 50 * i, [(100, "Experience"), (800, MAIN_ROWS[i % 2])]) for i in range(30)],
    ],
    ids=["single column", "labels beside values"],
)
def test_given_a_page_without_a_sidebar_when_split_then_it_has_no_regions(rows):
    assert column_regions(words_of(rows), 2480, 3508) == []


@pytest.mark.browser
def test_given_a_scan_read_column_by_column_when_parsed_then_a_notice_asks_to_check_the_order(browser):  # noqa: F811
    """As a PDF read as several columns does: the review page shows the notice, in either language."""
    need(ocr_available(), "Tesseract OCR with Korean")
    columns = screenshot(browser, f"<div class=cols>{SIDEBAR_KO}{MAIN_KO}</div>")
    single = screenshot(browser, MAIN_KO)

    split = parse_resume(columns, filename="resume.png", ocr=True).warnings
    whole = parse_resume(single, filename="resume.png", ocr=True).warnings

    assert [n.code for n in split] == [notices.OCR_USED, notices.SCAN_COLUMNS]
    assert notices.SCAN_COLUMNS not in [n.code for n in whole]  # one column (its page has no name: no_name)
    with translation.override("ko"):
        assert "여러 단" in notice_text(split[1])
    with translation.override("en"):
        assert "several columns" in notice_text(split[1])
