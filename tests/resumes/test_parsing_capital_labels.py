"""Bold capitalised labels with a colon as section headings ("EXPERIENCE:", then "RELEVANT
PROJECTS:"): the projects label set as the work section's own heading was opens the projects
section, where a job's "Key Projects:" label stays the job's (sections.py). Invented text."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def resume(projects_label: str) -> str:
    return (
        "# TAMSIN OKAFOR\n\ntamsin.okafor@example.com\n\n"
        "**EXPERIENCE:**\n\n**Larkspur Learning Co.**\n\n"
        "Course Designer and App Developer | January 2022 - April 2022\n\n"
        "- Built interactive lessons for the mobile app\n\n"
        f"**{projects_label}**\n\n"
        "**Quiet Hours: Screen Time Limiter (Capstone)**\n\nAugust 2021 - November 2021\n\n"
        "- Wrote the Android client alone\n\n"
        "**Petal Planner**\n\nMarch 2023 - May 2023\n\n- Matched couples with local florists\n\n"
        "**EDUCATION:**\n\n2018 - 2022 | Northvale State University\n"
    )


def test_given_a_capital_projects_label_after_a_capital_work_label_when_parsed_then_it_opens_projects():
    draft = parse_resume(b"", text=resume("RELEVANT PROJECTS:"), today=TODAY).draft

    assert [w["company"] for w in draft["work_experiences"]] == ["Larkspur Learning Co."]
    assert [p["name"] for p in draft["personal_projects"]] == [
        "Quiet Hours: Screen Time Limiter (Capstone)",
        "Petal Planner",
    ]


def test_given_a_mixed_case_key_projects_label_inside_a_dated_job_when_parsed_then_no_projects_section_opens():
    text = (
        "# Tamsin Okafor\n\n## Experience\n\n**Larkspur Learning Co.** | 2020.01 - 2023.04\n\n"
        "- Led the lesson platform\n\n**Key Projects:**\n\n- Offline lesson sync\n\n## Education\n\nNorthvale State University\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    assert not draft["personal_projects"]
    assert {w["company"] for w in draft["work_experiences"]} == {"Larkspur Learning Co."}
