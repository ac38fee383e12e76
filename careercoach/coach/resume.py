"""Reading a resume dict defensively and splitting it into evidence units.

An evidence unit is one job, project, activity or degree with its technologies, achievement
lines and the numbers in them. Every field may be missing, null, of the wrong type or huge,
so nothing here indexes or iterates a value before checking what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercoach.coach import catalog
from careercoach.coach.catalog import Technology

# Dates live in periods.py; these two stay importable from here, where they used to be.
from careercoach.coach.periods import merged_months as merged_months
from careercoach.coach.periods import parse_period as parse_period
from careercoach.coach.text import (
    clean,
    company_name,
    display_name,
    fold,
    has_measurement,
    looks_like_instruction,
    metric_pairs,
    numbers_in,
    quotable,
)

MAX_UNITS = {"work_experiences": 40, "personal_projects": 120, "activities": 40, "education": 10, "certifications": 20}
MAX_LINES_PER_UNIT = 25
MAX_STACK = 40


@dataclass
class Achievement:
    index: int
    text: str
    quote: str
    numbers: list[str]
    pairs: list[tuple[str, str]]
    techs: list[Technology]
    measured: bool
    areas: set[str] = field(default_factory=set)  # named in the prose of the line
    kind: str = "achievement"  # or "architecture"
    tech_areas: set[str] = field(default_factory=set)  # shown by a technology the line names (Terraform: iac)
    prose_areas: set[str] = field(default_factory=set)  # named in words, not only by a product name (ALB, EC2)

    @property
    def shows(self) -> set[str]:
        """Every area this line is evidence of."""
        return self.areas | self.tech_areas


@dataclass
class EvidenceUnit:
    source: str
    kind: str  # work, project, activity, education, certification
    name: str
    org: str
    position: str
    description: str
    achievements: list[Achievement]
    techs: list[Technology]  # named in tech_stack or anywhere in the unit's text
    unknown_stack: list[str]
    team_size: int | None
    start: tuple[int, int] | None
    end: tuple[int, int] | None
    ongoing: bool
    stack: list[Technology] = field(default_factory=list)  # named in tech_stack: what was used
    written: dict[str, str] = field(default_factory=dict)  # technology id -> the person's spelling
    moves: list[tuple[Technology, Technology, Achievement]] = field(default_factory=list)  # (from, to, line)
    areas: dict[str, float] = field(default_factory=dict)
    hints: dict[str, float] = field(default_factory=dict)
    area_lines: dict[str, list[int]] = field(default_factory=dict)

    @property
    def months(self) -> int:
        if not self.start or not self.end:
            return 0
        return max(0, (self.end[0] - self.start[0]) * 12 + self.end[1] - self.start[1] + 1)

    @property
    def label(self) -> str:
        """How to name this unit in a sentence: the project, else the company or activity."""
        return self.name or self.org

    @property
    def stack_ids(self) -> set[str]:
        return {t.id for t in self.techs}


def as_list(value: object, limit: int) -> list:
    return value[:limit] if isinstance(value, list) else []


def as_dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def as_strings(value: object, limit: int) -> list[str]:
    if isinstance(value, str):
        value = [value]
    return [clean(v) for v in as_list(value, limit) if isinstance(v, str) and clean(v)]


def team_size(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and 1 <= value <= 100000:
        return int(value)
    if isinstance(value, str):
        match = re.search(r"\d{1,5}", value)
        if match and 1 <= int(match.group(0)) <= 100000:
            return int(match.group(0))
    return None


def _technologies(
    stack: list[str], texts: list[str]
) -> tuple[list[Technology], list[Technology], list[str], dict[str, str]]:
    """(all technologies, those in the stack, stack names not in the catalog, id -> spelling)."""
    techs, seen, unknown, written = [], set(), [], {}
    for entry in stack:
        tech = catalog.normalize_technology(entry)
        if tech is None:
            # "Spring Boot / JPA" or "Kafka, Redis": several names in one entry.
            parts = [p for p in re.split(r"\s*[,/+&]\s*|\s+and\s+", entry) if p]
            found = [catalog.normalize_technology(p) for p in parts] if len(parts) > 1 else []
            found = [t for t in found if t] or catalog.find_technologies(entry)
            if not found:
                name = display_name(entry, limit=40)
                if name and len(name.split()) <= 5 and name not in unknown:
                    unknown.append(name)
                continue
        else:
            found = [tech]
            spelling = display_name(entry, limit=40)
            if spelling and tech.id not in written:
                written[tech.id] = spelling
        for item in found:
            if item.id not in seen:
                seen.add(item.id)
                techs.append(item)
    in_stack = list(techs)
    for text in texts:
        for tech in catalog.find_technologies(text):
            if tech.id not in seen:
                seen.add(tech.id)
                techs.append(tech)
    return techs, in_stack, unknown, written


def _achievements(lines: list[str], kind: str, offset: int = 0) -> list[Achievement]:
    result = []
    for i, line in enumerate(lines):
        if looks_like_instruction(line):
            continue
        result.append(
            Achievement(
                index=offset + i,
                text=line,
                quote=quotable(line),
                numbers=numbers_in(line),
                pairs=metric_pairs(line),
                techs=catalog.find_technologies(line),
                measured=has_measurement(line),
                kind=kind,
            )
        )
    return result


MIGRATION_WORDS = re.compile(
    r"migrat|replac|rewr|moved|switch|port(ed|ing)?\b|convert|전환|교체|마이그레이션|이전|옮기|옮겨|대체|바꾸|재작성",
    re.IGNORECASE,
)


def migrations(achievements: list[Achievement]) -> list[tuple[Technology, Technology, Achievement]]:
    """(from, to, line) for lines that move from one technology to a peer of it. Resumes name the
    old one first ("UIKit screens to SwiftUI", "Vuex 모듈을 Pinia store로 전환")."""
    moves = []
    for line in achievements:
        if len(line.techs) < 2 or not MIGRATION_WORDS.search(line.text):
            continue
        for i, old in enumerate(line.techs):
            for new in line.techs[i + 1 :]:
                peers = new.id in old.alternatives or old.id in new.alternatives
                if peers and old.category == new.category and old.category != "language":
                    moves.append((old, new, line))
    return moves


def _safe_prose(value: object) -> str:
    text = clean(value)
    return "" if looks_like_instruction(text) else text


def _unit_fields(kind: str, raw: dict) -> tuple[str, str, str, str, list[str], list[str], object]:
    """(name, org, position, description, lines, architecture lines, period) of one entry: each
    section of the import format names these fields its own way."""
    if kind == "work":
        name = display_name(raw.get("project_name"), limit=80)
        org = company_name(raw.get("company"))
        position = display_name(raw.get("position"), limit=80)
        lines = as_strings(raw.get("achievements"), MAX_LINES_PER_UNIT)
        return name, org, position, _safe_prose(raw.get("project_description")), lines, [], raw.get("duration")
    if kind == "project":
        name = display_name(raw.get("name"), limit=80)
        lines = as_strings(raw.get("key_achievements") or raw.get("achievements"), MAX_LINES_PER_UNIT)
        architecture = as_strings(raw.get("architecture_highlights"), MAX_LINES_PER_UNIT)
        return name, "", "", _safe_prose(raw.get("description")), lines, architecture, raw.get("duration")
    if kind == "activity":
        name = display_name(raw.get("name"), limit=80)
        position = display_name(raw.get("type"), limit=40)
        lines = as_strings(raw.get("achievements"), MAX_LINES_PER_UNIT)
        return name, "", position, _safe_prose(raw.get("description")), lines, [], raw.get("period")
    if kind == "education":
        name = display_name(raw.get("major"), limit=60)
        org = display_name(raw.get("institution"), limit=60)
        position = display_name(raw.get("degree"), limit=40)
        return name, org, position, "", [], [], raw.get("period")
    # certification
    name = display_name(raw.get("name"), limit=80)
    org = display_name(raw.get("issuer"), limit=60)
    return name, org, "", "", [], [], raw.get("issue_date")


def _unit(source: str, kind: str, raw: dict) -> EvidenceUnit:
    name, org, position, description, lines, architecture, period = _unit_fields(kind, raw)
    achievements = _achievements(lines, "achievement") + _achievements(architecture, "architecture", len(lines))
    stack = as_strings(raw.get("tech_stack"), MAX_STACK)
    texts = [description, *(a.text for a in achievements)]
    if kind == "certification":
        texts.append(name)
    techs, in_stack, unknown, written = _technologies(stack, texts)
    start, end, ongoing = parse_period(period)
    return EvidenceUnit(
        source=source,
        kind=kind,
        name=name,
        org=org,
        position=position,
        description=description,
        achievements=achievements,
        techs=techs,
        unknown_stack=unknown,
        team_size=team_size(raw.get("team_size")),
        start=start,
        end=end,
        ongoing=ongoing,
        stack=in_stack,
        written=written,
        moves=migrations(achievements),
    )


_SECTIONS = (
    ("work_experiences", "work"),
    ("personal_projects", "project"),
    ("activities", "activity"),
    ("education", "education"),
    ("certifications", "certification"),
)


def evidence_units(resume: dict) -> list[EvidenceUnit]:
    """Every job, project, activity, degree and certificate of the resume, in resume order."""
    units = []
    for key, kind in _SECTIONS:
        for index, raw in enumerate(as_list(resume.get(key), MAX_UNITS[key])):
            if isinstance(raw, dict):
                units.append(_unit(f"{key}[{index}]", kind, raw))
    return units


def skill_names(resume: dict) -> list[str]:
    """Names listed under technical_skills, whatever shape that section has."""
    skills = resume.get("technical_skills")
    names = []
    if isinstance(skills, dict):
        for value in list(skills.values())[:20]:
            names += as_strings(value, 60)
    elif isinstance(skills, list):
        names += as_strings(skills, 200)
    return names


def summary_text(resume: dict) -> str:
    return _safe_prose(resume.get("summary"))


def prose_texts(resume: dict, units: list[EvidenceUnit]) -> list[str]:
    """The resume's own sentences (not names), for deciding which language it is written in."""
    texts = [summary_text(resume)]
    for unit in units:
        texts.append(unit.description)
        texts += [a.text for a in unit.achievements]
    return [t for t in texts if t]


def folded(text: str) -> str:
    return fold(text)
