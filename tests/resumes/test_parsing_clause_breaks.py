"""A Markdown list item hard-broken inside a Korean sentence is one point, as the page shows it."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def achievements(markdown: str) -> list[str]:
    draft = parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft
    return [a for w in draft["work_experiences"] for a in w["achievements"]]


def test_given_a_hard_break_after_a_connective_in_a_nested_item_when_parsed_then_the_point_is_whole():
    markdown = (
        "# 문하람\n\n## 경력\n\n### 다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06\n\n"
        "- 주요 성과\n  - 재고 알림 API를 설계·구현하여  \n    알림 지연을 절반으로 줄였습니다.\n"
        "  - 출고 배치를 분리하고  \n    야간 작업 시간을 줄였습니다.\n"
    )
    found = achievements(markdown)
    assert "재고 알림 API를 설계·구현하여 알림 지연을 절반으로 줄였습니다." in found
    assert "출고 배치를 분리하고 야간 작업 시간을 줄였습니다." in found


def test_given_a_hard_break_after_an_ended_sentence_when_parsed_then_the_lines_stay_apart():
    markdown = (
        "# 문하람\n\n## 경력\n\n### 다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06\n\n"
        "- 재고 알림을 개편했습니다.  \n  출고 배치도 분리했습니다.\n"
    )
    assert "재고 알림을 개편했습니다. 출고 배치도 분리했습니다." not in achievements(markdown)


def test_given_a_word_list_item_broken_after_a_connective_when_parsed_then_the_point_is_whole():
    import io

    from docx import Document

    document = Document()
    document.add_paragraph("문하람")
    document.add_paragraph("경력", style="Heading 1")
    document.add_paragraph("다온물산 | 백엔드 개발자 | 2020.01 ~ 2023.06", style="Heading 2")
    item = document.add_paragraph(style="List Bullet")
    item.add_run("재고 알림 API를 설계·구현하여").add_break()
    item.add_run("알림 지연을 절반으로 줄였습니다.")
    buffer = io.BytesIO()
    document.save(buffer)
    draft = parse_resume(buffer.getvalue(), filename="resume.docx", today=TODAY).draft
    found = [a for w in draft["work_experiences"] for a in w["achievements"]]
    assert "재고 알림 API를 설계·구현하여 알림 지연을 절반으로 줄였습니다." in found
