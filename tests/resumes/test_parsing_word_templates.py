"""The Microsoft Word / Google Docs resume template, the most common English layout: a job header
of one or two rows with a right-aligned cell, in its common orders and separators, read alike from
plain text, Markdown, DOCX, a PDF drawn at test time and the same page printed by Chromium.

- "Company, City, ST ⇥ period" over "Title" (the title alone on the next row, often italic);
- "Title ⇥ period" over "Company, City, ST" or "Company — City, Country";
- "Company ⇥ City, ST" over "Title ⇥ period" (two_rows.py);
- "Company | Title | period" and "Title, Company ⇥ period" on one row;
- "Company ⇥ period" over "Title, City, ST";
- the Korean equivalent, "가온소프트 | 서울 ⇥ 2019.03 ~ 2022.02" over "백엔드 개발자".

Where the job was ("Austin, TX", "Lisbon, Portugal", "Remote", "서울", "Seoul, South Korea")
comes off the company and the title and never becomes the position; the title row is the position,
never the description. A date after a tab at the end of an education row is the period. The
people, employers and schools are invented (tests/resumes/word_template.py writes them out).
"""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.employer_below import employer_of
from resumes.parsing.places import without_place_parts
from resumes.parsing.roles import company_and_position, looks_like_company_header, role_without_location
from resumes.parsing.work_lines import role_below
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page
from tests.resumes import documents, word_template

TODAY = datetime.date(2026, 1, 15)

_BLUESTEM = ("Bluestem Analytics", "Senior Data Engineer", "June 2021 – Present")
_REDWATER_DE = ("Redwater Logistics", "Data Engineer", "August 2018 – May 2021")
_REDWATER_PM = ("Redwater Logistics", "Product Manager", "August 2018 – May 2021")
_COPPERLINE = ("Copperline Software", "Junior Developer", "July 2017 – July 2018")
_TALLGRASS = ("Tallgrass Media", "Intern", "January 2016 – June 2017")
_HANBIT = ("Hanbit Systems", "Software Engineer II", "March 2020 – Present")
_MIRAE = ("Mirae Cloud", "Product Manager", "March 2018 – February 2020")
# Each variant: the header rows of each job (a tab before the right-aligned cell) and what they say.
VARIANTS = {
    "company_place_period_over_title": [
        (["Bluestem Analytics, Austin, TX\tJune 2021 – Present", "Senior Data Engineer"], _BLUESTEM),
        (["Redwater Logistics, Dallas, TX\tAugust 2018 – May 2021", "Data Engineer"], _REDWATER_DE),
        (["Copperline Software — Lisbon, Portugal\tJuly 2017 – July 2018", "Junior Developer"], _COPPERLINE),
        (["Tallgrass Media, Remote\tJanuary 2016 – June 2017", "Intern"], _TALLGRASS),
    ],
    "company_and_foreign_place_over_title": [
        (["Hanbit Systems, Seoul, South Korea\tMarch 2020 – Present", "Software Engineer II"], _HANBIT),
        (["Mirae Cloud, 서울\tMarch 2018 – February 2020", "Product Manager"], _MIRAE),
    ],
    "title_period_over_company_place": [
        (["Senior Data Engineer\tJune 2021 – Present", "Bluestem Analytics, Austin, TX"], _BLUESTEM),
        (["Product Manager\tAugust 2018 – May 2021", "Redwater Logistics — Toronto, Canada"], _REDWATER_PM),
        (["Junior Developer\tJuly 2017 – July 2018", "Copperline Software, Remote"], _COPPERLINE),
        (["Software Engineer II\tMarch 2020 – Present", "Hanbit Systems, Seoul, South Korea"], _HANBIT),
    ],
    "company_place_over_title_period": [
        (["Bluestem Analytics\tAustin, TX", "Senior Data Engineer\tJune 2021 – Present"], _BLUESTEM),
        (["Hanbit Systems\tSeoul, South Korea", "Software Engineer II\tMarch 2020 – Present"], _HANBIT),
        (["Copperline Software\tRemote", "Junior Developer\tJuly 2017 – July 2018"], _COPPERLINE),
        (["Mirae Cloud\t서울", "Product Manager\tMarch 2018 – February 2020"], _MIRAE),
    ],
    "company_title_period_with_bars": [
        (["Bluestem Analytics | Senior Data Engineer | June 2021 – Present"], _BLUESTEM),
        (["Redwater Logistics | Product Manager | Dallas, TX | August 2018 – May 2021"], _REDWATER_PM),
        (["Tallgrass Media | Intern | Remote | January 2016 – June 2017"], _TALLGRASS),
    ],
    "title_comma_company_period": [
        (["Senior Data Engineer, Bluestem Analytics\tJune 2021 – Present"], _BLUESTEM),
        (["Product Manager, Redwater Logistics, Dallas, TX\tAugust 2018 – May 2021"], _REDWATER_PM),
        (["Software Engineer II, Hanbit Systems, Seoul, South Korea\tMarch 2020 – Present"], _HANBIT),
    ],
    "company_period_over_title_place": [
        (["Bluestem Analytics\tJune 2021 – Present", "Senior Data Engineer, Austin, TX"], _BLUESTEM),
        (["Redwater Logistics\tAugust 2018 – May 2021", "Product Manager — Remote"], _REDWATER_PM),
    ],
    "korean_company_place_period_over_title": [
        (
            ["가온소프트 | 서울\t2019.03 ~ 2022.02", "백엔드 개발자"],
            ("가온소프트", "백엔드 개발자", "2019.03 ~ 2022.02"),
        ),
        (
            ["누리데이터 | 판교\t2016.01 ~ 2019.02", "데이터 엔지니어"],
            ("누리데이터", "데이터 엔지니어", "2016.01 ~ 2019.02"),
        ),
    ],
}


