"""Every data file the coach reads is sound: schema, ids, duplicates, languages and links."""

import pytest

from careercoach.coach import validation
from careercoach.coach.catalog import all_technologies
from careercoach.coach.knowledge import AREA_IDS, ROLE_IDS, load_knowledge


def test_technology_catalog_has_no_problems():
    assert validation.catalog_problems() == []


def test_areas_file_has_no_problems():
    assert validation.areas_problems() == []


def test_roles_file_has_no_problems():
    assert validation.roles_problems() == []


def test_phrasing_files_have_both_languages():
    assert validation.phrasing_problems() == []


def test_catalog_has_at_least_150_technologies_and_every_role_family():
    assert validation.coverage_problems() == []
    assert len(all_technologies()) >= validation.MIN_TECHNOLOGIES


def test_every_link_is_https_on_an_allow_listed_domain():
    domains = validation.allowed_domains()
    links = [t.docs for t in all_technologies()]
    links += [url for area in load_knowledge().areas.values() for url, _ in area.links]
    assert links
    assert [
        (url, validation.link_problem(url, domains)) for url in links if validation.link_problem(url, domains)
    ] == []


def test_every_area_and_role_family_is_defined():
    knowledge = load_knowledge()
    assert set(AREA_IDS) <= set(knowledge.areas)
    assert set(ROLE_IDS) <= set(knowledge.roles)


@pytest.mark.parametrize(
    "url, accepted",
    [
        ("https://kubernetes.io/docs/concepts/", True),
        ("http://kubernetes.io/docs/", False),
        ("https://kubernetes.io.evil.example/docs", False),
        ("https://example.com/", False),
        ("kubernetes.io/docs", False),
        (None, False),
    ],
)
def test_link_check_accepts_only_https_on_listed_hosts(url, accepted):
    assert (validation.link_problem(url, {"kubernetes.io"}) == "") is accepted


def test_validator_reports_duplicates_unknown_areas_missing_language_and_bad_links(tmp_path):
    (tmp_path / "a.yaml").write_text(
        """
- id: widget
  name: Widget
  aliases: [wdg]
  category: tool
  roles: [backend]
  areas: [not_an_area]
  docs: http://widget.invalid/
  concepts: {en: [a, b, c]}
  failure_modes: {en: [a, b], ko: [가, 나]}
  scaling: {en: [a, b], ko: [가, 나]}
  testing: {en: [a], ko: [가]}
  advanced: {en: [a, b], ko: [가, 나]}
  alternatives: [nothing-here]
""",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        """
- id: widget
  name: Other Widget
  aliases: [wdg]
  category: tool
  roles: [backend]
  areas: [testing]
  docs: https://kubernetes.io/
  concepts: {en: [a, b, c], ko: [가, 나, 다]}
  failure_modes: {en: [a, b], ko: [가, 나]}
  scaling: {en: [a, b], ko: [가, 나]}
  testing: {en: [a], ko: [가]}
  advanced: {en: [a, b], ko: [가, 나]}
- id: gadget
  name: Gadget
  aliases: [wdg]
  category: tool
  roles: [backend]
  areas: [testing]
  docs: https://kubernetes.io/
  concepts: {en: [a, b, c], ko: [가, 나, 다]}
  failure_modes: {en: [a, b], ko: [가, 나]}
  scaling: {en: [a, b], ko: [가, 나]}
  testing: {en: [a], ko: [가]}
  advanced: {en: [a, b], ko: [가, 나]}
""",
        encoding="utf-8",
    )
    problems = "\n".join(validation.catalog_problems(tmp_path))
    assert "duplicate id" in problems
    assert "'wdg' also belongs to widget" in problems
    assert "unknown area id 'not_an_area'" in problems
    assert "concepts.ko is missing" in problems
    assert "not a well-formed https URL" in problems
    assert "alternative 'nothing-here'" in problems
