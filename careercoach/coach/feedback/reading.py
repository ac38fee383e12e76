"""One reading of an answer: its sentences as sets of comparable keys, and what it shows
(numbers, tools, identifiers, who did the work, filler words, refusals, text aimed at a grader).

A key is a term (morpheme or stem), a synonym group (`~12`), a technology from the catalog
(`tech:kubernetes`, so 쿠버네티스 = k8s = Kubernetes) or an evidence class (`@number`, `@tool`,
`@period`) that a checklist word such as "수치" or "tool" asks for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercoach.coach.catalog import find_technologies, normalize_technology
from careercoach.coach.feedback.morph import Sentence, analyse, terms_of, words_of
from careercoach.coach.feedback.rules import Rules, load_rules
from careercoach.coach.feedback.subject import claim_terms, question_areas
from careercoach.coach.text import numbers_in

IDENTIFIER = re.compile(r"\b[a-z]+[A-Z]\w*|\b[A-Za-z]\w*_\w+|\b[A-Za-z]\w*\.[A-Za-z]\w*|\b\w+\(\)|\$\w+|\b[A-Z]{3,}\b")
MONEY = re.compile(
    r"[$₩€£]\s?\d|\d[\d,.]*\s*(?:백만|천만|[만억천]|[kKM])?\s*(?:원(?!인|칙|리|래|본|소|형|격|활)|달러|(?:dollars?|won|usd|krw|eur)\b)",
    re.IGNORECASE,
)
PERIOD = re.compile(
    r"\d+\s*(?:일|주|달|개월|년|days?|weeks?|months?|quarters?)|한\s*달|두\s*달|주간|전후|"
    r"배포\s*(?:전|후)|\b(?:before|after)\b|last\s+(?:month|week|quarter)|분기",
    re.IGNORECASE,
)


@dataclass
class Place:
    """A sentence, or two neighbouring sentences, of the answer."""

    text: str
    keys: set[str]
    specifics: float
    dismissal: bool = False  # says the thing was not needed: it names a point without meeting it


@dataclass
class Reading:
    text: str
    places: list[Place]
    pairs: list[Place]
    injection: bool = False
    numbers: list[str] = field(default_factory=list)
    technologies: list[str] = field(default_factory=list)
    technology_ids: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    first_person: int = 0
    team: int = 0
    buzz: list[str] = field(default_factory=list)
    content_terms: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)


def term_keys(term: str, rules: Rules) -> set[str]:
    keys = {term, *rules.groups.get(term, ())}
    if term in rules.classes:
        keys.add("@" + rules.classes[term])
    tech = normalize_technology(term) if len(term) >= 2 else None
    if tech is not None:
        keys.add("tech:" + tech.id)
    return keys


def bigrams(forms: list[str]) -> set[str]:
    """Neighbouring content words ("나누다+기준"): a phrase of the checklist said in the answer."""
    return {f"{a}+{b}" for a, b in zip(forms, forms[1:], strict=False)} | {
        f"{a}+{c}" for a, c in zip(forms, forms[2:], strict=False)
    }


def text_keys(text: str, terms: list[str], rules: Rules, words=None, known: str = "") -> set[str]:
    """The keys of a sentence. A number the question already states (`known`) is no evidence of
    a measurement; an amount of money is evidence of a cost or revenue."""
    keys: set[str] = set()
    if words is not None:
        keys |= bigrams([w.form for w in words if rules.weight(w.form) > 0])
    for term in terms:
        keys |= term_keys(term, rules)
    present = set(terms)
    for phrase, group_id in rules.phrases:
        if phrase <= present:
            keys.add(group_id)
    techs = find_technologies(text)
    keys.update("tech:" + t.id for t in techs)
    if any(n not in known for n in numbers_in(text)):
        keys.add("@number")
    if MONEY.search(text):
        keys.add("@money")
    if techs or IDENTIFIER.search(text):
        keys.add("@tool")
    if PERIOD.search(text):
        keys.add("@period")
    if rules.first_person.search(text):
        keys.add("@self")
    return keys


def _specifics(text: str, terms: list[str], question: QuestionWords, rules: Rules) -> float:
    """How much concrete matter a sentence carries beyond the question's own words and numbers;
    filler words ("다양한", "effectively") take some of it back."""
    count = len([n for n in numbers_in(text) if n not in question.text])
    count += len(set(IDENTIFIER.findall(text)))
    count += len({t.id for t in find_technologies(text) if t.id not in question.technologies})
    novel = {t for t in terms if rules.weight(t) == 1.0 and t not in question.asked and t not in rules.buzz}
    filler = sum(1 for t in terms if t in rules.buzz)
    return max(0.0, count + len(novel) / 3 - filler)


@dataclass
class QuestionWords:
    """What the question (with its checklist) already says: repeating it is not evidence."""

    text: str
    terms: set[str]
    technologies: set[str]
    asked: list[str] = field(default_factory=list)  # the question sentence's own terms
    subject: frozenset[str] = frozenset()  # its topic and technologies: what every answer names
    asked_keys: frozenset[str] = frozenset()  # keys of the question sentence: what it explicitly asks
    areas: frozenset[str] = frozenset()  # skill areas it names (subject.py)
    claim: frozenset[str] = frozenset()  # words of the resume claim it quotes


def question_words(question: dict) -> QuestionWords:
    asked_text = str(question.get("question") or "")
    points = [str(p) for p in question.get("what_good_answers_cover") or []]
    text = " ".join([asked_text, str(question.get("topic") or ""), *points])
    terms = set(terms_of(text))
    asked = list(dict.fromkeys(terms_of(asked_text + " " + str(question.get("topic") or ""))))
    techs = find_technologies(asked_text + " " + str(question.get("topic") or ""))
    subject = set(terms_of(str(question.get("topic") or "")))
    for tech in techs:
        subject |= set(terms_of(tech.name)) | {a for a in tech.aliases if " " not in a}
    asked_words = words_of(asked_text + " " + str(question.get("topic") or ""))
    asked_keys = text_keys(asked_text, [f for w in asked_words for f in w.forms], load_rules(), asked_words)
    asked_line = asked_text + " " + str(question.get("topic") or "")
    return QuestionWords(
        text,
        terms,
        {t.id for t in find_technologies(text)},
        asked,
        frozenset(subject),
        frozenset(asked_keys),
        question_areas(asked_line),
        claim_terms(asked_text),
    )


def read_answer(text: str, question: QuestionWords) -> Reading:
    rules = load_rules()
    kept: list[Sentence] = []
    injection = False
    for sentence in analyse(text):
        if rules.injection.search(sentence.text):
            injection = True  # the sentence is data aimed at the grader: it earns nothing
            continue
        kept.append(sentence)
    own = [_specifics(s.text, s.terms, question, rules) for s in kept]
    # A point is often named in one sentence and shown in the next ("기준은 X였어요. 버튼은 …").
    dismissed = [bool(rules.dismissal.search(s.text)) for s in kept]
    places = [
        Place(
            s.text,
            text_keys(s.text, s.terms, rules, s.words, question.text),
            own[i] + (own[i + 1] / 2 if i + 1 < len(own) else 0),
            dismissed[i],
        )
        for i, s in enumerate(kept)
    ]
    pairs = []
    for i, (first, second) in enumerate(zip(kept, kept[1:], strict=False)):
        joined, terms = f"{first.text} {second.text}", first.terms + second.terms
        keys = text_keys(joined, terms, rules, first.words, question.text) | text_keys(
            joined, [], rules, second.words, question.text
        )
        pairs.append(Place(joined, keys, own[i] + own[i + 1], dismissed[i] or dismissed[i + 1]))
    clean = " ".join(s.text for s in kept)
    techs = find_technologies(clean)
    all_terms = [t for s in kept for t in s.terms]
    return Reading(
        text=clean,
        places=places,
        pairs=pairs,
        injection=injection,
        numbers=numbers_in(clean),
        technologies=[t.name for t in techs],
        technology_ids=[t.id for t in techs],
        identifiers=sorted(set(IDENTIFIER.findall(clean))),
        first_person=len(rules.first_person.findall(clean)),
        team=len(rules.team.findall(clean)),
        buzz=[t for t in all_terms if t in rules.buzz],
        content_terms={t for t in all_terms if rules.weight(t) > 0},
        keys=set().union(*(p.keys for p in places)) if places else set(),
    )
