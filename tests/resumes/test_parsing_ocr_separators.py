"""The middle dot between a company and a title ("누리페이 · 안드로이드 개발자") comes out of
Tesseract as the Hangul letter ㆍ (U+318D), often glued to the word before it; Korean typists
type ㆍ as a middle dot too. Every reader's text is cleaned by lines.clean_text, which reads
middle-dot look-alikes as "·" and spaces a dot glued on one side, so the segmenter splits the
line as it splits "회사 · 직위". Pages are drawn by Chromium at test time; people and employers
are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import clean_text
from resumes.parsing.ocr import ocr_available
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.screens import bare

STYLE = (
    "body{font-family:'NanumGothic',sans-serif;font-size:15px;margin:32px;width:860px;color:#222}"
    "h1{font-size:30px;margin:0 0 12px 0}h2{font-size:20px;margin:18px 0 8px 0}"
    "h3{font-size:15px;margin:12px 0 4px 0}ul{margin:4px 0;padding-left:20px}p{margin:3px 0}"
)
CAREER = """<h1>도윤서</h1><p>yoonseo.do@example.com · 010-3141-5926</p><h2>경력</h2>
<h3>주식회사 누리페이 · 안드로이드 개발자</h3><p>2021.04 ~ 2024.09</p>
<ul><li>오프라인 모드를 도입해 주문 실패율을 3%에서 0.4%로 낮춤</li></ul>
<h3>바람소프트 · 모바일 개발자</h3><p>2018.02 ~ 2021.03</p>
<ul><li>결제 화면을 다시 설계해 이탈률을 18% 줄임</li></ul>
<h3>한빛커머스ㆍ서버 개발자</h3><p>2016.01 ~ 2018.01</p>
<ul><li>주문 조회 API의 응답 시간을 절반으로 줄임</li></ul>"""


def screenshot(browser, body: str) -> bytes:  # noqa: F811
    return screens.screenshot(browser, body, STYLE, scale=2)


@pytest.mark.browser
def test_given_a_scan_whose_company_and_title_are_split_by_a_middle_dot_when_read_then_each_is_its_field(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")

    draft = parse_resume(screenshot(browser, CAREER), filename="resume.png", ocr=True).draft

    jobs = [(bare(w["company"]), bare(w["position"]), w["duration"]) for w in draft["work_experiences"]]
    assert jobs == [
        ("주식회사누리페이", "안드로이드개발자", "2021.04 ~ 2024.09"),
        ("바람소프트", "모바일개발자", "2018.02 ~ 2021.03"),
        ("한빛커머스", "서버개발자", "2016.01 ~ 2018.01"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "주식회사 모아핏 ㆍ iOS 개발자",
        "주식회사 모아핏ㆍ iOS 개발자",
        "주식회사 모아핏· iOS 개발자",
        "주식회사 모아핏 ・ iOS 개발자",
    ],
    ids=["hangul araea spaced", "hangul araea glued", "middle dot glued", "katakana middle dot"],
)
def test_given_a_company_and_title_split_by_a_middle_dot_look_alike_when_parsed_then_they_are_two_fields(heading):
    text = f"배수아\n\n경력\n{heading}\n2019.03 ~ 2023.08\n- 운동 기록 화면을 다시 만들어 크래시를 줄임\n"

    work = parse_resume(b"", text=text).draft["work_experiences"]

    assert [(w["company"], w["position"]) for w in work] == [("주식회사 모아핏", "iOS 개발자")]


def test_given_a_middle_dot_between_two_words_with_no_space_when_cleaned_then_it_joins_them_as_written():
    assert clean_text("API를 설계ㆍ구현") == "API를 설계·구현"
    assert clean_text("  · 배포 자동화") == "  · 배포 자동화"  # a list marker stays where it was
