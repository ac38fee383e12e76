"""Sections found from the document's outline: headings the lexicon misses classified by their
words, a job's own "Projects" part kept inside the job, and the next employer after it."""

from __future__ import annotations

import pytest

from resumes.parsing import sections
from resumes.parsing.heading_words import keyword_section
from resumes.parsing.markup import markdown_lines


def outline(markdown: str) -> list[tuple[str, list[str]]]:
    found, _ = sections.split_sections(markdown_lines(markdown))
    return [(name, [line.text for line in part]) for name, part in found]


@pytest.mark.parametrize(
    ("written", "section"),
    [
        ("업무 경험", sections.WORK),
        ("실무경험", sections.WORK),
        ("회사 경력", sections.WORK),
        ("커리어", sections.WORK),
        ("Research Experience", sections.WORK),
        ("Teaching Experiences", sections.WORK),
        ("Employment Record", sections.WORK),
        ("최근 작업", sections.PROJECTS),
        ("대표 프로젝트 모음", sections.PROJECTS),
        ("Selected Works", sections.PROJECTS),
        ("Portfolio Highlights", sections.PROJECTS),
        ("Skills I Use Daily", sections.SKILLS),
    ],
)
def test_given_a_heading_the_lexicon_misses_when_classified_then_its_words_name_the_section(written, section):
    assert keyword_section(written) == section


@pytest.mark.parametrize(
    "written",
    [
        "교육 경험",  # "경험" alone is no work word
        "개발 철학",
        "커리어넷",  # a name that merely begins like a section word
        "경력 및 학력",  # two sections: not guessed
        "A long heading of many words about my journey so far",
    ],
)
def test_given_a_heading_without_one_section_word_when_classified_then_no_section_is_guessed(written):
    assert keyword_section(written) is None


def test_given_an_unknown_work_heading_when_split_then_the_career_under_it_is_a_work_section():
    found = outline("# 도유진\n\n## 업무 경험\n\n### 하늘소프트\n\n- 정산 배치 개선\n\n## 최근 작업\n\n- 물류 앱\n")
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.PROJECTS]
    assert found[1][1] == ["하늘소프트", "정산 배치 개선"]


def test_given_a_page_title_or_an_entry_heading_when_split_then_neither_is_guessed_as_a_section():
    found = outline("# 백엔드 개발자 포트폴리오\n\n소개 문장\n\n## 경력\n\n### 스마트 기술 주식회사\n\n- 결제 API\n")
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK]
    assert found[1][1] == ["스마트 기술 주식회사", "결제 API"]


def test_given_a_key_projects_label_inside_a_job_when_split_then_the_work_section_goes_on():
    found = outline(
        "## Experience\n\n#### Consultant @ Northbeam | 2019 - 2021\n\n- Led a migration\n\n"
        "**Key Projects**:\n\n- Ledger Sync Platform\n- Claims Portal\n\n**기술 스택**\n\nKotlin, Kafka\n\n"
        "#### Engineer @ Southbeam | 2016 - 2019\n\n- Built a cache\n\n## Skills\n\n- Go\n"
    )
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.SKILLS]
    assert "Key Projects:" in found[1][1] and "Claims Portal" in found[1][1]
    assert "Engineer @ Southbeam | 2016 - 2019" in found[1][1]


def test_given_a_projects_heading_deeper_than_the_job_when_split_then_it_stays_in_the_job():
    found = outline(
        "# Experience\n\n## ACME <small>2019.11 ~ 2021.05</small>\n\n### Projects\n\n"
        "#### 사내 포털 개편 <small>2021.01 ~ 2021.05</small>\n\n- 검색 개선\n\n---\n\n"
        "## BETA 베타 <small>2015.03 ~ 2019.10</small>\n\n#### 모바일 플랫폼 Backend Developer\n\n"
        "### Skills\n\n- Java\n"
    )
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.SKILLS]
    assert "BETA 베타 2015.03 ~ 2019.10" in found[1][1]


def test_given_the_next_employer_after_a_projects_section_when_split_then_work_is_reopened():
    found = outline(
        "## 경력\n\n### 누리전자 2019.11 ~ 2021.05\n\n- 결제 모듈\n\n### 프로젝트\n\n"
        "- 사내 포털 개편 (2021.01 ~ 2021.05)\n\n### 바다물류 2015.03 ~ 2019.10\n\n- 배차 API\n"
    )
    names = [name for name, _ in found]
    assert names == [sections.HEADER, sections.WORK, sections.PROJECTS, sections.WORK]
    assert found[3][1] == ["바다물류 2015.03 ~ 2019.10", "배차 API"]


def test_given_a_same_level_heading_after_a_guessed_section_when_split_then_it_ends_that_section():
    found = outline(
        "## iOS Developer\n\n### 최근 작업\n\n| 프로젝트 | 설명 |\n|---|---|\n| 물꼬 | 교내 앱 |\n\n"
        "### 이런 걸 해왔습니다\n\n- 구동 시간 단축\n\n### 경력\n\n- 2020.01 ~ 현재 누리랩\n"
    )
    names = [name for name, _ in found]
    assert names == [sections.HEADER, sections.PROJECTS, sections.IGNORED, sections.WORK]


def test_given_a_key_projects_label_with_its_colon_in_plain_text_when_split_then_the_job_goes_on():
    from resumes.parsing.lines import lines_from_text

    text = (
        "Dana Reyes\n\nEXPERIENCE\n\nConsultant @ Northbeam | Aug 2015 – Apr 2019\n- Led delivery\nKey Projects:\n"
        "- Ledger Sync Platform\n- Claims Portal\nEngineer @ Southbeam | May 2014 – Aug 2015\n- Built a cache\n\n"
        "PROJECTS\n\n- Tidewatch — open-source checks for flaky alerts and their owners\n"
    )
    found, _ = sections.split_sections(lines_from_text(text))
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.PROJECTS]
    assert "Claims Portal" in [line.text for line in found[1][1]]


def test_given_dated_entries_on_the_work_headings_own_level_when_split_then_they_stay_in_work():
    found = outline(
        "# Mina Park\n\n## Experience\n\n"
        "## <i class='fa fa-briefcase'></i> Data Engineer, Lumen Freight, Austin *(Apr 2021 – Present)*\n\n"
        "- Moved nightly loads to Airflow\n\n"
        "## Analyst, Corvid Health, Boston *(2018 – 2021)*\n\n- Built the claims dashboard\n\n"
        "## Education\n\n- BSc, State University\n\n## Side Project (2020)\n\n- A chess bot\n"
    )
    names = [name for name, _ in found]
    assert names[:3] == [sections.HEADER, sections.WORK, sections.EDUCATION]
    assert any("Corvid Health" in text for text in found[1][1])
    assert not any("Side Project" in text for _, part in found[1:2] for text in part)
