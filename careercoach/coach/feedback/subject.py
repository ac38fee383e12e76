"""What a question is about and whether an answer stays on it, at the level of skill areas.

Sharing few of the question's words is no evidence of a different subject: "We used Redis" says
nothing of "cache", yet Redis is a cache. A technology belongs to the skill areas its catalog
category proves (areas.yaml `tech_categories`: a cache proves caching, a broker messaging); an
answer naming one that belongs to an area the question names, or repeating words of the claim
the question quotes, is on the question's subject, however vague it is.
"""

from __future__ import annotations

import re

from careercoach.coach.catalog import find_technologies
from careercoach.coach.feedback.morph import terms_of
from careercoach.coach.feedback.rules import load_rules
from careercoach.coach.knowledge import areas_in, areas_mentioned, load_knowledge
from careercoach.coach.text import fold

CLAIM_WORDS = 2
QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{8,200})[\"”'’]")


def category_areas(techs) -> frozenset[str]:
    """Areas the technologies' categories prove (only these: a technology's looser `areas`
    list is a hint, and Redis hinting at performance would put it on every latency question)."""
    areas = load_knowledge().areas.values()
    return frozenset(a.id for a in areas for t in techs if t.category in a.tech_categories)


def question_areas(asked_text: str) -> frozenset[str]:
    """The areas the question sentence and its topic name, and those of its technologies."""
    return areas_mentioned(fold(asked_text)) | category_areas(find_technologies(asked_text))


def claim_terms(asked_text: str) -> frozenset[str]:
    """Meaningful words of the resume claim the question quotes ("cut p95 latency ...")."""
    rules = load_rules()
    quoted = " ".join(QUOTED.findall(asked_text))
    return frozenset(t for t in terms_of(quoted) if rules.weight(t) == 1.0 and not t.isdigit())


def names_subject(answer_techs, question) -> bool:
    """One of the answer's technologies is the question's or proves an area the question names."""
    if {t.id for t in answer_techs} & question.technologies:
        return True
    return bool(category_areas(answer_techs) & question.areas)


def refers_to_question(answer_text: str, question) -> bool:
    """The answer names an area the question names ("캐시" for a caching question asked in
    English) or words of the claim the question quotes: two of them, since one common word
    ("상품", "latency") is shared by chance as often as not."""
    if areas_in(fold(answer_text)) & question.areas:
        return True
    return len(question.claim & set(terms_of(answer_text))) >= CLAIM_WORDS
