"""Off-topic needs evidence of another subject: an answer that names a technology of the
question's area (a broker for a queue question, Prometheus for a monitoring one) or repeats the
claim the question quotes is on topic however vague, and its feedback never says "a different
project". Invalidation is also said as deleting or purging keys; staleness is stale."""

from careercoach.coach.feedback import evaluate_answer
from careercoach.coach.feedback.morph import terms_of

QUEUE = {
    "type": "Trade-off",
    "difficulty": "medium",
    "topic": "message queue",
    "question": (
        'In the billing service you say you "moved invoice e-mails to a queue and cut checkout time from 2 s '
        'to 300 ms". Why a queue there, and what did it cost you?'
    ),
    "what_good_answers_cover": [
        "what went on the queue and who consumes it",
        "how failed or duplicate messages were handled",
        "the cost: delay, operations or ordering accepted",
    ],
}
MONITORING = {
    "type": "Reliability",
    "difficulty": "medium",
    "topic": "모니터링",
    "question": '정산 서비스에서 "장애 탐지 시간을 30분에서 3분으로 줄였다"고 하셨는데, 어떤 신호를 보고 알림을 걸었나요?',
    "what_good_answers_cover": ["알림 기준으로 삼은 지표와 임계값", "오탐을 줄인 방법", "탐지 시간을 잰 방법"],
}
CDN = {
    "type": "Implementation",
    "difficulty": "medium",
    "topic": "CDN caching",
    "question": "How did you keep product images on the CDN fresh after a seller replaced them?",
    "what_good_answers_cover": ["how stale images and invalidation were handled", "the TTL chosen and why"],
}
SEARCH_KO = {
    "type": "Implementation",
    "difficulty": "medium",
    "topic": "캐싱",
    "question": "공지 목록 API에 캐시를 두셨다고 했는데, 공지가 수정되면 어떻게 반영했나요?",
    "what_good_answers_cover": ["캐시 무효화 방식", "수정이 반영되기까지의 지연"],
}
DIFFERENT = "That is a different situation"


def _says_different_project(result: dict) -> bool:
    follow_up = (result["follow_up"] or {}).get("question", "")
    text = result["grade_reason"] + " " + follow_up + " ".join(result["improvements"])
    return "different project" in text or DIFFERENT in text or "다른 프로젝트" in text or "다른 상황" in text


def test_given_a_vague_answer_naming_a_broker_when_the_question_is_about_a_queue_then_it_is_vague_not_off_topic():
    result = evaluate_answer(QUEUE, "We put SQS in. It was quick to set up and the team liked it.")

    assert result["grade"] == 1
    assert not _says_different_project(result)
    assert "SQS" in result["follow_up"]["question"]


def test_given_a_vague_korean_answer_naming_prometheus_when_asked_about_monitoring_then_it_is_not_off_topic():
    result = evaluate_answer(MONITORING, "프로메테우스를 도입했는데 아주 좋았습니다. 팀원들도 다들 편하다고 했어요.")

    assert result["grade"] <= 2
    assert not _says_different_project(result)


def test_given_a_short_answer_with_nothing_specific_when_evaluated_then_it_is_graded_low_without_a_different_project():
    result = evaluate_answer(QUEUE, "It went well overall and we learned a lot from it.")

    assert result["grade"] == 1
    assert not _says_different_project(result)


def test_given_an_answer_about_another_project_with_other_tools_when_the_question_names_its_tool_then_it_is_off_topic():
    question = {**QUEUE, "question": QUEUE["question"].replace("a queue", "a RabbitMQ queue")}
    answer = (
        "I would rather talk about the storefront redesign. There I converted the hero images to WebP, added lazy "
        "loading in React and raised the Lighthouse score from 48 to 83, while LCP dropped from 4.0 s to 2.1 s."
    )

    result = evaluate_answer(question, answer)

    assert result["grade"] == 1
    assert all(p["status"] == "missing" for p in result["points"])
    assert DIFFERENT in result["follow_up"]["question"]


def test_given_a_long_korean_answer_about_something_else_without_tools_when_evaluated_then_it_is_off_topic():
    answer = (
        "그 일보다는 신입 교육 이야기를 드리고 싶습니다. 매주 금요일마다 사내 스터디를 열어 코드 리뷰 문화를 "
        "소개했고, 발표 자료와 과제를 직접 만들었습니다. 참석자 설문 만족도가 높았고 다음 기수에도 이어졌습니다."
    )

    result = evaluate_answer(MONITORING, answer)

    assert result["grade"] == 1
    assert "다른 프로젝트" in result["grade_reason"]


def test_given_purged_image_paths_when_the_point_asks_for_invalidation_then_it_is_covered():
    answer = (
        "Our upload handler purged the replaced image paths through the CDN API, usually within 40 seconds of the "
        "upload. The TTL stayed at 7 days because image URLs rarely change."
    )

    result = evaluate_answer(CDN, answer)

    assert result["points"][0]["status"] == "covered"


def test_given_deleted_cache_keys_in_korean_when_the_point_asks_for_invalidation_then_it_is_covered():
    answer = (
        "공지가 수정되면 관리자 API에서 이벤트를 발행하고, 구독하는 쪽에서 해당 공지의 캐시 키를 삭제했습니다. "
        "그래서 수정 후 1초 안에 새 내용이 보였습니다."
    )

    result = evaluate_answer(SEARCH_KO, answer)

    assert result["points"][0]["status"] == "covered"


def test_given_derived_english_forms_when_stemmed_then_they_meet_their_base_word():
    assert terms_of("staleness") == terms_of("stale")
    assert terms_of("invalidating") == terms_of("invalidation") == terms_of("invalidated")
