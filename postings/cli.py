"""`manage.py generate posting|fit` and `generate interview|learning --posting FILE`: the
posting side of the command, offline. Nothing is stored."""

import json
import uuid
from pathlib import Path

from django.core.management.base import CommandError
from django.utils import timezone

from careercoach.coach import MODEL_NAME
from careercoach.coach.fit import fit_report
from careercoach.coach.tailoring import tailored_interview, tailored_learning
from postings.services import PostingRefused, posting_parse


def read_posting(path: str) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"Cannot read the posting {path}: {exc}") from exc
    try:
        return posting_parse(text=text)
    except PostingRefused as refused:
        raise CommandError(refused.message) from refused


def _now() -> str:
    return timezone.now().isoformat().replace("+00:00", "Z")


def posting_output(kind: str, *, posting_path: str, document: dict | None, language: str) -> dict:
    """The JSON the command prints for `kind` with a posting."""
    parsed = read_posting(posting_path)
    if kind == "posting":
        return parsed
    if document is None:
        raise CommandError("--resume is required for this kind.")
    if kind == "fit":
        report = fit_report(document, parsed, language)
        return {
            "fit_id": uuid.uuid4().hex,
            "unique_key": None,
            "posting_id": None,
            "provider": "local",
            **report,
            "generated_at": _now(),
        }
    make = tailored_interview if kind == "interview" else tailored_learning
    body = make(document, parsed, language)
    key = "interview_id" if kind == "interview" else "learning_id"
    return {
        key: uuid.uuid4().hex,
        "unique_key": None,
        "provider": "local",
        "model": MODEL_NAME,
        **body,
        "generated_at": _now(),
    }


def print_json(stdout, payload: dict) -> None:
    stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def read_resume(path: str) -> dict:
    from django.utils import translation

    from resumes.formats import InvalidResumeFile, document_from_file

    try:
        with translation.override("en"):
            return document_from_file(path)
    except InvalidResumeFile as exc:
        raise CommandError(str(exc)) from exc
