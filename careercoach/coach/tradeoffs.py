"""What a trade-off question compares: a replacement the resume records, else a real alternative
of the same kind, best one the person used elsewhere."""
from __future__ import annotations

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.resume import Achievement, EvidenceUnit


def role_match(tech: Technology, role: str) -> bool:
    if role in tech.roles:
        return True
    return role == "fullstack" and bool({"backend", "frontend"} & set(tech.roles))


def _kind_bonus(alt: Technology, tech: Technology) -> float:
    return 0.0 if alt.category == tech.category else -0.8


def migration(tech: Technology, unit: EvidenceUnit) -> tuple[Technology | None, Achievement | None]:
    """The technology this one replaced in this very project, with the line that says so: the
    sharpest trade-off to ask about ("you moved from UIKit to SwiftUI: what did you give up?")."""
    for old, new, line in unit.moves:
        if new.id == tech.id:
            return old, line
    return None, None


def alternative(tech: Technology, unit: EvidenceUnit, analysis: ResumeAnalysis
                 ) -> tuple[Technology | None, EvidenceUnit | None, float]:
    """A real alternative, and how telling the comparison is: best when the person used it too."""
    alternatives = [catalog.technology(a) for a in tech.alternatives]
    here = {t.id for t in unit.stack} | unit.stack_ids
    alternatives = [a for a in alternatives if a is not None and a.id != tech.id and a.id not in here
                    and set(a.areas) & set(tech.areas)]
    if tech.category == "language":
        # Go against Rust is a trade-off; SQL against PostgreSQL is not.
        alternatives = [a for a in alternatives if a.category == "language"]
    # A substitute of the same kind (Kafka for RabbitMQ) makes a real trade-off; a neighbour
    # of another kind (Kubernetes for Docker) is a weaker one.
    # ...and one on the person's own platform (Compose against Flutter, not against SwiftUI).
    alternatives.sort(key=lambda a: (a.category != tech.category, not role_match(a, analysis.role)))
    used_in = stack_index(analysis)
    for alt in alternatives:
        for other in used_in.get(alt.id, ()):
            if other is not unit:
                return alt, other, 0.5 + _kind_bonus(alt, tech)
    if alternatives:
        return alternatives[0], None, _kind_bonus(alternatives[0], tech)
    return None, None, 0.0


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
