"""A portfolio section holding only a labelled link (link_projects.py): the link is the person's
portfolio, not a project named "포트폴리오"; a real project with a link stays. Invented text."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def parse(text: str) -> dict:
    return parse_resume(b"", text=text, today=TODAY).draft


def test_given_a_portfolio_section_with_only_its_link_when_parsed_then_the_link_is_the_contacts_portfolio():
    draft = parse(
        "# 한결\n\nhangyeol@example.com\n\n## 학력\n\n2016.03 ~ 2020.02 누리대학교\n\n"
        "## 포트폴리오\n\n포트폴리오: https://hangyeol.example.dev\n"
    )

    assert draft["personal_projects"] == []
    assert draft["contact"]["portfolio"] == "https://hangyeol.example.dev"


def test_given_a_github_link_alone_under_projects_when_parsed_then_it_fills_the_contacts_github():
    draft = parse("# Rowan Ellery\n\nrowan@example.com\n\n## Projects\n\n- GitHub: https://github.com/rowan-ellery\n")

    assert draft["personal_projects"] == []
    assert draft["contact"]["github"] == "https://github.com/rowan-ellery"


def test_given_a_named_project_with_a_link_when_parsed_then_it_stays_a_project():
    draft = parse(
        "# Rowan Ellery\n\nrowan@example.com\n\n## Projects\n\n### Tidepool Tracker\n\n"
        "Demo: https://tidepool.example.dev\n\n- Charted tide tables for anglers\n"
    )

    assert [p["name"] for p in draft["personal_projects"]] == ["Tidepool Tracker"]
