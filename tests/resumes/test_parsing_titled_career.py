"""A page titled by its kind and the person ("# 경력기술서 — 오지훈", "Career History | Jane Doe"):
the name is read from the title and the numbered employers under it are the career; a
"소속/직책" label gives the title without the team. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.heading_words import page_title_parts, titled_career
from tests.resumes.documents import entries, parse_markdown

CAREER_DESCRIPTION = """# 경력기술서 — 오지훈

## 1. 한별커머스 (2019.05 ~ 2023.12)
- 소속/직책: 플랫폼개발팀 / 책임
- 주요 업무: 검색 플랫폼 개발

### 검색 랭킹 개선 (2021.03 ~ 2022.02)
- Elasticsearch 랭킹 튜닝으로 검색 전환율 12% 상승

## 2. 누리정보 (2015.03 ~ 2019.04)
- 소속/직책: SI사업부 / 대리
"""


def test_given_a_career_description_titled_with_the_name_when_parsed_then_name_and_career_are_read():
    draft = parse_markdown(CAREER_DESCRIPTION)
    assert draft["name"] == "오지훈"
    assert entries(draft) == [
        ("한별커머스", "책임", "2019.05 ~ 2023.12"),
        ("한별커머스", "책임", "2021.03 ~ 2022.02"),
        ("누리정보", "대리", "2015.03 ~ 2019.04"),
    ]
    assert draft["work_experiences"][1]["project_name"] == "검색 랭킹 개선"


@pytest.mark.parametrize(
    ("title", "section"),
    [
        ("경력기술서 — 오지훈", "work"),
        ("Career History | Jane Doe", "work"),
        ("백엔드 개발자 포트폴리오", None),
        ("오지훈 — 백엔드 개발자", None),
        ("경력 및 학력", None),
    ],
)
def test_given_a_page_title_when_read_then_only_a_work_word_beside_a_name_opens_the_career(title, section):
    assert titled_career(title) == section


@pytest.mark.parametrize("separator", [" — ", " | ", ": ", ":"])
def test_given_a_career_description_titled_with_any_separator_when_parsed_then_name_and_career_are_both_read(
    separator,
):
    draft = parse_markdown(CAREER_DESCRIPTION.replace("경력기술서 — 오지훈", f"경력기술서{separator}오지훈"))
    assert draft["name"] == "오지훈"
    assert entries(draft)[0] == ("한별커머스", "책임", "2019.05 ~ 2023.12")


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("경력기술서 — 오지훈", ["경력기술서", "오지훈"]),
        ("Resume | Jane Doe", ["Resume", "Jane Doe"]),
        ("경력기술서: 오지훈", ["경력기술서", "오지훈"]),
        ("Jane Doe |", ["Jane Doe", ""]),
        ("Kim-Lee Park", ["Kim-Lee Park"]),
    ],
)
def test_given_a_page_title_when_split_then_kind_and_person_come_apart_and_a_hyphen_in_a_word_stays(title, parts):
    assert page_title_parts(title) == parts
