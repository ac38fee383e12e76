"""A gutter inside a scanned line: "Company ⇥ period" over "Title ⇥ place" set flush left and
flush right. Tesseract gives the words of such a row as one line; without a tab at the wide gap
the title ran into the place ("Senior Data Engineer San Francisco, CA") and the next employer
became a project of the first. The page is drawn by Chromium at screen size at test time; the
person and employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens

STYLE = """body{font-family:"DejaVu Sans",sans-serif;font-size:15px;margin:40px;width:760px}
h1{font-size:30px}h2{font-size:20px;border-bottom:2px solid #333}
.row{display:flex;justify-content:space-between}.title{font-style:italic}"""
JOBS = [
    ("Harrowgate Mills", "Mar 2021 - Present", "Senior Data Engineer", "Portland, OR"),
    ("Fenwick Outfitters", "Jul 2017 - Feb 2021", "Data Engineer", "Boise, ID"),
]
PAGE = "<h1>Rowan Castell</h1><p>rowan.castell@example.org</p><h2>Experience</h2>" + "".join(
    f"<div class=row><b>{company}</b><span>{period}</span></div>"
    f"<div class='row title'><span>{title}</span><span>{place}</span></div>"
    "<ul><li>Moved the nightly exports to a streaming job</li></ul>"
    for company, period, title, place in JOBS
)


@pytest.mark.browser
def test_given_scanned_rows_set_flush_left_and_right_when_read_then_each_job_keeps_its_fields(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")
    image = screens.screenshot(browser, PAGE, STYLE, scale=1)

    draft = parse_resume(image, filename="resume.png", ocr=True).draft

    found = [(w["company"], w["duration"], w["position"]) for w in draft["work_experiences"]]
    assert found == [(company, period, title) for company, period, title, _ in JOBS]
