"""Numbers in resume lines, kept whole ("4시간 10분", "2h 30m", "3억 원", "1.2k", "10~20ms"),
before/after pairs, and the kind of each quantity (data/quantities.yaml): which question
types may build on it."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent / "data" / "quantities.yaml"

_NUM = r"\d[\d,]*(?:\.\d+)?"
# Compound values first: a regex alternation takes the first branch that matches.
_COMPOUND = (
    rf"{_NUM}\s*(?:시간|h|hrs?|hours?)\s*{_NUM}\s*(?:분|m|mins?|minutes?)(?:\s*{_NUM}\s*(?:초|s|secs?|seconds?))?(?![A-Za-z])"
    rf"|{_NUM}\s*(?:분|m|mins?|minutes?)\s*{_NUM}\s*(?:초|s|secs?|seconds?)(?![A-Za-z])"
    rf"|{_NUM}\s?억(?:\s?{_NUM}\s?(?:천만|백만|천|백|만))?(?:\s?원)?"
    rf"|{_NUM}\s?(?:천만|백만|만|천)\s?원"
)
_UNIT = (
    r"%p|%|만\s?건|천\s?건|ms|초|분|시간|일|주|개월|배|건|회|명|개|곳|원|달러|만|천|억|"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|GB|MB|KB|TB|rps|qps|tps|"
    r"events/sec|req/s|k|K|M|B|x|s|h|m)(?![A-Za-z])"
)
# A unit the lists above lack (182,000 gas, 3.2mA, 60 fps) is a short word right after the number.
METRIC_VALUE = rf"~?\$?(?:{_COMPOUND}|{_NUM}(?:\s?[~–]\s?{_NUM})?\s*(?:{_UNIT}|[A-Za-z]{{1,5}}(?![A-Za-z]))?)"
_METRIC_PAIRS = [
    re.compile(rf"({METRIC_VALUE})\s*에서\s*({METRIC_VALUE}?)(?:\s*(?:이하|이상|미만|수준))?\s*(?:으로|로)(?![가-힣])"),
    re.compile(rf"\bfrom\s+(?:about\s+|~)?({METRIC_VALUE})\s+to\s+(?:about\s+|~|under\s+)?({METRIC_VALUE})"),
    re.compile(rf"({METRIC_VALUE})\s*(?:->|→|=>)\s*({METRIC_VALUE})"),
]
_NUMBER = re.compile(
    rf"(?<![\w.])(?:{_COMPOUND}|\$?{_NUM}(?:\s?[~–]\s?{_NUM})?\s*(?:%p|%|ms|초|분|시간|일|주|개월|배|건|회|명|개|곳|만|천|억|원|"
    r"GB|MB|KB|TB|[kKMBm]\b|x\b|events/sec|rps|tps|qps|req/s|/sec|/s|seconds|minutes|hours|days|weeks|"
    r"months|times|users|engineers|services|teams|tests|rows|records)?)"
)


def numbers_in(text: str) -> list[str]:
    """Quantities written in the text (120회, 3.2초, 4시간 10분, 40k events/sec, 28%), in order."""
    found = []
    for match in _NUMBER.finditer(text or ""):
        token = match.group(0).strip()
        if re.fullmatch(r"(19|20)\d\d", token):
            continue  # a year, not a measurement
        if token not in found:
            found.append(token)
    return found


def metric_pairs(text: str) -> list[tuple[str, str]]:
    """Before/after measurements written in the text: ("120회", "6회"), ("4시간 10분", "52분")."""
    return [(before, after) for before, after, _, _ in pair_spans(text)]


def pair_spans(text: str) -> list[tuple[str, str, int, int]]:
    """(before, after, start, end) of every before/after pair, in order of appearance."""
    found: list[tuple[str, str, int, int]] = []
    for pattern in _METRIC_PAIRS:
        for match in pattern.finditer(text or ""):
            before, after = match.group(1).strip(), match.group(2).strip()
            if before and after and all((before, after) != (b, a) for b, a, _, _ in found):
                found.append((before, after, match.start(), match.end()))
    return sorted(found, key=lambda item: item[2])


def number_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NUMBER.finditer(text or "")]


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    with open(_DATA, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@functools.lru_cache(maxsize=4096)
def kind_of(value: str, context: str = "") -> str:
    """money, rate, throughput, size, latency, duration or count."""
    folded = value.strip().lower()
    table = _table()
    for kind, entry in table["kinds"].items():
        words = [w.lower() for w in entry.get("context") or []]
        if any(w in context.lower() for w in words) and kind == "throughput":
            return kind
        if any(folded.endswith(unit) or (unit == "$" and "$" in folded) for unit in entry.get("units") or []):
            if kind == "duration" and any(w in context.lower() for w in table["latency_context"]):
                return "latency"
            return kind
    return "count"


def accepts(qtype: str) -> list[str]:
    return list(_table()["accepts"].get(qtype) or [])


def measures(achievement, qtype: str) -> bool:
    """Whether the line holds a quantity this question type may build on."""
    wanted = accepts(qtype)
    text = achievement.text
    values = [after for _, after in achievement.pairs] + list(achievement.numbers)
    for value in values:
        at = text.find(value)
        if kind_of(value, text[max(0, at - 24) : at] if at > 0 else "") in wanted and re.search(r"\D", value):
            return True
    return False
