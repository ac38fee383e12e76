"""Five interview questions built from the person's own jobs, projects and technologies.

`candidates.py` finds what is worth asking, `selection.py` fills the band's five slots with
distinct subjects, and this module words each question and its answer checklist in the
person's language (data/phrasing/interview.yaml), quoting their own project names and numbers.
"""

from __future__ import annotations

import re

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import Candidate, candidates, resume_unit
from careercoach.coach.checklist import CLIENT_ROLES, DEVICE_ROLES, answer_points
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.phrasing import MissingSlot, ordered, phrases, render, render_first
from careercoach.coach.question_slots import question_slots
from careercoach.coach.question_tech import TESTABLE_CATEGORIES
from careercoach.coach.selection import DIFFICULTY_ORDER, PLANS, select
from careercoach.coach.text import hangul_share
from careercoach.coach.thin import is_thin, thin_questions

KOREAN_MIN_SHARE = 0.35  # keep a margin over the 0.3 that makes text read as Korean

__all__ = ["anchor_text", "generate_questions", "render_question", "tech_label"]


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
    slots = question_slots(cand, analysis, language, seed)
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


def generate_questions(analysis: ResumeAnalysis, language: str) -> list[dict]:
    pool = candidates(analysis)
    chosen = select(analysis, pool)
    plan = PLANS.get(analysis.band, PLANS["mid"])
    if len(chosen) < len(plan):
        # Too little material for five distinct subjects: add open questions on the resume as a whole.
        unit = resume_unit(analysis)
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
