"""Lines a PDF wrapped, joined back: a word hyphenated at the line end by LaTeX loses its
hyphen unless it is a compound; a number or Latin word before a particle or unit on the next
line is one token. Invented text."""

from __future__ import annotations

from resumes.parsing.pdfwrap import join_wrapped


def test_given_a_word_hyphenated_at_the_line_end_when_joined_then_the_hyphen_goes():
    assert (
        join_wrapped("avoiding repeated queue rebuild-", "ing overhead")
        == "avoiding repeated queue rebuilding overhead"
    )
    assert join_wrapped("on a signal processor se-", "ries board") == "on a signal processor series board"


def test_given_a_compound_hyphenated_at_the_line_end_when_joined_then_its_hyphen_stays():
    assert join_wrapped("takes self-", "testing seriously") == "takes self-testing seriously"
    assert join_wrapped("a low-", "latency feed", {"low-latency"}) == "a low-latency feed"
    assert join_wrapped("analysed HTTP/2-", "based calls") == "analysed HTTP/2-based calls"
    assert join_wrapped("from 2019 -", "2021") == "from 2019 - 2021"


def test_given_a_number_or_latin_word_before_a_particle_on_the_next_line_when_joined_then_they_are_one_token():
    assert join_wrapped("응답 시간을 600ms", "에서 100ms로 줄임") == "응답 시간을 600ms에서 100ms로 줄임"
    assert join_wrapped("빌드 시간을 40", "분 단축") == "빌드 시간을 40분 단축"


def test_given_a_count_or_a_copula_cut_from_its_word_when_joined_then_they_are_one_word():
    assert join_wrapped("AI 서비스 5", "종을 배포") == "AI 서비스 5종을 배포"
    assert join_wrapped("3년차 엔지니어", "입니다.") == "3년차 엔지니어입니다."
    assert join_wrapped("수상 2024", "대한민국 SW 대상") == "수상 2024 대한민국 SW 대상"
