"""A job posting a user pasted or uploaded, with what the offline parser read from it.

`parsed` holds the DESIGN.md posting shape (title, company, required_skills, preferred_skills,
years_required, sections); it is recomputed whenever the text changes, never edited by hand.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.models import GenerationResult
from careercoach.querysets import OwnedQuerySet

MAX_POSTING_CHARS = 20_000


class JobPosting(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="job_postings")
    title = models.CharField(_("title"), max_length=200, blank=True, default="")
    company = models.CharField(_("company"), max_length=200, blank=True, default="")
    text = models.TextField(_("posting text"), validators=[MaxLengthValidator(MAX_POSTING_CHARS)])
    parsed = models.JSONField(_("parsed requirements"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("job posting")
        verbose_name_plural = _("job postings")

    def __str__(self):
        return " · ".join(part for part in (self.company, self.title) if part) or str(self.id)

    @property
    def required_skills(self) -> list[str]:
        return list(self.parsed.get("required_skills") or [])

    @property
    def preferred_skills(self) -> list[str]:
        return list(self.parsed.get("preferred_skills") or [])


class FitReport(GenerationResult):
    """A fit report (DESIGN.md) of one resume against one posting, made by a `fit` job."""

    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="fit_reports")
    report = models.JSONField(_("fit report"), default=dict)

    class Meta(GenerationResult.Meta):
        verbose_name = _("fit report")
        verbose_name_plural = _("fit reports")

    def __str__(self):
        return f"{self.resume.unique_key} / {self.posting_id} ({self.report.get('score')})"
