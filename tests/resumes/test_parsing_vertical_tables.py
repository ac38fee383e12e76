"""Profile READMEs write each job as a vertical table of label rows (회사 | 기간 | 직무 | 주요 업무,
the last holding a list). Each row is a label with its value, not a header over columns: the
table is one employer with its period, position and achievements, in the HTML source and in a
Word file whose first row came out bold. The person and employers are invented."""

from __future__ import annotations

import datetime
import io

from docx import Document

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

JOB = """<table>
  <tr><th>회사</th><td><b>{company}</b></td></tr>
  <tr><th>기간</th><td>{period}</td></tr>
  <tr><th>직무</th><td>{position}</td></tr>
  <tr><th>주요 업무</th><td><ul><li>{bullet}</li></ul></td></tr>
</table>
"""

JOBS = [
    ("달무리소프트", "2022.05 ~ 재직중", "iOS 개발자", "SwiftUI로 결제 화면을 다시 만들어 이탈률 15% 감소"),
    ("솔바람네트웍스", "2019.03 ~ 2022.04", "모바일 개발자", "앱 시작 시간을 2.1초에서 0.9초로 단축"),
]


def _fields(work: list[dict]) -> list[tuple]:
    return [(w["company"], w["position"], w["duration"], w["achievements"]) for w in work]


EXPECTED = [(company, position, period, [bullet]) for company, period, position, bullet in JOBS]


def test_given_label_row_tables_in_markdown_when_parsed_then_each_table_is_one_employer():
    text = "# 위하람\n\nharam@example.kr\n\n## Experience\n\n" + "\n".join(
        JOB.format(company=c, period=p, position=r, bullet=b) for c, p, r, b in JOBS
    )

    work = parse_resume(text.encode(), filename="README.md", today=TODAY).draft["work_experiences"]

    assert _fields(work) == EXPECTED


def test_given_label_row_tables_in_word_with_a_bold_first_row_when_parsed_then_no_header_is_read():
    document = Document()
    document.add_paragraph("위하람")
    document.add_paragraph("haram@example.kr")
    document.add_heading("Experience", level=2)
    for company, period, position, bullet in JOBS:
        table = document.add_table(rows=4, cols=2)
        for row, (label, value) in enumerate([("회사", company), ("기간", period), ("직무", position)]):
            table.cell(row, 0).paragraphs[0].add_run(label).bold = row == 0
            table.cell(row, 1).paragraphs[0].add_run(value).bold = row == 0
        table.cell(3, 0).text = "주요 업무"
        table.cell(3, 1).paragraphs[0].text = bullet
        table.cell(3, 1).paragraphs[0].style = "List Bullet"
        table.cell(3, 1).add_paragraph("팀 내 코드 리뷰 문화 정착", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)

    work = parse_resume(buffer.getvalue(), filename="resume.docx", today=TODAY).draft["work_experiences"]

    assert [(w["company"], w["position"], w["duration"]) for w in work] == [e[:3] for e in EXPECTED]
    assert bullet in work[-1]["achievements"]
