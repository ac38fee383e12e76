"""Each checklist point against the answer: covered, partial or missing, with the words that
cover it. A point is a weighted set of keys; a place in the answer covers it when it holds
enough of that weight and says something concrete there (a sentence that only names the topic,
"모니터링을 강화하겠습니다", covers nothing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercoach.coach.feedback.morph import terms_of, words_of
from careercoach.coach.feedback.reading import Place, Reading, bigrams, term_keys
from careercoach.coach.feedback.rules import Rules, load_rules

ENUMERATION = re.compile(r"[^\s·]+(?:·[^\s·]+)+")
EXAMPLES = re.compile(r"\((?:예|e\.g\.|eg|예를 들어|for example)?[:,]?\s*([^)]*)\)", re.IGNORECASE)


# A long point is met by its main words, not by every word: past this weight, more is not needed.
ENOUGH_WEIGHT = 3.5
BIGRAM_WEIGHT = 0.7  # two checklist words side by side in the answer: a phrase, not a coincidence


@dataclass(frozen=True)
class Need:
    keys: frozenset[str]
    weight: float
    bonus: bool = False  # counts when met, never against the answer when not


@dataclass
class PointResult:
    point: str
    status: str
    evidence: str
    score: float
    specifics: float


def _phrase_groups(words, rules: Rules) -> list[tuple[frozenset, str]]:
    """Multi-word synonyms the point says in full ("operational complexity"): each of their
    words also answers to the synonym group."""
    forms = {form for w in words for form in w.forms}
    return [(terms, group) for terms, group in rules.phrases if terms <= forms]


def _word_weight(word, rules: Rules) -> float:
    """A compound weighs what its parts weigh when every part is a common word (요소별 = 요소)."""
    weight = rules.weight(word.form)
    if weight == 1.0 and word.parts:
        weight = max(rules.weight(part) for part in word.parts)
    return weight


def _word_keys(word, rules: Rules) -> set[str]:
    keys: set[str] = set()
    for form in word.forms:
        if rules.weight(form) > 0:
            keys |= term_keys(form, rules)
    return keys or term_keys(word.form, rules)


def point_needs(point: str, rules: Rules | None = None, asked: frozenset[str] = frozenset()) -> list[Need]:
    """What a point asks for: one need per meaningful word; a parenthesised list of examples
    "(예: 클러스터, 샤딩, 레플리카)" is one need that any of them meets. Words the question
    itself uses (`asked`: its subject, "Kafka", "Redis") weigh little: every answer repeats them."""
    rules = rules or load_rules()
    needs: list[Need] = []
    examples = EXAMPLES.search(point)
    main = EXAMPLES.sub(" ", point) if examples else point
    for items in ENUMERATION.findall(main):
        for item in items.split("·"):  # "타임아웃·재시도·격리": each item is asked for
            keys = set()
            for word in words_of(item):
                keys |= _word_keys(word, rules)
            if keys:
                needs.append(Need(frozenset(keys), 1.0))
    main = ENUMERATION.sub(" ", main)
    seen: set[str] = set()
    words = words_of(main)
    phrase_groups = _phrase_groups(words, rules)
    for pair in bigrams([w.form for w in words if rules.weight(w.form) > 0 and w.form not in asked]):
        if "+" in pair and pair.count("+") == 1 and pair.split("+")[0] != pair.split("+")[1]:
            needs.append(Need(frozenset({pair}), BIGRAM_WEIGHT, bonus=True))
    for word in words:
        weight = _word_weight(word, rules)
        if word.form in asked:
            weight = min(weight, rules.thresholds["generic_weight"])
        if weight == 0 or word.form in seen:
            continue
        seen.add(word.form)
        keys = _word_keys(word, rules) | {g for terms, g in phrase_groups if set(word.forms) & terms}
        needs.append(Need(frozenset(keys), weight))
    if examples:
        keys: set[str] = set()
        for term in terms_of(examples.group(1)):
            if rules.weight(term) > 0:
                keys |= term_keys(term, rules)
        if keys:
            needs.append(Need(frozenset(keys), 1.0))
    return needs


def _overlap(needs: list[Need], place: Place) -> float:
    total = min(sum(n.weight for n in needs if not n.bonus), ENOUGH_WEIGHT)
    if not total:
        return 0.0
    return min(1.0, sum(n.weight for n in needs if n.keys & place.keys) / total)


def _quote(text: str, limit: int) -> str:
    """A verbatim prefix of the sentence, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > limit // 2 else cut


def judge_point(point: str, reading: Reading, asked: frozenset[str] = frozenset()) -> PointResult:
    rules = load_rules()
    t = rules.thresholds
    needs = point_needs(point, rules, asked)
    best, best_score = None, 0.0
    for place in reading.places:
        score = _overlap(needs, place)
        if score > best_score or (best is not None and score == best_score and place.specifics > best.specifics):
            best, best_score = place, score
    if best_score < t["covered_overlap"]:
        for place in reading.pairs:
            score = _overlap(needs, place)
            if score >= best_score + 0.15:
                best, best_score = place, score
    status = "missing"
    if best is not None:
        # The closer the words match, the less extra matter is needed to believe the match.
        slack = 2 * max(0.0, best_score - t["covered_overlap"])
        if best_score >= t["covered_overlap"] and best.specifics >= t["covered_specifics"] - slack:
            status = "covered"
        elif best_score >= t["partial_overlap"] and best.specifics >= t["partial_specifics"] - slack:
            status = "partial"
    evidence = _quote(best.text, int(t["evidence_chars"])) if best is not None and status != "missing" else ""
    return PointResult(point, status, evidence, round(best_score, 3), best.specifics if best else 0.0)
