"""Reads of postings, always scoped to their owner: another user's posting does not exist."""

from django.core.exceptions import ValidationError
from django.http import Http404

from postings.models import JobPosting


class PostingNotFound(Http404):
    def __init__(self, posting_id):
        super().__init__(f"Job posting not found: {posting_id}")
        self.posting_id = str(posting_id)


def posting_list(*, user):
    return JobPosting.objects.for_user(user)


def posting_get(*, user, posting_id) -> JobPosting:
    try:
        posting = JobPosting.objects.for_user(user).filter(pk=posting_id).first()
    except (ValueError, TypeError, ValidationError):  # a malformed UUID is simply not found
        posting = None
    if posting is None:
        raise PostingNotFound(posting_id)
    return posting
