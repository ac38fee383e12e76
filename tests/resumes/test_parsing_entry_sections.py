"""Section words that are no section: link text in a header row, a job's own stack label, entries
set on their section heading's level; and a Korean heading with its English gloss."""

from __future__ import annotations

import pytest

from resumes.parsing import sections
from resumes.parsing.lines import HEADING, Line


def heading(text: str, level: int = 2) -> Line:
    return Line(text, strong=True, kind=HEADING, level=level, evidence="pdf:size 18.0")


def outline(lines: list[Line]) -> list[tuple[str, list[str]]]:
    found, _ = sections.split_sections(lines)
    return [(name, [line.text for line in part]) for name, part in found]


def names(lines: list[Line]) -> list[str]:
    return [name for name, _ in outline(lines)]


@pytest.mark.parametrize(
    ("written", "section"),
    [
        ("경력 Job Experience", sections.WORK),
        ("Experience 경력", sections.WORK),
        ("학력 Education", sections.EDUCATION),
    ],
)
def test_given_a_korean_heading_with_its_english_gloss_when_read_then_it_names_the_section(written, section):
    assert sections.heading_of(heading(written)) == section


@pytest.mark.parametrize("written", ["커리어 Partners", "기술 Partners"])
def test_given_a_heading_whose_halves_disagree_when_read_then_it_names_no_section(written):
    assert sections.heading_of(heading(written)) is None


def test_given_a_header_row_of_link_words_when_split_then_none_opens_a_section():
    lines = [
        heading("도하늘 이력서", level=1),
        Line("경력 기술서"),
        Line("기술블로그"),
        Line("깃허브 https://example.com/doha"),
        Line("포트폴리오"),
        Line("물류 플랫폼의 프론트엔드를 맡고 있습니다. 사용자 경험을 꾸준히 개선해 왔습니다."),
        heading("경력 Job Experience"),
        heading("별빛상회"),
        Line("2021.03 ~ 2023.05"),
    ]
    found = outline(lines)
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK]
    assert found[1][1] == ["별빛상회", "2021.03 ~ 2023.05"]


def test_given_labelled_contact_lines_before_a_portfolio_heading_when_split_then_the_portfolio_opens_projects():
    lines = [
        Line("Dana Reyes"),
        Line("Email: dana@example.com"),
        Line("GitHub: https://example.com/dana"),
        Line("Portfolio", strong=True),
        Line("Tide tables app, a weekend build"),
    ]
    assert names(lines) == [sections.HEADER, sections.PROJECTS]


def test_given_jobs_on_the_work_headings_level_with_a_stack_label_when_split_then_all_stays_in_work():
    lines = [
        heading("경력"),
        heading("별빛상회"),
        Line("프론트엔드 엔지니어"),
        Line("2021.03 ~ 2023.05"),
        heading("주문 관리 화면"),
        Line("주문 관리 화면을 처음부터 만들었습니다."),
        Line("사용기술"),
        Line("TypeScript, Next.js, Jest"),
        heading("결제 모듈 개편", level=3),
        Line("2022.01 ~ 2022.06"),
        Line("결제 실패율 30% 감소", bullet=True, marker="•"),
        heading("달빛랩스"),
        Line("2019.01 ~ 2021.02"),
        heading("학력"),
        Line("한빛대학교 컴퓨터공학과"),
    ]
    found = outline(lines)
    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.EDUCATION]
    assert "사용기술" in found[1][1] and "달빛랩스" in found[1][1]


def test_given_projects_with_their_period_set_before_the_heading_when_split_then_each_stays_in_projects():
    lines = [
        heading("개인 프로젝트"),
        Line("2022.06 ~ 2022.08"),
        heading("노을 - 기술 블로그"),
        Line("사용기술"),
        Line("Next.js, Prisma, Supabase"),
        Line("2023.01 ~ 2023.04"),
        heading("바람 - 음악 공유 앱"),
    ]
    found = outline(lines)
    assert [name for name, _ in found] == [sections.HEADER, sections.PROJECTS]
    assert found[1][1][-1] == "바람 - 음악 공유 앱"


def test_given_a_bold_skills_heading_after_a_plain_dated_career_when_split_then_it_opens_skills():
    lines = [
        Line("Experience", strong=True),
        Line("Acme Tools, Engineer, 2019 - 2021"),
        Line("Built the billing service", bullet=True, marker="•"),
        Line("Skills", strong=True),
        Line("Python, Go, PostgreSQL"),
    ]
    assert names(lines) == [sections.HEADER, sections.WORK, sections.SKILLS]
