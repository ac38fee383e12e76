"""A document titled by a work word ("Career") set as the page's first heading, above the person's
name, opens no section (outline_marks.title_headings): the name is read as the name and the real
employers under the later work heading as the companies. Invented people and employers."""

from __future__ import annotations

from resumes.parsing import sections
from resumes.parsing.markup import markdown_lines
from tests.resumes.documents import _register_fonts, canvas_pdf, entries, parse_markdown
from tests.resumes.test_parsing_pdf_short_lines import parse_pdf

TITLED = """# Career

# 한도윤

백엔드 개발자입니다.

- [깃허브](https://github.com/example)

# 경력

## 누리상사

모바일팀/대리

2018.03 - 2021.06

- 주문 목록을 Kotlin으로 새로 작성

## 바다소프트

앱개발팀/과장

2021.07 - 2024.02

- 결제 SDK 연동
"""


def companies(draft: dict) -> list[str]:
    return [company for company, _, _ in entries(draft)]


def test_given_a_work_word_title_over_the_name_in_markdown_when_parsed_then_the_name_and_employers_are_read():
    draft = parse_markdown(TITLED)

    assert draft["name"] == "한도윤"
    assert companies(draft) == ["누리상사", "바다소프트"]


def test_given_a_work_word_title_over_the_name_when_split_then_the_title_stays_in_the_header():
    found, _ = sections.split_sections(markdown_lines(TITLED))

    assert [name for name, _ in found] == [sections.HEADER, sections.WORK]
    assert [line.text for line in found[0][1]][:2] == ["Career", "한도윤"]


def test_given_a_first_work_heading_with_a_period_before_the_next_when_split_then_both_are_work_sections():
    found, _ = sections.split_sections(
        markdown_lines("# Career\n\n## 누리상사\n\n2018.03 - 2021.06\n\n# 경력\n\n## 바다소프트\n\n2021.07 - 2024.02\n")
    )

    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.WORK]


def test_given_a_work_heading_followed_by_another_section_when_split_then_it_opens_its_section():
    found, _ = sections.split_sections(markdown_lines("# Career\n\n- 물류 회사 근무\n\n# Skills\n\n- Kotlin\n"))

    assert [name for name, _ in found] == [sections.HEADER, sections.WORK, sections.SKILLS]


def draw_titled_page(page) -> None:
    """The page as Chromium prints the Markdown: the title, the name and the work heading in one
    size, the employers smaller, the body small."""
    regular, bold = _register_fonts(True)
    y = 800
    for text, font, size in [
        ("Career", bold, 21),
        ("한도윤", bold, 21),
        ("백엔드 개발자입니다.", regular, 10),
        ("경력", bold, 21),
        ("누리상사", bold, 15.7),
        ("모바일팀/대리", regular, 10),
        ("2018.03 - 2021.06", regular, 10),
        ("바다소프트", bold, 15.7),
        ("앱개발팀/과장", regular, 10),
        ("2021.07 - 2024.02", regular, 10),
    ]:
        margin = size if size > 12 else 0  # a heading's own margins above and below it
        page.setFont(font, size)
        page.drawString(72, y - margin, text)
        y -= 2 * margin + 16


def test_given_a_work_word_title_over_the_name_in_a_pdf_when_parsed_then_the_name_and_employers_are_read():
    draft = parse_pdf(canvas_pdf(draw_titled_page))

    assert draft["name"] == "한도윤"
    assert companies(draft) == ["누리상사", "바다소프트"]
