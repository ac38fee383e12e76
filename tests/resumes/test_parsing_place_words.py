"""Places as data (place_words.yaml): every country in English and Korean, so a LaTeX header
"Company ⇥ City, Country" over "Title ⇥ period" is read as one employer whatever the country;
a country whose name is also a word or a given name is a place only after a city. Invented text."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.places import is_place
from tests.resumes.documents import entries

TODAY = datetime.date(2026, 1, 15)


@pytest.mark.parametrize(
    "text",
    ["Kazan, Russia", "Tbilisi, Georgia", "Lima, Peru", "Accra, Ghana", "Amman, Jordan", "Almaty, Kazakhstan"],
)
def test_given_a_city_and_any_country_when_checked_then_it_is_a_place(text):
    assert is_place(text)


@pytest.mark.parametrize(
    "text", ["카잔, 러시아", "모스크바, 러시아", "아크라, 가나", "러시아", "우즈베키스탄", "Russia", "Uruguay"]
)
def test_given_a_korean_or_lone_country_name_when_checked_then_it_is_a_place(text):
    assert is_place(text)


@pytest.mark.parametrize("text", ["Chad", "Jordan", "가나", "수단", "오만", "인도"])
def test_given_a_country_name_that_is_also_a_word_alone_when_checked_then_it_is_no_place(text):
    assert not is_place(text)


def test_given_two_row_headers_placed_in_countries_not_listed_before_when_parsed_then_each_pair_is_one_employer():
    # Given "Company ⇥ City, Country" over "Title ⇥ period" rows, as a LaTeX CV class prints them
    rows = [
        ("Tundrafield Systems", "Kazan, Russia", "Kernel Engineer", "Jan 2019 – Jul 2021"),
        ("Saltmarsh Labs", "Montevideo, Uruguay", "Storage Engineer", "Aug 2016 – Dec 2018"),
    ]
    body = "".join(f"{c}\t{p}\n{t}\t{d}\n• Kept the file system tests green.\n" for c, p, t, d in rows)
    text = f"Ilya Brannock\nilya@example.com\n\nExperience\n{body}\nEducation\nNorthgate University\t2010 – 2014\n"
    # When parsed
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    # Then each pair is one employer, the place off the position
    assert entries(draft) == [
        ("Tundrafield Systems", "Kernel Engineer", "Jan 2019 – Jul 2021"),
        ("Saltmarsh Labs", "Storage Engineer", "Aug 2016 – Dec 2018"),
    ]
