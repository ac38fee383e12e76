"""Where a resume shows each skill: the lines a recruiter would point at.

A skill is shown only by a tech stack, the skills list, an achievement line or a certification
(the labelling rule of the evaluation set): a summary that says "interested in Kafka" is not
Kafka experience. An achievement line is the best evidence, then a project's tech stack, then
the skills list. Every value may be missing or of the wrong type.
"""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.posting_skills import mentions, rules, skill_key
from careercoach.coach.text import clean, fold

LINE, STACK, CERTIFICATE, SKILLS = 1, 2, 3, 4
_VENDORS = (
    ("amazon ", "aws"),
    ("aws ", "aws"),
    ("google cloud ", "gcp"),
    ("azure ", "azure"),
    ("microsoft azure ", "azure"),
    ("firebase ", "firebase"),
)
MAX_ITEMS = 60


@dataclass(frozen=True)
class Proof:
    rank: int  # LINE, STACK, CERTIFICATE or SKILLS: lower is better evidence
    text: str  # the resume's own words
    where: str  # the job, project or list it is in
    source: str  # resume path, e.g. work_experiences[0]


def _list(value, limit=MAX_ITEMS) -> list:
    return value[:limit] if isinstance(value, list) else []


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _keys_in_name(name: str) -> set[str]:
    keys = {m.key for m in mentions(name)}
    key = skill_key(name)
    if catalog.technology(key) or key in rules().skills:
        keys.add(key)
    return keys | {vendor for key in list(keys) for vendor in _vendor(key)}


def _vendor(key: str) -> list[str]:
    tech = catalog.technology(key)
    name = fold(tech.name) + " " if tech else ""
    return [vendor for prefix, vendor in _VENDORS if name.startswith(prefix) and vendor != key]


def _practices(line: str) -> set[str]:
    folded = fold(line)
    return {s.id for s in rules().skills.values() if s.kind == "practice" and any(p in folded for p in s.resume)}


class ResumeEvidence:
    """Every skill key the resume shows, each with its best proofs."""

    def __init__(self, resume: dict):
        self.proofs: dict[str, list[Proof]] = {}
        resume = _dict(resume)
        for part, lines_keys in (
            ("work_experiences", ("achievements",)),
            ("personal_projects", ("key_achievements", "architecture_highlights", "achievements")),
        ):
            for i, unit in enumerate(_list(resume.get(part))):
                unit = _dict(unit)
                where = clean(unit.get("project_name") or unit.get("name") or unit.get("company"), 120)
                source = f"{part}[{i}]"
                for name in _list(unit.get("tech_stack")):
                    self._add_name(name, STACK, where, source)
                for field in lines_keys:
                    for line in _list(unit.get(field)):
                        self._add_line(line, where, source)
        for i, activity in enumerate(_list(resume.get("activities"))):
            activity = _dict(activity)
            for line in _list(activity.get("achievements")):
                self._add_line(line, clean(activity.get("name"), 120), f"activities[{i}]")
        for i, cert in enumerate(_list(resume.get("certifications"))):
            name = clean(_dict(cert).get("name") if isinstance(cert, dict) else cert, 200)
            self._add_name(name, CERTIFICATE, name, f"certifications[{i}]")
        for group, names in _dict(resume.get("technical_skills")).items():
            for name in _list(names):
                self._add_name(name, SKILLS, "technical_skills", f"technical_skills.{group}")

    def _put(self, key: str, proof: Proof) -> None:
        proofs = self.proofs.setdefault(key, [])
        if len(proofs) < 8 and proof not in proofs:
            proofs.append(proof)

    def _add_name(self, name, rank, where, source) -> None:
        name = clean(name, 200)
        if not name:
            return
        for key in _keys_in_name(name):
            self._put(key, Proof(rank, name, where, source))

    def _add_line(self, line, where, source) -> None:
        line = clean(line, 600)
        if not line:
            return
        keys = {m.key for m in mentions(line)} | _practices(line)
        keys |= {vendor for key in list(keys) for vendor in _vendor(key)}
        for key in keys:
            self._put(key, Proof(LINE, line, where, source))

    def best(self, key: str) -> Proof | None:
        proofs = self.proofs.get(key) or []
        return min(proofs, key=lambda p: p.rank) if proofs else None

    def shows(self, key: str) -> bool:
        return key in self.proofs

    def keys(self) -> set[str]:
        return set(self.proofs)
