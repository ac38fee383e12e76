"""Strict checks of every data file the coach reads, for tests and for catalog authors.

The runtime loaders are lenient so that a half-edited file cannot take the product down; this
module is where a broken entry is reported. Each function returns human-readable problems;
an empty list means the data is sound.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import yaml

from careercoach.coach.catalog import (
    DATA_DIR,
    LANGUAGES,
    LIST_FIELDS,
    TECH_DIR,
    SafeLoader,
    read_entries,
)
from careercoach.coach.knowledge import AREA_IDS, BANDS, ROLE_IDS, TIERS

CATEGORIES = {
    "language",
    "framework",
    "library",
    "database",
    "messaging",
    "cache",
    "cloud",
    "container",
    "orchestration",
    "iac",
    "ci_cd",
    "monitoring",
    "testing",
    "frontend",
    "mobile",
    "data",
    "ml",
    "security",
    "tool",
    "platform",
    "game",
    "api",
}
LIST_SIZES = {"concepts": (3, 6), "failure_modes": (2, 4), "scaling": (2, 3), "testing": (1, 3), "advanced": (2, 4)}
MIN_TECHNOLOGIES = 150
_URL = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9.+#-]*$")


def allowed_domains(folder: Path = DATA_DIR / "allowed_domains") -> set[str]:
    hosts = set()
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip().lower()
            if line:
                hosts.add(line)
    return hosts


def link_problem(url: object, domains: set[str]) -> str:
    """Why a link is not acceptable, or '' when it is a well-formed https URL on an allowed host."""
    if not isinstance(url, str) or not _URL.match(url):
        return f"not a well-formed https URL: {url!r}"
    host = (urlparse(url).hostname or "").lower()
    if host not in domains:
        return f"host {host!r} is not in any allowed_domains/*.txt: {url}"
    return ""


def _lang_list_problems(where: str, field: str, value: object, sizes: tuple[int, int] | None) -> list[str]:
    problems = []
    if not isinstance(value, dict):
        return [f"{where}: {field} must have en and ko lists"]
    for lang in LANGUAGES:
        items = value.get(lang)
        if not isinstance(items, list) or not items:
            problems.append(f"{where}: {field}.{lang} is missing or empty")
            continue
        if any(not isinstance(i, str) or not i.strip() for i in items):
            problems.append(f"{where}: {field}.{lang} has a blank or non-text item")
        if sizes and not sizes[0] <= len(items) <= sizes[1] + 1:
            problems.append(f"{where}: {field}.{lang} has {len(items)} items, expected {sizes[0]}-{sizes[1]}")
        if lang == "ko" and not any(re.search(r"[가-힣]", str(i)) for i in items):
            problems.append(f"{where}: {field}.ko has no Korean text")
    return problems


def catalog_problems(tech_dir: Path = TECH_DIR) -> list[str]:
    """Every problem in the technology catalog: schema, unknown ids, duplicates, links."""
    entries, problems = read_entries(tech_dir)
    domains = allowed_domains()
    ids: dict[str, str] = {}
    forms: dict[str, str] = {}
    alternatives: list[tuple[str, str]] = []
    for source, entry in entries:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            problems.append(f"{source}: entry without id or name: {str(entry)[:60]}")
            continue
        tid = str(entry["id"])
        where = f"{source}:{tid}"
        if not _SLUG.match(tid):
            problems.append(f"{where}: id must be a lowercase slug")
        if tid in ids:
            problems.append(f"{where}: duplicate id (also in {ids[tid]})")
        ids[tid] = source
        if entry.get("category") not in CATEGORIES:
            problems.append(f"{where}: unknown category {entry.get('category')!r}")
        for role in entry.get("roles") or []:
            if role not in ROLE_IDS:
                problems.append(f"{where}: unknown role {role!r}")
        if not entry.get("roles"):
            problems.append(f"{where}: no roles")
        for area_id in entry.get("areas") or []:
            if area_id not in AREA_IDS:
                problems.append(f"{where}: unknown area id {area_id!r}")
        if not entry.get("areas"):
            problems.append(f"{where}: no areas")
        problem = link_problem(entry.get("docs"), domains)
        if problem:
            problems.append(f"{where}: docs {problem}")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            problems.append(f"{where}: aliases must be a list")
            aliases = []
        for alias in aliases:
            if not isinstance(alias, str) or alias != alias.lower() or alias != alias.strip():
                problems.append(f"{where}: alias {alias!r} must be lowercase text")
        for form in {tid, str(entry["name"]).lower(), *(str(a).lower() for a in aliases)}:
            form = " ".join(form.split())
            owner = forms.get(form)
            if owner and owner != tid:
                problems.append(f"{where}: name or alias {form!r} also belongs to {owner}")
            forms.setdefault(form, tid)
        for field in LIST_FIELDS:
            problems += _lang_list_problems(where, field, entry.get(field), LIST_SIZES[field])
        for alt in entry.get("alternatives") or []:
            alternatives.append((where, str(alt)))
    for where, alt in alternatives:
        if alt not in ids:
            problems.append(f"{where}: alternative {alt!r} is not a catalog id")
    return problems


def _load(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.load(handle.read(), Loader=SafeLoader)


def areas_problems() -> list[str]:
    problems = []
    domains = allowed_domains()
    raw = _load("areas.yaml") or []
    seen = set()
    for entry in raw:
        aid = entry.get("id") if isinstance(entry, dict) else None
        if aid not in AREA_IDS:
            problems.append(f"areas.yaml: unknown area id {aid!r}")
            continue
        if aid in seen:
            problems.append(f"areas.yaml: duplicate area {aid}")
        seen.add(aid)
        for field in ("name", "why"):
            value = entry.get(field) or {}
            for lang in LANGUAGES:
                if not isinstance(value.get(lang), str) or not value[lang].strip():
                    problems.append(f"areas.yaml:{aid}: {field}.{lang} missing")
        problems += _lang_list_problems(f"areas.yaml:{aid}", "resources", entry.get("resources"), (2, 4))
        problems += _lang_list_problems(f"areas.yaml:{aid}", "phrases", entry.get("phrases"), None)
        if "mentions" in entry:
            problems += _lang_list_problems(f"areas.yaml:{aid}", "mentions", entry.get("mentions"), None)
        for role, meaning in (entry.get("meaning") or {}).items():
            if role != "default" and role not in ROLE_IDS:
                problems.append(f"areas.yaml:{aid}: meaning for unknown role {role!r}")
            for lang in LANGUAGES:
                if not isinstance((meaning or {}).get(lang), str):
                    problems.append(f"areas.yaml:{aid}: meaning.{role}.{lang} missing")
        if "default" not in (entry.get("meaning") or {}):
            problems.append(f"areas.yaml:{aid}: meaning.default missing")
        for key, lists in (entry.get("role_resources") or {}).items():
            for role in str(key).split():
                if role not in ROLE_IDS:
                    problems.append(f"areas.yaml:{aid}: role_resources for unknown role {role!r}")
            problems += _lang_list_problems(f"areas.yaml:{aid}", f"role_resources.{key}", lists, (2, 4))
        links = entry.get("links") or []
        defaults = [link for link in links if isinstance(link, dict) and not link.get("roles")]
        if not 1 <= len(defaults) <= 2:
            problems.append(f"areas.yaml:{aid}: needs 1-2 links without roles, has {len(defaults)}")
        for link in links:
            url = link.get("url") if isinstance(link, dict) else link
            problem = link_problem(url, domains)
            if problem:
                problems.append(f"areas.yaml:{aid}: {problem}")
            for role in (link.get("roles") or []) if isinstance(link, dict) else []:
                if role not in ROLE_IDS:
                    problems.append(f"areas.yaml:{aid}: link for unknown role {role!r}")
        if entry.get("next") and entry["next"] not in AREA_IDS:
            problems.append(f"areas.yaml:{aid}: next {entry['next']!r} is not an area id")
    for aid in AREA_IDS:
        if aid not in seen:
            problems.append(f"areas.yaml: area {aid} is missing")
    return problems


def roles_problems() -> list[str]:
    problems = []
    raw = _load("roles.yaml") or {}
    families = raw.get("families") or {}
    for rid in ROLE_IDS:
        if rid not in families:
            problems.append(f"roles.yaml: role family {rid} is missing")
    for rid, family in families.items():
        if not re.fullmatch(r"[a-z_]+", str(rid)):
            problems.append(f"roles.yaml: role family id {rid!r} must be a lowercase word")
        for lang in LANGUAGES:
            if not (family.get("name") or {}).get(lang):
                problems.append(f"roles.yaml:{rid}: name.{lang} missing")
        if not family.get("titles"):
            problems.append(f"roles.yaml:{rid}: no titles")
        expects = family.get("expects") or {}
        if not expects:
            problems.append(f"roles.yaml:{rid}: no expected areas")
        for band, tiers in expects.items():
            if band not in (*BANDS, "default"):
                problems.append(f"roles.yaml:{rid}: unknown band {band!r}")
            if not (tiers or {}).get("core"):
                problems.append(f"roles.yaml:{rid}.{band}: no core areas")
            listed = []
            for tier, areas in (tiers or {}).items():
                if tier not in TIERS:
                    problems.append(f"roles.yaml:{rid}.{band}: unknown tier {tier!r}")
                for area_id in areas or []:
                    if area_id not in AREA_IDS:
                        problems.append(f"roles.yaml:{rid}.{band}: unknown area id {area_id!r}")
                    listed.append(area_id)
            if len(listed) != len(set(listed)):
                problems.append(f"roles.yaml:{rid}.{band}: an area is listed twice")
        if not any(band in expects for band in BANDS) and "default" not in expects:
            problems.append(f"roles.yaml:{rid}: needs a default or per-band expectations")
    for area_id in (raw.get("no_work_experience") or {}).get("core_first") or []:
        if area_id not in AREA_IDS:
            problems.append(f"roles.yaml: no_work_experience area {area_id!r} unknown")
    return problems


def phrasing_problems() -> list[str]:
    """Every phrasing list has both languages."""
    problems = []

    def walk(node, where: str, file_name: str) -> None:
        if isinstance(node, dict):
            if set(node) & set(LANGUAGES):
                for lang in LANGUAGES:
                    if lang not in node:
                        problems.append(f"{file_name}:{where}: {lang} missing")
            for key, value in node.items():
                walk(value, f"{where}.{key}" if where else str(key), file_name)

    for path in sorted((DATA_DIR / "phrasing").glob("*.yaml")):
        walk(yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}, "", path.name)
    return problems


def coverage_problems() -> list[str]:
    """Enough technologies, and every role family signalled by at least one of them."""
    entries, _ = read_entries()
    techs = [e for _, e in entries if isinstance(e, dict) and e.get("id")]
    problems = []
    if len({t["id"] for t in techs}) < MIN_TECHNOLOGIES:
        problems.append(f"catalog has {len({t['id'] for t in techs})} technologies, needs {MIN_TECHNOLOGIES}")
    for rid in ROLE_IDS:
        if not any(rid in (t.get("roles") or []) for t in techs):
            problems.append(f"no technology signals role family {rid}")
    return problems
