"""The page a person waits on while the worker reads their scan (HTMX polls its progress)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect, HttpResponseStopPolling

from resumes.messages import parse_error_text
from resumes.parse_jobs import parse_job_get
from resumes.parsing import ParseError
from resumes.uploads import upload_draft_store

TEMPLATE = "resumes/resume_upload_job.html"


@login_required
def upload_job_view(request, job_id):
    job = parse_job_get(owner=request.user, job_id=job_id)
    if job.status == job.Status.DONE:
        upload_draft_store(request=request, result=job.result, filename=job.filename)
        target = reverse("resumes:upload-review")
        return HttpResponseClientRedirect(target) if request.htmx else redirect(target)
    context = {"job": job, "error": parse_error_text(ParseError(job.error_code, "")) if job.error_code else ""}
    if request.htmx:
        response = render(request, f"{TEMPLATE}#progress", context)
        return HttpResponseStopPolling(response.content) if job.is_finished else response
    return render(request, TEMPLATE, context)
