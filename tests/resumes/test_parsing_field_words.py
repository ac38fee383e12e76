"""One field lexicon (resumes/parsing/field_words.yaml) for every reader: a word that names a
field in a label ("직위: 책임") names it in a table's header cell, on a job-site line and in a
run-in label too, each reader differing only where the file says so. All text is invented."""

from __future__ import annotations

import pytest

from resumes.parsing import labels
from resumes.parsing.entry_sublabels import is_sub_label
from resumes.parsing.field_words import check_fields, read_words, reader_words, words
from resumes.parsing.label_lists import EMPLOYER_LABELS
from resumes.parsing.lines import Line
from resumes.parsing.record_tables import record_columns
from resumes.parsing.runin import split_run_in_labels
from resumes.parsing.site_labels import site_label
from resumes.parsing.tables import IGNORED, header_column
from tests.resumes.documents import entries, parse_markdown

POSITION_WORDS = ["직위", "직급", "직책", "직무", "포지션", "역할", "Job Title", "Role", "Position", "Designation"]
COMPANY_WORDS = ["회사명", "근무처", "근무회사", "근무 회사", "직장명", "소속", "Company", "Employer", "Organization"]
PERIOD_WORDS = ["기간", "근무기간", "재직기간", "재직 기간", "Period", "Dates", "Tenure", "Employment Period"]
DUTY_WORDS = ["담당업무", "주요업무", "업무내용", "수행업무", "Responsibilities", "Duties"]


@pytest.mark.parametrize("word", POSITION_WORDS)
def test_given_a_position_word_when_read_as_a_label_or_a_header_cell_then_both_name_the_position(word):
    assert labels.label_of(Line(text=f"{word}: 책임")) == (labels.POSITION, "책임")
    assert header_column(word) == "position"


@pytest.mark.parametrize("word", COMPANY_WORDS)
def test_given_a_company_word_when_read_as_a_label_or_a_header_cell_then_both_name_the_company(word):
    assert labels.field_of(word) == labels.COMPANY
    assert header_column(word) == "company"


@pytest.mark.parametrize("word", PERIOD_WORDS)
def test_given_a_period_word_when_read_as_a_label_or_a_header_cell_then_both_name_the_period(word):
    assert labels.field_of(word) == labels.PERIOD
    assert header_column(word) == "period"


@pytest.mark.parametrize("word", DUTY_WORDS)
def test_given_a_duty_word_when_read_then_a_label_lists_duties_and_a_column_describes_the_entry(word):
    assert labels.field_of(word) == labels.DUTIES
    assert header_column(word) == "description"


@pytest.mark.parametrize(("start", "end"), [("입사일", "퇴사일"), ("입사년월", "퇴사년월"), ("Start Date", "End Date")])
def test_given_the_two_dates_of_a_stay_when_read_then_they_name_its_start_and_end(start, end):
    assert (labels.field_of(start), labels.field_of(end)) == (labels.START, labels.END)
    assert (header_column(start), header_column(end)) == ("start", "end")


def test_given_from_and_to_when_read_then_only_a_table_header_takes_them_for_dates():
    assert (header_column("From"), header_column("To")) == ("start", "end")
    assert labels.label_of(Line(text="From: 서울 본사")) is None


@pytest.mark.parametrize("word", ["부서", "부서명", "소속부서", "팀", "Team", "Department"])
def test_given_a_team_or_department_column_when_read_then_it_goes_nowhere(word):
    assert header_column(word) == IGNORED


@pytest.mark.parametrize("word", ["부서", "소속팀", "Department"])
def test_given_a_department_label_when_read_then_it_names_the_department_not_the_employer(word):
    assert labels.field_of(word) == labels.DEPARTMENT


def test_given_team_alone_as_a_label_when_read_then_it_is_the_team_size():
    assert labels.label_of(Line(text="팀: 5명")) == (labels.TEAM, "5명")


def test_given_info_when_read_then_only_a_table_header_takes_it_for_the_position():
    assert header_column("Info") == "position"
    assert labels.field_of("Info") is None


@pytest.mark.parametrize(("cell", "column"), [("입사일/퇴사일", "period"), ("부서/직위", "position")])
def test_given_a_header_cell_of_two_words_when_read_then_it_names_one_column(cell, column):
    assert header_column(cell) == column


@pytest.mark.parametrize("word", ["직위", "근무처", "직급"])
def test_given_a_run_in_position_or_company_label_when_split_then_it_starts_a_line_of_its_own(word):
    lines = split_run_in_labels([Line(text=f"㈜누리페이 (2021.04 ~ 현재) {word}: 책임")])
    assert [line.text for line in lines] == ["㈜누리페이 (2021.04 ~ 현재)", f"{word}: 책임"]


@pytest.mark.parametrize(
    ("text", "field"), [("직위 선임", labels.POSITION), ("담당업무 정산 배치 개발", labels.DUTIES)]
)
def test_given_a_job_site_label_line_when_read_then_the_lexicon_says_its_field(text, field):
    assert site_label(text)[1] == field


