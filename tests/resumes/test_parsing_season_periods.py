"""A season and its year is a period ("Summer 2009", "Fall 2019 – Spring 2020", "2019 여름"),
and an employment-type phrase before it ("Part-time", "Full-time co-op positions") says how the
job was held, never a project. Invented content."""

from __future__ import annotations

import pytest

from resumes.parsing.dates import find_periods
from resumes.parsing.places import is_employment_phrase
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Part-time, Summer 2009", (2009, 6), (2009, 8)),
        ("Fall 2019 – Spring 2020", (2019, 9), (2020, 5)),
        ("SUMMER 2018 - Present", (2018, 6), None),
        ("January 2013 – Summer 2014", (2013, 1), (2014, 8)),
        ("2019 여름 인턴", (2019, 6), (2019, 8)),
        ("2020년 겨울방학", (2020, 1), (2020, 2)),
    ],
)
def test_given_a_season_and_its_year_when_read_then_it_is_a_period_of_its_months(written, start, end):
    periods = find_periods(written)

    assert len(periods) == 1
    period = periods[0]
    assert (period.start.year, period.start.month) == start
    assert ((period.end.year, period.end.month) if period.end else None) == end


def test_given_a_season_word_in_prose_when_read_then_no_period():
    assert find_periods("we shipped it in the spring 2019 release") == []


@pytest.mark.parametrize("text", ["Part-time", "Full-time co-op positions", "Remote, contract role"])
def test_given_a_phrase_of_employment_words_when_checked_then_it_is_an_employment_phrase(text):
    assert is_employment_phrase(text)


@pytest.mark.parametrize("text", ["Part-time tutor", "Full-stack developer", "positions"])
def test_given_a_phrase_naming_more_than_the_arrangement_when_checked_then_it_is_not(text):
    assert not is_employment_phrase(text)


EMPLOYERS_WITH_TYPE_LINES = """# Experience

**Quillfern Systems**

Full-time co-op positions, January 2013 – January 2016

Wrote tools for the design team across four terms.

- Built a viewer for the model files.
- Fixed rendering bugs in the web client.

**Northvale Academy**

Part-time, Summer 2009

Taught an introductory programming camp for teenagers.
"""


def test_given_employer_lines_over_type_and_season_lines_when_parsed_then_each_employer_is_an_entry():
    draft = parse_markdown(EMPLOYERS_WITH_TYPE_LINES)

    assert entries(draft) == [
        ("Quillfern Systems", None, "January 2013 – January 2016"),
        ("Northvale Academy", None, "Summer 2009"),
    ]
    assert [w["project_name"] for w in draft["work_experiences"]] == [None, None]
    assert (
        "Taught an introductory programming camp for teenagers."
        in (draft["work_experiences"][1]["project_description"])
    )
