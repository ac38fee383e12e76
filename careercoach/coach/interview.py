"""Five interview questions built from the person's own jobs, projects and technologies.

`candidates.py` finds what is worth asking, `selection.py` fills the band's five slots with
distinct subjects, and this module words each question and its answer checklist in the
person's language (data/phrasing/interview.yaml), quoting their own project names and numbers.
"""

from __future__ import annotations

import re

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import (
    RUNTIME_CATEGORIES,
    TESTABLE_CATEGORIES,
    Candidate,
    candidates,
    second_tech,
)
from careercoach.coach.checklist import (
    CLIENT_ROLES,
    DEVICE_ROLES,
    answer_points,
    catalog_items,
    known_technologies,
    overlap,
)
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.phrasing import MissingSlot, ordered, phrases, render, render_first
from careercoach.coach.quantities import accepts, kind_of
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.selection import DIFFICULTY_ORDER, PLANS, select
from careercoach.coach.text import content_words, fold, hangul_share, has_hangul
from careercoach.coach.thin import is_thin, thin_questions
from careercoach.coach.tradeoffs import compete_role

KOREAN_MIN_SHARE = 0.35  # keep a margin over the 0.3 that makes text read as Korean

__all__ = ["anchor_text", "generate_questions", "render_question", "tech_label"]


def _context_before(text: str, value: str, width: int = 24) -> str:
    at = text.find(value)
    return text[max(0, at - width) : at] if at > 0 else ""


def _metric(achievement: Achievement | None, language: str, qtype: str = "Implementation") -> tuple[str, str]:
    """The before/after pair this question type may build on, by the kind of quantity
    (quantities.yaml): a latency for a performance question, never a success rate for a
    capacity estimate or a cost saving for a latency question."""
    if achievement is None or not achievement.pairs:
        return "", ""
    wanted = accepts(qtype)
    ranked = []
    for position, (before, after) in enumerate(achievement.pairs):
        kind = kind_of(after, _context_before(achievement.text, before))
        if kind in wanted:
            ranked.append((wanted.index(kind), -position, before, after))
    if not ranked:
        return "", ""
    _, _, before, after = min(ranked)
    if language == "en" and (has_hangul(before) or has_hangul(after)):
        before = re.sub(r"\s*[가-힣].*$", "", before).strip()
        after = re.sub(r"\s*[가-힣].*$", "", after).strip()
    return before, after


_BARE_NUMBER = re.compile(r"\$?\d[\d,]*(?:\.\d+)?")
_RATE_WORD = re.compile(r"(초당|분당|시간당|하루|일일|매일|월|per\s+(?:second|minute|hour|day))\s*$", re.IGNORECASE)


def _figure(achievement: Achievement | None, qtype: str = "Implementation") -> str:
    """The measured figure of a line that has no before/after pair ("초당 500건", "25k events/sec"):
    what a good answer has to explain how it was measured, if this question type may use it."""
    if achievement is None or achievement.pairs:
        return ""
    wanted = accepts(qtype)
    for token in achievement.numbers:
        if _BARE_NUMBER.fullmatch(token):
            continue
        at = achievement.text.find(token)
        rate = _RATE_WORD.search(achievement.text[max(0, at - 12) : at]) if at > 0 else None
        figure = f"{rate.group(1)} {token}" if rate else token
        if kind_of(token, _context_before(achievement.text, token) + (" per second" if rate else "")) in wanted:
            return figure
    return ""


# Catalog concepts of these make poor "what did you decide about" prompts (a test runner's
# annotations); they still feed the answer checklist.
_NO_DESIGN_PROMPT = {"testing", "tool", "ci_cd", "monitoring", "language"}


def _relevant_item(cand: Candidate, language: str, seed: str, context: str, known: set[str]) -> str:
    """A catalog item of the technology that shares words with the quoted line (and does not
    merely repeat it): the point a good answer about that line should reach."""
    tech = cand.tech
    if cand.achievement is None or tech is None:
        return ""
    line_words = content_words(cand.achievement.text)
    pool = [
        i
        for kind in ("concepts", "scaling", "failure_modes")
        for i in catalog_items(tech, kind, language, seed, 10, context=context, known=known)
    ]
    said = fold(cand.achievement.text)
    return next((i for i in pool if overlap(content_words(i) & line_words) >= 2 and fold(i) not in said), "")


def _asked(
    cand: Candidate, concepts: list[str], failures: list[str], scaling: list[str], testing: list[str]
) -> tuple[tuple[list[str], ...], tuple[list[str], ...]]:
    """(checklist items, items a question may ask about). A line that does not name the
    technology only borrows it for context: the question then asks about the line, not about
    the technology's failure modes or scaling limits. Nor does a tool that does not serve
    traffic (a metrics server's pitfalls are no outage)."""
    tech = cand.tech
    if tech is not None and cand.achievement is not None and tech not in cand.achievement.techs:
        # Only what the line itself talks about: a table-design line does not get the web
        # framework's dependency injection as its checklist.
        said = content_words(cand.achievement.text)
        kept = tuple([i for i in items if content_words(i) & said] for items in (concepts, failures, scaling, testing))
        return kept, ([], [], [])
    runtime = tech is not None and tech.category in RUNTIME_CATEGORIES
    failures_ask, scaling_ask = (failures, scaling) if runtime else ([], [])
    return (concepts, failures, scaling, testing), (failures_ask, scaling_ask, testing)


