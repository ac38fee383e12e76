"""Job cards on Jekyll about pages (all people invented): a company heading over a period item
and a "team title" item, a period item open at a dash, a bare total after a bracketed period,
and a facilitator's title before its employer."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.dates import find_periods
from resumes.parsing.headers import header_parts

TODAY = datetime.date(2026, 2, 1)


def _work(text: str) -> list[tuple]:
    draft = parse_resume(text.encode(), filename="about.md", today=TODAY).draft
    return [(w["company"], w["position"], w["duration"], w["achievements"]) for w in draft["work_experiences"]]


def test_given_period_and_role_items_under_a_company_heading_when_parsed_then_they_are_the_header():
    text = (
        "# Mina Park\n\n## Career\n\n"
        "#### 하늘랩\n- 2023.01.02 -\n- 검색 팀 Backend Engineer\n\n"
        "#### 바다소프트\n- 2020.03.02 - 2022.12.30\n- Platform 팀 Data Engineer\n"
    )

    assert _work(text) == [
        ("하늘랩", "검색 팀 Backend Engineer", "2023.01.02 -", []),
        ("바다소프트", "Platform 팀 Data Engineer", "2020.03.02 - 2022.12.30", []),
    ]


def test_given_a_long_duty_list_under_a_heading_when_parsed_then_a_role_like_duty_stays_a_duty():
    duties = "- 2020.03 - 2022.12\n- Mentored a junior engineer\n- Ran the on-call rota\n- Wrote the runbook\n"
    text = f"# Mina Park\n\n## Career\n\n#### 바다소프트\n{duties}"

    [(company, position, _, achievements)] = _work(text)
    assert (company, position) == ("바다소프트", None)
    assert "Wrote the runbook" in achievements


def test_given_a_date_then_a_dash_alone_on_a_line_when_read_then_it_is_an_ongoing_period():
    [period] = find_periods("2025.09.15 -")

    assert period.end is None and period.text == "2025.09.15 -"
    assert find_periods("Acme 2025.09 -") == []


def test_given_a_bare_total_after_a_bracketed_period_when_split_then_it_is_no_title():
    title, period = header_parts("( 2022.02. ~ 2023.03., 1년 2개월 )")

    assert title == "" and period.text == "2022.02. ~ 2023.03."


def test_given_a_facilitator_title_before_its_employer_when_parsed_then_both_are_read():
    text = (
        "# 🎓 Work Experience\n\n"
        '## **Learning Facilitator, <a href="https://example.org/">모두의학교</a>**\n'
        "  ( *2020.12. ~ 2021.12., 1년 1개월* )\n\n"
        "- AI 기초 이론 수업 진행\n"
    )

    assert _work(text) == [("모두의학교", "Learning Facilitator", "2020.12. ~ 2021.12.", ["AI 기초 이론 수업 진행"])]
