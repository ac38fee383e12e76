"""The name on the line under a document title ("자기소개서", "이력서 및 자기소개서", "Cover
Letter") that carries no label: the title is never the name, a person's name under it is, and
a company, a job title, a section or a sentence there is not. The people are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 2, 1)
BODY = "\n\n010-3141-5926 · person@example.org\n\n## 성장 과정\n\n어릴 때부터 무언가를 만드는 일을 좋아했습니다.\n"


def parse(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


@pytest.mark.parametrize(
    ("title", "line", "name"),
    [
        ("# 자기소개서", "한서진", "한서진"),
        ("# 이력서 및 자기소개서", "남궁서윤", "남궁서윤"),
        ("# 자 기 소 개 서", "도 윤 서", "도 윤 서"),
        ("# Cover Letter", "Mira Castellano", "Mira Castellano"),
        ("# COVER LETTER", "## Owen Achterberg", "Owen Achterberg"),
        ("# 자기소개서", "**한서진** · 백엔드 개발자", "한서진"),
    ],
)
def test_given_an_unlabelled_name_under_a_cover_letter_title_when_parsed_then_it_is_the_name(title, line, name):
    assert parse(f"{title}\n\n{line}{BODY}")["name"] == name


@pytest.mark.parametrize(
    "line",
    [
        "성장 과정",
        "주식회사 바람소프트",
        "Northwind Labs",
        "백엔드 개발자",
        "Backend Engineer",
        "저는 개발자입니다.",
        "안녕하세요",
        "Dear Hiring Team",
    ],
)
def test_given_no_person_name_under_the_title_when_parsed_then_neither_it_nor_the_title_is_the_name(line):
    draft = parse(f"# 자기소개서\n\n{line}{BODY}")
    assert draft["name"] is None


def test_given_a_cover_letter_title_in_a_docx_when_parsed_then_the_name_line_under_it_is_the_name():
    from docx import Document

    document = Document()
    document.add_heading("이력서 및 자기소개서", level=1)
    document.add_paragraph("한서진")
    document.add_paragraph("010-3141-5926 · person@example.org")
    document.add_heading("지원 동기", level=2)
    document.add_paragraph("물류 현장의 문제를 소프트웨어로 풀고 싶어 지원했습니다.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse_resume(buffer.getvalue(), today=TODAY).draft["name"] == "한서진"
