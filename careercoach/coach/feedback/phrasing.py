"""Sentences from data/phrasing.yaml with agreeing Korean particles: "{point:을}" renders the
point followed by 을 or 를, whichever its last sound takes; "{point|을}" renders the particle
alone (after a quoted point)."""

from __future__ import annotations

import functools
import re

import yaml

from careercoach.coach.feedback.rules import DATA_DIR
from careercoach.coach.josa import attach

PLACEHOLDER = re.compile(r"\{(\w+)(?:([:|])(\w+))?\}")


@functools.lru_cache(maxsize=1)
def phrases() -> dict:
    return yaml.safe_load((DATA_DIR / "phrasing.yaml").read_text(encoding="utf-8"))


def say(section: str, key: str, language: str, **values) -> str:
    template = phrases()[section][key][language]

    def fill(match: re.Match) -> str:
        value = str(values.get(match.group(1), ""))
        if not match.group(2):
            return value
        with_particle = attach(value, match.group(3))
        return with_particle if match.group(2) == ":" else with_particle[len(value) :]

    return PLACEHOLDER.sub(fill, template)
