"""Entry headers that carry more than a company, a position and a period: where the job was
("Brightleaf, Lisbon", a right-hand "Lisbon, Portugal" column, "(Remote)"), how it was held
("(Contract)"), a role line under a company line, and decoration between entries. The lines
are invented; PDF rows are written as the layout reader gives them, columns split by a tab."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.places import is_employment_type, is_place, without_notes
from resumes.parsing.roles import company_and_position

TODAY = datetime.date(2026, 1, 15)


def work(text: str, filename: str = "resume.txt") -> list[tuple]:
    draft = parse_resume(text.encode(), filename=filename, today=TODAY).draft
    return [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon, Portugal",
        "Remote",
        "(Remote)",
        "Austin, TX",
        "Port Hadley, NSW, Australia",
        "서울 강남구",
        "판교",
        "Berlin / Remote",
        "SAN FRANCISCO, CA",
    ],
)
def test_given_a_place_when_checked_then_it_is_a_place(text):
    assert is_place(text)


@pytest.mark.parametrize(
    "text", ["Data Engineer", "Brightleaf Labs", "Inc.", "OK", "Python, Go", "Harbor Finance, Inc", "Spring Boot"]
)
def test_given_a_name_or_title_when_checked_then_it_is_no_place(text):
    assert not is_place(text)


@pytest.mark.parametrize(
    ("position", "bare"),
    [
        ("Data Engineer (Contract)", "Data Engineer"),
        ("Data Engineer (Contract) (Remote)", "Data Engineer"),
        ("백엔드 개발자 (정규직)", "백엔드 개발자"),
        ("백엔드 개발자 (사원, 정규직)", "백엔드 개발자 (사원, 정규직)"),
        ("Engineer (Payments)", "Engineer (Payments)"),
    ],
)
def test_given_a_position_with_notes_when_cleaned_then_only_how_and_where_come_off(position, bare):
    assert is_employment_type("(Full-time)")
    assert without_notes(position) == bare


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Data Engineer @ Brightleaf, Lisbon (Contract)", "Brightleaf", "Data Engineer"),
        ("QA Lead @ Marrow Foods, Faro", "Marrow Foods", "QA Lead"),
        ("Brightleaf, Lisbon | Data Engineer", "Brightleaf", "Data Engineer"),
        ("Analyst @ Hollis, Vane & Co", "Hollis, Vane & Co", "Analyst"),
    ],
)
def test_given_a_company_followed_by_its_city_when_split_then_the_city_is_dropped(title, company, position):
    assert company_and_position(title) == (company, position)


def test_given_a_markdown_role_at_company_city_heading_when_parsed_then_the_city_and_contract_note_drop():
    draft = parse_resume(
        b"# Ines Varo\n\n## Experience\n\n#### Data Engineer @ Brightleaf, Lisbon *(Contract)* | Mar 2021 - Present\n\n"
        b"- Moved batch jobs to streaming\n",
        filename="resume.md",
        today=TODAY,
    ).draft
    entry = draft["work_experiences"][0]
    assert (entry["company"], entry["position"], entry["duration"]) == (
        "Brightleaf",
        "Data Engineer",
        "Mar 2021 - Present",
    )


def test_given_a_company_row_with_a_place_column_when_parsed_then_the_place_is_not_the_position():
    text = (
        "Ines Varo\n\nEXPERIENCE\n\nBrightleaf\tLisbon, Portugal\nData Engineer\tMar 2021 – Present\n"
        "- Moved batch jobs to streaming\n\n하늘데이터\t서울\n데이터 엔지니어\t2018.03 – 2021.02\n- 수집기 개발\n"
    )
    assert work(text) == [
        ("Brightleaf", "Data Engineer", "Mar 2021 – Present"),
        ("하늘데이터", "데이터 엔지니어", "2018.03 – 2021.02"),
    ]


def test_given_a_role_row_with_contract_and_remote_notes_when_parsed_then_the_position_is_the_title():
    text = "Ines Varo\n\nEXPERIENCE\n\nBrightleaf\nData Engineer (Contract)\t(Remote) Mar 2021 – Present\n- Built it\n"
    assert work(text) == [("Brightleaf", "Data Engineer", "Mar 2021 – Present")]


@pytest.mark.parametrize("company", ["Orbit Co.", "ORBIT LABS", "오르빗시스템"])
def test_given_a_role_line_under_a_company_line_when_parsed_then_the_whole_role_is_the_position(company):
    text = (
        f"Ines Varo\n\nEXPERIENCE\n\nKestrel Apps\nMobile Developer\t2021/09-2023/01\n- Shipped the app\n\n"
        f"{company}\nEmbedded System Engineer\t2019/04-2021/08\n- Wrote the bootloader\n"
    )
    assert work(text) == [
        ("Kestrel Apps", "Mobile Developer", "2021/09-2023/01"),
        (company, "Embedded System Engineer", "2019/04-2021/08"),
    ]


@pytest.mark.parametrize("leader", [". . . . . . . . . .", "……………", "·····", "....\t...."])
def test_given_a_row_of_dot_leaders_when_read_then_it_is_an_empty_line(leader):
    assert make_line(leader).text == ""
    assert make_line("Total ... 3").text == "Total ... 3"


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Tidal Corp. - Logistics - Platform Engineer", "Tidal Corp.", "Platform Engineer"),
        ("Harbor, Inc. - Finance - Backend Engineer", "Harbor, Inc.", "Backend Engineer"),
        ("Quarry Works, LLC | Data Analyst", "Quarry Works, LLC", "Data Analyst"),
        ("(주)누리물류 - 플랫폼팀 - 백엔드 개발자", "(주)누리물류", "백엔드 개발자"),
        ("Fennel Labs, Co-founder", "Fennel Labs", "Co-founder"),
    ],
)
def test_given_a_three_part_header_or_a_suffixed_name_when_split_then_the_suffix_stays_with_the_name(
    title, company, position
):
    assert company_and_position(title) == (company, position)


def test_given_a_position_with_a_bracketed_stack_when_parsed_then_the_stack_is_the_entry_tech():
    draft = parse_resume(
        "Ines Varo\n\nEXPERIENCE\n\nTidal Corp. - Logistics - Platform Engineer(Go/Rust)   Jan 2020 – Present\n"
        "- Wrote the routing service\n\n하늘정보 - 결제팀 - 백엔드 개발자 (Payments)   2017.03 – 2019.12\n- 정산 배치\n".encode(),
        filename="resume.txt",
        today=TODAY,
    ).draft
    found = [(w["company"], w["position"], w["tech_stack"]) for w in draft["work_experiences"]]
    assert found == [
        ("Tidal Corp.", "Platform Engineer", ["Go", "Rust"]),
        ("하늘정보", "백엔드 개발자 (Payments)", []),
    ]


def test_given_academic_cv_items_with_an_emphasised_role_when_parsed_then_the_span_is_the_position():
    draft = parse_resume(
        b"# Mara Quill\n\n## Employment\n\n* (May 2020 - Jun 2023) -\n"
        b"  ***Lecturer, Dept. of Physics***, Northvale College\n  * Full-stack web developer\n"
        b"* (Jan 2018 - Apr 2020) -\n  **Southmere University**, Research Assistant\n  * Ran the lab scheduler\n",
        filename="resume.md",
        today=TODAY,
    ).draft
    found = [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]
    assert found == [
        ("Northvale College", "Lecturer, Dept. of Physics", "May 2020 - Jun 2023", None),
        ("Southmere University", "Research Assistant", "Jan 2018 - Apr 2020", None),
    ]
    assert draft["work_experiences"][0]["achievements"] == ["Full-stack web developer"]
    assert draft["personal_projects"] == []


@pytest.mark.parametrize(
    ("markdown", "lead"),
    [
        ("***Lecturer, Dept. of Physics***, Northvale College", "Lecturer, Dept. of Physics"),
        ("*Analyst*, Corran Bank, Leeds", "Analyst"),
        ("**Analyst** at Corran Bank", ""),
        ("**Analyst, Corran Bank**", ""),
    ],
)
def test_given_an_emphasised_span_before_a_comma_when_read_then_the_line_keeps_it_as_its_lead(markdown, lead):
    from resumes.parsing.markup import markdown_lines

    assert markdown_lines(markdown)[0].lead == lead


def projects(text: str) -> list[tuple]:
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    return [(p["name"], p["tech_stack"], p["description"]) for p in draft["personal_projects"]]


def test_given_a_project_header_with_a_stack_role_and_count_when_parsed_then_the_name_is_alone():
    text = (
        "Ines Varo\n\nPROJECTS\n\nWidget(Rust) - Maintainer\t120+ commits\n- Cut release time in half\n\n"
        "Tallyho(Go/SQLite) - Contributor\t2k stars\n- Added the export command\n"
    )
    assert projects(text) == [
        ("Widget", ["Rust"], "Maintainer · 120+ commits"),
        ("Tallyho", ["Go", "SQLite"], "Contributor · 2k stars"),
    ]


def test_given_moderncv_name_colon_sentence_lines_when_parsed_then_each_line_is_a_project():
    text = (
        "Ines Varo\n\nPROJECTS\n\nSkyline: renders city skylines from open elevation data for printing\n"
        "Tidepool: a small scheduler for shared lab instruments with email reminders\n"
    )
    assert [name for name, _, _ in projects(text)] == ["Skyline", "Tidepool"]


def test_given_a_project_description_with_a_colon_inside_a_sentence_when_parsed_then_it_stays_a_description():
    text = "Ines Varo\n\nPROJECTS\n\nSkyline (2022.01 ~ 2022.06)\nThe goal of this tool was simple: print a skyline\n"
    assert projects(text) == [("Skyline", [], "The goal of this tool was simple: print a skyline")]


def test_given_a_description_line_ending_in_a_count_when_parsed_then_it_opens_no_project():
    text = "Ines Varo\n\nPROJECTS\n\nWidget(Rust) - Maintainer\nTech: Rust\n\nGrew to 2k users\n"
    assert projects(text) == [("Widget", ["Rust"], "Maintainer\nGrew to 2k users")]


def test_given_academic_cv_items_printed_without_emphasis_when_parsed_then_the_last_part_is_the_org():
    text = (
        "Mara Quill\n\nEMPLOYMENT\n\n• (May 2020 - Jun 2023) -\nLecturer, Dept. of Physics, Northvale College\n"
        "• Full-stack web developer\n• (Jan 2018 - Apr 2020) -\nResearch Assistant, Southmere University, Leeds, UK\n"
    )
    assert work(text) == [
        ("Northvale College", "Lecturer, Dept. of Physics", "May 2020 - Jun 2023"),
        ("Southmere University", "Research Assistant", "Jan 2018 - Apr 2020"),
    ]


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("Firmware Engineer", None, "Firmware Engineer"),
        ("Embedded System Engineer", None, "Embedded System Engineer"),
        ("Nimbus 인턴", "Nimbus", "인턴"),
        ("바다물류 인턴", "바다물류", "인턴"),
        ("Brightleaf — Remote", "Brightleaf", None),
        ("Brightleaf, Lisbon, Portugal", "Brightleaf", None),
    ],
)
def test_given_an_english_title_or_a_place_part_when_split_then_neither_is_taken_for_a_name(title, company, position):
    assert company_and_position(title) == (company, position)


def test_given_role_rows_over_company_rows_with_places_when_parsed_then_each_pair_is_one_entry():
    text = (
        "Ines Varo\n\nEXPERIENCE\n\nData Engineer\tMar 2021 – Present\nBrightleaf\tLisbon, Portugal\n- Built it\n"
        "Firmware Engineer\tSep 2018 – Feb 2021\nOrbit Co.\tAustin, TX\n- Wrote the bootloader\n"
    )
    assert work(text) == [
        ("Brightleaf", "Data Engineer", "Mar 2021 – Present"),
        ("Orbit Co.", "Firmware Engineer", "Sep 2018 – Feb 2021"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Acme Corp\tMay 2020 - Jun 2023 (Sabbatical)\nData Engineer\n- Built it\n",
            ("Acme Corp", "Data Engineer", "May 2020 - Jun 2023"),
        ),
        ("하늘소프트(21.03 ~ 23.9) 백엔드 개발자\n- 주문 API\n", ("하늘소프트", "백엔드 개발자", "21.03 ~ 23.9")),
        (
            "누리랩 | 2019.04 ~ 2021.08 (계약직)\n데이터 분석가\n- 리포트\n",
            ("누리랩", "데이터 분석가", "2019.04 ~ 2021.08"),
        ),
    ],
)
def test_given_a_bracket_beside_the_period_when_parsed_then_it_is_a_note_or_the_period_itself(body, expected):
    assert work(f"Ines Varo\n\nEXPERIENCE\n\n{body}") == [expected]


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("스타트업 바람랩스 | Position: 풀스택 개발자", "스타트업 바람랩스", "풀스택 개발자"),
        ("Quarry Works — Role: Data Analyst", "Quarry Works", "Data Analyst"),
        ("하늘정보 · 직책: 선임 연구원", "하늘정보", "선임 연구원"),
    ],
)
def test_given_a_position_label_joined_onto_a_company_line_when_split_then_the_label_comes_off(
    title, company, position
):
    assert company_and_position(title) == (company, position)


def test_given_project_headings_and_korean_headers_with_stack_role_and_count_when_parsed_then_names_are_alone():
    markdown = parse_resume(
        b"# Ines Varo\n\n## Projects\n\n### Widget(Rust) - Maintainer\n\n- Automated releases\n\n"
        b"### Tallyho (Go, SQLite) \xe2\x80\x94 Contributor \xc2\xb7 2k stars\n\n- Added the export command\n",
        filename="resume.md",
        today=TODAY,
    ).draft
    assert [(p["name"], p["tech_stack"]) for p in markdown["personal_projects"]] == [
        ("Widget", ["Rust"]),
        ("Tallyho", ["Go", "SQLite"]),
    ]
    text = "한도윤\n\n프로젝트\n\n위젯(Rust) - 메인테이너\t커밋 120+\n- 릴리스 자동화\n\n타일맵(Go) - 기여자\n- 내보내기 기능\n"
    assert projects(text) == [("위젯", ["Rust"], "메인테이너 · 커밋 120+"), ("타일맵", ["Go"], "기여자")]
