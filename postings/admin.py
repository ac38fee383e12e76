from django.contrib import admin

from postings.models import JobPosting


@admin.register(JobPosting)
class JobPostingAdmin(admin.ModelAdmin):
    list_display = ("title", "company", "owner", "updated_at")
    search_fields = ("title", "company", "owner__username")
    readonly_fields = ("id", "parsed", "created_at", "updated_at")
    list_select_related = ("owner",)
