"""The person's name in a resume's header as real layouts set it: a centred title line
"NAME INITIAL. – Role | Speciality", and an HTML name block holding the name in a second
script in a smaller span. Invented people."""

from __future__ import annotations

from resumes.parsing.contact import find_name
from resumes.parsing.lines import HEADING, make_line
from resumes.parsing.markup import html_lines


def heading(text: str):
    line = make_line(text, strong=True)
    line.kind, line.level = HEADING, 1
    return line


def test_given_a_title_line_with_a_surname_initial_then_roles_when_the_name_is_read_then_it_is_the_part_before_the_dash():
    header = [heading("MARTA K. – Software Engineer | Payments Specialist"), make_line("Porto | marta@example.com")]

    assert find_name(header) == "MARTA K."


def test_given_a_sentence_in_the_header_when_the_name_is_read_then_it_is_not_taken_for_a_name():
    assert find_name([make_line("Building reliable systems.")]) is None


def test_given_an_html_name_block_with_the_name_in_another_script_in_a_span_when_read_then_the_name_is_its_own_line():
    lines = html_lines(
        '<div class="head"><p class="name">한서윤 <span style="font-size:1rem">Seoyun Han</span></p>'
        '<p class="role">Backend Engineer</p></div>'
    )

    assert [line.text for line in lines] == ["한서윤", "Seoyun Han", "Backend Engineer"]
    assert find_name(lines) == "한서윤"


def test_given_a_role_headline_over_a_name_with_the_document_word_when_the_name_is_read_then_it_is_the_name_alone():
    header = [heading("Frontend DEV"), heading("한지호 이력서"), make_line("jiho@example.com")]

    assert find_name(header) == "한지호"


def test_given_a_headline_and_a_name_joined_on_one_line_when_the_name_is_read_then_the_headline_comes_off():
    assert find_name([heading("Backend DEV 한지호 경력기술서")]) == "한지호"


def test_given_only_a_headline_of_role_words_when_the_name_is_read_then_there_is_no_name():
    header = [heading("Engineer and Agilist"), make_line("I believe boring tech is good tech, most of the time.")]

    assert find_name(header) is None
