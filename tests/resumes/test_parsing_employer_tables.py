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
