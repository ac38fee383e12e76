"""Korean work entries as people write them: labelled positions under a company heading, a role
with the domains it worked on, skills sections named "Technical Experiences". The people,
companies and lines are invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import labels, parse_resume
from resumes.parsing.dates import find_periods
from resumes.parsing.entry_headings import without_department, without_note
from resumes.parsing.headers import header_parts
from resumes.parsing.heading_words import keyword_section
from resumes.parsing.labels import is_part_label
from resumes.parsing.lines import Line
from resumes.parsing.positions import split_position
from resumes.parsing.work_lines import team_role

TODAY = datetime.date(2026, 1, 15)


def _works(text: str) -> list[tuple]:
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


def test_given_a_position_label_under_a_company_heading_when_parsed_then_it_is_the_position():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## 경력\n\n"
        "### 한울소프트 (2019. 03. - 현재)\n- 포지션: 서버 개발자\n- 담당업무:\n  - 결제 API를 개발했습니다.\n\n"
        "### 별빛상사 (2017. 01. - 2019. 02.)\n- 직무: 웹 개발자 / 결제 / 정산\n- 주문 화면을 개발했습니다.\n"
    )
    assert _works(text) == [
        ("한울소프트", "서버 개발자", "2019. 03. - 현재"),
        ("별빛상사", "웹 개발자", "2017. 01. - 2019. 02."),
    ]


def test_given_a_slash_list_when_split_then_a_leading_role_keeps_the_domains_as_a_note():
    assert split_position("서버 개발자 / 결제 / 정산") == ("서버 개발자", "결제 / 정산")
    assert split_position("Frontend Engineer / 디자인 시스템 구축") == ("Frontend Engineer", "디자인 시스템 구축")
    assert split_position("Mobile / Android Engineer") == ("Mobile / Android Engineer", "")
    assert split_position("결제 / 서버 개발자") == ("결제 / 서버 개발자", "")


def test_given_an_experience_heading_qualified_by_a_skill_word_then_it_is_skills():
    assert keyword_section("Technical Experiences") == "skills"
    assert keyword_section("Tech Experience") == "skills"
    assert keyword_section("기술 경험") == "skills"
    assert keyword_section("Work Experiences") == "work"
    assert keyword_section("Experiences") == "work"


def test_given_the_name_and_role_as_two_sentences_under_the_title_when_parsed_then_the_name_is_read():
    text = "# Resume\n\n한가람. 백엔드 개발자.\ngaram@example.com\n\n## 경력\n\n### 한울소프트 (2019. 03. - 현재)\n- 포지션: 서버 개발자\n"
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    assert draft["name"] == "한가람"


CAREER_DESCRIPTION = """## 경력기술서

---

**이름:** 한가람
**포지션:** Backend Engineer
**직책:** 선임연구원
**소속:** 별빛랩 (2017.09 ~ 현재, 8년차)

결제와 정산 시스템을 만들어 온 개발자입니다.

---

### 주요 프로젝트

#### 1. 결제 시스템 개편

- **소속 회사:** 별빛랩
- **업무 기간:** 2019.04 -- 현재

