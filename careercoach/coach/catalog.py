"""The technology catalog: loading, name normalization and mentions in free text.

The catalog is read once per process and every lookup structure is built at load time, so
normalizing a name or scanning an achievement line costs a dict lookup or one regex pass.
Loading is lenient (a malformed entry is skipped with a warning) because a half-edited data
file must not take the product down; `validation.catalog_problems` is the strict check.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careercoach.coach.tech_names import AMBIGUOUS_WORDS, LIST_ONLY, name_forms
from careercoach.coach.text import fold

logger = logging.getLogger(__name__)
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA_DIR = Path(__file__).resolve().parent / "data"
TECH_DIR = DATA_DIR / "technologies"
LANGUAGES = ("en", "ko")
LIST_FIELDS = ("concepts", "failure_modes", "scaling", "testing", "advanced")


def _truncated(item: str) -> bool:
    """An item cut short in its file (an unquoted '#' starts a YAML comment): 'X with @Test and'."""
    return bool(re.search(r"\s(and|or|with|of|for|the|a|to|및|과|와)$", item.strip()))


@dataclass(frozen=True)
class Technology:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    docs: str = ""
    concepts: dict = field(default_factory=dict, hash=False, compare=False)
    failure_modes: dict = field(default_factory=dict, hash=False, compare=False)
    scaling: dict = field(default_factory=dict, hash=False, compare=False)
    testing: dict = field(default_factory=dict, hash=False, compare=False)
    advanced: dict = field(default_factory=dict, hash=False, compare=False)
    alternatives: tuple[str, ...] = ()
    source: str = ""

    def items(self, kind: str, language: str) -> list[str]:
        """Concepts, failure modes, ... in one language, falling back to the other one."""
        values = getattr(self, kind, None) or {}
        found = values.get(language) or values.get("en" if language == "ko" else "ko") or []
        return [item for item in found if isinstance(item, str) and item.strip() and not _truncated(item)]


@dataclass
class Catalog:
    technologies: dict[str, Technology]
    by_key: dict[str, Technology]
    by_compact: dict[str, Technology]
    text_pattern: re.Pattern | None
    text_forms: dict[str, Technology]
    exact_pattern: re.Pattern | None
    exact_forms: dict[str, Technology]
    load_errors: list[str]

    def get(self, tech_id: str) -> Technology | None:
        return self.technologies.get(tech_id)


def _key(name: str) -> str:
    return fold(name).strip(" .,;:")


def _compact(name: str) -> str:
    return re.sub(r"[\s.\-_/]+", "", _key(name))


def _lang_lists(raw: object) -> dict:
    if not isinstance(raw, dict):
        return {}
    return {
        lang: tuple(str(v).strip() for v in (raw.get(lang) or []) if isinstance(v, (str, int, float)))
        for lang in LANGUAGES
    }


def _to_technology(entry: dict, source: str) -> Technology:
    def strings(value: object) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        return tuple(str(v).strip() for v in (value or []) if isinstance(v, (str, int, float)) and str(v).strip())

    return Technology(
        id=str(entry["id"]).strip(),
        name=str(entry["name"]).strip(),
        category=str(entry.get("category") or "tool").strip(),
        aliases=tuple(a.lower() for a in strings(entry.get("aliases"))),
        roles=strings(entry.get("roles")),
        areas=strings(entry.get("areas")),
        docs=str(entry.get("docs") or "").strip(),
        concepts=_lang_lists(entry.get("concepts")),
        failure_modes=_lang_lists(entry.get("failure_modes")),
        scaling=_lang_lists(entry.get("scaling")),
        testing=_lang_lists(entry.get("testing")),
        advanced=_lang_lists(entry.get("advanced")),
        alternatives=strings(entry.get("alternatives")),
        source=source,
    )


def read_entries(tech_dir: Path = TECH_DIR) -> tuple[list[tuple[str, dict]], list[str]]:
    """Every raw entry of every technology file as (file name, entry), plus read errors."""
    entries, errors = [], []
    for path in sorted(tech_dir.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
        except (OSError, yaml.YAMLError) as exc:
            errors.append(f"{path.name}: cannot be read: {exc}")
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            errors.append(f"{path.name}: top level must be a list of entries")
            continue
        for entry in data:
            entries.append((path.name, entry))
    return entries, errors


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: fast on long text, longest match first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _match_forms(tech: Technology) -> set[str]:
    return {f for f in {_key(tech.id), _key(tech.name), *(_key(a) for a in tech.aliases)} if f}


def _build(entries: list[tuple[str, dict]], errors: list[str]) -> Catalog:
    technologies: dict[str, Technology] = {}
    for source, entry in entries:
        try:
            tech = _to_technology(entry, source)
        except (KeyError, TypeError, AttributeError):
            errors.append(f"{source}: entry without id or name skipped: {str(entry)[:80]}")
            continue
        if not tech.id or not tech.name or tech.id in technologies:
            if tech.id in technologies:
                errors.append(f"{source}: duplicate id {tech.id!r} skipped")
            continue
        technologies[tech.id] = tech

    by_key: dict[str, Technology] = {}
    by_compact: dict[str, Technology] = {}
    text_forms: dict[str, Technology] = {}
    exact_forms: dict[str, Technology] = {}
    for tech in technologies.values():
        for form in sorted(_match_forms(tech)):
            by_key.setdefault(form, tech)
            by_compact.setdefault(_compact(form), tech)
            if form in LIST_ONLY or (form.isascii() and (len(form) <= 2 or form in AMBIGUOUS_WORDS)):
                continue
            text_forms.setdefault(form, tech)
        # Ambiguous short names count in prose only as written on the name (Go, C, R, Swift).
        written_forms = {tech.name, *(a[:1].upper() + a[1:] for a in tech.aliases), *(a.upper() for a in tech.aliases)}
        if any(ch.isdigit() for ch in tech.name):
            written_forms.add(tech.name.upper())  # k6 is often written K6
        for written in sorted(written_forms):
            if written.lower() in LIST_ONLY:
                continue
            if written and written.isascii() and (len(written) <= 2 or written.lower() in AMBIGUOUS_WORDS):
                exact_forms.setdefault(unicodedata.normalize("NFKC", written), tech)

    text_pattern = None
    if text_forms:
        body = _trie_pattern(sorted(text_forms))
        # A version may follow a name directly (junit5, vue3, python3).
        text_pattern = re.compile(r"(?<![a-z0-9가-힣_])(" + body + r")(?![a-z+#_]|[0-9][a-z])")
    exact_pattern = None
    if exact_forms:
        body = _trie_pattern(sorted(exact_forms))
        exact_pattern = re.compile(r"(?<![A-Za-z0-9_.\-/])(" + body + r")(?![A-Za-z0-9+#_&]|-(?=[A-Za-z]))")
    for message in errors:
        logger.warning("technology catalog: %s", message)
    return Catalog(technologies, by_key, by_compact, text_pattern, text_forms, exact_pattern, exact_forms, errors)


@functools.lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    entries, errors = read_entries()
    return _build(entries, errors)


@functools.lru_cache(maxsize=4096)
def _normalize_cached(name: str) -> Technology | None:
    catalog = load_catalog()
    for form in name_forms(_key(name)):
        tech = catalog.by_key.get(form) or catalog.by_compact.get(_compact(form))
        if tech:
            return tech
    return None


def normalize_technology(name: str) -> Technology | None:
    """The catalog entry a resume's technology name refers to (K8s -> Kubernetes), or None."""
    if not isinstance(name, str):
        return None
    name = name.strip()
    if not name or len(name) > 80:
        return None
    return _normalize_cached(name)


