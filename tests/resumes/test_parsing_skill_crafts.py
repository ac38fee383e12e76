"""A skills list names technologies, not crafts, practices or soft skills: "Data Entry", "Copy
Editing", "Organization", "UI/UX", "CI/CD" and a sidebar label "PROGRAMMING" are not
technologies, while a plain-word tool the catalog lacks ("Quillstone", "Microsoft Suite") stays;
a line labelled "Interpersonal:" or "Soft skills:" holds no technology. Prose: a place name holds
no technology ("Hong Kong" is not Kong), and "React,js" (a comma typed for a dot) is React.js,
never a bare "js". All people and lines here are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.skill_items import skill_names
from resumes.parsing.technologies import mentioned_technologies, technology_key

TODAY = datetime.date(2026, 2, 1)


def parse(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def all_skills(draft: dict) -> list[str]:
    return [name for values in draft["technical_skills"].values() for name in values]


def test_given_technical_and_interpersonal_lines_when_parsed_then_only_tools_are_skills():
    draft = parse(
        "# Dana Whitlow\n\n## Skills\n\n"
        "Technical: C++, R, Quillstone, Microsoft Suite, AP Style, Data Entry, Proofreading/Copy Editing\n\n"
        "Interpersonal: Critical Thinking, Negotiation, Organization, Time-Management\n"
    )
    assert all_skills(draft) == ["C++", "R", "Quillstone", "Microsoft Suite"]


def test_given_a_soft_skills_label_when_parsed_then_its_items_are_not_skills():
    draft = parse(
        "# 한지우\n\n## 기술\n\n- 언어: Kotlin, Go\n- 소프트 스킬: 조율, Facilitation\n- Soft skills: Empathy\n"
    )
    assert all_skills(draft) == ["Kotlin", "Go"]


def test_given_practices_and_group_words_as_items_when_read_then_they_are_dropped():
    items = ["PROGRAMMING", "UI/UX", "CI/CD", "Web Development", "Unit Testing", "Swing", "Phoenix", "Elm"]
    assert skill_names(items) == ["Swing", "Phoenix", "Elm"]


def test_given_a_database_family_and_an_app_style_written_out_when_read_then_the_catalog_names_them():
    names = skill_names(["SQL and NoSQL Database", "Progressive Web Applications", "REST API"])
    assert [technology_key(name) for name in names[:3]] == ["sql", "nosql", "pwa"]


def test_given_a_place_name_holding_an_alias_when_prose_is_read_then_the_place_is_no_technology():
    found = mentioned_technologies("Trainee, Harbourline Ltd. Hong Kong: built reports with Kafka and Grafana")
    assert [technology_key(name) for name in found] == ["kafka", "grafana"]


def test_given_a_comma_typed_for_a_dot_when_read_then_the_library_is_named_and_no_bare_js():
    draft = parse("# Mira Osei\n\n## Skills\n\n- HTML, CSS • React,js, Node.js, and Java\n")
    keys = {technology_key(name) for name in all_skills(draft)}
    assert keys == {"html", "css", "react", "nodejs", "java"}
    assert "js" not in all_skills(draft)
    assert mentioned_technologies("Shipped the app with React,js and Node.js") == ["React.js", "Node.js"]
