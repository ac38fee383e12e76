"""A PDF whose fonts map glyphs to no letters (XeTeX with some OpenType fonts) gives text of
shifted codes: such a text layer is no language, and the PDF is read like a scan, by OCR.
The shifted text is drawn here as it comes out of such a file; invented content."""

from __future__ import annotations

import io

import pytest

from resumes.parsing import IMAGE_ONLY_PDF, NEEDS_OCR, ParseError, parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.parsing.pdf import pdf_lines
from resumes.parsing.pdfgarble import is_garbled
from tests.conftest import need

LINES = [
    "Robin Vale",
    "Senior Developer at Quiet Harbor Systems",
    "Rebuilt the billing exports so month-end closing takes one hour instead of two days.",
    "Moved the nightly batch jobs to a queue and cut the failed runs by ninety percent.",
    "Mentored four junior engineers through their first on-call rotations and reviews.",
    "Wrote the runbook for the payment gateway and trained the support staff to use it.",
]


def shifted(text: str, offset: int = 0x1E) -> str:
    """Each letter's code moved by a constant, as a glyph number read for a letter is."""
    return "".join(chr(ord(c) - offset) if c.isalpha() else c for c in text)


def page_of(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 10)
    for index, line in enumerate(lines):
        page.drawString(40, 780 - 16 * index, line)
    page.save()
    return buffer.getvalue()


def test_given_text_with_shifted_letters_when_judged_then_it_is_no_language():
    for offset in (0x1D, 0x1E, 3, -3, 1, -1):
        assert is_garbled([shifted(line, offset) for line in LINES]), offset


def test_given_resume_text_in_english_or_korean_with_tech_names_when_judged_then_it_is_language():
    assert not is_garbled(LINES)
    korean = [
        "백엔드 개발자 한서윤입니다. Kubernetes, Kafka, PostgreSQL 기반의 결제 시스템을 설계하고 운영했습니다.",
        "주문 API 응답 시간을 600ms에서 120ms로 줄이고 CI/CD 파이프라인을 GitHub Actions로 옮겼습니다.",
        "기술: Java, Spring Boot, JPA, QueryDSL, Redis, AWS EKS, RDS, S3, CloudFront, Terraform, gRPC, HTTP/2",
    ] * 3
    assert not is_garbled(korean)


def test_given_a_short_korean_resume_whose_latin_letters_are_acronyms_when_judged_then_it_is_language():
    """A one-page Korean resume: its Latin letters are acronyms and markup words, few vowels."""
    lines = [
        "임베디드 소프트웨어 개발자 윤하늘",
        "주요 기술 SDK WPF MFC IPC NDK Qt Win32 C++ STL GDB JNI HAL BSP",
        "사용 도구 MFC WPF SDK IPC NDK UART SPI DMA RTOS GPIO CMake",
        "경력 2019년 3월 ~ 현재 : 누리시스템 / 개발팀 / 선임",
    ] * 6

    assert not is_garbled(lines)


def test_given_acronyms_alone_when_judged_then_they_do_not_make_a_layer_garbled():
    assert not is_garbled(["SDK WPF MFC IPC NDK ABI GPU CPU RAM SSD HDD USB TCP UDP API CLI"] * 12)


def test_given_a_pdf_whose_text_layer_is_shifted_letters_when_read_then_it_is_left_to_ocr():
    data = page_of([shifted(line) for line in LINES])

    with pytest.raises(ParseError) as raised:
        pdf_lines(data)

    assert raised.value.code == IMAGE_ONLY_PDF
    assert pdf_lines(page_of(LINES))[0][0].text == "Robin Vale"


def test_given_a_pdf_whose_text_layer_is_shifted_letters_when_uploaded_then_it_needs_ocr():
    need(ocr_available(), "Tesseract OCR with Korean")

    with pytest.raises(ParseError) as raised:
        parse_resume(page_of([shifted(line) for line in LINES]))

    assert raised.value.code == NEEDS_OCR
