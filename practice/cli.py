"""`manage.py generate feedback --input ITEMS.jsonl`: one feedback JSON line per input line
{"question": {...}, "answer": "...", "history": [...]} (DESIGN.md), ids null. A bad line gets
an error line of its own so the output stays aligned with the input."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime

from careercoach.coach.feedback import MODEL_NAME, evaluate_answer


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def feedback_line(item: dict, language: str) -> dict:
    question = item.get("question")
    if not isinstance(question, dict) or not isinstance(item.get("answer"), str):
        raise ValueError("each line needs a question object and an answer string")
    content = evaluate_answer(
        question,
        item["answer"],
        history=item.get("history") or [],
        resume_line=item.get("resume_line"),
        language=language,
    )
    return {
        "answer_id": None,
        "session_id": None,
        "question_index": item.get("question_index"),
        "parent_answer_id": None,
        "provider": "local",
        "model": MODEL_NAME,
        **content,
        "generated_at": _now(),
    }


def feedback_lines(path: str, language: str) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                result = feedback_line(json.loads(raw), language)
            except (ValueError, TypeError, AttributeError) as exc:
                result = {"error": f"line {number}: {exc}"}
            yield json.dumps(result, ensure_ascii=False)
