"""A career table whose "구분" column holds the role (강사, 강사/운영지원) in some resumes and how
the job was held (정규직, 인턴) in others: the cells decide. All organisations are invented."""

from __future__ import annotations

from tests.resumes.documents import entries, parse_markdown

TABLE = """# 한가람

hangaram@example.com

## 경력

| 기간 | 기관명 | 과정 | 구분 | 시수 |
| --- | --- | --- | --- | --- |
| 2018.03 ~ 2022.11 | 가나디지털배움터 | 스마트폰 교육 / 어르신 | 강사/운영지원 | 350 |
| 2022.12 ~ 현재 | 다라교육그룹 | 코딩 교육 / 초등학생 | 강사 | 120 |
| 2017.03 ~ 2018.12 | 마바물산 | 사무 지원 | 정규직 | - |
"""


def test_given_a_career_table_with_a_kind_column_when_parsed_then_a_role_there_is_the_position():
    draft = parse_markdown(TABLE)

    assert entries(draft) == [
        ("가나디지털배움터", "강사/운영지원", "2018.03 ~ 2022.11"),
        ("다라교육그룹", "강사", "2022.12 ~ 현재"),
        ("마바물산", None, "2017.03 ~ 2018.12"),
    ]
