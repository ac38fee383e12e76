"""ParseResult.text: the normalised text the parser read, which an LLM extractor is given."""

from __future__ import annotations

import datetime

from resumes.parsing import MAX_TEXT_CHARS, parse_resume
from tests.resumes.documents import render_docx, render_pdf

TODAY = datetime.date(2025, 7, 15)


def test_pasted_text_is_read_with_list_markers_and_without_page_numbers():
    text = "Dana Kim\n\n\n\nExperience\n• Built the ﬁrst billing API\nPage 1 of 2\n* Cut costs by 30%\n"

    result = parse_resume(b"", text=text, today=TODAY)

    assert result.text == "Dana Kim\n\nExperience\n- Built the first billing API\n- Cut costs by 30%"


def squashed(text: str) -> str:
    """PDF lines wrap at the margin, so words are compared without the spaces between them."""
    return "".join(text.split())


def test_docx_and_pdf_text_hold_the_words_the_draft_was_read_from(example_document):
    for data in (render_docx(example_document), render_pdf(example_document)):
        result = parse_resume(data, today=TODAY)

        job = result.draft["work_experiences"][0]
        assert job["company"] in result.text
        assert squashed(job["achievements"][0]) in squashed(result.text)
        assert len(result.text) <= MAX_TEXT_CHARS
