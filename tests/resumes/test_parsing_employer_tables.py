"""An employer's key/value table under its heading (period | …, 포지션 | …) fills that employer's
entry; it is not a table of entries. The inputs are invented for these tests."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

ENGLISH_TABLE = """# Dana Whitlow

# Experiences

## [Lumen Labs](https://lumen.example)

|              |                                |
| -----------: | ------------------------------ |
|   **period** | 2020.01 ~ 2021.02              |
| **position** | Frontend Developer (freelance) |
| **projects** | Alpha Console, Beta Portal     |
|       _tech_ | React, TypeScript              |
"""

KOREAN_TABLE = """# 한가람

# 경력

## 새벽소프트

|  |  |
| --- | --- |
| **기간** | 2018.03 ~ 2019.12 |
| **직무** | 백엔드 개발자 (계약직) |
| **기술 스택** | Go, Redis |
"""


def works(text: str, filename: str = "resume.md") -> list[dict]:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft["work_experiences"]


def test_given_an_employer_key_value_table_when_parsed_then_it_is_one_entry_of_that_employer():
    [entry] = works(ENGLISH_TABLE)

    assert entry["company"] == "Lumen Labs"
    assert entry["duration"] == "2020.01 ~ 2021.02"
    assert entry["position"] == "Frontend Developer"
    assert entry["project_name"] == "Alpha Console, Beta Portal"
    assert entry["tech_stack"] == ["React", "TypeScript"]


def test_given_korean_table_labels_when_parsed_then_the_employment_type_is_dropped():
    [entry] = works(KOREAN_TABLE)

    assert (entry["company"], entry["position"], entry["duration"]) == (
        "새벽소프트",
        "백엔드 개발자",
        "2018.03 ~ 2019.12",
    )
    assert entry["tech_stack"] == ["Go", "Redis"]


TYPE_LINE = """# 이도윤

## 경력

### **별빛데이터** (2021.01 - 재직중, 5년)

정규직 | 파트장 | 백엔드 엔지니어

**Orbit 운영** (2024.01 - 2024.06, 인프라 관리)

- 쿠버네티스 환경 운영

### **달빛소프트** (2017.09 - 2020.12, 3년)

Contract | Tech Lead | Data Engineer

- 사내 데이터 파이프라인 개발
"""


def test_given_an_employment_type_line_under_a_company_when_parsed_then_the_role_is_the_position():
    got = [(w["company"], w["position"], w["project_name"]) for w in works(TYPE_LINE)]

    assert got == [
        ("별빛데이터", "백엔드 엔지니어", None),
        ("별빛데이터", "백엔드 엔지니어", "Orbit 운영"),
        ("달빛소프트", "Data Engineer", None),
    ]


UNKNOWN_SECTION = """# 박서진

# 자기소개

백엔드 개발자입니다.

# 걸어온 길

### 가나다 - 가나다랩 개발팀(대리 / 2015-01-05 ~ 2017-03-31)

  |프로젝트명|기간|설명|
  |:-------|:-------|:-------|
  |주문 관리|2015-02 ~ 2016-01|주문 화면 개발|

### 라마바 - 서버팀(사원 / 2013-01-02 ~ 2014-12-31)

  |프로젝트명|기간|설명|
  |:-------|:-------|:-------|
  |회원 API|2013-03 ~ 2014-06|회원 API 개발|
"""


def test_given_employer_headings_under_an_unknown_heading_when_parsed_then_they_are_work_entries():
    got = [(w["company"], w["duration"], w["project_name"]) for w in works(UNKNOWN_SECTION)]

    assert got == [
        ("가나다", "2015-01-05 ~ 2017-03-31", None),
        ("가나다", "2015-02 ~ 2016-01", "주문 관리"),
        ("라마바", "2013-01-02 ~ 2014-12-31", None),
        ("라마바", "2013-03 ~ 2014-06", "회원 API"),
    ]


def test_given_a_title_at_a_company_when_split_then_any_role_word_on_the_left_makes_it_the_title():
    from resumes.parsing.roles import company_and_position

    assert company_and_position("Research Associate at Quillmont Institute") == (
        "Quillmont Institute",
        "Research Associate",
    )
    assert company_and_position("Teaching Assistant at Varro Co., Ltd.") == ("Varro Co., Ltd.", "Teaching Assistant")
    assert company_and_position("Intern, Data Platform at Nimbus Pty Ltd") == (
        "Nimbus Pty Ltd",
        "Intern, Data Platform",
    )
