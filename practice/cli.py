"""`manage.py generate feedback --input ITEMS.jsonl`: one feedback JSON line per input line
{"question": {...}, "answer": "...", "history": [...]} (DESIGN.md), ids null. Every line is
checked before any is generated, so a bad file fails with a one-line reason and no output."""

import json
from datetime import UTC, datetime

from django.core.management.base import CommandError

from careercoach.coach.feedback import MAX_ANSWER_CHARS, MODEL_NAME
from careercoach.generation.kinds import CliSpec


def _add_arguments(parser) -> None:
    parser.add_argument("--input", required=True, help="JSONL file, one {question, answer, history} per line")


def _document(item, number: int) -> dict:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("question"), dict)
        or not isinstance(item.get("answer"), str)
    ):
        raise CommandError(f"line {number}: needs a question object and an answer string")
    history = item.get("history") or []
    if not isinstance(history, list):
        raise CommandError(f"line {number}: history must be a list of {{question, answer}}")
    return {
        "question": item["question"],
        "answer": item["answer"][:MAX_ANSWER_CHARS],
        "history": [t for t in history if isinstance(t, dict)],
        "resume_line": str(item.get("resume_line") or ""),
        "question_index": item.get("question_index"),
    }


def read_documents(options: dict) -> list[dict]:
    documents = []
    try:
        with open(options["input"], encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    try:
                        documents.append(_document(json.loads(raw), number))
                    except json.JSONDecodeError as exc:
                        raise CommandError(f"line {number}: not JSON ({exc.msg})") from exc
    except OSError as exc:
        raise CommandError(f"cannot read {options['input']}: {exc.strerror}") from exc
    return documents


def to_output(answer, document: dict, language: str) -> dict:
    payload = {k: v for k, v in answer.payload.items() if k != "language"}
    return {
        "answer_id": None,
        "session_id": None,
        "question_index": document.get("question_index"),
        "parent_answer_id": None,
        "provider": answer.provider,
        "model": MODEL_NAME if answer.provider == "local" else answer.model,
        "language": language,
        **payload,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


FEEDBACK_CLI = CliSpec(add_arguments=_add_arguments, read_documents=read_documents, to_output=to_output, lines=True)
