"""Section headings the lexicon lacks that name a summary by their words (heading_words.py):
"Key Achievements" and "Professional Overview" after the work section are the summary, never
dropped and never the last job's text; "핵심 성과" likewise. Invented text."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

WORK = "# Marlow Pennick\n\n## Work Experience\n\n### Brightline Fixtures | Web Developer | 2019 - Present\n\n- Rewrote the parts API\n\n"


def test_given_key_achievements_and_an_overview_after_the_jobs_when_parsed_then_they_are_the_summary():
    text = WORK + (
        "## Key Achievements\n\n- Shipped a recall site in two days\n\n"
        "## Professional Overview\n\nFull stack developer with eight years on storefronts.\n"
    )
    draft = parse_resume(b"", text=text, today=TODAY).draft

    [job] = draft["work_experiences"]
    assert job["achievements"] == ["Rewrote the parts API"]
    assert not job["project_description"]
    assert "Shipped a recall site in two days" in draft["summary"]
    assert "Full stack developer with eight years on storefronts." in draft["summary"]


def test_given_a_korean_achievements_heading_after_the_jobs_when_parsed_then_it_is_the_summary():
    text = "# 윤다온\n\n## 경력\n\n### 누리소프트 | 백엔드 개발자 | 2021.03 ~ 2024.02\n\n- 정산 배치 개선\n\n## 핵심 성과\n\n- 결제 장애 건수 절반으로 감소\n"
    draft = parse_resume(b"", text=text, today=TODAY).draft

    assert draft["work_experiences"][0]["achievements"] == ["정산 배치 개선"]
    assert "결제 장애 건수 절반으로 감소" in draft["summary"]
