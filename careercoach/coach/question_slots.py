"""The values a question template fills in: the person's own words (the quoted line, its
before/after numbers, the project's name) and the catalog's points about the technology the
question is about (its concepts, failure modes, scaling limits and tests)."""

from __future__ import annotations

import re

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import Candidate
from careercoach.coach.checklist import catalog_items, known_technologies, overlap
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.quantities import accepts, kind_of
from careercoach.coach.question_tech import RUNTIME_CATEGORIES, second_tech
from careercoach.coach.resume import Achievement
from careercoach.coach.text import content_words, fold, has_hangul
from careercoach.coach.tradeoffs import compete_role


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


def question_slots(cand: Candidate, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    """Every slot a template of this question may use; an empty string where the resume or
    the catalog has nothing to say."""
    return {**_resume_slots(cand, analysis, language, seed), **_catalog_slots(cand, analysis, language, seed)}


def _resume_slots(cand: Candidate, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    """What the person wrote: the project, the line, its numbers, the team, the technologies."""
    tech = cand.tech
    before, after = _metric(cand.achievement, language, cand.qtype)
    line = cand.achievement
    quote = line.quote if line is not None and line.quote and has_hangul(line.quote) == (language == "ko") else ""
    if cand.mode == "decision" and tech is None:
        tech_slot = cand.tech_name
    else:
        tech_slot = tech_label(tech, analysis, cand.unit) if tech else cand.tech_name
    return {
        "anchor": anchor_text(cand.unit, language, seed),
        "other_anchor": anchor_text(cand.alt_unit, language, seed) if cand.alt_unit else "",
        "tech": tech_slot,
        "alt": tech_label(cand.alt, analysis, cand.alt_unit) if cand.alt else cand.alt_name,
        "role": compete_role(tech, cand.alt, language),
        "quote": quote,
        "before": before,
        "after": after,
        "team": str(cand.unit.team_size) if cand.unit.team_size else "",
        "tool": tech_label(tech, analysis, cand.unit) if tech and tech.category == "testing" else "",
        "figure": _figure(cand.achievement, cand.qtype)
        if has_hangul(cand.achievement.text if cand.achievement else "") == (language == "ko")
        else "",
    }


def _catalog_slots(cand: Candidate, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    """What the catalog says about the question's technology (and a second one the same line
    runs alongside), picked to match the line or the project it is asked about."""
    tech = cand.tech
    if cand.achievement is not None:
        context = cand.achievement.text
    else:
        context = " ".join(
            [cand.unit.description, *(a.text for a in cand.unit.achievements if tech is not None and tech in a.techs)]
        )
    known = known_technologies(analysis)
    concepts, failures, scaling, testing = (
        catalog_items(tech, kind, language, seed, context=context, known=known)
        for kind in ("concepts", "failure_modes", "scaling", "testing")
    )
    alt_concepts = catalog_items(cand.alt, "concepts", language, seed, 1)
    partner = second_tech(cand.achievement, tech) if cand.qtype != "Trade-off" else None
    partner_items = {
        kind: catalog_items(partner, kind, language, seed, 1, context=context, known=known)
        for kind in ("concepts", "failure_modes", "scaling", "testing")
    }
    (concepts, failures, scaling, testing), (failures_ask, scaling_ask, testing_ask) = _asked(
        cand, concepts, failures, scaling, testing
    )
    design_prompt = tech is not None and tech.category not in _NO_DESIGN_PROMPT
    return {
        "failure_ask": failures_ask[0] if failures_ask else "",
        "scaling_ask": scaling_ask[0] if scaling_ask else "",
        "testing_ask": testing_ask[0] if testing_ask else "",
        "concept": concepts[0]
        if concepts and design_prompt and (cand.achievement is None or tech in cand.achievement.techs)
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
        "relevant": _relevant_item(cand, language, seed, context, known),
        "point_b": next(iter(partner_items["concepts"]), ""),
        "failure_b": next(iter(partner_items["failure_modes"]), ""),
        "scaling_b": next(iter(partner_items["scaling"]), ""),
        "testing_b": next(iter(partner_items["testing"]), ""),
    }
