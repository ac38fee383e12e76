"""What a checklist point asks for, as weighted needs an answer can meet.

A point is read by its structure before its words:
- "Kafka 선택의 대가: 오프셋 커밋 실패 뒤 중복 처리" / "the price of Kafka: duplicate processing":
  the part before the colon frames the point (a cost, a reason); the part after it is what an
  answer has to show. Frame words weigh as little as generic words.
- A list, "매출·비용·사용자 경험", "revenue, cost or user experience", "타임아웃·재시도·격리", is
  one need whose items are alternatives: two of them meet it in full, one meets half (the
  checklist writes aspects an answer picks from, not a conjunction of all).
- A parenthesised list, "(예: 클러스터, 샤딩, 레플리카)", "(memory, complexity, consistency)",
  gives examples: any one of them meets that need.
- Every other meaningful word is a need; two words that are synonyms of each other (병목,
  원인) are one need, so one word of the answer does not count twice.
Words the question itself is about (`asked`) weigh little: every answer repeats them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercoach.coach.feedback.morph import words_of
from careercoach.coach.feedback.reading import bigrams, term_keys
from careercoach.coach.feedback.rules import Rules, load_rules

FRAME = re.compile(r"^([^:：()\"]{2,60})[:：]\s+(\S.*)$")
PARENTHESES = re.compile(r"\((?:예|e\.g\.|eg|예를 들어|for example)?[:,.]?\s*([^)]*)\)", re.IGNORECASE)
DOT_LIST = re.compile(r"[^\s·]+(?:·[^\s·]+)+(?:\s+[가-힣A-Za-z]+)?")
COMMA_LIST = re.compile(
    r"(\w[\w'-]*), ((?:[\w'-]+ ?){1,3}?),? (?:and|or) ([\w'-]+(?: (?!that\b|which\b|to\b|for\b|in\b|on\b)[\w'-]+)?)",
    re.IGNORECASE,
)
BIGRAM_WEIGHT = 0.7  # two checklist words side by side in the answer: a phrase, not a coincidence
LIST_CAP = 2  # items of a list that meet it in full


@dataclass(frozen=True)
class Need:
    keys: frozenset[str]
    weight: float
    bonus: bool = False  # counts when met, never against the answer when not
    items: tuple[frozenset[str], ...] = ()  # a list: each item is met by its own keys

    def credit(self, found: set[str]) -> float:
        """The weight this need earns from a place's keys."""
        if not self.items:
            return self.weight if self.keys & found else 0.0
        met = sum(1 for item in self.items if item & found)
        return self.weight * min(met, LIST_CAP) / min(len(self.items), LIST_CAP)


def split_frame(point: str) -> tuple[str, str]:
    """("Kafka 선택의 대가", "중복 처리") for a framed point, ("", point) otherwise."""
    match = FRAME.match(point.strip())
    return (match.group(1), match.group(2)) if match else ("", point)


def _item_keys(text: str, rules: Rules) -> frozenset[str]:
    """An item is met by a synonym of the item as a whole ("사용자 경험" = UX) or by one of its
    specific words; generic and filler words meet it only when it has nothing else."""
    words = words_of(text)
    forms = {form for w in words for form in w.forms}
    keys = {group for terms, group in rules.phrases if terms <= forms}
    specific = [w for w in words if rules.weight(w.form) == 1.0 and w.form not in rules.buzz]
    for word in specific or ([] if keys else words):
        keys |= _word_keys(word, rules)
    return frozenset(keys)


def _word_keys(word, rules: Rules) -> set[str]:
    keys: set[str] = set()
    for form in word.forms:
        if rules.weight(form) > 0:
            keys |= term_keys(form, rules)
    return keys or term_keys(word.form, rules)


def _word_weight(word, rules: Rules) -> float:
    """A compound weighs what its parts weigh when every part is a common word (요소별 = 요소)."""
    weight = rules.weight(word.form)
    if weight == 1.0 and word.parts:
        weight = max(rules.weight(part) for part in word.parts)
    return weight


def _lists(text: str, rules: Rules) -> tuple[list[Need], str]:
    """List needs of the text, and the text without them."""
    needs = []
    for pattern, group_count in ((DOT_LIST, 0), (COMMA_LIST, 3)):
        for match in pattern.finditer(text):
            parts = match.group(0).split("·") if not group_count else list(match.groups())
            items = tuple(keys for keys in (_item_keys(p, rules) for p in parts) if keys)
            if len(items) >= 2:
                needs.append(Need(frozenset().union(*items), float(min(len(items), LIST_CAP)), items=items))
        text = pattern.sub(" ", text)
    return needs, text


def _word_needs(text: str, rules: Rules, asked: frozenset[str], seen: set[str]) -> list[Need]:
    words = words_of(text)
    forms = {form for w in words for form in w.forms}
    phrase_groups = [(terms, group) for terms, group in rules.phrases if terms <= forms]
    needs = []
    for pair in bigrams([w.form for w in words if rules.weight(w.form) > 0 and w.form not in asked]):
        first, second = pair.split("+", 1)
        if "+" not in second and first != second:
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
    return needs


def _merge_synonyms(needs: list[Need]) -> list[Need]:
    """Word needs that share a synonym group are one need (병목 and 원인 are both ~1)."""
    merged: list[Need] = []
    for need in needs:
        groups = {k for k in need.keys if k.startswith("~")}
        twin = next(
            (
                i
                for i, m in enumerate(merged)
                if not (m.bonus or m.items or need.bonus or need.items) and groups & m.keys
            ),
            None,
        )
        if twin is None:
            merged.append(need)
        else:
            other = merged[twin]
            merged[twin] = Need(other.keys | need.keys, max(other.weight, need.weight))
    return merged


def point_needs(point: str, rules: Rules | None = None, asked: frozenset[str] = frozenset()) -> list[Need]:
    rules = rules or load_rules()
    generic = rules.thresholds["generic_weight"]
    frame, body = split_frame(point)
    needs: list[Need] = []
    examples = [m.group(1) for m in PARENTHESES.finditer(body)]
    body = PARENTHESES.sub(" ", body)
    lists, body = _lists(body, rules)
    needs += lists
    seen: set[str] = set()
    needs += _word_needs(body, rules, asked, seen)
    for need in _word_needs(frame, rules, asked, seen):
        needs.append(Need(need.keys, min(need.weight, generic), need.bonus))
    for group in examples:
        items = [k for k in (_item_keys(p, rules) for p in re.split(r",\s*|·", group)) if k]
        if items:
            needs.append(Need(frozenset().union(*items), 1.0))
    return _merge_synonyms(needs)
