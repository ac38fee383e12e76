"""Projects listed one per item or one per heading, named by their own words: the bold span of a
list item, a heading without the client and period set small beside it."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def parse(markdown: str) -> dict:
    return parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft


def test_given_projects_listed_with_bold_names_when_parsed_then_each_item_is_its_own_project():
    draft = parse(
        "# 서하늘\n\n## 주요 프로젝트\n\n"
        "- **물류 대시보드 구축** (2024.03 ~ 2024.05, 단독) — 배차 현황을 한 화면에 모은 대시보드\n"
        "- **사내 위키 검색** (사내) — 형태소 분석으로 검색 품질 개선\n"
        "- **홈랩 클러스터** — 라즈베리파이 세 대로 구성한 쿠버네티스\n"
    )
    projects = [(p["name"], p["duration"], p["description"]) for p in draft["personal_projects"]]
    assert projects == [
        ("물류 대시보드 구축", "2024.03 ~ 2024.05", "배차 현황을 한 화면에 모은 대시보드"),
        ("사내 위키 검색", None, "형태소 분석으로 검색 품질 개선"),
        ("홈랩 클러스터", None, "라즈베리파이 세 대로 구성한 쿠버네티스"),
    ]


def test_given_bold_led_bullets_under_a_project_heading_when_parsed_then_they_stay_its_bullets():
    draft = parse(
        "# 서하늘\n\n## Projects\n\n### Tidewatch\n\n"
        "- **Cut alert noise** (by 60%) — grouped flapping checks\n- **Role**: sole maintainer\n"
    )
    assert [p["name"] for p in draft["personal_projects"]] == ["Tidewatch"]
    assert draft["personal_projects"][0]["key_achievements"][0].startswith("Cut alert noise")


def test_given_bold_led_achievements_in_a_job_when_parsed_then_they_are_not_projects():
    draft = parse(
        "# 서하늘\n\n## 경력\n\n### 하늘소프트 | Backend Engineer | 2021.03 ~ 현재\n\n"
        "- **결제 API 재작성** — 응답 시간 40% 단축\n- **배치 이관** — 야간 배치를 큐로 전환\n"
    )
    work = draft["work_experiences"]
    assert [w["project_name"] for w in work] == [None]
    assert len(work[0]["achievements"]) == 2


def test_given_a_project_heading_with_its_client_set_small_when_parsed_then_the_name_is_the_heading_alone():
    draft = parse(
        "# 서하늘\n\n## 경력\n\n### 누리정보 <small>2018.01 ~ 2020.12</small>\n\n#### 백엔드 개발자\n\n"
        "#### 통합 결제 고도화 <small>A은행 (2019.01 ~ 2019.06)</small>\n\n- 결제 모듈 분리\n\n"
        "#### 모바일 뱅킹 개편 <small>B카드 (2019.07 ~ 2020.06)</small>\n\n- 화면 개편\n"
    )
    projects = [(w["project_name"], w["duration"], w["project_description"]) for w in draft["work_experiences"]]
    assert ("통합 결제 고도화", "2019.01 ~ 2019.06", "A은행") in projects
    assert ("모바일 뱅킹 개편", "2019.07 ~ 2020.06", "B카드") in projects
    assert {w["position"] for w in draft["work_experiences"]} == {"백엔드 개발자"}


def test_given_a_list_of_linked_projects_with_nested_details_when_parsed_then_each_top_item_is_a_project():
    draft = parse(
        "# 서하늘\n\n## 포트폴리오\n\n- [처방 도우미](https://example.com/apps/details?id=com.example.prescription.helper)\n"
        "  - 처방전을 읽어 쉽게 설명\n  - 기술\n    - [Django](https://www.djangoproject.com/)\n  - 2023.12 ~\n"
        "- [댓글 분석기](http://analysis.example.com/)\n"
    )
    projects = [(p["name"], p["duration"]) for p in draft["personal_projects"]]
    assert projects == [("처방 도우미", "2023.12 ~"), ("댓글 분석기", None)]


def test_given_dated_company_headings_outside_every_employer_period_when_parsed_then_each_is_an_employer():
    draft = parse(
        "# 서하늘\n\n## 업무 경험\n\n### 하늘소프트 (22.12 ~ 24.07)\n\n역할: 백엔드 개발자\n\n- 캐시 개선\n\n"
        "### 바다랩스 (2020.01 ~ 2021.01)\n\n- 배포 자동화\n\n### 구름웍스 (2018.06 ~ 2019.11)\n\n- 스크럼 도입\n"
    )
    companies = [(w["company"], w["project_name"]) for w in draft["work_experiences"]]
    assert companies == [("하늘소프트", None), ("바다랩스", None), ("구름웍스", None)]


def test_given_named_projects_in_plain_text_when_parsed_then_the_bracket_before_the_dash_closes_each_name():
    text = (
        "서하늘\n\n주요 프로젝트\n"
        "- 물류 대시보드 구축 (2024.03 ~ 2024.05, 단독) — 배차 현황을 한 화면에 모은 대시보드\n"
        "- 결제 협업 도구 POC — 메신저 어댑터 (2023.05 ~ 2023.07) — 사내 메신저와 결제 승인 연결\n"
        "- 홈랩 클러스터 (개인, 진행 중) — 라즈베리파이 세 대로 구성한 쿠버네티스\n"
    )
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    assert [p["name"] for p in draft["personal_projects"]] == [
        "물류 대시보드 구축",
        "결제 협업 도구 POC — 메신저 어댑터",
        "홈랩 클러스터",
    ]
