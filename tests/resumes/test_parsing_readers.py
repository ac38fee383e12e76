"""Each reader turns its format into the same blocks: headings with levels, list items with
depth, table rows with cells, paragraphs; and never reads what a person does not see."""

from __future__ import annotations

import io

import pytest

from resumes.parsing.lines import HEADING, ROW
from resumes.parsing.markup import SUMMARY_LEVEL, html_lines, markdown_lines
from resumes.parsing.pdfwrap import join_wrapped
from resumes.parsing.word import docx_lines


def texts(lines):
    return [line.text for line in lines]


def test_given_front_matter_when_markdown_is_read_then_its_keys_are_not_content():
    lines = markdown_lines("---\nlayout: html\ntitle: Resume\n---\n\n# 한지호\n\n백엔드 개발자\n")
    assert texts(lines) == ["한지호", "백엔드 개발자"]
    assert lines[0].kind == HEADING and lines[0].level == 1


def test_given_liquid_and_kramdown_syntax_when_markdown_is_read_then_it_is_never_content():
    lines = markdown_lines(
        "{% include base_path %}\n\n# {{ site.author.name }}\n\n"
        "Education\n======\n{: .notice}\n* B.Sc. in Physics, 2019 {% cite x %}\n"
    )
    assert texts(lines) == ["Education", "B.Sc. in Physics, 2019"]


def test_given_headings_lists_and_a_table_when_markdown_is_read_then_each_keeps_its_structure():
    lines = markdown_lines(
        "## 💼 경력\n\n### **누리소프트**\n\n- 직책: 백엔드 개발자\n  - 정산 API 설계\n\n"
        "| 기간 | 회사 |\n|---|---|\n| 2021.03 ~ 현재 | 파랑 |\n"
    )
    by_text = {line.text: line for line in lines}
    assert by_text["경력"].level == 2  # the icon is not part of the heading
    assert by_text["누리소프트"].kind == HEADING and by_text["누리소프트"].level == 3
    assert by_text["직책: 백엔드 개발자"].bullet and by_text["직책: 백엔드 개발자"].level == 1
    assert by_text["정산 API 설계"].level == 2
    rows = [line for line in lines if line.kind == ROW]
    assert rows[0].header_row and rows[0].cells == ("기간", "회사")
    assert rows[1].cells == ("2021.03 ~ 현재", "파랑")


def test_given_code_comments_and_images_when_markdown_is_read_then_none_of_them_is_content():
    lines = markdown_lines(
        "```text\n+------+\n| banner |\n+------+\n```\n\n# Lena Fischer\n\n"
        "<!-- old: https://old.example.com/pytorch -->\n"
        "![logo](https://cdn.example.com/php-logo.png)\n\n" + "Data engineer. " * 12
    )
    joined = " ".join(texts(lines))
    assert "banner" not in joined and "pytorch" not in joined and "php" not in joined
    assert texts(lines)[0] == "Lena Fischer"


def test_given_a_details_block_when_markdown_is_read_then_its_summary_titles_and_never_opens_a_section():
    lines = markdown_lines("<details>\n<summary>Summary</summary>\n\n- 중복 예약 0건 달성\n\n</details>\n")
    assert lines[0].text == "Summary" and lines[0].level == SUMMARY_LEVEL
    assert lines[1].bullet and lines[1].text == "중복 예약 0건 달성"


def test_given_hidden_elements_when_html_is_read_then_only_visible_text_remains():
    lines = html_lines(
        "<html><body><h1>Omar Haddad</h1><p style='display:none'>Kubernetes expert</p>"
        "<div hidden>PHP</div><span aria-hidden='true'>Rust</span><p>DevOps</p></body></html>"
    )
    assert texts(lines) == ["Omar Haddad", "DevOps"]


def test_given_a_link_whose_text_hides_its_address_when_html_is_read_then_the_address_is_kept():
    lines = html_lines("<p><a href='https://github.com/dain-hong'>GitHub</a></p>")
    assert texts(lines) == ["GitHub https://github.com/dain-hong"]


def test_given_a_layout_table_when_html_is_read_then_its_cells_read_as_blocks():
    lines = html_lines(
        "<table><tr><td><div>DevOps Engineer</div><div>Cobalt</div></td><td>Apr 2020 - Present</td></tr>"
        "<tr><td><ul><li>Moved 60 services</li></ul></td></tr></table>"
    )
    assert texts(lines) == ["DevOps Engineer", "Cobalt", "Apr 2020 - Present", "Moved 60 services"]
    assert lines[-1].bullet


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("RxSwift 기반 네트워크 계층을 옮겨 코드 3천 줄", "감소", "RxSwift 기반 네트워크 계층을 옮겨 코드 3천 줄 감소"),
        ("로그를 분석하", "여 원인을 찾음", "로그를 분석하여 원인을 찾음"),
        (
            "배포 자동화로 릴리스 준비 시간을 하루",
            "에서 1시간으로 단축",
            "배포 자동화로 릴리스 준비 시간을 하루에서 1시간으로 단축",
        ),
        ("Reduced latency from 900 ms", "to 70 ms", "Reduced latency from 900 ms to 70 ms"),
        ("주식회사 딥하", "늘", "주식회사 딥하늘"),
    ],
)
def test_given_a_wrapped_line_when_joined_then_korean_words_cut_at_the_margin_are_whole(first, second, joined):
    assert join_wrapped(first, second) == joined


def test_given_a_word_seen_whole_elsewhere_when_joined_then_its_halves_are_one_word():
    assert join_wrapped("AWS 인", "프라 구축", vocabulary={"인프라"}) == "AWS 인프라 구축"


def test_given_heading_styles_and_list_levels_when_docx_is_read_then_they_are_kept():
    from docx import Document

    document = Document()
    document.add_paragraph("경력", style="Heading 2")
    document.add_paragraph("누리소프트", style="Heading 3")
    document.add_paragraph("정산 API 설계", style="List Bullet")
    document.add_paragraph("배치 이전", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ("기간", "회사"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "2021.03 ~ 현재", "파랑"
    buffer = io.BytesIO()
    document.save(buffer)

    lines, _ = docx_lines(buffer.getvalue())

    by_text = {line.text: line for line in lines}
    assert (by_text["경력"].kind, by_text["경력"].level) == (HEADING, 2)
    assert (by_text["누리소프트"].kind, by_text["누리소프트"].level) == (HEADING, 3)
    assert by_text["정산 API 설계"].level == 1 and by_text["배치 이전"].level == 2
    rows = [line for line in lines if line.kind == ROW]
    assert rows[0].header_row and rows[1].cells == ("2021.03 ~ 현재", "파랑")
