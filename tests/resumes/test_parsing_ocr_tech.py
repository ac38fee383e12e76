"""Technology names misread on a scan (ocrtech.py): at 100-150 dpi Tesseract gives "105" or
"I0S" for "iOS", "SwiftUl" for "SwiftUI" and "Nodejs" for "Node.js". They are read back where a
line names technologies (a stack or skills line, the platform before a role noun) and only to a
known name, so dates, counts, versions and prose stay as read. The page is drawn by Chromium at
screen size (about 110 dpi) at test time; the person and employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrtech import read_back, read_technologies
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.screens import bare

STYLE = (
    "body{font-family:'NanumGothic',sans-serif;font-size:14px;margin:32px;width:860px;color:#222}"
    "h1{font-size:28px;margin:0 0 10px 0}h2{font-size:19px;margin:16px 0 6px 0}"
    "h3{font-size:15px;margin:12px 0 4px 0}ul{margin:4px 0;padding-left:20px}p{margin:3px 0}"
)
PAGE = """<h1>서지안</h1><p>jian.seo@example.com · 010-5512-3398</p><h2>경력</h2>
<h3>주식회사 모아핏 · iOS 개발자</h3><p>2020.05 ~ 2024.10</p>
<ul><li>운동 기록 화면을 다시 만들어 크래시를 40% 줄임</li></ul>
<p>기술: Swift, SwiftUI, iOS, Combine, Firebase</p>
<h2>기술 스택</h2><p>Mobile: iOS, Swift, Objective-C, Kotlin</p><p>Web: Vue.js, React, Node.js</p>"""


@pytest.mark.browser
def test_given_a_scan_naming_ios_when_read_then_the_title_and_the_stack_say_ios(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")

    draft = parse_resume(screens.screenshot(browser, PAGE, STYLE), filename="resume.png", ocr=True).draft

    work = draft["work_experiences"]
    assert [(bare(w["company"]), w["position"]) for w in work] == [("주식회사모아핏", "iOS 개발자")]
    assert {"Swift", "SwiftUI", "iOS"} <= set(work[0]["tech_stack"])
    skills = {name for names in draft["technical_skills"].values() for name in names}
    assert {"iOS", "Vue.js", "Node.js"} <= skills


@pytest.mark.parametrize(
    ("read", "meant"),
    [("105", "iOS"), ("I0S", "iOS"), ("i0S", "iOS"), ("SwiftUl", "SwiftUI"), ("mac0S", "macOS"), ("Nodejs", "Node.js")],
)
def test_given_a_misread_technology_name_when_read_back_then_it_is_the_known_name(read, meant):
    assert read_back(read) == meant


@pytest.mark.parametrize("word", ["2021.03", "11", "53", "Kafka", "Swift", "Illustrator"])
def test_given_a_number_or_a_name_as_written_when_read_back_then_it_stays(word):
    assert read_back(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("기술: Swift, SwiftUl, 105, Combine", "기술: Swift, SwiftUI, iOS, Combine"),
        ("Web: Vuejs, React, Nodejs", "Web: Vue.js, React, Node.js"),
        ("주식회사 모아핏 · 105 개발자", "주식회사 모아핏 · iOS 개발자"),
        ("Java 11, Spring 5, Kafka", "Java 11, Spring 5, Kafka"),
        ("105 앱의 시작 시간을 2021.03에 단축", "105 앱의 시작 시간을 2021.03에 단축"),
        ("2019.01 ~ 2021.05 | 105 개발팀", "2019.01 ~ 2021.05 | 105 개발팀"),
    ],
    ids=["stack", "skills row", "title", "versions", "prose", "team"],
)
def test_given_a_scanned_line_when_its_names_are_read_back_then_only_technology_context_changes(text, expected):
    line = make_line(text)

    read_technologies(line)

    assert line.text == expected
