"""A bare "Name ⇥ period" line after an employer's dated projects: its period lies wholly
outside that employer's tenure, so it is the next employer (with its bullets), not one more
project; a line of the same kind dated inside the tenure stays a project. Read as text, as
Markdown and as the page Chromium prints. People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
ROWS = [
    ("Northwind Data", "2021.03 – 현재", []),
    ("정산 자동화", "2021.05 – 2022.01", ["정산 배치를 Spring Batch로 다시 작성했습니다"]),
    ("주문 검색 개편", "2022.03 – 2023.06", ["Elasticsearch로 주문 검색을 옮겼습니다"]),
    ("Blue Harbor", "2019.03 – 2021.02", ["사내 배포 도구를 Go로 만들었습니다", "Kubernetes 클러스터를 운영했습니다"]),
]
EXPECTED = [
    ("Northwind Data", "백엔드 개발자", "2021.03 – 현재", None),
    ("Northwind Data", "백엔드 개발자", "2021.05 – 2022.01", "정산 자동화"),
    ("Northwind Data", "백엔드 개발자", "2022.03 – 2023.06", "주문 검색 개편"),
    ("Blue Harbor", None, "2019.03 – 2021.02", None),
]


def text(rows) -> str:
    lines = ["한서윤", "seoyun@example.com", "", "경력"]
    for index, (title, dates, bullets) in enumerate(rows):
        lines += [f"{title}\t{dates}", *(["백엔드 개발자"] if index == 0 else []), *(f"• {b}" for b in bullets)]
    return "\n".join([*lines, "", "학력", "가나대학교 컴퓨터공학과 2013 – 2019", ""])


def markdown(rows) -> str:
    lines = ["# 한서윤", "seoyun@example.com", "", "## 경력"]
    for index, (title, dates, bullets) in enumerate(rows):
        lines += ["", f"**{title}** {dates}", *(["", "백엔드 개발자"] if index == 0 else [])]
        lines += [f"- {b}" for b in bullets]
    return "\n".join([*lines, "", "## 학력", "가나대학교 컴퓨터공학과 2013 – 2019", ""])


def page(rows) -> str:
    body = "".join(
        f"<div class='row'><b>{title}</b><span>{dates}</span></div>"
        + ("<p>백엔드 개발자</p>" if index == 0 else "")
        + (f"<ul>{''.join(f'<li>{b}</li>' for b in bullets)}</ul>" if bullets else "")
        for index, (title, dates, bullets) in enumerate(rows)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font: 11pt sans-serif }"
        " .row { display: flex; justify-content: space-between }</style></head>"
        f"<body><h1>한서윤</h1><p>seoyun@example.com</p><h2>경력</h2>{body}"
        "<h2>학력</h2><p>가나대학교 컴퓨터공학과 2013 – 2019</p></body></html>"
    )


def entries(draft: dict) -> list[tuple]:
    return [
        (work["company"], work["position"], work["duration"], work["project_name"])
        for work in draft["work_experiences"]
    ]


@pytest.mark.parametrize("render", [text, markdown], ids=["text", "markdown"])
def test_given_a_bare_name_dated_before_the_tenure_above_when_parsed_then_it_is_the_next_employer(render):
    draft = parse_resume(b"", text=render(ROWS), today=TODAY).draft

    assert entries(draft) == EXPECTED
    assert draft["work_experiences"][-1]["achievements"] == ROWS[-1][2]


@pytest.mark.browser
def test_given_the_page_printed_by_chromium_when_parsed_then_the_bare_name_is_the_next_employer(browser):  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(page(ROWS), wait_until="load")
    draft = parse_resume(sheet.pdf(), filename="resume.pdf", today=TODAY).draft

    assert entries(draft) == EXPECTED


@pytest.mark.parametrize("render", [text, markdown], ids=["text", "markdown"])
def test_given_a_bare_name_dated_inside_the_tenure_above_when_parsed_then_it_stays_a_project(render):
    rows = [*ROWS[:3], ("배포 도구 정비", "2023.08 – 2024.02", ROWS[3][2])]

    draft = parse_resume(b"", text=render(rows), today=TODAY).draft

    assert entries(draft)[-1] == ("Northwind Data", "백엔드 개발자", "2023.08 – 2024.02", "배포 도구 정비")


@pytest.mark.parametrize("render", [text, markdown], ids=["text", "markdown"])
def test_given_a_bare_name_whose_period_overlaps_the_tenure_when_parsed_then_it_stays_a_project(render):
    rows = [*ROWS[:3], ("이관 준비", "2020.11 – 2021.04", ROWS[3][2])]

    draft = parse_resume(b"", text=render(rows), today=TODAY).draft

    assert entries(draft)[-1] == ("Northwind Data", "백엔드 개발자", "2020.11 – 2021.04", "이관 준비")
