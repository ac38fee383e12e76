"""Five interview questions built from the person's own jobs, projects and technologies.

Candidates come from evidence: each achievement line (what was done, with its numbers) and each
technology used (with the catalog's failure modes, scaling concerns, tests and alternatives).
A band-specific plan of five slots (type preferences and a difficulty each) is then filled
greedily, never asking twice about the same achievement or technology, and spreading the
questions over the person's work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.knowledge import areas_in
from careercoach.coach.phrasing import (
    MissingSlot,
    ordered,
    phrases,
    render,
    render_first,
)
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.text import clauses, fold, hangul_share, has_hangul, has_result

KOREAN_MIN_SHARE = 0.35  # keep a margin over the 0.3 that makes text read as Korean

# Slots per band: (difficulty, preferred types in order). DESIGN.md fixes the difficulty mix.
PLANS = {
    "senior": [
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
        ("hard", ["Reliability", "Scalability", "Trade-off"]),
        ("hard", ["Scalability", "Reliability", "Trade-off", "Performance"]),
        ("medium", ["Performance", "Implementation", "Business"]),
        ("medium", ["Collaboration", "Business", "Quality", "Implementation"]),
    ],
    "mid": [
        ("easy", ["Implementation", "Quality", "Collaboration"]),
        ("medium", ["Performance", "Business", "Implementation"]),
        ("medium", ["Reliability", "Quality", "Scalability"]),
        ("medium", ["Quality", "Business", "Collaboration", "Implementation"]),
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
    ],
    "junior": [
        ("easy", ["Implementation", "Quality"]),
        ("easy", ["Quality", "Collaboration", "Implementation", "Business"]),
        ("medium", ["Performance", "Business", "Implementation"]),
        ("medium", ["Reliability", "Business", "Quality", "Performance"]),
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
    ],
}
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}

# Which kind of question an achievement invites, by the areas it shows.
AREA_TYPES = {
    "performance": ["Performance"], "database_optimization": ["Performance"], "caching": ["Performance"],
    "testing": ["Quality"], "ci_cd": ["Quality"], "data_quality": ["Quality", "Reliability"],
    "leadership": ["Collaboration"],
    "business_domain": ["Business"], "cost_optimization": ["Business"],
    "monitoring": ["Reliability"], "concurrency": ["Reliability"], "security": ["Reliability"],
    "distributed_systems": ["Reliability", "Scalability"], "messaging": ["Reliability"],
    "system_design": ["Scalability"], "streaming": ["Scalability"], "kubernetes": ["Scalability"],
}
# Technologies that run in production and fail there (a test runner or a linter does not).
RUNTIME_CATEGORIES = {"database", "messaging", "cache", "cloud", "container", "orchestration", "api",
                      "framework", "platform", "mobile", "frontend", "data", "ml", "security", "game"}
# Technologies whose users write tests around them (nobody unit-tests their Prometheus).
TESTABLE_CATEGORIES = {"framework", "library", "frontend", "mobile", "database", "messaging", "api",
                       "data", "ml", "testing", "game", "cache"}
UNIT_BASE = {"work": 3.0, "project": 2.0, "activity": 1.0, "education": 0.5, "certification": 0.3}


@dataclass
class Candidate:
    qtype: str
    unit: EvidenceUnit
    achievement: Achievement | None = None
    tech: Technology | None = None
    tech_name: str = ""
    alt: Technology | None = None
    alt_unit: EvidenceUnit | None = None
    score: float = 0.0

    def about(self) -> set[str]:
        """What the question is about: its line, else its technology (two questions on two
        different lines may share a technology; two on one technology alone may not)."""
        keys = set()
        if self.achievement is not None:
            keys.add(f"line:{self.unit.source}:{self.achievement.index}")
            if self.tech is not None and self.tech in self.achievement.techs and self.qtype == "Trade-off":
                keys.add(f"tech:{self.tech.id}")
        elif self.tech is not None:
            keys.add(f"tech:{self.tech.id}")
        elif self.tech_name:
            keys.add(f"tech:{self.tech_name.lower()}")
        if self.alt is not None:
            keys.add(f"tech:{self.alt.id}")
        if not keys:
            keys.add(f"unit:{self.unit.source}:{self.qtype}")
        return keys


def _question_units(analysis: ResumeAnalysis) -> list[EvidenceUnit]:
    units = analysis.units_of("work", "project")
    if not any(u.achievements or u.techs for u in units):
        units += analysis.units_of("activity", "education", "certification")
    if not units:
        units = analysis.units_of("activity", "education", "certification")
    if not units:
        # Nothing but a name or a summary: ask about the resume as a whole.
        source = "summary" if analysis.summary else "resume"
        units = [EvidenceUnit(source=source, kind="resume", name="", org="", position="", description="",
                              achievements=[], techs=list(analysis.skills[:5]), unknown_stack=[],
                              team_size=None, start=None, end=None, ongoing=False)]
    return units


def _unit_base(unit: EvidenceUnit, analysis: ResumeAnalysis, latest_work: EvidenceUnit | None) -> float:
    base = UNIT_BASE.get(unit.kind, 0.3)
    if unit.kind == "project" and not analysis.has_work:
        base = UNIT_BASE["work"]
    if unit is latest_work:
        base += 0.5
    base += min(len(unit.achievements), 6) * 0.1
    return base


# Areas a technology must share with an achievement to be "what the question is about".
TYPE_AREAS = {
    "Performance": {"performance", "database_optimization", "caching"},
    "Quality": {"testing", "ci_cd", "data_quality"},
    "Reliability": {"monitoring", "concurrency", "distributed_systems", "messaging", "data_quality", "security"},
    "Scalability": {"system_design", "distributed_systems", "streaming", "kubernetes", "performance"},
}


def role_match(tech: Technology, role: str) -> bool:
    if role in tech.roles:
        return True
    return role == "fullstack" and bool({"backend", "frontend"} & set(tech.roles))


def _related_tech(achievement: Achievement, unit: EvidenceUnit, qtype: str, role: str) -> Technology | None:
    """The technology a question on this line is about: named in the line or used in the unit,
    close to the role, and showing the areas the question is about."""
    wanted = achievement.areas if qtype == "Implementation" else TYPE_AREAS.get(qtype, set()) & achievement.areas
    named = {t.id: i for i, t in enumerate(achievement.techs)}
    stack = {t.id: i for i, t in enumerate(unit.stack)}
    pool = list(achievement.techs) + [t for t in unit.stack if t.id not in named]
    best, best_score = None, 0.9
    for tech in pool:
        overlap = len(set(tech.areas) & wanted)
        if tech.id not in named and not overlap:
            continue
        if tech.id in named and tech.id not in stack and not overlap and tech.category in ("tool", "language", "ci_cd"):
            continue  # "GitHub API" in a line is not a project built with Git
        score = (0.8 - 0.1 * named[tech.id] if tech.id in named else 0.0)
        score += (1.0 - 0.03 * stack[tech.id] if tech.id in stack else 0.0)
        score += (0.4 if role_match(tech, role) else 0.0) + 1.0 * overlap
        score -= 1.5 if tech.category == "language" else 0.0
        if score > best_score:
            best, best_score = tech, score
    return best


def _migration(tech: Technology, unit: EvidenceUnit) -> tuple[Technology | None, Achievement | None]:
    """The technology this one replaced in this very project, with the line that says so: the
    sharpest trade-off to ask about ("you moved from UIKit to SwiftUI: what did you give up?")."""
    for old, new, line in unit.moves:
        if new.id == tech.id:
            return old, line
    return None, None


def _alternative(tech: Technology, unit: EvidenceUnit, analysis: ResumeAnalysis
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
    alternatives.sort(key=lambda a: a.category != tech.category)
    kind_bonus = lambda a: 0.0 if a.category == tech.category else -0.8
    used_in = _stack_index(analysis)
    for alt in alternatives:
        for other in used_in.get(alt.id, ()):
            if other is not unit:
                return alt, other, 0.5 + kind_bonus(alt)
    if alternatives:
        return alternatives[0], None, kind_bonus(alternatives[0])
    return None, None, 0.0


def _measured_business(achievement: Achievement) -> bool:
    """A clause that both measures something and talks about customers, money or operations."""
    for clause in clauses(achievement.text):
        if has_result(clause) and areas_in(fold(clause)) & {"business_domain", "cost_optimization"}:
            return True
    return False


def _stack_index(analysis: ResumeAnalysis) -> dict[str, list[EvidenceUnit]]:
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


def _line_types(achievement: Achievement) -> list[str]:
    kinds = []
    for area_id in sorted(achievement.areas):
        for qtype in AREA_TYPES.get(area_id, []):
            if qtype not in kinds:
                kinds.append(qtype)
    return kinds


def candidates(analysis: ResumeAnalysis) -> list[Candidate]:
    found: list[Candidate] = []
    units = _question_units(analysis)
    work = [u for u in units if u.kind == "work"]
    latest_work = max(work, key=lambda u: (u.end or (0, 0), u.start or (0, 0))) if work else None
    core = {a for a, tier in analysis.expected_tiers.items() if tier == "core"}
    role = analysis.role
    for unit in units:
        base = _unit_base(unit, analysis, latest_work)
        for achievement in unit.achievements:
            result = has_result(achievement.text)
            value = base + (1.5 if result else 0.6 if achievement.measured else 0.0) + (0.5 if achievement.pairs else 0.0)
            value += min(len(achievement.areas & core), 2) * 0.4
            value -= 0.3 if achievement.kind == "architecture" else 0.0
            kinds = _line_types(achievement)
            for qtype in kinds:
                if qtype == "Business" and not _measured_business(achievement):
                    continue  # a business question needs a business result to measure
                if qtype == "Performance" and not (achievement.measured or "performance" in achievement.areas):
                    continue  # do not presume a bottleneck the line does not mention
                tech = None if qtype in ("Business", "Collaboration") else _related_tech(achievement, unit, qtype, role)
                bonus = 0.5 if qtype in ("Performance", "Business") and achievement.measured else 0.0
                found.append(Candidate(qtype, unit, achievement, tech,
                                       score=value + 0.5 + bonus + (0.3 if tech else 0.0)))
            tech = _related_tech(achievement, unit, "Implementation", role)
            found.append(Candidate("Implementation", unit, achievement, tech,
                                   score=value + (0.3 if tech else 0.0) - (1.2 if kinds else 0.0)))
        stack = unit.stack or unit.techs
        for position, tech in enumerate(stack):
            # Lines that are mainly about this technology, not merely mentioning it.
            lines = [a for a in unit.achievements if tech in a.techs
                     and _related_tech(a, unit, "Implementation", role) == tech]
            value = base + (1.0 if role_match(tech, role) else 0.0) + (0.5 if lines else -0.7)
            value += 0.4 if set(tech.areas) & core else 0.0
            value += 0.3 if position < 3 else 0.0
            language = tech.category == "language"
            value -= 1.0 if language else 0.0
            if any(old.id == tech.id for old, _, _ in unit.moves):
                continue  # a technology the person moved away from is not theirs to defend
            moved, moved_line = _migration(tech, unit)
            if moved is not None:
                found.append(Candidate("Trade-off", unit, moved_line, tech, alt=moved, score=value + 1.5))
            alt, alt_unit, telling = _alternative(tech, unit, analysis)
            if alt is not None and tech.category != "tool":  # nobody defends Jira against Linear
                line = lines[0] if lines else None
                # Test runners and CI services make thinner trade-off stories than the stack itself.
                supporting = -1.0 if tech.category in ("testing", "ci_cd", "monitoring") else 0.0
                found.append(Candidate("Trade-off", unit, line, tech, alt=alt, alt_unit=alt_unit,
                                       score=value + 0.3 + supporting + (0.0 if language else telling)))
            for qtype, kind, bonus in (("Reliability", "failure_modes", 0.3), ("Scalability", "scaling", 0.2),
                                       ("Quality", "testing", 0.3 if tech.category == "testing" else -0.4)):
                if not tech.items(kind, "en"):
                    continue
                if qtype in ("Reliability", "Scalability") and tech.category not in RUNTIME_CATEGORIES:
                    continue
                if qtype == "Quality" and tech.category not in TESTABLE_CATEGORIES:
                    continue
                # Quote a line only when the question is about that line's technology.
                line = next((a for a in lines if qtype in _line_types(a)
                             and _related_tech(a, unit, qtype, role) == tech), None)
                found.append(Candidate(qtype, unit, line, tech, score=value + bonus))
        for name in unit.unknown_stack[:3]:
            found.append(Candidate("Trade-off", unit, None, None, tech_name=name, score=base - 1.0))
        team_bonus = 0.5 if (unit.team_size or 0) >= 3 else 0.0
        found.append(Candidate("Collaboration", unit, None, None, score=base - 0.8 + team_bonus))
        # Open questions that need no evidence of their own, so five can always be asked.
        for qtype in ("Implementation", "Reliability", "Scalability", "Quality"):
            found.append(Candidate(qtype, unit, None, None, score=base - 1.5))
    return found


def _band_fit(qtype: str, band: str) -> float:
    if band == "senior" and qtype in ("Trade-off", "Scalability", "Reliability"):
        return 0.5
    if band == "junior" and qtype in ("Implementation", "Quality"):
        return 0.5
    return 0.0


def _fill(plan: list[tuple[str, list[str]]], order: list[int], pool: list[Candidate], band: str
          ) -> tuple[float, list[tuple[int, Candidate, str]]]:
    chosen: list[tuple[int, Candidate, str]] = []
    used_types: list[str] = []
    used_keys: set[str] = set()
    unit_uses: dict[str, int] = {}
    total = 0.0
    for slot in order:
        difficulty, preferences = plan[slot]
        best, best_value = None, float("-inf")
        for cand in pool:
            if cand.about() & used_keys:
                continue
            fit = 3.0 - preferences.index(cand.qtype) if cand.qtype in preferences else -2.0
            if cand.qtype in used_types:
                fit -= 6.0
            value = cand.score + fit + _band_fit(cand.qtype, band) - 1.0 * unit_uses.get(cand.unit.source, 0)
            if value > best_value:
                best, best_value = cand, value
        if best is None:
            continue
        total += best_value
        chosen.append((slot, best, difficulty))
        used_types.append(best.qtype)
        used_keys |= best.about()
        unit_uses[best.unit.source] = unit_uses.get(best.unit.source, 0) + 1
    return total, chosen


def _shortlist(pool: list[Candidate], per_type: int = 40) -> list[Candidate]:
    """The best candidates of each type: a long resume yields thousands, five are needed."""
    by_type: dict[str, list[Candidate]] = {}
    for cand in pool:
        by_type.setdefault(cand.qtype, []).append(cand)
    short = []
    for group in by_type.values():
        group.sort(key=lambda c: -c.score)
        short += group[:per_type]
    return short


def select(analysis: ResumeAnalysis, pool: list[Candidate]) -> list[tuple[Candidate, str]]:
    """Fill the band's five slots: preferred types first, distinct subjects, spread over units.

    The hard slots are filled first: they need the most specific material (a trade-off the
    person actually made, a failure mode of their own stack), the easy ones can use anything.
    """
    plan = PLANS.get(analysis.band, PLANS["mid"])
    pool = _shortlist(pool)
    indexes = list(range(len(plan)))
    hard_first = sorted(indexes, key=lambda i: -DIFFICULTY_ORDER[plan[i][0]])
    best_chosen: list = []
    for order in (hard_first, indexes, list(reversed(indexes))):
        _, chosen = _fill(plan, order, pool, analysis.band)
        if len(chosen) > len(best_chosen):
            best_chosen = chosen
        if len(best_chosen) == len(plan):
            break
    best_chosen.sort(key=lambda item: item[0])
    return [(cand, difficulty) for _, cand, difficulty in best_chosen]


def anchor_text(unit: EvidenceUnit, language: str, seed: str) -> str:
    """The job or project named the way the person named it."""
    anchors = phrases("interview")["anchors"]
    if unit.kind == "work":
        key = ("work" if unit.name and unit.org else "work_no_org" if unit.name
               else "work_org_only" if unit.org else "work_position" if unit.position else "work_unnamed")
    elif unit.kind == "education":
        key = "education" if unit.name and unit.org else "education_no_major"
    else:
        key = unit.kind
    slots = {"name": unit.name, "org": unit.org, "position": unit.position}
    text = render_first(anchors.get(key, {}).get(language, []), slots, seed, "anchor", unit.source)
    if text:
        return text
    return {"ko": "이력서에 적으신 경험", "en": "the experience on your resume"}[language]


def _items(tech: Technology | None, kind: str, language: str, seed: str, count: int = 2) -> list[str]:
    """Catalog items in the output language; for Korean prefer items that read as Korean."""
    if tech is None:
        return []
    items = list(tech.items(kind, language))
    if language == "ko":
        items = [i for i in items if has_hangul(i)] or []
    else:
        items = [i for i in items if not has_hangul(i)]
    if language == "ko":
        readable = [i for i in items if hangul_share(i) >= 0.3]
        rest = [i for i in items if hangul_share(i) < 0.3]
        items = ordered(readable, seed, tech.id, kind) + ordered(rest, seed, tech.id, kind)
    else:
        items = ordered(items, seed, tech.id, kind)
    return items[:count]


def _metric(achievement: Achievement | None, language: str) -> tuple[str, str]:
    if achievement is None or not achievement.pairs:
        return "", ""
    before, after = achievement.pairs[-1]
    if language == "en" and (has_hangul(before) or has_hangul(after)):
        before = re.sub(r"\s*[가-힣].*$", "", before).strip()
        after = re.sub(r"\s*[가-힣].*$", "", after).strip()
    return before, after


def tech_label(tech: Technology | None, analysis: ResumeAnalysis, unit: EvidenceUnit | None = None) -> str:
    """A technology as the person wrote it (React Query, K8s), else the catalog's short name."""
    if tech is None:
        return ""
    recent_first = sorted(analysis.units, key=lambda u: (u.end or (0, 0)), reverse=True)
    for candidate in ([unit] if unit else []) + recent_first:
        spelling = candidate.written.get(tech.id) if candidate else None
        if spelling:
            return spelling
    return re.sub(r"\s*\([^)]*\)\s*$", "", tech.name) or tech.name


