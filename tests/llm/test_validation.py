import json

import pytest

from careercoach.generation.kinds import UnknownKind, get_kind
from careercoach.llm.base import ProviderError
from careercoach.llm.validation import extract_json
from interviews.schemas import DIFFICULTY_MIX, InterviewOutput
from interviews.validation import validate_questions
from learning.validation import validate_learning


def validate_output(kind_name: str, raw, *, difficulty_mix: dict | None = None) -> dict:
    """The kind's validator; for questions, `difficulty_mix` stands for the resume's band."""
    get_kind(kind_name)  # an unknown kind is an error, never a fall-through
    if kind_name == "interview":
        return validate_questions(raw, difficulty_mix)
    return validate_learning(raw)


def question(n: int, **changes) -> dict:
    item = {
        "type": "Implementation",
        "difficulty": "medium",
        "topic": "Kafka",
        "question": f"In Settlement Pipeline, how did you make consumer number {n} idempotent?",
        "what_good_answers_cover": ["dedup table keyed by event id", "what happens on redelivery"],
        "source": "work_experiences[0]",
    }
    item.update(changes)
    return item


def path(n: int, kind: str = "weakness", **changes) -> dict:
    item = {
        "type": kind,
        "title": f"Path {n}",
        "description": "Add metrics to Ringbell",
        "reason": "Ringbell has no monitoring",
        "resources": ["Prometheus overview", "Grafana docs"],
        "link": "https://prometheus.io/docs/introduction/overview/",
    }
    item.update(changes)
    return item


def learning(paths: list[dict]) -> dict:
    return {
        "analysis": {"strengths": ["Kafka in Settlement Pipeline"], "weaknesses": ["No monitoring"]},
        "summary": "Strong on pipelines, weak on operations.",
        "learning_paths": paths,
    }


def assert_invalid_output(exc_info):
    assert exc_info.value.code == "invalid_output"
    assert exc_info.value.transient is True


def test_json_inside_markdown_fence_is_extracted():
    text = "Here you go:\n```json\n" + json.dumps({"questions": [question(i) for i in range(5)]}) + "\n```\nEnjoy."

    payload = validate_output("interview", text)

    assert len(payload["questions"]) == 5


def test_prose_before_and_after_the_json_object_is_ignored():
    assert extract_json('Sure. {"a": [1, 2]} Hope this helps!') == {"a": [1, 2]}


def test_text_that_is_not_json_raises_transient_invalid_output():
    with pytest.raises(ProviderError) as exc_info:
        validate_output("interview", 'Sure! {"questions": [{"type": ')

    assert_invalid_output(exc_info)


def test_empty_answer_raises_invalid_output():
    with pytest.raises(ProviderError) as exc_info:
        validate_output("learning", "   ")

    assert_invalid_output(exc_info)


@pytest.mark.parametrize("spelling", ["tradeoff", "Tradeoff", "trade-off", "TRADE OFF", "trade_off", "Trade-offs"])
def test_trade_off_spelling_variants_normalize_to_trade_off(spelling):
    questions = [question(i) for i in range(5)]
    questions[2]["type"] = spelling

    payload = validate_output("interview", {"questions": questions})

    assert payload["questions"][2]["type"] == "Trade-off"


def test_difficulty_case_and_surrounding_whitespace_are_normalized():
    questions = [question(i) for i in range(5)]
    questions[0].update(difficulty=" HARD ", topic="  Kafka, Redis  ")

    payload = validate_output("interview", {"questions": questions})

    assert payload["questions"][0]["difficulty"] == "hard"
    assert payload["questions"][0]["topic"] == "Kafka, Redis"


def test_more_than_four_answer_points_are_trimmed_to_the_first_four():
    questions = [question(i) for i in range(5)]
    questions[1]["what_good_answers_cover"] = ["p1", "p2", "p3", "p4", "p5", "p6"]

    payload = validate_output("interview", {"questions": questions})

    assert payload["questions"][1]["what_good_answers_cover"] == ["p1", "p2", "p3", "p4"]


def test_six_valid_questions_keep_the_five_that_fit_the_difficulty_mix():
    difficulties = ["hard", "hard", "easy", "medium", "medium", "medium"]
    questions = [question(i, difficulty=d) for i, d in enumerate(difficulties)]

    payload = validate_output("interview", {"questions": questions}, difficulty_mix=DIFFICULTY_MIX["mid"])

    assert [q["difficulty"] for q in payload["questions"]] == ["hard", "easy", "medium", "medium", "medium"]


