"""A skills list names technologies, not the topics a person studies beside them: a security
resume's vulnerability classes ("XSS", "Broken Access Controls 'BAC'") and architecture concepts
("Service Discovery") are no technologies, while a name with a word saying how far it is known
("Bash scripting", "SQL basics") is that name. A label may list its groups with commas
("Infrastructures, Frameworks, and Software:"), a Korean pair joined by "+" is two names, and a
list ending in an ellipsis is not continued by the next line. All lines here are invented."""

from __future__ import annotations

from resumes.parsing.blocks import section_items
from resumes.parsing.lines import Line
from resumes.parsing.skill_items import skill_names
from resumes.parsing.technologies import technology_key
from tests.resumes.documents import parse_markdown


def skills(markdown: str) -> list[str]:
    return [name for values in parse_markdown(markdown)["technical_skills"].values() for name in values]


def test_given_vulnerability_classes_beside_tools_when_named_then_only_the_tools_are_skills():
    items = ["XSS", "CSRF", "SQL Injection (SQLi)", "Broken Access Controls 'BAC'", "Burp Suite", "Nmap"]
    assert skill_names(items) == ["Burp Suite", "Nmap"]


def test_given_an_architecture_concept_when_named_then_it_is_no_skill():
    assert skill_names(["Service Discovery", "Consul"]) == ["Consul"]


def test_given_a_name_with_a_word_saying_how_far_it_is_known_when_named_then_it_is_the_name():
    assert skill_names(["Bash scripting", "SQL basics", "Assembly basics"]) == ["Bash", "SQL", "Assembly"]


def test_given_a_korean_pair_joined_by_a_plus_when_named_then_both_are_skills():
    assert [technology_key(name) for name in skill_names(["파이썬+셀레니움"])] == ["python", "selenium"]


def test_given_a_label_listing_its_groups_with_commas_when_parsed_then_the_label_is_no_skill():
    found = skills(
        "# Dana Vale\n\n## Skills\n\n"
        "- Infrastructures, Frameworks, and Software: Git/Mercurial, PyTorch, Jupyter Notebook\n"
    )
    assert [technology_key(name) for name in found] == ["git", "mercurial", "pytorch", "jupyter"]


def test_given_a_list_ending_in_an_ellipsis_that_ran_to_the_margin_when_read_then_the_next_label_starts_an_item():
    lines = [
        Line("Web Security: XSS, CSRF, API testing, JWT attacks, ….", full=True),
        Line("Network Security: Wireshark, Nmap"),
    ]
    items = section_items(lines, wrapped=True, labels=False)
    assert [item.text for item in items] == [line.text for line in lines]
