"""Section headings the lexicon knows only once their qualifiers are read off ("[세부경력내용]",
"[주요 수행프로젝트]", "Project Details"), and a heading joining three section names."""

from __future__ import annotations

import pytest

from resumes.parsing import sections
from resumes.parsing.heading_words import bare_heading
from resumes.parsing.markup import markdown_lines


def outline(markdown: str) -> list[tuple[str, list[str]]]:
    found, _ = sections.split_sections(markdown_lines(markdown))
    return [(name, [line.text for line in part]) for name, part in found]


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("세부경력내용", "경력"),
        ("주요 수행프로젝트", "프로젝트"),
        ("상세 경력 사항", "경력"),
        ("Project Details", "Project"),
        ("세부 내용", "내용"),  # qualifiers alone keep the last one: no section word is made up
        ("Retail", "Retail"),  # an English qualifier is a whole word, never a word's end
    ],
)
def test_given_a_qualified_heading_when_bared_then_only_its_section_word_is_left(written, bare):
    assert bare_heading(written) == bare


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("## [세부경력내용]", sections.WORK),
        ("## [주요 수행프로젝트]", sections.PROJECTS),
        ("## Project Details", sections.PROJECTS),
        ("**[세부경력내용]**", sections.WORK),
    ],
)
def test_given_a_heading_set_apart_with_qualifiers_when_read_then_it_names_the_section(heading, section):
    assert sections.heading_of(markdown_lines(heading)[0]) == section


def test_given_a_plain_line_with_qualifiers_when_read_then_it_opens_no_section():
    assert sections.heading_of(markdown_lines("[프로젝트 내용]")[0]) is None


def test_given_a_bold_qualified_work_label_after_an_ignored_heading_when_split_then_the_jobs_are_a_work_section():
    found = outline(
        "# 한도윤\n\n## 학력\n\n한빛대학교 컴퓨터공학과\n\n## [나를 움직이는 힘]\n\n끝까지 파고드는 성격입니다.\n\n**[세부경력내용]**\n\n"
        "**하늘소프트 2020년 03월 ~ 2022년 05월**\n\n결제팀 / 대리\n\n**[주요 수행프로젝트]**\n\n"
        "정산 화면 개편 (2021.01~2021.06)\n"
    )
    assert [name for name, _ in found] == [
        sections.HEADER,
        sections.EDUCATION,
        sections.IGNORED,
        sections.WORK,
        sections.PROJECTS,
    ]
    assert found[3][1][0] == "하늘소프트 2020년 03월 ~ 2022년 05월"
    assert found[4][1] == ["정산 화면 개편 (2021.01~2021.06)"]


@pytest.mark.parametrize("heading", ["HONORS, AWARDS & CERTIFICATIONS", "Honours and Awards"])
def test_given_a_heading_joining_honors_with_other_section_names_when_read_then_it_is_the_activities(heading):
    assert sections.lexicon_section(heading) == sections.ACTIVITIES
