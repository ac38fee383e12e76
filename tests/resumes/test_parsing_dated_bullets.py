"""A bullet ending in a bracketed period among a job's achievements stays an achievement; a dated
list item heading bullets of its own is still a project. Invented resumes."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 11, 1)


def parse(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def test_given_a_dated_bullet_after_achievements_when_parsed_then_it_is_an_achievement_not_an_entry():
    draft = parse(
        "# 문채원\n\n## 경력\n\n### 주식회사 들꽃랩, Frontend Lead `2023.05 - 재직 중`\n\n"
        "- 디자인 시스템 구축\n- 결제 화면 성능 개선\n- 리뷰 1,200건, 머지된 PR 480건 작성 (2023.06 - 2026.08)\n\n"
        "### 주식회사 솔빛, Frontend Developer `2020.01 - 2023.04`\n\n- 어드민 전환\n"
    )
    entries = [(w["company"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]
    assert entries == [("주식회사 들꽃랩", "2023.05 - 재직 중", None), ("주식회사 솔빛", "2020.01 - 2023.04", None)]
    assert draft["work_experiences"][0]["achievements"][-1] == "리뷰 1,200건, 머지된 PR 480건 작성 (2023.06 - 2026.08)"


def test_given_dated_items_heading_nested_bullets_when_parsed_then_they_keep_their_periods():
    draft = parse(
        "# 문채원\n\n## 경력\n\n### 들꽃랩 `2020.01 - 2023.04`\n\n"
        "- 예약 플랫폼 (2020.02 ~ 2021.06)\n  - 예약 API 설계\n"
        "- 정산 시스템 (2021.07 ~ 2023.04)\n  - 정산 배치 작성\n"
    )
    durations = [w["duration"] for w in draft["work_experiences"]]
    assert "2021.07 ~ 2023.04" in durations
    assert all("2021.07" not in item for w in draft["work_experiences"] for item in w["achievements"])
