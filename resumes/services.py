"""Writes to resumes. Every write takes a validated document (ResumeFormatSerializer's
validated_data) and runs in one transaction, so a bad part never leaves half a resume."""

import re

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from resumes.models import Resume
from resumes.parts import CONTACT_FIELDS, PARTS

_KEY_SUFFIX = re.compile(r"_(\d+)$")


def _key_base(name: str) -> str:
    base = slugify(name or "", allow_unicode=True).replace("-", "_")[:100]
    return base or "resume"


def resume_key_next(*, name: str) -> str:
    """`name_N` as the earlier system made it: N is one more than the highest N in use."""
    base = _key_base(name)
    numbers = [
        int(match.group(1))
        for key in Resume.objects.filter(unique_key__startswith=f"{base}_").values_list("unique_key", flat=True)
        if (match := _KEY_SUFFIX.search(key)) and key[: match.start()] == base
    ]
    return f"{base}_{max(numbers, default=0) + 1}"


def _apply_fields(resume: Resume, document: dict) -> None:
    contact = document.get("contact") or {}
    resume.name = document["name"]
    for key in CONTACT_FIELDS:
        setattr(resume, key, contact.get(key))
    resume.summary = document.get("summary")
    resume.total_experience_months = document.get("total_experience_months") or 0


def _replace_parts(resume: Resume, document: dict) -> None:
    for part in PARTS:
        getattr(resume, part.accessor).all().delete()
        part.model.objects.bulk_create(part.build(resume, document.get(part.key)))


def resume_create(*, owner, document: dict) -> Resume:
    for _attempt in range(5):
        try:
            with transaction.atomic():
                resume = Resume(owner=owner, unique_key=resume_key_next(name=document["name"]))
                _apply_fields(resume, document)
                resume.save()
                _replace_parts(resume, document)
                return resume
        except IntegrityError:
            # Two creates raced for the same name_N; the loser takes the next number.
            continue
    raise IntegrityError("could not allocate a unique resume key")


@transaction.atomic
def resume_replace(*, resume: Resume, document: dict) -> Resume:
    """Replace the whole document; the key stays, so links and results keep pointing here."""
    _apply_fields(resume, document)
    resume.save()
    _replace_parts(resume, document)
    return resume


def resume_delete(*, resume: Resume) -> None:
    resume.delete()
