"""A job's duties with their results nested under them, set with check marks and arrows:
"- 결제 API 성능 개선" over "  ✓ p99 850ms → 120ms". The duty is no project's name: it stays an
achievement of the job, and so do its results (duty_results.py). A bullet that still reads as
a name (bold, calling itself a project, one coined word) keeps titling its results, and plain nested
items keep the project reading they always had. Read as Markdown, as the page Chromium prints,
and as a Word file. People and employers are invented."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from tests.browser.conftest import browser  # noqa: F401 - the fixture, for the printed page

TODAY = datetime.date(2026, 2, 1)
HEADER = "푸른결제 | 백엔드 개발자 | 2021.03 ~ 2024.02"
DUTIES = [
    ("결제 API 성능 개선", "✓", ["p99 응답 시간 850ms → 120ms", "타임아웃 오류 90% 감소"]),
    ("정산 배치 재작성", "✔", ["정산 소요 시간 4시간 → 40분"]),
    ("장애 대응 체계 정비", "→", ["월간 장애 건수 12건에서 3건으로"]),
    ("사내 배포 도구 개선", "☑", ["배포 시간 30분에서 5분으로"]),
    ("주문 조회 캐시 도입", "▶", ["DB 부하 40% 감소"]),
]
EXPECTED = [line for duty, _, results in DUTIES for line in [duty, *results]] + ["데이터 파이프라인 이관"]


def markdown() -> str:
    body = "".join(f"- {duty}\n" + "".join(f"  - {mark} {r}\n" for r in results) for duty, mark, results in DUTIES)
    return f"# 김하늘\n\nhanul@example.com\n\n## 경력\n\n### {HEADER}\n\n{body}- 데이터 파이프라인 이관\n"


def read(text: str) -> dict:
    return parse_resume(text.encode(), filename="resume.md", today=TODAY).draft


def test_given_duties_over_marked_results_when_parsed_then_all_are_achievements_of_one_job():
    works = read(markdown())["work_experiences"]

    assert [(w["company"], w["position"], w["project_name"]) for w in works] == [("푸른결제", "백엔드 개발자", None)]
    assert works[0]["achievements"] == EXPECTED


def test_given_results_typed_under_the_duty_without_a_list_marker_when_parsed_then_they_are_achievements():
    text = f"## 경력\n\n### {HEADER}\n\n- 배차 알고리즘 개선\n  ☑ 운행 거리 12% 절감\n  ➜ 배차 시간 30초에서 5초로\n"

    works = read(text)["work_experiences"]

    assert [w["project_name"] for w in works] == [None]
    assert works[0]["achievements"] == ["배차 알고리즘 개선", "운행 거리 12% 절감", "배차 시간 30초에서 5초로"]


@pytest.mark.parametrize(
    "title, name",
    [
        ("**결제 모듈 개편**", "결제 모듈 개편"),
        ("결제 모듈 개편 프로젝트", "결제 모듈 개편 프로젝트"),
        ("Paybridge", "Paybridge"),
    ],
)
def test_given_a_bullet_that_reads_as_a_name_over_marked_results_when_parsed_then_it_names_the_project(title, name):
    text = f"## 경력\n\n### {HEADER}\n\n- {title}\n  - ✓ 결제 성공률 99.9% 달성\n  - ✓ 결제 오류 문의 60% 감소\n"

    works = read(text)["work_experiences"]

    assert [w["project_name"] for w in works] == [name]
    assert works[0]["achievements"] == ["결제 성공률 99.9% 달성", "결제 오류 문의 60% 감소"]


def test_given_plain_nested_details_under_a_bullet_when_parsed_then_the_bullet_still_names_a_project():
    text = f"## 경력\n\n### {HEADER}\n\n- 정산 자동화 시스템\n  - 가맹점 정산 배치를 시간 단위로 분할\n  - 정산 소요 시간 단축\n"

    assert [w["project_name"] for w in read(text)["work_experiences"]] == ["정산 자동화 시스템"]


def page() -> str:
    duties = "".join(
        f"<li>{duty}<ul class='results'>"
        + "".join(f"<li><span class='mark'>{mark}</span> {r}</li>" for r in results)
        + "</ul></li>"
        for duty, mark, results in DUTIES
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { font: 11pt sans-serif; margin: 20mm }"
        " h1 { font-size: 22pt } h2 { font-size: 15pt } h3 { font-size: 12pt } ul.results { list-style: none;"
        " padding-left: 8mm }</style></head><body><h1>김하늘</h1><p>hanul@example.com</p><h2>경력</h2>"
        f"<h3>{HEADER}</h3><ul>{duties}<li>데이터 파이프라인 이관</li></ul><h2>학력</h2>"
        "<p>한결대학교 컴퓨터공학과 2015.03 ~ 2021.02</p></body></html>"
    )


@pytest.mark.browser
def test_given_the_page_printed_by_chromium_when_parsed_then_the_duties_and_results_are_achievements(browser):  # noqa: F811
    sheet = browser.new_page()
    sheet.set_content(page(), wait_until="load")
    draft = parse_resume(sheet.pdf(format="A4"), filename="resume.pdf", today=TODAY).draft

    works = draft["work_experiences"]
    assert [(w["company"], w["project_name"]) for w in works] == [("푸른결제", None)]
    assert works[0]["achievements"] == EXPECTED


def word_file() -> bytes:
    from docx import Document
    from docx.shared import Twips

    document = Document()
    document.add_heading("김하늘", level=1)
    document.add_paragraph("hanul@example.com")
    document.add_heading("경력", level=2)
    document.add_heading(HEADER, level=3)
    for duty, mark, results in DUTIES:
        document.add_paragraph(duty, style="List Bullet")
        for result in results:
            document.add_paragraph(f"{mark} {result}").paragraph_format.left_indent = Twips(1440)
    document.add_paragraph("데이터 파이프라인 이관", style="List Bullet")
    document.add_heading("학력", level=2)
    document.add_paragraph("한결대학교 컴퓨터공학과 2015.03 ~ 2021.02")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_a_word_file_with_marked_results_typed_under_its_duties_when_parsed_then_all_are_achievements():
    works = parse_resume(word_file(), filename="resume.docx", today=TODAY).draft["work_experiences"]

    assert [(w["company"], w["project_name"]) for w in works] == [("푸른결제", None)]
    assert works[0]["achievements"] == EXPECTED
