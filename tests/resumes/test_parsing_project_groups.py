"""Projects sections that repeat the career's rows above the projects: an employer row with
its tenure, a job title row with its period, a place. Those rows group the projects and are
never projects themselves (left out of the section's lines, or read as the group they head); the
line under a title row names the project. Invented content."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.project_groups import is_title_row, without_group_rows

TODAY = datetime.date(2026, 1, 15)

TITLE_ROWS = """Dana Park
dana@example.org

EXPERIENCE
Harborline\tAugust 2018 - Present
Software Engineer
- Ran the checkout service for the storefront.

PROJECTS
Software Engineer\tMay 2019 - Present
Team Feedback Portal
- Wrote 20 serverless endpoints in Python.
- Designed a schema of 12 tables.
Software Engineer\tJanuary - June 2017
Dashcam Clip Exchange
- Built a payout API for uploaders.
"""

EMPLOYER_GROUPS = """# 한지민

## Experience

### (주) 노스윈드 | Data Lead | Jun 2022 - Sep 2024
- Led the pricing data team of four.

### (주) 노스윈드 | iOS Developer | Jan 2019 - Jun 2022
- Moved the app to Swift.

### 브라이트웨이 | Backend Engineer | Jan 2018 - Nov 2018
- Kept the payment API running.

## Projects

### (주) 노스윈드 Jan 2019 - Sep 2024

DataEngineer, AI Lab Jun 2022 - Sep 2024

중구, 서울

Price Index Pipeline Jan 2023 - Oct 2023
- Loaded three million rows a day into Aurora.

iOS Developer, Mobile Team Jan 2019 - Jun 2022

강남, 서울

**Gallery App Release**
- Shipped the wall hanger feature with ARKit.

### Trail Finder 2021 - 2022
- A hiking map for Seoul.
"""


def parse(text: str, filename: str) -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def test_given_a_dated_job_title_row_over_a_name_when_parsed_then_the_name_names_the_project():
    projects = parse(TITLE_ROWS, "resume.txt")["personal_projects"]

    assert [p["name"] for p in projects] == ["Team Feedback Portal", "Dashcam Clip Exchange"]
    assert projects[0]["duration"] == "May 2019 - Present"
    assert projects[0]["key_achievements"] == [
        "Wrote 20 serverless endpoints in Python.",
        "Designed a schema of 12 tables.",
    ]
    assert "Software Engineer" in projects[0]["description"]


def test_given_projects_grouped_under_an_employer_row_when_parsed_then_they_are_that_employers_work():
    draft = parse(EMPLOYER_GROUPS, "resume.md")

    named = {e["project_name"]: e for e in draft["work_experiences"] if e["project_name"]}
    assert set(named) == {"Price Index Pipeline", "Gallery App Release"}
    assert named["Price Index Pipeline"]["position"] == "Data Lead"
    assert named["Gallery App Release"]["position"] == "iOS Developer"
    assert named["Gallery App Release"]["achievements"] == ["Shipped the wall hanger feature with ARKit."]
    assert [p["name"] for p in draft["personal_projects"]] == ["Trail Finder"]


def test_given_job_title_rows_when_checked_then_a_title_with_a_team_is_one_and_a_product_is_not():
    assert is_title_row("DataEngineer, AI Labs")
    assert is_title_row("iOS Developer, Mobile Team")
    assert not is_title_row("Team Feedback Portal")
    assert not is_title_row("Price Index Pipeline")


def test_given_projects_grouped_under_employer_and_role_rows_when_read_then_the_rows_are_no_projects():
    lines = [
        make_line("Harbor Analytics\tJan 2019 - Sep 2024"),
        make_line("Data Engineer, Insights Lab\tJun 2022 - Sep 2024"),
        make_line("Berlin, Germany"),
        make_line("Price history pipeline\tJan 2023 - Oct 2023"),
        make_line("- Loaded the price feeds nightly"),
        make_line("Mobile Developer, Apps Team\tBerlin, Germany"),
        make_line("Offline map viewer\tFeb 2020 - Mar 2021"),
    ]

    kept = without_group_rows(lines, [{"company": "Harbor Analytics"}])

    assert [line.text for line in kept] == [
        "Price history pipeline\tJan 2023 - Oct 2023",
        "Loaded the price feeds nightly",
        "Offline map viewer\tFeb 2020 - Mar 2021",
    ]


def test_given_an_employer_row_in_other_case_and_spacing_when_read_then_it_is_left_out_but_a_legal_form_is_not_folded():
    lines = [
        make_line("HARBOR  ANALYTICS\tJan 2019 - Sep 2024"),
        make_line("Harbor Analytics Inc.\tJan 2019 - Sep 2024"),  # compared letter for letter, no legal form off
        make_line("Price history pipeline\tJan 2023 - Oct 2023"),
    ]

    kept = without_group_rows(lines, [{"company": "Harbor Analytics"}])

    assert [line.text for line in kept] == [
        "Harbor Analytics Inc.\tJan 2019 - Sep 2024",
        "Price history pipeline\tJan 2023 - Oct 2023",
    ]


def test_given_an_employer_bullet_in_other_case_and_spacing_over_projects_when_parsed_then_they_are_its_work():
    draft = parse(
        "# 한지민\n\n## Experience\n\n### Harbor Analytics | Data Engineer | Jan 2019 - Sep 2024\n"
        "- Ran the price data platform.\n\n## Projects\n\n- harbor  analytics\n  - Price Index Pipeline\n"
        "    - Loaded three million rows a day into Aurora.\n\n- Trail Finder\n  - A hiking map for Seoul.\n",
        "resume.md",
    )

    named = [
        (e["company"], e["position"]) for e in draft["work_experiences"] if e["project_name"] == "Price Index Pipeline"
    ]
    assert named == [("Harbor Analytics", "Data Engineer")]
    assert [p["name"] for p in draft["personal_projects"]] == ["Trail Finder"]
