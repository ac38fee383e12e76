"""One-line employer headers joined by dashes ("Company — Title — City, ST — period"), written by
hand in a word processor: a line without its place part, and a dash spaced on one side only,
still split into employer, title and period. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.roles import company_and_position
from tests.resumes.documents import entries, parse_markdown

DASHED = """# Dana Whitfield

dana@example.com

## EXPERIENCE

Bluefin Freight LLC — Route Driver — Dayton, Ohio — Oct 2022 - Present
- Delivered two hundred parcels a day

Cobalt Lawn Care — Field Rep — Apr 2019 - Sep. 2019
- Signed new lawn clients

Ridge Motors —Sales Associate —July 2016 - Mar. 2019
- Sold used trucks

Pine Logistics LLC -Yard Driver —Akron, Ohio — Feb 2014 - June 2016
- Moved trailers in the yard
"""


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Ridge Motors —Sales Associate", ("Ridge Motors", "Sales Associate")),
        ("Ridge Motors— Sales Associate", ("Ridge Motors", "Sales Associate")),
        ("Pine Logistics LLC -Yard Driver", ("Pine Logistics LLC", "Yard Driver")),
        ("Orbit Labs, Front-End Engineer", ("Orbit Labs", "Front-End Engineer")),
    ],
)
def test_given_a_dash_spaced_on_one_side_when_split_then_it_still_separates_employer_and_title(line, split):
    assert company_and_position(line) == split


def test_given_dashed_one_line_headers_with_and_without_a_place_when_parsed_then_each_is_an_employer():
    draft = parse_markdown(DASHED)

    assert entries(draft) == [
        ("Bluefin Freight LLC", "Route Driver", "Oct 2022 - Present"),
        ("Cobalt Lawn Care", "Field Rep", "Apr 2019 - Sep. 2019"),
        ("Ridge Motors", "Sales Associate", "July 2016 - Mar. 2019"),
        ("Pine Logistics LLC", "Yard Driver", "Feb 2014 - June 2016"),
    ]
    assert [w["project_name"] for w in draft["work_experiences"]] == [None] * 4


def test_given_a_dated_line_within_the_employers_tenure_when_parsed_then_it_stays_a_project_of_that_employer():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## EXPERIENCE\n\nBluefin Freight LLC — Route Driver — Jan 2020 - Present\n"
        "- Planned routes\n\nNight Hub — Depot Rollout — Mar 2021 - Jun 2021\n- Opened a night depot\n"
    )

    assert [(w["company"], w["project_name"]) for w in draft["work_experiences"]] == [
        ("Bluefin Freight LLC", None),
        ("Bluefin Freight LLC", "Night Hub — Depot Rollout"),
    ]


def test_given_company_department_and_an_r_and_d_title_with_its_stack_when_parsed_then_the_last_part_is_the_title():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n"
        "### Orbit Labs Inc. - Storage - Storage Engine R&D(Go/Rust)   Sep 2023 – Present\n\n"
        "- Rewrote the compaction scheduler\n\n"
        "### Orbit Labs Inc. - Storage - Backend Engineer(Java/Kotlin)   May 2020 – Aug 2023\n\n"
        "- Built the admin console\n"
    )

    assert entries(draft) == [
        ("Orbit Labs Inc.", "Storage Engine R&D", "Sep 2023 – Present"),
        ("Orbit Labs Inc.", "Backend Engineer", "May 2020 – Aug 2023"),
    ]
    assert [w["tech_stack"] for w in draft["work_experiences"]] == [["Go", "Rust"], ["Java", "Kotlin"]]
