"""Writes of postings. A posting is parsed before it is stored, and one that is empty, too long,
binary or names no requirement we can recognise is refused with a reason: nothing is stored."""

from dataclasses import dataclass

from django.db import transaction

from careercoach.coach.posting import parse_posting
from postings.models import MAX_POSTING_CHARS, JobPosting

EMPTY = "empty"
TOO_LONG = "too_long"
BINARY = "binary"
NO_REQUIREMENTS = "no_requirements"


@dataclass
class PostingRefused(Exception):
    code: str
    message: str

    def __str__(self):
        return self.message


def _looks_binary(text: str) -> bool:
    control = sum(1 for ch in text[:4000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "\x00" in text or control > max(3, len(text[:4000]) // 100)


def posting_parse(*, text: str, title: str = "", company: str = "") -> dict:
    """The parsed posting, or PostingRefused."""
    text = (text or "").strip()
    if not text:
        raise PostingRefused(EMPTY, "The posting is empty. Paste the text of the job posting.")
    if len(text) > MAX_POSTING_CHARS:
        raise PostingRefused(TOO_LONG, f"The posting is longer than {MAX_POSTING_CHARS:,} characters.")
    if _looks_binary(text):
        raise PostingRefused(BINARY, "The posting is not readable text (it looks like a binary file).")
    parsed = parse_posting(text, title=title, company=company)
    if not parsed["required_skills"] and not parsed["preferred_skills"]:
        raise PostingRefused(
            NO_REQUIREMENTS,
            "No requirement could be recognised in the posting. Paste the part that lists the skills it asks for.",
        )
    return parsed


def _fill(posting: JobPosting, *, text: str, title: str, company: str) -> JobPosting:
    parsed = posting_parse(text=text, title=title, company=company)
    posting.text = text.strip()
    posting.title = (title or "").strip()[:200] or parsed["title"][:200]
    posting.company = (company or "").strip()[:200] or parsed["company"][:200]
    posting.parsed = parsed
    return posting


@transaction.atomic
def posting_create(*, owner, text: str, title: str = "", company: str = "") -> JobPosting:
    posting = _fill(JobPosting(owner=owner), text=text, title=title, company=company)
    posting.save()
    return posting


@transaction.atomic
def posting_replace(*, posting: JobPosting, text: str, title: str = "", company: str = "") -> JobPosting:
    _fill(posting, text=text, title=title, company=company)
    posting.save()
    return posting


def posting_delete(*, posting: JobPosting) -> None:
    posting.delete()
