"""How much each part of a resume shows of each skill area: the lines, the description and the
technologies of one job or project, weighed by the kind of part they come from."""

from __future__ import annotations

import re

from careercoach.coach import catalog
from careercoach.coach.knowledge import Knowledge, areas_in
from careercoach.coach.priors import load_ownership
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.text import fold

# How much one piece of evidence counts, by the kind of resume part it comes from.
UNIT_WEIGHT = {"work": 1.0, "project": 1.0, "activity": 0.5, "education": 0.3, "certification": 0.3}
DESCRIPTION_WEIGHT = 0.5
WEAK_TECH_WEIGHT = 0.25
UNIT_AREA_CAP = 3.0

# A line naming a technology of these kinds says little about the practice: "Spring Boot로 배포"
# is no API design, "React로 화면 개발" no front-end architecture.
GENERIC_CATEGORIES = {"framework", "library", "frontend", "mobile", "language", "tool", "platform"}


def score_unit_areas(unit: EvidenceUnit, knowledge: Knowledge) -> None:
    """Score each area this unit shows: prose and defining tools count, mere tool hints barely do."""
    weight = UNIT_WEIGHT.get(unit.kind, 0.3)
    scores: dict[str, float] = {}
    hints: dict[str, float] = {}
    lines: dict[str, list[int]] = {}
    ownership = load_ownership()
    for achievement in unit.achievements:
        text = fold(achievement.text)
        found = set(areas_in(text))
        if "performance" not in found and _faster(achievement):
            found.add("performance")
        if ownership.design is not None and ownership.design.search(text):
            found.add("system_design")  # "architected the claims platform from scratch"
        led = ownership.led is not None and ownership.led.search(text)
        for area_id in sorted(found):
            achievement.areas.add(area_id)
            scores[area_id] = scores.get(area_id, 0.0) + weight * (ownership.weight if led else 1.0)
            lines.setdefault(area_id, []).append(achievement.index)
        achievement.tech_areas = _line_tech_areas(achievement, knowledge)
        achievement.prose_areas = (
            set(areas_in(catalog.without_technologies(achievement.text)))
            if achievement.techs
            else set(achievement.areas)
        )
    description = fold(unit.description)
    for area_id in areas_in(description):
        scores[area_id] = scores.get(area_id, 0.0) + weight * DESCRIPTION_WEIGHT
    if unit.kind == "work" and ownership.design is not None and ownership.design.search(description):
        # "…플랫폼의 설계와 운영": the job was to design the system, not one line of it.
        scores["system_design"] = scores.get("system_design", 0.0) + weight
    for tech in unit.techs:
        for area_id in tech.areas:
            area = knowledge.areas.get(area_id)
            if area is None:
                continue
            if tech.category in area.tech_categories:
                scores[area_id] = scores.get(area_id, 0.0) + weight
            else:
                hints[area_id] = weight * WEAK_TECH_WEIGHT
    unit.hints = hints
    unit.areas = {a: min(s, UNIT_AREA_CAP) for a, s in scores.items()}
    unit.area_lines = lines


_DURATION = re.compile(
    r"^~?[\d.,]+\s*(?:ms|초|분|시간|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?)$", re.IGNORECASE
)
_NOT_RUNTIME = re.compile(
    r"배포|deploy|빌드|build|릴리스|release|대기|wait|수작업|수기|manual|온보딩|onboarding|리드\s*타임|lead\s*time|"
    r"리뷰|review|출시|launch|교육|학습|채용|hiring|회의|meeting|작성 시간|응대|ticket|티켓|문의",
    re.IGNORECASE,
)


def _faster(achievement: Achievement) -> bool:
    """A job that runs in less time (정산 2시간 -> 18분, report from 40 min to 6 min) is
    performance work even when the line never says "performance"; a shorter deploy, review or
    waiting time is not."""
    if _NOT_RUNTIME.search(achievement.text):
        return False
    return any(_DURATION.match(before) and _DURATION.match(after) for before, after in achievement.pairs)


def _line_tech_areas(achievement: Achievement, knowledge: Knowledge) -> set[str]:
    """Areas a line shows through the technologies it names: a line about Terraform is IaC work
    and one about ArgoCD is delivery work, whatever words surround them."""
    found = set()
    for tech in achievement.techs:
        if tech.category in GENERIC_CATEGORIES:
            continue
        for area_id in tech.areas:
            area = knowledge.areas.get(area_id)
            if area is not None and tech.category in area.tech_categories:
                found.add(area_id)
    return found
