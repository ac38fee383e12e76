"""The line under a company heading that writes the job title with its team, grade, employment
type or status ("**백엔드 개발자** · 결제플랫폼팀", "Payments Team | Senior Backend Engineer"):
the title is the position, the rest comes off (corpus README, gold conventions), in Markdown,
plain text, DOCX and the PDF Chromium prints. People and companies are invented."""

from __future__ import annotations

import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.role_lines import role_line
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import need
from tests.resumes.documents import entries, parse_markdown


@pytest.mark.parametrize(
    ("line", "position"),
    [
        ("백엔드 개발자 · 결제플랫폼팀", "백엔드 개발자"),
        ("서버 개발자 | 플랫폼개발팀", "서버 개발자"),
        ("결제플랫폼팀 · 백엔드 개발자", "백엔드 개발자"),
        ("Payments Team | Senior Backend Engineer", "Senior Backend Engineer"),
        ("Software Engineer | Full-time", "Software Engineer"),
        ("Engineering Manager · Platform", "Engineering Manager"),
        ("Backend Engineer, Payments Team, Contract", "Backend Engineer"),
        ("Software Engineer - Internship", "Software Engineer"),
        ("백엔드 개발자 (사원) · 결제플랫폼팀", "백엔드 개발자 (사원)"),
        ("백엔드 개발자 | 대리", "백엔드 개발자"),
        ("백엔드 개발자 · 정규직", "백엔드 개발자"),
        ("백엔드 개발자 / 결제플랫폼팀", "백엔드 개발자"),
        ("백엔드 개발자 – 검색셀", "백엔드 개발자"),
        ("AI랩 · 머신러닝 엔지니어", "머신러닝 엔지니어"),
        ("백엔드 개발자 · 결제플랫폼팀 · 재직중", "백엔드 개발자"),
        ("정규직 | 파트장 | 백엔드", "백엔드"),
        ("정규직 | 파트장 | 백엔드 엔지니어", "백엔드 엔지니어"),
        ("결제팀 · 팀장", "팀장"),
        ("인턴 | 결제팀", "인턴"),
        ("백엔드 개발자 · 인턴", "백엔드 개발자"),
    ],
)
def test_given_a_role_with_team_grade_or_type_when_read_then_the_role_is_the_position(line, position):
    assert role_line(line) == position


@pytest.mark.parametrize(
    "line",
    [
        "결제 시스템 개편 · 정산 자동화로 처리 시간 단축",  # a description
        "Java · Spring Boot · MySQL",  # a stack
        "사내 메신저 · 알림 서비스 개발",  # a project
        "주문 서비스 · 결제플랫폼팀",  # a product and a team, no role
        "결제팀에서 정산 시스템을 개발한 개발자 · 결제팀",  # a sentence
        "Software Engineer · DevOps Engineer",  # two roles: not this rule's
        "Platform Team, Seoul",
        "백엔드 개발자 (사원, 정규직)",  # one part: the title as written
        "백엔드 개발자",
    ],
)
def test_given_a_line_that_is_no_role_with_its_team_when_read_then_it_is_none(line):
    assert role_line(line) is None


KOREAN_MD = """# 한지우

## 경력

### 누리페이 (2021.03 ~ 현재)

**백엔드 개발자** · 결제플랫폼팀

- 정산 배치 재작성

### 오름소프트 (2018.07 ~ 2021.02)

서버 개발자 | 플랫폼개발팀

- API 개발
"""
EXPECTED = [("누리페이", "백엔드 개발자"), ("오름소프트", "서버 개발자")]


def positions(data: bytes, filename: str) -> list[tuple[str, str]]:
    works = parse_resume(data, filename=filename).draft["work_experiences"]
    return [(w["company"], w["position"]) for w in works]


def test_given_markdown_role_lines_under_company_headings_when_parsed_then_the_team_comes_off():
    works = parse_resume(KOREAN_MD.encode(), filename="r.md").draft["work_experiences"]
    assert [(w["company"], w["position"], w["project_description"]) for w in works] == [
        ("누리페이", "백엔드 개발자", None),
        ("오름소프트", "서버 개발자", None),
    ]


