"""A 경력기술서 set as slides: a cover page with the document's title ("경력기술서"), the person's
name and contact line, then one landscape page per project, a big title over "Company · role ·
period" and the results, with no work heading anywhere. The title is the document's, not the
work section's (outline_marks.title_headings), so the name and the contact line are no
employers; the dated lines are the career (timeline.py). Read as Markdown and as the slides
Chromium prints. People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
NAME, CONTACT = "한서윤", "seoyun@example.com · 010-1234-5678"
PROJECTS = [
    (
        "정산 자동화 시스템 구축",
        "Northwind Data · 백엔드 개발자 · 2021.05 – 2022.01",
        ["가맹점 정산 배치를 시간 단위로 나누어 다시 작성했습니다", "정산 소요 시간을 4시간에서 40분으로 줄였습니다"],
    ),
    (
        "주문 검색 개편",
        "Northwind Data · 백엔드 개발자 · 2022.03 – 2023.06",
        ["주문 검색을 Elasticsearch로 옮겼습니다", "검색 응답 시간을 2초에서 200밀리초로 줄였습니다"],
    ),
]
EXPECTED = [
    ("Northwind Data", "백엔드 개발자", "2021.05 – 2022.01"),
    ("Northwind Data", "백엔드 개발자", "2022.03 – 2023.06"),
]


def markdown(title: str = "경력기술서") -> str:
    pages = "".join(
        f"\n## {name}\n{meta}\n\n" + "".join(f"- {result}\n" for result in results) for name, meta, results in PROJECTS
    )
    return f"# {title}\n\n{NAME}\n\n{CONTACT}\n{pages}"


def slides() -> str:
    pages = "".join(
        f"<section><h2>{name}</h2><p class='meta'>{meta}</p>"
        f"<ul>{''.join(f'<li>{result}</li>' for result in results)}</ul></section>"
        for name, meta, results in PROJECTS
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4 landscape; margin: 0 }"
        " body { margin: 0; font: 14pt sans-serif } section { height: 210mm; box-sizing: border-box;"
        " padding: 18mm 22mm; page-break-after: always } .cover h1 { font-size: 40pt; margin: 50mm 0 6mm 0 }"
        " .cover p { font-size: 20pt; margin: 0 } h2 { font-size: 28pt; margin: 0 0 4mm 0 }"
        " .meta { font-size: 13pt; color: #555 }</style></head><body>"
        f"<section class='cover'><h1>경력기술서</h1><p>{NAME}</p><p>{CONTACT}</p></section>{pages}</body></html>"
    )


def entries(draft: dict) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


def test_given_a_career_description_cover_over_project_pages_when_parsed_then_the_name_is_no_employer():
    draft = parse_resume(b"", text=markdown(), today=TODAY).draft

    assert draft["name"] == NAME
    assert entries(draft) == EXPECTED
    assert [w["achievements"] for w in draft["work_experiences"]] == [results for *_, results in PROJECTS]


@pytest.mark.browser
def test_given_the_slides_printed_by_chromium_when_parsed_then_the_name_is_no_employer(browser):  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(slides(), wait_until="load")
    draft = parse_resume(sheet.pdf(prefer_css_page_size=True), filename="slides.pdf", today=TODAY).draft

    assert draft["name"] == NAME
    assert entries(draft) == EXPECTED


def test_given_a_career_title_over_the_name_and_a_work_heading_when_parsed_then_the_heading_opens_the_work():
    text = f"# 경력기술서\n\n{NAME}\n\n{CONTACT}\n\n## 경력\n\n### Northwind Data (2021.03 – 현재)\n- 정산 배치를 다시 작성했습니다\n"

    draft = parse_resume(b"", text=text, today=TODAY).draft

    assert draft["name"] == NAME
    assert [w["company"] for w in draft["work_experiences"]] == ["Northwind Data"]


def test_given_a_career_title_over_labelled_details_and_dated_employers_when_parsed_then_the_title_still_opens_the_work():
    text = (
        f"# 경력기술서\n\n이름: {NAME}\n연락처: 010-1234-5678\n\n"
        "### Northwind Data (2021.03 – 현재)\n- 정산 배치를 다시 작성했습니다\n\n"
        "### Blue Harbor (2019.03 – 2021.02)\n- 배포 도구를 만들었습니다\n"
    )

    draft = parse_resume(b"", text=text, today=TODAY).draft

    assert [w["company"] for w in draft["work_experiences"]] == ["Northwind Data", "Blue Harbor"]
