"""The sentences of one feedback agree with its own facts (feedback/compose.py): the grade reason
is built from the same point counts the points show and names only causes that applied, so it
never says "no numbers" beside a strength quoting the answer's numbers, nor "0 of 3 covered" for
a grade earned by partly covered points."""

import re

from careercoach.coach.feedback import evaluate_answer
from careercoach.coach.feedback.compose import grade_reason
from careercoach.coach.feedback.grading import Verdict
from careercoach.coach.feedback.points import PointResult

KO = {
    "type": "Implementation",
    "difficulty": "medium",
    "topic": "배포 자동화",
    "question": "사내 배포 파이프라인을 어떻게 자동화하셨나요?",
    "what_good_answers_cover": ["배포 승인 절차", "롤백 방법과 기준", "배포 시간 단축을 수치로 제시"],
}
EN = dict(
    KO,
    topic="Deployment automation",
    question="How did you automate the internal deployment pipeline?",
    what_good_answers_cover=["approval steps before release", "rollback method and criteria", "deploy time in numbers"],
)
NO_NUMBERS = ("no concrete mechanism or number", "no number", "구체적인 방법이나 수치 없이", "수치나 도구")


def _counts(result: dict) -> dict:
    return {s: sum(p["status"] == s for p in result["points"]) for s in ("covered", "partial", "missing")}


def _stated_counts(reason: str) -> dict:
    """The counts the reason states, read back from its own words."""
    found = {}
    for status, pattern in (
        ("covered", r"구체적으로 다룬 것 (\d+)개|(\d+) covered concretely"),
        ("partial", r"부분적으로만 다룬 것 (\d+)개|(\d+) only partly covered"),
        ("missing", r"빠진 것 (\d+)개|(\d+) missing"),
    ):
        match = re.search(pattern, reason)
        found[status] = int(next(g for g in match.groups() if g)) if match else 0
    return found


def test_given_a_low_grade_answer_with_numbers_when_composing_then_the_reason_does_not_claim_no_numbers():
    answer = "요즘은 배포를 하루 14번 정도 합니다. 예전에는 주 2회였고 한 번에 40분씩 걸렸습니다."
    result = evaluate_answer(KO, answer)
    assert result["grade"] <= 2
    assert any("14" in s for s in result["strengths"])  # the numbers are seen
    assert not any(phrase in result["grade_reason"] for phrase in NO_NUMBERS)


def test_given_an_english_low_grade_answer_with_numbers_when_composing_then_no_claim_of_no_numbers():
    answer = "We deploy about 14 times a day now. It used to be twice a week and took 40 minutes each time."
    result = evaluate_answer(EN, answer)
    assert result["grade"] <= 2
    assert result["language"] == "en"
    assert not any(phrase in result["grade_reason"] for phrase in NO_NUMBERS)


def test_given_an_answer_with_nothing_concrete_when_composing_then_only_the_improvements_ask_for_numbers():
    answer = "배포는 팀에서 잘 자동화했고 승인 절차도 있었고 롤백도 할 수 있게 했습니다. 전반적으로 효율적이었습니다."
    result = evaluate_answer(KO, answer)
    assert not any("수치(" in s for s in result["strengths"])
    assert any("수치" in s for s in result["improvements"])
    assert _stated_counts(result["grade_reason"]) == _counts(result)


def test_given_two_partly_covered_points_when_composing_a_grade_two_then_the_reason_names_them_as_partly_covered():
    results = [
        PointResult("a", "partial", "…", 0.4, 3.0),
        PointResult("b", "partial", "…", 0.4, 3.0),
        PointResult("c", "missing", "", 0.0, 0.0),
    ]
    for language in ("ko", "en"):
        reason = grade_reason(Verdict(2, "2"), results, language)
        assert _stated_counts(reason) == {"covered": 0, "partial": 2, "missing": 1}
        assert "0" not in reason  # no "Only 0 of 3"


def test_given_any_evaluated_answer_when_composing_then_the_reason_states_the_point_counts_shown():
    answers = [
        "승인은 슬랙 버튼으로 팀장 1명이 누르게 했고, 롤백은 이전 이미지 태그로 되돌려 2분 안에 끝났습니다.",
        "배포 시간은 40분에서 6분으로 줄었습니다. 승인 절차는 따로 없었습니다.",
        "Approvals went through a Slack button; rollback redeployed the previous image tag within 2 minutes.",
    ]
    for answer in answers:
        question = EN if answer.isascii() else KO
        result = evaluate_answer(question, answer)
        counts, stated = _counts(result), _stated_counts(result["grade_reason"])
        if counts["covered"] == len(result["points"]) or counts["missing"] == len(result["points"]):
            continue  # stated as "all" / "none"
        assert stated == counts, (answer, result["grade_reason"])


def test_given_a_limit_that_did_not_apply_when_composing_then_it_is_not_named():
    results = [PointResult("a", "covered", "…", 0.8, 4.0), PointResult("b", "missing", "", 0.0, 0.0)]
    reason = grade_reason(Verdict(3, "3", []), results, "en")
    assert "number" not in reason and "grader" not in reason and "wrong" not in reason
    reason = grade_reason(Verdict(2, "2", ["no_concrete"]), results, "en")
    assert "no number" in reason


def test_given_a_point_touched_with_figures_when_grading_then_not_one_which_is_for_nothing_concrete():
    answer = "요즘은 배포를 하루 14번 정도 합니다. 예전에는 주 2회였고 한 번에 40분씩 걸렸습니다."
    result = evaluate_answer(KO, answer)
    assert any(p["status"] != "missing" for p in result["points"])
    assert result["grade"] == 2
    assert not any(phrase in result["grade_reason"] for phrase in NO_NUMBERS)
