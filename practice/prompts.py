"""The versioned feedback prompt: question, checklist, resume line, earlier turns and the
answer, each inside a data tag it cannot close."""

import json
from functools import cache
from pathlib import Path
from string import Template

# v2: states the follow-up question the answer replies to; v3: a point an earlier turn covered
# stays covered, quoting that turn (the validator accepts quotes from the thread's answers)
PROMPT_VERSION = "feedback-v3"
TEMPLATE = Path(__file__).with_name("prompts") / "feedback_v3.txt"
LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


@cache
def _templates() -> tuple[Template, Template]:
    text = TEMPLATE.read_text(encoding="utf-8")
    _, rest = text.split("[system]\n", 1)
    system, user = rest.split("\n[user]\n", 1)
    return Template(system.strip()), Template(user.strip())


def as_data(value) -> str:
    """JSON (or text) that cannot close its surrounding tag: < and > are escaped."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def build_prompt(document: dict, language: str) -> tuple[str, str]:
    system, user = _templates()
    question = document.get("question") or {}
    shown = {key: question.get(key) for key in ("type", "difficulty", "topic", "question", "what_good_answers_cover")}
    values = {
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, "English"),
        "question_json": as_data(shown),
        "resume_line": as_data(document.get("resume_line") or "-"),
        "history_json": as_data(document.get("history") or []),
        "answer_text": as_data(str(document.get("answer") or "")),
        "asked": as_data(document.get("asked") or question.get("question") or ""),
    }
    return system.substitute(values), user.substitute(values)
