"""The resume import/export format (DESIGN.md, docs/examples/resume-example.json) as
DRF serializers. The same serializer validates the JSON import, the API body and the
`import_resume` command, and renders the export, so every door accepts the same shape."""

import re

from rest_framework import serializers
from rest_framework.fields import empty

from resumes.models import Skill

SHORT = 300
LONG = 5000
MAX_ITEMS = 50
# C0 control characters other than tab, line feed and carriage return, and DEL. NUL is not
# here: CharField's own validator refuses it with a 400 (PostgreSQL cannot store it).
_CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


class TextField(serializers.CharField):
    """Text as people type or paste it. Control characters that no keyboard makes (bells,
    terminal escape sequences, the form feeds of text copied from a PDF) are dropped, not
    stored and not refused; a value that was nothing but those counts as blank. Unlike
    CharField, a JSON number is refused rather than turned into text."""

    def run_validation(self, data=empty):
        if isinstance(data, (int, float)):
            self.fail("invalid")  # a number where the format has text is a client's mistake, not "0.0"
        if isinstance(data, str):
            # The limit applies to what was sent, as the schema documents, not to what is left.
            if self.max_length is not None and len(data) > self.max_length:
                self.fail("max_length", max_length=self.max_length)
            data = _CONTROL_CHARACTERS.sub("", data)
        return super().run_validation(data)


def text_list(max_length=1000):
    return serializers.ListField(
        child=TextField(max_length=max_length, allow_blank=False, trim_whitespace=True),
        max_length=MAX_ITEMS,
        required=False,
        default=list,
    )


def optional_text(max_length=SHORT):
    return TextField(max_length=max_length, required=False, allow_null=True, allow_blank=True, default=None)


def optional_url():
    return serializers.URLField(max_length=SHORT, required=False, allow_null=True, allow_blank=True, default=None)


class ContactSerializer(serializers.Serializer):
    phone = optional_text(40)
    email = serializers.EmailField(max_length=200, required=False, allow_null=True, allow_blank=True, default=None)
    github = optional_url()
    linkedin = optional_url()
    portfolio = optional_url()


class WorkExperienceSerializer(serializers.Serializer):
    company = TextField(max_length=200)
    position = optional_text(200)
    duration = optional_text(100)
    project_name = optional_text(SHORT)
    project_description = optional_text(LONG)
    tech_stack = text_list(100)
    achievements = text_list()
    team_size = serializers.IntegerField(min_value=0, max_value=100000, required=False, allow_null=True, default=None)


class PersonalProjectSerializer(serializers.Serializer):
    name = TextField(max_length=SHORT)
    duration = optional_text(100)
    description = optional_text(LONG)
    tech_stack = text_list(100)
    github_url = optional_url()
    demo_url = optional_url()
    key_achievements = text_list()
    architecture_highlights = text_list()


class TechnicalSkillsSerializer(serializers.Serializer):
    programming_languages = text_list(100)
    frameworks = text_list(100)
    databases = text_list(100)
    message_queue_caching = text_list(100)
    cloud_platforms = text_list(100)
    devops_tools = text_list(100)
    monitoring_tools = text_list(100)
    others = text_list(100)


class CertificationSerializer(serializers.Serializer):
    name = TextField(max_length=SHORT)
    issuer = optional_text(200)
    issue_date = optional_text(40)
    expiry_date = optional_text(40)
    credential_url = optional_url()


class ActivitySerializer(serializers.Serializer):
    type = optional_text(100)
    name = TextField(max_length=SHORT)
    description = optional_text(LONG)
    period = optional_text(100)
    achievements = text_list()
    url = optional_url()


class EducationSerializer(serializers.Serializer):
    institution = TextField(max_length=SHORT)
    degree = optional_text(100)
    major = optional_text(200)
    period = optional_text(100)
    status = optional_text(100)


class ResumeFormatSerializer(serializers.Serializer):
    """Validates a resume document. `validated_data` is a plain dict in the format's shape."""

    name = TextField(max_length=100)
    contact = ContactSerializer(required=False, default=dict)
    summary = optional_text(LONG)
    work_experiences = WorkExperienceSerializer(many=True, required=False, default=list, max_length=MAX_ITEMS)
    total_experience_months = serializers.IntegerField(min_value=0, max_value=1200, required=False, default=0)
    personal_projects = PersonalProjectSerializer(many=True, required=False, default=list, max_length=MAX_ITEMS)
    technical_skills = TechnicalSkillsSerializer(required=False, default=dict)
    certifications = CertificationSerializer(many=True, required=False, default=list, max_length=MAX_ITEMS)
    activities = ActivitySerializer(many=True, required=False, default=list, max_length=MAX_ITEMS)
    education = EducationSerializer(many=True, required=False, default=list, max_length=MAX_ITEMS)

    def validate(self, attrs):
        # Nested defaults arrive as {} when a section is omitted; normalise to full shapes.
        attrs["contact"] = {key: (attrs.get("contact") or {}).get(key) for key in ContactSerializer().fields}
        skills = attrs.get("technical_skills") or {}
        attrs["technical_skills"] = {category: list(skills.get(category) or []) for category in Skill.Category.values}
        return attrs


class ResumeSummarySerializer(serializers.Serializer):
    """A resume in lists: enough to pick one, with links to the full document."""

    unique_key = serializers.CharField()
    name = serializers.CharField()
    summary = serializers.CharField(allow_null=True)
    total_experience_months = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class StoredResumeSerializer(ResumeFormatSerializer):
    """A stored resume as the API answers it (OpenAPI only): its key, then the import format."""

    unique_key = serializers.CharField(help_text="The resume's key in every resume URL")