**주요 업무 및 성과:**
- 결제 API를 새로 설계했습니다.
- 정산 배치를 분산 처리로 바꿨습니다.
"""


def test_given_a_labelled_header_with_the_period_beside_the_employer_then_it_is_one_entry_with_that_period():
    draft = parse_resume(CAREER_DESCRIPTION.encode(), filename="resume.md", today=TODAY).draft
    works = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert works[0] == ("별빛랩", "Backend Engineer", "2017.09 ~ 현재")
    assert all(w["company"] != "포지션:" for w in draft["work_experiences"])


def test_given_joined_labels_over_a_projects_bullets_then_the_label_is_no_project():
    draft = parse_resume(CAREER_DESCRIPTION.encode(), filename="resume.md", today=TODAY).draft
    names = [p["name"] for p in draft["personal_projects"]] + [w["project_name"] for w in draft["work_experiences"]]
    assert "주요 업무 및 성과" not in names
    assert "결제 시스템 개편" in names
    bullets = [a for p in draft["personal_projects"] for a in p["key_achievements"]]
    bullets += [a for w in draft["work_experiences"] for a in w["achievements"]]
    assert "정산 배치를 분산 처리로 바꿨습니다." in bullets


def test_given_title_first_entries_when_parsed_then_the_marked_line_is_the_company_and_the_title_the_position():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## CAREER\n\n"
        "**PG 서버 개발자**  \n`2021.02 ~ (재직 중)`  \n(주)하늘데이터 사원\n- 결제 서버를 개발했습니다.\n\n"
        "**코딩교육 트레이너**  \n`2019.07 ~ 2021.01 (총 강의 시간 120H)`  \n(주)누리교육 프리랜서 강사\n"
        "- 알고리즘을 가르쳤습니다.\n"
    )
    assert _works(text) == [
        ("하늘데이터", "PG 서버 개발자", "2021.02 ~ (재직 중)"),
        ("누리교육", "코딩교육 트레이너", "2019.07 ~ 2021.01"),
    ]


def test_given_a_running_end_in_brackets_or_a_total_note_when_read_then_the_period_is_whole_and_the_note_no_title():
    period = find_periods("2021.02 ~ (재직 중)")[0]
    assert (period.start.year, period.start.month, period.end, period.text) == (2021, 2, None, "2021.02 ~ (재직 중)")
    assert header_parts("2019.07 ~ 2021.01 (총 강의 시간 120H)")[0] == ""
    assert header_parts("2019.07 ~ 2021.01 (3년 2개월)")[0] == ""


def test_given_dated_team_role_lines_under_one_company_when_parsed_then_each_is_a_stretch_with_its_position():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## Experience\n\n### 주식회사 별빛상사\n"
        "*2023.01 ~ 현재 | 검색팀 서버 개발*\n*   **검색 API 개발**\n    *   색인 파이프라인을 개편했습니다.\n"
        "*2021.06 ~ 2022.12 | 정산팀 백엔드 개발*\n*   **정산 배치 개발**\n    *   배치를 분산 처리로 바꿨습니다.\n"
        "---\n### (주)누리 (Nuri Inc.)\n*2019.05 ~ 2021.05 | 누리 앱 서비스 개발*\n*   **앱 API 개발**\n"
    )
    works = _works(text)
    assert ("주식회사 별빛상사", "서버 개발", "2023.01 ~ 현재") in works
    assert ("주식회사 별빛상사", "백엔드 개발", "2021.06 ~ 2022.12") in works
    assert {w[0] for w in works} == {"주식회사 별빛상사", "(주)누리"}
    assert all(position is None for company, position, _ in works if company == "(주)누리")


def test_given_team_role_titles_when_read_then_the_team_drops_and_products_are_no_role():
    assert team_role("검색팀 서버 개발") == "서버 개발"
    assert team_role("백엔드 개발") == "백엔드 개발"
    assert team_role("글램 서비스 개발") is None
    assert without_note("(주)누리 (Nuri Inc.)") == "(주)누리"
    assert without_note("누리랩 (주)") == "누리랩 (주)"


def test_given_a_company_heading_ending_in_a_department_when_parsed_then_the_department_drops():
    assert without_department("별빛상사 데이터팀") == "별빛상사"
    assert without_department("누리전자 DS부문") == "누리전자"
    assert without_department("Harbor Corp Platform Division") == "Harbor Corp Platform"
    assert without_department("한빛센터") == "한빛센터"  # one word: the name itself
    assert without_department("Acme Labs") == "Acme Labs"
    text = "# 한가람\n\ngaram@example.com\n\n## 경력\n\n### 별빛상사 데이터팀\n\n- 기간: 2020.10 ~ 2025.06\n- 직무: 데이터 엔지니어\n"
    assert _works(text) == [("별빛상사", "데이터 엔지니어", "2020.10 ~ 2025.06")]


CLIENT_PROJECTS = """# 한가람

garam@example.com

## 경력

### 별빛상사 데이터팀

- 기간: 2020.10 ~ 현재
- 직무: 데이터 엔지니어 / 정산 / 검색

- 정산 파이프라인을 운영했습니다.

### 누리소프트 개발본부

- 기간: 2016.03 ~ 2020.09
- 직무: 백엔드 개발자

- 주문 API를 개발했습니다.

## 경력기술서

### 1. 별빛상사 | 정산 배치 분산 처리

- 기간: 2021.03 ~ 2021.12

#### 문제

정산 배치가 밤새 끝나지 않았습니다.

#### 주요 실행

- 배치를 파티션 단위로 나눴습니다.

#### 성과

- 처리 시간을 6시간에서 1시간으로 줄였습니다.

### 2. 푸른은행 | 모바일 뱅킹 개편

- 기간: 2018.01 ~ 2018.12
- 소속: 누리소프트 SI 프로젝트

#### [개발]

