"""A career listed first (a table of employers, or header lines with no work heading) and then
detailed: the details join the entries already read, and a headless career of "Title at Company
(period), Place" lines is still the career. All people and companies are invented."""

from __future__ import annotations

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
