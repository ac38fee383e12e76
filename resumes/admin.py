from django.contrib import admin
from django.db import models

from resumes.models import Activity, Certification, Education, PersonalProject, Resume, Skill, WorkExperience
from resumes.parts import PARTS

# A link typed without a scheme is read as https, as the resume editor's forms read it; the admin
# builds its forms from the models' URLFields, which would assume http (and Django 5.x warns
# on each such field that 6.0 changes the default).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


def _inline(part) -> type:
    """An inline for one part of the format (resumes.parts), in the format's order."""
    base = admin.TabularInline if part.tabular else admin.StackedInline
    return type(
        f"{part.model.__name__}Inline", (base,), {"model": part.model, "extra": 0, "formfield_overrides": HTTPS_URLS}
    )


@admin.register(Resume)
class ResumeAdmin(admin.ModelAdmin):
    list_display = ("unique_key", "name", "owner", "total_experience_months", "updated_at")
    list_filter = ("created_at", "updated_at")
    search_fields = ("unique_key", "name", "email", "owner__username", "summary")
    readonly_fields = ("unique_key", "created_at", "updated_at")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)
    formfield_overrides = HTTPS_URLS
    inlines = [_inline(part) for part in PARTS]


class ResumePartAdmin(admin.ModelAdmin):
    list_select_related = ("resume",)
    raw_id_fields = ("resume",)
    formfield_overrides = HTTPS_URLS


@admin.register(WorkExperience)
class WorkExperienceAdmin(ResumePartAdmin):
    list_display = ("company", "project_name", "position_title", "duration", "resume")
    search_fields = ("company", "project_name", "resume__unique_key")


@admin.register(PersonalProject)
class PersonalProjectAdmin(ResumePartAdmin):
    list_display = ("name", "duration", "resume")
    search_fields = ("name", "description", "resume__unique_key")


@admin.register(Skill)
class SkillAdmin(ResumePartAdmin):
    list_display = ("name", "category", "resume")
    list_filter = ("category",)
    search_fields = ("name", "resume__unique_key")


@admin.register(Certification)
class CertificationAdmin(ResumePartAdmin):
    list_display = ("name", "issuer", "issue_date", "resume")
    search_fields = ("name", "issuer", "resume__unique_key")


@admin.register(Activity)
class ActivityAdmin(ResumePartAdmin):
    list_display = ("name", "kind", "period", "resume")
    list_filter = ("kind",)
    search_fields = ("name", "resume__unique_key")


@admin.register(Education)
class EducationAdmin(ResumePartAdmin):
    list_display = ("institution", "degree", "major", "status", "resume")
    list_filter = ("degree", "status")
    search_fields = ("institution", "major", "resume__unique_key")
