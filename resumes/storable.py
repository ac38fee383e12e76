"""A parsed draft made valid for the resume API, so that every draft can be stored as it is.

The parser reads what a document says; the API has limits (required names, lengths, list
sizes, well-formed URLs). Rather than answering a person with a draft that cannot be saved,
the draft is fitted: a missing required name gets a placeholder the review page marks, a
string or list over its limit is cut, a malformed URL or e-mail is dropped, a missing total
of months becomes 0 to be confirmed. Each change is reported as a guessed path and a notice.
The fixes are driven by the API serializer's own errors, so the limits live in one place.
"""

from __future__ import annotations

import copy
import re

from resumes.parsing import notices
from resumes.serializers import ResumeFormatSerializer

PLACEHOLDERS = {
    "ko": {"name": "이름 확인 필요", "company": "회사명 확인 필요", "other": "이름 확인 필요"},
    "en": {"name": "Name to confirm", "company": "Company to confirm", "other": "Name to confirm"},
}
_HANGUL = re.compile(r"[가-힣]")
MAX_PASSES = 6


def draft_storable(draft: dict, *, months_to_ask: bool = False) -> tuple[dict, list[str], list[notices.Notice]]:
    """(fitted draft, guessed paths, notices). The input is not changed. With `months_to_ask`
    an unknown total of months stays None for the review form to ask for."""
    fitted = copy.deepcopy(draft)
    language = "ko" if _HANGUL.search(repr(draft)) else "en"
    guessed: list[str] = []
    found: list[notices.Notice] = []
    if fitted.get("total_experience_months") is None and not months_to_ask:
        fitted["total_experience_months"] = 0
        guessed.append("total_experience_months")
    for _ in range(MAX_PASSES):
        serializer = ResumeFormatSerializer(data=_with_months(fitted))
        if serializer.is_valid():
            break
        _fix(fitted, serializer.errors, "", language, guessed, found)
    return fitted, guessed, _unique(found)


def _with_months(draft: dict) -> dict:
    if draft.get("total_experience_months") is None:
        return {**draft, "total_experience_months": 0}
    return draft


def _unique(found: list[notices.Notice]) -> list[notices.Notice]:
    seen, kept = set(), []
    for notice in found:
        key = (notice.code, tuple(sorted(notice.params.items())))
        if key not in seen:
            seen.add(key)
            kept.append(notice)
    return kept


def _fix(value, errors, path: str, language: str, guessed: list, found: list) -> None:
    if isinstance(errors, dict):
        for key, sub in errors.items():
            _fix_child(value, key, sub, path, language, guessed, found)
    elif isinstance(errors, list) and errors and isinstance(errors[0], dict):
        for index, sub in enumerate(errors):
            if sub and isinstance(value, list) and index < len(value):
                _fix(value[index], sub, f"{path}[{index}]", language, guessed, found)


def _fix_child(container, key, errors, path, language, guessed, found) -> None:
    child_path = (
        f"{path}.{key}"
        if path and not isinstance(key, int)
        else (f"{path}[{key}]" if isinstance(key, int) else str(key))
    )
    if isinstance(key, int) and isinstance(container, list):
        if key < len(container) and isinstance(errors, dict):
            _fix(container[key], errors, child_path, language, guessed, found)
        elif key < len(container) and _codes(errors):
            container[key] = None  # a bad list item (blank, too long) is dropped below
            found.append(notices.Notice(notices.ITEM_DROPPED, {"field": path}))
        return
    if not isinstance(container, dict):
        return
    if isinstance(errors, dict) and set(errors) == {"non_field_errors"} and isinstance(container.get(key), list):
        errors = errors["non_field_errors"]  # a list serializer's own limit ("at most 50 items")
    codes = _codes(errors)
    if not codes:
        _fix(container.get(key), errors, child_path, language, guessed, found)
        if isinstance(container.get(key), list):
            container[key] = [item for item in container[key] if item is not None]
        return
    current = container.get(key)
    if codes & {"required", "null", "blank"}:
        container[key] = _placeholder(key, language)
        guessed.append(child_path)
        found.append(notices.Notice(notices.PLACEHOLDER, {"field": child_path}))
    elif "max_length" in codes and isinstance(current, str):
        limit = _limit(errors)
        container[key] = current[: max(limit - 1, 1)].rstrip() + "…"
        found.append(notices.Notice(notices.TRUNCATED, {"field": child_path}))
    elif ("max_length" in codes or "max_items" in codes) and isinstance(current, list):
        container[key] = current[: _limit(errors)]
        found.append(notices.Notice(notices.TRUNCATED, {"field": child_path}))
    elif key == "total_experience_months":
        container[key] = 0
        guessed.append(child_path)
    else:
        container[key] = None
        found.append(notices.Notice(notices.ITEM_DROPPED, {"field": child_path}))


def _codes(errors) -> set[str]:
    if isinstance(errors, list) and errors and not isinstance(errors[0], (dict, list)):
        return {getattr(error, "code", "invalid") for error in errors}
    return set()


def _limit(errors) -> int:
    for error in errors:
        digits = re.findall(r"\d+", str(error))
        if digits:
            return int(digits[-1])
    return 50


def _placeholder(key: str, language: str) -> str:
    words = PLACEHOLDERS[language]
    return words.get(key, words["other"])
