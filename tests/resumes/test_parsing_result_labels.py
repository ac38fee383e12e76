"""What a job's results are: items listed under an achievements label stay achievements even
with details nested under them, and a role label whose value is a sentence ("나의 역할 : … SDK
개발") tells what was done, so it is an achievement without its label. Invented content."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.labels import POSITION, field_of, states_work

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

ROLE_SENTENCES = """윤하람
haram@example.org

경력
누리소프트 | 주임 | 2021.11 ~ 2023.03
프로젝트: 영상 주소 서명 모듈
기간: 2022.07 ~ 2022.08
배경 : 미공개 영상이 밖으로 새어 나간 사고 발생
나의 역할 : 영상 주소에 서명을 붙여 유출을 막는 SDK 개발
결과 : 같은 사고가 다시 일어나지 않음
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


def test_given_a_role_label_with_a_sentence_when_parsed_then_the_sentence_is_an_achievement():
    work = parse(ROLE_SENTENCES, "resume.txt")["work_experiences"]

    assert work[0]["position"] == "주임"
    achievements = [a for entry in work for a in entry["achievements"]]
    assert "영상 주소에 서명을 붙여 유출을 막는 SDK 개발" in achievements
    assert "같은 사고가 다시 일어나지 않음" in achievements
    assert not any("나의 역할" in (entry["project_description"] or "") for entry in work)


@pytest.mark.parametrize(
    "value",
    [
        "백엔드 개발자",
        "Principal Software Engineer & Organizational Architect",
        "Backend Engineer · 결제 플랫폼 (MAU 10만)",
    ],
)
def test_given_a_role_label_with_a_job_title_when_checked_then_it_states_no_work(value):
    assert field_of("나의 역할") == POSITION
    assert not states_work(POSITION, value)
