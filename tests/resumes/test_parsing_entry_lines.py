"""Entry lines written as one sentence: "role — company (place) · period", "company — role
(period)", a position on the line under the company, and project lines named before a dash.
The lines are invented; none is taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.roles import company_and_position

TODAY = datetime.date(2026, 1, 15)


def parse_markdown(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def entries(draft: dict) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Data Engineer — Brightwell Logistics Ltd (Lisbon)", "Brightwell Logistics Ltd", "Data Engineer"),
        ("Backend Developer — Larchwood Studio (Remote)", "Larchwood Studio", "Backend Developer"),
        ("QA Engineer — Copperleaf Games (Cape Town)", "Copperleaf Games", "QA Engineer"),
        ("가온소프트 (재택) — 백엔드 개발자", "가온소프트", "백엔드 개발자"),
        ("Solvay Partners (Europe) Ltd — Analyst", "Solvay Partners (Europe) Ltd", "Analyst"),
    ],
)
def test_given_a_place_in_a_trailing_bracket_when_split_then_the_company_is_the_name_alone(title, company, position):
    assert company_and_position(title) == (company, position)


def test_given_role_dash_company_place_dot_period_lines_when_parsed_then_each_is_one_entry():
    draft = parse_markdown(
        "# Tomas Weller\n\n## Experience\n\n"
        "**Staff Engineer** — Harrowgate Insurance PLC (Dublin) · Feb 2021 – Present\n\n"
        "- Moved claims scoring to a streaming pipeline\n\n"
        "**Backend Developer** — Pinecrest Apps (Remote) · Jul 2018 – Jan 2021\n\n"
        "- Wrote the billing service\n"
    )
    assert entries(draft) == [
        ("Harrowgate Insurance PLC", "Staff Engineer", "Feb 2021 – Present"),
        ("Pinecrest Apps", "Backend Developer", "Jul 2018 – Jan 2021"),
    ]
