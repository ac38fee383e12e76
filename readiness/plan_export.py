"""The person's progress inside the learning plan's JSON and Markdown (API and downloads):
the generated fields stay as they were, each path gains item_id/status/note/links and its
resources as `resource_items`, and the plan gains `progress` and `practice_items`."""

from typing import Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, Field

from careercoach.generation.formats import markdown_escape
from learning.schemas import LearningOutput, LearningPath
from readiness.items import STATUSES
from readiness.paths import plan_progress

_KEYS = ("item_id", "status", "note", "links")
_MARKS = {"todo": "[ ]", "doing": "[~]", "done": "[x]", "skipped": "[-]"}


def _public(item: dict) -> dict:
    return {key: item[key] for key in _KEYS}


class ItemState(BaseModel):
    item_id: str = Field(description="Stable id from the item's topic, for PATCH .../learning-path/items/{item_id}")
    status: Literal[STATUSES]
    note: str
    links: list[str]


class ResourceItem(ItemState):
    text: str


class TrackedLearningPath(ItemState, LearningPath):
    resource_items: list[ResourceItem]


class PracticeItem(ItemState):
    title: str
    technology: str


class ProgressCount(BaseModel):
    done: int = Field(ge=0)
    total: int = Field(ge=0)


class TrackedLearningOutput(LearningOutput):
    """The plan with `plan_progress_fields` applied: what the API and the JSON download show."""

    learning_paths: list[TrackedLearningPath] = Field(min_length=3, max_length=8)
    practice_items: list[PracticeItem]
    progress: ProgressCount


def plan_progress_fields(plan) -> dict:
    progress = plan_progress(plan)
    paths = []
    for raw, path in zip(plan.learning_paths, progress.paths, strict=True):
        resources = [{"text": r["title"], **_public(r)} for r in path["resource_items"]]
        paths.append({**raw, **_public(path), "resource_items": resources})
    return {
        "learning_paths": paths,
        "practice_items": [
            {"title": p["title"], "technology": p["technology"], **_public(p)} for p in progress.practice_items
        ],
        "progress": {"done": progress.counts["done"], "total": progress.counts["total"]},
    }


def _note_lines(item: dict, indent: str) -> list[str]:
    lines = [f"{indent}> {markdown_escape(line)}" for line in item["note"].splitlines() if line.strip()]
    return lines + [f"{indent}> <{link}>" for link in item["links"]]


def plan_progress_markdown(plan) -> list[str]:
    """Markdown lines: the progress line, then each path and resource as a checklist with its
    status and note."""
    progress = plan_progress(plan)
    counts = progress.counts
    lines = [f"## {_('Your progress')}", "", _("%(done)d of %(total)d done (%(percent)d%%)") % counts, ""]
    for path in progress.paths + progress.practice_items:
        lines.append(f"- {_MARKS[path['status']]} **{markdown_escape(path['title'])}** ({path['status_label']})")
        lines += _note_lines(path, "  ")
        for item in path.get("resource_items", []):
            lines.append(f"  - {_MARKS[item['status']]} {markdown_escape(item['title'])} ({item['status_label']})")
            lines += _note_lines(item, "    ")
    return lines + [""]
