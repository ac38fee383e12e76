""" "What should I do next?": three concrete actions from the readiness data, most urgent first.

Order: a retake that is due today, a skill the posting requires and the resume does not show,
the learning-path item in progress (or the first one to start, gaps before strengths), a weak
question to retake, the point missed most often, then practising at all."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

LIMIT = 3


def _plan_action(data) -> dict | None:
    resume, plan, progress = data["resume"], data["plan"], data["progress"]
    if plan is None:
        return {
            "text": _("Generate a learning path for this resume."),
            "url": reverse("resumes:detail", args=[resume.unique_key]),
        }
    url = reverse("learning:detail", args=[resume.unique_key, plan.pk])
    paths = progress.paths + progress.practice_items
    doing = next((p for p in paths if p["status"] == "doing"), None)
    if doing:
        return {"text": _("Continue: %(title)s") % {"title": doing["title"]}, "url": f"{url}#item-{doing['item_id']}"}
    todo = sorted((p for p in paths if p["status"] == "todo"), key=lambda p: p.get("type") != "weakness")
    if todo:
        return {"text": _("Start: %(title)s") % {"title": todo[0]["title"]}, "url": f"{url}#item-{todo[0]['item_id']}"}
    return None


def _weak_question(data) -> dict | None:
    due = {entry["question"] for entry in data["review"]}
    weak = [q for q in data["questions"] if q["latest_grade"] <= 2 and q["question"] not in due]
    if not weak:
        return None
    question = min(weak, key=lambda q: q["latest_grade"])
    url = reverse("practice:session", args=[question["session_id"]]) + f"?q={question['question_index']}&retake=1"
    return {"text": _("Retake a weak answer: %(question)s") % {"question": question["question"]}, "url": url}


def next_actions(data: dict) -> list[dict]:
    resume_url = reverse("resumes:detail", args=[data["resume"].unique_key])
    candidates = []
    if data["review"]:
        first = data["review"][0]
        candidates.append(
            {
                "text": _("Retake today's review question: %(question)s") % {"question": first["question"]},
                "url": first["retake_url"],
            }
        )
    fit = data.get("fit")
    if fit and fit["missing_required"]:
        candidates.append(
            {
                "text": _("Study %(skill)s: the posting requires it and your resume does not show it.")
                % {"skill": fit["missing_required"][0]},
                "url": resume_url,
            }
        )
    candidates += [_plan_action(data), _weak_question(data)]
    if data["missed"]:
        candidates.append(
            {
                "text": _("Prepare the point you miss most often: %(point)s") % {"point": data["missed"][0]["point"]},
                "url": data["review"][0]["retake_url"] if data["review"] else resume_url,
            }
        )
    if not data["questions"]:
        candidates.append({"text": _("Practise answering your interview questions."), "url": resume_url})
    candidates.append({"text": _("Practise a new set of interview questions."), "url": resume_url})
    actions, seen = [], set()
    for action in candidates:
        if action and action["text"] not in seen:
            seen.add(action["text"])
            actions.append(action)
    return actions[:LIMIT]
