"""What a job's results are: items listed under an achievements label stay achievements even
with details nested under them. Invented content."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

NESTED_RESULTS = """# 윤하람

## 경력

### 누리소프트 | 백엔드 개발자 | 2021.03 ~ 2024.02

**주요 성과**

- 주간 보고 에이전트 구축
  - 보고 작성 시간 주 10시간 절감
- 결제 모니터링 대시보드 개발
  - 장애 감지 시간 30분에서 5분으로 단축
"""


def parse(text: str, filename: str) -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def test_given_results_with_nested_details_under_an_achievements_label_when_parsed_then_all_are_achievements():
    work = parse(NESTED_RESULTS, "resume.md")["work_experiences"]

    assert len(work) == 1, work
    assert work[0]["project_name"] is None
    assert work[0]["achievements"] == [
        "주간 보고 에이전트 구축",
        "보고 작성 시간 주 10시간 절감",
        "결제 모니터링 대시보드 개발",
        "장애 감지 시간 30분에서 5분으로 단축",
    ]
