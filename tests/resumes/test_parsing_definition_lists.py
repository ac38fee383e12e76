"""Projects titled "Name (Year)", Markdown definition lists (a term, then ": " lines) in
experience and skills, and a skills term that heads a list. The resumes are invented; none is
taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.blocks import section_items
from resumes.parsing.lines import make_line
from resumes.parsing.projects import parse_projects
from resumes.parsing.technologies import mentioned_technologies

TODAY = datetime.date(2026, 1, 15)


def parse(text: str, filename: str) -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def test_given_project_lines_ending_in_a_bracketed_year_when_parsed_then_the_year_is_the_period_and_each_opens_a_project():
    draft = parse(
        "MARTA KOWALCZYK\nData Engineer\n\nPROJECTS\n\n"
        "Tidepool Sync (2020)\n  Command-line tool that mirrors tide gauge readings into SQLite.\n\n"
        "Orchard Notes (2024)\n  A note-taking web app for allotment gardeners written in Go.\n",
        "resume.txt",
    )
    projects = [(p["name"], p["duration"]) for p in draft["personal_projects"]]
    assert projects == [("Tidepool Sync", "2020"), ("Orchard Notes", "2024")]
    assert draft["personal_projects"][1]["description"].startswith("A note-taking web app")


def test_given_a_wrapped_description_ending_a_sentence_when_the_next_line_is_a_year_title_then_it_is_not_a_continuation():
    lines = [
        make_line("Quarry Maps (2022)"),
        make_line("Offline hiking maps for quarry trails, drawn from public survey data, as a phone app."),
        make_line("Beacon Relay (2023)"),
        make_line("A small relay for LoRa beacons."),
    ]
    lines[1].full = True  # ran to the margin, so only the year title keeps the next line apart
    projects = parse_projects(section_items(lines, wrapped=True))
    assert [(p["name"], p["duration"]) for p in projects] == [("Quarry Maps", "2022"), ("Beacon Relay", "2023")]


def test_given_a_markdown_definition_list_under_each_role_when_parsed_then_the_definitions_are_its_bullets():
    draft = parse(
        "# Ines Duarte\n\n## Experience\n\n"
        "Platform Engineer @ Lumen Parcel (2021–Present)\n\n"
        ": Rebuilt the label printing service so it survives printer outages\n\n"
        ": Moved deployments to Argo CD for every team\n\n"
        "Support Engineer @ Ribeira Telecom (2018–2021)\n\n"
        ": Wrote runbooks for the billing incident rotation\n",
        "resume.md",
    )
    work = [(w["company"], w["achievements"]) for w in draft["work_experiences"]]
    assert work == [
        (
            "Lumen Parcel",
            [
                "Rebuilt the label printing service so it survives printer outages",
                "Moved deployments to Argo CD for every team",
            ],
        ),
        ("Ribeira Telecom", ["Wrote runbooks for the billing incident rotation"]),
    ]


def test_given_skill_terms_over_definition_lines_when_parsed_then_the_terms_are_headings_not_skills():
    draft = parse(
        "# Ines Duarte\n\n## Skills\n\nLanguages\n: Kotlin, SQL\n\nSearch and ranking\n: Elasticsearch, Redis\n",
        "resume.md",
    )
    skills = draft["technical_skills"]
    named = [name for names in skills.values() for name in names]
    assert "Search and ranking" not in named
    assert skills["programming_languages"] == ["Kotlin", "SQL"]
    assert {"Elasticsearch", "Redis"} <= set(named)


def test_given_a_technology_over_a_list_when_parsed_then_it_stays_a_skill():
    draft = parse("# Ines Duarte\n\n## Skills\n\nPython\n- Django, Celery\n", "resume.md")
    named = [name for names in draft["technical_skills"].values() for name in names]
    assert {"Python", "Django", "Celery"} <= set(named)


def test_given_phpunit_and_cloudflare_workers_in_prose_when_read_then_the_catalog_names_them():
    found = mentioned_technologies("Covered the billing module with PHPUnit and moved webhooks to Cloudflare Workers")
    assert {"PHPUnit", "Cloudflare Workers"} <= set(found)
