"""The classic Korean resume form, built of ruled tables in Word and in PDF: 인적사항 (label and
value cells), 학력사항 (기간 | 학교명 | 전공 | 구분), 경력사항 (근무기간 | 회사명 | 부서 | 직위 |
담당업무, or 입사일 | 퇴사일 columns, or "2018.07~2021.03 (2년 9개월)") and 자격사항 (취득일 |
자격증명 | 발행처). The header row says which cell is what: the grade is the position, the team
goes nowhere, and a certificate's issuer stays apart from its name. The person, schools and
employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document

from resumes.parsing import parse_resume
from tests.resumes import documents
from tests.resumes.documents import entries

TODAY = datetime.date(2026, 1, 15)

PERSONAL = [
    ["성명", "한가람", "생년월일", "1990.05.12"],
    ["휴대전화", "010-2345-6789", "이메일", "garam@example.org"],
    ["주소", "서울시 마포구 가온로 12", "", ""],
]
SCHOOLS = [
    ["기간", "학교명", "전공", "구분"],
    ["2009.03 ~ 2015.02", "한빛대학교", "컴퓨터공학", "졸업"],
    ["2006.03 ~ 2009.02", "가온고등학교", "", "졸업"],
]
CAREER = [
    ["근무기간", "회사명", "부서", "직위", "담당업무"],
    ["2021.04 ~ 현재", "㈜누리페이", "결제플랫폼팀", "책임", "결제 API 설계 및 운영"],
    ["2018.07~2021.03 (2년 9개월)", "주식회사 다온소프트", "개발1팀", "선임", "정산 배치 개발"],
    ["2015.03 ~ 2018.06", "별무리시스템", "SI사업부", "사원", "공공기관 웹 유지보수"],
]
CAREER_TWO_DATES = [
    ["입사일", "퇴사일", "회사명", "부서", "직급", "담당업무"],
    ["2021.04", "재직중", "㈜누리페이", "결제플랫폼팀", "책임", "결제 API 설계 및 운영"],
    ["2018.07", "2021.03", "주식회사 다온소프트", "개발1팀", "대리", "정산 배치 개발"],
]
CERTIFICATES = [
    ["취득일", "자격증명", "발행처"],
    ["2016.05", "정보처리기사", "한국산업인력공단"],
    ["2019.11", "SQLD", "한국데이터산업진흥원"],
]
EXPECTED_CAREER = [
    ("㈜누리페이", "책임", "2021.04 ~ 현재"),
    ("주식회사 다온소프트", "선임", "2018.07~2021.03"),
    ("별무리시스템", "사원", "2015.03 ~ 2018.06"),
]
EXPECTED_CERTIFICATES = [
    ("정보처리기사", "한국산업인력공단", "2016.05"),
    ("SQLD", "한국데이터산업진흥원", "2019.11"),
]


def _form(career: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    return [("인적사항", PERSONAL), ("학력사항", SCHOOLS), ("경력사항", career), ("자격사항", CERTIFICATES)]


def _docx(blocks: list[tuple[str, list[list[str]]]]) -> bytes:
    document = Document()
    document.add_paragraph("이 력 서")
    for title, rows in blocks:
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                first, *more = text.split("\n")  # a cell of several paragraphs
                cell.text = first
                for paragraph in more:
                    cell.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(blocks: list[tuple[str, list[list[str]]]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if documents.korean_font_path() is None:
        pytest.skip("no Korean TrueType font")
    regular, bold = documents._register_fonts(True)
    body = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=12)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=13, leading=18, spaceBefore=6)
    story = [Paragraph("이 력 서", ParagraphStyle("title", fontName=bold, fontSize=20, leading=26))]
    for title, rows in blocks:
        story.append(Paragraph(title, heading))
        table = Table([[Paragraph(cell.replace("\n", "<br/>"), body) for cell in row] for row in rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [table, Spacer(1, 8)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


RENDER = {"docx": _docx, "pdf": _pdf}


def _draft(fmt: str, blocks) -> dict:
    return parse_resume(RENDER[fmt](blocks), filename=f"이력서.{fmt}", today=TODAY).draft


def _certificates(draft: dict) -> list[tuple]:
    return [(c["name"], c["issuer"], c["issue_date"]) for c in draft["certifications"]]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_the_korean_table_form_when_parsed_then_every_grade_is_the_position_and_the_team_goes_nowhere(fmt):
    draft = _draft(fmt, _form(CAREER))

    assert entries(draft) == EXPECTED_CAREER
    assert [w["project_description"] for w in draft["work_experiences"]] == [
        "결제 API 설계 및 운영",
        "정산 배치 개발",
        "공공기관 웹 유지보수",
    ]
    assert not any("팀" in (w["position"] or "") or w["project_name"] for w in draft["work_experiences"])


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_the_korean_table_form_when_parsed_then_the_personal_table_names_the_person(fmt):
    draft = _draft(fmt, _form(CAREER))

    assert draft["name"] == "한가람"
    assert (draft["contact"]["phone"], draft["contact"]["email"]) == ("010-2345-6789", "garam@example.org")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_a_school_table_when_parsed_then_each_row_is_a_school_and_the_header_none(fmt):
    draft = _draft(fmt, _form(CAREER))

    schools = [(e["institution"], e["major"], e["period"], e["status"]) for e in draft["education"]]
    assert schools == [
        ("한빛대학교", "컴퓨터공학", "2009.03 ~ 2015.02", "졸업"),
        ("가온고등학교", None, "2006.03 ~ 2009.02", "졸업"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_a_certification_table_when_parsed_then_the_header_is_no_certificate_and_issuers_stand_apart(fmt):
    draft = _draft(fmt, _form(CAREER))

    assert _certificates(draft) == EXPECTED_CERTIFICATES


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_start_and_end_date_columns_when_parsed_then_they_make_one_period(fmt):
    draft = _draft(fmt, _form(CAREER_TWO_DATES))

    assert entries(draft) == [
        ("㈜누리페이", "책임", "2021.04 ~ 재직중"),
        ("주식회사 다온소프트", "대리", "2018.07 ~ 2021.03"),
    ]
    assert draft["total_experience_months"] == 33 + 58  # both months counted, to January 2026


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_a_period_cell_of_two_lines_when_parsed_then_the_stay_length_is_no_company(fmt):
    career = [CAREER[0], ["2018.07~2021.03\n(2년 9개월)", "주식회사 다온소프트", "개발1팀", "선임", "정산 배치 개발"]]
    draft = _draft(fmt, [("경력사항", career)])

    assert entries(draft) == [("주식회사 다온소프트", "선임", "2018.07~2021.03")]


def test_given_a_word_duty_cell_of_several_paragraphs_when_parsed_then_each_stays_a_line():
    career = [CAREER[0], ["2021.04 ~ 현재", "㈜누리페이", "결제플랫폼팀", "책임", "결제 API 설계\n정산 배치 운영"]]
    draft = _draft("docx", [("경력사항", career)])

    assert draft["work_experiences"][0]["project_description"] == "결제 API 설계\n정산 배치 운영"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_a_certification_table_with_a_kind_column_when_parsed_then_the_kind_opens_no_section(fmt):
    certificates = [
        ["구분", "자격증명", "등급", "취득일", "시행처"],
        ["어학", "TOEIC", "900", "2019.11", "ETS"],
        ["국가기술", "정보처리기사", "", "2016.05", "한국산업인력공단"],
    ]
    draft = _draft(fmt, [("자격증", certificates)])

    assert _certificates(draft) == [("TOEIC 900", "ETS", "2019.11"), ("정보처리기사", "한국산업인력공단", "2016.05")]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_a_school_table_with_entry_and_graduation_columns_when_parsed_then_they_make_the_period(fmt):
    schools = [
        ["입학년월", "졸업년월", "학교명", "전공", "학점", "졸업여부"],
        ["2009.03", "2015.02", "한빛대학교", "컴퓨터공학", "3.8/4.5", "졸업"],
    ]
    draft = _draft(fmt, [("학력사항", schools)])

    school = draft["education"][0]
    assert (school["institution"], school["major"], school["period"], school["status"]) == (
        "한빛대학교",
        "컴퓨터공학",
        "2009.03 ~ 2015.02",
        "졸업",
    )


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_given_an_english_career_table_with_from_and_to_columns_when_parsed_then_each_row_is_a_job(fmt):
    career = [
        ["Employer", "Job Title", "From", "To", "Responsibilities"],
        ["Lumen Freight", "Data Engineer", "Apr 2021", "Present", "Moved nightly loads to Airflow"],
        ["Corvid Health", "Analyst", "Jan 2018", "Mar 2021", "Built the claims dashboard"],
    ]
    certificates = [["Certification", "Issuer", "Date"], ["AWS Certified Developer", "Amazon Web Services", "2023.10"]]
    draft = _draft(fmt, [("Experience", career), ("Certifications", certificates)])

    assert entries(draft) == [
        ("Lumen Freight", "Data Engineer", "Apr 2021 ~ Present"),
        ("Corvid Health", "Analyst", "Jan 2018 ~ Mar 2021"),
    ]
    assert _certificates(draft) == [("AWS Certified Developer", "Amazon Web Services", "2023.10")]