def _render(fmt: str, rows: list[list[str]]) -> tuple[bytes, str]:
    if fmt == "pdf":
        font = documents.korean_font_path() if word_template.hangul(rows) else None
        if word_template.hangul(rows) and font is None:
            pytest.skip("no Korean TrueType font")
        return word_template.pdf_resume(rows, font), "resume.pdf"
    render, name = {
        "text": (word_template.text_resume, "resume.txt"),
        "markdown": (word_template.markdown_resume, "resume.md"),
        "docx": (word_template.docx_resume, "resume.docx"),
    }[fmt]
    return render(rows), name


def _assert_read_as_written(draft: dict, jobs: list[tuple[list[str], tuple]]) -> None:
    found = [
        (w["company"], w["position"], (w["duration"] or "").replace(" - ", " – ")) for w in draft["work_experiences"]
    ]
    assert found == [expected for _, expected in jobs]  # Chromium prints the en dash as a hyphen
    assert [w["project_description"] for w in draft["work_experiences"]] == [None] * len(jobs)
    assert [w["project_name"] for w in draft["work_experiences"]] == [None] * len(jobs)
    assert [w["achievements"] for w in draft["work_experiences"]] == [list(word_template.BULLETS)] * len(jobs)
    assert [(e["institution"], e["period"]) for e in draft["education"]] == [
        (word_template.SCHOOL, word_template.GRADUATED)
    ]


@pytest.mark.parametrize("fmt", ["text", "markdown", "docx", "pdf"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_given_a_word_template_job_header_when_parsed_in_each_format_then_company_title_and_period_are_read(
    variant, fmt
):
    # Given the template's job headers in one of their common orders, written out as `fmt`
    jobs = VARIANTS[variant]
    data, filename = _render(fmt, [rows for rows, _ in jobs])
    # When parsed
    draft = parse_resume(data, filename=filename, today=TODAY).draft
    # Then the company, the title and the period are each in their field, the place in none
    _assert_read_as_written(draft, jobs)


@pytest.mark.browser
@pytest.mark.parametrize("variant", VARIANTS)
def test_given_a_word_template_page_printed_by_chromium_when_parsed_then_company_title_and_period_are_read(
    browser,  # noqa: F811
    variant,
):
    # Given the same template as an HTML page of flex rows, printed to PDF by Chromium
    jobs = VARIANTS[variant]
    page = browser.new_page()
    page.set_content(word_template.html_resume([rows for rows, _ in jobs]), wait_until="load")
    pdf = page.pdf(format="A4", print_background=True)
    # When parsed
    draft = parse_resume(pdf, filename="resume.pdf", today=TODAY).draft
    # Then it reads as the DOCX does
    _assert_read_as_written(draft, jobs)


@pytest.mark.parametrize(
    ("parts", "kept"),
    [
        (["Bluestem Analytics", "Austin", "TX"], ["Bluestem Analytics"]),
        (["Product Manager", "Redwater Logistics", "Dallas", "TX"], ["Product Manager", "Redwater Logistics"]),
        (["Hanbit Systems", "Seoul", "South Korea"], ["Hanbit Systems"]),
        (["가온소프트", "서울"], ["가온소프트"]),
        (["Copperline Software", "Remote"], ["Copperline Software"]),
        (["Bluestem Analytics", "Data Platform"], ["Bluestem Analytics", "Data Platform"]),  # a team, no place
    ],
)
def test_given_the_parts_of_a_header_when_places_are_taken_off_then_places_alone_and_in_pairs_go(parts, kept):
    assert without_place_parts(parts, ", ".join(parts)) == kept


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bluestem Analytics, Austin, TX", ("Bluestem Analytics", None)),
        ("Redwater Logistics, Dallas, TX", ("Redwater Logistics", None)),
        ("Hanbit Systems, Seoul, South Korea", ("Hanbit Systems", None)),
        ("Product Manager, Redwater Logistics, Dallas, TX", ("Redwater Logistics", "Product Manager")),
        ("Bluestem Analytics, Austin, TX | Senior Data Engineer", ("Bluestem Analytics", "Senior Data Engineer")),
        ("Foo Systems, Inc., Mountain View, CA", ("Foo Systems, Inc.", None)),
        ("Data Engineer, Brightleaf, Portugal", ("Brightleaf", "Data Engineer")),  # after a title: the employer
        ("Brightleaf, Porto, Portugal", ("Brightleaf", None)),  # after the employer: the city
        ("가온소프트 | 서울", ("가온소프트", None)),
    ],
)
def test_given_a_header_with_a_city_and_state_when_split_then_the_place_is_neither_company_nor_position(
    title, expected
):
    assert company_and_position(title) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Senior Data Engineer, Austin, TX", "Senior Data Engineer"),
        ("Software Engineer II, Seoul, South Korea", "Software Engineer II"),
        ("Senior Data Engineer, Platform Team, Austin", None),
    ],
)
def test_given_a_title_followed_by_a_city_and_state_when_read_then_the_title_is_left(text, title):
    assert role_without_location(text) == title


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Redwater Logistics — Toronto, Canada", "Redwater Logistics"),
        ("Copperline Software – Remote", "Copperline Software"),
    ],
)
def test_given_an_employer_row_with_a_dash_before_its_place_when_read_then_the_place_is_off(text, employer):
    assert employer_of(text) == employer


