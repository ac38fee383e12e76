"""What the pages say about jobs and results: step labels, resume-part labels, notices."""

import re
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careercoach.generation.kinds import get_kind
from careercoach.models import GenerationJob

_SOURCE = re.compile(r"^(\w+)\[(\d+)\]")


def step_label(job) -> str:
    """What the panel says a job is doing: the step's own label, or the kind's wording of it,
    with the provider being tried."""
    step = job.step or job.status
    try:
        label = GenerationJob.Step(step).label
    except ValueError:
        return step
    wording = get_kind(job.kind).step_labels.get(step)
    if wording:
        label = wording
    if step == GenerationJob.Step.GENERATING and job.provider:
        label = _("%(step)s (%(provider)s)") % {"step": label, "provider": job.provider}
    return str(label)


def result_page_url(job) -> str:
    """The finished job's result page; the resume page when the result has since gone."""
    kind = get_kind(job.kind)
    result = kind.result_of(job)
    if result is None:
        return reverse("resumes:detail", args=[job.resume.unique_key])
    return kind.result_url(result)


def pickup_is_late(job, *, now=None) -> bool:
    """True when no worker has touched a queued job for a while: worth telling the user."""
    now = now or timezone.now()
    return (
        job.status == "queued"
        and job.attempts == 0
        and now - job.created_at > timedelta(seconds=settings.JOB_PICKUP_WARNING_SECONDS)
    )


def source_label(snapshot: dict, source: str) -> str:
    """'work_experiences[0]' -> 'Acme · Payments platform', from the resume the result came from."""
    match = _SOURCE.match(source or "")
    if not match:
        return source or ""
    section, index = match.group(1), int(match.group(2))
    items = snapshot.get(section) or []
    if not isinstance(items, list) or index >= len(items) or not isinstance(items[index], dict):
        return source
    item = items[index]
    if section == "work_experiences":
        parts = [item.get("company"), item.get("project_name")]
    elif section == "education":
        parts = [item.get("institution"), item.get("major")]
    else:
        parts = [item.get("name")]
    return " · ".join(part for part in parts if part) or source
