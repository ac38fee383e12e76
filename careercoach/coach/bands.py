"""Experience bands: how many months of work make a junior, mid-level or senior engineer, and
the interview difficulty mix each band gets (docs/ARCHITECTURE.md, "Output contracts"). The offline coach reads the band to
pick its questions; prompts for hosted models state the same band and mix."""

from __future__ import annotations

DIFFICULTY_MIX = {
    "junior": {"easy": 2, "medium": 2, "hard": 1},
    "mid": {"easy": 1, "medium": 3, "hard": 1},
    "senior": {"easy": 0, "medium": 2, "hard": 3},
}

BAND_DESCRIPTIONS = {
    "junior": "junior, under 2 years of professional experience",
    "mid": "mid-level, 2 to 5 years of professional experience",
    "senior": "senior, 5 or more years of professional experience",
}


def experience_band(total_months: int | None) -> str:
    months = total_months or 0
    if months < 24:
        return "junior"
    if months < 60:
        return "mid"
    return "senior"
