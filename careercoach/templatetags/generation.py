"""`{% generation_panel resume %}`: for every kind shown on a resume page, its button, running
jobs and history; and the filters the job partial uses whatever the kind."""

from django import template

from careercoach.generation.kinds import all_kinds, get_kind
from careercoach.generation.presentation import pickup_is_late, result_page_url, source_label, step_label
from careercoach.generation.results import as_links
from careercoach.models import GenerationJob

register = template.Library()
HISTORY_LENGTH = 10


def _panel_kinds(resume) -> list[dict]:
    return [
        {
            "kind": kind,
            "start_url": kind.start_url(resume),
            "history": [
                (item, kind.result_url(item)) for item in as_links(kind.history(resume=resume))[:HISTORY_LENGTH]
            ],
        }
        for kind in all_kinds()
        if kind.show_on_resume_panel
    ]


@register.inclusion_tag("generation/panel.html", takes_context=True)
def generation_panel(context, resume):
    kinds = _panel_kinds(resume)
    # Without the snapshot (a copy of the resume per job), and with the resume the page already
    # has: the job partial links through job.resume, a query per job otherwise.
    jobs = GenerationJob.objects.filter(resume=resume, kind__in=[entry["kind"].name for entry in kinds]).defer(
        "snapshot"
    )
    active = list(jobs.active().order_by("created_at"))
    failed = list(jobs.filter(status=GenerationJob.Status.FAILED).order_by("-created_at")[:1])
    for job in active + failed:
        job.resume = resume
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "resume": resume,
        "kinds": kinds,
        "jobs": active,
        "failed_jobs": failed,
    }


@register.filter
def job_step(job):
    return step_label(job)


@register.filter
def job_label(job):
    return get_kind(job.kind).label


@register.filter
def job_restart_url(job):
    return get_kind(job.kind).start_url(job.resume)


@register.filter
def job_result_url(job):
    return result_page_url(job)


@register.filter
def job_pickup_late(job):
    return pickup_is_late(job)


@register.filter
def resume_part(source, snapshot):
    return source_label(snapshot or {}, source)
