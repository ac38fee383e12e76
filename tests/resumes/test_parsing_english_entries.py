"""English entry lines the segmenter reads as one entry each: a column of years before
"COMPANY, Title ----- Place" inside a code block, a name in capitals beside a title in mixed
case, several titles after one company, a grade after a title. The lines are invented; none is
taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.dates import find_periods
from resumes.parsing.headers import header_parts
from resumes.parsing.roles import company_and_position, is_role
from tests.resumes.documents import entries, parse_markdown

TODAY = datetime.date(2026, 1, 15)


def test_given_a_year_and_a_dash_opening_a_line_when_read_then_it_is_a_period_still_running():
    periods = find_periods("2023-        Beta Labs, Engineer")
    assert [(p.text, p.start.year, p.end) for p in periods] == [("2023-", 2023, None)]
    assert find_periods("Moved 2023- era reports") == []  # not at the line's start


def test_given_a_dash_leader_to_a_place_when_read_then_the_title_stops_before_it():
    assert header_parts("2019-2022    Acme Corp, Lead SE ------------ Denver CO")[0] == "Acme Corp, Lead SE"
    assert header_parts("2020-2021 Quarry Tools .......... Remote")[0] == "Quarry Tools"


@pytest.mark.parametrize(
    ("title", "company", "position"),
    [
        ("HALDEN WORKS Senior SE", "HALDEN WORKS", "Senior SE"),
        ("Marlow Inc. DATA ANALYST (INTERN)", "Marlow Inc.", "DATA ANALYST"),
        ("ORCHID, Lead SE, Staff SE", "ORCHID", "Lead SE, Staff SE"),
        ("AWS Cloud Engineer", None, "AWS Cloud Engineer"),  # a technology, not an employer
        ("QA Automation Engineer", None, "QA Automation Engineer"),
    ],
)
def test_given_company_and_title_told_apart_by_case_or_commas_when_split_then_each_is_its_field(
    title, company, position
):
    assert company_and_position(title) == (company, position)


@pytest.mark.parametrize("title", ["Software Engineer II", "Senior SE3", "Staff SWE", "Engineer 2"])
def test_given_a_grade_or_a_short_form_after_a_title_when_judged_then_it_is_a_role(title):
    assert is_role(title)


def test_given_a_whole_resume_in_a_text_fence_when_parsed_then_each_dated_line_is_one_entry():
    draft = parse_markdown(
        "---\ntitle: resume\n---\n\n```text\nDana Whitfield\n\ndana@example.org\n\nEXPERIENCE\n\n"
        "2023-        BETA LABS, Engineer --------------------------------- Remote\n\n"
        "2019-2022    ACME CORP, Lead SE, Staff SE ------------------------ Denver CO\n"
        "     Built the billing service and moved\n     the reports to a queue.\n\n"
        "2015-2019    GAMMA WORKS Senior SE ------------------------------- Austin TX\n"
        "     Wrote the sync engine.\n\nSKILLS\n\nLanguages  Python Go\n```\n"
    )
    assert entries(draft) == [
        ("BETA LABS", "Engineer", "2023-"),
        ("ACME CORP", "Lead SE, Staff SE", "2019-2022"),
        ("GAMMA WORKS", "Senior SE", "2015-2019"),
    ]
    acme = draft["work_experiences"][1]
    assert (acme["project_description"] or "") + " ".join(acme["achievements"]) == (
        "Built the billing service and moved the reports to a queue."
    )


def test_given_an_ascii_banner_fence_over_a_resume_when_parsed_then_the_banner_is_no_content():
    draft = parse_markdown(
        "```\n  ____  _   _\n |  _ \\| | | |\n |____/|_| |_|\n```\n\n# Dana Whitfield\n\n"
        "## Experience\n\n### Engineer at Beta Labs\n\n*Jan 2020 - Present*\n\n- Wrote the sync engine\n"
    )
    assert entries(draft) == [("Beta Labs", "Engineer", "Jan 2020 - Present")]


def test_given_title_at_company_headings_with_a_place_after_the_period_when_parsed_then_the_place_is_no_project():
    draft = parse_markdown(
        "# Oren Vasquez\n\n## Experience\n\n### Support engineer/web-developer at Tallow Freight\n\n"
        "*03.2015 - present* | Remote job\n\n- Kept the ticket queue under a day\n\n"
        "### Software developer at [Quillon](https://quillon.example)\n\n"
        "*01.2012 - 02.2015* | Nizhny Tagil\n\n- Wrote the billing reports\n\n"
        "### Backend developer at Pell Systems\n\n*2010 - 2011* | Payments Platform\n\n- Wrote the ledger\n"
    )
    assert [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]] == [
        ("Tallow Freight", "Support engineer/web-developer", "03.2015 - present", None),
        ("Quillon", "Software developer", "01.2012 - 02.2015", None),
        ("Pell Systems", "Backend developer", "2010 - 2011", "Payments Platform"),
    ]


def test_given_pandoc_grid_tables_when_parsed_then_each_row_is_one_entry_split_at_its_emphasis():
    border = "+" + "-" * 62 + "+" + "-" * 22 + "+"
    draft = parse_markdown(
        "# Ines Marlowe\n\n## Experience\n\n"
        f"{border}\n| **Data Engineer - Search** *&mdash; Foo, Inc., Austin, TX*{' ' * 3}|  Mar 2020 - Jan 2022 |\n"
        f"{border}\n\n- Moved ranking to a nightly job\n\n"
        f"{border}\n| **Analyst** *&mdash; Tilbury Freight LLC, Reno, NV*{' ' * 11}|  Jun 2017 - Feb 2020 |\n"
        f"| <br> **Part of the pricing group**{' ' * 27}|{' ' * 22}|\n"
        f"{border}\n\n- Built the weekly margin report\n"
    )
    assert entries(draft) == [
        ("Foo, Inc.", "Data Engineer - Search", "Mar 2020 - Jan 2022"),
        ("Tilbury Freight LLC", "Analyst", "Jun 2017 - Feb 2020"),
    ]
    assert "+---" not in str(draft)


@pytest.mark.parametrize("name", ["Mary K. Smith, III", "Tobias Renn, Jr.", "Ana Ruiz, PhD"])
def test_given_a_name_with_a_comma_suffix_when_parsed_then_it_is_the_name(name):
    draft = parse_markdown(
        f"# {name}\n\nana@example.org\n\n## Experience\n\n### Engineer at Beta Labs\n\n*2020 - 2022*\n"
    )
    assert draft["name"] == name


def test_given_a_place_with_a_state_code_as_the_first_line_when_parsed_then_it_is_no_name():
    draft = parse_markdown(
        "Baltimore, MD\n\n# Ana Ruiz\n\n## Experience\n\n### Engineer at Beta Labs\n\n*2020 - 2022*\n"
    )
    assert draft["name"] == "Ana Ruiz"


def test_given_awesome_cv_lines_when_parsed_then_division_place_and_employment_type_are_dropped():
    draft = parse_resume(
        b"",
        text=(
            "Dana Whitfield\n\nEXPERIENCE\nQuarry Tools: Platform\tDenver, Colorado\n"
            "SENIOR SOFTWARE ENGINEER\tMarch 2019 - May 2022\n"
            "- DevOps: rebuilt the CI pipelines around containers.\n"
            "- Sustaining: led long-term operations for five projects.\n"
            "Marlow Inc. DATA ANALYST (INTERN)\tMay 2010 - June 2012\n- Built the weekly reports\n"
        ),
        today=TODAY,
    ).draft
    assert [(w["company"], w["position"], w["duration"], w["project_name"]) for w in draft["work_experiences"]] == [
        ("Quarry Tools", "SENIOR SOFTWARE ENGINEER", "March 2019 - May 2022", None),
        ("Marlow Inc.", "DATA ANALYST", "May 2010 - June 2012", None),
    ]
    assert draft["work_experiences"][0]["achievements"][0].startswith("DevOps: rebuilt")


@pytest.mark.parametrize("place", ["Denver, Colorado", "Boston,Massachusetts", "Toronto, Ontario", "Albany, New York"])
def test_given_a_city_and_a_region_written_out_when_judged_then_it_is_a_place(place):
    from resumes.parsing.places import is_place

    assert is_place(place)


@pytest.mark.parametrize(
    ("label", "project"),
    [("Webservices", None), ("Sustaining", None), ("Automation", None), ("FinOps", None), ("Lumenary", "Lumenary")],
)
def test_given_a_labelled_bullet_under_a_job_when_read_then_an_area_of_work_is_no_project(label, project):
    from resumes.parsing.blocks import BULLET, Item
    from resumes.parsing.project_bullets import named_project

    assert named_project(Item(kind=BULLET, text=f"{label}: rebuilt the release flow for the team.")) == project


def test_given_several_titles_stacked_under_one_company_when_parsed_then_each_title_is_an_entry_there():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n**Harbor Digital Office**\n\n"
        "Lead Developer  \nJuly 2023 – Present\n\n- Ran the platform team\n\n"
        "Senior Developer  \nJune 2021 – July 2023\n\n- Wrote the lookup service\n\n"
        "**Webdapper Ltd**\n\nFounder  \nAug 2014 – Present\n\n- Built sites\n"
    )
    assert entries(draft) == [
        ("Harbor Digital Office", "Lead Developer", "July 2023 – Present"),
        ("Harbor Digital Office", "Senior Developer", "June 2021 – July 2023"),
        ("Webdapper Ltd", "Founder", "Aug 2014 – Present"),
    ]


def test_given_title_headings_over_bare_periods_under_bold_companies_when_parsed_then_the_company_is_kept():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n**Harbor Digital Office**\n\n"
        "### Lead Developer\n\n- July 2023 – Present\n- Ran the platform team\n\n"
        "### Developer\n\n- June 2021 – July 2023\n- Wrote the lookup service\n\n"
        "**Kestrel Media**\n\n### Web Developer\n\n- Feb 2016 – Jan 2017\n- Rebuilt the article pages\n"
    )
    assert entries(draft) == [
        ("Harbor Digital Office", "Lead Developer", "July 2023 – Present"),
        ("Harbor Digital Office", "Developer", "June 2021 – July 2023"),
        ("Kestrel Media", "Web Developer", "Feb 2016 – Jan 2017"),
    ]


def test_given_a_fold_holding_only_a_photo_at_a_bullets_end_when_parsed_then_it_is_no_entry():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n### Engineer at Beta Labs\n\n*2020 - 2022*\n\n"
        '- Voted member of the year. <details><summary>Photo</summary><img src="/p.jpeg" alt="award"></details>\n'
        "- Wrote the sync engine\n\n"
        "<details><summary>Billing rewrite</summary>\n\nMoved invoices to a queue.\n\n</details>\n"
    )
    work = draft["work_experiences"]
    assert [w["project_name"] for w in work] == [None, "Billing rewrite"]
    assert work[0]["achievements"] == ["Voted member of the year.", "Wrote the sync engine"]


def test_given_a_wrapped_project_line_starting_with_a_number_when_parsed_then_it_names_no_project():
    from resumes.parsing.project_names import described_name as _described_name

    assert _described_name("4 sitcom Harbor Nights: a searchable index of every quote.") is None
    assert _described_name("Tidewatch: open-source checks for tide gauges") == (
        "Tidewatch",
        "open-source checks for tide gauges",
    )


def test_given_list_items_hard_wrapped_in_the_source_when_parsed_then_each_item_is_one_achievement():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n### Engineer at Beta Labs\n\n*2020 - 2022*\n\n"
        "- Moved the nightly reports to a queue,\ncutting their runtime by half.\n"
        "- Wrote the sync engine  \nUsed by four teams\n"
    )
    assert draft["work_experiences"][0]["achievements"][0] == (
        "Moved the nightly reports to a queue, cutting their runtime by half."
    )
    assert "cutting" not in " ".join(draft["work_experiences"][0]["achievements"][1:])


def test_given_a_role_and_what_it_worked_on_under_a_company_line_when_parsed_then_the_company_is_the_line_above():
    draft = parse_resume(
        b"",
        text=(
            "Dana Whitfield\n\nEXPERIENCE\nOrbis Freight: Flight Systems\tLittleton, Colorado\n"
            "ENGINEER - APOLLO: A LUNAR PROGRAM\tSeptember 2014 - September 2017\n"
            "- Moved the ground software to full test automation.\n"
            "Lumen Alumni Association SOFTWARE DEVELOPER - WEBSITE, NEWSLETTER, GRAPHICS\tAugust 2010 - April 2014\n"
            "- Built the site\n"
        ),
        today=TODAY,
    ).draft
    assert entries(draft) == [
        ("Orbis Freight", "ENGINEER", "September 2014 - September 2017"),
        ("Lumen Alumni Association", "SOFTWARE DEVELOPER", "August 2010 - April 2014"),
    ]


def test_given_technical_experience_and_technologies_sections_when_parsed_then_their_subheadings_are_no_employers():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n### Engineer at Beta Labs\n\n*2020 - 2022*\n\n- Wrote the sync engine\n\n"
        "Technical Experience\n--------------------\n\n### Programming languages\n\n"
        "* **Go** - services and command line tools.\n\n### Tools & Protocols\n\nLinux, git, REST\n\n"
        "## Technologies\n\n### Cloud Platforms\n\nAWS, GCP\n"
    )
    assert entries(draft) == [("Beta Labs", "Engineer", "2020 - 2022")]
    assert "AWS" in draft["technical_skills"]["cloud_platforms"]


def test_given_dated_title_headings_stacked_under_bold_companies_when_parsed_then_the_company_is_kept():
    draft = parse_markdown(
        "# Dana Whitfield\n\n## Experience\n\n**Harbor Digital Office**\n\n"
        "### Lead Developer July 2023 – Present\n\n- Ran the platform team\n\n"
        "### Developer June 2021 – July 2023\n\n- Wrote the lookup service\n\n"
        "**Kestrel Media**\n\n### Web Developer Feb 2016 – Jan 2017\n\n- Rebuilt the article pages\n"
    )
    assert entries(draft) == [
        ("Harbor Digital Office", "Lead Developer", "July 2023 – Present"),
        ("Harbor Digital Office", "Developer", "June 2021 – July 2023"),
        ("Kestrel Media", "Web Developer", "Feb 2016 – Jan 2017"),
    ]
