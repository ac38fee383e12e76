"""Model rows <-> the import/export document. Kept apart from services so that exports,
result snapshots and the generation pipeline all read a resume the same way. The parts and
their renames are declared once, in parts.py."""

from resumes.models import Resume
from resumes.parts import CONTACT_FIELDS, DOCUMENT_KEYS, PARTS


def resume_to_document(resume: Resume) -> dict:
    document = {
        "name": resume.name,
        "contact": {key: getattr(resume, key) for key in CONTACT_FIELDS},
        "summary": resume.summary,
        "total_experience_months": resume.total_experience_months,
    }
    document.update((part.key, part.export(resume)) for part in PARTS)
    return {key: document[key] for key in DOCUMENT_KEYS}


class InvalidResumeFile(ValueError):
    """A resume file that cannot be read or is not in the format; the message is one line."""


def first_error(errors, where: str = "") -> str:
    """The first of DRF's nested errors as "work_experiences[1].team_size: message"."""
    if isinstance(errors, dict) and errors:
        key, value = next(iter(errors.items()))
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            where = f"{where}[{key}]"
        elif key != "non_field_errors":
            where = f"{where}.{key}" if where else key
        return first_error(value, where)
    if isinstance(errors, list) and errors:
        index, first = next(((i, e) for i, e in enumerate(errors) if e), (0, errors[0]))
        if isinstance(first, dict):
            return first_error(first, f"{where}[{index}]")
        return first_error(first, where)
    return f"{where}: {errors}" if where else str(errors)


def document_from_file(path) -> dict:
    """Read and validate a resume JSON file; the validated document as plain JSON types."""
    import json

    from resumes.serializers import ResumeFormatSerializer

    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
    except (OSError, ValueError, RecursionError) as exc:
        raise InvalidResumeFile(f"cannot read {path}: {type(exc).__name__}: {exc}") from exc
    serializer = ResumeFormatSerializer(data=raw)
    if not serializer.is_valid():
        raise InvalidResumeFile(f"invalid resume: {first_error(serializer.errors)}")
    return json.loads(json.dumps(serializer.validated_data))
