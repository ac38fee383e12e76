"""Turn whatever a provider returned into a payload that satisfies careercoach.schemas.

Models are asked for schema-shaped JSON, yet answers still arrive in code fences, with
"Tradeoff" for "Trade-off" or with a sixth question. Such slips are repaired when the intent
is unambiguous; anything that would need guessing (too few questions, a plan without both
path types) is rejected as invalid_output, which the chain treats as transient so the next
provider gets the job.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from careercoach.llm.base import ProviderError, check_kind
from careercoach.schemas import PATH_TYPES, QUESTION_TYPES, InterviewOutput, LearningOutput, LearningPath, Question

QUESTION_COUNT = 5
MAX_COVERS = 4
MAX_LIST_ITEMS = 8
MAX_PATHS = 8
_FENCE = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\n?(.*?)(?:```|\Z)", re.S)
_TYPE_BY_KEY = {re.sub(r"[^a-z]", "", t.lower()): t for t in QUESTION_TYPES}
_TYPE_BY_KEY["tradeoffs"] = "Trade-off"
_PATH_TYPE_BY_KEY = {**{t: t for t in PATH_TYPES}, "strengths": "strength", "weaknesses": "weakness"}
# Documentation-only domains (RFC 2606) are the classic invented link.
_PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example\.(com|org|net)|localhost)$")


def invalid(message: str) -> ProviderError:
    return ProviderError("invalid_output", message, transient=True)


def extract_json(text):
    """The JSON value in a model's text: inside a code fence when there is one, else from the
    first brace on (some models wrap the object in a sentence); trailing prose is ignored."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = (text or "").strip()
    if not text:
        raise invalid("empty answer")
    fenced = [block.strip() for block in _FENCE.findall(text) if block.strip()[:1] in ("{", "[")]
    if fenced:
        text = fenced[0]
    start = 0 if text[0] in "{[" else text.find("{")
    if start == -1:
        raise invalid("answer contains no JSON object")
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise invalid(f"answer is not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    return value


def _clean(value):
    if isinstance(value, str):
        return value.strip()
    return value


def _clean_list(items, limit: int):
    if not isinstance(items, list):
        return items
    cleaned = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    return cleaned[:limit]


def _question(item) -> Question | None:
    if not isinstance(item, dict):
        return None
    fields = {key: _clean(value) for key, value in item.items()}
    if isinstance(fields.get("type"), str):
        key = re.sub(r"[^a-z]", "", fields["type"].lower())
        fields["type"] = _TYPE_BY_KEY.get(key, fields["type"])
    if isinstance(fields.get("difficulty"), str):
        fields["difficulty"] = fields["difficulty"].lower()
    fields["what_good_answers_cover"] = _clean_list(fields.get("what_good_answers_cover"), MAX_COVERS)
    try:
        return Question.model_validate(fields)
    except ValidationError:
        return None


def _pick(questions: list[Question], difficulty_mix: dict | None) -> list[Question]:
    """Five of more than five valid questions: the earliest ones that keep the wanted
    difficulty mix, topped up in answer order."""
    if len(questions) <= QUESTION_COUNT or not difficulty_mix:
        return questions[:QUESTION_COUNT]
    quota = dict(difficulty_mix)
    chosen = []
    for index, question in enumerate(questions):
        if quota.get(question.difficulty, 0) > 0 and len(chosen) < QUESTION_COUNT:
            quota[question.difficulty] -= 1
            chosen.append(index)
    for index in range(len(questions)):
        if len(chosen) >= QUESTION_COUNT:
            break
        if index not in chosen:
            chosen.append(index)
    return [questions[i] for i in sorted(chosen)]


def validate_interview(data, difficulty_mix: dict | None = None) -> dict:
    if isinstance(data, list):
        data = {"questions": data}
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise invalid("answer has no questions list")
    valid, seen = [], set()
    for item in data["questions"]:
        question = _question(item)
        if question is None:
            continue
        key = re.sub(r"\W+", " ", question.question.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        valid.append(question)
    if len(valid) < QUESTION_COUNT:
        raise invalid(f"{len(valid)} valid questions of {len(data['questions'])}, {QUESTION_COUNT} needed")
    return InterviewOutput(questions=_pick(valid, difficulty_mix)).model_dump()


def _link_is_real(link) -> bool:
    if not isinstance(link, str):
        return False
    host = (urlsplit(link.strip()).hostname or "").lower()
    return bool(host) and not _PLACEHOLDER_HOSTS.search(host)


def _path(item) -> LearningPath | None:
    if not isinstance(item, dict):
        return None
    fields = {key: _clean(value) for key, value in item.items()}
    if isinstance(fields.get("type"), str):
        fields["type"] = _PATH_TYPE_BY_KEY.get(fields["type"].lower(), fields["type"])
    fields["resources"] = _clean_list(fields.get("resources"), MAX_LIST_ITEMS)
    if not _link_is_real(fields.get("link")):
        return None
    try:
        return LearningPath.model_validate(fields)
    except ValidationError:
        return None


def _keep_both_types(paths: list[LearningPath]) -> list[LearningPath]:
    kept = paths[:MAX_PATHS]
    for kind in PATH_TYPES:
        if not any(p.type == kind for p in kept):
            extra = next((p for p in paths if p.type == kind), None)
            if extra is not None:
                kept[-1] = extra
    return kept


def validate_learning(data) -> dict:
    if not isinstance(data, dict):
        raise invalid("answer is not a JSON object")
    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        analysis = {key: _clean_list(value, MAX_LIST_ITEMS) for key, value in analysis.items()}
    raw_paths = data.get("learning_paths")
    if not isinstance(raw_paths, list):
        raise invalid("answer has no learning_paths list")
    paths = [p for p in (_path(item) for item in raw_paths) if p is not None]
    if len(paths) < 3:
        raise invalid(f"{len(paths)} valid learning paths of {len(raw_paths)}, at least 3 needed")
    types = {p.type for p in paths}
    if types != set(PATH_TYPES):
        missing = ", ".join(sorted(set(PATH_TYPES) - types))
        raise invalid(f"learning paths lack the {missing} type")
    candidate = {"analysis": analysis, "summary": _clean(data.get("summary")),
                 "learning_paths": [p.model_dump() for p in _keep_both_types(paths)]}
    try:
        return LearningOutput.model_validate(candidate).model_dump()
    except ValidationError as exc:
        raise invalid(_first_error(exc)) from exc


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


def validate_output(kind: str, raw, *, difficulty_mix: dict | None = None) -> dict:
    """`raw` may be the SDK's parsed model, a dict or the answer's text."""
    check_kind(kind)
    if isinstance(raw, BaseModel):
        raw = raw.model_dump()
    data = extract_json(raw) if isinstance(raw, (str, bytes)) else raw
    if kind == "interview":
        return validate_interview(data, difficulty_mix)
    return validate_learning(data)
