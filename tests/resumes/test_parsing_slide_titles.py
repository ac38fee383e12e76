"""A 경력기술서 set as slides whose big title repeats on every page: the employer's name over each
project's slide, or "Company | Project" over both slides of one project. The repeat is the page
turning (slide_titles.py), never a project named after the employer nor a second entry of the
project; in a PDF the title set in the page's top margin is kept where it first stands and
dropped where it repeats (pdfmargins.py). Read as Markdown and as the slides Chromium prints.
People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
NAME, CONTACT = "한서윤", "seoyun@example.com · 010-1234-5678"
CAREER = "누리페이 | 백엔드 개발자 | 2021.05 ~ 2023.06"
FIRST = ["결제 승인 API를 다시 설계했습니다", "승인 응답 시간을 800ms에서 150ms로 줄였습니다"]
SECOND = ["정산 배치를 시간 단위로 나누었습니다", "정산 오류 문의를 70% 줄였습니다"]
MORE = ["정산 결과를 가맹점 대시보드에 보여 주었습니다", "대사 작업을 하루에서 한 시간으로 줄였습니다"]
# (the slide's title, its project heading, the project's period, its results)
SLIDES = [
    ("누리페이", "결제 플랫폼 개편", "2021.05 – 2022.01", FIRST),
    ("누리페이", "정산 자동화", "2022.03 – 2023.06", SECOND),
    ("누리페이", "", "", MORE),
]
EXPECTED = [
    ("누리페이", None, "2021.05 ~ 2023.06", []),
    ("누리페이", "결제 플랫폼 개편", "2021.05 – 2022.01", FIRST),
    ("누리페이", "정산 자동화", "2022.03 – 2023.06", SECOND + MORE),
]


def projects(draft: dict) -> list[tuple]:
    return [(w["company"], w["project_name"], w["duration"], w["achievements"]) for w in draft["work_experiences"]]


def markdown() -> str:
    pages = "".join(
        f"## {title}\n\n"
        + (f"### {project} ({period})\n\n" if project else "")
        + "".join(f"- {result}\n" for result in results)
        + "\n"
        for title, project, period, results in SLIDES
    )
    return f"# 경력기술서\n\n{NAME}\n\n{CONTACT}\n\n## 경력\n\n{CAREER}\n\n{pages}"


def test_given_the_employer_titling_every_slide_when_parsed_then_it_names_no_project():
    draft = parse_resume(b"", text=markdown(), today=TODAY).draft

    assert projects(draft) == EXPECTED


def test_given_a_project_title_repeated_on_its_second_slide_when_parsed_then_the_project_is_one_entry():
    text = (
        "## 경력\n\n### 누리페이 | 백엔드 개발자 | 2021.05 ~ 2023.06\n\n"
        f"#### 정산 자동화\n\n{''.join(f'- {r}{chr(10)}' for r in SECOND)}\n"
        f"#### 정산 자동화\n\n{''.join(f'- {r}{chr(10)}' for r in MORE)}"
    )

    works = parse_resume(b"", text=text, today=TODAY).draft["work_experiences"]

    assert [(w["project_name"], w["achievements"]) for w in works] == [("정산 자동화", SECOND + MORE)]


def test_given_one_employer_heading_over_two_dated_roles_when_parsed_then_the_roles_stay_apart():
    text = (
        "## 경력\n\n### 누리페이\n\n백엔드 개발자 | 2019.01 ~ 2020.12\n\n- 결제 승인 API 설계\n\n"
        "### 누리페이\n\n팀장 | 2021.01 ~ 2023.06\n\n- 정산 팀 운영\n"
    )

    works = parse_resume(b"", text=text, today=TODAY).draft["work_experiences"]

    assert [(w["position"], w["duration"]) for w in works] == [
        ("백엔드 개발자", "2019.01 ~ 2020.12"),
        ("팀장", "2021.01 ~ 2023.06"),
    ]


def slides(top: str) -> str:
    pages = "".join(
        f"<section><h2>{title}</h2>"
        + (f"<h3>{project} ({period})</h3>" if project else "")
        + f"<ul>{''.join(f'<li>{result}</li>' for result in results)}</ul></section>"
        for title, project, period, results in SLIDES
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4 landscape; margin: 0 }"
        f" body {{ margin: 0; font: 14pt sans-serif }} section {{ height: 210mm; box-sizing: border-box;"
        f" padding: {top} 22mm 18mm 22mm; page-break-after: always }} .cover h1 {{ font-size: 40pt }}"
        " .cover p { font-size: 20pt; margin: 0 } h2 { font-size: 28pt; margin: 0 0 4mm 0 }"
        " h3 { font-size: 18pt }</style></head><body>"
        f"<section class='cover'><h1>경력기술서</h1><p>{NAME}</p><p>{CONTACT}</p></section>"
        f"<section><h2>경력</h2><p>{CAREER}</p></section>{pages}</body></html>"
    )


@pytest.mark.browser
@pytest.mark.parametrize("top", ["12mm", "40mm"])  # the title in the page's top margin, or below it
def test_given_the_slides_printed_by_chromium_when_parsed_then_the_repeated_title_names_no_project(browser, top):  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(slides(top), wait_until="load")
    draft = parse_resume(sheet.pdf(prefer_css_page_size=True), filename="slides.pdf", today=TODAY).draft

    assert draft["name"] == NAME
    assert projects(draft) == EXPECTED
