"""Generation jobs and the fields every generated result shares.

The job row is the source of truth for a generation: the broker message only tells a
worker which row to look at, so a lost or repeated message can neither lose a job nor
write a second result."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from careercoach.generation.kinds import validate_kind_name
from careercoach.querysets import OwnedQuerySet


class JobQuerySet(OwnedQuerySet):
    def active(self):
        return self.filter(status__in=GenerationJob.ACTIVE_STATUSES)


class GenerationJob(models.Model):
    """One generation of any kind (careercoach.generation.kinds). `snapshot` is the kind's
    input document as it was when the user asked; `subject_id` names what the job is about
    (a resume, an answer, a posting: the kind decides) so that one job per kind and subject
    runs at a time; `result_id` is the primary key of the row in the kind's result model."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        ANALYSING = "analysing", _("Analysing the resume")
        GENERATING = "generating", _("Generating")
        VALIDATING = "validating", _("Checking the answer")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Step(models.TextChoices):
        """Where a job is, finer than its status. The words people read are in
        generation.presentation (a kind may reword a step)."""

        QUEUED = "queued", _("Waiting for a worker")
        ANALYSING = "analysing", _("Reading your resume")
        GENERATING = "generating", _("Generating")
        VALIDATING = "validating", _("Checking the answer")
        RETRYING = "retrying", _("A provider failed; trying again shortly")
        REQUEUED = "requeued", _("Restarted after a worker stopped")
        WAITING_FOR_BROKER = "waiting_for_broker", _("Waiting for the job queue to come back")
        WAITING_FOR_CAPACITY = "waiting_for_capacity", _("Waiting for a free slot with the AI provider")
        CACHED = "cached", _("Reused the result made from the same resume")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    ACTIVE_STATUSES = (Status.QUEUED, Status.ANALYSING, Status.GENERATING, Status.VALIDATING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="generation_jobs")
    resume = models.ForeignKey(
        "resumes.Resume", on_delete=models.CASCADE, null=True, blank=True, related_name="generation_jobs"
    )
    kind = models.CharField(_("kind"), max_length=20, validators=[validate_kind_name])
    subject_id = models.CharField(_("subject"), max_length=64)
    language = models.CharField(_("language"), max_length=8, default="auto")
    providers = models.JSONField(_("provider chain"), default=list, blank=True)
    regenerate = models.BooleanField(_("regenerate"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    step = models.CharField(_("step"), max_length=40, choices=Step.choices, default=Step.QUEUED)
    # The provider being tried (or that answered), shown beside the `generating` step.
    provider = models.CharField(_("provider"), max_length=40, blank=True, default="")
    error = models.TextField(_("error"), blank=True, default="")
    error_code = models.CharField(_("error code"), max_length=40, blank=True, default="")
    # Every provider attempt of a failed job's last run, kept for the dead-letter queue.
    trail = models.JSONField(_("provider trail"), default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    cache_key = models.CharField(max_length=64, blank=True, default="", db_index=True)
    # The kind's input document as it was when the user asked; the result is made from this.
    snapshot = models.JSONField(default=dict, blank=True)
    result_id = models.CharField(_("result"), max_length=64, blank=True, default="")
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
            # One running job per kind and subject: a second press returns the first job.
            models.UniqueConstraint(
                fields=["kind", "subject_id"],
                condition=Q(status__in=["queued", "analysing", "generating", "validating"]),
                name="one_active_job_per_kind_and_subject",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.id} ({self.status})"

    def save(self, *args, **kwargs):
        # A job about a resume, written without a subject, is about that resume.
        if not self.subject_id and self.resume_id:
            self.subject_id = str(self.resume_id)
        super().save(*args, **kwargs)

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def public_status(self) -> str:
        """The API's four states; the finer steps are in `step`."""
        if self.status in (self.Status.QUEUED, self.Status.DONE, self.Status.FAILED):
            return self.status
        return "running"

    @property
    def public_step(self) -> str:
        """The API's `step`: "generating:<provider>" while a provider is being tried."""
        if self.step == self.Step.GENERATING and self.provider:
            return f"{self.step}:{self.provider}"
        return self.step


class FailedJob(GenerationJob):
    """Failed jobs, the dead-letter queue: an admin list of their own (careercoach/admin.py)."""

    objects = JobQuerySet.as_manager()

    class Meta:
        proxy = True
        ordering = ["-updated_at"]
        verbose_name = _("failed job")
        verbose_name_plural = _("failed jobs (dead-letter queue)")


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
