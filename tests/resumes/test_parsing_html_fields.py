"""HTML resumes built from blocks named by their class ("exp-company", "proj-name", ".work-item
.position"): the class names are read as the fields of each entry. The people, companies and
projects are invented."""

from __future__ import annotations

import datetime

import lxml.html

from resumes.parsing import labels, parse_resume
from resumes.parsing.markup import html_lines
from resumes.parsing.markup_fields import class_field, is_site_link, project_name_parts

TODAY = datetime.date(2026, 1, 15)


def parse_html(body: str) -> dict:
    page = f"<html><body><h1>한소율</h1><p>soyul.han@example.com</p>{body}</body></html>"
    return parse_resume(page.encode(), filename="resume.html", today=TODAY).draft


def field_of(html: str, context=("exp", "item")) -> str | None:
    return class_field(lxml.html.fragment_fromstring(html), list(context))


def test_given_class_names_when_read_then_the_last_word_names_the_field():
    assert field_of('<div class="exp-company">x</div>') == labels.COMPANY
    assert field_of('<div class="employer">x</div>') == labels.COMPANY
    assert field_of('<div class="resume-position">x</div>') == labels.POSITION
    assert field_of('<span class="resume-dateworked">x</span>') == labels.PERIOD
    assert field_of('<span class="date">x</span>') == labels.PERIOD
    assert field_of('<p class="resume-company-description">x</p>') == labels.DESCRIPTION
    assert field_of('<div class="job-title">x</div>') == labels.POSITION
    assert field_of('<div class="company-name">x</div>') == labels.COMPANY


def test_given_name_or_title_classes_when_read_then_the_entry_says_whose_name_it_is():
    assert field_of('<div class="proj-name">x</div>') == labels.PROJECT
    assert field_of('<div class="title">x</div>', context=("project", "card")) == labels.PROJECT
    assert field_of('<div class="name">x</div>', context=("work", "item")) == labels.COMPANY
    assert field_of('<div class="name">x</div>', context=("edu", "item")) is None
    assert field_of('<h2 class="section-title">x</h2>') is None
    assert field_of('<div class="exp-subtitle">x</div>') is None


def test_given_exp_item_blocks_when_parsed_then_company_position_and_period_come_from_their_classes():
    draft = parse_html(
        "<h2>경력</h2>"
        '<div class="exp-item"><div class="exp-header">'
        '<div class="exp-company">(주)다온랩 <a href="https://daon.io">daon.io</a></div>'
        '<span class="exp-period">2021.03 - 2023.02</span></div>'
        '<div class="exp-position">Backend Engineer · 결제 플랫폼 (MAU 10만)</div>'
        "<ul><li>정산 배치를 재설계해 마감 시간을 4시간에서 40분으로 단축</li></ul></div>"
        '<div class="exp-item"><div class="exp-header">'
        '<div class="exp-company">누리소프트</div><span class="exp-period">2019.01 - 2021.02</span></div>'
        '<div class="exp-position">Software Engineer · DevOps</div>'
        "<ul><li>사내 배포 도구를 만들어 배포 횟수를 주 1회에서 하루 3회로 늘림</li></ul></div>"
    )
    works = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert works == [
        ("(주)다온랩", "Backend Engineer", "2021.03 - 2023.02"),
        ("누리소프트", "Software Engineer · DevOps", "2019.01 - 2021.02"),
    ]
    assert draft["work_experiences"][0]["project_name"] is None
    assert "결제 플랫폼 (MAU 10만)" in draft["work_experiences"][0]["project_description"]


def test_given_the_role_above_the_company_in_a_layout_table_when_parsed_then_each_item_opens_with_its_employer():
    item = (
        '<div class="resume-item"><table><tr><td><div class="resume-position">{role}</div>'
        '<div class="resume-company"><a href="https://{site}/">{company}</a> | Portland, OR</div>'
        '<div class="resume-company-description">Builds tools for tide gauges.</div></td>'
        '<td class="resume-dateworked">{period}<br/></td></tr>'
        '<tr><td colspan="2"><ul><li>Shipped the {company} ingest service</li></ul></td></tr></table></div>'
    )
    draft = parse_html(
        "<h2>Experience</h2>"
        + item.format(
            role="Site Reliability Engineer",
            site="tidal.example.com",
            company="Tidal Works",
            period="May 2021 - Present",
        )
        + item.format(
            role="Support Engineer", site="kelp.example.com", company="Kelp Labs", period="Jan 2018 - Apr 2021"
        )
    )
    works = [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]
    assert works == [
        ("Tidal Works", "Site Reliability Engineer", "May 2021 - Present", None),
        ("Kelp Labs", "Support Engineer", "Jan 2018 - Apr 2021", None),
    ]


def test_given_json_resume_theme_work_items_when_parsed_then_company_position_and_date_are_read():
    draft = parse_html(
        '<section id="work"><h2>Work</h2>'
        '<div class="work-item"><div class="position">Data Analyst</div><div class="company">Fernbrook Health</div>'
        '<div class="date">2020-04 - 2023-08</div><ul><li>Cut report runtime by half</li></ul></div>'
        '<div class="work-item"><div class="position">Junior Analyst</div><div class="company">Millpond Bank</div>'
        '<div class="date">2018-02 - 2020-03</div><ul><li>Automated the weekly ledger check</li></ul></div></section>'
    )
    works = [(w["company"], w["position"]) for w in draft["work_experiences"]]
    assert works == [("Fernbrook Health", "Data Analyst"), ("Millpond Bank", "Junior Analyst")]


def test_given_proj_items_when_parsed_then_the_name_class_names_the_project_and_its_tagline_is_the_description():
    draft = parse_html(
        "<h2>Projects</h2>"
        '<div class="proj-item"><div class="proj-header"><div class="proj-name">Kitewatch — 연 날리기 예보</div>'
        '<span class="proj-duration">2024</span></div><p class="proj-desc">바람 예보를 모아 보여주는 앱.</p>'
        "<ul><li>기상청 API 응답 캐시로 호출 수 70% 절감</li></ul></div>"
        '<div class="proj-item"><div class="proj-header"><div class="proj-name">tidy-csv</div>'
        '<span class="proj-duration">2023</span></div><ul><li>CSV 정리 CLI</li></ul></div>'
    )
    assert [p["name"] for p in draft["personal_projects"]] == ["Kitewatch", "tidy-csv"]
    assert "연 날리기 예보" in draft["personal_projects"][0]["description"]


def test_given_a_page_without_entry_classes_when_read_then_no_line_carries_a_field():
    lines = html_lines('<div class="section"><p class="date">Updated 2025</p><p class="intro">Hello</p></div>')
    assert [line.field for line in lines] == ["", ""]


def test_given_links_and_names_when_checked_then_a_bare_address_is_a_site_and_a_dash_ends_a_project_name():
    assert is_site_link("daon.io") and is_site_link("https://www.daon.io/")
    assert not is_site_link("Daon Lab")
    assert project_name_parts("Kitewatch — 연 날리기 예보") == ("Kitewatch", "연 날리기 예보")
    assert project_name_parts("tidy-csv") == ("tidy-csv", "")
