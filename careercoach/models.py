"""Generation jobs and the fields every generated result shares.

The job row is the source of truth for a generation: the broker message only tells a
worker which row to look at, so a lost or repeated message can neither lose a job nor
write a second result."""
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from careercoach.querysets import OwnedQuerySet


class JobQuerySet(OwnedQuerySet):
    def active(self):
        return self.filter(status__in=GenerationJob.ACTIVE_STATUSES)


class GenerationJob(models.Model):
    class Kind(models.TextChoices):
        INTERVIEW = "interview", _("Interview questions")
        LEARNING = "learning", _("Learning path")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        ANALYSING = "analysing", _("Analysing the resume")
        GENERATING = "generating", _("Generating")
        VALIDATING = "validating", _("Checking the answer")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    ACTIVE_STATUSES = (Status.QUEUED, Status.ANALYSING, Status.GENERATING, Status.VALIDATING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="generation_jobs")
    resume = models.ForeignKey("resumes.Resume", on_delete=models.CASCADE, related_name="generation_jobs")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=8, default="auto")
    providers = models.JSONField(_("provider chain"), default=list, blank=True)
    regenerate = models.BooleanField(_("regenerate"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    step = models.CharField(_("step"), max_length=40, blank=True, default="queued")
    error = models.TextField(_("error"), blank=True, default="")
    error_code = models.CharField(_("error code"), max_length=40, blank=True, default="")
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    cache_key = models.CharField(max_length=64, blank=True, default="", db_index=True)
    # The resume as it was when the user pressed the button; the result is made from this.
    snapshot = models.JSONField(default=dict, blank=True)
    question_set = models.ForeignKey(
        "interviews.QuestionSet", on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs"
    )
    learning_plan = models.ForeignKey(
        "learning.LearningPlan", on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("generation job")
        verbose_name_plural = _("generation jobs")
        constraints = [
            # One running job per resume and kind: a second press returns the first job.
            models.UniqueConstraint(
                fields=["resume", "kind"],
                condition=Q(status__in=["queued", "analysing", "generating", "validating"]),
                name="one_active_job_per_resume_and_kind",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.id} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def result(self):
        return self.question_set if self.kind == self.Kind.INTERVIEW else self.learning_plan

    @property
    def public_status(self) -> str:
        """The API's four states; the finer steps are in `step`."""
        if self.status in (self.Status.QUEUED, self.Status.DONE, self.Status.FAILED):
            return self.status
        return "running"


class GenerationResult(models.Model):
    """What every stored generation records besides its content."""

    resume = models.ForeignKey("resumes.Resume", on_delete=models.CASCADE)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8)
    provider = models.CharField(_("provider"), max_length=40)
    model = models.CharField(_("model"), max_length=100)
    prompt_version = models.CharField(_("prompt version"), max_length=20)
    tokens_in = models.PositiveIntegerField(_("tokens in"), default=0)
    tokens_out = models.PositiveIntegerField(_("tokens out"), default=0)
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), default=0)
    cost_usd = models.DecimalField(_("estimated cost (USD)"), max_digits=10, decimal_places=6, default=0)
    fallback_trail = models.JSONField(_("fallback trail"), default=list, blank=True)
    resume_snapshot = models.JSONField(_("resume snapshot"), default=dict)
    cache_key = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]