def test_given_english_team_first_and_employment_type_lines_when_parsed_then_the_title_is_the_position():
    text = (
        "# Dana Whitfield\n\n## Experience\n\n### Larkspur Pay (2021.03 - Present)\n\n"
        "Payments Team | Senior Backend Engineer\n\n- Rewrote the settlement batch\n\n"
        "### Orbit Labs (2018.07 - 2021.02)\n\nSoftware Engineer | Full-time\n\n- Built the public API\n"
    )
    assert positions(text.encode(), "r.md") == [
        ("Larkspur Pay", "Senior Backend Engineer"),
        ("Orbit Labs", "Software Engineer"),
    ]


def test_given_plain_text_dated_companies_over_role_lines_when_parsed_then_each_is_an_employer():
    text = (
        "한지우\n\n경력\n\n누리페이 (2021.03 ~ 현재)\n서버 개발자 | 플랫폼개발팀\n- 정산 배치 재작성\n\n"
        "오름소프트 (2018.07 ~ 2021.02)\n백엔드 개발자 · 결제플랫폼팀\n- API 개발\n"
    )
    assert positions(text.encode(), "r.txt") == [("누리페이", "서버 개발자"), ("오름소프트", "백엔드 개발자")]


def test_given_a_docx_with_a_bold_title_and_its_team_when_parsed_then_the_title_is_the_position():
    from docx import Document

    document = Document()
    document.add_heading("한지우", level=1)
    document.add_heading("경력", level=2)
    for company, title, team, bullet in [
        ("누리페이 (2021.03 ~ 현재)", "백엔드 개발자", " · 결제플랫폼팀", "정산 배치 재작성"),
        ("오름소프트 (2018.07 ~ 2021.02)", "서버 개발자", " | 플랫폼개발팀", "API 개발"),
    ]:
        document.add_heading(company, level=3)
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(team)
        document.add_paragraph(bullet, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    assert positions(buffer.getvalue(), "r.docx") == EXPECTED


def test_given_a_description_line_with_a_dot_when_parsed_then_it_stays_the_description():
    text = (
        "# 한지우\n\n## 경력\n\n### 누리페이 (2021.03 ~ 현재)\n\n결제 시스템 개편 · 정산 자동화\n\n- 정산 배치 재작성\n"
    )
    works = parse_resume(text.encode(), filename="r.md").draft["work_experiences"]
    assert [(w["position"], w["project_description"]) for w in works] == [(None, "결제 시스템 개편 · 정산 자동화")]


@pytest.mark.browser
def test_given_the_page_printed_by_chromium_when_parsed_then_the_title_is_the_position():
    need(CHROMIUM.exists(), "Chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:'NanumGothic',sans-serif;"
        "font-size:14px}h1{font-size:26px}h2{font-size:20px}h3{font-size:16px}</style></head><body>"
        "<h1>한지우</h1><h2>경력</h2>"
        "<h3>누리페이 (2021.03 ~ 현재)</h3><p><b>백엔드 개발자</b> · 결제플랫폼팀</p><ul><li>정산 배치 재작성</li></ul>"
        "<h3>오름소프트 (2018.07 ~ 2021.02)</h3><p>서버 개발자 | 플랫폼개발팀</p><ul><li>API 개발</li></ul>"
        "</body></html>"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_content(html, wait_until="load")
            pdf = page.pdf(format="A4")
        finally:
            browser.close()
    assert positions(pdf, "r.pdf") == EXPECTED


@pytest.mark.parametrize("grade", ["스탭", "스태프"])
def test_given_a_team_and_the_staff_grade_under_a_company_heading_when_parsed_then_it_is_the_position(grade):
    markdown = (
        f"# 한도윤\ndoyun@example.com\n\n## 경력\n### 하늘마켓\n모바일셀/{grade}\n2016.03 - 2021.05\n"
        "- 장바구니 화면을 새로 만들었습니다.\n"
    )

    draft = parse_markdown(markdown)

    assert entries(draft) == [("하늘마켓", f"모바일셀/{grade}", "2016.03 - 2021.05")]
    assert draft["work_experiences"][0]["project_name"] is None
