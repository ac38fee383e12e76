"""Skills named in one line of a job posting, as groups of canonical keys.

A key is a catalog id (`kubernetes`) or the id of an entry in `data/posting_skills.yaml`
(`protobuf`, `payment-integration`). A group with more than one key means the posting takes any
one of them ("PostgreSQL 또는 MySQL", "Flink or Kafka Streams"). The same lookup serves the
resume side of a fit report, so a posting and a resume always agree on what a name means.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from careercoach.coach import catalog
from careercoach.coach.text import fold

DATA = Path(__file__).resolve().parent / "data"
_WORD = "a-z0-9가-힣"


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    ko: str
    kind: str  # technology, practice, soft
    patterns: tuple[str, ...]
    resume: tuple[str, ...]
    related: tuple[str, ...]
    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str


@dataclass
class Rules:
    skills: dict[str, Skill]
    by_form: dict[str, str]
    technology_pattern: re.Pattern
    config: dict


def _pattern(forms) -> re.Pattern:
    body = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<![{_WORD}])(?:{body})(?![a-z0-9])")


@functools.lru_cache(maxsize=1)
def rules() -> Rules:
    """The posting rules and extra skills, read once per process."""
    config = yaml.safe_load((DATA / "postings.yaml").read_text(encoding="utf-8")) or {}
    raw = yaml.safe_load((DATA / "posting_skills.yaml").read_text(encoding="utf-8")) or []
    skills, by_form, tech_forms = {}, {}, []
    for entry in raw:
        patterns = tuple(fold(p) for p in entry.get("patterns") or [])
        skill = Skill(
            id=entry["id"],
            name=entry["name"],
            ko=entry.get("ko") or entry["name"],
            kind=entry.get("kind", "practice"),
            patterns=patterns,
            resume=tuple(fold(p) for p in entry.get("resume") or patterns),
            related=tuple(entry.get("related") or ()),
            alternatives=tuple(entry.get("alternatives") or ()),
        )
        skills[skill.id] = skill
        for form in (fold(skill.name), fold(skill.id), *patterns):
            by_form.setdefault(form, skill.id)
        if skill.kind == "technology":
            tech_forms.extend(patterns)
    return Rules(skills, by_form, _pattern(tech_forms), config)


def skill_key(name: str) -> str:
    """The canonical key of any skill name: an extra skill, a catalog entry, else the folded name."""
    folded = fold(name)
    found = rules().by_form.get(folded)
    if found:
        return found
    tech = catalog.normalize_technology(name)
    return tech.id if tech else folded


def display_name(key: str, language: str = "en") -> str:
    skill = rules().skills.get(key)
    if skill:
        return skill.ko if language == "ko" else skill.name
    tech = catalog.technology(key)
    return tech.name if tech else key


def related_keys(key: str) -> set[str]:
    """Keys whose use counts as the nearest experience of `key` (catalog alternatives both ways)."""
    skill = rules().skills.get(key)
    if skill:
        return set(skill.related) | set(skill.alternatives)
    tech = catalog.technology(key)
    if not tech:
        return set()
    related = set(tech.alternatives)
    related |= {t.id for t in catalog.all_technologies() if key in t.alternatives}
    return related


def _catalog_mentions(text: str) -> list[Mention]:
    cat = catalog.load_catalog()
    found = []
    lowered = text.lower()
    if cat.text_pattern is not None and len(lowered) == len(text):
        for m in cat.text_pattern.finditer(lowered):
            found.append(Mention(m.start(1), m.end(1), cat.text_forms[m.group(1)].id))
    if cat.exact_pattern is not None:
        for m in cat.exact_pattern.finditer(text):
            tech = cat.exact_forms.get(m.group(1))
            if tech:
                found.append(Mention(m.start(1), m.end(1), tech.id))
    found.extend(_plural_mentions(text, cat))
    return found


def _plural_mentions(text: str, cat) -> list[Mention]:
    """ "VPCs", "Application Load Balancers": a plural names the same thing as its singular."""
    found = []
    for word in re.finditer(r"[A-Za-z][A-Za-z\-]+s\b", text):
        before = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, word.start() - 40) : word.start()])[-2:]
        singular = word.group(0)[:-1]
        for size in range(len(before), -1, -1):
            candidate = " ".join([*before[len(before) - size :], singular]).lower()
            tech = cat.text_forms.get(candidate)
            if tech:
                start = word.start() - (len(" ".join(before[len(before) - size :])) + 1 if size else 0)
                found.append(Mention(start, word.end(), tech.id))
                break
    return found


def mentions(text: str) -> list[Mention]:
    """Skills named in `text` (an NFKC-normalised line), left to right, overlaps resolved:
    an extra skill beats a catalog alias, a longer name beats a shorter one inside it."""
    text = unicodedata.normalize("NFKC", text or "")
    r = rules()
    own = (
        [Mention(m.start(), m.end(), r.by_form[m.group(0)]) for m in r.technology_pattern.finditer(text.lower())]
        if len(text.lower()) == len(text)
        else []
    )
    ranked = sorted(own, key=lambda m: m.start) + sorted(
        _catalog_mentions(text), key=lambda m: (m.start, -(m.end - m.start))
    )
    kept: list[Mention] = []
    for mention in ranked:
        if any(mention.start < k.end and k.start < mention.end for k in kept):
            continue
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def first_of_kind(text: str, kind: str) -> Skill | None:
    """The first extra skill of `kind` (in data order) whose words appear in `text`."""
    folded = fold(text)
    for skill in rules().skills.values():
        if skill.kind == kind and any(_contains(folded, p) for p in skill.patterns):
            return skill
    return None


@functools.lru_cache(maxsize=4096)
def _word_pattern(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}" + (r"(?![a-z0-9])" if phrase[-1:].isascii() else ""))


def _contains(folded: str, phrase: str) -> bool:
    if phrase not in folded:
        return False
    return bool(_word_pattern(phrase).search(folded))
