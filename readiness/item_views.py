"""The plan page's status toggles: one POST per change. With HTMX the item and the progress
bar are swapped in place; without JavaScript the form posts and the plan page comes back."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from careercoach.generation.views import result_under
from learning.selectors import learning_plan_get
from readiness.models import ItemStatus
from readiness.paths import ItemError, item_update, plan_progress


def own_plan(request, unique_key, pk):
    return result_under(learning_plan_get(user=request.user, pk=pk), unique_key, "No such learning plan")


def _field(request, name):
    return request.POST[name] if name in request.POST else None


@login_required
@require_POST
def item_update_view(request, unique_key, pk, item_id):
    plan = own_plan(request, unique_key, pk)
    try:
        item = item_update(
            plan=plan,
            item_id=item_id,
            status=_field(request, "status"),
            note=_field(request, "note"),
            links=_field(request, "links"),
        )
        error, status = "", 200
    except ItemError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from exc
        item, error, status = plan_progress(plan).statuses_by_id()[item_id], exc.message, 400
    if not request.htmx:
        if error:
            return render(
                request, "readiness/item_error.html", {"plan": plan, "resume": plan.resume, "error": error}, status=400
            )
        return redirect(reverse("learning:detail", args=[unique_key, pk]) + f"#item-{item_id}")
    context = {
        "item": item,
        "plan": plan,
        "resume": plan.resume,
        "error": error,
        "progress": plan_progress(plan),
        "oob": True,
        "status_choices": ItemStatus.choices,
    }
    return render(request, "readiness/_item.html#item", context, status=status)
