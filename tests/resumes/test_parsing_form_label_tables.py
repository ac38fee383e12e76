"""A 경력기술서 laid out as Word label tables (label cell | value cell: 회사명 | …, 근무기간 | …,
담당업무 | …), as a DOCX built with python-docx and as the same form in bordered HTML tables
printed to PDF by Chromium (label_rows.py, banners.py).

Forms continue a field on rows whose label cell is empty (a duty a row, or the rest of a value
that did not fit), merge the label cell down over those rows, let a table run over a page
break, and head each employer with a banner ("[ 회사 ] 3년 2개월"). Each employer must come
back with its company, position and period, and every duty line whole. People and employers
are invented."""

from __future__ import annotations

import datetime
import io

import pdfplumber
import pytest
from docx import Document

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed pages

TODAY = datetime.date(2026, 1, 15)
STYLE = (
    "body{font-family:'NanumGothic',sans-serif;font-size:13px;width:680px}"
    "table{border-collapse:collapse;width:100%;margin-bottom:12px}"
    "td{border:1px solid #555;padding:4px 8px;vertical-align:top}td.label{width:110px;font-weight:bold}"
)
PERSON = [("성명", "한가람"), ("이메일", "garam@example.org"), ("휴대폰", "010-2345-6789")]
# One table per employer; an empty label continues the field above.
LABELLED = [
    [
        ("회사명", "주식회사 누리페이"),
        ("근무기간", "2021.04 ~ 현재"),
        ("근무형태", "정규직"),
        ("직위", "책임연구원"),
        ("담당업무", "결제 API 설계 및 운영"),
        ("", "가맹점 정산 시스템 재구축"),
        ("", "장애 대응 체계 수립과 온콜 운영"),
    ],
    [
        ("회사명", "다온소프트"),
        ("근무기간", "2018.07 ~"),
        ("", "2021.03"),
        ("직위", "선임"),
        ("담당업무", "물류 WMS 백엔드 개발 및"),
        ("", "입출고 API 성능 개선"),
        ("", "배송 추적 알림 서비스 개발"),
    ],
    [
        ("회사명", "별무리시스템"),
        ("근무기간", "2015.03 ~ 2018.06"),
        ("직위", "사원"),
        ("담당업무", "공공기관 웹 유지보수"),
        *[("", f"민원 처리 화면 {n}종 개선") for n in range(1, 9)],
    ],
]
EXPECTED = [
    (
        "주식회사 누리페이",
        "책임연구원",
        "2021.04 ~ 현재",
        ["결제 API 설계 및 운영", "가맹점 정산 시스템 재구축", "장애 대응 체계 수립과 온콜 운영"],
    ),
    (
        "다온소프트",
        "선임",
        "2018.07 ~ 2021.03",
        ["물류 WMS 백엔드 개발 및 입출고 API 성능 개선", "배송 추적 알림 서비스 개발"],
    ),
    (
        "별무리시스템",
        "사원",
        "2015.03 ~ 2018.06",
        ["공공기관 웹 유지보수", *[f"민원 처리 화면 {n}종 개선" for n in range(1, 9)]],
    ),
]
# Two fields a row, the duties across the row's three value cells.
PAIRED = [
    [
        ("회사명", "주식회사 누리페이", "부서(직책)", "파트장"),
        ("재직기간", "2021.04 ~ 현재", "근무형태", "정규직"),
        ("주요업무/성과", "결제 API 설계 및 운영"),
        ("", "가맹점 정산 시스템 재구축"),
    ],
    [
        ("회사명", "다온소프트", "근무형태", "정규직"),
        ("재직기간", "2018.07 ~ 2021.03", "직위", "선임"),
        ("주요업무/성과", "물류 WMS 백엔드 개발"),
        ("퇴직사유", "계약 만료"),
    ],
]
# "주요업무/성과" lists achievements (labels.py), every row under it one achievement
EXPECTED_PAIRED = [
    ("주식회사 누리페이", "파트장", "2021.04 ~ 현재", ["결제 API 설계 및 운영", "가맹점 정산 시스템 재구축"]),
    ("다온소프트", "선임", "2018.07 ~ 2021.03", ["물류 WMS 백엔드 개발"]),
]
# Each employer headed by a banner: a paragraph over its table, or the table's first row.
BANNERS = [
    (
        "[ 주식회사 누리페이 ] 4년 10개월",
        False,
        [
            ("근무기간", "2021.04 ~ 현재"),
            ("직위", "책임연구원"),
            ("담당업무", "결제 API 설계 및 운영"),
            ("", "가맹점 정산 시스템 재구축"),
        ],
    ),
    ("■ 주식회사 다온소프트 (2018.07 ~ 2021.03)", False, [("직위", "선임"), ("담당업무", "물류 WMS 백엔드 개발")]),
    (
        "【 별무리시스템 】 3년 4개월",
        True,
        [("근무기간", "2015.03 ~ 2018.06"), ("직위", "사원"), ("담당업무", "공공기관 웹 유지보수")],
    ),
]
EXPECTED_BANNERS = [
    ("주식회사 누리페이", "책임연구원", "2021.04 ~ 현재", ["결제 API 설계 및 운영", "가맹점 정산 시스템 재구축"]),
    ("주식회사 다온소프트", "선임", "2018.07 ~ 2021.03", ["물류 WMS 백엔드 개발"]),
    ("별무리시스템", "사원", "2015.03 ~ 2018.06", ["공공기관 웹 유지보수"]),
]


