"""The shared segmenter: headings by lexicon and close spelling, entries anchored on their
periods, company and title told apart, tables read as rows of entries."""

from __future__ import annotations

import pytest

from resumes.parsing import sections
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, make_line
from resumes.parsing.roles import company_and_position
from tests.resumes.documents import parse_markdown


def heading(text: str, level: int = 2):
    line = make_line(text)
    line.kind, line.level = HEADING, level
    return line


@pytest.mark.parametrize(
    ("written", "section"),
    [
        ("Work Experiences", sections.WORK),
        ("Career History", sections.WORK),
        ("프로젝트 이력", sections.PROJECTS),
        ("🔨 Skills", sections.SKILLS),
        ("💼 경력", sections.WORK),
        ("Technical Skils", sections.SKILLS),
        ("경력 기술서 (주요 경험)", sections.WORK),
    ],
)
def test_given_a_structural_heading_when_named_loosely_then_its_section_is_found(written, section):
    assert sections.heading_of(heading(written)) == section


def test_given_a_summary_toggle_when_sections_are_split_then_it_opens_no_section():
    line = heading("Summary", level=7)
    assert sections.heading_of(line) is None


@pytest.mark.parametrize(
    "written",
    [
        "2022.08 ~ 재직 중",
        "2023. 06. - 현재",
        "25.09 - 25.12",
        "2022-03 - present",
        "Mar 2021 – Jun 2023",
        "2014 ~ 2016",
    ],
)
def test_given_a_period_in_a_common_form_when_read_then_it_is_found_whole(written):
    found = find_periods(f"누리소프트 | {written}")
    assert found and found[0].text.replace(" ", "") == written.replace(" ", "")


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Co-Founder, Oh Good Project", "Oh Good Project", "Co-Founder"),
        ("바다물류 인턴", "바다물류", "인턴"),
        ("누리소프트 - 백엔드 개발자", "누리소프트", "백엔드 개발자"),
        ("Senior Backend Engineer at Harbor Freight Tech", "Harbor Freight Tech", "Senior Backend Engineer"),
        ("백엔드 개발자", None, "백엔드 개발자"),
    ],
)
def test_given_an_entry_title_when_split_then_company_and_position_are_told_apart(title, company, position):
    assert company_and_position(title) == (company, position)


def test_given_company_headings_with_labelled_fields_when_parsed_then_each_company_is_its_own_entry():
    draft = parse_markdown(
        "# 오세린\n\n## 경력\n### 파랑테크놀로지\n- 직책: 시니어 백엔드 개발자\n- 기간: 2021-03 ~ 현재\n"
        "- 업무:\n  - 결제 승인 서비스 재작성\n\n### 초록소프트\n- 직책: 백엔드 개발자\n- 기간: 2019-01 ~ 2021-02\n"
    )
    works = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert works == [
        ("파랑테크놀로지", "시니어 백엔드 개발자", "2021-03 ~ 현재"),
        ("초록소프트", "백엔드 개발자", "2019-01 ~ 2021-02"),
    ]
    assert draft["work_experiences"][0]["achievements"] == ["결제 승인 서비스 재작성"]


def test_given_a_duration_note_and_toggled_projects_when_parsed_then_neither_becomes_a_company():
    draft = parse_markdown(
        "# 홍다인\n\n## Work Experiences\n\n### **주식회사 쉼**\n백엔드 개발자 | 2022.08 ~ 재직 중 (2년 9개월)\n\n"
        "<details>\n<summary>숙소 예약 시스템 개편</summary>\n\n- 중복 예약 0건 달성\n\n</details>\n"
    )
    work = draft["work_experiences"]
    assert {w["company"] for w in work} == {"주식회사 쉼"}
    assert work[0]["position"] == "백엔드 개발자" and work[0]["duration"] == "2022.08 ~ 재직 중"
    assert work[0]["project_name"] == "숙소 예약 시스템 개편"
    assert work[0]["achievements"] == ["중복 예약 0건 달성"]


def test_given_a_career_table_when_parsed_then_each_row_is_an_entry_and_the_header_is_not_a_company():
    draft = parse_markdown(
        "# 신예준\n\n## Experience\n\n| Organization | Info | Description | 성과 |\n|---|---|---|---|\n"
        "| 주식회사 딥하늘 | ML 엔지니어<br>2022.03 - 현재 | 추천 모델 운영 | 재학습 주기 단축 |\n"
        "| 한울AI연구소 | 연구원<br>2014 ~ 2016 | 음성 인식 연구 | 지연 35% 감소 |\n"
    )
    works = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert works == [("주식회사 딥하늘", "ML 엔지니어", "2022.03 - 현재"), ("한울AI연구소", "연구원", "2014 ~ 2016")]
    assert draft["work_experiences"][1]["achievements"] == ["지연 35% 감소"]


def test_given_a_profile_table_when_parsed_then_its_name_cell_is_the_name():
    draft = parse_markdown(
        "<table><tr><th>이름</th><td>남궁솔</td><th>휴대폰</th><td>010-6789-3456</td></tr></table>\n\n"
        "## 경력\n\n- 2021.02 ~ 현재: 데이터숲 데이터 엔지니어\n"
    )
    assert draft["name"] == "남궁솔"
    assert draft["contact"]["phone"] == "010-6789-3456"


def test_given_an_emoji_title_heading_when_parsed_then_the_name_is_found_in_it():
    draft = parse_markdown("---\nlayout: page\n---\n\n# Resume\n\n## 👨‍💻 백엔드 개발자 한지호\n\n## 경력\n")
    assert draft["name"] == "한지호"
