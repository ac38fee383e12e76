from django.urls import path

from readiness import item_views, views

app_name = "readiness"

urlpatterns = [
    path("readiness/", views.readiness_page, name="page"),
    path("readiness/download.<str:fmt>", views.readiness_download, name="download"),
    path("learning/<int:pk>/items/<str:item_id>/", item_views.item_update_view, name="item"),
]
