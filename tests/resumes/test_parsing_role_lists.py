"""A job's titles and duties listed with spaced slashes under its employer ("차장 / 파트장 / 정산
설계", "기획 / 정산 개선 / PM"), beside its period or on a line of its own: the whole line is the
position, never a project's name. All people and companies are invented."""

from __future__ import annotations

import pytest

from resumes.parsing.role_lines import role_list
from tests.resumes.documents import entries, parse_markdown

LISTED = """# 홍길동

hong@example.com

## 주요 경력

### 가나상사

- 2020.01 - 현재\t기획 / 정산 개선 / PM

정산 흐름을 정리하고 있습니다.

- 주문 흐름을 정리했습니다.

### 마바사

차장 / 파트장 / 정산 설계

2013.03 - 2015.06

정산 도구를 기획했습니다.

- 쇼핑몰을 구축했습니다.

### 아자차 / 카타

부장 / 파트장 / 영업 총괄

- 2010.02 - 2013.01

영업 조직을 꾸렸습니다.

- 앱을 출시했습니다.
"""


@pytest.mark.parametrize(
    ("line", "position"),
    [
        ("차장 / 파트장 / 정산 설계", "차장 / 파트장 / 정산 설계"),
        ("기획 / 정산 개선 / PM", "기획 / 정산 개선 / PM"),
        ("Sales / Key Accounts / Manager", "Sales / Key Accounts / Manager"),
        ("가나소프트 / 다라소프트", None),
        ("정규직 / 정산 운영", None),
        ("주문 흐름을 정리했습니다 / PM", None),
    ],
)
def test_given_a_slash_joined_line_when_read_as_a_role_list_then_only_one_with_a_role_part_is_a_position(
    line, position
):
    assert role_list(line) == position


def test_given_slash_joined_titles_beside_above_or_over_the_period_when_parsed_then_they_are_the_position():
    draft = parse_markdown(LISTED)

    assert entries(draft) == [
        ("가나상사", "기획 / 정산 개선 / PM", "2020.01 - 현재"),
        ("마바사", "차장 / 파트장 / 정산 설계", "2013.03 - 2015.06"),
        ("아자차 / 카타", "부장 / 파트장 / 영업 총괄", "2010.02 - 2013.01"),
    ]
    assert [w["project_name"] for w in draft["work_experiences"]] == [None] * 3
