"""The evaluator's rules, read from data/rules.yaml once per process and normalised through
the same analyzer as answers, so a rule written "측정하다" also matches "측정했고"."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from careercoach.coach.feedback.morph import words_of

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Rules:
    stop: frozenset[str]
    generic: frozenset[str]
    buzz: frozenset[str]
    classes: dict[str, str]  # term -> evidence class (number, tool, period)
    groups: dict[str, frozenset[str]]  # term -> synonym group ids
    phrases: tuple[tuple[frozenset[str], str], ...]  # multi-word synonym -> group id
    first_person: re.Pattern
    team: re.Pattern
    dont_know: re.Pattern
    injection: re.Pattern
    dismissal: re.Pattern
    thresholds: dict[str, float]

    def weight(self, term: str) -> float:
        if term in self.stop:
            return 0.0
        if term in self.generic:
            return self.thresholds["generic_weight"]
        return 1.0


def _terms(words: list) -> set[str]:
    found: set[str] = set()
    for word in words or []:
        found.update(w.form for w in words_of(str(word)))
    return found


def _both(section: dict) -> list:
    return list(section.get("ko") or []) + list(section.get("en") or [])


def _synonyms(raw: list) -> tuple[dict, tuple]:
    groups: dict[str, set[str]] = {}
    phrases = []
    for index, group in enumerate(raw or []):
        group_id = f"~{index}"
        for entry in group:
            words = words_of(str(entry))
            if len(words) == 1:
                groups.setdefault(words[0].form, set()).add(group_id)
            elif words:
                phrases.append((frozenset(w.form for w in words), group_id))
    return {t: frozenset(g) for t, g in groups.items()}, tuple(phrases)


@functools.lru_cache(maxsize=1)
def load_rules() -> Rules:
    raw = yaml.safe_load((DATA_DIR / "rules.yaml").read_text(encoding="utf-8"))
    stop = _terms(_both(raw["stop"]))
    classes = {}
    for name, words in (raw.get("classes") or {}).items():
        for word in words or []:
            found = words_of(str(word))
            if len(found) == 1:  # "비교 기간" as a whole asks for a period; "비교" alone does not
                classes[found[0].form] = name
    groups, phrases = _synonyms(raw.get("synonyms"))
    flags = re.IGNORECASE
    return Rules(
        stop=frozenset(stop),
        generic=frozenset(_terms(_both(raw["generic"])) - stop),
        buzz=frozenset(_terms(_both(raw["buzz"])) - stop),
        classes=classes,
        groups=groups,
        phrases=phrases,
        first_person=re.compile(raw["ownership"]["first_person"], flags),
        team=re.compile(raw["ownership"]["team"], flags),
        dont_know=re.compile(raw["dont_know"], flags),
        injection=re.compile(raw["injection"], flags),
        dismissal=re.compile(raw["dismissal"], flags),
        thresholds={k: float(v) for k, v in raw["thresholds"].items()},
    )
