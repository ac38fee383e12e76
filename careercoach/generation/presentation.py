"""What the pages say about jobs and results: step labels, resume-part labels, notices."""
import re
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

_SOURCE = re.compile(r"^(\w+)\[(\d+)\]")


def step_label(job) -> str:
    step = job.step or job.status
    provider = ""
    if step.startswith("generating:"):
        step, provider = step.split(":", 1)
    labels = {
        "queued": _("Waiting for a worker"),
        "analysing": _("Reading your resume"),
        "generating": _("Writing interview questions") if job.kind == "interview" else _("Designing your learning path"),
        "validating": _("Checking the answer"),
        "retrying": _("A provider failed; trying again shortly"),
        "requeued": _("Restarted after a worker stopped"),
        "waiting_for_broker": _("Waiting for the job queue to come back"),
        "cached": _("Reused the result made from the same resume"),
        "done": _("Done"),
        "failed": _("Failed"),
    }
    label = labels.get(step, step)
    if provider:
        label = _("%(step)s (%(provider)s)") % {"step": label, "provider": provider}
    return label


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
