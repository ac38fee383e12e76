"""Designed PDFs (Canva, Notion, resume builders, pages printed by Chromium) set section labels
small and coloured and entry titles big and bold: an employer row set larger than its section's
"경력" is an entry of that section when it carries a period, in its row or right below it
(outline_marks.dated_headings); only a section word or an undated heading ends the section.
Invented people and employers."""

from __future__ import annotations

from resumes.parsing import sections
from resumes.parsing.lines import HEADING, make_line
from tests.resumes.documents import _register_fonts, canvas_pdf, entries
from tests.resumes.test_parsing_pdf_short_lines import parse_pdf


def heading(text: str, level: int):
    line = make_line(text, strong=True)
    line.kind, line.level = HEADING, level
    return line


def split(lines) -> list[tuple[str, list[str]]]:
    found, _ = sections.split_sections(lines)
    return [(name, [line.text for line in part]) for name, part in found]


def test_given_a_dated_employer_heading_above_its_section_rank_when_split_then_it_stays_in_the_work_section():
    found = split(
        [
            heading("윤하람", 1),
            heading("경력", 4),
            heading("누리랩 (Nurilab) · 백엔드 엔지니어", 3),
            make_line("2021.05 – 2024.06 (3년 2개월)"),
            make_line("- 주문 API 설계", bullet=True),
            heading("바다웍스 (Badaworks) · 웹 개발자\t2019.03 – 2021.04", 3),
            make_line("- 관리자 화면 개발", bullet=True),
            heading("개인 프로젝트", 4),
            heading("책갈피 앱 · 1인 개발", 3),
            make_line("2024.07 –"),
        ]
    )

    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.PROJECTS]
    assert "바다웍스 (Badaworks) · 웹 개발자\t2019.03 – 2021.04" in found[1][1]


def test_given_an_undated_heading_above_the_section_rank_when_split_then_it_still_ends_the_work_section():
    found = split(
        [
            heading("경력", 4),
            make_line("누리랩 · 백엔드 엔지니어", strong=True),
            make_line("2021.05 – 2024.06"),
            heading("취미와 관심사", 3),
            make_line("주말마다 등산을 합니다"),
        ]
    )

    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.IGNORED]


def draw_designed_page(page) -> None:
    """Section labels small and coloured, employer rows larger and bold, periods under them."""
    regular, bold = _register_fonts(True)
    rows = [
        ("윤하람", bold, 21, None),
        ("풀스택 엔지니어", regular, 9, None),
        ("경력", bold, 11, (0.2, 0.4, 0.8)),
        ("누리랩 (Nurilab) · 백엔드 엔지니어", bold, 11.5, None),
        ("2021.05 – 2024.06 (3년 2개월)", regular, 9, None),
        ("주문 API를 설계하고 운영했습니다.", regular, 9, None),
        ("정산 배치를 Kotlin으로 옮겼습니다.", regular, 9, None),
        ("바다웍스 (Badaworks) · 웹 개발자", bold, 11.5, None),
        ("2019.03 – 2021.04 (2년 2개월)", regular, 9, None),
        ("관리자 화면을 React로 개발했습니다.", regular, 9, None),
        ("고객 문의 도구를 만들었습니다.", regular, 9, None),
        ("하늘소프트 (Haneulsoft) · 인턴", bold, 11.5, None),
        ("2018.07 – 2018.12 (6개월)", regular, 9, None),
        ("사내 위키 검색을 개선했습니다.", regular, 9, None),
        ("학력", bold, 11, (0.2, 0.4, 0.8)),
        ("가람대학교 컴퓨터공학과", regular, 9, None),
    ]
    y = 800
    for text, font, size, colour in rows:
        y -= 8 if size > 10 else 0
        page.setFillColorRGB(*(colour or (0, 0, 0)))
        page.setFont(font, size)
        page.drawString(72, y, text)
        y -= size + 6


def test_given_employer_rows_set_larger_than_their_section_label_in_a_pdf_when_parsed_then_every_employer_is_read():
    draft = parse_pdf(canvas_pdf(draw_designed_page))

    assert [(company, duration) for company, _, duration in entries(draft)] == [
        ("누리랩", "2021.05 – 2024.06"),
        ("바다웍스", "2019.03 – 2021.04"),
        ("하늘소프트", "2018.07 – 2018.12"),
    ]