def html(tables: list, *, spacer: int = 0, title: str = "경 력 기 술 서", heading: str = "경력사항") -> str:
    """The form as a page: the person's table, then each employer's banner and table; a blank
    block of `spacer` pixels moves the last table over the page break."""
    parts = [f"<h1>{title}</h1>", _table(PERSON), f"<h2>{heading}</h2>"]
    for index, (banner, in_table, rows) in enumerate(tables):
        if index == len(tables) - 1 and spacer:
            parts.append(f"<div style='height:{spacer}px'></div>")
        if banner and not in_table:
            parts.append(f"<p><b>{banner}</b></p>")
        parts.append(_table(rows, banner=banner if in_table else None))
    body = "".join(parts)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"


def _table(rows: list[tuple[str, ...]], *, banner: str | None = None) -> str:
    width = max(len(row) for row in rows)
    head = f"<tr><td colspan='{width}'><b>{banner}</b></td></tr>" if banner else ""
    cells = "".join(f"<tr>{_cells(row, width)}</tr>" for row in rows)
    return f"<table>{head}{cells}</table>"


def _cells(row: tuple[str, ...], width: int) -> str:
    """Label and value cells in turn; a row short of the width spans its last value across."""
    cells = [
        f"<td class='label'>{text}</td>" if index % 2 == 0 else f"<td>{text}</td>" for index, text in enumerate(row)
    ]
    if len(row) < width:
        cells[-1] = cells[-1].replace("<td>", f"<td colspan='{width - len(row) + 1}'>")
    return "".join(cells)


def docx(tables: list, *, merged: bool = False, title: str = "경 력 기 술 서", heading: str = "경력사항") -> bytes:
    """The form in Word: a two-column grid table per employer; `merged` merges each label cell
    down over the empty label cells under it, as a Word form often does."""
    document = Document()
    document.add_paragraph(title)
    _docx_table(document, PERSON)
    document.add_paragraph(heading)
    for banner, in_table, rows in tables:
        if banner and not in_table:
            document.add_paragraph().add_run(banner).bold = True
        _docx_table(document, rows, banner=banner if in_table else None, merged=merged)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_table(document, rows, *, banner: str | None = None, merged: bool = False) -> None:
    top, width = (1 if banner else 0), max(len(row) for row in rows)
    table = document.add_table(rows=len(rows) + top, cols=width)
    table.style = "Table Grid"
    if banner:
        cell = table.cell(0, 0).merge(table.cell(0, width - 1))
        cell.paragraphs[0].add_run(banner).bold = True
    for index, row in enumerate(rows, start=top):
        if len(row) < width:
            table.cell(index, len(row) - 1).merge(table.cell(index, width - 1))
        for column, text in enumerate(row):
            first, *more = text.split("\n")  # a cell of several paragraphs
            table.cell(index, column).text = first
            for paragraph in more:
                table.cell(index, column).add_paragraph(paragraph)
    if merged:
        for index, (label, _) in enumerate(rows, start=top):
            below = index
            while below + 1 - top < len(rows) and not rows[below + 1 - top][0]:
                below += 1
            if label and below > index:  # two columns: the label is the row's first cell
                table.cell(index, 0).merge(table.cell(below, 0)).text = label


