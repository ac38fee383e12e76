"""Reads and writes of learning-path progress for one resume: the plan's items with the
person's statuses, what changed since the previous plan, and setting one item's status."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from learning.models import LearningPlan
from readiness.items import STATUSES, plan_items, progress_counts
from readiness.models import ItemStatus, PathItemProgress

MAX_LINKS = 5
_STATUS_LABELS = dict(ItemStatus.choices)


class ItemError(Exception):
    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass
class PlanProgress:
    paths: list[dict]
    practice_items: list[dict]
    counts: dict
    new_ids: set = field(default_factory=set)
    dropped: list[dict] = field(default_factory=list)

    def statuses_by_id(self) -> dict:
        found = {}
        for path in self.paths:
            found[path["item_id"]] = path
            found.update({r["item_id"]: r for r in path["resource_items"]})
        found.update({p["item_id"]: p for p in self.practice_items})
        return found


def _rows(resume) -> dict[str, PathItemProgress]:
    return {row.item_id: row for row in PathItemProgress.objects.filter(owner=resume.owner_id, resume=resume)}


def _item(entry: dict, rows: dict, new_ids: set) -> dict:
    row = rows.get(entry["item_id"])
    return {
        **entry,
        "status": row.status if row else "todo",
        "status_label": _STATUS_LABELS[row.status if row else "todo"],
        "note": row.note if row else "",
        "links": row.links if row else [],
        "is_new": entry["item_id"] in new_ids,
    }


def _previous_plan(plan) -> LearningPlan | None:
    return (
        LearningPlan.objects.filter(resume=plan.resume_id, created_at__lte=plan.created_at)
        .exclude(pk=plan.pk)
        .order_by("-created_at", "-id")
        .first()
    )


def plan_progress(plan) -> PlanProgress:
    """The plan's paths, each with its resources as items, the person's statuses, the
    practice-added paths, the counts, and which ids are new or dropped since the plan before."""
    rows = _rows(plan.resume)
    items = plan_items(plan.learning_paths)
    previous = _previous_plan(plan)
    new_ids, dropped = set(), []
    if previous is not None:
        before = plan_items(previous.learning_paths)
        ids_now, ids_before = {i["item_id"] for i in items}, {i["item_id"] for i in before}
        new_ids = ids_now - ids_before
        dropped = [_item(i, rows, set()) for i in before if i["item_id"] not in ids_now and i["kind"] == "path"]
    paths = []
    for raw, entry in zip(plan.learning_paths, [i for i in items if i["kind"] == "path"], strict=True):
        path = {**raw, **_item(entry, rows, new_ids)}
        path["resource_items"] = [_item(i, rows, new_ids) for i in items if i["parent"] == entry["item_id"]]
        paths.append(path)
    practice = [
        _item(
            {"item_id": r.item_id, "kind": "practice", "title": r.title, "parent": "", "technology": r.technology},
            rows,
            set(),
        )
        for r in rows.values()
        if r.origin == PathItemProgress.Origin.PRACTICE
    ]
    statuses = [p["status"] for p in paths] + [r["status"] for p in paths for r in p["resource_items"]]
    statuses += [p["status"] for p in practice]
    return PlanProgress(paths, practice, progress_counts(statuses), new_ids, dropped)


def _clean_links(links) -> list[str]:
    if links is None:
        return []
    if isinstance(links, str):
        links = links.split()
    if not isinstance(links, list) or len(links) > MAX_LINKS:
        raise ItemError("INVALID_LINKS", _("Give at most %(n)d links.") % {"n": MAX_LINKS})
    cleaned = [str(link).strip() for link in links if str(link).strip()]
    if any(not link.startswith(("https://", "http://")) or len(link) > 500 for link in cleaned):
        raise ItemError("INVALID_LINKS", _("Links must start with https:// or http://."))
    return cleaned


def item_update(*, plan, item_id: str, status=None, note=None, links=None) -> dict:
    """Set the status, note or links of one item of `plan` (or of a practice-added path).
    Raises ItemError: 404 for an unknown item, 400 for a bad value; nothing is stored then."""
    progress = plan_progress(plan)
    item = progress.statuses_by_id().get(item_id)
    if item is None:
        raise ItemError("ITEM_NOT_FOUND", _("No such learning-path item: %(id)s") % {"id": item_id}, status=404)
    if status is not None and status not in STATUSES:
        raise ItemError("INVALID_STATUS", _("Status must be one of todo, doing, done, skipped."))
    if note is not None and (not isinstance(note, str) or len(note) > 2000):
        raise ItemError("INVALID_NOTE", _("A note is text of at most 2000 characters."))
    cleaned_links = _clean_links(links) if links is not None else None
    row, _created = PathItemProgress.objects.get_or_create(
        owner_id=plan.resume.owner_id, resume=plan.resume, item_id=item_id, defaults={"title": item["title"][:300]}
    )
    if status is not None:
        row.status = status
    if note is not None:
        row.note = note.strip()
    if cleaned_links is not None:
        row.links = cleaned_links
    row.save()
    return plan_progress(plan).statuses_by_id()[item_id]
