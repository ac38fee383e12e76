from django.contrib import admin

from practice.models import Answer, AnswerPoint, FeedbackResult, PracticeSession


class AnswerInline(admin.TabularInline):
    model = Answer
    fields = ("question_index", "attempt", "depth", "status", "grade", "coverage", "provider")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(PracticeSession)
class PracticeSessionAdmin(admin.ModelAdmin):
    list_display = ("resume", "owner", "created_at", "finished_at")
    list_filter = ("finished_at",)
    search_fields = ("resume__unique_key", "owner__username")
    raw_id_fields = ("owner", "resume", "question_set")
    inlines = [AnswerInline]


class AnswerPointInline(admin.TabularInline):
    model = AnswerPoint
    fields = ("position", "point", "status", "evidence")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ("session", "question_index", "attempt", "depth", "status", "grade", "provider", "created_at")
    list_filter = ("status", "grade", "provider")
    search_fields = ("session__resume__unique_key", "owner__username")
    raw_id_fields = ("owner", "session", "parent_answer")
    readonly_fields = ("feedback",)
    inlines = [AnswerPointInline]


@admin.register(FeedbackResult)
class FeedbackResultAdmin(admin.ModelAdmin):
    list_display = ("answer", "owner", "provider", "model", "latency_ms", "created_at")
    list_filter = ("provider",)
    raw_id_fields = ("answer", "owner", "resume")
    readonly_fields = ("feedback", "fallback_trail")
