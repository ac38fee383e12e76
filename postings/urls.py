from django.urls import path

from postings import views

app_name = "postings"

urlpatterns = [
    path("", views.posting_list_view, name="list"),
    path("new/", views.posting_create_view, name="create"),
    path("<uuid:posting_id>/", views.posting_detail_view, name="detail"),
    path("<uuid:posting_id>/edit/", views.posting_edit_view, name="edit"),
    path("<uuid:posting_id>/delete/", views.posting_delete_view, name="delete"),
]
