"""A scan's section heading is told by its size as a PDF's is by its font size, whatever letters
it holds (ocrheights.py): "Skills" (capitals and ascenders, no descender) set a third larger
than Korean body text has a box no taller than a Hangul word's, so it was read as body text
and the skills below it became the last job's stack; and a dated line whose one syllable
Tesseract boxed too tall was read as a heading. Pages are drawn by Chromium at test time;
people and employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrheights import line_size, shape_heights
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes.screens import bare
from tests.resumes.test_parsing_ocr_separators import screenshot

PAGE = """<div style="font-size:14px"><h1>도윤서</h1><p>yoonseo.do@example.com · 010-3141-5926</p>
<h2 style="font-size:19px">경력</h2>
<h3>주식회사 누리페이 · 안드로이드 개발자</h3><p>2021.04 ~ 2024.09</p>
<ul><li>빌드 캐시를 정리해 배포 시간을 25분에서 9분으로 단축</li></ul>
<h3>바람소프트 · 모바일 개발자</h3><p>2018.02 ~ 2021.03</p>
<ul><li>결제 화면을 다시 설계해 이탈률을 18% 줄임</li></ul>
<h2 style="font-size:19px">Skills</h2><p>Kotlin, Jetpack Compose, Coroutines</p><p>Firebase, Gradle</p></div>"""


@pytest.mark.browser
def test_given_a_scan_with_a_skills_heading_after_the_last_job_when_read_then_the_skills_are_not_that_jobs_stack(
    browser,  # noqa: F811
):
    need(ocr_available(), "Tesseract OCR with Korean")

    draft = parse_resume(screenshot(browser, PAGE), filename="resume.png", ocr=True).draft

    jobs = [(bare(w["company"]), bare(w["position"]), w["duration"]) for w in draft["work_experiences"]]
    assert jobs == [
        ("주식회사누리페이", "안드로이드개발자", "2021.04 ~ 2024.09"),
        ("바람소프트", "모바일개발자", "2018.02 ~ 2021.03"),
    ]
    assert draft["work_experiences"][1]["tech_stack"] == []
    skills = {name for names in draft["technical_skills"].values() for name in names}
    assert {"Kotlin", "Gradle"} <= skills


def page_words(size: float = 1.0) -> list[tuple[int, str]]:
    """(height, text) word boxes of a page of Korean body text at 300 dpi, with its dates."""
    return [(38, "배포"), (37, "시간을"), (39, "단축"), (31, "2021.04"), (30, "2024.09"), (45, "Spring")] * 4


def test_given_a_heading_of_capitals_and_ascenders_when_measured_then_it_is_measured_against_words_of_its_shape():
    shapes = shape_heights(page_words() + [(30, "Kotlin"), (31, "Redis")] * 3)

    assert line_size([(40, "Skills")], shapes, body=38) == pytest.approx(40 / 30.5)  # not 40 / 38
    assert line_size([(31, "2021.04"), (4, "~"), (30, "2024.09")], shapes, body=38) == pytest.approx(1.0, abs=0.05)


def test_given_a_line_with_one_syllable_boxed_far_too_tall_when_measured_then_the_line_is_body_text():
    shapes = shape_heights(page_words())

    size = line_size([(37, "한"), (57, "결"), (37, "대학교"), (38, "소프트웨어학과")], shapes, body=38)

    assert size < 1.1
