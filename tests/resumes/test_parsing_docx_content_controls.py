"""DOCX content controls: a Word form's values are typed into content controls (w:sdt), inline
in a paragraph or around whole paragraphs of a cell. python-docx's paragraph text skips them,
which left every value of such a form empty and took a label as the person's name."""

from __future__ import annotations

import datetime
import io

from resumes.parsing import parse_resume
from resumes.parsing.word import docx_lines

TODAY = datetime.date(2025, 7, 15)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def inline_control(paragraph, value: str, *, bold: bool = False) -> None:
    """A plain-text content control inside the paragraph, as Word's form tools insert it."""
    from docx.oxml import parse_xml

    weight = "<w:rPr><w:b/></w:rPr>" if bold else ""
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {W}><w:sdtPr><w:alias w:val='field'/></w:sdtPr><w:sdtContent>"
            f"<w:r>{weight}<w:t xml:space='preserve'>{value}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )


def block_control(cell, lines: list[str]) -> None:
    """A rich-text content control holding whole paragraphs of a table cell."""
    from docx.oxml import parse_xml

    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    cell._tc.append(parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent>{paragraphs}</w:sdtContent></w:sdt>"))


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def filled_form() -> bytes:
    """A Korean 이력서 form: label cells beside cells whose values sit in content controls."""
    from docx import Document

    document = Document()
    document.add_paragraph("이 력 서")
    personal = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        personal.rows, [("성    명", "윤하람"), ("이메일", "haram.yoon@example.com")], strict=True
    ):
        row.cells[0].text = label
        inline_control(row.cells[1].paragraphs[0], value)
    document.add_paragraph("경력사항")
    career = document.add_table(rows=2, cols=3)
    for cell, text in zip(career.rows[0].cells, ["근무기간", "회사명", "직위"], strict=True):
        cell.text = text
    for cell, text in zip(career.rows[1].cells, ["2020.04 ~ 2024.01", "(주)바른길물류", "선임 연구원"], strict=True):
        inline_control(cell.paragraphs[0], text)
    document.add_paragraph("주요 업무")
    duties = document.add_table(rows=1, cols=1)
    duties.rows[0].cells[0].paragraphs[0].text = ""
    block_control(duties.rows[0].cells[0], ["배차 최적화 엔진을 Go로 재작성해 처리 시간 40% 단축"])
    return saved(document)


def texts(data: bytes) -> list[str]:
    return [line.text for line in docx_lines(data)[0] if line.text]


def test_given_values_in_inline_content_controls_when_the_form_is_read_then_each_row_carries_its_value():
    lines = texts(filled_form())

    assert "성 명\t윤하람" in lines
    assert "2020.04 ~ 2024.01\t(주)바른길물류\t선임 연구원" in lines


def test_given_a_cell_whose_paragraphs_are_one_content_control_when_read_then_its_paragraphs_are_lines():
    assert "배차 최적화 엔진을 Go로 재작성해 처리 시간 40% 단축" in texts(filled_form())


def test_given_a_form_filled_through_content_controls_when_parsed_then_the_draft_has_the_person_and_the_job():
    draft = parse_resume(filled_form(), filename="form.docx", today=TODAY).draft

    assert draft["name"] == "윤하람"
    assert draft["contact"]["email"] == "haram.yoon@example.com"
    job = draft["work_experiences"][0]
    assert (job["company"], job["position"], job["duration"]) == ("(주)바른길물류", "선임 연구원", "2020.04 ~ 2024.01")


def test_given_a_bold_value_in_a_content_control_when_read_then_the_line_is_strong():
    from docx import Document

    document = Document()
    inline_control(document.add_paragraph(), "Platform Engineer", bold=True)

    line = next(line for line in docx_lines(saved(document))[0] if line.text)
    assert (line.text, line.strong) == ("Platform Engineer", True)


def test_given_a_ruby_guide_over_a_word_when_read_then_only_the_base_text_is_the_paragraphs():
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    paragraph = document.add_paragraph("Team: ")
    paragraph._p.append(
        parse_xml(
            f"<w:r {W}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt>"
            "<w:rubyBase><w:r><w:t>Kernel</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        )
    )

    assert texts(saved(document)) == ["Team: Kernel"]
