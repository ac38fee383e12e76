from django.urls import path

from careercoach.api.health import HealthApi
from careercoach.generation.api import JobApi
from careercoach.generation.events import JobEventsApi
from interviews.api import QuestionsApi
from learning.api import LearningPathApi
from postings import api as postings_api
from postings.fit_api import FitApi
from practice import api as practice_api
from readiness import api as readiness_api
from resumes import api as resumes_api

urlpatterns = [
    path("resumes/", resumes_api.ResumeListCreateApi.as_view(), name="api-resumes"),
    path("resumes/parse", resumes_api.ResumeParseApi.as_view(), name="api-resume-parse"),
    path("resumes/<str:unique_key>/readiness", readiness_api.ReadinessApi.as_view(), name="api-resume-readiness"),
    path("resumes/parse/jobs/<uuid:job_id>", resumes_api.ResumeParseJobApi.as_view(), name="api-resume-parse-job"),
    path("resumes/<str:unique_key>", resumes_api.ResumeDetailApi.as_view(), name="api-resume-detail"),
    path("interview/health", HealthApi.as_view(service="interview-service"), name="api-interview-health"),
    path("interview/<str:unique_key>/questions", QuestionsApi.as_view(), name="api-interview-questions"),
    path("learning/health", HealthApi.as_view(service="learning-service"), name="api-learning-health"),
    path("learning/<str:unique_key>/learning-path", LearningPathApi.as_view(), name="api-learning-path"),
    path(
        "learning/<str:unique_key>/learning-path/items/<str:item_id>",
        readiness_api.LearningPathItemApi.as_view(),
        name="api-learning-path-item",
    ),
    path("postings/", postings_api.PostingListCreateApi.as_view(), name="api-postings"),
    path("postings/<str:posting_id>", postings_api.PostingDetailApi.as_view(), name="api-posting-detail"),
    path("fit/<str:unique_key>/<str:posting_id>", FitApi.as_view(), name="api-fit"),
    path("jobs/<uuid:job_id>", JobApi.as_view(), name="api-job"),
    path("practice/sessions/<uuid:session_id>", practice_api.SessionDetailApi.as_view(), name="api-practice-session"),
    path(
        "practice/sessions/<uuid:session_id>/answers",
        practice_api.AnswerSubmitApi.as_view(),
        name="api-practice-answers",
    ),
    path("practice/answers/<uuid:answer_id>", practice_api.AnswerDetailApi.as_view(), name="api-practice-answer"),
    path("practice/<str:unique_key>/sessions", practice_api.SessionsApi.as_view(), name="api-practice-sessions"),
    path("jobs/<uuid:job_id>/events", JobEventsApi.as_view(), name="api-job-events"),
]
