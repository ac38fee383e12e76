"""A document's title ("입사지원서", "CV", "RESUME.") is one list of words for every reader: the
name finder looks past it to the name, and the PDF title reader does not join it, set in the
name's size under the name, to the name. All people and companies are invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from resumes.parsing.document_titles import is_document_title
from resumes.parsing.pdftitle import join_stacked_name
from tests.resumes.documents import _register_fonts, canvas_pdf, parse_markdown
from tests.resumes.test_parsing_pdf_short_lines import draw_rows, parse_pdf

# Once known to only one of the two readers: the first four to the name finder, the rest to the PDF title reader.
FORMERLY_ONE_READERS = ["자기소개서", "입사지원서", "Cover Letter", "RESUME.", "CV", "Portfolio", "Curriculum Vitae"]


def row(text: str, top: float) -> SimpleNamespace:
    return SimpleNamespace(text=text, size=20.0, top=top, bottom=top + 20)


@pytest.mark.parametrize("title", FORMERLY_ONE_READERS)
def test_given_a_document_title_when_checked_then_it_is_one(title):
    assert is_document_title(title)
    assert is_document_title(" ".join(title))  # letter-spaced, as titles are set


@pytest.mark.parametrize("name", ["최유나", "Hana Choi"])
def test_given_a_name_or_a_job_when_checked_then_it_is_no_document_title(name):
    assert not is_document_title(name)


@pytest.mark.parametrize("title", FORMERLY_ONE_READERS)
def test_given_a_title_under_the_name_in_its_size_when_the_pdf_title_is_read_then_it_stays_apart(title):
    columns = [[row("최유나", 0), row(title, 26), SimpleNamespace(text="010-1234-5678", size=10.0, top=60, bottom=70)]]

    join_stacked_name(columns)

    assert [r.text for r in columns[0]][:2] == ["최유나", title]


def test_given_a_second_name_half_in_the_name_size_when_the_pdf_title_is_read_then_it_is_joined():
    columns = [[row("HANA", 0), row("CHOI", 26)]]

    join_stacked_name(columns)

    assert [r.text for r in columns[0]] == ["HANA CHOI"]


def test_given_an_application_form_title_under_the_name_in_a_pdf_when_parsed_then_the_name_is_alone():
    regular, _ = _register_fonts(True)
    rows = ["하늘정보기술 (2018.05 ~ 2022.08)", "직급: 대리", "- 사내 ERP 유지보수"]

    draft = parse_pdf(canvas_pdf(draw_rows(rows, font=regular, title=["최유나", "입사지원서"])))

    assert draft["name"] == "최유나"


@pytest.mark.parametrize("title", FORMERLY_ONE_READERS)
def test_given_a_document_title_over_the_name_when_parsed_then_the_name_is_read_under_it(title):
    draft = parse_markdown(
        f"# {title}\n\nHana Choi\nhana@example.org\n\n## Experience\n\n### Riverside Foods\n- Ran the shop\n"
    )

    assert draft["name"] == "Hana Choi"
