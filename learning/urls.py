from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("generate/", views.generate, name="generate"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/download.<str:fmt>", views.download, name="download"),
]