- 이체 화면을 새로 만들었습니다.
"""


def test_given_a_career_description_with_client_headings_then_they_are_projects_of_the_employers():
    draft = parse_resume(CLIENT_PROJECTS.encode(), filename="resume.md", today=TODAY).draft
    works = draft["work_experiences"]
    assert {w["company"] for w in works} == {"별빛상사", "누리소프트"}
    projects = {w["project_name"]: w for w in works if w["project_name"]}
    assert set(projects) == {"정산 배치 분산 처리", "모바일 뱅킹 개편"}
    assert projects["정산 배치 분산 처리"]["company"] == "별빛상사"
    assert projects["정산 배치 분산 처리"]["duration"] == "2021.03 ~ 2021.12"
    assert "처리 시간을 6시간에서 1시간으로 줄였습니다." in projects["정산 배치 분산 처리"]["achievements"]
    assert projects["모바일 뱅킹 개편"]["company"] == "누리소프트"
    assert "이체 화면을 새로 만들었습니다." in projects["모바일 뱅킹 개편"]["achievements"]


def test_given_part_headings_of_a_write_up_then_they_are_labels_not_names():
    for text in ("문제", "#### 주요 실행", "성과", "[개발]", "**주요 업무 및 성과:**", "Background", "배경"):
        assert is_part_label(text), text
    for text in ("정산 배치 분산 처리", "copang", "Tech Stack"):
        assert not is_part_label(text), text
    text = "# 한가람\n\ngaram@example.com\n\n## 프로젝트\n\n### 꽃길\n\n#### [개발]\n- 지도 화면을 만들었습니다.\n\n#### [인프라]\n- 배포를 자동화했습니다.\n"
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    assert [p["name"] for p in draft["personal_projects"]] == ["꽃길"]
    assert draft["personal_projects"][0]["key_achievements"] == ["지도 화면을 만들었습니다.", "배포를 자동화했습니다."]


TIMELINE = """안녕하세요, **한가람**입니다. 결제 시스템을 주로 개발합니다.

---

- **2019.05 ~ now** 누리텍 (검색본부)
    - 검색 API 서버 개발
    - 키워드
        - Kafka
- **2017.03 ~ 2019.04** 별빛상사 (물류사업부)
    - 물류 관리 시스템 유지보수
- **2012.03 ~ 2017.02** 새솔대학교
    - 컴퓨터공학과 학사
"""


def test_given_a_dated_list_without_a_work_heading_then_its_organisations_are_the_work_entries():
    draft = parse_resume(TIMELINE.encode(), filename="about.md", today=TODAY).draft
    works = {(w["company"], w["duration"]) for w in draft["work_experiences"]}
    assert works == {("누리텍", "2019.05 ~ now"), ("별빛상사", "2017.03 ~ 2019.04")}
    assert draft["name"] == "한가람"  # not "키워드", a nested item


def test_given_one_dated_item_without_a_work_heading_then_no_entry_is_guessed():
    text = "안녕하세요, **한가람**입니다.\n\n- **2019.05 ~ now** 누리텍\n    - 검색 API 서버 개발\n"
    draft = parse_resume(text.encode(), filename="about.md", today=TODAY).draft
    assert draft["work_experiences"] == []


def test_given_a_keywords_item_over_names_under_a_job_then_it_is_no_project():
    draft = parse_resume(TIMELINE.encode(), filename="about.md", today=TODAY).draft
    assert all(w["project_name"] is None for w in draft["work_experiences"])
    assert labels.label_of(Line("키워드: Kafka, Redis")) == (labels.TECH, "Kafka, Redis")


def test_given_a_note_on_how_a_project_was_made_after_its_name_then_the_name_stands_alone():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## 사이드 프로젝트\n\n"
        "#### 1. 꽃길 (1인 개발 · 운영 중)\n- 지도 화면을 만들었습니다.\n\n"
        "#### 2. 별자리 (오픈소스)\n- 패키지를 배포했습니다.\n\n"
        "#### 3. 물결 (Rust)\n- 파서를 만들었습니다.\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    projects = {p["name"]: p for p in draft["personal_projects"]}
    assert set(projects) == {"꽃길", "별자리", "물결"}
    assert "1인 개발 · 운영 중" in (projects["꽃길"]["description"] or "")


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Vermont State Transit Department", "Vermont State Transit Department"),  # a public body's own name
        ("Lakeshore County Health Department", "Lakeshore County Health Department"),
        ("서해특별시 교육청", "서해특별시 교육청"),
        ("대한민국 해양관리부", "대한민국 해양관리부"),
        ("Harbor Corp. Sales Department", "Harbor Corp. Sales"),  # a company before it: its department
        ("별빛상사 데이터팀", "별빛상사"),
    ],
)
def test_given_a_company_line_ending_in_a_department_word_when_cleaned_then_only_a_unit_of_a_company_is_off(
    company, expected
):
    # Given a company line whose last word names a department
    # When the department is taken off
    # Then a public body's name stays whole, a company's department goes
    assert without_department(company) == expected


def test_given_employer_lines_each_over_a_duty_title_ending_in_damdang_when_parsed_then_each_is_an_employer():
    text = (
        "윤다온\ndao.yoon@example.com\n\n경력\n"
        "한결상사\t2023.07 ~ 2023.10\n물류 운영 매니저\n• 입출고 점검 절차를 표준화해 오류율 30% 감소\n"
        "누리테크\t2020.03 ~ 2023.06\n품질 관리 담당\n• 검수 기준서를 작성하고 협력사 교육 진행\n"
    )
    assert _works(text) == [
        ("한결상사", "물류 운영 매니저", "2023.07 ~ 2023.10"),
        ("누리테크", "품질 관리 담당", "2020.03 ~ 2023.06"),
    ]
