"""Lines a PDF wrapped, joined back: a word hyphenated at the line end by LaTeX loses its
hyphen unless it is a compound; a number or Latin word before a particle or unit on the next
line is one token; a line ending a sentence before one opening a new sentence, outside a list,
is two lines. Invented text."""

from __future__ import annotations

from resumes.parsing.pdfwrap import join_wrapped, sentence_break


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


def test_given_a_line_ending_a_sentence_before_one_opening_a_new_sentence_when_judged_then_it_is_a_break():
    assert sentence_break("Cut the error rate in the order logs by a third.", "Moved the queue to a new host.")
    assert sentence_break("주문 로그의 오류를 30% 줄였다.", "- 배포 파이프라인을 새로 만들었다.")
    assert sentence_break("결제 모듈을 다시 작성함.", "Kafka 도입")
    assert sentence_break("주문 로그의 오류를 30% 줄였다.", "배포 파이프라인을 새로 만들었다.")
    assert not sentence_break("주문 로그의 오류를", "30% 줄였다.")
    assert not sentence_break("Cut the error rate in the order logs by a", "third and moved the queue.")
    assert not sentence_break("Worked with the U.S.", "team")


def test_given_a_line_the_reader_saw_end_when_full_lines_are_marked_then_it_is_never_full():
    from resumes.parsing.blocks import mark_full_lines
    from resumes.parsing.lines import make_line

    lines = [make_line("Cut the failed nightly exports by a third with retries on storage.") for _ in range(6)]
    lines[2].ended = True

    mark_full_lines(lines)

    assert [line.full for line in lines] == [True, True, False, True, True, True]


def test_given_a_compound_of_three_parts_hyphenated_at_the_line_end_when_joined_then_its_hyphens_stay():
    assert join_wrapped("with one-to-", "many relationships") == "with one-to-many relationships"
    assert join_wrapped("an end-to-", "end test suite") == "an end-to-end test suite"
