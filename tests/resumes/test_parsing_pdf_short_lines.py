"""Resumes of short lines printed to PDF (a plain-text or LinkedIn-style resume, a Markdown
paragraph of soft breaks): a row followed by a blank gap is never joined to the next, and a
tenure note between a joined period and its employer comes off; the document's title under the name is no
half of the name; "Company period Title" joined by a renderer is still one entry. All people and
companies are invented."""

from __future__ import annotations

from resumes.parsing import parse_resume
from resumes.parsing.headers import header_parts
from tests.resumes.documents import DRAFT_TODAY, _register_fonts, canvas_pdf, entries

LEADING = 13


def draw_rows(rows: list[str | None], *, font: str = "Helvetica", size: int = 10, title: list[str] = ()):
    """One row per text at the left margin; None leaves a blank line. Title rows come first, large."""

    def draw(page):
        y = 800
        for text in title:
            page.setFont(font, 20)
            page.drawString(72, y, text)
            y -= 26
        page.setFont(font, size)
        for text in rows:
            if text:
                page.drawString(72, y, text)
            y -= LEADING

    return draw


def parse_pdf(data: bytes) -> dict:
    return parse_resume(data, filename="resume.pdf", today=DRAFT_TODAY).draft


def test_given_a_printed_linkedin_style_resume_when_parsed_then_rows_after_a_blank_gap_start_entries():
    rows = [
        "Maya Chen",
        "maya.chen@example.com",
        None,
        "Experience",
        None,
        "Lattice Systems",
        "Senior Site Reliability Engineer",
        "March 2021 - Present (3 years 10 months)",
        "Seattle, Washington",
        "Ran the on-call program for 120 engineers and cut pages by 45%.",
        None,
        "Corbel Cloud",
        "Systems Engineer",
        "June 2017 - February 2021 (3 years 9 months)",
        "Portland, Oregon",
        "Automated fleet provisioning with Terraform and Ansible.",
    ]
    draft = parse_pdf(canvas_pdf(draw_rows(rows)))
    assert entries(draft) == [
        ("Lattice Systems", "Senior Site Reliability Engineer", "March 2021 - Present"),
        ("Corbel Cloud", "Systems Engineer", "June 2017 - February 2021"),
    ]


def test_given_a_korean_period_first_career_printed_when_parsed_then_the_short_rows_stay_apart():
    regular, _ = _register_fonts(True)
    rows = [
        "경력",
        "2019.03 ~ 2021.12 (2년 10개월)",
        "가나다소프트",
        "개발팀 | 대리 | 백엔드 개발",
        None,
        "2016.01 ~ 2019.02 (3년 2개월)",
        "라온시스템",
        "솔루션팀 | 사원 | 웹 개발",
    ]
    draft = parse_pdf(canvas_pdf(draw_rows(rows, font=regular, title=["정민호"])))
    assert [(company, duration) for company, _, duration in entries(draft)] == [
        ("가나다소프트", "2019.03 ~ 2021.12"),
        ("라온시스템", "2016.01 ~ 2019.02"),
    ]


def test_given_the_document_title_under_the_name_in_the_same_size_when_parsed_then_it_is_no_part_of_the_name():
    regular, _ = _register_fonts(True)
    rows = ["하늘정보기술 (2018.05 ~ 2022.08)", "직급: 대리", "- 사내 ERP 유지보수"]
    draft = parse_pdf(canvas_pdf(draw_rows(rows, font=regular, title=["최유나", "경력기술서"])))
    assert draft["name"] == "최유나"
    assert entries(draft) == [("하늘정보기술", "대리", "2018.05 ~ 2022.08")]


def test_given_a_company_period_and_title_joined_on_one_line_when_split_then_the_period_comes_out():
    title, period = header_parts("가나다소프트 2019.03 - 2021.12 백엔드 개발자")
    assert (title, period.text) == ("가나다소프트 | 백엔드 개발자", "2019.03 - 2021.12")
    title, period = header_parts("Senior Engineer Jan 2019 - Mar 2022 Acme Corp")
    assert (title, period.text) == ("Senior Engineer | Acme Corp", "Jan 2019 - Mar 2022")
    assert header_parts("Worked 2019 - 2021 on billing")[1] is None
