"""Periods written the short way: two months sharing one year ("June-July 2017", "Jun–Aug 2019",
"2020년 3월 ~ 5월") and the double hyphen pandoc users type for an en dash ("Jun 2021 -- Present").
The people and employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.dates import find_periods
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("June-July 2017", (2017, 6), (2017, 7)),
        ("May-August 2016", (2016, 5), (2016, 8)),
        ("Jun–Aug 2019", (2019, 6), (2019, 8)),
        ("Sept. to Dec. 2021", (2021, 9), (2021, 12)),
        ("2020년 3월 ~ 5월", (2020, 3), (2020, 5)),
        ("Nov–Feb 2020", (2019, 11), (2020, 2)),  # over the new year: the start is in the year before
        ("Jun 2021 -- Present", (2021, 6), None),
        ("Jan 2019 --- Feb 2022", (2019, 1), (2022, 2)),
        ("2019.03 -- 2021.02", (2019, 3), (2021, 2)),
    ],
)
def test_given_a_short_written_period_when_read_then_it_is_one_period_with_both_months(written, start, end):
    periods = find_periods(f"Corvane Group  Summer Trainee    {written}")
    assert [(p.text, (p.start.year, p.start.month)) for p in periods] == [(written, start)]
    assert (None if periods[0].end is None else (periods[0].end.year, periods[0].end.month)) == end


def test_given_a_thematic_break_or_a_dash_leader_when_read_then_no_period_is_made():
    assert find_periods("---") == []
    assert find_periods("Acme Corp, Lead SE ------------ Denver CO") == []
    assert find_periods("June and July were busy months") == []


def test_given_entries_dated_with_two_months_of_one_year_when_parsed_then_each_entry_is_kept():
    draft = parse_markdown(
        "# Orin Vasquel\n\norin@example.com\n\n## Experience\n\n"
        "**Brightmoor Analytics**, Data Engineer    March 2019-June 2021\n\n"
        "Built nightly data loads in Python and Airflow for the sales team.\n\n"
        "**Tallow & Finch Ltd.**, Research Intern    June-July 2017\n\n"
        "Wrote survey scripts in R for the lab and cleaned the survey data.\n"
    )
    assert entries(draft) == [
        ("Brightmoor Analytics", "Data Engineer", "March 2019-June 2021"),
        ("Tallow & Finch Ltd.", "Research Intern", "June-July 2017"),
    ]
    assert "Wrote survey scripts" in str(draft["work_experiences"][1])


def test_given_markdown_headings_with_a_double_hyphen_period_and_a_place_when_parsed_then_each_has_its_period():
    draft = parse_markdown(
        "# Mira Tollander\n\nmira@example.com\n\n## Experience\n\n"
        "### Platform Lead, Quillfern | Mar 2022 -- Present | Remote\n\n"
        "- Led a team of four building a billing service in Go.\n\n"
        "### Backend Engineer, Harbor Nine | Jan 2019 --- Feb 2022 | Lisbon, Portugal\n\n"
        "- Moved the order pipeline to Kafka.\n\n---\n\n## Education\n\n- Lisbon Tech, BSc Informatics\n"
    )
    assert entries(draft) == [
        ("Quillfern", "Platform Lead", "Mar 2022 -- Present"),
        ("Harbor Nine", "Backend Engineer", "Jan 2019 --- Feb 2022"),
    ]
