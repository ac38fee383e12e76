"""Section headings are recognised through the decorations people put around them."""

from __future__ import annotations

import pytest

from resumes.parsing import sections
from resumes.parsing.lines import lines_from_text, make_line


@pytest.mark.parametrize(
    ("written", "section"),
    [
        ("■ 경력", sections.WORK),
        ("[경력사항]", sections.WORK),
        ("EXPERIENCE", sections.WORK),
        ("Work Experience", sections.WORK),
        ("Professional Experience:", sections.WORK),
        ("E X P E R I E N C E", sections.WORK),
        ("경력 (총 1년 2개월)", sections.WORK),
        ("1. 프로젝트", sections.PROJECTS),
        ("Personal Projects", sections.PROJECTS),
        ("【 기술 스택 】", sections.SKILLS),
        ("Technical Skills", sections.SKILLS),
        ("학력사항", sections.EDUCATION),
        ("II. Education", sections.EDUCATION),
        ("Ⅱ. 경력사항", sections.WORK),
        ("Ⅳ 보유 기술", sections.SKILLS),
        ("가. 학력사항", sections.EDUCATION),
        ("자격증", sections.CERTIFICATIONS),
        ("Licenses & Certifications", sections.CERTIFICATIONS),
        ("대외활동", sections.ACTIVITIES),
        ("▶ 자기소개", sections.SUMMARY),
        ("About Me", sections.SUMMARY),
        ("Languages", sections.IGNORED),
    ],
)
def test_decorated_heading_opens_its_section(written, section):
    assert sections.heading_of(make_line(written)) == section


@pytest.mark.parametrize(
    "written",
    [
        "Talk: Backpressure patterns for Kafka consumers in Go",
        "- Skills",
        "경력 개발을 위해 사내 스터디를 운영하며 Kafka 운영 경험을 쌓았습니다",
        "Projects I am proud of include a Kafka lag monitor and a static site pipeline",
    ],
)
def test_prose_and_bullets_are_not_headings(written):
    assert sections.heading_of(make_line(written)) is None


def test_languages_inside_skills_is_a_skill_group_not_a_new_section():
    lines = lines_from_text("Skills\nLanguages\nGo, Python\nInterests\nclimbing")
    found, _ = sections.split_sections(lines)
    names = [name for name, _ in found]
    assert names == [sections.HEADER, sections.SKILLS, sections.IGNORED]
    assert [line.text for line in found[1][1]] == ["Languages", "Go, Python"]


@pytest.mark.parametrize(
    ("written", "section"),
    [
        ("WORK_EXPERIENCE", sections.WORK),
        ("work  experience", sections.WORK),
        ("Technical_Skills", sections.SKILLS),
        ("PERSONAL PROJECTS", sections.PROJECTS),
    ],
)
def test_given_a_heading_written_with_other_case_spaces_or_underscores_when_read_then_it_opens_its_section(
    written, section
):
    assert sections.heading_of(make_line(written)) == section


def test_given_languages_in_capitals_inside_skills_when_split_then_it_stays_a_skill_group():
    found, _ = sections.split_sections(lines_from_text("Skills\nLANGUAGES\nGo, Python\nInterests\nclimbing"))

    assert [name for name, _ in found] == [sections.HEADER, sections.SKILLS, sections.IGNORED]
    assert [line.text for line in found[1][1]] == ["LANGUAGES", "Go, Python"]
