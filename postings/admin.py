from django.contrib import admin

from postings.models import FitReport, JobPosting


@admin.register(JobPosting)
class JobPostingAdmin(admin.ModelAdmin):
    list_display = ("title", "company", "owner", "updated_at")
    search_fields = ("title", "company", "owner__username")
    readonly_fields = ("id", "parsed", "created_at", "updated_at")
    list_select_related = ("owner",)


@admin.register(FitReport)
class FitReportAdmin(admin.ModelAdmin):
    list_display = ("resume", "posting", "owner", "provider", "created_at")
    readonly_fields = [field.name for field in FitReport._meta.fields]
    list_select_related = ("resume", "posting", "owner")
