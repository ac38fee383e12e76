"""A learning plan as the API's JSON (docs/ARCHITECTURE.md, compatible with the earlier system's
responses) and as Markdown for download."""

from datetime import datetime
from typing import Literal

from django.utils.translation import gettext as _

from careercoach.generation.formats import ResultMeta, iso, markdown_escape, result_meta
from readiness.plan_export import TrackedLearningOutput, plan_progress_fields, plan_progress_markdown


class LearningPlanDocument(ResultMeta, TrackedLearningOutput):
    """`learning_plan_to_document` as a schema: the OpenAPI response of the API's GET."""

    learning_id: str
    message: Literal["Learning path generated successfully"]
    unique_key: str
    generated_at: datetime


def learning_plan_to_document(plan) -> dict:
    return {
        "learning_id": str(plan.pk),
        "message": "Learning path generated successfully",
        "unique_key": plan.resume.unique_key,
        **result_meta(plan),
        "analysis": plan.analysis,
        "summary": plan.summary,
        "learning_paths": plan.learning_paths,
        "generated_at": iso(plan.created_at),
        **plan_progress_fields(plan),
    }


def learning_plan_to_markdown(plan) -> str:
    lines = [f"# {_('Learning path')}: {markdown_escape(plan.resume_snapshot.get('name', ''))}", ""]
    lines += [markdown_escape(plan.summary), "", f"## {_('Strengths')}", ""]
    lines += [f"- {markdown_escape(item)}" for item in plan.analysis.get("strengths", [])]
    lines += ["", f"## {_('Weaknesses')}", ""]
    lines += [f"- {markdown_escape(item)}" for item in plan.analysis.get("weaknesses", [])]
    lines.append("")
    lines += plan_progress_markdown(plan)
    for number, path in enumerate(plan.learning_paths, start=1):
        kind = _("Deepen a strength") if path["type"] == "strength" else _("Close a gap")
        lines += [
            f"## {number}. {markdown_escape(path['title'])} ({kind})",
            "",
            markdown_escape(path["description"]),
            "",
            f"**{_('Why')}**: {markdown_escape(path['reason'])}",
            "",
            *[f"- {markdown_escape(item)}" for item in path.get("resources", [])],
            "",
            f"<{path['link']}>",
            "",
        ]
    lines.append(f"_{plan.provider} / {plan.model} / {iso(plan.created_at)}_")
    return "\n".join(lines) + "\n"
