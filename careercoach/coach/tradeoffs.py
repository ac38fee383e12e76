"""What a trade-off question compares: a decision the resume records (a migration, "A 대신 B",
"chose B over A"), else a real substitute of the same kind the person used elsewhere, else,
only when the resume records no decision at all, a substitute asked as a hypothetical.
Patterns and the role two technologies compete for are in data/phrasing/tradeoffs.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.phrasing import phrases
from careercoach.coach.resume import MIGRATION_WORDS, Achievement, EvidenceUnit


def role_match(tech: Technology, role: str) -> bool:
    if role in tech.roles:
        return True
    return role == "fullstack" and bool({"backend", "frontend"} & set(tech.roles))


def alternative(
    tech: Technology, unit: EvidenceUnit, analysis: ResumeAnalysis
) -> tuple[Technology | None, EvidenceUnit | None, float]:
    """A real substitute (same kind of technology: Kafka for RabbitMQ, never a language for a
    database or a library for a platform), and how telling the comparison is: best when the
    person used it too (then its job or project comes back)."""
    here = {t.id for t in unit.stack} | unit.stack_ids
    alternatives = [
        a
        for a in (catalog.technology(i) for i in tech.alternatives)
        if a is not None
        and a.id != tech.id
        and a.id not in here
        and a.category == tech.category
        and set(a.areas) & set(tech.areas)
    ]
    # ...and one on the person's own platform (Compose against Flutter, not against SwiftUI).
    alternatives.sort(key=lambda a: not role_match(a, analysis.role))
    used_in = stack_index(analysis)
    for alt in alternatives:
        for other in used_in.get(alt.id, ()):
            if other is not unit:
                return alt, other, 0.5
    if alternatives:
        return alternatives[0], None, 0.0
    return None, None, 0.0


# The first patterns of tradeoffs.yaml name a choice outright; the others ("replaced A with B",
# "from A to B") count only when one side is a technology the catalog knows.
EXPLICIT_PATTERNS = 3


@dataclass(frozen=True)
class Decision:
    chosen: Technology | None
    chosen_name: str
    rejected: Technology | None
    rejected_name: str
    line: Achievement


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in phrases("tradeoffs")["decision_patterns"])


def _side(text: str) -> tuple[Technology | None, str]:
    text = text.strip(" '\"()")
    found = catalog.find_technologies(text)
    return (found[0] if found else None), text


_NOT_A_NAME = re.compile(r"\d|^(?:in|an?|at|on|by|for|of|to|it|this|that|them)\b", re.IGNORECASE)


def _named(text: str) -> bool:
    """Whether a side of a decision reads as a thing chosen, not a time or a pronoun."""
    return len(text) >= 2 and not _NOT_A_NAME.search(text)


def _moved(line: Achievement) -> Decision | None:
    """ "PostgreSQL에서 ClickHouse로 이전": a migration between two technologies of one kind, even
    when the catalog does not list them as each other's alternatives; the old one comes first."""
    if not MIGRATION_WORDS.search(line.text):
        return None
    for i, old in enumerate(line.techs):
        for new in line.techs[i + 1 :]:
            if old.category == new.category and old.category != "language" and old.id != new.id:
                return Decision(new, new.name, old, old.name, line)
    return None


def decisions(unit: EvidenceUnit) -> list[Decision]:
    """Decisions the unit's lines record: migrations between catalog peers first, then lines
    that say what was chosen instead of what ("The Graph 서브그래프 대신 자체 인덱서를 택해")."""
    found = [Decision(new, new.name, old, old.name, line) for old, new, line in unit.moves]
    for line in unit.achievements:
        if any(d.line is line for d in found):
            continue
        moved = _moved(line)
        if moved is not None:
            found.append(moved)
            continue
        for index, pattern in enumerate(_patterns()):
            match = pattern.search(line.text)
            if not match:
                continue
            (new, new_name), (old, old_name) = _side(match.group("new")), _side(match.group("old"))
            explicit = index < EXPLICIT_PATTERNS  # "대신", "over", "instead of" say a choice was made
            if (new is None and old is None and not explicit) or not (_named(old_name) and _named(new_name)):
                continue  # "from 300 ms to 40 ms" is a measurement, "in 20 minutes instead of an hour" no choice
            if new and old and new.id == old.id:
                continue
            found.append(Decision(new, new_name, old, old_name, line))
            break
    return found


def compete_role(tech: Technology | None, alt: Technology | None, language: str) -> str:
    """The role two technologies compete for ("메시지 브로커"), when they are of one kind."""
    if tech is None or alt is None or tech.category != alt.category:
        return ""
    entry = phrases("tradeoffs")["roles"].get(tech.category) or {}
    return entry.get(language, "")


def stack_index(analysis: ResumeAnalysis) -> dict[str, list[EvidenceUnit]]:
    """Technology id -> jobs and projects that list it in their stack (built once per analysis)."""
    index = getattr(analysis, "_stack_index", None)
    if index is None:
        index = {}
        for other in analysis.units:
            if other.kind in ("work", "project"):
                for tech in other.stack:
                    index.setdefault(tech.id, []).append(other)
        analysis._stack_index = index
    return index
