from django.contrib import admin

from readiness.models import PathItemProgress, ReviewItem


@admin.register(PathItemProgress)
class PathItemProgressAdmin(admin.ModelAdmin):
    list_display = ("item_id", "title", "status", "origin", "resume", "owner", "updated_at")
    list_filter = ("status", "origin")
    search_fields = ("item_id", "title", "resume__unique_key", "owner__username")
    raw_id_fields = ("owner", "resume")


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = ("point", "technology", "step", "due_on", "misses", "last_grade", "retired", "resume", "owner")
    list_filter = ("retired", "step")
    search_fields = ("point", "question", "resume__unique_key", "owner__username")
    raw_id_fields = ("owner", "resume", "session", "answer")
