from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext

from careercoach.generation.start import job_enqueue
from careercoach.models import GenerationJob


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "status", "progress", "step", "resume", "owner", "attempts", "error_code", "created_at")
    list_filter = ("kind", "status", "error_code", "created_at")
    search_fields = ("id", "resume__unique_key", "owner__username", "error")
    readonly_fields = [field.name for field in GenerationJob._meta.fields]
    list_select_related = ("resume", "owner")
    actions = ["retry_failed"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Retry the selected failed jobs"))
    def retry_failed(self, request, queryset):
        retried = 0
        for job in queryset.filter(status=GenerationJob.Status.FAILED):
            if GenerationJob.objects.active().filter(resume=job.resume, kind=job.kind).exists():
                continue
            job.status, job.progress, job.step, job.error, job.error_code = GenerationJob.Status.QUEUED, 0, "queued", "", ""
            job.attempts, job.finished_at = 0, None
            job.save()
            job_enqueue(job)
            retried += 1
        self.message_user(
            request, ngettext("%d job queued again.", "%d jobs queued again.", retried) % retried, messages.SUCCESS
        )


class GenerationResultAdmin(admin.ModelAdmin):
    list_display = ("id", "resume", "owner", "provider", "model", "language", "latency_ms", "tokens_in", "tokens_out",
                    "cost_usd", "created_at")
    list_filter = ("provider", "model", "language", "prompt_version", "created_at")
    search_fields = ("resume__unique_key", "owner__username", "provider", "model")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("resume", "owner")
    readonly_fields = ("cache_key", "created_at", "fallback_trail", "resume_snapshot")
