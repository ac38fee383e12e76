"""Two columns inside one entry of a page printed by Chromium (pdfcolumns.py, pdfbands.py):
a project's labels and their values on the left ("역할 / 기간 / 기술", stacked or as "역할: …")
beside its description and results on the right, and a job's two lists side by side
(Responsibilities | Achievements). Each block is read column by column, where it stands,
and the page around it row by row: the next job's title and date end the block. People and
employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
PROJECTS = [
    {
        "title": "정산 자동화",
        "역할": "정산 배치 설계와 개발, 운영 인수인계",
        "기간": "2021.05 – 2022.01",
        "기술": "Java, Spring Batch, MySQL, Airflow",
        "text": "가맹점 정산을 하루 한 번 돌리던 배치를 시간 단위로 나누어 다시 작성했습니다. "
        "실패한 구간만 다시 돌릴 수 있게 하여 야간 장애 대응이 줄었습니다.",
        "bullets": [
            "정산 소요 시간을 4시간에서 40분으로 줄였습니다",
            "정산 오류 문의를 월 30건에서 5건으로 줄였습니다",
        ],
    },
    {
        "title": "주문 검색 개편",
        "역할": "검색 색인 설계, API 개발",
        "기간": "2022.03 – 2023.06",
        "기술": "Kotlin, Elasticsearch, Kafka",
        "text": "주문 검색을 데이터베이스 조회에서 검색 엔진으로 옮겼습니다. "
        "변경 이벤트를 받아 색인을 갱신하도록 하여 검색 결과가 몇 초 안에 맞춰집니다.",
        "bullets": ["검색 응답 시간을 2초에서 200밀리초로 줄였습니다", "상담원 화면의 검색 조건을 12개로 늘렸습니다"],
    },
]
LABELS = ("역할", "기간", "기술")
GRID = "display: grid; grid-template-columns: 38% 58%; column-gap: 4%"


def stacked(project: dict) -> str:
    return (
        "<dl style='margin: 0'>"
        + "".join(f"<dt><b>{label}</b></dt><dd style='margin: 0 0 4px 0'>{project[label]}</dd>" for label in LABELS)
        + "</dl>"
    )


def inline(project: dict) -> str:
    return "<div>" + "".join(f"<p><b>{label}:</b> {project[label]}</p>" for label in LABELS) + "</div>"


def korean_page(labels) -> str:
    blocks = "".join(
        f"<h3>{p['title']}</h3><div style='{GRID}'>{labels(p)}<div><p>{p['text']}</p>"
        f"<ul>{''.join(f'<li>{b}</li>' for b in p['bullets'])}</ul></div></div>"
        for p in PROJECTS
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 16mm }"
        " body { font: 10.5pt sans-serif; margin: 0 } p { margin: 2px 0 } h3 { margin: 10px 0 4px 0 }"
        " .row { display: flex; justify-content: space-between }</style></head><body><h1>한서윤</h1>"
        "<p>seoyun@example.com · 010-1234-5678</p><h2>경력</h2>"
        "<div class='row'><b>Northwind Data</b><span>2021.03 – 현재</span></div><p>백엔드 개발자 · 결제플랫폼팀</p>"
        f"{blocks}<h2>기술</h2><p>Java, Kotlin, Spring Boot, Elasticsearch, Kafka, MySQL</p></body></html>"
    )


DUTIES = [
    "Owned the billing export and its nightly schedule across regions",
    "Ran the on-call rota for the data platform team",
    "Reviewed designs for the event pipeline and its consumers",
]
RESULTS = [
    "Cut the nightly run from four hours to forty minutes",
    "Moved the event pipeline to Kafka with no lost messages",
    "Halved the pages the on-call engineer gets each week",
]


def lists_page() -> str:
    def column(title: str, items: list[str]) -> str:
        return f"<div><h4>{title}</h4><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul></div>"

    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 16mm }"
        " body { font: 10.5pt sans-serif; margin: 0 } .row { display: flex; justify-content: space-between }"
        " .grid { display: grid; grid-template-columns: 48% 48%; column-gap: 4% } h4 { margin: 6px 0 2px 0 }"
        " ul { margin: 0; padding-left: 16px }</style></head><body><h1>Avery Quill</h1><p>avery@example.com</p>"
        "<h2>Experience</h2><div class='row'><b>Tern Analytics</b><span>Mar 2021 – Present</span></div>"
        f"<p><i>Staff Engineer</i></p><div class='grid'>{column('Responsibilities', DUTIES)}"
        f"{column('Achievements', RESULTS)}</div>"
        "<div class='row'><b>Heron Maps</b><span>Jan 2018 – Feb 2021</span></div><p><i>Senior Engineer</i></p>"
        "<ul><li>Moved the tile renderer to Go and cut the cold start of every map request by two thirds.</li></ul>"
        "<h2>Skills</h2><p>Go, Python, Kafka, PostgreSQL, Kubernetes, Terraform</p></body></html>"
    )


def printed(browser, html: str) -> bytes:  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(html, wait_until="load")
    return sheet.pdf(prefer_css_page_size=True)


@pytest.mark.browser
@pytest.mark.parametrize("labels", [stacked, inline], ids=["stacked-labels", "inline-labels"])
def test_given_labels_beside_a_description_in_one_project_when_parsed_then_each_side_is_read_whole(
    browser,  # noqa: F811
    labels,
):
    texts = parse_resume(printed(browser, korean_page(labels)), filename="resume.pdf", today=TODAY).text.splitlines()

    for project in PROJECTS:
        assert project["text"] in texts  # the description whole, no label inside it
        assert all(f"- {bullet}" in texts for bullet in project["bullets"])
        assert any(line.endswith(project["기술"]) for line in texts)
        assert texts.index(project["text"]) > texts.index(project["title"])


@pytest.mark.browser
def test_given_two_lists_side_by_side_in_one_job_when_parsed_then_each_list_is_read_and_the_next_job_after(
    browser,  # noqa: F811
):
    result = parse_resume(printed(browser, lists_page()), filename="resume.pdf", today=TODAY)

    texts = result.text.splitlines()
    assert texts.index(f"- {DUTIES[-1]}") < texts.index("Achievements") < texts.index(f"- {RESULTS[0]}")
    assert "Heron Maps Jan 2018 – Feb 2021" in texts
    works = result.draft["work_experiences"]
    assert [(w["company"], w["position"], w["duration"]) for w in works] == [
        ("Tern Analytics", "Staff Engineer", "Mar 2021 – Present"),
        ("Heron Maps", "Senior Engineer", "Jan 2018 – Feb 2021"),
    ]
    assert works[0]["achievements"] == DUTIES + RESULTS
