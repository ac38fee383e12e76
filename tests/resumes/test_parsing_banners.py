"""Banner lines heading an employer in a Korean form (banners.py): a bracketed or marked name
with its tenure or period on one line is the employer; a bracketed project, a section name or a
field label in brackets is not. Employers are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.banners import banner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[ 누리페이 ] 3년 2개월", ("누리페이", None)),
        ("【 별무리시스템 】 2년", ("별무리시스템", None)),
        ("[다온소프트] (총 1년 5개월)", ("다온소프트", None)),
        ("■ 주식회사 가나다 (2019.03 ~ 2021.05)", ("주식회사 가나다", "2019.03 ~ 2021.05")),
        ("[ ㈜한빛데이터 ] 2019.03 ~ 2021.05 (2년 3개월)", ("㈜한빛데이터", "2019.03 ~ 2021.05")),
        ("◆ 누리페이 | 3년 2개월", ("누리페이", None)),
    ],
)
def test_given_a_bracketed_name_with_its_tenure_or_period_when_read_then_it_names_the_employer(text, expected):
    assert banner(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[결제 시스템 개편] 2020.03 ~ 2020.09",  # a project of the job above: a period, no company marker
        "[ 경력사항 ] 총 5년 2개월",  # the section's own heading
        "[ 담당업무 ] 3년",  # a field label
        "[ 백엔드 개발자 ] 3년 2개월",  # a job title
        "[ 누리페이 ]",  # nothing says how long
        "■ 누리페이에서 결제 API를 3년 동안 운영",  # a sentence
        "Cedar Labs – Jun 2021 to Dec 2021",  # neither bracketed nor marked: the reader's own header line
        "■ 재직 기간: 2020.02 ~ 2022.07 (2년 6개월)",  # a labelled field
    ],
)
def test_given_a_bracketed_line_that_heads_no_employer_when_read_then_it_is_no_banner(text):
    assert banner(text) is None


def test_given_a_banner_set_as_a_heading_when_parsed_then_it_names_the_employer_and_its_period():
    text = (
        "# 경력기술서\n\n## 경력\n\n### [ 누리페이 ] 2년 4개월 (2018.03.02 – 2020.07.10)\n\n"
        "부서 및 직책: 서비스개발팀 - 대리\n\n- 정산 API 응답 시간 단축\n\n"
        "### [ 주식회사 별무리 ] 1년 2개월\n\n- 사내 배포 도구 개발\n\n## 학력\n\n한빛대학교\n"
    )
    draft = parse_resume(text.encode(), filename="career.md", today=datetime.date(2026, 2, 1)).draft
    jobs = [(job["company"], job["duration"]) for job in draft["work_experiences"]]
    assert jobs == [("누리페이", "2018.03.02 – 2020.07.10"), ("주식회사 별무리", None)]


def test_given_a_bracketed_employer_heading_over_projects_when_parsed_then_its_projects_are_that_employers_work():
    text = (
        "# 도하준\n\n## 경력\n\n### ㈜누리페이 | 대리\n\n2020.01 ~ 2022.03\n\n- 결제 API 운영\n\n"
        "## 주요 프로젝트\n\n### [ (주)누리페이 ]\n\n#### 정산 화면 개편 (2021.01~2021.06)\n\n- 화면 설계를 맡았습니다\n"
    )
    draft = parse_resume(text.encode(), filename="career.md", today=datetime.date(2026, 2, 1)).draft
    jobs = [(job["company"], job["project_name"]) for job in draft["work_experiences"]]
    assert jobs == [("㈜누리페이", None), ("㈜누리페이", "정산 화면 개편")]
    assert draft["personal_projects"] == []
