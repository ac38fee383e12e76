"""A name field set to the width of the form: a label spread with a tab ("성⇥명"), a name whose
syllables are set apart ("도 윤 서") and a romanisation in brackets beside it."""

from __future__ import annotations

import datetime

import pytest
from docx import Document

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 2, 1)
BODY = "\n## 경력\n\n- 2020.01 ~ 현재: 바람소프트 백엔드 개발자\n"


def parse_text(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


@pytest.mark.parametrize(
    "field",
    [
        "성명 : 도 윤 서 (DO YUN SEO)",
        "성명: 도 윤 서",
        "이 름 : 도윤서 (Do Yunseo)",
        "| 성명 | 도 윤 서 (DO YUN SEO) |\n|---|---|",
    ],
)
def test_given_a_name_field_spaced_or_romanised_when_parsed_then_the_name_is_the_joined_hangul(field):
    assert parse_text(f"# 입사지원서\n\n{field}\n{BODY}")["name"] == "도윤서"


def test_given_a_word_form_with_a_tab_spread_name_label_when_parsed_then_the_name_is_read(tmp_path):
    document = Document()
    document.add_paragraph("입사지원서")
    document.add_paragraph("성\t명 : 도 윤 서 (DO YUN SEO)")
    document.add_paragraph("생년월일 :\t1994 . 03 . 11")
    document.add_heading("경력", level=1)
    document.add_paragraph("2020.01 ~ 현재\t바람소프트 백엔드 개발자")
    path = tmp_path / "form.docx"
    document.save(path)
    draft = parse_resume(path.read_bytes(), filename="form.docx", today=TODAY).draft
    assert draft["name"] == "도윤서"


def test_given_a_name_field_of_a_latin_name_with_a_bracket_when_parsed_then_the_bracket_is_dropped():
    assert parse_text(f"# Resume\n\nName: Mara Quist (she/her)\n{BODY}")["name"] == "Mara Quist"


def test_given_spaced_words_longer_than_syllables_when_in_a_name_field_then_they_are_kept_apart():
    assert parse_text(f"# Resume\n\nName: Mara Quist\n{BODY}")["name"] == "Mara Quist"


def _photo_form(rows: list[tuple[str, str, str, str]]) -> bytes:
    """A Word form's personal table: a photo cell merged down the first column, label and
    value pairs beside it."""
    import io

    document = Document()
    table = document.add_table(rows=len(rows), cols=5)
    photo = table.cell(0, 0).merge(table.cell(len(rows) - 1, 0))
    photo.text = "[사 진]"
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells, 1):
            table.cell(index, column).text = text
    document.add_heading("경력", level=1)
    document.add_paragraph("2020.01 ~ 현재\t바람소프트 백엔드 개발자")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("label", ["성명한글", "성명(국문)", "국문 성명", "이름 (한글)"])
def test_given_a_photo_cell_beside_a_name_label_naming_its_script_when_parsed_then_the_name_is_the_value(label):
    rows = [("지원분야", "백엔드 개발", "희망연봉", "회사 내규"), (label, "도윤서", "성명영문", "Do Yunseo")]

    draft = parse_resume(_photo_form(rows), filename="form.docx", today=TODAY).draft

    assert draft["name"] == "도윤서"


def test_given_a_photo_placeholder_above_the_name_when_parsed_then_the_placeholder_is_no_name():
    draft = parse_text(f"[사 진]\n\n도윤서\n\ndoyun@example.com\n{BODY}")

    assert draft["name"] == "도윤서"
