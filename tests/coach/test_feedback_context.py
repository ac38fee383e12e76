"""A follow-up answer is graded with what the earlier turns covered (feedback/context.py), and
the follow-up question aims at the most important open point (feedback/compose.py)."""

from careercoach.coach.feedback import evaluate_answer

QUESTION = {
    "type": "Scalability",
    "difficulty": "medium",
    "topic": "Kubernetes, Redis",
    "question": "트래픽이 10배가 되면 쿠버네티스와 Redis 구성에서 무엇이 먼저 한계에 닿을까요?",
    "what_good_answers_cover": [
        "Kubernetes HPA의 기준 지표와 스케일 아웃 조건",
        "Redis 캐시 만료 정책과 일관성",
        "한계 지점을 수치로 뒷받침",
    ],
    "source": "work_experiences[0]",
}
FIRST = (
    "제가 k8s HPA를 CPU 60% 기준으로 잡았고, p95 지연이 300ms를 넘으면 파드를 4개에서 12개까지 "
    "스케일 아웃하도록 조건을 걸었습니다."
)
FOLLOW_UP = (
    "시세 키에는 TTL 5초를 걸어 오래된 값이 자동으로 사라지게 했고, 가격이 바뀌면 해당 키를 "
    "바로 지워서 stale 데이터가 2초 이상 남지 않게 했습니다."
)


def _statuses(result: dict) -> list[str]:
    return [p["status"] for p in result["points"]]


def test_given_a_point_covered_in_the_first_turn_when_grading_the_follow_up_then_it_stays_covered():
    history = [{"question": QUESTION["question"], "answer": FIRST}]
    alone = evaluate_answer(QUESTION, FOLLOW_UP)
    in_context = evaluate_answer(QUESTION, FOLLOW_UP, history=history)
    assert _statuses(alone)[0] != "covered"
    assert _statuses(in_context)[0] == "covered"
    assert in_context["points"][0]["evidence"] in FIRST  # quoted from the turn that covered it
    assert _statuses(in_context)[1] != "missing"  # what the follow-up itself added
    assert in_context["grade"] >= alone["grade"]


def test_given_a_point_covered_earlier_when_choosing_the_next_follow_up_then_it_is_not_asked_again():
    history = [{"question": QUESTION["question"], "answer": FIRST}]
    result = evaluate_answer(QUESTION, FOLLOW_UP, history=history)
    assert result["follow_up"] is None or result["follow_up"]["target"] != QUESTION["what_good_answers_cover"][0]


def test_given_a_follow_up_that_declines_when_grading_then_earlier_coverage_is_kept_and_no_more_questions():
    history = [{"question": QUESTION["question"], "answer": FIRST}]
    result = evaluate_answer(QUESTION, "잘 모르겠습니다.", history=history)
    assert _statuses(result)[0] == "covered"
    assert result["follow_up"] is None


def test_given_open_points_when_choosing_the_follow_up_then_a_point_unrelated_to_the_question_comes_last():
    question = dict(
        QUESTION, what_good_answers_cover=[*QUESTION["what_good_answers_cover"], "모바일 앱 스토어 심사 대응"]
    )
    result = evaluate_answer(question, "Redis는 캐시로 썼고 k8s 위에 올렸습니다. 트래픽은 5천 RPS 정도였습니다.")
    assert result["follow_up"] is not None
    assert result["follow_up"]["target"] != "모바일 앱 스토어 심사 대응"
