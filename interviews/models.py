from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.models import GenerationResult


class QuestionSet(GenerationResult):
    """Five interview questions; `questions` holds them in the shape of docs/ARCHITECTURE.md, "Output contracts"."""

    questions = models.JSONField(_("questions"), default=list)

    class Meta(GenerationResult.Meta):
        verbose_name = _("question set")
        verbose_name_plural = _("question sets")

    def __str__(self):
        return f"{self.resume.unique_key} #{self.pk} ({self.provider})"