@pytest.mark.parametrize(
    ("title", "employer"),
    [("Redwater Logistics, Dallas, TX", True), ("Bluestem Analytics — Remote", True), ("Payments Platform", False)],
)
def test_given_a_dated_row_naming_a_place_when_asked_then_it_heads_an_employer(title, employer):
    assert looks_like_company_header(title) is employer


class _Employer:
    def __init__(self, position):
        self.position = position


class _Work:
    def __init__(self, position):
        self.employer = _Employer(position)


@pytest.mark.parametrize(
    ("position", "text", "title"),
    [
        (None, "Senior Data Engineer", "Senior Data Engineer"),
        ("Data Platform", "Software Engineer II", "Software Engineer II"),  # a team read as the position
        (None, "Intern", "Intern"),
        ("Data Engineer", "Senior Data Engineer", None),  # the header named the job already
        (None, "Series B lender for small shops", None),
    ],
)
def test_given_a_short_row_under_an_employer_header_when_read_then_a_title_by_its_words_is_the_position(
    position, text, title
):
    assert role_below(_Work(position), text) == title


def _parse_text(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft


def test_given_a_team_after_the_company_and_a_title_row_under_it_when_parsed_then_the_title_is_the_position():
    # Given "Company, Team ⇥ period" over the title
    draft = _parse_text(
        "Dana Whitfield\ndana@example.com\n\nEXPERIENCE\nBluestem Analytics, Data Platform\tJune 2021 – Present\n"
        "Senior Data Engineer\n• Built nightly loads in Airflow and Spark for the sales team.\n"
    )
    # Then the title row is the position and the team stays as a note
    work = draft["work_experiences"][0]
    assert (work["company"], work["position"], work["project_description"]) == (
        "Bluestem Analytics",
        "Senior Data Engineer",
        "Data Platform",
    )


def test_given_a_description_row_under_an_employer_header_when_parsed_then_it_stays_the_description():
    draft = _parse_text(
        "Dana Whitfield\ndana@example.com\n\nEXPERIENCE\nBluestem Analytics, Austin, TX\tJune 2021 – Present\n"
        "Series B lender for small shops across Texas\n• Built nightly loads in Airflow and Spark for the sales team.\n"
    )
    work = draft["work_experiences"][0]
    assert (work["company"], work["position"]) == ("Bluestem Analytics", None)
    assert work["project_description"] == "Series B lender for small shops across Texas"


def test_given_employer_rows_with_places_and_unfamiliar_titles_when_parsed_then_each_row_is_an_employer():
    # Given two "Company, City, ST ⇥ period" rows whose titles the role words do not know
    draft = _parse_text(
        "Dana Whitfield\ndana@example.com\n\nEXPERIENCE\n"
        "Bluestem Analytics, Austin, TX\tJune 2021 – Present\nGrowth Hacker\n• Ran the referral programme.\n\n"
        "Redwater Logistics, Dallas, TX\tAugust 2018 – May 2021\nData Wrangler\n• Cleaned the shipment tables.\n"
    )
    # Then the second row is the next employer, not a project of the first
    assert [w["company"] for w in draft["work_experiences"]] == ["Bluestem Analytics", "Redwater Logistics"]


@pytest.mark.parametrize(
    ("row", "institution", "period"),
    [
        ("University of Texas at Austin\tMay 2017", "University of Texas at Austin", "May 2017"),
        ("University of Texas at Austin, Austin, TX\tMay 2017", "University of Texas at Austin", "May 2017"),
        ("Hanbit University, Seoul, South Korea\t2019.02", "Hanbit University", "2019.02"),
    ],
)
def test_given_an_education_row_ending_in_a_date_after_a_tab_when_parsed_then_the_date_is_the_period(
    row, institution, period
):
    draft = _parse_text(f"Dana Whitfield\ndana@example.com\n\nEDUCATION\n{row}\n{word_template.DEGREE}\n")
    school = draft["education"][0]
    assert (school["institution"], school["period"], school["degree"]) == (institution, period, "Bachelor of Science")
