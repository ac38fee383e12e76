"""E-mail addresses on a scan (ocrmail.py): a long address wraps in a narrow sidebar at its
domain's hyphen ("daon.yoon.dev@mailbox-" over "example.co.kr") and neither half was an
address, so the draft had no e-mail; Tesseract also reads a small dot as "_" and "@" as "©".
The page is drawn by Chromium at screen size (about 110 dpi) at test time; the person and
employers are invented."""

from __future__ import annotations

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.lines import make_line
from resumes.parsing.ocr import ocr_available
from resumes.parsing.ocrmail import mend_addresses
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the screenshots
from tests.conftest import need
from tests.resumes import screens
from tests.resumes.test_parsing_ocr_columns import MAIN_KO, STYLE

SIDEBAR = """<aside><h1>윤다온</h1>
<h2>연락처</h2><p>daon.yoon.dev@mailbox-example.co.kr</p><p>010-6624-1057</p>
<h2>기술</h2><p>Java, Spring Boot</p><p>Kotlin, JPA</p><p>MySQL, Redis</p>
<h2>학력</h2><p>한빛대학교</p><p>2012.03 ~ 2018.02</p></aside>"""


@pytest.mark.browser
def test_given_a_long_address_wrapped_in_a_scanned_sidebar_when_read_then_it_is_the_email(browser):  # noqa: F811
    need(ocr_available(), "Tesseract OCR with Korean")
    image = screens.screenshot(browser, f"<div class=cols>{SIDEBAR}{MAIN_KO}</div>", STYLE, scale=1)

    draft = parse_resume(image, filename="resume.png", ocr=True).draft

    assert draft["contact"]["email"] == "daon.yoon.dev@mailbox-example.co.kr"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["daon.dev@mailbox-", "example.co.kr", "010-6624-1057"], ["daon.dev@mailbox-example.co.kr", "010-6624-1057"]),
        (["daon.dev@", "mailbox.co.kr 010-6624-1057"], ["daon.dev@mailbox.co.kr", "010-6624-1057"]),
        (["daon@example.co_kr"], ["daon@example.co.kr"]),
        (["daon©example.com · 010-6624-1057"], ["daon@example.com · 010-6624-1057"]),
        (["daon@example.com", "blog.example.com"], ["daon@example.com", "blog.example.com"]),
        (["Copyright © 2024 Mirae Lab", "example.com"], ["Copyright © 2024 Mirae Lab", "example.com"]),
    ],
    ids=["at a hyphen", "at the at sign", "dot as underscore", "at as copyright", "whole address", "no address"],
)
def test_given_scanned_lines_when_addresses_are_mended_then_only_an_address_changes(lines, expected):
    assert [line.text for line in mend_addresses([make_line(text) for text in lines])] == expected