def test_six_valid_questions_without_a_mix_keep_the_first_five():
    questions = [question(i) for i in range(6)]

    payload = validate_output("interview", {"questions": questions})

    assert [q["question"] for q in payload["questions"]] == [q["question"] for q in questions[:5]]


def test_four_questions_are_rejected():
    with pytest.raises(ProviderError) as exc_info:
        validate_output("interview", {"questions": [question(i) for i in range(4)]})

    assert_invalid_output(exc_info)
    assert "4 valid questions" in exc_info.value.message


def test_five_questions_with_an_unknown_type_leave_four_and_are_rejected():
    questions = [question(i) for i in range(5)]
    questions[3]["type"] = "Architecture"

    with pytest.raises(ProviderError) as exc_info:
        validate_output("interview", {"questions": questions})

    assert_invalid_output(exc_info)


def test_a_repeated_question_counts_once():
    questions = [question(i) for i in range(4)] + [question(0)]

    with pytest.raises(ProviderError) as exc_info:
        validate_output("interview", {"questions": questions})

    assert "4 valid questions" in exc_info.value.message


def test_question_without_source_is_dropped():
    questions = [question(i) for i in range(6)]
    del questions[0]["source"]

    payload = validate_output("interview", {"questions": questions})

    assert payload["questions"][0]["question"] == questions[1]["question"]


def test_sdk_parsed_model_is_accepted_as_is():
    model = InterviewOutput.model_validate({"questions": [question(i) for i in range(5)]})

    assert validate_output("interview", model) == model.model_dump()


def test_learning_path_with_http_link_is_dropped_and_the_rest_kept():
    paths = [path(1, "strength"), path(2), path(3, link="http://prometheus.io/docs/"), path(4)]

    payload = validate_output("learning", learning(paths))

    assert [p["title"] for p in payload["learning_paths"]] == ["Path 1", "Path 2", "Path 4"]


def test_learning_path_linking_a_placeholder_domain_is_dropped():
    paths = [path(1, "strength"), path(2), path(3), path(4, link="https://www.example.com/kafka")]

    payload = validate_output("learning", learning(paths))

    assert all("example.com" not in p["link"] for p in payload["learning_paths"])
    assert len(payload["learning_paths"]) == 3


def test_fewer_than_three_valid_paths_are_rejected():
    paths = [path(1, "strength"), path(2), path(3, link="ftp://files.example.net/")]

    with pytest.raises(ProviderError) as exc_info:
        validate_output("learning", learning(paths))

    assert_invalid_output(exc_info)


def test_plan_without_a_weakness_path_is_rejected():
    paths = [path(i, "strength") for i in range(4)]

    with pytest.raises(ProviderError) as exc_info:
        validate_output("learning", learning(paths))

    assert "weakness" in exc_info.value.message


def test_path_type_casing_and_plural_are_normalized():
    paths = [path(1, "Strengths"), path(2, "WEAKNESS"), path(3)]

    payload = validate_output("learning", learning(paths))

    assert [p["type"] for p in payload["learning_paths"]] == ["strength", "weakness", "weakness"]


def test_more_than_eight_paths_keep_eight_with_both_types():
    paths = [path(i) for i in range(9)] + [path(9, "strength")]

    payload = validate_output("learning", learning(paths))

    assert len(payload["learning_paths"]) == 8
    assert {p["type"] for p in payload["learning_paths"]} == {"strength", "weakness"}


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(UnknownKind):
        validate_output("essay", "{}")


@pytest.mark.parametrize("months, band", [(30, "mid"), (84, "senior")])
def test_interview_kind_picks_five_of_more_by_the_resume_band(months, band):
    questions = (
        [question(i, difficulty="hard") for i in range(3)]
        + [question(i + 3) for i in range(3)]
        + [question(i + 6, difficulty="easy") for i in range(2)]
    )

    payload = get_kind("interview").validate({"questions": questions}, {"total_experience_months": months})

    picked = [q["difficulty"] for q in payload["questions"]]
    assert {level: picked.count(level) for level in DIFFICULTY_MIX[band]} == DIFFICULTY_MIX[band]
