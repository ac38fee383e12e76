"""Skills noise: a grid's cell labels ("• DevOps" over "Docker, Airflow") read into an item or
kept alone, a row label ("Collab") kept as a skill, and personal traits ("Lifelong Learner",
"Activator") taken for technologies. Invented people and lists."""

from __future__ import annotations

import pytest

from resumes.parsing.skill_items import skill_names
from tests.resumes.documents import parse_markdown


def others(markdown: str) -> list[str]:
    return parse_markdown(markdown)["technical_skills"]["others"]


def test_given_a_grid_label_read_into_the_first_item_when_named_then_the_label_comes_off():
    assert skill_names(["DevOps Docker", "Airflow", "Backend FastAPI"]) == ["Docker", "Airflow", "FastAPI"]


@pytest.mark.parametrize("label", ["AI", "LLM", "Database", "DevOps", "Frontend", "Cloud"])
def test_given_a_grid_label_alone_when_named_then_it_is_no_skill(label):
    assert skill_names([label, "Docker"]) == ["Docker"]


def test_given_a_catalog_name_starting_with_a_group_word_when_named_then_it_stays_whole():
    assert skill_names(["Cloud Run", "Data Studio Reports"]) == ["Cloud Run", "Data Studio Reports"]


def test_given_a_collab_row_label_in_a_skills_table_when_parsed_then_the_label_is_no_skill():
    markdown = (
        "# 한서윤\nseoyun@example.com\n\n## Skills\n| | | | |\n|---|---|---|---|\n"
        "| Design | Figma | Photoshop | |\n| Collab | Notion | Jira | Slack |\n"
    )

    assert others(markdown) == ["Figma", "Photoshop", "Notion", "Jira", "Slack"]


def test_given_a_collab_label_before_a_spaced_list_when_parsed_then_it_labels_the_row():
    assert others("# Dana Holt\ndana@example.com\n\n## Skills\nCollab  Notion, Jira, Slack\n") == [
        "Notion",
        "Jira",
        "Slack",
    ]


def test_given_personal_traits_listed_as_skills_when_parsed_then_only_the_technology_is_kept():
    traits = ["Lifelong Learner", "Problem Solver", "Active Listener", "Activator", "Team Player"]
    markdown = "# Dana Holt\ndana@example.com\n\n## Skills\n" + "".join(f"- {t}\n" for t in [*traits, "Python"])

    skills = parse_markdown(markdown)["technical_skills"]

    assert skills["programming_languages"] == ["Python"]
    assert skills["others"] == []
