"""DOCX text boxes: Word forms and templates put the name, the contact block or a side column in
floating boxes. A box is read once, right after the paragraph it is anchored in, whichever of
the ways Word records it; a failure of our own walk is logged and never refuses the file."""

from __future__ import annotations

import datetime
import io

from resumes.parsing import parse_resume
from resumes.parsing import word as word_reader
from resumes.parsing.word import docx_lines

TODAY = datetime.date(2025, 7, 15)
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
SHAPE_DATA = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def box_content(texts: list[str], inner: str = "") -> str:
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{text}</w:t></w:r>{inner if i == 0 else ''}</w:p>" for i, text in enumerate(texts)
    )
    return f"<w:txbxContent>{paragraphs}</w:txbxContent>"


def drawing_box(content: str) -> str:
    """A DrawingML text box shape anchored to the page, as Word 2010 and later write it."""
    return (
        '<w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="2000000" cy="600000"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic>'
        f'<a:graphicData uri="{SHAPE_DATA}"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>'
        f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing>"
    )


def vml_box(content: str) -> str:
    """The VML text box older Word and LibreOffice write, and Word keeps as its fallback."""
    return f'<w:pict><v:shape style="position:absolute"><v:textbox>{content}</v:textbox></v:shape></w:pict>'


def word_box(content: str) -> str:
    """A text box as Word saves it: the shape for new readers, a VML copy for old ones."""
    return (
        f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing_box(content)}</mc:Choice>'
        f"<mc:Fallback>{vml_box(content)}</mc:Fallback></mc:AlternateContent>"
    )


def anchor(paragraph, shape: str) -> None:
    from docx.oxml import parse_xml

    run = paragraph.add_run()
    run._r.append(parse_xml(f"<w:wrap {NAMESPACES}>{shape}</w:wrap>")[0])


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def texts(data: bytes) -> list[str]:
    return [line.text for line in docx_lines(data)[0] if line.text]


def form_with_a_boxed_header(shape) -> bytes:
    """An application form whose personal fields sit in a floating box anchored to the title."""
    from docx import Document

    document = Document()
    anchor(
        document.add_paragraph("입사지원서"),
        shape(box_content(["한도윤", "이메일: doyun.han@example.com", "연락처: 010-2468-1357"])),
    )
    document.add_heading("경력", level=1)
    document.add_paragraph("2021.03 ~ 2024.06  (주)푸른들소프트 | 서비스 기획자")
    document.add_paragraph("예약 서비스 화면 설계와 출시 일정 관리", style="List Bullet")
    return saved(document)


def test_given_a_text_box_as_word_saves_it_when_the_docx_is_parsed_then_the_box_is_read_once_after_its_anchor():
    data = form_with_a_boxed_header(word_box)

    assert texts(data)[:4] == ["입사지원서", "한도윤", "이메일: doyun.han@example.com", "연락처: 010-2468-1357"]
    assert texts(data).count("한도윤") == 1
    draft = parse_resume(data, today=TODAY).draft
    assert draft["name"] == "한도윤"
    assert draft["contact"]["email"] == "doyun.han@example.com"
    assert draft["work_experiences"][0]["company"] == "(주)푸른들소프트"


def test_given_a_text_box_written_only_as_vml_or_only_as_a_shape_when_read_then_its_text_is_there():
    for shape in (vml_box, drawing_box):
        assert texts(form_with_a_boxed_header(shape))[1:3] == ["한도윤", "이메일: doyun.han@example.com"]


def test_given_a_branch_without_a_box_when_word_offers_two_then_the_branch_holding_the_box_is_read():
    from docx import Document

    document = Document()
    shape = (
        '<mc:AlternateContent><mc:Choice Requires="wpc"><w:drawing/></mc:Choice>'
        f"<mc:Fallback>{vml_box(box_content(['Side column: Rust, Kotlin']))}</mc:Fallback></mc:AlternateContent>"
    )
    anchor(document.add_paragraph("Avery Quinn"), shape)

    assert texts(saved(document)) == ["Avery Quinn", "Side column: Rust, Kotlin"]


def test_given_a_box_inside_a_box_when_read_then_each_is_read_once_in_document_order():
    from docx import Document

    document = Document()
    inner = word_box(box_content(["Inner note"]))
    anchor(document.add_paragraph("Avery Quinn"), word_box(box_content(["Outer first", "Outer second"], inner)))
    document.add_paragraph("Summary after the boxes")

    assert texts(saved(document)) == [
        "Avery Quinn",
        "Outer first",
        "Inner note",
        "Outer second",
        "Summary after the boxes",
    ]


def test_given_a_text_box_in_a_table_cell_when_read_then_it_follows_the_row():
    from docx import Document

    document = Document()
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "이름"
    grid.cell(0, 1).text = "한도윤"
    anchor(grid.cell(0, 1).paragraphs[0], word_box(box_content(["사진 자리"])))
    document.add_paragraph("자기소개")

    assert texts(saved(document)) == ["이름\t한도윤", "사진 자리", "자기소개"]


def test_given_a_bug_in_the_walk_when_a_docx_is_read_then_it_is_logged_and_the_plain_text_is_read(
    monkeypatch, reader_errors
):
    from docx import Document

    document = Document()
    document.add_paragraph("Avery Quinn")
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "Email"
    grid.cell(0, 1).text = "avery@example.com"

    def broken(paragraph):
        raise KeyError("a bug in our reading")

    monkeypatch.setattr(word_reader, "_paragraph_lines", broken)

    assert texts(saved(document)) == ["Avery Quinn", "Email", "avery@example.com"]
    assert [record.name for record in reader_errors] == ["resumes.parsing.word"]
    reader_errors.clear()  # provoked on purpose