@pytest.mark.parametrize("word", ["직위", "재직기간", "Job Title"])
def test_given_a_label_only_a_job_has_when_listed_then_it_marks_an_employer(word):
    assert word.replace(" ", "").lower() in EMPLOYER_LABELS


@pytest.mark.parametrize("text", ["업무내용", "주요 업무 및 성과", "Key Responsibilities"])
def test_given_a_sub_label_inside_a_job_when_read_then_it_is_known_by_the_lexicon_nouns(text):
    assert is_sub_label(text)


def test_given_the_lexicon_when_every_reader_is_read_then_each_reads_the_common_korean_title_word():
    assert "직위" in words("position")
    for reader in ("labels", "columns", "run_in", "site_lines", "employer_lists"):
        assert any("직위" in found for found in reader_words(reader).values()), reader


def test_given_a_word_in_two_fields_when_the_lexicon_is_checked_then_it_is_refused():
    with pytest.raises(ValueError, match="names both"):
        check_fields({"position": ["직위"], "company": ["직 위"]})


def test_given_a_reader_taking_a_word_the_lexicon_lacks_when_read_then_it_is_refused():
    with pytest.raises(ValueError, match="no lexicon word"):
        read_words({"position": ["직위"]}, "run_in", {"only": {"position": ["직함"]}})


def test_given_a_reader_that_adds_and_drops_when_read_then_it_differs_only_there():
    lexicon = {"position": ["직위", "title"], "team": ["인원"]}
    spec = {"fields": ["position", {"team": "ignored"}], "add": {"ignored": ["팀"]}, "drop": ["title"]}
    assert read_words(lexicon, "columns", spec) == {"position": ("직위",), "ignored": ("인원", "팀")}


def test_given_start_end_and_department_labels_under_an_employer_when_parsed_then_one_period_and_no_team():
    draft = parse_markdown(
        "# 한가람\n\n## 경력\n\n### ㈜누리페이\n\n입사일: 2021.04\n\n퇴사일: 2023.03\n\n직위: 책임\n\n"
        "부서: 결제플랫폼팀\n\n담당업무: 결제 API 운영\n"
    )

    assert entries(draft) == [("㈜누리페이", "책임", "2021.04 ~ 2023.03")]
    assert draft["work_experiences"][0]["project_description"] == "결제 API 운영"
    assert draft["total_experience_months"] == 24


def test_given_a_career_table_with_a_position_column_named_jikwi_when_parsed_then_the_grade_is_the_position():
    draft = parse_markdown(
        "# 한가람\n\n## 경력\n\n| 근무기간 | 회사명 | 부서 | 직위 | 담당업무 |\n|---|---|---|---|---|\n"
        "| 2021.04 ~ 현재 | ㈜누리페이 | 결제플랫폼팀 | 책임 | 결제 API 설계 및 운영 |\n"
    )

    assert entries(draft) == [("㈜누리페이", "책임", "2021.04 ~ 현재")]


def test_given_a_projects_table_with_a_stack_column_when_parsed_then_the_stack_is_read():
    draft = parse_markdown(
        "# 한가람\n\n## 프로젝트\n\n| 프로젝트명 | 기간 | 기술 스택 | 설명 |\n|---|---|---|---|\n"
        "| 멍냥예약 | 2024.05 ~ 2025.06 | Django, PostgreSQL | 반려동물 예약 서비스 |\n"
    )

    project = draft["personal_projects"][0]
    assert (project["name"], project["tech_stack"]) == ("멍냥예약", ["Django", "PostgreSQL"])


@pytest.mark.parametrize(("cell", "column"), [("기간(년.월)", "period"), ("**회사명**", "company")])
def test_given_a_header_cell_with_a_note_or_emphasis_when_read_then_the_word_names_the_column(cell, column):
    assert header_column(cell) == column


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (("취득일", "자격증명", "발행처"), ["certified", "certificate", "issuer"]),
        (("시험종류", "점수/등급", "취득일"), ["certificate", "score", "certified"]),
        (("Certification", "Issuing Organization", "Issue Date"), ["certificate", "issuer", "certified"]),
        (("재학기간", "학교명(소재지)", "전공", "졸업여부"), ["period", "school", "major", "status"]),
        (("입학년월", "졸업년월", "학교명", "학위"), ["start", "end", "school", "degree"]),
    ],
)
def test_given_a_certification_or_school_header_when_read_then_each_cell_names_its_column(header, columns):
    assert record_columns(header)[1] == columns


def test_given_a_career_header_when_read_as_a_record_table_then_it_is_none():
    assert record_columns(("근무기간", "회사명", "직위")) is None


@pytest.mark.parametrize("grade", ["책임", "선임", "사원", "대리", "과장"])
def test_given_a_grade_alone_under_a_jikgeup_column_when_parsed_then_the_grade_is_the_position(grade):
    draft = parse_markdown(
        "# 한가람\n\n## 경력\n\n| 재직기간 | 근무처 | 소속 부서 | 직급 |\n|---|---|---|---|\n"
        f"| 2019.03 ~ 2021.02 | 가온시스템 | 플랫폼개발팀 | {grade} |\n"
    )

    assert entries(draft) == [("가온시스템", grade, "2019.03 ~ 2021.02")]
