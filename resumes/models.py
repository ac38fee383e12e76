"""A resume and its parts, mirroring the import/export format of DESIGN.md field for field,
so that import and export round-trip. Lists of short texts (tech stacks, achievements) are
JSON lists: they are always read and written whole, never queried item by item."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careercoach.querysets import OwnedQuerySet


class Resume(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resumes")
    unique_key = models.CharField(_("key"), max_length=140, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("phone"), max_length=40, null=True, blank=True)
    email = models.EmailField(_("e-mail"), max_length=200, null=True, blank=True)
    github = models.URLField(_("GitHub"), max_length=300, null=True, blank=True)
    linkedin = models.URLField(_("LinkedIn"), max_length=300, null=True, blank=True)
    portfolio = models.URLField(_("portfolio"), max_length=300, null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=5000, null=True, blank=True, default="")
    total_experience_months = models.PositiveIntegerField(_("total experience (months)"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("resume")
        verbose_name_plural = _("resumes")

    def __str__(self):
        return f"{self.name} ({self.unique_key})"


class ResumePart(models.Model):
    """Ordered child rows; `position` keeps the order of the imported lists."""

    position = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["position", "id"]


class WorkExperience(ResumePart):
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="work_experiences")
    company = models.CharField(_("company"), max_length=200)
    position_title = models.CharField(_("position"), max_length=200, null=True, blank=True, default="")
    duration = models.CharField(_("duration"), max_length=100, null=True, blank=True, default="")
    project_name = models.CharField(_("project name"), max_length=300, null=True, blank=True, default="")
    project_description = models.TextField(_("project description"), max_length=5000, null=True, blank=True, default="")
    tech_stack = models.JSONField(_("tech stack"), default=list, blank=True)
    achievements = models.JSONField(_("achievements"), default=list, blank=True)
    team_size = models.PositiveIntegerField(_("team size"), null=True, blank=True)

    class Meta(ResumePart.Meta):
        verbose_name = _("work experience")
        verbose_name_plural = _("work experiences")

    def __str__(self):
        return f"{self.company} - {self.project_name}"


class PersonalProject(ResumePart):
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="personal_projects")
    name = models.CharField(_("name"), max_length=300)
    duration = models.CharField(_("duration"), max_length=100, null=True, blank=True, default="")
    description = models.TextField(_("description"), max_length=5000, null=True, blank=True, default="")
    tech_stack = models.JSONField(_("tech stack"), default=list, blank=True)
    github_url = models.URLField(_("GitHub URL"), max_length=300, null=True, blank=True)
    demo_url = models.URLField(_("demo URL"), max_length=300, null=True, blank=True)
    key_achievements = models.JSONField(_("key achievements"), default=list, blank=True)
    architecture_highlights = models.JSONField(_("architecture highlights"), default=list, blank=True)

    class Meta(ResumePart.Meta):
        verbose_name = _("personal project")
        verbose_name_plural = _("personal projects")

    def __str__(self):
        return self.name


class Skill(ResumePart):
    class Category(models.TextChoices):
        PROGRAMMING_LANGUAGES = "programming_languages", _("Programming languages")
        FRAMEWORKS = "frameworks", _("Frameworks")
        DATABASES = "databases", _("Databases")
        MESSAGE_QUEUE_CACHING = "message_queue_caching", _("Message queues and caching")
        CLOUD_PLATFORMS = "cloud_platforms", _("Cloud platforms")
        DEVOPS_TOOLS = "devops_tools", _("DevOps tools")
        MONITORING_TOOLS = "monitoring_tools", _("Monitoring tools")
        OTHERS = "others", _("Others")

    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="skills")
    category = models.CharField(_("category"), max_length=40, choices=Category.choices)
    name = models.CharField(_("name"), max_length=100)

    class Meta(ResumePart.Meta):
        ordering = ["category", "position", "id"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name


class Certification(ResumePart):
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="certifications")
    name = models.CharField(_("name"), max_length=300)
    issuer = models.CharField(_("issuer"), max_length=200, null=True, blank=True)
    issue_date = models.CharField(_("issue date"), max_length=40, null=True, blank=True)
    expiry_date = models.CharField(_("expiry date"), max_length=40, null=True, blank=True)
    credential_url = models.URLField(_("credential URL"), max_length=300, null=True, blank=True)

    class Meta(ResumePart.Meta):
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return self.name


class Activity(ResumePart):
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("type"), max_length=100, null=True, blank=True)
    name = models.CharField(_("name"), max_length=300)
    description = models.TextField(_("description"), max_length=5000, null=True, blank=True)
    period = models.CharField(_("period"), max_length=100, null=True, blank=True)
    achievements = models.JSONField(_("achievements"), default=list, blank=True)
    url = models.URLField(_("URL"), max_length=300, null=True, blank=True)

    class Meta(ResumePart.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.name


class Education(ResumePart):
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="education")
    institution = models.CharField(_("institution"), max_length=300)
    degree = models.CharField(_("degree"), max_length=100, null=True, blank=True)
    major = models.CharField(_("major"), max_length=200, null=True, blank=True)
    period = models.CharField(_("period"), max_length=100, null=True, blank=True)
    status = models.CharField(_("status"), max_length=100, null=True, blank=True)

    class Meta(ResumePart.Meta):
        verbose_name = _("education")
        verbose_name_plural = _("education")

    def __str__(self):
        return self.institution


class ParseJob(models.Model):
    """An upload that needs OCR (a scan, a photo, a screenshot), read by the worker.

    The file's bytes wait in `source` only until the worker has read them: OCR takes seconds
    per page, longer than a request may, and the worker is another process. They are cleared
    when the job ends, whatever the outcome. `result` is the API's parse body."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Reading the scan")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resume_parse_jobs")
    filename = models.CharField(max_length=255, blank=True, default="")
    source = models.BinaryField(default=b"", editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    error_code = models.CharField(max_length=40, blank=True, default="")
    result = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