def find_technologies(text: str) -> list[Technology]:
    """Technologies mentioned in free text, in order of first appearance, each once."""
    if not isinstance(text, str) or not text.strip():
        return []
    catalog = load_catalog()
    hits: list[tuple[int, Technology]] = []
    if catalog.text_pattern is not None:
        folded = unicodedata.normalize("NFKC", text).lower()
        for match in catalog.text_pattern.finditer(folded):
            hits.append((match.start(), catalog.text_forms[match.group(1)]))
    if catalog.exact_pattern is not None:
        original = unicodedata.normalize("NFKC", text)
        for match in catalog.exact_pattern.finditer(original):
            tech = catalog.exact_forms.get(match.group(1))
            if tech:
                hits.append((match.start(), tech))
    hits.sort(key=lambda hit: hit[0])
    seen, ordered = set(), []
    for _, tech in hits:
        if tech.id not in seen:
            seen.add(tech.id)
            ordered.append(tech)
    return ordered


def without_technologies(text: str) -> str:
    """The folded text with every technology mention blanked out: what the sentence says
    about the work itself ("ALB 뒤 EC2에 롤링 배포" says "rolling deploy", not "networking")."""
    if not isinstance(text, str) or not text.strip():
        return ""
    catalog = load_catalog()
    original = unicodedata.normalize("NFKC", text)
    lowered = original.lower()
    if len(lowered) != len(original):
        return fold(text)
    chars = list(lowered)
    spans = []
    if catalog.text_pattern is not None:
        spans += [m.span(1) for m in catalog.text_pattern.finditer(lowered)]
    if catalog.exact_pattern is not None:
        spans += [m.span(1) for m in catalog.exact_pattern.finditer(original)]
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return fold("".join(chars))


def technology(tech_id: str) -> Technology | None:
    return load_catalog().get(tech_id)


def all_technologies() -> list[Technology]:
    return list(load_catalog().technologies.values())
