"""A sidebar page printed by Chromium whose name, set large, runs over both the sidebar and
the main column, then two columns below it (pdfsidebar.py): the heading band is read first,
then the sidebar, then the main column, so each job keeps its lines. And a word space is no
gutter: a full-width line under a block of two columns whose word gap falls where the block's
gutter is stays whole. People and employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
SIDEBAR = [
    ("Contact", ["marisol@example.com", "+1 555 0134", "Lisbon, Portugal"]),
    ("Skills", ["Go, Python, Kubernetes", "Terraform, PostgreSQL", "Kafka, Prometheus"]),
    ("Languages", ["English, Portuguese", "Spanish"]),
    ("Education", ["BSc Computer Science", "University of Porto, 2012"]),
]
JOBS = [
    (
        "Tern Analytics",
        "Staff Engineer",
        "Mar 2021 – Present",
        [
            "Rebuilt the billing export so the nightly run closes before the morning shift starts, "
            "with alerts the on-call engineer can act on.",
            "Moved the event pipeline to Kafka and cut the end-to-end delay from minutes to seconds "
            "for every customer dashboard.",
        ],
    ),
    (
        "Heron Maps",
        "Senior Engineer",
        "Jan 2018 – Feb 2021",
        [
            "Moved the tile renderer to Go and cut the cold start of every map request by two thirds across regions.",
            "Wrote the capacity model the platform team still uses to plan each quarter's hardware.",
        ],
    ),
    (
        "Cobalt Freight",
        "Software Engineer",
        "Jun 2013 – Dec 2017",
        ["Wrote the parcel router that the depot team still uses for each morning run, in Python and PostgreSQL."],
    ),
]
STYLE = (
    "@page { size: A4; margin: 14mm } body { font: 10pt sans-serif; margin: 0 }"
    " header h1 { font-size: 30pt; margin: 0 0 2px 0 } header p { margin: 0 0 12px 0; font-size: 12pt }"
    " .cols { display: grid; grid-template-columns: 30% 66%; column-gap: 4% }"
    " h2 { font-size: 13pt; margin: 10px 0 4px 0 } .row { display: flex; justify-content: space-between }"
    " ul { margin: 2px 0 6px 0; padding-left: 16px } p { margin: 2px 0 }"
)


def sidebar_page(name: str) -> str:
    aside = "".join(f"<h2>{title}</h2>" + "".join(f"<p>{line}</p>" for line in lines) for title, lines in SIDEBAR)
    main = "".join(
        f"<div class='row'><b>{company}</b><span>{dates}</span></div><p><i>{title}</i></p>"
        f"<ul>{''.join(f'<li>{b}</li>' for b in bullets)}</ul>"
        for company, title, dates, bullets in JOBS
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<header><h1>{name}</h1><p>Senior Platform Engineer</p></header>"
        f"<div class='cols'><aside>{aside}</aside><main><h2>Experience</h2>{main}</main></div></body></html>"
    )


def printed(browser, html: str) -> bytes:  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(html, wait_until="load")
    return sheet.pdf(prefer_css_page_size=True)


@pytest.mark.browser
@pytest.mark.parametrize(
    "name", ["Marisol Quintero-Adeyemi", "Marisol Q."], ids=["across-the-gutter", "in-the-sidebar"]
)
def test_given_a_sidebar_page_under_a_large_name_when_parsed_then_the_name_then_each_column_is_read(
    browser,  # noqa: F811
    name,
):
    result = parse_resume(printed(browser, sidebar_page(name)), filename="resume.pdf", today=TODAY)

    texts = result.text.splitlines()
    assert texts[0] == name
    assert texts.index("Contact") < texts.index("Education") < texts.index("Experience")
    assert not any("\t" in line and "@" in line for line in texts)  # no sidebar line beside a job's
    assert result.draft["name"] == name
    works = [(w["company"], w["position"], w["duration"]) for w in result.draft["work_experiences"]]
    assert works == [(company, title, dates) for company, title, dates, _ in JOBS]
    assert [w["achievements"] for w in result.draft["work_experiences"]] == [bullets for *_, bullets in JOBS]


@pytest.mark.browser
def test_given_a_full_width_line_whose_word_space_meets_a_block_gutter_when_parsed_then_it_stays_whole(
    browser,  # noqa: F811
):
    block = (
        "<h3>{title}</h3><div style='display: grid; grid-template-columns: 38% 58%; column-gap: 4%'>"
        "<dl style='margin: 0'><dt>역할</dt><dd style='margin: 0'>{role}</dd><dt>기간</dt>"
        "<dd style='margin: 0'>{dates}</dd><dt>기술</dt><dd style='margin: 0'>{stack}</dd></dl>"
        "<div><p>{text}</p><ul><li>{bullet}</li></ul></div></div>"
    )
    blocks = block.format(
        title="정산 자동화",
        role="정산 배치 설계와 개발, 운영 인수인계",
        dates="2021.05 – 2022.01",
        stack="Java, Spring Batch, MySQL, Airflow",
        text="가맹점 정산을 하루 한 번 돌리던 배치를 시간 단위로 나누어 다시 작성했습니다. "
        "실패한 구간만 다시 돌릴 수 있게 하여 야간 장애 대응이 줄었습니다.",
        bullet="정산 소요 시간을 4시간에서 40분으로 줄였습니다",
    ) + block.format(
        title="주문 검색 개편",
        role="검색 색인 설계, API 개발",
        dates="2022.03 – 2023.06",
        stack="Kotlin, Elasticsearch, Kafka",
        text="주문 검색을 데이터베이스 조회에서 검색 엔진으로 옮겼습니다. "
        "변경 이벤트를 받아 색인을 갱신하도록 하여 검색 결과가 몇 초 안에 맞춰집니다.",
        bullet="검색 응답 시간을 2초에서 200밀리초로 줄였습니다",
    )
    skills = "Java, Kotlin, Spring Boot, Elasticsearch, Kafka, MySQL"
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 16mm }"
        " body { font: 10.5pt sans-serif; margin: 0 }</style></head><body><h1>한서윤</h1>"
        "<p>seoyun@example.com · 010-1234-5678</p><h2>경력</h2><p><b>Northwind Data</b> 2021.03 – 현재</p>"
        f"{blocks}<h2>기술</h2><p>{skills}</p><h2>학력</h2><p>가나대학교 컴퓨터공학과 2013 – 2019</p></body></html>"
    )

    result = parse_resume(printed(browser, html), filename="resume.pdf", today=TODAY)

    assert skills in result.text.splitlines()
