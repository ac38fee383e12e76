"""A Korean Word resume built from layout tables: a left merged cell labels each block
("주요경력" over a row of 기간 | 회사명 | 직급, "상세경력" over the dated detail with its duties),
and a cover letter ("자기소개서") closes the file. The career label opens the work section, the
row is one employer with its grade as the position, and the cover letter is no part of the work.
The person and the employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document

from resumes.parsing import parse_resume
from resumes.parsing.lines import Line
from resumes.parsing.sections import heading_of

TODAY = datetime.date(2026, 1, 15)


def _labelled_table(document, label: str, rows: list[list[str]]) -> None:
    """A table whose first column is one merged cell holding the block's label."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]) + 1)
    label_cell = table.cell(0, 0)
    if len(rows) > 1:
        label_cell = label_cell.merge(table.cell(len(rows) - 1, 0))
    label_cell.text = label
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c + 1).text = text


def _resume() -> bytes:
    document = Document()
    document.add_paragraph("남궁하늘")
    document.add_paragraph("haneul@example.org")
    _labelled_table(document, "학력", [["2012. 03. ~ 2016. 02.", "한빛대학교", "졸업"]])
    _labelled_table(document, "주요경력", [["2017. 03. ~ 2019. 08.", "구름마루", "주임(영업기획팀)"]])
    _labelled_table(document, "자격증", [["2018. 05. 20", "정보처리기사"]])
    _labelled_table(document, "상세경력", [["2017. 03. 02"]])
    document.add_paragraph("~ 2019. 08. 30")
    document.add_paragraph("구름마루")
    document.add_paragraph("주임(영업기획팀)")
    document.add_paragraph("지역 거래처 판촉 행사 기획")
    document.add_paragraph("분기별 매출 보고서 작성")
    _labelled_table(document, "자기소개서", [[""]])
    document.add_paragraph("성장 과정")
    document.add_paragraph("저는 Kafka 와 Kubernetes 를 다루며 문제를 끝까지 붙잡는 개발자로 성장했습니다.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("label", ["주요경력", "주요 경력", "상세경력"])
def test_given_a_career_block_label_when_read_then_it_opens_the_work_section(label):
    assert heading_of(Line(text=label)) == "work"


def test_given_a_cover_letter_label_when_read_then_it_closes_the_resume_sections():
    assert heading_of(Line(text="자기소개서")) == "ignored"


def test_given_a_label_cell_career_table_when_parsed_then_the_row_is_one_employer_with_its_grade():
    draft = parse_resume(_resume(), filename="이력서.docx", today=TODAY).draft

    work = draft["work_experiences"]
    assert [entry["company"] for entry in work] == ["구름마루"]
    assert work[0]["position"].startswith("주임")
    assert work[0]["duration"].startswith("2017. 03.")


def test_given_a_cover_letter_after_the_career_when_parsed_then_its_prose_is_no_part_of_the_work():
    draft = parse_resume(_resume(), filename="이력서.docx", today=TODAY).draft

    entry = draft["work_experiences"][0]
    assert "Kafka" not in (entry["project_description"] or "")
    assert "Kafka" not in entry["tech_stack"]
