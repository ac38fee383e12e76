"""Files that are not a readable resume give a ParseError with a stable code, before any
expensive work and without writing the upload anywhere."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from resumes.parsing import (
    CORRUPT,
    EMPTY,
    ENCRYPTED_PDF,
    ERROR_CODES,
    IMAGE_ONLY_PDF,
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    MAX_UPLOAD_BYTES,
    NEEDS_OCR,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNSUPPORTED_TYPE,
    ZIP_BOMB,
    Notice,
    ParseError,
    notices,
    parse_resume,
)
from resumes.parsing.ocr import ocr_available
from tests.conftest import need
from tests.resumes import documents

ENGLISH_RESUME = {
    "name": "Sam Rivera",
    "contact": {"phone": None, "email": "sam@example.com", "github": None, "linkedin": None, "portfolio": None},
    "summary": "Backend developer.",
    "work_experiences": [],
    "total_experience_months": 0,
    "personal_projects": [],
    "technical_skills": {"programming_languages": ["Python"]},
    "certifications": [],
    "activities": [],
    "education": [],
}


def error_code(data: bytes, **kwargs) -> str:
    with pytest.raises(ParseError) as raised:
        parse_resume(data, **kwargs)
    assert raised.value.message, "every error carries a human message"
    assert raised.value.code in ERROR_CODES
    return raised.value.code


def pdf_with_pages(count: int, *, text: str | None = "Sam Rivera") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for _ in range(count):
        if text:
            page.drawString(72, 720, text)
        else:
            page.rect(72, 400, 300, 200, fill=1)
        page.showPage()
    page.save()
    return buffer.getvalue()


def encrypted(pdf: bytes, *, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_container(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zip_bomb(uncompressed_mb: int) -> bytes:
    """A DOCX-shaped zip whose document.xml inflates to `uncompressed_mb` of blank XML."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(uncompressed_mb):
                member.write(chunk)
    return buffer.getvalue()


def test_error_codes_are_listed_once_each():
    assert len(ERROR_CODES) == len(set(ERROR_CODES)) == 11


def test_pdf_with_a_user_password_is_encrypted_pdf():
    assert error_code(encrypted(pdf_with_pages(1), user_password="s3cret")) == ENCRYPTED_PDF


def test_pdf_locked_only_against_editing_is_read_with_a_warning():
    result = parse_resume(encrypted(pdf_with_pages(1), user_password=""))
    assert result.draft["name"] == "Sam Rivera"
    assert Notice(notices.PDF_PROTECTED) in result.warnings


def test_pdf_page_with_only_a_drawn_rectangle_needs_ocr_and_ocr_finds_no_text():
    need(ocr_available(), "Tesseract OCR with Korean")
    assert error_code(pdf_with_pages(1, text=None)) == NEEDS_OCR
    with pytest.raises(ParseError) as raised:
        parse_resume(pdf_with_pages(1, text=None), ocr=True)
    assert raised.value.code == IMAGE_ONLY_PDF


def test_pdf_whose_only_text_is_a_page_number_needs_ocr():
    need(ocr_available(), "Tesseract OCR with Korean")
    assert error_code(pdf_with_pages(1, text="1")) == NEEDS_OCR


def test_pdf_cut_in_half_is_corrupt():
    pdf = documents.render_pdf(ENGLISH_RESUME)
    assert error_code(pdf[: len(pdf) // 2]) == CORRUPT


def test_pdf_with_more_pages_than_the_limit_is_too_many_pages():
    assert error_code(pdf_with_pages(MAX_PDF_PAGES + 1)) == TOO_MANY_PAGES


def test_pdf_at_the_page_limit_is_read():
    result = parse_resume(pdf_with_pages(MAX_PDF_PAGES))
    assert result.draft["name"] == "Sam Rivera"


def test_docx_whose_document_inflates_to_80_mb_is_zip_bomb():
    bomb = zip_bomb(80)
    assert len(bomb) < 1024 * 1024
    assert error_code(bomb, filename="resume.docx") == ZIP_BOMB


def test_docx_member_compressed_a_thousand_times_is_zip_bomb_even_under_the_size_cap():
    assert error_code(zip_bomb(5)) == ZIP_BOMB


def test_docx_with_thousands_of_members_is_zip_bomb():
    members = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    members.update({f"word/media/image{i}.png": b"x" for i in range(1500)})
    assert error_code(docx_container(members)) == ZIP_BOMB


def test_docx_shaped_zip_with_broken_xml_is_corrupt():
    members = {"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}
    assert error_code(docx_container(members)) == CORRUPT


def test_zip_that_is_not_a_word_document_is_unsupported_type():
    members = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
    assert error_code(docx_container(members), filename="resume.docx") == UNSUPPORTED_TYPE


@pytest.mark.parametrize(
    "header",
    [
        b"\x7fELF\x02\x01\x01\x00",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    ],
    ids=["elf", "legacy-doc-or-hwp"],
)
def test_known_binary_formats_are_unsupported_type_whatever_the_file_name(header):
    data = header + bytes(range(256)) * 8
    assert error_code(data, filename="resume.pdf") == UNSUPPORTED_TYPE


@pytest.mark.parametrize(
    "header", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xd8\xff\xe0\x00\x10JFIF"], ids=["png", "jpeg"]
)
def test_given_a_damaged_image_when_parsed_then_it_is_corrupt_at_once(header):
    need(ocr_available(), "Tesseract OCR with Korean")
    assert error_code(header + bytes(range(256)) * 8, filename="resume.png") == CORRUPT


def test_random_bytes_are_unsupported_type():
    noise = random.Random(7).randbytes(4096)
    assert error_code(noise) == UNSUPPORTED_TYPE


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n"], ids=["zero-bytes", "whitespace"])
def test_empty_upload_is_empty(data):
    assert error_code(data) == EMPTY


def test_blank_pasted_text_is_empty():
    assert error_code(b"", text="  \n  ") == EMPTY


def test_upload_over_ten_megabytes_is_too_large():
    assert error_code(b"a" * (MAX_UPLOAD_BYTES + 1)) == TOO_LARGE


def test_text_over_the_character_limit_is_too_much_text():
    text = "경력 " * (MAX_TEXT_CHARS // 3 + 1)
    assert error_code(b"", text=text) == TOO_MUCH_TEXT


def test_docx_with_over_the_character_limit_is_too_much_text():
    resume = dict(ENGLISH_RESUME, summary="Backend developer. " * (MAX_TEXT_CHARS // 19 + 10))
    assert error_code(documents.render_docx(resume)) == TOO_MUCH_TEXT


def test_unknown_error_code_cannot_be_raised():
    with pytest.raises(ValueError):
        ParseError("something_else", "no")
