"""A duty label inside a work entry ("담당업무: …", "주요 업무: …", "Responsibilities: …") says
what the job was: its value is the entry's description, while the bullets listed under the
label remain achievements. The lines are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def work_of(text: str) -> list[dict]:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft["work_experiences"]


@pytest.mark.parametrize("label", ["담당업무", "담당 업무", "주요 업무", "Responsibilities"])
def test_given_a_duty_label_with_a_value_when_parsed_then_the_value_is_the_description(label):
    work = work_of(
        "# 서하윤\n\n## 경력\n\n"
        "### 누리페이 | 백엔드 개발자 | 2022.01 ~ 2024.06\n\n"
        f"{label}: 가맹점 정산 API 개발 및 운영\n\n"
        "- 정산 배치 처리 시간 50% 단축\n"
        "- 기술: Kotlin, Spring Boot\n"
    )
    assert len(work) == 1
    assert work[0]["project_description"] == "가맹점 정산 API 개발 및 운영"
    assert work[0]["achievements"] == ["정산 배치 처리 시간 50% 단축"]
    assert work[0]["tech_stack"] == ["Kotlin", "Spring Boot"]


def test_given_a_duty_label_without_a_value_when_parsed_then_the_bullets_under_it_are_achievements():
    work = work_of(
        "# 서하윤\n\n## 경력\n\n"
        "### 누리페이 | 백엔드 개발자 | 2022.01 ~ 2024.06\n\n"
        "담당업무:\n\n"
        "- 가맹점 정산 API 개발\n"
        "- 정산 배치 처리 시간 50% 단축\n"
    )
    assert work[0]["project_description"] is None
    assert work[0]["achievements"] == ["가맹점 정산 API 개발", "정산 배치 처리 시간 50% 단축"]


def test_given_a_results_label_when_parsed_then_its_value_is_still_an_achievement():
    work = work_of(
        "# 서하윤\n\n## 경력\n\n"
        "### 누리페이 | 백엔드 개발자 | 2022.01 ~ 2024.06\n\n"
        "주요 업무: 가맹점 정산 API 개발\n\n"
        "주요 성과: 정산 오류 문의 월 30건에서 2건으로 감소\n"
    )
    assert work[0]["project_description"] == "가맹점 정산 API 개발"
    assert work[0]["achievements"] == ["정산 오류 문의 월 30건에서 2건으로 감소"]


@pytest.mark.parametrize("marker", ["-", "•", "▪"])
def test_given_a_duty_label_whose_value_is_one_listed_line_when_parsed_then_it_is_an_achievement(marker):
    work = work_of(
        "# 서하윤\n\n## 경력\n\n"
        "### 누리페이 | 백엔드 개발자 | 2022.01 ~ 2024.06\n\n"
        "| 프로젝트명 | 정산 대사 자동화 |\n|---|---|\n| 기간 | 2023.02 ~ 2023.08 |\n"
        f"| 주요업무 | {marker} 대사 파일 비교를 자동화하여 월말 마감 3일 단축 |\n"
    )

    assert work[-1]["project_name"] == "정산 대사 자동화"
    assert work[-1]["achievements"] == ["대사 파일 비교를 자동화하여 월말 마감 3일 단축"]
    assert not work[-1]["project_description"]
