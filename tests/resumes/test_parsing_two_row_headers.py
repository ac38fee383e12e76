"""Entry headers on two rows with a right-aligned cell each, as LaTeX CV classes print them:
"Company ⇥ Mon YYYY – Mon YYYY" over "Title, Team ⇥ District, City", then bullets. Each pair is
one employer, whatever the company's shape; the team after the title's comma and the place are
off the position. The people and employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.places import is_place
from resumes.parsing.two_rows import title_part
from tests.resumes import documents
from tests.resumes.documents import entries

TODAY = datetime.date(2026, 1, 15)

HEADERS = [
    ("Brindle Labs", "Mar 2024 – Present", "Data Engineer", "서울", "Built the nightly loads in Airflow."),
    ("Oakfern", "Jul 2022 – Feb 2024", "Manager, Data Engineer", "서초구, 서울", "Ran a StarRocks cluster."),
    ("(주) Pebblework", "Jan 2020 – Jun 2022", "Team Lead, AI Labs", "중구, 서울", "Led the ETL team."),
    ("Quillstone", "Jan 2018 – Dec 2019", "iOS Developer, Mobile Team", "영등포,서울", "Shipped the iOS app."),
    ("Tarnwick", "Mar 2017 – Dec 2017", "Back-End Engineer", "Freelance", "Wrote the billing API."),
]
EXPECTED = [
    ("Brindle Labs", "Data Engineer", "Mar 2024 – Present"),
    ("Oakfern", "Manager, Data Engineer", "Jul 2022 – Feb 2024"),
    ("(주) Pebblework", "Team Lead", "Jan 2020 – Jun 2022"),
    ("Quillstone", "iOS Developer", "Jan 2018 – Dec 2019"),
    ("Tarnwick", "Back-End Engineer", "Mar 2017 – Dec 2017"),
]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Team Lead, AI Labs", "Team Lead"),
        ("iOS Developer, Mobile Team", "iOS Developer"),
        ("Manager, Data Engineer", "Manager, Data Engineer"),  # a grade and a title: both accepted whole
        ("Data Engineer", "Data Engineer"),
    ],
)
def test_given_a_title_cell_with_a_team_after_a_comma_when_split_then_the_role_part_is_the_title(cell, expected):
    assert title_part(cell) == expected


@pytest.mark.parametrize("text", ["중구, 서울", "서초구, 서울", "영등포,서울", "강남, 서울"])
def test_given_a_korean_district_then_its_city_when_checked_then_it_is_a_place(text):
    assert is_place(text)


@pytest.mark.parametrize("text", ["Team Lead, AI Labs", "데이터팀, 리드", "Manager, Data Engineer"])
def test_given_a_title_and_team_when_checked_then_it_is_no_place(text):
    assert not is_place(text)


def test_given_plain_text_two_row_headers_when_parsed_then_each_pair_is_one_employer():
    rows = "".join(f"{c}\t{d}\n{t}\t{p}\n• {b}\n" for c, d, t, p, b in HEADERS)
    text = f"정하윤\nhayun@example.com\n\nExperience\n{rows}\nEducation\n한빛대학교\t2013 – 2017\n"
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    assert entries(draft) == EXPECTED
    assert [w["achievements"] for w in draft["work_experiences"]] == [[h[4]] for h in HEADERS]
    assert all(not w["project_name"] and not w["project_description"] for w in draft["work_experiences"])


def test_given_a_pdf_with_right_aligned_dates_and_places_when_parsed_then_each_pair_is_one_employer():
    if documents.korean_font_path() is None:
        pytest.skip("no Korean TrueType font")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("TwoRowKo", documents.korean_font_path()))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("TwoRowKo", 20)
    page.drawString(72, 790, "정하윤")
    page.setFont("TwoRowKo", 10)
    page.drawString(72, 772, "hayun@example.com")
    page.setFont("TwoRowKo", 13)
    page.drawString(72, 745, "Experience")
    y = 722
    for company, dates, title, place, bullet in HEADERS:
        page.setFont("TwoRowKo", 10)
        page.drawString(72, y, company)
        page.drawRightString(523, y, dates)
        page.drawString(72, y - 13, title)
        page.drawRightString(523, y - 13, place)
        page.drawString(82, y - 27, "• " + bullet)
        y -= 50
    page.save()

    draft = parse_resume(buffer.getvalue(), filename="resume.pdf", today=TODAY).draft

    assert entries(draft) == EXPECTED


SWAPPED = [
    (
        "Staff Data Engineer, Data Science Enablement & Operations",
        "June 2022 - January 2023",
        "Vellumark",
        "Denver, CO",
    ),
    ("Lead Engineer, Data Engineering", "June 2021 - December 2021", "Ashgrove", "New York, NY"),
    ("Data Analyst", "March 2018 - May 2021", "Corvel Analytics", "Ann Arbor, MI"),
]


def test_given_title_rows_over_company_rows_when_parsed_then_the_role_row_is_the_position():
    # Given "Title, Team ⇥ period" over "Company ⇥ City, ST" (a pdfTeX template)
    rows = "".join(f"{t}\t{d}\n{c}\t{p}\n• Built the warehouse.\n" for t, d, c, p in SWAPPED)
    text = f"Marlow Quence\nmarlow@example.com\n\nExperience\n{rows}\nEducation\nBrightwater College\t2010 – 2014\n"
    # When parsed
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    # Then the company row is the company and the role part of the title row the position
    assert entries(draft) == [
        ("Vellumark", "Staff Data Engineer", "June 2022 - January 2023"),
        ("Ashgrove", "Lead Engineer", "June 2021 - December 2021"),
        ("Corvel Analytics", "Data Analyst", "March 2018 - May 2021"),
    ]
