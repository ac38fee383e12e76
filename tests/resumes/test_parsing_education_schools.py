"""An education line whose school has no school word ("TU Berlin, M.Sc. Computer Science"):
the name part beside a degree that names its field is the school. Invented content."""

from __future__ import annotations

import pytest

from resumes.parsing.education import _fields
from tests.resumes.documents import parse_markdown


@pytest.mark.parametrize(
    ("line", "school", "degree", "major", "period"),
    [
        ("Harlow TU, M.Sc. Computer Science, 2015 – 2017", "Harlow TU", "M.Sc.", "Computer Science", "2015 – 2017"),
        ("ETH Lindau — MSc Robotics, 2019–2021", "ETH Lindau", "MSc", "Robotics", "2019–2021"),
        ("KAIST, B.S. in Computer Science (2012-2016)", "KAIST", "B.S.", "Computer Science", "2012-2016"),
        ("B.Sc. Data Science, Aalto Tech, 2020 - 2022", "Aalto Tech", "B.Sc.", "Data Science", "2020 - 2022"),
        ("Ph.D. in Physics | Lindqvist Institut", "Lindqvist Institut", "Ph.D.", "Physics", None),
        ("한빛공과원 | 전자공학 석사 | 2018.03 ~ 2020.02", "한빛공과원", "석사", "전자공학", "2018.03 ~ 2020.02"),
    ],
)
def test_given_a_school_without_a_school_word_beside_a_degree_with_its_field_when_read_then_it_is_the_school(
    line, school, degree, major, period
):
    fields = _fields(line)

    assert (fields["institution"], fields["degree"], fields["major"], fields["period"]) == (
        school,
        degree,
        major,
        period,
    )


@pytest.mark.parametrize(
    ("line", "major"),
    [
        ("B.S. Physics, Minor in Mathematics, 2010 - 2014", "Physics"),
        ("Ph.D. in Chemistry, GPA 3.9, 2001 - 2005", "Chemistry"),
        ("Computer Science, B.S., 2008 - 2012", "Computer Science"),
        ("M.Sc. Statistics, thesis on sampling", "Statistics"),
        ("컴퓨터공학 학사 | 부전공 경영학", "컴퓨터공학"),
    ],
)
def test_given_a_degree_beside_a_note_or_a_bare_field_when_read_then_no_school_is_made_up(line, major):
    fields = _fields(line)

    assert fields["institution"] is None
    assert fields["major"] == major


def test_given_two_schools_without_school_words_when_parsed_then_each_is_its_own_entry():
    draft = parse_markdown(
        "# Mira Talvik\n\n## Education\n\n"
        "- Harlow TU, M.Sc. Computer Science, 2015 – 2017\n"
        "- ETH Lindau — MSc Robotics, 2012 – 2015\n"
    )

    assert [(e["institution"], e["degree"], e["major"]) for e in draft["education"]] == [
        ("Harlow TU", "M.Sc.", "Computer Science"),
        ("ETH Lindau", "MSc", "Robotics"),
    ]
