"""Practice sessions on a question set, the answers given in them and their feedback.

An answer is also the job that produces its feedback (status, progress), and each checklist
point's verdict is stored as its own row (`AnswerPoint`), so later features (review items from
missed points, readiness) can query "every point this user missed" without parsing JSON."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.models import GenerationResult
from careercoach.querysets import OwnedQuerySet


class PracticeSession(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_sessions")
    resume = models.ForeignKey("resumes.Resume", on_delete=models.CASCADE, related_name="practice_sessions")
    question_set = models.ForeignKey(
        "interviews.QuestionSet", on_delete=models.CASCADE, related_name="practice_sessions"
    )
    language = models.CharField(_("language"), max_length=8, default="auto")
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("practice session")
        verbose_name_plural = _("practice sessions")

    def __str__(self):
        return f"{self.resume.unique_key} practice {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def questions(self) -> list:
        return self.question_set.questions or []


class Answer(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Reading your answer")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_answers")
    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="answers")
    question_index = models.PositiveSmallIntegerField(_("question"))
    parent_answer = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="follow_ups"
    )
    job = models.ForeignKey(
        "careercoach.GenerationJob", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    depth = models.PositiveSmallIntegerField(_("follow-up depth"), default=0)
    prompt = models.TextField(_("question asked"))
    text = models.TextField(_("answer"), max_length=5000)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    error = models.TextField(_("error"), blank=True, default="")
    feedback = models.JSONField(_("feedback"), null=True, blank=True)
    grade = models.PositiveSmallIntegerField(_("grade"), null=True, blank=True)
    coverage = models.FloatField(_("coverage"), null=True, blank=True)
    provider = models.CharField(_("provider"), max_length=40, blank=True, default="")
    model = models.CharField(_("model"), max_length=100, blank=True, default="")
    language = models.CharField(_("language"), max_length=8, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("practice answer")
        verbose_name_plural = _("practice answers")
        indexes = [models.Index(fields=["session", "question_index", "created_at"])]

    def __str__(self):
        return f"Q{self.question_index + 1} attempt {self.attempt} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class AnswerPoint(models.Model):
    """One checklist point's verdict for one answer."""

    class Status(models.TextChoices):
        COVERED = "covered", _("Covered")
        PARTIAL = "partial", _("Partly covered")
        MISSING = "missing", _("Missing")

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="points")
    position = models.PositiveSmallIntegerField()
    point = models.TextField(_("point"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    evidence = models.TextField(_("evidence"), blank=True, default="")

    class Meta:
        ordering = ["answer", "position"]
        constraints = [models.UniqueConstraint(fields=["answer", "position"], name="one_verdict_per_point")]

    def __str__(self):
        return f"{self.point[:40]}: {self.status}"


class FeedbackResult(GenerationResult):
    """The stored result of one feedback job (the pipeline's record: provider, tokens, cost,
    fallback trail); the feedback itself is also on the answer, which pages and the API read."""

    answer = models.OneToOneField(Answer, on_delete=models.CASCADE, related_name="result")
    feedback = models.JSONField(_("feedback"), default=dict)

    class Meta(GenerationResult.Meta):
        verbose_name = _("feedback result")
        verbose_name_plural = _("feedback results")

    def __str__(self):
        return f"feedback {self.answer_id} ({self.provider})"
