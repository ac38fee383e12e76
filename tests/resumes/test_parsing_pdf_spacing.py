"""Word spaces in a PDF row whose glyphs leave no gap: slanted (synthetic italic) text
overlaps its neighbours, so only the width of the space glyph between words tells where a
word ends. And rows of a plain-text list ("- …" typed, no drawn marker) that must not be
joined as wrapped lines. The glyph boxes are invented, shaped like those a browser prints."""

from __future__ import annotations

from resumes.parsing.pdflayout import _finish, _Row, _rows
from resumes.parsing.pdfrows import join_wrapped_rows

SIZE = 10.0


def glyph(text: str, x0: float, width: float) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": 100.0,
        "bottom": 110.0,
        "size": SIZE,
        "fontname": "F+Gothic",
    }


def slanted(words: list[str], space: str) -> list[dict]:
    """Each glyph starts 2.5 points before the previous one ends, as slanted glyphs do."""
    chars, x = [], 0.0
    for index, word in enumerate(words):
        if index:
            chars.append(glyph(space, x, 5.0))
            x += 5.0 - 2.5
        for letter in word:
            chars.append(glyph(letter, x, 12.0))
            x += 12.0 - 2.5
    return chars


def test_given_slanted_words_split_by_a_space_drawn_as_a_control_code_when_read_then_the_words_keep_their_space():
    row = _finish(_Row(chars=slanted(["수석", "화면", "설계자"], "\x01"), top=100.0), [])

    assert row.text == "수석 화면 설계자"


def test_given_slanted_words_split_by_a_plain_space_glyph_when_read_then_the_words_keep_their_space():
    row = _finish(_Row(chars=slanted(["Lead", "Designer"], " "), top=100.0), [])

    assert row.text == "Lead Designer"


def test_given_touching_letters_of_one_word_when_read_then_no_space_is_added():
    row = _finish(_Row(chars=slanted(["설계자"], " "), top=100.0), [])

    assert row.text == "설계자"


def row(text: str, top: float, x1: float) -> _Row:
    return _Row(top=top, bottom=top + SIZE, x0=40.0, x1=x1, size=SIZE, text=text)


def test_given_a_typed_dash_item_under_a_full_width_one_when_rows_are_joined_then_each_stays_its_own_item():
    rows = [
        row("- 배포 스크립트를 다시 작성해 배포 시간을 절반으로 줄임", 100.0, 500.0),
        row("- 장애 알림 정리", 113.0, 200.0),
    ]

    joined = join_wrapped_rows(rows, set())

    assert [r.text for r in joined] == ["- 배포 스크립트를 다시 작성해 배포 시간을 절반으로 줄임", "- 장애 알림 정리"]


def test_given_a_full_width_row_and_its_wrapped_rest_when_rows_are_joined_then_they_are_one_row():
    rows = [row("- 배포 스크립트를 다시 작성해 배포 시간을", 100.0, 500.0), row("절반으로 줄임", 113.0, 200.0)]

    joined = join_wrapped_rows(rows, set())

    assert [r.text for r in joined] == ["- 배포 스크립트를 다시 작성해 배포 시간을 절반으로 줄임"]


def chrome_line(text: str, size: float) -> list[dict]:
    """A line as Chrome prints it from a Latin font with a Hangul fallback: a space glyph
    under the first letter, and the fallback's letters set higher than the Latin glyphs."""
    latin = 100.0 + 0.21 * size
    chars, x = [{**glyph(" ", 54.0, 0.28 * size), "top": latin, "size": size}], 54.0
    for letter in text:
        width = (0.86 if "가" <= letter <= "힣" else 0.55) * size
        top = 100.0 if "가" <= letter <= "힣" else latin
        shown = letter != " "
        chars.append({**glyph(letter, x, width if shown else 0.28 * size), "top": top, "size": size})
        x += width if shown else 0.28 * size
    return chars


def test_given_a_chrome_line_opening_with_a_space_under_its_first_hangul_letter_when_read_then_no_space_follows_that_letter():
    rows = _rows(chrome_line("윤다온", 28.0), []) + _rows(chrome_line("별빛상회 | Backend Engineer", 10.0), [])

    assert [row.text for row in rows] == ["윤다온", "별빛상회 | Backend Engineer"]
