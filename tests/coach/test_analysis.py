"""Resume analysis: evidence units, role family, experience band and demonstrated areas."""

import pytest

from careercoach.coach.analysis import analyze
from careercoach.coach.resume import merged_months, parse_period
from tests.coach.resumes import (
    english_senior_go,
    korean_backend_junior,
    resume_with_months,
    student_without_work,
    unknown_stack_resume,
)


def test_each_job_and_project_becomes_an_evidence_unit_with_its_source():
    analysis = analyze(korean_backend_junior())
    sources = [u.source for u in analysis.units]
    assert sources[:2] == ["work_experiences[0]", "personal_projects[0]"]
    job = analysis.units[0]
    assert job.org == "동네세탁"  # the legal form (주) is dropped
    assert job.name == "세탁예약 플랫폼"
    assert {"django", "postgresql", "celery"} <= job.stack_ids
    assert any(("120회", "6회") in a.pairs for a in job.achievements)


def test_achievement_text_alone_demonstrates_database_optimization():
    resume = {
        "work_experiences": [
            {
                "company": "A",
                "project_name": "B",
                "tech_stack": [],
                "achievements": ["복합 인덱스 추가로 쿼리 수 120->6"],
            }
        ]
    }
    assert "database_optimization" in analyze(resume).demonstrated


def test_using_a_framework_alone_does_not_demonstrate_performance_work():
    resume = {
        "work_experiences": [
            {
                "company": "A",
                "project_name": "Shop",
                "tech_stack": ["Vue 3", "Pinia"],
                "achievements": ["상품 목록 화면 개발"],
            }
        ]
    }
    analysis = analyze(resume)
    assert "performance" not in analysis.demonstrated
    assert "frontend_architecture" in analysis.demonstrated


@pytest.mark.parametrize(
    "builder, role",
    [
        (korean_backend_junior, "backend"),
        (english_senior_go, "backend"),
        (student_without_work, "frontend"),
    ],
)
def test_role_family_follows_titles_and_technologies(builder, role):
    assert analyze(builder()).role == role


def test_a_stated_target_role_wins_over_the_current_title():
    resume = korean_backend_junior()
    resume["summary"] = "데이터 분석가로 일했고 지금은 데이터 엔지니어로의 전환을 준비하고 있습니다."
    resume["work_experiences"][0]["position"] = "데이터 분석가"
    resume["work_experiences"][0]["tech_stack"] = ["Python", "pandas", "Apache Airflow", "PostgreSQL"]
    assert analyze(resume).role == "data_engineering"


def test_both_backend_and_frontend_work_under_a_full_stack_title_is_full_stack():
    resume = korean_backend_junior()
    resume["work_experiences"][0]["position"] = "풀스택 개발자"
    resume["work_experiences"][0]["tech_stack"] += ["React", "TypeScript", "React Query"]
    assert analyze(resume).role == "fullstack"


@pytest.mark.parametrize("months, band", [(0, "junior"), (23, "junior"), (24, "mid"), (59, "mid"), (60, "senior")])
def test_band_follows_total_experience_months(months, band):
    assert analyze(resume_with_months(months)).band == band


def test_band_falls_back_to_the_jobs_durations_counting_overlaps_once():
    resume = korean_backend_junior()
    resume.pop("total_experience_months")
    resume["work_experiences"].append(dict(resume["work_experiences"][0], duration="2024.10 ~ 2025.02"))
    analysis = analyze(resume)
    assert analysis.months == 12
    assert analysis.band == "junior"


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2024.05 ~ 2025.06", (2024, 5), (2025, 6)),
        ("2023.12 - 2024.02", (2023, 12), (2024, 2)),
        ("Jan 2020 - Mar 2022", (2020, 1), (2022, 3)),
        ("2023.10", (2023, 10), (2023, 10)),
    ],
)
def test_periods_are_parsed_in_the_common_formats(text, start, end):
    assert parse_period(text)[:2] == (start, end)


def test_ongoing_periods_end_now():
    start, end, ongoing = parse_period("2022.04 - present")
    assert ongoing and start == (2022, 4) and end >= (2024, 1)


def test_overlapping_periods_count_each_month_once():
    assert merged_months([((2024, 1), (2024, 6)), ((2024, 4), (2024, 12))]) == 12


def test_gaps_are_expected_areas_that_are_not_demonstrated():
    analysis = analyze(english_senior_go())
    gap_ids = [a for a, _ in analysis.gaps]
    assert gap_ids and not set(gap_ids) & set(analysis.demonstrated)
    assert "security" in gap_ids


def test_without_work_experience_shipping_skills_come_first():
    analysis = analyze(student_without_work())
    assert [a for a, _ in analysis.gaps[:3]] == ["ci_cd", "containers", "cloud"]


def test_unknown_technologies_are_kept_by_name():
    analysis = analyze(unknown_stack_resume())
    assert analysis.units[0].unknown_stack == ["Zorblax", "QuuxDB", "Flimflam Forms"]


@pytest.mark.parametrize(
    "resume",
    [
        None,
        [],
        "text",
        {},
        {"work_experiences": "oops"},
        {"work_experiences": [None, 3, {"achievements": "one line"}]},
        {"total_experience_months": "lots"},
    ],
)
def test_any_shape_of_input_is_analyzed_without_error(resume):
    analysis = analyze(resume)
    assert analysis.band in ("junior", "mid", "senior")
    assert analysis.role
