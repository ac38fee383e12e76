"""The registry of generation kinds.

A kind (interview questions, a learning plan, and whatever comes next) is everything the
pipeline needs to know about one sort of result: its input document, prompt, output schema,
validator, offline producer, result model, pages, API and rate limit. Each app registers its
kind from AppConfig.ready() in one short module (`interviews/kind.py`); the pipeline looks
kinds up by name and never names one. docs/ARCHITECTURE.md, "How to add a kind", walks
through every field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

LANGUAGES = ("ko", "en")


class UnknownKind(LookupError):
    """A kind name nobody registered: a job row from a removed app, a typo, a forged request."""

    def __init__(self, name):
        self.name = name
        known = ", ".join(sorted(_REGISTRY)) or "none"
        super().__init__(f"Unknown generation kind {name!r}; registered kinds: {known}.")


@dataclass(frozen=True)
class CliSpec:
    """How `manage.py generate <kind>` reads its input and writes its output.

    `add_arguments(parser)` adds the kind's own options; `read_documents(options)` returns the
    input documents (raising CommandError with a one-line reason on bad input);
    `to_output(answer, document, language)` is the JSON printed for one answer. `lines`
    prints one compact JSON object per line (many inputs) instead of one indented object."""

    add_arguments: Callable[[Any], None]
    read_documents: Callable[[dict], list[dict]]
    to_output: Callable[[Any, dict, str], dict]
    lines: bool = False


@dataclass(frozen=True)
class GenerationKind:
    # Who it is. `name` is stored on job rows and used in URLs and the CLI: never rename it.
    name: str
    label: Any  # "Interview questions": the job's heading (lazy translation)
    what: str  # "the interview questions": in "No AI provider could generate ..." (English, stored)

    # The input: a document snapshotted on the job, hashed into the cache key, given to the prompt.
    build_document: Callable[..., dict]  # (resume) -> document, when the caller supplies none
    detect_language: Callable[[Mapping], str]  # the document's own language, "ko" or "en"

    # The output contract (careercoach.llm.base.OutputSpec).
    output_schema: type
    build_prompt: Callable[[Mapping, str], tuple[str, str]]  # (document, language) -> (system, user)
    validate: Callable[[Any, Mapping], dict]  # (raw answer, document) -> payload, or invalid_output
    offline: Callable[[Mapping, str], dict]  # (document, language) -> raw payload, no network
    prompt_version: str

    # The stored result.
    result_model: type  # has `owner` and `cache_key` (subclass careercoach.models.GenerationResult)
    create_result: Callable[..., Any]  # (job=, answer=) -> result row; runs under the job's row lock
    result_url: Callable[[Any], str]  # result -> its web page
    api_result_url: str | Callable[[Any], str]  # URL name taking the resume key, or job -> path
    to_document: Callable[[Any], dict] | None = None  # result -> the API's JSON
    latest: Callable[..., Any] | None = None  # (resume=) -> newest result or None
    history: Callable[..., Any] | None = None  # (resume=) -> results, newest first

    # Limits, and what the resume page shows.
    rate_limit_setting: str = ""  # name of the per-user hourly limit setting
    start_url_name: str = ""  # POST view that starts a job for a resume ("interviews:generate")
    show_on_resume_panel: bool = True
    start_button: Any = ""
    history_title: Any = ""
    step_labels: Mapping[str, Any] = field(default_factory=dict)  # Step value -> label, overriding defaults
    cli: CliSpec | None = None

    def output_language(self, document: Mapping, requested: str | None) -> str:
        """The one place a job's output language is decided: "ko" or "en" when asked for,
        else (`auto`, anything unsupported) the document's own language."""
        wanted = (requested or "auto").strip().lower()
        return wanted if wanted in LANGUAGES else self.detect_language(document)

    def hourly_limit(self) -> int:
        return int(getattr(settings, self.rate_limit_setting))

    def cached_result(self, *, owner, cache_key: str):
        return self.result_model.objects.filter(owner=owner, cache_key=cache_key).order_by("-created_at").first()

    def result_of(self, job):
        if not job.result_id:
            return None
        return self.result_model.objects.filter(pk=job.result_id).first()

    def api_url(self, job) -> str:
        if callable(self.api_result_url):
            return self.api_result_url(job)
        return reverse(self.api_result_url, args=[job.resume.unique_key])

    def start_url(self, resume) -> str:
        return reverse(self.start_url_name, args=[resume.unique_key])


_REGISTRY: dict[str, GenerationKind] = {}


def register_kind(kind: GenerationKind) -> GenerationKind:
    """Add `kind`; registering the same object again is a no-op (ready() may run twice)."""
    existing = _REGISTRY.get(kind.name)
    if existing is not None and existing is not kind:
        raise ValueError(f"A different generation kind is already registered as {kind.name!r}.")
    _REGISTRY[kind.name] = kind
    return kind


def unregister_kind(name: str) -> None:
    """For tests that register a throwaway kind."""
    _REGISTRY.pop(name, None)


def get_kind(name) -> GenerationKind:
    """The registered kind called `name` (a kind passes through); UnknownKind otherwise."""
    if isinstance(name, GenerationKind):
        return name
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownKind(name) from None


def all_kinds() -> list[GenerationKind]:
    """Every registered kind, in registration order (INSTALLED_APPS order)."""
    return list(_REGISTRY.values())


def validate_kind_name(value: str) -> None:
    """Model-field validator: a job's kind must be registered."""
    if value not in _REGISTRY:
        raise ValidationError(str(UnknownKind(value)), code="unknown_kind")