# Catalog concepts of these make poor "what did you decide about" prompts (a test runner's
# annotations); they still feed the answer checklist.
_NO_DESIGN_PROMPT = {"testing", "tool", "ci_cd", "monitoring", "language"}


def _slots(cand: Candidate, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    tech = cand.tech
    concepts = _items(tech, "concepts", language, seed)
    failures = _items(tech, "failure_modes", language, seed)
    scaling = _items(tech, "scaling", language, seed)
    testing = _items(tech, "testing", language, seed)
    alt_concepts = _items(cand.alt, "concepts", language, seed, 1)
    before, after = _metric(cand.achievement, language)
    quote = ""
    line = cand.achievement
    if line is not None and line.quote and has_hangul(line.quote) == (language == "ko"):
        quote = line.quote
    # A line that does not name the technology only borrows it for context: the question then
    # asks about the line, not about the technology's failure modes or scaling limits.
    borrowed = tech is not None and cand.achievement is not None and tech not in cand.achievement.techs
    if borrowed:
        failures_ask, scaling_ask, testing_ask = [], [], []
    else:
        failures_ask, scaling_ask, testing_ask = failures, scaling, testing
    return {
        "failure_ask": failures_ask[0] if failures_ask else "",
        "scaling_ask": scaling_ask[0] if scaling_ask else "",
        "testing_ask": testing_ask[0] if testing_ask else "",
        "anchor": anchor_text(cand.unit, language, seed),
        "other_anchor": anchor_text(cand.alt_unit, language, seed) if cand.alt_unit else "",
        "tech": tech_label(tech, analysis, cand.unit) if tech else cand.tech_name,
        "alt": tech_label(cand.alt, analysis, cand.alt_unit) if cand.alt else "",
        "quote": quote,
        "before": before, "after": after,
        "team": str(cand.unit.team_size) if cand.unit.team_size else "",
        "tool": tech_label(tech, analysis, cand.unit) if tech and tech.category == "testing" else "",
        "concept": concepts[0] if concepts and tech.category not in _NO_DESIGN_PROMPT and (
            cand.achievement is None or tech in cand.achievement.techs) else "",
        "concept2": concepts[1] if len(concepts) > 1 else "",
        "point": concepts[0] if concepts else "",
        "failure": failures[0] if failures else "", "failure2": failures[1] if len(failures) > 1 else "",
        "scaling": scaling[0] if scaling else "", "scaling2": scaling[1] if len(scaling) > 1 else "",
        "testing": testing[0] if testing else "", "testing2": testing[1] if len(testing) > 1 else "",
        "alt_concept": alt_concepts[0] if alt_concepts else "",
    }


def _openers(cand: Candidate, slots: dict) -> list[str]:
    """Opener kinds to try, most specific first. A bare before/after number introduces a
    performance or business question well, and anything else poorly."""
    kinds = []
    if cand.qtype == "Trade-off" and cand.alt_unit is not None and slots["other_anchor"]:
        kinds.append("pair")
    if slots["quote"]:
        kinds.append("quote")
    metric = bool(slots["before"] and slots["after"])
    if metric and cand.qtype in ("Performance", "Business"):
        kinds.append("metric")
    if slots["tech"] and cand.qtype != "Collaboration":
        kinds.append("tech")
    if metric and cand.qtype not in ("Performance", "Business", "Collaboration"):
        kinds.append("metric")
    kinds.append("plain")
    return kinds


_SPECIFIC_SLOTS = ("tech", "tool", "alt", "concept", "failure_ask", "scaling_ask", "testing_ask", "before", "after",
                   "team")


def _specificity(template: str, slots: dict) -> int:
    """How many resume- or catalog-specific values a template would use (0 when it cannot render)."""
    used = set(re.findall(r"\{\^?(\w+)", template))
    if any(not slots.get(name) for name in used):
        return -1
    return sum(1 for name in used if name in _SPECIFIC_SLOTS)


def _reads_as(text: str, language: str) -> bool:
    share = hangul_share(text)
    return share >= KOREAN_MIN_SHARE if language == "ko" else share < 0.2


def render_question(cand: Candidate, difficulty: str, analysis: ResumeAnalysis, language: str,
                    seed: str, slot_index: int) -> dict:
    table = phrases("interview")
    slots = _slots(cand, analysis, language, seed)
    by_difficulty = table["asks"][cand.qtype]
    open_key = f"{difficulty}_open"
    if open_key in by_difficulty and not (slots["before"] and slots["after"]):
        asks = by_difficulty[open_key][language]  # no before/after: do not presume an improvement
    else:
        asks = by_difficulty[difficulty][language]
    salt = (cand.unit.source, cand.qtype, slot_index)
    question = ""
    for kind in _openers(cand, slots):
        opener = render_first(table["openers"][kind][language], slots, seed, "opener", *salt)
        if not opener:
            continue
        wants_tech = kind in ("tech", "pair")
        if cand.qtype == "Quality" and (slots["tool"] or (cand.tech and cand.tech.category not in TESTABLE_CATEGORIES)):
            asks = [a for a in asks if "{tech" not in a]  # "code that uses pytest" makes no sense
        for ask in sorted(ordered(asks, seed, "ask", *salt),
                          key=lambda t: -(_specificity(t, slots) + (2 if wants_tech and "{tech" in t else 0))):
            try:
                text = f"{opener} {render(ask, slots)}"
            except MissingSlot:
                continue
            if _reads_as(text, language):
                question = text
                break
            question = question or text
        if question and _reads_as(question, language):
            break
    if not question:
        question = render_first(table["fallback"][language], slots, seed, "fallback", *salt)
    covers = _covers(cand, slots, language, seed, salt)
    labels = table["topics"][language]
    names = [n for n in (slots["tech"], slots["alt"]) if n]
    topic = ", ".join(names + [labels[cand.qtype]])
    source = cand.unit.source
    if cand.alt_unit is not None and slots["other_anchor"] and cand.alt_unit.source != source:
        source = f"{source}, {cand.alt_unit.source}"
    return {
        "type": cand.qtype,
        "difficulty": difficulty,
        "topic": topic[:200],
        "question": question[:1200],
        "what_good_answers_cover": covers,
        "source": source[:200],
    }


def _covers(cand: Candidate, slots: dict, language: str, seed: str, salt: tuple) -> list[str]:
    table = phrases("interview")["covers"][cand.qtype]
    picked: list[str] = []
    for template in table["specific"][language]:
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if text and text not in picked and (language == "en" or hangul_share(text) >= 0.3 or len(picked) < 1):
            picked.append(text)
        if len(picked) == 3:
            break
    for template in ordered(table["general"][language], seed, "cover", *salt):
        if len(picked) >= 3:
            break
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if text not in picked:
            picked.append(text)
    return [p[:400] for p in picked[:4]]


def _resume_unit(analysis: ResumeAnalysis) -> EvidenceUnit:
    return EvidenceUnit(source="summary" if analysis.summary else "resume", kind="resume", name="", org="",
                        position="", description="", achievements=[], techs=[], unknown_stack=[],
                        team_size=None, start=None, end=None, ongoing=False)


def generate_questions(analysis: ResumeAnalysis, language: str) -> list[dict]:
    pool = candidates(analysis)
    chosen = select(analysis, pool)
    plan = PLANS.get(analysis.band, PLANS["mid"])
    if len(chosen) < len(plan):
        # Too little material for five distinct subjects: add open questions on the resume as a whole.
        unit = _resume_unit(analysis)
        extra = [Candidate(t, unit, None, None, score=-10.0) for t in
                 ("Implementation", "Reliability", "Scalability", "Quality", "Collaboration", "Business")]
        chosen = select(analysis, pool + extra)
    questions = []
    for index, (cand, difficulty) in enumerate(chosen):
        questions.append(render_question(cand, difficulty, analysis, language, analysis.seed, index))
    questions.sort(key=lambda q: DIFFICULTY_ORDER[q["difficulty"]])
    return questions
