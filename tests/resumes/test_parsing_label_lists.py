"""Employers written as bold label lists under a "## Portfolio" heading: "* **직무**", "* **경력**"
(one period or more), "* **기술**", "* **프로젝트**", each over a nested list. The labels are the
entry's fields, not projects named after them. The resume is invented; none is taken from a
resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from bench.parse_corpus_render import render_docx, to_html
from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

PORTFOLIO = """## Portfolio
### 해오름소프트 ([포트폴리오 클릭](https://example.org/haeoreum))
* **직무**
    - 백엔드 서버 개발자
* **경력**
    - 2016.02.01 ~ 2018.07.31
    - 2018.10.01 ~ 2020.05.29
* **기술**
    - Java, Spring Boot
    - PostgreSQL, Redis
* **프로젝트**
    - [정산 배치 시스템](https://example.org/haeoreum/settle)
    - [사내 검색 서비스](https://example.org/haeoreum/search)

### 물결데이터 ([포트폴리오 클릭](https://example.org/mulgyeol))
* **직무**
    - 데이터 엔지니어
* **경력**
    - 2020.07.01 ~ 2022.03.31
* **기술**
    - Python, Airflow
* **프로젝트**
    - [수집 파이프라인 재구축](https://example.org/mulgyeol/pipeline)
"""


@pytest.fixture(params=["md", "docx"])
def parsed(request, tmp_path) -> dict:
    if request.param == "md":
        return parse_resume(PORTFOLIO.encode(), filename="resume.md", today=TODAY).draft
    source = tmp_path / "resume.md"
    source.write_text(PORTFOLIO, encoding="utf-8")
    return parse_resume(render_docx(to_html(source)), filename="resume.docx", today=TODAY).draft


def test_given_label_lists_under_a_portfolio_heading_when_parsed_then_each_period_is_a_work_entry(parsed):
    dated = [(w["company"], w["position"], w["duration"]) for w in parsed["work_experiences"] if w["duration"]]
    assert dated == [
        ("해오름소프트", "백엔드 서버 개발자", "2016.02.01 ~ 2018.07.31"),
        ("해오름소프트", "백엔드 서버 개발자", "2018.10.01 ~ 2020.05.29"),
        ("물결데이터", "데이터 엔지니어", "2020.07.01 ~ 2022.03.31"),
    ]


def test_given_a_projects_label_list_when_parsed_then_its_items_are_the_employers_projects(parsed):
    projects = [(w["company"], w["project_name"]) for w in parsed["work_experiences"] if w["project_name"]]
    assert projects == [
        ("해오름소프트", "정산 배치 시스템"),
        ("해오름소프트", "사내 검색 서비스"),
        ("물결데이터", "수집 파이프라인 재구축"),
    ]
    assert parsed["personal_projects"] == []


def test_given_a_tech_label_list_when_parsed_then_it_is_the_entrys_stack(parsed):
    assert parsed["work_experiences"][0]["tech_stack"] == ["Java", "Spring Boot", "PostgreSQL", "Redis"]


def test_given_role_and_period_labels_under_a_side_project_when_parsed_then_it_stays_a_project():
    draft = parse_resume(
        "## Projects\n### 산책 기록 앱\n* **역할**\n    - 앱 개발\n* **기간**\n    - 2021.03 ~ 2021.06\n"
        "* **기술**\n    - Flutter\n".encode(),
        filename="resume.md",
        today=TODAY,
    ).draft
    assert draft["work_experiences"] == []
    assert draft["personal_projects"][0]["name"] == "산책 기록 앱"
