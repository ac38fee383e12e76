"""`{% generation_panel resume %}`: the buttons, running jobs and history on a resume page."""
from django import template

from careercoach.generation.presentation import pickup_is_late, source_label, step_label
from careercoach.models import GenerationJob
from interviews.selectors import question_set_history
from learning.selectors import learning_plan_history

register = template.Library()


@register.inclusion_tag("generation/panel.html", takes_context=True)
def generation_panel(context, resume):
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "resume": resume,
        "jobs": list(GenerationJob.objects.active().filter(resume=resume).order_by("created_at")),
        "failed_jobs": list(
            GenerationJob.objects.filter(resume=resume, status=GenerationJob.Status.FAILED).order_by("-created_at")[:1]
        ),
        "question_sets": list(question_set_history(resume=resume)[:10]),
        "learning_plans": list(learning_plan_history(resume=resume)[:10]),
    }


@register.filter
def job_step(job):
    return step_label(job)


@register.filter
def job_pickup_late(job):
    return pickup_is_late(job)


@register.filter
def resume_part(source, snapshot):
    return source_label(snapshot or {}, source)
