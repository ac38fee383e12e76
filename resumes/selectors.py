"""Reads of resumes, always scoped to their owner: another user's resume does not exist."""

from django.db.models import QuerySet
from django.http import Http404

from resumes.models import Resume


class ResumeNotFound(Http404):
    def __init__(self, unique_key: str):
        super().__init__(f"Resume not found with key: {unique_key}")
        self.unique_key = unique_key


_PARTS = ("work_experiences", "personal_projects", "skills", "certifications", "activities", "education")


def resume_list(*, user) -> QuerySet[Resume]:
    return Resume.objects.for_user(user)


def resume_get(*, user, unique_key: str, with_parts: bool = True) -> Resume:
    """The user's resume or Http404, whoever else may own that key."""
    queryset = Resume.objects.for_user(user)
    if with_parts:
        queryset = queryset.prefetch_related(*_PARTS)
    resume = queryset.filter(unique_key=unique_key).first()
    if resume is None:
        raise ResumeNotFound(unique_key)
    return resume
