"""What every validator of a provider's answer needs: the JSON inside a model's text, light
cleaning of strings and lists, and the one error a bad answer raises.

Models are asked for schema-shaped JSON, yet answers still arrive in code fences, with
trailing prose or padded strings. Each kind's validator (supplied by the kind, see
docs/ARCHITECTURE.md) repairs what is unambiguous with these helpers and rejects the rest as
invalid_output, which the chain treats as transient so the next provider gets the job."""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, ValidationError

from careercoach.llm.base import ProviderError

_FENCE = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\n?(.*?)(?:```|\Z)", re.S)


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


def as_data(raw):
    """A provider's raw answer (the SDK's parsed model, a dict or list, or text) as plain data."""
    if isinstance(raw, BaseModel):
        return raw.model_dump()
    return extract_json(raw) if isinstance(raw, (str, bytes)) else raw


def clean(value):
    if isinstance(value, str):
        return value.strip()
    return value


def clean_list(items, limit: int):
    """Stripped, non-blank strings, at most `limit` of them; anything not a list is left as is."""
    if not isinstance(items, list):
        return items
    cleaned = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    return cleaned[:limit]


def first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]
