"""A company entry written in parts: bold labels ("**개요**", "**최적화**"), a "#### Projects"
sub-heading with bold project items, a contract-period label line. The parts stay in their
company, and the next company heading is a work entry again. The resumes are invented; none is
taken from a resume the parser was checked on."""

from __future__ import annotations

import datetime

import pytest

from bench.parse_corpus_render import render_docx, to_html
from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

COMPANY_PARTS = """# 한서윤

## 경력 사항

경력 사항은 최근 순서로 정리했습니다.

### 바람물산

**계약기간: 2024.3 ~ 2024.9**

사내 예약 서비스 운영과 개선

**최적화**

- 예약 목록 렌더링 시간 절반으로 단축
- 이미지 지연 로딩 도입

### 구름책방

**재직 기간: 2021.02 ~ 2023.11 (2년 9개월)**

프론트엔드 개발

**퇴사 사유**

새로운 도메인에 도전하고 싶었습니다.

#### Projects

- **책갈피 리더**

  팀원: PO 1, 디자이너 1, 프론트 2(본인 포함)

  **Tech stack**
  react, typescript, zustand

  **개요**

  전자책을 여러 기기에서 이어 읽는 웹앱입니다.

- **서가 관리자**
  팀원: 백엔드 1, 프론트 1 (본인)

**Tech stack**
vue, vite

**개발 사항**
도서 재고를 한 화면에서 관리하는 어드민을 만들었습니다.

### 별빛랩

**계약 기간: 2019.05 ~ 2020.12 (1년 7개월)**

#### Projects

- **별자리 지도**

  팀원: 프론트엔드 1명(본인)

  **Tech stack**
  svelte, d3
"""


def entries(draft: dict) -> list[tuple]:
    return [(w["company"], w["duration"], w["project_name"]) for w in draft["work_experiences"]]


@pytest.fixture(params=["md", "docx"])
def parsed(request, tmp_path) -> dict:
    if request.param == "md":
        return parse_resume(COMPANY_PARTS.encode(), filename="resume.md", today=TODAY).draft
    source = tmp_path / "resume.md"
    source.write_text(COMPANY_PARTS, encoding="utf-8")
    return parse_resume(render_docx(to_html(source)), filename="resume.docx", today=TODAY).draft


def test_given_a_projects_subheading_inside_a_company_when_parsed_then_later_companies_are_work_again(parsed):
    assert [(company, duration) for company, duration, _ in entries(parsed)][-1] == ("별빛랩", "2019.05 ~ 2020.12")
    assert {company for company, _, _ in entries(parsed)} == {"바람물산", "구름책방", "별빛랩"}
    assert parsed["personal_projects"] == []


def test_given_bold_project_items_over_label_lines_when_parsed_then_each_is_a_project_of_its_company():
    # Markdown only: the DOCX render folds a list item's paragraphs into one paragraph.
    parsed = parse_resume(COMPANY_PARTS.encode(), filename="resume.md", today=TODAY).draft
    projects = [(company, name) for company, _, name in entries(parsed) if name]
    assert projects == [("구름책방", "책갈피 리더"), ("구름책방", "서가 관리자"), ("별빛랩", "별자리 지도")]


def test_given_a_bold_work_kind_label_over_bullets_when_parsed_then_it_is_no_project(parsed):
    first = parsed["work_experiences"][0]
    assert (first["company"], first["project_name"]) == ("바람물산", None)
    assert "예약 목록 렌더링 시간 절반으로 단축" in first["achievements"]


def test_given_a_contract_period_label_without_a_space_when_parsed_then_it_is_the_duration(parsed):
    assert entries(parsed)[0][:2] == ("바람물산", "2024.3 ~ 2024.9")


def test_given_an_intro_sentence_under_the_experience_heading_when_parsed_then_it_is_no_company(parsed):
    assert all(not company.endswith("했습니다.") for company, _, _ in entries(parsed))
    assert entries(parsed)[0][0] == "바람물산"
