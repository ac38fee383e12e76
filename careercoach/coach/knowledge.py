"""Skill areas and role families (areas.yaml, roles.yaml), loaded once with matchers compiled."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import yaml

from careercoach.coach.catalog import DATA_DIR, SafeLoader

AREA_IDS = (
    "testing",
    "ci_cd",
    "monitoring",
    "security",
    "cloud",
    "containers",
    "kubernetes",
    "iac",
    "database_design",
    "database_optimization",
    "caching",
    "messaging",
    "streaming",
    "distributed_systems",
    "api_design",
    "performance",
    "accessibility",
    "frontend_architecture",
    "mobile_architecture",
    "data_quality",
    "data_pipelines",
    "ml_ops",
    "concurrency",
    "system_design",
    "business_domain",
    "leadership",
    "programming_fundamentals",
    "cost_optimization",
    "networking",
)
ROLE_IDS = (
    "backend",
    "frontend",
    "ios",
    "android",
    "mobile_cross",
    "data_engineering",
    "data_analysis",
    "ml",
    "devops",
    "fullstack",
    "game",
    "systems",
    "security",
    "embedded",
    "qa",
)
BANDS = ("junior", "mid", "senior")
TIERS = ("core", "important", "plus")


def phrase_pattern(phrases: list[str]) -> re.Pattern | None:
    """One regex for a list of phrases: whole words (plurals allowed) for ASCII, substrings for Hangul."""
    parts = []
    for phrase in phrases:
        if not isinstance(phrase, str) or not phrase.strip():
            continue
        if phrase.startswith("re:"):
            parts.append(phrase[3:])
            continue
        text = phrase.strip().lower()
        body = re.escape(text).replace(r"\ ", r"\s+")
        if text[0].isascii() and text[0].isalnum():
            body = r"(?<![a-z0-9])" + body
        if text[-1].isascii() and text[-1].isalnum():
            body += r"(?:s|es|ed|d|ing)?(?![a-z0-9])"
        parts.append(body)
    if not parts:
        return None
    return re.compile("|".join(f"(?:{p})" for p in parts))


@dataclass(frozen=True)
class Area:
    id: str
    name: dict
    why: dict
    meaning: dict
    resources: dict
    links: tuple[tuple[str, tuple[str, ...]], ...]
    tech_categories: tuple[str, ...]
    next: str = ""
    short: dict = field(default_factory=dict, compare=False, hash=False)
    role_resources: dict = field(default_factory=dict, compare=False, hash=False)
    phrases: tuple = ()
    excludes: tuple = ()
    # Looser words that show the person has at least touched the area ("테스트", "deploy"): never
    # enough to demonstrate it, enough that saying "no experience at all" would be wrong.
    mentions: tuple = ()
    role_why: dict = field(default_factory=dict, compare=False, hash=False)

    def why_for(self, role: str, language: str) -> str:
        """Why the area matters, said the way it matters to this role when the data has that."""
        entry = self.role_why.get(role) or {}
        return entry.get(language) or self.why.get(language, "")

    def label(self, language: str) -> str:
        return self.name.get(language) or self.name.get("en") or self.id

    def short_label(self, language: str) -> str:
        return self.short.get(language) or self.label(language)

    def resources_for(self, role: str, language: str) -> list[str]:
        """Study topics for this role family, else the general ones."""
        specific = self.role_resources.get(role) or {}
        return list(specific.get(language) or self.resources.get(language) or [])

    def meaning_for(self, role: str, language: str) -> str:
        entry = self.meaning.get(role) or self.meaning.get("default") or {}
        return entry.get(language) or entry.get("en") or ""

    def link_for(self, role: str) -> str:
        for url, roles in self.links:
            if role in roles:
                return url
        for url, roles in self.links:
            if not roles:
                return url
        return self.links[0][0] if self.links else ""


@dataclass(frozen=True)
class RoleFamily:
    id: str
    name: dict
    titles: re.Pattern | None
    expects: dict  # band -> tier -> tuple of area ids

    def label(self, language: str) -> str:
        return self.name.get(language) or self.name.get("en") or self.id

    def tiers(self, band: str) -> dict:
        return self.expects.get(band) or self.expects.get("default") or next(iter(self.expects.values()), {})

    def ranked(self, band: str) -> list[tuple[str, str]]:
        """(area id, tier) pairs, most important first."""
        tiers = self.tiers(band)
        return [(area, tier) for tier in TIERS for area in tiers.get(tier, ())]


@dataclass(frozen=True)
class Knowledge:
    areas: dict
    roles: dict
    shared_titles: tuple
    core_first_without_work: tuple
    fallback_family: str
    matcher: AreaMatcher | None = None
    mention_matcher: AreaMatcher | None = None


class AreaMatcher:
    """Finds every skill area named in a text in a few regex passes instead of one per area.

    All plain phrases of all areas go into trie-shaped alternations; a longer phrase wins over
    the shorter ones inside it, which is also how exclusions work ("a/b test" is business, and
    its "test" is not software testing). Phrases written as "re:" patterns are checked apart.
    """

    def __init__(self, areas: dict, loose: bool = False):
        from careercoach.coach.catalog import _trie_pattern

        owners: dict[str, set[str]] = {}
        self.patterns: list[tuple[re.Pattern, str]] = []
        for area in areas.values():
            for phrase in area.phrases + (area.mentions if loose else ()):
                if phrase.startswith("re:"):
                    self.patterns.append((re.compile(phrase[3:]), area.id))
                else:
                    owners.setdefault(" ".join(phrase.lower().split()), set()).add(area.id)
            for phrase in area.excludes:
                owners.setdefault(" ".join(phrase.lower().split()), set())
        self.owners = owners
        self._cache: dict[str, frozenset] = {}
        ascii_both, ascii_start, other = [], [], []
        for phrase in owners:
            starts = phrase[0].isascii() and phrase[0].isalnum()
            ends = phrase[-1].isascii() and phrase[-1].isalnum()
            (ascii_both if starts and ends else ascii_start if starts else other).append(phrase)
        self.passes = []
        if ascii_both:
            self.passes.append(
                re.compile(r"(?<![a-z0-9])(" + _trie_pattern(sorted(ascii_both)) + r")(?:s|es|ed|d|ing)?(?![a-z0-9])")
            )
        if ascii_start:
            self.passes.append(re.compile(r"(?<![a-z0-9])(" + _trie_pattern(sorted(ascii_start)) + r")"))
        if other:
            self.passes.append(re.compile("(" + _trie_pattern(sorted(other)) + ")"))

    def areas_in(self, folded_text: str) -> frozenset:
        if not folded_text:
            return frozenset()
        cached = self._cache.get(folded_text)
        if cached is None:
            cached = self._find(folded_text)
            if len(self._cache) >= 8192:
                self._cache.clear()
            self._cache[folded_text] = cached
        return cached

    def _find(self, folded_text: str) -> frozenset:
        found: set[str] = set()
        for pattern in self.passes:
            for match in pattern.finditer(folded_text):
                found |= self.owners.get(" ".join(match.group(1).split()), set())
        for pattern, area_id in self.patterns:
            if area_id not in found and pattern.search(folded_text):
                found.add(area_id)
        return frozenset(found)


def _load_yaml(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.load(handle.read(), Loader=SafeLoader)


def _area(raw: dict) -> Area:
    phrases = raw.get("phrases") or {}
    excludes = raw.get("exclude") or {}
    mentions = raw.get("mentions") or {}
    links = []
    for link in raw.get("links") or []:
        if isinstance(link, str):
            links.append((link, ()))
        elif isinstance(link, dict) and link.get("url"):
            links.append((str(link["url"]), tuple(link.get("roles") or ())))
    return Area(
        id=raw["id"],
        name=raw.get("name") or {},
        why=raw.get("why") or {},
        meaning=raw.get("meaning") or {},
        resources=raw.get("resources") or {},
        links=tuple(links),
        tech_categories=tuple(raw.get("tech_categories") or ()),
        next=raw.get("next") or "",
        short=raw.get("short") or {},
        role_resources={
            role: lists
            for key, lists in (raw.get("role_resources") or {}).items()
            for role in str(key).replace(",", " ").split()
            if isinstance(lists, dict)
        },
        role_why={
            role: text
            for key, text in (raw.get("role_why") or {}).items()
            for role in str(key).replace(",", " ").split()
            if isinstance(text, dict)
        },
        phrases=tuple(str(p) for p in [*(phrases.get("en") or []), *(phrases.get("ko") or [])] if str(p).strip()),
        excludes=tuple(str(p) for p in [*(excludes.get("en") or []), *(excludes.get("ko") or [])] if str(p).strip()),
        mentions=tuple(str(p) for p in [*(mentions.get("en") or []), *(mentions.get("ko") or [])] if str(p).strip()),
    )


def _role(role_id: str, raw: dict) -> RoleFamily:
    expects = {}
    for band, tiers in (raw.get("expects") or {}).items():
        expects[band] = {tier: tuple(tiers.get(tier) or ()) for tier in TIERS}
    return RoleFamily(
        id=role_id, name=raw.get("name") or {}, titles=phrase_pattern(raw.get("titles") or []), expects=expects
    )


@functools.lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    areas = {raw["id"]: _area(raw) for raw in _load_yaml("areas.yaml") or [] if isinstance(raw, dict) and raw.get("id")}
    roles_raw = _load_yaml("roles.yaml") or {}
    roles = {rid: _role(rid, raw) for rid, raw in (roles_raw.get("families") or {}).items()}
    shared = tuple(
        (phrase_pattern(entry.get("words") or []), tuple(entry.get("families") or ()))
        for entry in roles_raw.get("shared_titles") or []
    )
    core_first = tuple((roles_raw.get("no_work_experience") or {}).get("core_first") or ())
    return Knowledge(
        areas=areas,
        roles=roles,
        shared_titles=shared,
        core_first_without_work=core_first,
        fallback_family=roles_raw.get("fallback_family") or "backend",
        matcher=AreaMatcher(areas),
        mention_matcher=AreaMatcher(areas, loose=True),
    )


def areas_in(folded_text: str) -> frozenset:
    """Ids of the skill areas whose phrases appear in an already folded (lower-cased) text."""
    return load_knowledge().matcher.areas_in(folded_text)


def areas_mentioned(folded_text: str) -> frozenset:
    """Areas a folded text names even loosely ("테스트 12개", "deployed"): phrases and mentions."""
    return load_knowledge().mention_matcher.areas_in(folded_text)


def area(area_id: str) -> Area | None:
    return load_knowledge().areas.get(area_id)


def role(role_id: str) -> RoleFamily | None:
    return load_knowledge().roles.get(role_id)
