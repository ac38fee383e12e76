"""Web views shared by every kind: start a generation, poll its progress."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect, HttpResponseStopPolling

from careercoach.generation.inputs import InputNotFound, input_document
from careercoach.generation.limits import RateLimited
from careercoach.generation.presentation import result_page_url
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from resumes.selectors import resume_get


def result_under(result, unique_key: str, missing: str):
    """`result` (one of the user's, or None) when it was made from the resume the URL names; else
    404 with `missing`, so a link pairing a result with another resume's key shows nothing."""
    if result is None or result.resume.unique_key != unique_key:
        raise Http404(missing)
    return result


@login_required
@require_POST
def generation_start(request, unique_key, kind):
    resume = resume_get(user=request.user, unique_key=unique_key, with_parts=False)
    language = request.POST.get("language", "auto")
    try:
        document = input_document(owner=request.user, kind=kind, resume=resume, values=request.POST)
    except InputNotFound as exc:
        raise Http404(str(exc)) from exc
    try:
        job, _created = job_start(
            owner=request.user,
            resume=resume,
            kind=kind,
            language=language,
            document=document,
            regenerate=request.POST.get("regenerate") == "1",
        )
    except RateLimited as exc:
        messages.warning(request, exc.user_message())
        if request.htmx:
            return HttpResponseClientRedirect(reverse("resumes:detail", args=[unique_key]))
        return redirect("resumes:detail", unique_key=unique_key)
    if job.status == GenerationJob.Status.DONE:
        if request.htmx:
            return HttpResponseClientRedirect(result_page_url(job))
        return redirect(result_page_url(job))
    if request.htmx:
        return render(request, "generation/panel.html#job", {"job": job, "resume": resume})
    return redirect("resumes:detail", unique_key=unique_key)


@login_required
@require_GET
def job_progress(request, unique_key, job_id):
    job = (
        GenerationJob.objects.for_user(request.user)
        .select_related("resume")
        .filter(pk=job_id, resume__unique_key=unique_key)
        .first()
    )
    if job is None:
        raise Http404("No such job")
    if not request.htmx:
        if job.status == GenerationJob.Status.DONE:
            return redirect(result_page_url(job))
        return redirect("resumes:detail", unique_key=unique_key)
    response = render(request, "generation/panel.html#job", {"job": job, "resume": job.resume})
    if job.is_finished:
        stop = HttpResponseStopPolling(response.content)
        if job.status == GenerationJob.Status.DONE:
            stop["HX-Redirect"] = result_page_url(job)
        return stop
    return response
