"""Stable identities for learning-path items and the arithmetic of "N of M done".

A path's id comes from its type and the technology its title names (the catalog's canonical
id), or from its normalised title when it names none; a resource's id from its path's id and
its normalised text. Positions never enter, so a regenerated plan that covers the same topics
has the same ids, and the person's statuses (stored by id) carry over."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from careercoach.coach.catalog import find_technologies

STATUSES = ("todo", "doing", "done", "skipped")
_SPACES = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return _SPACES.sub(" ", folded).strip()


def _digest(prefix: str, key: str) -> str:
    return f"{prefix}{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def _host(url: str) -> str:
    return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")


def path_technology(path: dict) -> str:
    """The catalog id of the technology the path's title is about, or "": the one whose
    documentation lives where the path links to, else the first one named ("Go deeper with
    Kafka" names Go too)."""
    found = find_technologies(path.get("title", ""))
    link_host = _host(path.get("link", ""))
    for tech in found:
        if link_host and _host(tech.docs) == link_host:
            return tech.id
    return found[0].id if found else ""


def path_item_id(path: dict) -> str:
    topic = path_technology(path) or normalise(path.get("title", ""))
    return _digest("p_", f"{path.get('type', '')}:{topic}")


def resource_item_id(parent_id: str, text: str) -> str:
    return _digest("r_", f"{parent_id}:{normalise(text)}")


def practice_item_id(technology_id: str) -> str:
    return _digest("x_", f"practice:{technology_id}")


def plan_items(learning_paths: list[dict]) -> list[dict]:
    """Every item of a plan, paths followed by their resources:
    {"item_id", "kind": "path"|"resource", "title", "parent", "technology"}. Two paths on the
    same topic get "-2", "-3" suffixes so ids stay unique within a plan."""
    items, seen = [], set()
    for path in learning_paths:
        base = path_item_id(path)
        item_id, n = base, 1
        while item_id in seen:
            n += 1
            item_id = f"{base}-{n}"
        seen.add(item_id)
        items.append(
            {
                "item_id": item_id,
                "kind": "path",
                "title": path.get("title", ""),
                "parent": "",
                "technology": path_technology(path),
            }
        )
        for text in path.get("resources", []):
            rid = resource_item_id(item_id, text)
            if rid not in seen:
                seen.add(rid)
                items.append({"item_id": rid, "kind": "resource", "title": text, "parent": item_id, "technology": ""})
    return items


def progress_counts(statuses: list[str]) -> dict:
    """{"done", "total", "percent", "skipped"}: skipped items leave the total, so a plan whose
    every item is done or skipped is at 100%; a plan with only skipped items is too."""
    skipped = sum(1 for s in statuses if s == "skipped")
    done = sum(1 for s in statuses if s == "done")
    total = len(statuses) - skipped
    if total:
        percent = round(100 * done / total)
    else:
        percent = 100 if statuses else 0
    return {"done": done, "total": total, "percent": percent, "skipped": skipped}