def printed(browser, page_html: str) -> bytes:  # noqa: F811
    page = browser.new_page()
    page.set_content(page_html, wait_until="load")
    return page.pdf(format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})


def work(data: bytes, filename: str, *, achievements: bool = False) -> list[tuple]:
    """Each employer's company, position, period and duty lines (the description's lines, or
    the achievements)."""
    draft = parse_resume(data, filename=filename, today=TODAY).draft
    return [
        (
            w["company"],
            w["position"],
            w["duration"],
            w["achievements"] if achievements else (w["project_description"] or "").split("\n"),
        )
        for w in draft["work_experiences"]
    ]


def _labelled() -> list:
    return [(None, False, rows) for rows in LABELLED]


def test_given_a_word_form_of_label_tables_with_continued_rows_when_parsed_then_each_employer_is_whole():
    assert work(docx(_labelled()), "경력기술서.docx") == EXPECTED


def test_given_the_word_form_with_its_label_cells_merged_down_when_parsed_then_it_reads_the_same():
    assert work(docx(_labelled(), merged=True), "경력기술서.docx") == EXPECTED


@pytest.mark.browser
@pytest.mark.parametrize("spacer", [300, 420], ids=["break among the continued duties", "break after the company row"])
def test_given_the_form_printed_to_pdf_with_a_table_over_the_page_break_when_parsed_then_it_reads_as_the_docx(
    browser,  # noqa: F811
    spacer,
):
    pdf = printed(browser, html(_labelled(), spacer=spacer))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [(page.extract_text() or "").replace("\x01", " ") for page in document.pages]  # the font's space
    assert len(pages) == 2 and "별무리시스템" in pages[0] and "민원 처리 화면 8종 개선" in pages[1]

    assert work(pdf, "경력기술서.pdf") == EXPECTED


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_an_application_form_of_two_fields_a_row_when_parsed_then_each_employer_is_whole(fmt, request):
    """A 이력서 whose career heading carries the form's instruction after a "※"."""
    tables = [(None, False, rows) for rows in PAIRED]
    words = {"title": "이 력 서", "heading": "상세경력 ※ 모든 경력사항을 최근 순으로 기재해 주세요."}
    if fmt == "docx":
        data = docx(tables, **words)
    else:
        data = printed(request.getfixturevalue("browser"), html(tables, **words))
    assert work(data, f"이력서.{fmt}", achievements=True) == EXPECTED_PAIRED


def test_given_a_word_duty_cell_of_several_paragraphs_when_parsed_then_each_paragraph_is_a_duty():
    rows = [
        ("회사명", "다온소프트"),
        ("근무기간", "2018.07 ~ 2021.03"),
        ("직위", "선임"),
        ("담당업무", "물류 WMS 백엔드 개발\n입출고 API 성능 개선"),
    ]
    expected = [("다온소프트", "선임", "2018.07 ~ 2021.03", ["물류 WMS 백엔드 개발", "입출고 API 성능 개선"])]

    assert work(docx([(None, False, rows)]), "경력기술서.docx") == expected


def test_given_banners_heading_each_employer_in_word_when_parsed_then_each_banner_is_the_employer():
    assert work(docx(BANNERS), "경력기술서.docx") == EXPECTED_BANNERS


@pytest.mark.browser
def test_given_banners_heading_each_employer_printed_to_pdf_when_parsed_then_each_banner_is_the_employer(browser):  # noqa: F811
    assert work(printed(browser, html(BANNERS)), "경력기술서.pdf") == EXPECTED_BANNERS
