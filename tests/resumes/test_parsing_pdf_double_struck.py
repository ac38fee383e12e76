"""PDFs whose bold is struck twice (wkhtmltopdf, Word and HWP exports of a font without a bold
face): each glyph drawn again a fraction of a point aside, in the same regular font. The PDFs
are drawn here with ReportLab's canvas, with invented text."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.pdf import pdf_lines
from tests.resumes.documents import _register_fonts, canvas_pdf

TODAY = datetime.date(2025, 7, 15)


def struck(page, x: float, y: float, text: str, *, offset: float = 0.3) -> None:
    """Draw `text` twice, the second strike `offset` points to the left, as Qt's fake bold does."""
    page.drawString(x, y, text)
    page.drawString(x - offset, y, text)


def lines_of(data: bytes) -> list:
    return [line for line in pdf_lines(data)[0] if line.text]


def test_given_a_name_and_headers_struck_twice_when_read_then_each_reads_once_and_is_bold():
    regular, _ = _register_fonts(True)

    def draw(page):
        page.setFont(regular, 20)
        struck(page, 60, 780, "한도윤")
        page.setFont(regular, 10)
        page.drawString(60, 756, "이메일: doyun.han@example.com")
        struck(page, 60, 720, "경력")
        struck(page, 60, 700, "(주)푸른들소프트")
        struck(page, 470, 700, "2021.03 - 2024.06")
        struck(page, 60, 686, "Senior Engineer", offset=0.64)
        page.drawString(60, 668, "예약 서비스의 결제 흐름을 다시 설계하고 출시 일정을 맞췄습니다.")

    lines = lines_of(canvas_pdf(draw))
    by_text = {line.text: line for line in lines}

    assert [line.text for line in lines] == [
        "한도윤",
        "이메일: doyun.han@example.com",
        "경력",
        "(주)푸른들소프트\t2021.03 - 2024.06",
        "Senior Engineer",
        "예약 서비스의 결제 흐름을 다시 설계하고 출시 일정을 맞췄습니다.",
    ]
    assert by_text["경력"].strong and by_text["Senior Engineer"].strong
    assert not by_text["이메일: doyun.han@example.com"].strong


def test_given_a_resume_with_a_fake_bold_name_and_entry_when_parsed_then_the_draft_reads_them_once():
    regular, _ = _register_fonts(True)

    def draw(page):
        page.setFont(regular, 20)
        struck(page, 60, 780, "한도윤")
        page.setFont(regular, 10)
        page.drawString(60, 756, "doyun.han@example.com")
        page.setFont(regular, 14)
        struck(page, 60, 720, "경력")
        page.setFont(regular, 10)
        struck(page, 60, 700, "(주)푸른들소프트 | 백엔드 개발자")
        struck(page, 470, 700, "2021.03 - 2024.06")
        page.drawString(60, 684, "- 정산 배치의 처리 시간을 절반으로 줄였습니다.")

    draft = parse_resume(canvas_pdf(draw), today=TODAY).draft

    assert draft["name"] == "한도윤"
    work = draft["work_experiences"][0]
    assert (work["company"], work["position"]) == ("(주)푸른들소프트", "백엔드 개발자")


def test_given_a_page_drawn_twice_over_when_read_then_its_text_reads_once_and_nothing_is_taken_for_bold():
    def draw(page):
        page.setFont("Helvetica", 10)
        for offset in (0.0, 0.4):
            page.drawString(60 - offset, 780, "Avery Quinn")
            page.drawString(60 - offset, 760, "Backend engineer who keeps the billing pipeline boring.")
            page.drawString(60 - offset, 740, "Go, PostgreSQL, Kafka")

    lines = lines_of(canvas_pdf(draw))

    assert [(line.text, line.strong) for line in lines] == [
        ("Avery Quinn", False),
        ("Backend engineer who keeps the billing pipeline boring.", False),
        ("Go, PostgreSQL, Kafka", False),
    ]


def test_given_plain_text_with_double_letters_when_read_then_nothing_is_dropped():
    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(60, 780, "Skills: Kafka, Terraform, Ollama, Mississippi llll")
        page.setFont("Helvetica", 4)
        page.drawString(60, 760, "small print: all ill illl")
        page.setFont("Helvetica-Bold", 10)
        page.drawString(60, 740, "Staff Engineer")

    lines = lines_of(canvas_pdf(draw))

    assert [(line.text, line.strong) for line in lines] == [
        ("Skills: Kafka, Terraform, Ollama, Mississippi llll", False),
        ("small print: all ill illl", False),
        ("Staff Engineer", True),
    ]


def test_given_a_ruled_table_whose_labels_are_struck_twice_when_read_then_its_cells_read_once():
    def draw(page):
        page.setFont("Helvetica", 10)
        page.drawString(60, 800, "Avery Quinn")
        for y in (780, 760, 740):
            page.line(60, y, 400, y)
        for x in (60, 160, 400):
            page.line(x, 740, x, 780)
        struck(page, 66, 766, "Employer")
        page.drawString(166, 766, "Northwind Labs")
        struck(page, 66, 746, "Period")
        page.drawString(166, 746, "2020.01 - 2023.12")

    rows = [line.text for line in lines_of(canvas_pdf(draw)) if line.evidence == "pdf:table"]

    assert rows == ["Employer\tNorthwind Labs", "Period\t2020.01 - 2023.12"]
