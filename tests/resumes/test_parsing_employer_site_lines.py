"""A company heading followed by its site on a line of its own, its period, and a position
written as "Role · product": the site is no project, the role is the position, and the rows of
tags closing the entry open no employer. The companies and people are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.positions import role_with_note
from resumes.parsing.urls import is_bare_address

TODAY = datetime.date(2026, 1, 15)

ENTRY = """### {company}
{site}
{period}
{position}
{company} 예약 시스템의 백엔드를 개발합니다.

- 예약 API 응답 시간을 40% 단축했습니다.

Go Redis Kafka
MySQL Docker
"""


def test_given_site_period_and_role_lines_under_company_headings_when_parsed_then_each_entry_is_read():
    text = "# 문서아\n\nseoa.moon@example.com\n\n## 경력\n\n" + "\n".join(
        [
            ENTRY.format(
                company="(주)바람소프트",
                site="windsoft.io",
                period="2022.03 — Present",
                position="Backend Engineer · 예약 플랫폼 (MAU 5만)",
            ),
            ENTRY.format(
                company="(주)새벽랩",
                site="saebyeok.kr",
                period="2019.01 — 2022.02",
                position="Server Developer · 쿠폰 서비스",
            ),
        ]
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    works = [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]
    assert works == [
        ("(주)바람소프트", "Backend Engineer", "2022.03 — Present", None),
        ("(주)새벽랩", "Server Developer", "2019.01 — 2022.02", None),
    ]


def test_given_texts_when_checked_then_only_a_bare_address_is_one():
    assert is_bare_address("windsoft.io") and is_bare_address("https://www.windsoft.io/")
    assert not is_bare_address("바람소프트") and not is_bare_address("v1.2") and not is_bare_address("windsoft io")


def test_given_role_lines_when_checked_then_a_role_with_a_product_note_is_a_position():
    assert role_with_note("Backend Engineer · 예약 플랫폼 (MAU 5만)")
    assert not role_with_note("Backend Engineer")  # a plain role is read by is_role
    assert not role_with_note("예약 플랫폼 · 쿠폰 서비스")
