"""A "자기소개 :" or "Self-introduction:" line inside a section the draft ignores (hobbies, "기타")
opens the summary it names, for its value and the lines after it, up to a label of another
section; inside a job it stays the job's. Invented content."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from tests.resumes.documents import parse_markdown

_JOB = "## 경력\n\n### 누리소프트 | 백엔드 개발자 | 2021.03 ~ 2025.06\n- 주문 API 개발\n"


def test_given_an_intro_label_with_its_text_under_hobbies_when_parsed_then_it_is_the_summary():
    draft = parse_markdown(
        "# 윤서진\n\n## 취미\n\n- 등산, 사진\n\n"
        "자기소개 : 물류 도메인에서 백엔드를 개발했습니다. 성능 개선을 좋아합니다.\n\n" + _JOB
    )

    assert draft["summary"] == "물류 도메인에서 백엔드를 개발했습니다. 성능 개선을 좋아합니다."
    assert [w["company"] for w in draft["work_experiences"]] == ["누리소프트"]


def test_given_an_intro_label_then_paragraphs_then_a_languages_label_when_parsed_then_the_summary_stops_there():
    draft = parse_markdown(
        "# Mara Quill\n\n## Interests\n\nHiking, chess\n\n"
        "Self-introduction: I build payment backends.\n\nI enjoy on-call work.\n\n"
        "Languages: English, Korean\n\n"
        "## Experience\n\n### Nurisoft | Backend Engineer | 2021.03 ~ 2025.06\n- Built the order API\n"
    )

    assert draft["summary"] == "I build payment backends.\nI enjoy on-call work."


def test_given_a_self_introduction_line_alone_in_plain_text_when_parsed_then_the_lines_below_are_the_summary():
    text = (
        "Mara Quill\n\nInterests\nHiking, chess\n\nSelf-introduction:\n"
        "I build payment backends and like measuring before tuning.\n\n"
        "Experience\nNurisoft | Backend Engineer | 2021.03 ~ 2025.06\n- Built the order API\n"
    )
    draft = parse_resume(b"", text=text, today=datetime.date(2026, 6, 1)).draft

    assert draft["summary"] == "I build payment backends and like measuring before tuning."


def test_given_an_intro_label_inside_a_job_when_parsed_then_no_summary_is_taken_from_it():
    draft = parse_markdown(
        "# 윤서진\n\n## 경력\n\n### 누리소프트 | 백엔드 개발자 | 2021.03 ~ 2025.06\n"
        "- 주문 API 개발\n- 자기소개: 사내 발표에서 팀을 소개함\n"
    )

    assert draft["summary"] is None
