"""Checks on a resume draft written by an LLM: is it the resume format, and which of its
values are not in the uploaded text.

The import format's own serializer judges the answer, so an LLM draft can never hold what
an import would refuse (a string where a list belongs, a team size of "six", a 400-character
name). Two things a draft may do that an import may not: leave out what the person still
has to fill in (a name, a company), as the rule-based draft does too, and write a profile
link without its https://, which is added, as the rule-based parser adds it. A link or
email that is no address at all is dropped rather than failing the whole draft.
"""

from __future__ import annotations

import json
import re

from django.utils import translation
from rest_framework import serializers

from careercoach.llm.validation import extract_json, invalid
from resumes.formats import first_error
from resumes.parsing.lines import clean_text
from resumes.parsing.urls import with_scheme
from resumes.serializers import ResumeFormatSerializer

# Stands in for a missing required text while the serializer checks the rest of the entry.
_MISSING = "\u2063missing\u2063"
_BULLET_PREFIX = re.compile(r"^- ", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def validate_draft(raw) -> dict:
    """The answer (the SDK's parsed model, a dict or text) as a plain dict in the resume
    format, or ProviderError("invalid_output")."""
    if hasattr(raw, "model_dump"):
        raw = raw.model_dump()
    data = extract_json(raw) if isinstance(raw, (str, bytes)) else raw
    if not isinstance(data, dict):
        raise invalid("answer is not a JSON object")
    missing: list[tuple] = []
    prepared = _prepare(ResumeFormatSerializer().fields, data, (), missing)
    serializer = ResumeFormatSerializer(data=prepared)
    with translation.override("en"):  # the reason goes to logs and the attempt trail
        if not serializer.is_valid():
            raise invalid(f"not the resume format: {first_error(serializer.errors)}")
    draft = json.loads(json.dumps(serializer.validated_data))
    for path in missing:
        _set(draft, path, None)
    return _blank_to_none(draft)


def _prepare(fields, data: dict, path: tuple, missing: list[tuple]) -> dict:
    prepared = dict(data)
    for name, field in fields.items():
        value = prepared.get(name)
        where = (*path, name)
        if isinstance(field, serializers.ListSerializer) and isinstance(value, list):
            kept = [item for item in value if not _empty(item)]
            prepared[name] = [
                _prepare(field.child.fields, item, (*where, index), missing) if isinstance(item, dict) else item
                for index, item in enumerate(kept)
            ]
        elif isinstance(field, serializers.Serializer) and isinstance(value, dict):
            prepared[name] = _prepare(field.fields, value, where, missing)
        elif isinstance(field, (serializers.URLField, serializers.EmailField)) and isinstance(value, str):
            prepared[name] = _address_or_none(field, value)
        elif isinstance(field, serializers.CharField) and field.required and _blank(value):
            prepared[name] = _MISSING
            missing.append(where)
        elif (
            isinstance(field, serializers.CharField) and isinstance(value, (int, float)) and not isinstance(value, bool)
        ):
            # Models write "duration": 2024; the import format refuses numbers for text.
            prepared[name] = str(value)
    return prepared


def _address_or_none(field, value: str) -> str | None:
    """A link or email the field accepts, else nothing: a draft is better without a profile
    link than thrown away for one ("github: dana" is a user name, not an address)."""
    value = value.strip()
    if not value:
        return None
    if isinstance(field, serializers.URLField):
        value = with_scheme(value)[0]
    try:
        return field.run_validation(value)
    except serializers.ValidationError:
        return None


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _empty(item) -> bool:
    """An entry without a single value: models sometimes write one for a section that is absent."""
    return isinstance(item, dict) and all(_blank(v) or v == [] for v in item.values())


def _set(document: dict, path: tuple, value) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _blank_to_none(value):
    if isinstance(value, dict):
        return {key: (None if item == "" else _blank_to_none(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [_blank_to_none(item) for item in value]
    return value


def comparable(text: str) -> str:
    """Text as the guess check compares it: case, spacing and list markers do not count."""
    text = _BULLET_PREFIX.sub("", clean_text(text or ""))
    return _SPACE.sub("", text).casefold()


def guessed_paths(draft: dict, text: str) -> list[str]:
    """Paths (the parser's notation) of the values the text does not contain: a text field
    whose value is not in it, a list with an item that is not, and the total months, which
    are always worked out."""
    source = comparable(text)

    def absent(value) -> bool:
        if isinstance(value, list):
            return any(absent(item) for item in value)
        if isinstance(value, bool) or value is None or value == "":
            return False
        if isinstance(value, int):  # a team size: the number must stand on its own, not inside a date
            return not re.search(rf"(?<!\d){value}(?!\d)", text)
        return comparable(str(value)) not in source

    guessed = []
    if absent(draft.get("name")):
        guessed.append("name")
    guessed += [f"contact.{key}" for key, value in (draft.get("contact") or {}).items() if absent(value)]
    if absent(draft.get("summary")):
        guessed.append("summary")
    if draft.get("total_experience_months"):
        guessed.append("total_experience_months")
    for section in ("work_experiences", "personal_projects", "certifications", "activities", "education"):
        for index, entry in enumerate(draft.get(section) or []):
            guessed += [f"{section}[{index}].{key}" for key, value in entry.items() if absent(value)]
    if any(absent(items) for items in (draft.get("technical_skills") or {}).values()):
        guessed.append("technical_skills")
    return guessed
