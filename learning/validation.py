"""Turn whatever a provider returned into a learning plan that satisfies schemas.LearningOutput.

Paths with a placeholder link or a broken field are dropped; a plan left with fewer than
three paths, or without both path types, is invalid_output, so the next provider gets the job."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import ValidationError

from careercoach.llm.validation import as_data, clean, clean_list, first_error, invalid
from learning.schemas import PATH_TYPES, LearningOutput, LearningPath

MAX_LIST_ITEMS = 8
MAX_PATHS = 8
_PATH_TYPE_BY_KEY = {**{t: t for t in PATH_TYPES}, "strengths": "strength", "weaknesses": "weakness"}
# Documentation-only domains (RFC 2606) are the classic invented link.
_PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example\.(com|org|net)|localhost)$")


def _link_is_real(link) -> bool:
    if not isinstance(link, str):
        return False
    host = (urlsplit(link.strip()).hostname or "").lower()
    return bool(host) and not _PLACEHOLDER_HOSTS.search(host)


def _path(item) -> LearningPath | None:
    if not isinstance(item, dict):
        return None
    fields = {key: clean(value) for key, value in item.items()}
    if isinstance(fields.get("type"), str):
        fields["type"] = _PATH_TYPE_BY_KEY.get(fields["type"].lower(), fields["type"])
    fields["resources"] = clean_list(fields.get("resources"), MAX_LIST_ITEMS)
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


def validate_learning(raw, document: dict | None = None) -> dict:
    """The kind's validator; the plan does not depend on the document beyond what it says."""
    data = as_data(raw)
    if not isinstance(data, dict):
        raise invalid("answer is not a JSON object")
    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        analysis = {key: clean_list(value, MAX_LIST_ITEMS) for key, value in analysis.items()}
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
    candidate = {
        "analysis": analysis,
        "summary": clean(data.get("summary")),
        "learning_paths": [p.model_dump() for p in _keep_both_types(paths)],
    }
    try:
        return LearningOutput.model_validate(candidate).model_dump()
    except ValidationError as exc:
        raise invalid(first_error(exc)) from exc
