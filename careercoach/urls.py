from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from careercoach import views
from careercoach.generation.views import job_progress
from careercoach.metrics.views import metrics

urlpatterns = [
    path("", views.landing, name="landing"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("resumes/<str:unique_key>/interview/", include("interviews.urls")),
    path("resumes/<str:unique_key>/learning/", include("learning.urls")),
    path("resumes/<str:unique_key>/jobs/<uuid:job_id>/", job_progress, name="generation-progress"),
    path("resumes/<str:unique_key>/", include("readiness.urls")),
    path("resumes/", include("resumes.urls")),
    path("practice/", include("practice.urls")),
    path("postings/", include("postings.urls")),
    path("favicon.ico", RedirectView.as_view(url=static("img/favicon.svg"), permanent=True)),
    path("admin/", admin.site.urls),
    path("metrics", metrics, name="metrics"),
    path("api/v1/", include("careercoach.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]

handler400 = "careercoach.views.bad_request"
handler404 = "careercoach.views.not_found"
handler500 = "careercoach.views.server_error"
