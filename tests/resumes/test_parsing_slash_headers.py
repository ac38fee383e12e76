"""Entry headers parted by a double slash ("Title // Company", "Company // Title"): the side that
is a job title is the position, the other, whole, the company. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.roles import company_and_position
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Backend Engineer // Orbit Freight Inc.", ("Orbit Freight Inc.", "Backend Engineer")),
        ("Orbit Freight Inc. // Backend Engineer", ("Orbit Freight Inc.", "Backend Engineer")),
        (
            "Mobile Developer // Vision Lab @ Northvale University",
            ("Vision Lab @ Northvale University", "Mobile Developer"),
        ),
        ("Head Programmer & Co-Captain // Robotics Club 4411", ("Robotics Club 4411", "Head Programmer & Co-Captain")),
    ],
)
def test_given_a_header_parted_by_a_double_slash_when_split_then_the_title_side_is_the_position(line, split):
    assert company_and_position(line) == split


def test_given_title_double_slash_company_lines_with_their_periods_when_parsed_then_each_entry_is_read():
    draft = parse_markdown(
        "# Nora Bell\n\n## Experience\n\n"
        "Backend Engineer // Orbit Freight Inc. | Mar 2022 — Present\n"
        "- Rebuilt the shipment tracking service\n\n"
        "Reading Tutor // Maple Learning Center | Jan 2020 — Feb 2022\n"
        "- Tutored middle school students in reading\n"
    )
    assert entries(draft) == [
        ("Orbit Freight Inc.", "Backend Engineer", "Mar 2022 — Present"),
        ("Maple Learning Center", "Reading Tutor", "Jan 2020 — Feb 2022"),
    ]


def test_given_a_co_op_title_under_an_employer_line_with_its_place_and_stack_when_parsed_then_it_is_the_position():
    draft = parse_markdown(
        "# Nora Bell\n\n## Experience\n\n"
        "Orbit Freight, Denver, CO (Python | Docker) | January 2023 - Present\n"
        "Software Engineering Co-op\n"
        "- Automated the nightly freight reports\n"
    )
    assert entries(draft) == [("Orbit Freight", "Software Engineering Co-op", "January 2023 - Present")]
