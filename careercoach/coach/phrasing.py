"""Sentence templates (data/phrasing/*.yaml) and deterministic choice among their variants.

A template slot is `{name}`; `{name:을}` adds the particle that agrees with the value
(Kafka를, MySQL을), and `{^name:이라고}` writes only the particle, for use after a closing
quote: "...감소"라고. Variants are chosen by a hash of the resume and the slot being filled, so
the same resume always reads the same and different resumes read differently, with no global
random state.
"""

from __future__ import annotations

import functools
import hashlib
import re

import yaml

from careercoach.coach.catalog import DATA_DIR, SafeLoader
from careercoach.coach.josa import particle

_SLOT = re.compile(r"\{(\^?)(\w+)(?::([^}]+))?\}")


class MissingSlot(KeyError):
    """A template needs a value this question does not have; another variant is tried."""


@functools.lru_cache(maxsize=8)
def phrases(name: str) -> dict:
    with open(DATA_DIR / "phrasing" / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle.read(), Loader=SafeLoader) or {}


def pick_index(count: int, seed: str, *salt: object) -> int:
    if count <= 1:
        return 0
    digest = hashlib.sha256("|".join([seed, *map(str, salt)]).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count


def choose(options: list, seed: str, *salt: object):
    """One of `options`, the same one every time for the same seed and salt."""
    if not options:
        return None
    return options[pick_index(len(options), seed, *salt)]


def ordered(options: list, seed: str, *salt: object) -> list:
    """All options, starting from the seeded choice, so fallbacks stay deterministic too."""
    if not options:
        return []
    start = pick_index(len(options), seed, *salt)
    return options[start:] + options[:start]


def render(template: str, slots: dict) -> str:
    """Fill a template; raise MissingSlot when a slot it uses is empty."""

    def replace(match: re.Match) -> str:
        only_particle, name, kind = match.group(1), match.group(2), match.group(3)
        value = slots.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise MissingSlot(name)
        value = str(value)
        if kind:
            return particle(value, kind) if only_particle else value + particle(value, kind)
        return "" if only_particle else value

    text = _SLOT.sub(replace, template)
    return re.sub(r"\s{2,}", " ", text).strip()


def render_first(templates: list[str], slots: dict, seed: str, *salt: object) -> str:
    """The seeded template among those whose slots are all available, or ''."""
    for template in ordered(list(templates or []), seed, *salt):
        try:
            return render(template, slots)
        except MissingSlot:
            continue
    return ""


def render_nth(templates: list[str], slots: dict, seed: str, index: int, *salt: object) -> str:
    """Like render_first, but the n-th item of a list starts n places further on, so paths or
    questions of one output do not all open with the same sentence."""
    options = ordered(list(templates or []), seed, *salt)
    if not options:
        return ""
    shift = index % len(options)
    for template in options[shift:] + options[:shift]:
        try:
            return render(template, slots)
        except MissingSlot:
            continue
    return ""
