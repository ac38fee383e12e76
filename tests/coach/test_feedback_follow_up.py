"""A follow-up answer is read against the follow-up question it replies to (`asked`), not only
against the checklist: it answers in its own words ("charged twice", "the fix") a question that
already names the point, and a detail of the same project is not "a different project"."""

from careercoach.coach.feedback import evaluate_answer

KO = {
    "type": "Reliability",
    "difficulty": "medium",
    "topic": "결제 연동",
    "question": "외부 결제 API 연동에서 안정성을 어떻게 확보하셨나요?",
    "what_good_answers_cover": ["타임아웃과 재시도 정책", "장애가 났던 사례와 해결 과정", "결과를 수치로 제시"],
}
KO_FIRST = "외부 PG사 API를 호출할 때 타임아웃을 3초로 두고 재시도는 2번까지만 하도록 설정했습니다."
KO_ASKED = "'장애가 났던 사례와 해결 과정'은 어떻게 하셨는지 구체적인 예를 들어 설명해 주시겠어요?"
KO_REPLY = (
    "작년 11월에 승인 응답이 늦게 오면서 같은 주문이 두 번 결제되는 버그가 있었습니다. 주문번호를 멱등 키로 "
    "보내도록 고쳐서 그 뒤로 이중 결제는 0건이고, 원인 파악부터 배포까지 5시간 걸렸습니다."
)
EN = {
    "type": "Reliability",
    "difficulty": "medium",
    "topic": "Payment integration",
    "question": "How did you keep the external payment API integration reliable?",
    "what_good_answers_cover": [
        "timeout and retry policy",
        "an outage you handled and how it was resolved",
        "results in numbers",
    ],
}
EN_FIRST = "We call the payment provider with a 3 second timeout and at most 2 retries."
EN_ASKED = "Could you walk me through an outage you handled and how it was resolved, with a concrete example?"
EN_REPLY = (
    "Last November slow payment authorisations made some orders get charged twice. I fixed it by sending the "
    "order number as an idempotency key; double charges dropped to zero and the fix shipped within 5 hours."
)
DEPLOY = {
    "type": "Implementation",
    "difficulty": "medium",
    "topic": "AWS, GitHub Actions",
    "question": "GitHub Actions에서 AWS로 배포하는 파이프라인을 어떻게 구성하셨나요?",
    "what_good_answers_cover": ["배포 인증 방식과 자격 증명 관리", "권한 최소화 방법", "배포 중 겪은 장애와 해결"],
}
DEPLOY_FIRST = "GitHub Actions에서 OIDC로 AWS 역할을 맡아 액세스 키 없이 배포했습니다. 배포는 10분 정도 걸렸습니다."
DEPLOY_ASKED = "IAM 역할 신뢰 정책에서 sub 클레임은 어떻게 제한하셨나요?"  # an interviewer's own words
DEPLOY_REPLY = (
    "신뢰 정책 조건에서 token.actions.githubusercontent.com:sub 값을 repo:acme/shop:ref:refs/heads/main 으로 "
    "고정해서 main 브랜치 워크플로만 역할을 맡을 수 있게 했습니다. 처음엔 와일드카드라 포크에서도 가능했는데 "
    "보안 점검에서 찾아 2시간 만에 막았습니다."
)


def _status(result: dict, point: str) -> str:
    return next(p["status"] for p in result["points"] if p["point"] == point)


def test_given_a_follow_up_reply_giving_the_bug_and_fix_asked_for_when_grading_then_the_point_is_covered():
    history = [{"question": KO["question"], "answer": KO_FIRST}]
    point = KO["what_good_answers_cover"][1]
    result = evaluate_answer(KO, KO_REPLY, history=history, asked=KO_ASKED)
    assert _status(result, point) == "covered", result["points"]
    assert result["grade"] >= 3
    assert result["follow_up"] is None or result["follow_up"]["target"] != point


def test_given_an_english_reply_sharing_no_word_with_the_point_when_grading_then_it_is_partly_covered():
    history = [{"question": EN["question"], "answer": EN_FIRST}]
    point = EN["what_good_answers_cover"][1]
    result = evaluate_answer(EN, EN_REPLY, history=history, asked=EN_ASKED)
    assert _status(result, point) == "partial"  # "charged twice", "fixed": concrete, in words of its own
    assert result["grade"] >= 3


def test_given_a_follow_up_reply_in_its_own_words_when_read_without_the_question_asked_then_it_scores_lower():
    history = [{"question": EN["question"], "answer": EN_FIRST}]
    point = EN["what_good_answers_cover"][1]
    without = evaluate_answer(EN, EN_REPLY, history=history)
    with_asked = evaluate_answer(EN, EN_REPLY, history=history, asked=EN_ASKED)
    assert _status(without, point) == "missing"  # the checklist's words alone do not see it
    assert with_asked["grade"] > without["grade"]


def test_given_a_follow_up_about_a_detail_of_the_same_project_when_grading_then_it_is_not_off_topic():
    history = [{"question": DEPLOY["question"], "answer": DEPLOY_FIRST}]
    result = evaluate_answer(DEPLOY, DEPLOY_REPLY, history=history, asked=DEPLOY_ASKED)
    assert "다른 프로젝트" not in result["grade_reason"]
    assert any(p["status"] != "missing" for p in result["points"])
    assert result["strengths"]  # an answer on topic gets its strengths
    assert not any("질문이 묻는 상황에 맞춰" in s for s in result["improvements"])


def test_given_a_follow_up_reply_about_something_else_when_grading_then_it_is_not_credited_to_the_point():
    history = [{"question": KO["question"], "answer": KO_FIRST}]
    other = "사내 위키를 노션으로 옮기면서 문서 템플릿을 12개 만들었고 신규 입사자 교육 자료도 정리했습니다."
    result = evaluate_answer(KO, other, history=history, asked=KO_ASKED)
    assert _status(result, KO["what_good_answers_cover"][1]) == "missing"  # not credited for being concrete
    assert result["grade"] <= evaluate_answer(KO, other, history=history)["grade"]
