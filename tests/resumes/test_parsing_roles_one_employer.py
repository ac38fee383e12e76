"""Several roles in a row at one employer, each over a "City, ST (work mode); period" line: the
place beside the period is no project, and entries with different positions or periods are never
merged as one project. Invented content."""

from __future__ import annotations

from resumes.parsing.employer_projects import same_projects_once
from resumes.parsing.places import is_place
from tests.resumes.documents import entries, parse_markdown

ROLES_AT_ONE_EMPLOYER = """# Experience

<h3>Staff Engineer, Quillfern</h3>
<p class="subtitle">Springfield, OR (fully remote); March 2021 &ndash; June 2023</p>

<p>Built the billing service from scratch and ran it for two years.</p>

<h3>Senior Engineer &amp; Architect, Quillfern</h3>
<p class="subtitle">Springfield, OR; May 2018 &ndash; March 2021</p>

<p>Led the frontend guild and the move to a shared design system.</p>

<h3>Engineer, Quillfern</h3>
<p class="subtitle">Springfield (remote); May 2016 &ndash; May 2018</p>

<p>Maintained the reporting site.</p>
"""


def test_given_three_titles_at_one_employer_over_place_lines_when_parsed_then_each_role_is_an_entry():
    draft = parse_markdown(ROLES_AT_ONE_EMPLOYER)

    assert entries(draft) == [
        ("Quillfern", "Staff Engineer", "March 2021 – June 2023"),
        ("Quillfern", "Senior Engineer & Architect", "May 2018 – March 2021"),
        ("Quillfern", "Engineer", "May 2016 – May 2018"),
    ]
    assert [w["project_name"] for w in draft["work_experiences"]] == [None, None, None]
    assert "Maintained the reporting site." in draft["work_experiences"][2]["project_description"]


def test_given_a_place_with_a_work_mode_note_when_checked_then_it_is_a_place_and_a_company_is_not():
    assert is_place("Springfield, OR (fully remote);")
    assert is_place("Lisbon, Portugal (hybrid)")
    assert not is_place("Quillfern (Remote)")
    assert is_place("Springfield, OR - remote")
    assert is_place("Dayton, OH – Hybrid")
    assert not is_place("Quillfern - remote")


def _entry(position, duration, name="Ledger Sync"):
    return {
        "company": "Quillfern",
        "position": position,
        "duration": duration,
        "project_name": name,
        "project_description": "",
        "achievements": [f"{position} work"],
        "tech_stack": [],
    }


def test_given_one_project_name_under_two_positions_when_deduplicated_then_both_entries_stay():
    kept = same_projects_once([_entry("Engineer", "2019.01 ~ 2020.01"), _entry("Lead", "2019.01 ~ 2020.01")])

    assert [e["position"] for e in kept] == ["Engineer", "Lead"]


def test_given_one_project_name_over_two_periods_when_deduplicated_then_both_entries_stay():
    kept = same_projects_once([_entry("Engineer", "2019.01 ~ 2020.01"), _entry("Engineer", "2020.02 ~ 2021.01")])

    assert len(kept) == 2


def test_given_one_project_written_twice_with_its_period_spaced_differently_when_deduplicated_then_it_is_one():
    kept = same_projects_once([_entry("Engineer", "2019.01 ~ 2020.01"), _entry(None, "2019.01~2020.01")])

    assert len(kept) == 1
    assert kept[0]["position"] == "Engineer"
