"""A career table's title serves the 경력기술서 projects of the same tenure (shared_positions.py)."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.shared_positions import with_shared_positions

TODAY = datetime.date(2026, 12, 1)

CAREER_TABLE_THEN_PROJECTS = """# 한지우

## 경력사항

| 근무기간 | 회사명 | 직위 | 담당업무 |
|---|---|---|---|
| 2021.04 ~ 현재 | ㈜누리페이 | 책임 | 결제 API 설계 |
| 2018.07 ~ 2021.03 | 솔빛소프트 | 선임 | 물류 시스템 개발 |

## 경력기술서

### ㈜누리페이 (2021.04 ~ 현재)
- 프로젝트: 간편결제 정산 시스템 재구축
- 정산 배치 처리 시간을 4시간에서 40분으로 단축

### 솔빛소프트 (2018.07 ~ 2021.03)
- 프로젝트: 창고 관리 시스템 고도화
- 재고 조회 응답 시간 70% 개선
"""


def _entry(company, duration, position=None):
    return {"company": company, "duration": duration, "position": position}


def test_given_a_career_table_and_project_pages_when_parsed_then_every_entry_of_a_tenure_has_its_title():
    draft = parse_resume(CAREER_TABLE_THEN_PROJECTS.encode(), filename="이력서.md", today=TODAY).draft

    titles = {(w["company"], w["position"]) for w in draft["work_experiences"]}

    assert titles == {("㈜누리페이", "책임"), ("솔빛소프트", "선임")}


def test_given_the_same_employer_written_without_its_legal_form_when_filled_then_it_counts_as_one_tenure():
    entries = [_entry("주식회사 가온", "2020.01 ~ 2022.02", "과장"), _entry("가온", "2020. 01 - 2022. 02")]

    assert with_shared_positions(entries)[1]["position"] == "과장"


def test_given_another_period_at_the_same_employer_when_filled_then_the_entry_stays_untitled():
    entries = [_entry("가온", "2020.01 ~ 2022.02", "과장"), _entry("가온", "2016.01 ~ 2018.02")]

    assert with_shared_positions(entries)[1]["position"] is None


def test_given_two_titles_for_one_tenure_when_filled_then_none_is_guessed():
    entries = [
        _entry("Acme", "2020 – 2022", "Engineer"),
        _entry("Acme", "2020 – 2022", "Team Lead"),
        _entry("Acme", "2020 – 2022"),
    ]

    assert with_shared_positions(entries)[2]["position"] is None


def test_given_an_entry_with_its_own_title_when_filled_then_its_title_is_kept():
    entries = [_entry("Acme", "2020 – 2022", "Engineer"), _entry("Acme Inc.", "2020 – 2022", "Staff Engineer")]

    assert [e["position"] for e in with_shared_positions(entries)] == ["Engineer", "Staff Engineer"]
