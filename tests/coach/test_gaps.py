"""Gaps are what a hiring manager for the role and level probes first (data/priors.yaml), never
what the resume shows; what a person led or built counts more than a keyword count."""

import pytest

from careercoach.coach import generate_learning
from careercoach.coach.analysis import analyze
from careercoach.coach.learning import planned_gaps
from careercoach.coach.priors import load_priors
from tests.coach import resumes_roles as R


def gaps_of(resume: dict) -> list[str]:
    return [area for area, _, _ in planned_gaps(analyze(resume))]


@pytest.mark.parametrize(
    ("builder", "expected"),
    [
        (R.ml_engineer_without_serving, "ml_ops"),
        (R.data_engineer_without_quality, "data_quality"),
        (R.android_without_release, "testing"),
        (R.frontend_without_accessibility, "accessibility"),
    ],
)
def test_given_a_role_family_when_its_first_probe_is_missing_then_it_is_the_first_gap(builder, expected):
    assert gaps_of(builder())[0] == expected


def test_given_a_mobile_resume_without_tests_or_release_then_both_are_gaps():
    assert set(gaps_of(R.android_without_release())[:2]) == {"testing", "ci_cd"}


def test_given_an_ml_engineer_without_serving_then_monitoring_follows_ml_ops():
    assert gaps_of(R.ml_engineer_without_serving())[:2] == ["ml_ops", "monitoring"]


def test_given_a_teacher_turned_developer_then_fundamentals_are_a_gap_and_the_domain_is_not():
    analysis = analyze(R.teacher_turned_developer())
    assert analysis.situation == "career_changer"
    gaps = gaps_of(R.teacher_turned_developer())
    assert gaps[0] == "programming_fundamentals"
    assert "business_domain" not in gaps


def test_given_a_data_analyst_moving_to_data_engineering_then_it_is_no_career_change():
    data = R.data_engineer_without_quality()
    data["summary"] = "데이터 분석가에서 데이터 엔지니어로 전환했습니다."
    assert analyze(data).situation == ""


def test_every_role_family_has_priors_for_every_band():
    families = load_priors().families
    from careercoach.coach.knowledge import ROLE_IDS

    for role in ROLE_IDS:
        bands = families[role]
        for band in ("junior", "mid", "senior"):
            assert bands.get(band) or bands.get("default"), (role, band)


@pytest.mark.parametrize(
    "builder",
    [
        R.ml_engineer_without_serving,
        R.data_engineer_without_quality,
        R.android_without_release,
        R.frontend_without_accessibility,
        R.teacher_turned_developer,
        R.architect_from_scratch,
    ],
)
def test_no_gap_is_an_area_the_resume_demonstrates(builder):
    analysis = analyze(builder())
    assert not set(gaps_of(builder())) & set(analysis.demonstrated)


def test_given_a_service_architected_from_scratch_then_system_design_is_shown_not_a_gap():
    analysis = analyze(R.architect_from_scratch())
    assert "system_design" in analysis.demonstrated
    assert "system_design" not in gaps_of(R.architect_from_scratch())


def test_given_the_builder_of_an_observability_platform_then_monitoring_is_no_gap_at_all():
    out = generate_learning(R.architect_from_scratch(), "en")
    assert not any("observability" in w.lower() or "monitoring" in w.lower() for w in out["analysis"]["weaknesses"])


def test_given_a_tco_analysis_then_cost_awareness_is_demonstrated():
    assert "cost_optimization" in analyze(R.architect_from_scratch()).demonstrated


def test_a_line_the_person_led_counts_more_than_one_that_merely_took_part():
    def with_line(line: str) -> float:
        data = R.architect_from_scratch()
        data["work_experiences"][0]["achievements"] = [line]
        return analyze(data).area_scores["monitoring"]

    assert with_line("Designed and built the company observability platform") > with_line(
        "Worked on the company observability platform"
    )
