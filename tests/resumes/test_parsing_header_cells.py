"""How a table's header cell is read when its whole text is no lexicon word: word by word. A
certification or education table (record_tables) takes the first word it knows, as the cell
stands; a table of entries (tables) ranks the words, an entry's own field first, and reads a
cell of many words as no header. All text is invented."""

from __future__ import annotations

import pytest

from resumes.parsing.field_words import header_field
from resumes.parsing.record_tables import record_columns
from resumes.parsing.tables import COMPANY, PERIOD, POSITION, header_column
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (("취득일/만료일", "자격증명", "발행처"), ["certified", "certificate", "issuer"]),
        (("만료일/취득일", "자격증명", "발행처"), ["expires", "certificate", "issuer"]),
        (("발행처 및 자격증", "자격증명"), ["issuer", "certificate"]),
        (("입학/졸업", "학교명 / 전공", "학위"), ["start", "school", "degree"]),
    ],
)
def test_given_a_record_header_cell_of_two_field_words_when_read_then_the_first_word_decides(header, columns):
    assert record_columns(header)[1] == columns


def test_given_a_record_header_cell_of_many_words_when_read_then_its_first_known_word_still_names_it():
    assert record_columns(("자격증명 및 관련 분야 세부 내용 기재", "발행처"))[1] == ["certificate", "issuer"]


def test_given_a_record_header_cell_with_emphasis_and_a_colon_when_read_then_the_word_names_it():
    assert record_columns(("**자격증명**:", "발행처(기관)"))[1] == ["certificate", "issuer"]


def test_given_a_certification_table_whose_date_cell_names_two_dates_when_parsed_then_the_rows_read_whole():
    draft = parse_markdown(
        "# 한가람\n\n## 자격증\n\n| 취득일/만료일 | 자격증명 | 발행처 |\n|---|---|---|\n"
        "| 2023.06.09 | 정보처리기사 | 한국산업인력공단 |\n"
    )

    certification = draft["certifications"][0]
    assert (certification["name"], certification["issuer"]) == ("정보처리기사", "한국산업인력공단")
    assert certification["issue_date"] == "2023.06.09"


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ("직무/팀", POSITION),  # the position ranks above the team, wherever it stands
        ("Role / Team", POSITION),
        ("비고/직무", POSITION),
        ("기간/회사", PERIOD),  # the period ranks above the company
        ("회사/기간", PERIOD),
        ("Dates & Role", PERIOD),
        ("성과/업무", "description"),
        ("링크/설명", "description"),
        ("프로젝트/기술", "name"),
        ("회사 소재 도시 국가", COMPANY),  # four words: still a header
    ],
)
def test_given_an_entry_header_cell_of_several_words_when_read_then_the_ranked_field_decides(cell, column):
    assert header_column(cell) == column


@pytest.mark.parametrize(
    "cell",
    [
        "근무 회사 소재 도시 국가",  # five words: prose, not a header
        "Company and Role",  # both in one cell
        "무엇/어디",
        "팀/",
        "기간:(년.월)",
    ],
)
def test_given_an_entry_header_cell_naming_no_one_column_when_read_then_it_is_none(cell):
    assert header_column(cell) is None


def test_given_a_career_table_with_a_role_and_team_column_when_parsed_then_the_role_is_the_position():
    draft = parse_markdown(
        "# 한가람\n\n## 경력\n\n| 기간 | 회사 | 직무/팀 |\n|---|---|---|\n| 2020.03 ~ 현재 | 가람소프트 | 백엔드 개발자 |\n"
    )

    assert entries(draft) == [("가람소프트", "백엔드 개발자", "2020.03 ~ 현재")]


@pytest.mark.parametrize(
    ("cell", "rank", "field"),
    [
        ("취득일/만료일", None, "certified"),  # unranked: the first word the reader knows
        ("취득일/만료일", ("expires", "certified"), "expires"),  # ranked: the field ranked first
        ("취득일/만료일", ("expires",), "expires"),
        ("취득일/만료일", ("issuer",), None),  # an unranked field counts for none
        ("**자격증명(국가)**", ("issuer",), "certificate"),  # the whole cell needs no ranking
        ("무엇/어디", None, None),
    ],
)
def test_given_a_header_cell_and_a_rank_when_its_field_is_read_then_the_rank_decides_between_its_words(
    cell, rank, field
):
    assert header_field("certificate_columns", cell, rank=rank) == field
