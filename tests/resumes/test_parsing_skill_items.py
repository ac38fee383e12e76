"""Skills and achievement items hold what the person wrote, not its decoration or its prose:
leading emoji and icon glyphs are dropped by every reader; a skills item that is a sentence,
a soft skill, a group label or a spoken language is not a technology; joined pairs
("Mocha/Sinon", "GitHub Actions and Jira") are two technologies, while names written with a
slash ("CI/CD", "TCP/IP") stay whole. All lines here are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line

TODAY = datetime.date(2026, 2, 1)


def parse(text: str, filename: str = "resume.md") -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def all_skills(draft: dict) -> list[str]:
    return [name for values in draft["technical_skills"].values() for name in values]


@pytest.mark.parametrize(
    ("raw", "text", "bullet"),
    [
        ("- 📈 Cut checkout latency by 30%", "Cut checkout latency by 30%", True),
        ("• ✅ 배포 시간 40% 단축", "배포 시간 40% 단축", True),
        ("🎯 Domain-Driven Design", "Domain-Driven Design", False),
        ("⭐️ Kotlin", "Kotlin", False),
        ("㈜누리소프트 | 백엔드 개발자", "㈜누리소프트 | 백엔드 개발자", False),
    ],
)
def test_given_a_line_opening_with_an_icon_when_read_then_the_icon_is_dropped(raw, text, bullet):
    line = make_line(raw)
    assert (line.text, line.bullet) == (text, bullet)


@pytest.mark.parametrize("filename", ["cv.md", "cv.txt"])
def test_given_icons_on_skills_and_achievements_when_parsed_then_items_carry_no_icon(filename):
    text = (
        "# Mira Sol\n\n## Skills\n- 🧠 Domain-Driven Design\n- Languages: 🐍 Python, ☕ Java\n\n"
        "## Experience\n### Brightfield Labs | Backend Engineer | 2021.03 ~ 2024.02\n"
        "- 📈 Cut churn by 12% with a retention email service\n"
    )
    draft = parse(text, filename)
    skills = all_skills(draft)
    assert "Domain-Driven Design" in skills
    assert {"Python", "Java"} <= set(skills)
    assert not [name for name in skills if not name[0].isalnum()]
    assert draft["work_experiences"][0]["achievements"] == ["Cut churn by 12% with a retention email service"]
