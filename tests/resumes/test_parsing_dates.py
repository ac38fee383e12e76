"""Periods as people write them, and months of experience counted from them."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing.dates import Date, find_dates, find_periods, months_covered

TODAY = datetime.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("2024.05 ~ 2025.06", (2024, 5), (2025, 6)),
        ("2023.12 - 2024.02", (2023, 12), (2024, 2)),
        ("2024.08 - 현재", (2024, 8), None),
        ("2024.08 - 현재 진행중", (2024, 8), None),
        ("Jan 2021 – Present", (2021, 1), None),
        ("03/2020 - 08/2022", (2020, 3), (2022, 8)),
        ("2024년 5월 ~ 재직 중", (2024, 5), None),
        ("Sept. 2020 to May 2022", (2020, 9), (2022, 5)),
        ("21.03 ~ 23.06", (2021, 3), (2023, 6)),
        ("2023.03 ~", (2023, 3), None),
        ("2021.09.14 ~ 2024.09.14", (2021, 9), (2024, 9)),
        ("Sept ’17 – present", (2017, 9), None),
        ("Sep '17 - Jun '19", (2017, 9), (2019, 6)),
        ("Nov ‘98 – Feb ’03", (1998, 11), (2003, 2)),
        ("21.03 ~ 23.9", (2021, 3), (2023, 9)),
        ("2019/04-2021/08", (2019, 4), (2021, 8)),
        ("2022.03 - 현 재", (2022, 3), None),
        ("2022.03 ~ 재 직 중", (2022, 3), None),
        ("07 2023 - 10 2023", (2023, 7), (2023, 10)),
        ("03 2010 – Present", (2010, 3), None),
        ("2024 ~ 2026.02", (2024, 1), (2026, 2)),
        ("2019.03 - 2021", (2019, 3), (2021, 12)),
    ],
)
def test_written_period_reads_as_start_and_end_month(written, start, end):
    periods = find_periods(f"(주)온워크 | 풀스택 개발자    {written}")
    assert len(periods) == 1
    period = periods[0]
    assert (period.start.year, period.start.month) == start
    assert (None if period.end is None else (period.end.year, period.end.month)) == end
    assert period.text == written


def test_bare_years_read_as_a_whole_year_each():
    period = find_periods("Westbrook University 2019 - 2021")[0]
    assert period.start == Date(2019, 1, False)
    assert period.end == Date(2021, 12, False)


def test_numbers_in_prose_are_not_periods():
    assert find_periods("serves 2,000+ B2B shippers and 40k events/sec across 30 cities") == []
    assert find_periods("요청당 쿼리 수를 120회에서 6회로 감소") == []


def test_single_dates_are_found_with_their_written_form():
    found = find_dates("정보처리기사 | 한국산업인력공단 | 2023.06.09")
    assert [written for _, written, _ in found] == ["2023.06.09"]


def test_both_end_months_count_so_four_months_from_september_to_december():
    assert months_covered(find_periods("2024.09 ~ 2024.12"), TODAY) == 4


def test_overlapping_projects_at_one_company_are_not_counted_twice():
    periods = find_periods("2024.05 ~ 2025.06") + find_periods("2024.11 ~ 2025.06")
    assert months_covered(periods, TODAY) == 14


def test_gap_between_jobs_is_not_counted():
    periods = find_periods("2022.03 ~ 2023.04") + find_periods("2023.06 ~ 2025.05")
    assert months_covered(periods, TODAY) == 14 + 24


def test_present_runs_to_the_injected_today():
    periods = find_periods("Jan 2025 – Present")
    assert months_covered(periods, datetime.date(2025, 3, 1)) == 3
    assert months_covered(periods, datetime.date(2026, 1, 31)) == 13


def test_planned_end_after_today_counts_only_up_to_today():
    assert months_covered(find_periods("2025.01 ~ 2026.12"), TODAY) == 7


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "~", "\u223c"])
def test_given_any_dash_or_tilde_a_word_processor_sets_between_two_dates_when_read_then_it_is_one_period(dash):
    periods = find_periods(f"2025.08 {dash} 2025.11")

    assert [(p.start.month, p.end.month) for p in periods] == [(8, 11)]


def test_given_a_misspelled_month_before_a_year_when_read_then_it_is_that_month():
    from resumes.parsing.dates import Date, find_periods

    [period] = find_periods("Febuary 2018 - Present")
    assert (period.start, period.end, period.text) == (Date(2018, 2, True), None, "Febuary 2018 - Present")
    [period] = find_periods("Janurary 2020 – Sept 2021")
    assert (period.start, period.end) == (Date(2020, 1, True), Date(2021, 9, True))


def test_given_a_word_far_from_any_month_before_a_year_when_read_then_the_year_stays_bare():
    from resumes.parsing.dates import find_periods

    [period] = find_periods("Korea 2019 - 2020")
    assert period.text == "2019 - 2020" and not period.start.precise


def test_given_a_count_before_a_year_in_prose_when_read_then_it_is_no_month():
    assert find_periods("served 3 2023 cohorts and 12 2024 cohorts") == []
    assert [p.text for p in find_periods("ran 4 2019 - 2021 pilots")] == ["2019 - 2021"]
