"""Pages that belong to no app: the landing page, sign-up and the error pages."""

import logging

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.http import require_http_methods

from careercoach.api.errors import json_error
from careercoach.forms import SignupForm

logger = logging.getLogger(__name__)


def landing(request):
    return render(request, "landing.html")


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("resumes:list")
    form = SignupForm(data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # Two backends are configured (axes and the model backend); name the one that logs in.
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your account is ready. Add your first resume."))
        return redirect("resumes:list")
    return render(request, "registration/signup.html", {"form": form})


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def bad_request(request, exception=None):
    if _is_api(request):
        return json_error(400, detail="Bad request.", error_code="MALFORMED_REQUEST")
    return defaults.bad_request(request, exception)


def not_found(request, exception=None):
    if _is_api(request):
        return json_error(404, detail="Not found.", error_code="NOT_FOUND")
    return render(request, "404.html", status=404)


def server_error(request):
    """Must not fail itself: the template reads nothing from the database."""
    if _is_api(request):
        return json_error(500, detail="Internal server error.", error_code="INTERNAL_ERROR")
    try:
        body = render_to_string("500.html", {"request_id": getattr(request, "request_id", "")}, request=request)
    except Exception:  # noqa: BLE001 - the last resort page cannot raise
        logger.exception("The 500 page could not be rendered")
        body = "<h1>Server error</h1>"
    return HttpResponseServerError(body)