def _slots(cand: Candidate, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    tech = cand.tech
    if cand.achievement is not None:
        context = cand.achievement.text
    else:
        context = " ".join(
            [cand.unit.description, *(a.text for a in cand.unit.achievements if tech is not None and tech in a.techs)]
        )
    known = known_technologies(analysis)
    concepts = catalog_items(tech, "concepts", language, seed, context=context, known=known)
    failures = catalog_items(tech, "failure_modes", language, seed, context=context, known=known)
    scaling = catalog_items(tech, "scaling", language, seed, context=context, known=known)
    testing = catalog_items(tech, "testing", language, seed, context=context, known=known)
    alt_concepts = catalog_items(cand.alt, "concepts", language, seed, 1)
    relevant = _relevant_item(cand, language, seed, context, known)
    partner = second_tech(cand.achievement, tech) if cand.qtype != "Trade-off" else None
    partner_items = {
        kind: catalog_items(partner, kind, language, seed, 1, context=context, known=known)
        for kind in ("concepts", "failure_modes", "scaling", "testing")
    }
    before, after = _metric(cand.achievement, language, cand.qtype)
    quote = ""
    line = cand.achievement
    if line is not None and line.quote and has_hangul(line.quote) == (language == "ko"):
        quote = line.quote
    (concepts, failures, scaling, testing), (failures_ask, scaling_ask, testing_ask) = _asked(
        cand, concepts, failures, scaling, testing
    )
    return {
        "failure_ask": failures_ask[0] if failures_ask else "",
        "scaling_ask": scaling_ask[0] if scaling_ask else "",
        "testing_ask": testing_ask[0] if testing_ask else "",
        "anchor": anchor_text(cand.unit, language, seed),
        "other_anchor": anchor_text(cand.alt_unit, language, seed) if cand.alt_unit else "",
        "tech": cand.tech_name
        if cand.mode == "decision" and tech is None
        else tech_label(tech, analysis, cand.unit)
        if tech
        else cand.tech_name,
        "alt": tech_label(cand.alt, analysis, cand.alt_unit) if cand.alt else cand.alt_name,
        "role": compete_role(tech, cand.alt, language),
        "quote": quote,
        "before": before,
        "after": after,
        "team": str(cand.unit.team_size) if cand.unit.team_size else "",
        "tool": tech_label(tech, analysis, cand.unit) if tech and tech.category == "testing" else "",
        "concept": concepts[0]
        if concepts
        and tech.category not in _NO_DESIGN_PROMPT
        and (cand.achievement is None or tech in cand.achievement.techs)
        else "",
        "concept2": concepts[1] if len(concepts) > 1 else "",
        "point": concepts[0] if concepts else "",
        "failure": failures[0] if failures else "",
        "failure2": failures[1] if len(failures) > 1 else "",
        "scaling": scaling[0] if scaling else "",
        "scaling2": scaling[1] if len(scaling) > 1 else "",
        "testing": testing[0] if testing else "",
        "testing2": testing[1] if len(testing) > 1 else "",
        "alt_concept": alt_concepts[0] if alt_concepts else "",
        "figure": _figure(cand.achievement, cand.qtype)
        if has_hangul(cand.achievement.text if cand.achievement else "") == (language == "ko")
        else "",
        "relevant": relevant,
        "point_b": next(iter(partner_items["concepts"]), ""),
        "failure_b": next(iter(partner_items["failure_modes"]), ""),
        "scaling_b": next(iter(partner_items["scaling"]), ""),
        "testing_b": next(iter(partner_items["testing"]), ""),
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


_SPECIFIC_SLOTS = (
    "tech",
    "tool",
    "alt",
    "concept",
    "failure_ask",
    "scaling_ask",
    "testing_ask",
    "before",
    "after",
    "team",
)


def _specificity(template: str, slots: dict) -> int:
    """How many resume- or catalog-specific values a template would use (0 when it cannot render)."""
    used = set(re.findall(r"\{\^?(\w+)", template))
    if any(not slots.get(name) for name in used):
        return -1
    return sum(1 for name in used if name in _SPECIFIC_SLOTS)


def _reads_as(text: str, language: str) -> bool:
    share = hangul_share(text)
    return share >= KOREAN_MIN_SHARE if language == "ko" else share < 0.2


def _opener(templates: list[str], slots: dict, seed: str, salt: tuple, used: set[str]) -> tuple[str, str]:
    """(text, template) of the seeded opener, preferring a template no earlier question used:
    five questions that all begin "...항목에 ...라고 쓰셨습니다" read like a form letter."""
    options = ordered(list(templates), seed, "opener", *salt)
    fresh = [t for t in options if t not in used] + [t for t in options if t in used]
    for template in fresh:
        try:
            return render(template, slots), template
        except MissingSlot:
            continue
    return "", ""


def _asks(cand: Candidate, difficulty: str, analysis: ResumeAnalysis, language: str, slots: dict) -> list[str]:
    """The ask templates for this question: by where the software runs (a device, a user's
    phone, a data center), whether the line is measured, and for a trade-off by what the
    resume records (a decision, both used, or a hypothetical)."""
    if cand.qtype == "Trade-off" and cand.mode:
        return phrases("tradeoffs")["asks"][cand.mode][language]
    return _asks_by_setting(cand, difficulty, analysis, language, slots)


def _asks_by_setting(
    cand: Candidate, difficulty: str, analysis: ResumeAnalysis, language: str, slots: dict
) -> list[str]:
    by_difficulty = phrases("interview")["asks"][cand.qtype]
    measured = cand.achievement is not None and cand.achievement.measured
    if f"{difficulty}_device" in by_difficulty and analysis.role in DEVICE_ROLES:
        return by_difficulty[f"{difficulty}_device"][language]  # firmware fails in the field, with no operator
    if f"{difficulty}_client" in by_difficulty and analysis.role in CLIENT_ROLES:
        return by_difficulty[f"{difficulty}_client"][language]  # an app fails on devices, not in a data center
    if f"{difficulty}_unmeasured" in by_difficulty and not measured:
        return by_difficulty[f"{difficulty}_unmeasured"][language]  # no number at all: do not say "this figure"
    if f"{difficulty}_open" in by_difficulty and not (slots["before"] and slots["after"]):
        return by_difficulty[f"{difficulty}_open"][language]  # no before/after: do not presume an improvement
    return by_difficulty[difficulty][language]


def render_question(
    cand: Candidate,
    difficulty: str,
    analysis: ResumeAnalysis,
    language: str,
    seed: str,
    slot_index: int,
    used_openers: set[str] | None = None,
) -> dict:
    used_openers = used_openers if used_openers is not None else set()
    table = phrases("interview")
    slots = _slots(cand, analysis, language, seed)
    asks = _asks(cand, difficulty, analysis, language, slots)
    salt = (cand.unit.source, cand.qtype, slot_index)
    question, opener_used = "", ""
    for kind in _openers(cand, slots):
        opener, template = _opener(table["openers"][kind][language], slots, seed, salt, used_openers)
        if not opener:
            continue
        wants_tech = kind in ("tech", "pair")
        if cand.qtype == "Quality" and (slots["tool"] or (cand.tech and cand.tech.category not in TESTABLE_CATEGORIES)):
            asks = [a for a in asks if "{tech" not in a]  # "code that uses pytest" makes no sense
        for ask in sorted(
            ordered(asks, seed, "ask", *salt),
            key=lambda t: -(_specificity(t, slots) + (2 if wants_tech and "{tech" in t else 0)),
        ):
            try:
                text = f"{opener} {render(ask, slots)}"
            except MissingSlot:
                continue
            if _reads_as(text, language):
                question, opener_used = text, template
                break
            if not question:
                question, opener_used = text, template
        if question and _reads_as(question, language):
            break
    if not question:
        question = render_first(table["fallback"][language], slots, seed, "fallback", *salt)
    used_openers.add(opener_used)
    covers = answer_points(cand, slots, language, seed, salt, question, analysis.role)
    labels = table["topics"][language]
    # The topic names only what the question itself names (no "Kafka" over a circuit-breaker line).
    lowered = question.lower()
    names = [n for n in (slots["tech"], slots["alt"]) if n and n.lower() in lowered]
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


def _resume_unit(analysis: ResumeAnalysis) -> EvidenceUnit:
    return EvidenceUnit(
        source="summary" if analysis.summary else "resume",
        kind="resume",
        name="",
        org="",
        position="",
        description="",
        achievements=[],
        techs=[],
        unknown_stack=[],
        team_size=None,
        start=None,
        end=None,
        ongoing=False,
    )


def generate_questions(analysis: ResumeAnalysis, language: str) -> list[dict]:
    pool = candidates(analysis)
    chosen = select(analysis, pool)
    plan = PLANS.get(analysis.band, PLANS["mid"])
    if len(chosen) < len(plan):
        # Too little material for five distinct subjects: add open questions on the resume as a whole.
        unit = _resume_unit(analysis)
        extra = [
            Candidate(t, unit, None, None, score=-10.0)
            for t in ("Implementation", "Reliability", "Scalability", "Quality", "Collaboration", "Business")
        ]
        chosen = select(analysis, pool + extra)
    questions, used_openers = [], set()
    if is_thin(analysis):
        own = [c for c, _ in chosen if c.achievement is not None and c.qtype in ("Implementation", "Quality")]
        own_questions = [
            render_question(c, "easy", analysis, language, analysis.seed, i, used_openers)
            for i, c in enumerate(own[:2])
        ]
        return thin_questions(analysis, language, own_questions)
    for index, (cand, difficulty) in enumerate(chosen):
        questions.append(render_question(cand, difficulty, analysis, language, analysis.seed, index, used_openers))
    questions.sort(key=lambda q: DIFFICULTY_ORDER[q["difficulty"]])
    return questions
