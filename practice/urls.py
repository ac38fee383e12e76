from django.urls import path

from practice import views

app_name = "practice"

urlpatterns = [
    path("start/<str:unique_key>/<int:question_set_pk>/", views.start, name="start"),
    path("<uuid:session_id>/", views.session_page, name="session"),
    path("<uuid:session_id>/answer/", views.submit, name="submit"),
    path("<uuid:session_id>/summary/", views.summary, name="summary"),
    path("<uuid:session_id>/summary.<str:fmt>", views.download, name="download"),
    path("answers/<uuid:answer_id>/progress/", views.answer_progress, name="answer-progress"),
]
