"""Labelled key-value entry blocks ("1. 회사명: X" with "근무기간:", "직급:", "담당업무:" under
it) and spaced labels ("성    명: …"). The inputs are invented for these tests."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.contact import is_personal_field

TODAY = datetime.date(2026, 1, 15)

KEY_VALUE = """경 력 기 술 서

이    름: 박하늘
연 락 처: 010-5555-1234
이 메 일: haneul.park@example.org

[경력 사항]

[경력 개요]
총 경력 10년

[경력 세부]

1. 회사명: 주식회사 푸른물류
   근무기간: 2019.04 - 현재
   직급: 책임
   담당업무: 물류 추적 시스템 개발

   [프로젝트] 배송 추적 API 구축 (2019.06 - 2020.12)
   - Go로 추적 API를 작성해 조회 지연을 절반으로 줄임
   사용기술: Go, Redis

2. 회사명: 새벽솔루션
   근무기간: 2016.01 - 2019.03
   직급: 선임
   담당업무: 사내 그룹웨어 개발

   [프로젝트] 전자결재 개편 (2017.05 - 2018.02)
   - 결재선 설정 화면을 다시 만들어 문의 감소
   사용기술: Java, Oracle
"""

ENGLISH = """Company: Tallow Freight
Period: 2020.01 - 2022.06
Title: Backend Engineer
- Rebuilt the billing jobs

Company: Ostrander Labs
Period: 2017.03 - 2019.12
Title: Developer
- Maintained the intranet
"""


def parse(text: str, filename: str = "resume.txt") -> dict:
    return parse_resume(text.encode(), filename=filename, today=TODAY).draft


def entries(draft: dict) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]


def test_given_a_label_spread_with_spaces_when_parsed_then_the_name_is_read():
    assert parse(KEY_VALUE)["name"] == "박하늘"


def test_given_numbered_company_label_blocks_when_parsed_then_each_block_is_its_own_employer():
    draft = parse(KEY_VALUE)

    assert entries(draft) == [
        ("주식회사 푸른물류", "책임", "2019.04 - 현재", None),
        ("주식회사 푸른물류", "책임", "2019.06 - 2020.12", "배송 추적 API 구축"),
        ("새벽솔루션", "선임", "2016.01 - 2019.03", None),
        ("새벽솔루션", "선임", "2017.05 - 2018.02", "전자결재 개편"),
    ]


def test_given_personal_lines_under_a_title_read_as_work_when_parsed_then_no_entry_carries_them():
    draft = parse(KEY_VALUE)

    text = " ".join(str(w) for w in draft["work_experiences"])
    assert "010-5555-1234" not in text
    assert "박하늘" not in text


def test_given_english_company_period_title_labels_when_parsed_then_each_company_is_an_entry():
    draft = parse("Jamie Rowe\n\nEXPERIENCE\n\n" + ENGLISH)

    assert [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]] == [
        ("Tallow Freight", "Backend Engineer", "2020.01 - 2022.06"),
        ("Ostrander Labs", "Developer", "2017.03 - 2019.12"),
    ]


def test_given_personal_and_other_labels_when_judged_then_only_personal_ones_count():
    assert is_personal_field("연 락 처: 010-1111-2222")
    assert is_personal_field("E-mail: a@example.org")
    assert not is_personal_field("회사명: 푸른물류")
    assert not is_personal_field("푸른물류")


EMPLOYER_HEADINGS = """# 김하람

## 경력

### 바람랩스 `2022.03 ~ 현재`

*시니어 백엔드 개발자*

#### 알림 허브 구축 `2022.05 ~ 2023.01`

- Go로 알림 발송 서버를 작성

### 소소웹 `2017.01 ~ 2019.01`

*웹 퍼블리셔*

- 반응형 화면 10여 종을 구축
"""


def test_given_an_employer_heading_with_its_period_in_code_when_a_dated_project_follows_then_the_tenure_is_kept():
    draft = parse(EMPLOYER_HEADINGS, "resume.md")

    assert entries(draft)[:2] == [
        ("바람랩스", "시니어 백엔드 개발자", "2022.03 ~ 현재", None),
        ("바람랩스", "시니어 백엔드 개발자", "2022.05 ~ 2023.01", "알림 허브 구축"),
    ]


def test_given_an_employer_heading_without_project_headings_when_parsed_then_it_stays_an_employer():
    draft = parse(EMPLOYER_HEADINGS, "resume.md")

    assert entries(draft)[2] == ("소소웹", "웹 퍼블리셔", "2017.01 ~ 2019.01", None)


EMPLOYER_LINES = """김하늘
haneul.kim@example.com

## 경력

가나랩\t2024.02 ~ 재직 중

디자인팀 · 프로덕트 디자이너

**예약 앱 리뉴얼**

2025.04 ~ 2025.09

- 예약 흐름을 5단계에서 3단계로 줄여 전환율 12% 개선

**관리자 대시보드**

2024.08 ~ 2025.01

- 디자인 시스템 컴포넌트 40종 정리

다라소프트\t2021.03 ~ 2023.12

개발팀 · 웹 디자이너

- 랜딩 페이지 A/B 테스트 운영
"""


def test_given_an_employer_line_with_its_period_when_dated_projects_follow_then_the_tenure_is_kept():
    draft = parse(EMPLOYER_LINES, "resume.md")

    assert entries(draft) == [
        ("가나랩", "프로덕트 디자이너", "2024.02 ~ 재직 중", None),
        ("가나랩", "프로덕트 디자이너", "2025.04 ~ 2025.09", "예약 앱 리뉴얼"),
        ("가나랩", "프로덕트 디자이너", "2024.08 ~ 2025.01", "관리자 대시보드"),
        ("다라소프트", "웹 디자이너", "2021.03 ~ 2023.12", None),
    ]
