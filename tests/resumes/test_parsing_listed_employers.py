"""A career listed first (a table of employers, or header lines with no work heading) and then
detailed: the details join the entries already read, and a headless career of "Title at Company
(period), Place" lines is still the career; a company is the same with or without its legal form.
All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.company_names import company_key
from tests.resumes.documents import entries, parse_markdown


def test_given_a_career_table_then_a_heading_per_employer_when_parsed_then_the_duties_join_the_rows():
    draft = parse_markdown(
        "# 배수아\n\n## Experience\n\n| 회사 | 포지션 | 기간 |\n|:---:|:---:|:---:|\n"
        "| **(주)구름다리** | Frontend Engineer | 2022.05 - 재직중 |\n"
        "| **토끼상점** | 웹 퍼블리셔 | 2019.03 - 2022.04 |\n\n"
        "### (주)구름다리\n- 디자인 시스템 구축 (React, Storybook)\n\n### 토끼상점\n- 쇼핑몰 리뉴얼 (Next.js)\n"
    )
    assert entries(draft) == [
        ("(주)구름다리", "Frontend Engineer", "2022.05 - 재직중"),
        ("토끼상점", "웹 퍼블리셔", "2019.03 - 2022.04"),
    ]
    assert [w["achievements"] for w in draft["work_experiences"]] == [
        ["디자인 시스템 구축 (React, Storybook)"],
        ["쇼핑몰 리뉴얼 (Next.js)"],
    ]


def test_given_title_at_company_lines_with_no_work_heading_when_parsed_then_they_are_the_career():
    draft = parse_markdown(
        "# Chen Wei\n\n**Senior Backend Engineer** at **Granite Cloud** (Jul 2021 - Present), Singapore\n"
        "- Designed the storage layer in Go\n\n"
        "**Backend Engineer** at **Tessera Pay** (Mar 2018 - Jun 2021), Kuala Lumpur\n- Built settlement services\n\n"
        "## Education\nNational University — BEng (2014 - 2018)\n"
    )
    assert entries(draft) == [
        ("Granite Cloud", "Senior Backend Engineer", "Jul 2021 - Present"),
        ("Tessera Pay", "Backend Engineer", "Mar 2018 - Jun 2021"),
    ]
    assert draft["work_experiences"][0]["achievements"] == ["Designed the storage layer in Go"]


def test_given_table_rows_with_english_legal_forms_then_headings_without_them_when_parsed_then_the_duties_join_the_rows():
    draft = parse_markdown(
        "# Jane Roe\n\n## Experience\n\n| Company | Position | Period |\n|:---:|:---:|:---:|\n"
        "| **Brightfield Labs Inc.** | Backend Engineer | 2021.03 - 2024.06 |\n"
        "| **Quillstone Ltd** | Web Developer | 2018.01 - 2021.02 |\n\n"
        "### Brightfield Labs\n- Built the billing API (Django)\n\n### Quillstone\n- Rebuilt the shop front (Vue)\n"
    )
    assert entries(draft) == [
        ("Brightfield Labs Inc.", "Backend Engineer", "2021.03 - 2024.06"),
        ("Quillstone Ltd", "Web Developer", "2018.01 - 2021.02"),
    ]
    assert [w["achievements"] for w in draft["work_experiences"]] == [
        ["Built the billing API (Django)"],
        ["Rebuilt the shop front (Vue)"],
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("(주) 노스윈드", "노스윈드"),
        ("노스윈드 주식회사", "노스윈드"),
        ("노스윈드㈜ 판교", "노스윈드 판교"),
        ("Acme Inc.", "acme"),
        ("Acme, LLC", "ACME"),
        ("Brightfield Labs Ltd", "Brightfield  Labs"),
    ],
)
def test_given_a_company_with_and_without_its_legal_form_when_keyed_then_the_keys_are_equal(one, other):
    assert company_key(one) == company_key(other) != ""


def test_given_two_companies_when_keyed_then_the_keys_differ_and_no_name_is_no_key():
    assert company_key("Acme Inc.") != company_key("Acme Labs")
    assert company_key(None) == company_key("") == ""
