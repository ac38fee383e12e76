"""Whole-answer signals: a refusal ("모르겠습니다"), an answer about something else, and claims
an interviewer knows to be wrong (data/misconceptions.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from careercoach.coach.feedback.reading import QuestionWords, Reading
from careercoach.coach.feedback.rules import DATA_DIR, load_rules


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
    own_terms = {t for t in reading.content_terms if t not in question.terms and rules.weight(t) == 1.0}
    return len(own_terms) <= rules.thresholds["dont_know_max_terms"]


def relevance(reading: Reading, question: QuestionWords) -> float:
    """Share of the question's own meaningful words the answer uses (synonyms count)."""
    from careercoach.coach.feedback.reading import term_keys

    rules = load_rules()
    wanted = [t for t in question.asked if rules.weight(t) == 1.0]
    if not wanted:
        return 1.0
    hits = sum(1 for t in wanted if term_keys(t, rules) & reading.keys)
    return hits / len(wanted)


def is_off_topic(
    reading: Reading,
    question: QuestionWords,
    covered: int,
    follow_up_turn: bool = False,
    touched: int | None = None,
    asked: QuestionWords | None = None,
) -> bool:
    """About another project or problem: none of the question's technologies while naming
    others and few of its words (points it seems to meet are then met by chance), or hardly
    any of its words, none of its technologies and no point even touched (`touched`: covered
    or partial). A follow-up answer replies to a narrower question in its own words, so only
    the second rule, with no point covered, applies to it."""
    t = load_rules().thresholds
    score = relevance(reading, question)
    answer_techs = set(reading.technology_ids)
    other_subject = bool(question.technologies) and not (question.technologies & answer_techs) and bool(answer_techs)
    touched = covered if touched is None else touched
    if follow_up_turn:
        replies = asked is not None and relevance(reading, asked) >= t["off_topic_relevance"]
        return touched == 0 and score < t["off_topic_relevance"] and not replies
    if other_subject and score < t["off_topic_relevance_other_subject"]:
        return True
    # An answer about the question's own technologies, or one that touches a checklist point, is
    # on topic however few of the question's other words (the quoted resume line, "가정해서
    # 여쭙겠습니다") it repeats; naming only other technologies is the rule above.
    names_subject = bool(question.technologies & answer_techs)
    return touched == 0 and score < t["off_topic_relevance"] and not names_subject


def factual_concerns(reading: Reading, language: str) -> list[Concern]:
    found = []
    for place in reading.places:
        for item in misconceptions():
            if all(p.search(place.text) for p in item.all) and not any(p.search(place.text) for p in item.unless):
                if not any(c.note == item.note[language] for c in found):
                    found.append(Concern(item.note[language], place.text))
    return found
