"""Roles held at one employer listed as bullets under its heading become entries of their own.
All people and companies are invented."""

from __future__ import annotations

from tests.resumes.documents import entries, parse_markdown


def test_given_dated_role_bullets_under_an_employer_heading_when_parsed_then_each_role_is_an_entry():
    draft = parse_markdown(
        "# Aisha Bello\n\n## Experience\n\n### Northwind Labs (2017 – 2023)\n"
        "- **Engineering Manager** (2021 – 2023): led 3 teams, 18 engineers\n"
        "- **Senior Engineer** (2019 – 2021): owned the billing platform (Java, Kafka)\n\n"
        "### Quill Systems (2014 – 2017)\n- **Junior Developer**: maintained the CRM (PHP)\n"
    )
    assert entries(draft) == [
        ("Northwind Labs", "Engineering Manager", "2021 – 2023"),
        ("Northwind Labs", "Senior Engineer", "2019 – 2021"),
        ("Quill Systems", "Junior Developer", "2014 – 2017"),
    ]
    assert "owned the billing platform (Java, Kafka)" in draft["work_experiences"][1]["project_description"]


def test_given_duty_bullets_under_an_employer_heading_when_parsed_then_they_stay_achievements():
    draft = parse_markdown(
        "# Aisha Bello\n\n## Experience\n\n### Northwind Labs | Staff Engineer (2017 – 2023)\n"
        "- Hired the first data engineer and set up on-call\n- Cut build times in half\n"
    )
    assert entries(draft) == [("Northwind Labs", "Staff Engineer", "2017 – 2023")]
    assert len(draft["work_experiences"][0]["achievements"]) == 2
