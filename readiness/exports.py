"""The readiness page as JSON (API and download) and as Markdown."""

from django.utils.translation import gettext as _

from careercoach.generation.formats import markdown_escape
from readiness.next_actions import next_actions


def readiness_to_document(data: dict) -> dict:
    progress, fit = data["progress"], data["fit"]
    return {
        "unique_key": data["resume"].unique_key,
        "questions": [
            {
                "question": q["question"],
                "latest_grade": q["latest_grade"],
                "best_grade": q["best_grade"],
                "grades": q["grades"],
            }
            for q in data["questions"]
        ],
        "grade_trend": data["grades"],
        "average_latest_grade": data["average_latest"],
        "most_missed_points": data["missed"],
        "learning_path": None
        if progress is None
        else {
            "learning_id": str(data["plan"].pk),
            "progress": {"done": progress.counts["done"], "total": progress.counts["total"]},
            "percent": progress.counts["percent"],
        },
        "todays_review": [
            {"question": r["question"], "retake_url": r["retake_url"], "points": [p["point"] for p in r["points"]]}
            for r in data["review"]
        ],
        "fit": None
        if fit is None
        else {"posting_id": str(fit["posting"].pk), "score": fit["score"], "missing_required": fit["missing_required"]},
        "next_actions": next_actions(data),
    }


def readiness_to_markdown(data: dict) -> str:
    doc = readiness_to_document(data)
    lines = [f"# {_('How ready am I?')}: {markdown_escape(data['resume'].name)}", "", f"## {_('What to do next')}", ""]
    lines += [f"{n}. {markdown_escape(a['text'])}" for n, a in enumerate(doc["next_actions"], start=1)]
    if doc["fit"]:
        lines += ["", f"## {_('Fit with the posting')}", "", f"- {_('Score')}: {doc['fit']['score']}"]
        lines += [f"- {_('Missing required skill')}: {markdown_escape(s)}" for s in doc["fit"]["missing_required"]]
    lines += ["", f"## {_('Practice')}", ""]
    lines += [
        f"- {markdown_escape(q['question'])}: {' → '.join(str(g) for g in q['grades'])}" for q in doc["questions"]
    ]
    if not doc["questions"]:
        lines.append(f"- {_('No practice yet.')}")
    lines += ["", f"## {_('Points missed most often')}", ""]
    lines += [f"- {markdown_escape(m['point'])} (×{m['times']})" for m in doc["most_missed_points"]]
    if doc["learning_path"]:
        lines += [
            "",
            f"## {_('Learning path')}",
            "",
            _("%(done)d of %(total)d done") % doc["learning_path"]["progress"],
        ]
    lines += ["", f"## {_('Today’s review')}", ""]
    for entry in doc["todays_review"]:
        lines.append(f"- {markdown_escape(entry['question'])}")
        lines += [f"  - {markdown_escape(p)}" for p in entry["points"]]
    return "\n".join(lines) + "\n"
