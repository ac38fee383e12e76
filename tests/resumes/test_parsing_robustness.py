"""Whatever is uploaded, parsing ends in a draft or a ParseError, quickly."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumes.parsing import ERROR_CODES, MAX_TEXT_CHARS, ParseError, parse_resume

RESUME_ALPHABET = st.sampled_from(
    list("abcXYZ 가나다경력학력기술 \n\t|·•-~:()[]■0123456789.,/@+")
    + [
        "2024.05",
        " ~ ",
        "현재",
        "Present",
        "Jan 2021",
        "■ 경력\n",
        "EXPERIENCE\n",
        "Tech: ",
        "기술: ",
        "(주)",
        "https://github.com/x",
        "010-1234-5678",
        "\n- ",
        "대학교",
    ]
)


def parse_or_error(**kwargs):
    try:
        result = parse_resume(**kwargs)
    except ParseError as error:
        assert error.code in ERROR_CODES
        return None
    assert set(result.draft) >= {"name", "contact", "work_experiences", "technical_skills"}
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RESUME_ALPHABET, max_size=300).map("".join))
def test_any_resume_like_text_gives_a_draft_or_a_parse_error(text):
    parse_or_error(data=b"", text=text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_give_a_draft_or_a_parse_error(data):
    parse_or_error(data=data)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=512))
def test_bytes_behind_a_pdf_or_zip_signature_give_a_draft_or_a_parse_error(tail):
    parse_or_error(data=b"%PDF-1.7\n" + tail)
    parse_or_error(data=b"PK\x03\x04" + tail)


def test_longest_accepted_single_line_text_is_parsed_within_seconds():
    line = "2024.05 ~ 2025.06 (주)회사 | 개발자 Tech: Go, Kafka https://github.com/x " * 2000
    text = line[: MAX_TEXT_CHARS - 1]
    started = time.monotonic()
    parse_or_error(data=b"", text=text)
    assert time.monotonic() - started < 10
