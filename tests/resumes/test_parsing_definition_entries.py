"""Experience written as a definition list: "**Title**", then "  : **Company Inc.**" and
"  : **2026년 1월 - 현재**". One entry each, in Markdown and in the DOCX a browser print of it
gives (where the three are one line "Title : Company : period"). The resume is invented; none
is taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from bench.parse_corpus_render import render_docx, to_html
from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 3, 1)

DEFINITIONS = """# 윤다온

## Experience

**Backend Software Engineer**
  : **Pebble Freight Inc.**
  : **2025년 2월 - 현재**

물류 정산 플랫폼의 백엔드를 개발합니다.

- 정산 배치 처리 시간을 40% 단축

**Software Engineer**
  : **Lantern Works Corporation**
  : **2021년 4월 - 2025년 1월**

- 사내 배포 도구를 만들어 배포 횟수를 두 배로 늘림

## Education

**컴퓨터공학과 학사**
  : **2014년 3월 - 2021년 2월**
"""


@pytest.fixture(params=["md", "docx"])
def parsed(request, tmp_path) -> dict:
    if request.param == "md":
        return parse_resume(DEFINITIONS.encode(), filename="resume.md", today=TODAY).draft
    source = tmp_path / "resume.md"
    source.write_text(DEFINITIONS, encoding="utf-8")
    return parse_resume(render_docx(to_html(source)), filename="resume.docx", today=TODAY).draft


def test_given_definition_list_entries_when_parsed_then_title_company_and_period_are_one_entry(parsed):
    entries = [(w["company"], w["position"], w["duration"]) for w in parsed["work_experiences"]]
    assert entries == [
        ("Pebble Freight Inc.", "Backend Software Engineer", "2025년 2월 - 현재"),
        ("Lantern Works Corporation", "Software Engineer", "2021년 4월 - 2025년 1월"),
    ]


def test_given_definition_list_entries_when_parsed_then_the_bullets_stay_with_their_entry(parsed):
    achievements = [w["achievements"] for w in parsed["work_experiences"]]
    assert achievements == [["정산 배치 처리 시간을 40% 단축"], ["사내 배포 도구를 만들어 배포 횟수를 두 배로 늘림"]]
