from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from careercoach.generation.deadletter import failed_jobs_discard, failed_jobs_requeue
from careercoach.models import GenerationJob


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "status", "progress", "step", "provider", "resume", "owner", "attempts", "error_code",
                    "created_at")
    list_filter = ("kind", "status", "error_code", "created_at")
    search_fields = ("id", "resume__unique_key", "owner__username", "error")
    readonly_fields = [field.name for field in GenerationJob._meta.fields]
    list_select_related = ("resume", "owner")
    actions = ["requeue_failed", "discard_failed"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Requeue the selected failed jobs"))
    def requeue_failed(self, request, queryset):
        outcome = failed_jobs_requeue(job_ids=list(queryset.values_list("pk", flat=True)))
        done = len(outcome.requeued)
        self.message_user(request, ngettext("%d job queued again.", "%d jobs queued again.", done) % done,
                          messages.SUCCESS)
        if outcome.skipped_running:
            skipped = len(outcome.skipped_running)
            self.message_user(request, ngettext(
                "%d job left as it is: its resume has a running job of the same kind.",
                "%d jobs left as they are: their resumes have a running job of the same kind.", skipped,
            ) % skipped, messages.WARNING)

    @admin.action(description=_("Discard the selected failed jobs"))
    def discard_failed(self, request, queryset):
        deleted = failed_jobs_discard(job_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, ngettext("%d failed job discarded.", "%d failed jobs discarded.", deleted)
                          % deleted, messages.SUCCESS)


class GenerationResultAdmin(admin.ModelAdmin):
    list_display = ("id", "resume", "owner", "provider", "model", "language", "latency_ms", "tokens_in", "tokens_out",
                    "cost_usd", "created_at")
    list_filter = ("provider", "model", "language", "prompt_version", "created_at")
    search_fields = ("resume__unique_key", "owner__username", "provider", "model")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("resume", "owner")
    readonly_fields = ("cache_key", "created_at", "fallback_trail", "resume_snapshot")
