"""A self-rating written after a skill ("Node.js ⭐️⭐️", "Java ★★★☆☆", "Python (상)", "Go - Advanced",
"Docker 4/5") says how well, not what: it comes off so the technology is read and filed by its
name. Kept apart from skill_items.py because the marks and level words are data of their own.

An English level word needs a separator or a parenthesis ("Go - Advanced", "Swift (Expert)"),
since a name may open with one; a Korean level word after a space ("Rust 중") ends no
technology's name. A rating with nothing before it is left for skill_items to drop whole.
"""

from __future__ import annotations

import re

# Stars, dots, squares, bars and moons that people use as a scale, with emoji variation selectors.
RATING_MARKS = "⭐🌟★☆✩✪✫✬✭✮✯●○◐◑◉◎⬤◯⚫⚪🔵🟢🟡🟠🔴■□▪▫◼◻◾◽▰▱🌕🌖🌗🌘🌑"
KOREAN_LEVELS = (
    "상",
    "중",
    "하",
    "상급",
    "중급",
    "하급",
    "초급",
    "고급",
    "중상",
    "중하",
    "숙련",
    "능숙",
    "기초",
    "보통",
)
ENGLISH_LEVELS = (
    "beginner",
    "basic",
    "elementary",
    "novice",
    "intermediate",
    "advanced",
    "expert",
    "proficient",
    "familiar",
    "fluent",
)

_MARKS = rf"(?:[{RATING_MARKS}][\ufe0f\u200d]*\s*){{1,10}}"
_SCORE = r"\d(?:\.\d)?\s*/\s*(?:5|10)"
_KOREAN = "|".join(sorted(KOREAN_LEVELS, key=len, reverse=True))
_ENGLISH = "|".join(ENGLISH_LEVELS)
_SEPARATOR = r"\s*[-–—:|]\s*"
_RATING = re.compile(
    rf"(?:\s*(?:[-–—:|]\s*)?{_MARKS}"
    rf"|(?:{_SEPARATOR}|\s+)[(（\[]?\s*(?:{_SCORE}|(?:{_KOREAN}))\s*[)）\]]?"
    rf"|(?:{_SEPARATOR}|\s*[(（\[])\s*(?i:{_ENGLISH})\s*[)）\]]?"
    rf"|\s*[(（\[]\s*(?:{_SCORE}|{_KOREAN})\s*[)）\]])$"
)


def without_rating(item: str) -> str:
    """The skill before its self-rating; `item` unchanged when it carries none or is only one."""
    match = _RATING.search(item)
    if not match or not item[: match.start()].strip():
        return item
    return item[: match.start()].strip()
