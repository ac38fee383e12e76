"""Options a person may add to a generation's input beside the resume, registered by the apps
that own them (the postings app registers `posting_id`). The web start view and the API read
them through here, so the pipeline names no app: an option turns a request value into an extra
part of the kind's input document, or raises the app's own 404."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class InputOption:
    name: str  # the form field / JSON key, e.g. "posting_id"
    kinds: tuple[str, ...]  # the kinds that accept it
    extend: Callable[..., dict]  # (owner=, document=, value=) -> the new document


class InputNotFound(LookupError):
    """An option names something the person does not own (or that does not exist): a 404."""

    def __init__(self, message: str, *, error_code: str, details: dict | None = None):
        super().__init__(message)
        self.error_code = error_code
        self.details = details or {}


_OPTIONS: dict[str, InputOption] = {}


def register_input_option(option: InputOption) -> None:
    _OPTIONS[option.name] = option


def input_options(kind: str) -> list[InputOption]:
    return [option for option in _OPTIONS.values() if kind in option.kinds]


def input_document(*, owner, kind: str, resume, values) -> dict | None:
    """The kind's input document with every option given in `values` (a dict or QueryDict)
    applied, or None when none is given (job_start then builds the plain document).
    Raises InputNotFound for a value that names nothing of the owner's."""
    given = [(option, values.get(option.name)) for option in input_options(kind)] if hasattr(values, "get") else []
    given = [(option, value) for option, value in given if value not in (None, "")]
    if not given:
        return None
    from careercoach.generation.kinds import get_kind

    document = get_kind(kind).build_document(resume)
    for option, value in given:
        document = option.extend(owner=owner, document=document, value=str(value))
    return document
