"""What the fake LLM server answers to a practice feedback prompt: feedback read from the
question and answer in the prompt, or a broken one for the fallback tests."""

import json
import re

QUESTION = re.compile(r"<question_data>\n(.*?)\n</question_data>", re.S)
ANSWER = re.compile(r"<answer_data>\n(.*?)\n</answer_data>", re.S)
HISTORY = re.compile(r"<history_data>\n(.*?)\n</history_data>", re.S)
INVENTED = "이 문장은 어느 답변에도 없습니다"


def feedback_answer(prompt: str) -> dict:
    question = json.loads(QUESTION.findall(prompt)[-1])  # the system prompt names the tags too
    answer = ANSWER.findall(prompt)[-1]
    korean = "in Korean" in prompt
    quote = answer[:30]
    points = [
        {"point": p, "status": "partial" if i == 0 else "missing", "evidence": quote if i == 0 else ""}
        for i, p in enumerate(question.get("what_good_answers_cover") or [])
    ]
    first_missing = points[1]["point"] if len(points) > 1 else points[0]["point"]
    return {
        "language": "ko" if korean else "en",
        "points": points,
        "coverage": 0.1,
        "grade": 2,
        "grade_reason": "핵심 항목 대부분이 빠졌습니다." if korean else "Most points are missing.",
        "strengths": [],
        "improvements": ["수치를 더하세요." if korean else "Add numbers."],
        "factual_concerns": [],
        "model_answer": ["상황", "방법", "결과"] if korean else ["Context", "Method", "Result"],
        "follow_up": {
            "question": (f"{first_missing}은 어떻게 하셨나요?" if korean else f"How did you handle {first_missing}?"),
            "target": first_missing,
        },
    }


def _first_point_covered_by(prompt: str, behaviour: str) -> dict:
    """quotes_history: the first point covered, quoting the first earlier answer (what a model
    says of a follow-up whose first answer covered it); invented_quote: covered, quoting words
    that are in no turn."""
    payload = feedback_answer(prompt)
    if behaviour == "quotes_history":
        earlier = json.loads(HISTORY.findall(prompt)[-1])
        evidence = str(earlier[0]["answer"])[:30] if earlier else ""
    else:
        evidence = INVENTED
    payload["points"][0].update(status="covered", evidence=evidence)
    return payload


def feedback_text(prompt: str, behaviour: str) -> str:
    if behaviour in ("quotes_history", "invented_quote"):
        return json.dumps(_first_point_covered_by(prompt, behaviour), ensure_ascii=False)
    if behaviour == "malformed":
        return "Great answer! Grade: 5"
    if behaviour == "wrong_types":
        return json.dumps({"points": "all covered", "grade": "five"})
    return json.dumps(feedback_answer(prompt), ensure_ascii=False)
