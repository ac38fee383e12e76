"""A career table outside the work section is still the career, and a projects-section heading
that opens with an employer ("모래시계 — 정산 배치 재설계") is that employer's work. All people and
companies are invented."""

from __future__ import annotations

from tests.resumes.documents import entries, parse_markdown

SUMMARY_TABLE = """# 오세린

백엔드 개발자 · serin.oh@example.com

## 경력 요약

| 기간 | 회사 | 팀/직무 |
|---|---|---|
| 2022.04 ~ 현재 | 주식회사 모래시계 | 정산플랫폼팀 / 시니어 백엔드 엔지니어 |
| 2019.07 ~ 2022.03 | 바람길모빌리티 | 서버팀 / 백엔드 개발자 |

## 프로젝트

### 모래시계 — 정산 배치 재설계 (2023.02 ~ 2024.01)

- Spring Batch 정산 배치를 파티셔닝해 처리 시간을 4시간에서 40분으로 단축

### 사이드 — 독서 기록 앱 (2021.01 ~ 2021.06)

- Flutter로 만든 개인 앱
"""


def test_given_a_career_table_under_a_summary_heading_when_parsed_then_its_rows_are_work_entries():
    draft = parse_markdown(SUMMARY_TABLE)
    assert ("바람길모빌리티", "백엔드 개발자", "2019.07 ~ 2022.03") in entries(draft)
    assert ("주식회사 모래시계", "시니어 백엔드 엔지니어", "2022.04 ~ 현재") in entries(draft)
    assert "바람길모빌리티" not in (draft["summary"] or "")


def test_given_a_project_heading_opening_with_an_employer_when_parsed_then_it_is_that_employers_work():
    draft = parse_markdown(SUMMARY_TABLE)
    work = {w["project_name"]: w for w in draft["work_experiences"] if w["project_name"]}
    assert work["정산 배치 재설계"]["company"] == "주식회사 모래시계"
    assert work["정산 배치 재설계"]["duration"] == "2023.02 ~ 2024.01"
    assert work["정산 배치 재설계"]["achievements"] == [
        "Spring Batch 정산 배치를 파티셔닝해 처리 시간을 4시간에서 40분으로 단축"
    ]
    assert [p["name"] for p in draft["personal_projects"]] == ["독서 기록 앱"]  # "사이드": the kind of project


def test_given_an_english_table_with_no_heading_under_the_name_when_parsed_then_it_is_the_career():
    draft = parse_markdown(
        "# Ravi Menon\n\nPlatform engineer.\n\n| Company | Role | Dates |\n|---|---|---|\n"
        "| Tidewater Labs | Staff Engineer | 2021 – Present |\n| Quillon | Software Engineer | 2016 – 2021 |\n\n"
        "## Skills\n\n- Go, Kubernetes\n"
    )
    assert entries(draft) == [
        ("Tidewater Labs", "Staff Engineer", "2021 – Present"),
        ("Quillon", "Software Engineer", "2016 – 2021"),
    ]


def test_given_a_summary_table_without_a_company_column_when_parsed_then_it_stays_in_the_summary():
    draft = parse_markdown(
        "# Ravi Menon\n\n## Summary\n\n| Area | Years |\n|---|---|\n| Backend | 8 |\n| Cloud | 5 |\n\n"
        "## Experience\n\n### Quillon — Software Engineer (2016 – 2021)\n\n- Built the ledger\n"
    )
    assert entries(draft) == [("Quillon", "Software Engineer", "2016 – 2021")]
