from django.urls import path

from resumes import job_views, views

app_name = "resumes"

urlpatterns = [
    path("", views.resume_list_view, name="list"),
    path("new/", views.resume_create_view, name="create"),
    path("import/", views.resume_import_view, name="import"),
    path("upload/", views.resume_upload_view, name="upload"),
    path("upload/review/", views.resume_upload_review_view, name="upload-review"),
    path("upload/scans/<uuid:job_id>/", job_views.upload_job_view, name="upload-job"),
    path("upload/cancel/", views.resume_upload_cancel_view, name="upload-cancel"),
    path("<str:unique_key>/", views.resume_detail_view, name="detail"),
    path("<str:unique_key>/edit/", views.resume_edit_view, name="edit"),
    path("<str:unique_key>/delete/", views.resume_delete_view, name="delete"),
    path("<str:unique_key>/export.json", views.resume_export_view, name="export"),
]
