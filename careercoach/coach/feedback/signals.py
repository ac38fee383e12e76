"""Whole-answer signals: a refusal ("모르겠습니다"), an answer about something else, and claims
an interviewer knows to be wrong (data/misconceptions.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from careercoach.coach.catalog import technology
from careercoach.coach.feedback.reading import QuestionWords, Reading
from careercoach.coach.feedback.rules import DATA_DIR, load_rules
from careercoach.coach.feedback.subject import names_subject, refers_to_question


@dataclass(frozen=True)
class Misconception:
    id: str
    all: tuple[re.Pattern, ...]
    unless: tuple[re.Pattern, ...]
    note: dict


@dataclass(frozen=True)
class Concern:
    note: str
    claim: str  # the answer's own sentence that makes the claim


@functools.lru_cache(maxsize=1)
def misconceptions() -> tuple[Misconception, ...]:
    raw = yaml.safe_load((DATA_DIR / "misconceptions.yaml").read_text(encoding="utf-8")) or []
    compile_all = lambda items: tuple(re.compile(p, re.IGNORECASE) for p in items or [])  # noqa: E731
    return tuple(Misconception(e["id"], compile_all(e["all"]), compile_all(e.get("unless")), e["note"]) for e in raw)


def is_dont_know(answer: str, reading: Reading, question: QuestionWords) -> bool:
    """A refusal: it says it does not know and says little else (a long answer that admits
    one gap still answers)."""
    rules = load_rules()
    if not reading.places:
        return True
    if not rules.dont_know.search(answer):
        return False
    return len(own_terms(reading, question)) <= rules.thresholds["dont_know_max_terms"]


def relevance(reading: Reading, question: QuestionWords) -> float:
    """Share of the question's own meaningful words the answer uses (synonyms count)."""
    from careercoach.coach.feedback.reading import term_keys

    rules = load_rules()
    wanted = [t for t in question.asked if rules.weight(t) == 1.0]
    if not wanted:
        return 1.0
    hits = sum(1 for t in wanted if term_keys(t, rules) & reading.keys)
    return hits / len(wanted)


def own_terms(reading: Reading, question: QuestionWords) -> set[str]:
    """Meaningful words of the answer's own, beyond the question's."""
    rules = load_rules()
    return {t for t in reading.content_terms if t not in question.terms and rules.weight(t) == 1.0}


def is_off_topic(
    reading: Reading,
    question: QuestionWords,
    covered: int,
    follow_up_turn: bool = False,
    touched: int | None = None,
    asked: QuestionWords | None = None,
) -> bool:
    """About another project or problem, on evidence of that other subject, never on the mere
    absence of the question's words (that is a vague answer, graded as one):
    - the question names technologies, and the answer names others, none of them of an area
      the question names (subject.py: Redis is a cache), and uses few of the question's words (points it seems to
      meet are then met by chance); or
    - it says a good deal of its own (`off_topic_min_own_terms` words) with hardly any of the
      question's words, no area or quoted claim of the question, and no point even touched
      (`touched`: covered or partial).
    A follow-up answer replies to a narrower question in its own words, so only the second rule,
    with no point covered, applies to it."""
    t = load_rules().thresholds
    score = relevance(reading, question)
    techs = [tech for tech in map(technology, reading.technology_ids) if tech is not None]
    on_subject = names_subject(techs, question)
    touched = covered if touched is None else touched
    if follow_up_turn:
        replies = asked is not None and relevance(reading, asked) >= t["off_topic_relevance"]
        return touched == 0 and score < t["off_topic_relevance"] and not replies
    other_subject = bool(question.technologies) and bool(techs) and not on_subject
    if other_subject and score < t["off_topic_relevance_other_subject"]:
        return True
    if on_subject or touched or score >= t["off_topic_relevance"]:
        return False
    says_much = len(own_terms(reading, question)) >= t["off_topic_min_own_terms"]
    return says_much and not refers_to_question(reading.text, question)


def factual_concerns(reading: Reading, language: str) -> list[Concern]:
    found = []
    for place in reading.places:
        for item in misconceptions():
            if all(p.search(place.text) for p in item.all) and not any(p.search(place.text) for p in item.unless):
                if not any(c.note == item.note[language] for c in found):
                    found.append(Concern(item.note[language], place.text))
    return found
