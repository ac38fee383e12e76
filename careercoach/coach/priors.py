"""What a hiring manager probes first, per role family and band (data/priors.yaml), and the
situations that override the family: a thin resume, no work yet, a career changer."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import yaml

from careercoach.coach.catalog import DATA_DIR, SafeLoader
from careercoach.coach.knowledge import phrase_pattern
from careercoach.coach.resume import EvidenceUnit
from careercoach.coach.text import fold

SITUATIONS = ("empty", "thin", "no_work", "career_changer")


@dataclass(frozen=True)
class Priors:
    window: int
    families: dict
    situations: dict
    changer_signals: object  # compiled pattern or None
    non_engineering: object  # compiled pattern or None


@functools.lru_cache(maxsize=1)
def load_priors() -> Priors:
    with open(DATA_DIR / "priors.yaml", encoding="utf-8") as handle:
        raw = yaml.load(handle, Loader=SafeLoader) or {}

    def pattern(key: str):
        entry = raw.get(key) or {}
        return phrase_pattern([w for lang in ("en", "ko") for w in entry.get(lang) or []])

    return Priors(
        window=int(raw.get("window") or 5),
        families=raw.get("families") or {},
        situations={k: list(raw.get(k) or []) for k in SITUATIONS},
        changer_signals=pattern("changer_signals"),
        non_engineering=pattern("non_engineering_titles"),
    )


def situation(units: list[EvidenceUnit], summary: str, band: str) -> str:
    """'empty' (no work, no project), 'thin' (no work, one project), 'no_work', 'career_changer'
    (a junior who came to engineering from another profession), or ''."""
    work = [u for u in units if u.kind == "work"]
    projects = [u for u in units if u.kind == "project"]
    if not work:
        return "empty" if not projects else "thin" if len(projects) == 1 else "no_work"
    if band != "junior":
        return ""
    priors = load_priors()
    if priors.changer_signals is not None and priors.changer_signals.search(fold(summary)):
        return "career_changer"
    latest = max(work, key=lambda u: (u.end or (0, 0), u.start or (0, 0)))
    if priors.non_engineering is not None and any(
        priors.non_engineering.search(fold(u.position)) for u in work if u is not latest and u.position
    ):
        return "career_changer"
    return ""


def probes(role: str, band: str, kind: str = "") -> list[str]:
    """Areas in the order a hiring manager probes them, within the window."""
    priors = load_priors()
    if kind in ("empty", "thin", "career_changer"):
        order = priors.situations.get(kind, [])
    else:
        bands = priors.families.get(role) or priors.families.get("backend") or {}
        order = list(bands.get(band) or bands.get("default") or [])
        if kind == "no_work":
            order = priors.situations.get("no_work", []) + [a for a in order if a not in priors.situations["no_work"]]
    return order[: priors.window]


@dataclass(frozen=True)
class Ownership:
    weight: float
    led: object  # compiled pattern or None
    design: object


@functools.lru_cache(maxsize=1)
def load_ownership() -> Ownership:
    """data/ownership.yaml: lines that say the person designed, built or led the work."""
    with open(DATA_DIR / "ownership.yaml", encoding="utf-8") as handle:
        raw = yaml.load(handle, Loader=SafeLoader) or {}

    def pattern(key: str):
        entry = raw.get(key) or {}
        return phrase_pattern([w for lang in ("en", "ko") for w in entry.get(lang) or []])

    return Ownership(weight=float(raw.get("led_weight") or 1.0), led=pattern("led"), design=pattern("design"))
