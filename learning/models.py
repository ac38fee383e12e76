from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.models import GenerationResult


class LearningPlan(GenerationResult):
    """Strengths, weaknesses and 3-8 learning paths in the shape of docs/ARCHITECTURE.md, "Output contracts"."""

    analysis = models.JSONField(_("analysis"), default=dict)
    summary = models.TextField(_("summary"), blank=True, default="")
    learning_paths = models.JSONField(_("learning paths"), default=list)

    class Meta(GenerationResult.Meta):
        verbose_name = _("learning plan")
        verbose_name_plural = _("learning plans")

    def __str__(self):
        return f"{self.resume.unique_key} #{self.pk} ({self.provider})"
