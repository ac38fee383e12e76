from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from careercoach.generation.downloads import download_response
from careercoach.generation.results import as_links
from careercoach.generation.views import generation_start, result_under
from learning.formats import learning_plan_to_document, learning_plan_to_markdown
from learning.selectors import learning_plan_get, learning_plan_history
from readiness.models import ItemStatus
from readiness.paths import plan_progress


def _own_learning_plan(request, unique_key, pk):
    return result_under(learning_plan_get(user=request.user, pk=pk), unique_key, "No such learning plan")


def generate(request, unique_key):
    return generation_start(request, unique_key, "learning")


@login_required
def detail(request, unique_key, pk):
    plan = _own_learning_plan(request, unique_key, pk)
    progress = plan_progress(plan)
    paths = progress.paths
    return render(
        request,
        "learning/learning_plan.html",
        {
            "plan": plan,
            "progress": progress,
            "status_choices": ItemStatus.choices,
            "resume": plan.resume,
            "strength_paths": [p for p in paths if p.get("type") == "strength"],
            "weakness_paths": [p for p in paths if p.get("type") == "weakness"],
            "history": as_links(learning_plan_history(resume=plan.resume))[:10],
        },
    )


@login_required
def download(request, unique_key, pk, fmt):
    plan = _own_learning_plan(request, unique_key, pk)
    return download_response(
        document=learning_plan_to_document(plan),
        markdown=learning_plan_to_markdown(plan),
        filename=f"learning-{unique_key}-{pk}",
        fmt=fmt,
    )
