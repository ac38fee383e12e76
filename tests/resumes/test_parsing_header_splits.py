"""Header lines whose parts were read the wrong way round: a field word before a title ("UX
Designer"), a slash between employer and title, a bracket holding the team and the title, a
place after a dash. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.roles import company_and_position
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("UX Designer, Harbor Bank", ("Harbor Bank", "UX Designer")),
        ("BI Analyst, Orbit Retail", ("Orbit Retail", "BI Analyst")),
        ("가나다소프트 / 백엔드 개발자", ("가나다소프트", "백엔드 개발자")),
        ("가나다소프트 (플랫폼팀, 팀장)", ("가나다소프트", "팀장")),
        ("라온데이터 (데이터팀, 선임 연구원)", ("라온데이터", "선임 연구원")),
        ("Acme (Platform Team, Staff Engineer)", ("Acme", "Staff Engineer")),
        ("ACME CORP — San Francisco, CA", ("ACME CORP", None)),
        ("누리랩 (스타트업)", ("누리랩 (스타트업)", None)),
    ],
)
def test_given_a_header_line_when_split_then_the_employer_and_title_are_told_apart(line, split):
    assert company_and_position(line) == split


def test_given_a_bold_company_with_its_place_over_a_title_and_period_when_parsed_then_both_are_read():
    draft = parse_markdown(
        "# Daniel Kim\n\n## EXPERIENCE\n\n**ACME CORP** — San Francisco, CA\nSenior Software Engineer | 2019 – 2022\n"
        "- Scaled the payments API\n\n**BRIGHTLINE INC.** — Austin, TX\nSoftware Engineer | 2016 – 2019\n"
        "- Built dashboards\n"
    )
    assert entries(draft) == [
        ("ACME CORP", "Senior Software Engineer", "2019 – 2022"),
        ("BRIGHTLINE INC.", "Software Engineer", "2016 – 2019"),
    ]


def test_given_dated_lines_with_the_team_and_title_in_a_bracket_when_parsed_then_the_title_is_the_position():
    draft = parse_markdown(
        "# 강민서\n\n## 주요 경력\n\n- 2021.03 ~ 현재 : 가나다소프트 (플랫폼팀, 팀장)\n"
        "- 2018.02 ~ 2021.02 : 라온데이터 (데이터팀, 선임 연구원)\n"
    )
    assert entries(draft) == [
        ("가나다소프트", "팀장", "2021.03 ~ 현재"),
        ("라온데이터", "선임 연구원", "2018.02 ~ 2021.02"),
    ]
