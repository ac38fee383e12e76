"""A career listed as items, each an employer with its tenure in brackets over its nested duties
("1. 하늘소프트(2년 3개월)" then "- 결제 서버 개발"): every such item is an employer, a trailing
role word its position. Employers are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.banners import banner_headings
from resumes.parsing.lines import HEADING, Line

TODAY = datetime.date(2026, 2, 1)


def jobs(markdown: str) -> list[tuple]:
    draft = parse_resume(markdown.encode(), filename="career.md", today=TODAY).draft
    return [(job["company"], job["position"], job["achievements"]) for job in draft["work_experiences"]]


def test_given_numbered_employers_with_tenures_over_nested_duties_when_parsed_then_each_is_an_employer():
    found = jobs(
        "# 도하준\n\n## 경력\n\n1. 하늘소프트(2년 3개월)\n   - 결제 서버 개발\n2. 주식회사 바다랩(8개월)\n"
        "   - 사내 도구 개발\n3. 별빛아카데미 국비 강사(1년)\n   - C++ 강의\n\n## 학력\n\n한빛대학교\n"
    )
    assert found == [
        ("하늘소프트", None, ["결제 서버 개발"]),
        ("주식회사 바다랩", None, ["사내 도구 개발"]),
        ("별빛아카데미", "국비 강사", ["C++ 강의"]),
    ]


def test_given_a_slide_list_with_dashes_beside_numbers_when_read_then_the_numbered_items_head_employers():
    lines = [
        Line("하늘소프트(2년 3개월)", bullet=True, marker="1.", level=1),
        Line("결제 서버 개발", bullet=True, marker="-", level=1),
        Line("주식회사 바다랩(8개월)", bullet=True, marker="2.", level=1),
        Line("사내 도구 개발", bullet=True, marker="-", level=1),
    ]
    read = banner_headings(lines)
    assert [(line.kind, line.text) for line in read[::2]] == [(HEADING, "하늘소프트"), (HEADING, "주식회사 바다랩")]
    assert read[1] is lines[1] and read[3] is lines[3]


def test_given_one_project_item_with_its_length_under_an_employer_when_read_then_it_stays_an_item():
    lines = [
        Line("누리페이 | 2019.03 ~ 2021.05", kind=HEADING, level=3),
        Line("정산 화면 개편(6개월)", bullet=True, marker="-", level=1),
        Line("화면 설계", bullet=True, marker="-", level=2),
    ]
    assert banner_headings(lines)[1] is lines[1]


def test_given_employer_items_without_nested_duties_when_read_then_they_stay_items():
    lines = [
        Line("하늘소프트(2년 3개월)", bullet=True, marker="-", level=1),
        Line("주식회사 바다랩(8개월)", bullet=True, marker="-", level=1),
    ]
    assert banner_headings(lines) == lines


def test_given_a_title_page_with_the_name_over_the_listed_career_when_parsed_then_the_name_is_no_employer():
    found = jobs(
        "# 경력기술서\n\n#### 도하준\n\n## 기술 스택\n\n- C++\n- Unity\n\n## 경력\n\n"
        "1. 하늘소프트(2년 3개월)\n   - 결제 서버 개발\n2. 주식회사 바다랩(8개월)\n   - 사내 도구 개발\n"
    )
    assert [company for company, _, _ in found] == ["하늘소프트", "주식회사 바다랩"]
