"""A LaTeX resume template printed to text heads each project "Name | Stack, Stack ⇥ dates".
What follows the bar, when it lists only known technologies, is the project's stack and no
part of its name; a bar before other words stays in the name. The projects are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def _projects(heading: str) -> list[dict]:
    text = f"""Noor Haldane
noor.haldane@example.com

PROJECTS
{heading}\tMar. 2021 -- Present
  • A seed-swap board used by 40 community gardens
"""
    return parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft["personal_projects"]


def test_given_a_stack_after_a_bar_in_a_dated_project_heading_when_parsed_then_the_name_is_alone():
    project = _projects("Seedswap | Svelte, Go, PostgreSQL")[0]

    assert project["name"] == "Seedswap"
    assert project["tech_stack"] == ["Svelte", "Go", "PostgreSQL"]


def test_given_words_that_are_no_technologies_after_a_bar_when_parsed_then_they_stay_in_the_name():
    project = _projects("Seedswap | Community Edition")[0]

    assert project["name"] == "Seedswap | Community Edition"
