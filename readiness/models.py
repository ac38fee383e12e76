"""What a person did with their plan and their practice, stored apart from generated results
so that a regenerated plan or a new practice session never overwrites it.

Rows are keyed by owner + resume + a stable item id (readiness.items), not by plan or position:
a new plan with the same topics finds the same rows again."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.querysets import OwnedQuerySet


class ItemStatus(models.TextChoices):
    TODO = "todo", _("To do")
    DOING = "doing", _("In progress")
    DONE = "done", _("Done")
    SKIPPED = "skipped", _("Skipped")


class PathItemProgress(models.Model):
    """The person's status, note and own links for one learning-path item (a path or one of
    its resources), or a path added from practice when no generated path covered a weak point."""

    class Origin(models.TextChoices):
        PLAN = "plan", _("Learning plan")
        PRACTICE = "practice", _("From practice")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="path_progress")
    resume = models.ForeignKey("resumes.Resume", on_delete=models.CASCADE, related_name="path_progress")
    item_id = models.CharField(_("item id"), max_length=40)
    title = models.CharField(_("title"), max_length=300, blank=True, default="")
    status = models.CharField(_("status"), max_length=10, choices=ItemStatus.choices, default=ItemStatus.TODO)
    note = models.TextField(_("note"), blank=True, default="", max_length=2000)
    links = models.JSONField(_("own links"), default=list, blank=True)
    origin = models.CharField(_("origin"), max_length=10, choices=Origin.choices, default=Origin.PLAN)
    technology = models.CharField(_("technology"), max_length=80, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("learning-path item progress")
        verbose_name_plural = _("learning-path item progress")
        constraints = [models.UniqueConstraint(fields=["owner", "resume", "item_id"], name="one_progress_per_item")]

    def __str__(self):
        return f"{self.resume.unique_key} {self.item_id}: {self.status}"


class ReviewItem(models.Model):
    """A point that an answer missed or covered only in part, scheduled for a retake of its
    question (readiness.schedule)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_items")
    resume = models.ForeignKey("resumes.Resume", on_delete=models.CASCADE, related_name="review_items")
    key = models.CharField(max_length=40)
    question_key = models.CharField(max_length=40, db_index=True)
    session = models.ForeignKey("practice.PracticeSession", on_delete=models.SET_NULL, null=True, blank=True)
    answer = models.ForeignKey("practice.Answer", on_delete=models.SET_NULL, null=True, blank=True)
    question_index = models.PositiveSmallIntegerField(_("question"), default=0)
    question = models.TextField(_("question"))
    point = models.TextField(_("point"))
    point_status = models.CharField(_("last verdict"), max_length=10, default="missing")
    technology = models.CharField(_("technology"), max_length=80, blank=True, default="")
    path_item_id = models.CharField(_("learning-path item"), max_length=40, blank=True, default="")
    step = models.PositiveSmallIntegerField(_("schedule step"), default=0)
    due_on = models.DateField(_("due"), db_index=True)
    misses = models.PositiveSmallIntegerField(_("times missed"), default=1)
    last_grade = models.PositiveSmallIntegerField(_("last grade"), null=True, blank=True)
    last_answer_id = models.UUIDField(null=True, blank=True)
    retired = models.BooleanField(_("learned"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "created_at"]
        verbose_name = _("review item")
        verbose_name_plural = _("review items")
        constraints = [models.UniqueConstraint(fields=["owner", "resume", "key"], name="one_review_per_point")]

    def __str__(self):
        return f"{self.point[:40]} (due {self.due_on})"
