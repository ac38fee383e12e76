import json

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from careercoach.generation.deadletter import failed_jobs_discard, failed_jobs_requeue
from careercoach.models import FailedJob, GenerationJob


class DeadLetterActions:
    """Requeue (each job exactly once, careercoach/generation/deadletter.py) and discard."""

    actions = ["requeue_failed", "discard_failed"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Requeue the selected failed jobs"))
    def requeue_failed(self, request, queryset):
        outcome = failed_jobs_requeue(job_ids=list(queryset.values_list("pk", flat=True)))
        done = len(outcome.requeued)
        self.message_user(
            request, ngettext("%d job queued again.", "%d jobs queued again.", done) % done, messages.SUCCESS
        )
        if outcome.skipped_running:
            skipped = len(outcome.skipped_running)
            self.message_user(
                request,
                ngettext(
                    "%d job left as it is: its resume has a running job of the same kind.",
                    "%d jobs left as they are: their resumes have a running job of the same kind.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )

    @admin.action(description=_("Discard the selected failed jobs"))
    def discard_failed(self, request, queryset):
        deleted = failed_jobs_discard(job_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(
            request,
            ngettext("%d failed job discarded.", "%d failed jobs discarded.", deleted) % deleted,
            messages.SUCCESS,
        )


@admin.register(GenerationJob)
class GenerationJobAdmin(DeadLetterActions, admin.ModelAdmin):
    list_display = (
        "id",
        "kind",
        "status",
        "progress",
        "step",
        "provider",
        "resume",
        "owner",
        "attempts",
        "error_code",
        "created_at",
    )
    list_filter = ("kind", "status", "error_code", "created_at")
    search_fields = ("id", "resume__unique_key", "owner__username", "error")
    readonly_fields = [field.name for field in GenerationJob._meta.fields]
    list_select_related = ("resume", "owner")


def _pretty(value) -> str:
    return format_html("<pre>{}</pre>", json.dumps(value, ensure_ascii=False, indent=2, default=str))


@admin.register(FailedJob)
class FailedJobAdmin(DeadLetterActions, admin.ModelAdmin):
    """The dead-letter queue: what failed, why, after how many attempts, from which input."""

    list_display = (
        "id",
        "kind",
        "owner",
        "resume",
        "attempts",
        "error_code",
        "short_error",
        "providers_tried",
        "updated_at",
    )
    list_filter = ("kind", "error_code", "updated_at")
    search_fields = ("id", "resume__unique_key", "owner__username", "error")
    list_select_related = ("resume", "owner")
    fields = (
        "id",
        "kind",
        "owner",
        "resume",
        "language",
        "providers",
        "attempts",
        "error_code",
        "error",
        "provider_trail",
        "job_input",
        "created_at",
        "updated_at",
    )
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=GenerationJob.Status.FAILED)

    @admin.display(description=_("error"))
    def short_error(self, job):
        return job.error[:120]

    @admin.display(description=_("provider trail"))
    def providers_tried(self, job):
        return ", ".join(f"{row.get('provider')}: {row.get('outcome')}" for row in job.trail or []) or "-"

    @admin.display(description=_("provider trail"))
    def provider_trail(self, job):
        return _pretty(job.trail)

    @admin.display(description=_("input"))
    def job_input(self, job):
        return _pretty(job.snapshot)


class GenerationResultAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "resume",
        "owner",
        "provider",
        "model",
        "language",
        "latency_ms",
        "tokens_in",
        "tokens_out",
        "cost_usd",
        "created_at",
    )
    list_filter = ("provider", "model", "language", "prompt_version", "created_at")
    search_fields = ("resume__unique_key", "owner__username", "provider", "model")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("resume", "owner")
    readonly_fields = ("cache_key", "created_at", "fallback_trail", "resume_snapshot")
