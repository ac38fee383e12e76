"""The readiness page as JSON (API and download) and as Markdown."""

from django.utils.translation import gettext as _
from pydantic import BaseModel, Field

from careercoach.generation.formats import markdown_escape
from readiness.next_actions import next_actions
from readiness.plan_export import ProgressCount


class PractisedQuestion(BaseModel):
    question: str
    latest_grade: int = Field(ge=1, le=5)
    best_grade: int = Field(ge=1, le=5)
    grades: list[int] = Field(description="Grades of the first answers, oldest first")


class MissedPoint(BaseModel):
    point: str
    times: int = Field(ge=1)


class PlanProgressSummary(BaseModel):
    learning_id: str
    progress: ProgressCount
    percent: int = Field(ge=0, le=100)


class ReviewEntry(BaseModel):
    question: str
    retake_url: str
    points: list[str]


class PostingFit(BaseModel):
    posting_id: str
    score: int | None = Field(ge=0, le=100)
    missing_required: list[str]


class NextAction(BaseModel):
    text: str
    url: str


class ReadinessDocument(BaseModel):
    """`readiness_to_document` as a schema (OpenAPI)."""

    unique_key: str
    questions: list[PractisedQuestion]
    grade_trend: list[int] = Field(description="Every first answer's grade, oldest first")
    average_latest_grade: float | None
    most_missed_points: list[MissedPoint]
    learning_path: PlanProgressSummary | None
    todays_review: list[ReviewEntry]
    fit: PostingFit | None = Field(description="With ?posting_id= and a fit report for it; else null")
    next_actions: list[NextAction] = Field(max_length=3)


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
