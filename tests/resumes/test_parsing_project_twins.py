"""An employer's project named twice (a "projects" row in the employer's table, then the
project's own heading) is one work entry. Invented content."""

from __future__ import annotations

from resumes.parsing import parse_resume

TABLE_THEN_HEADINGS = """# 한지우

# 경력

## [누리소프트](https://nuri.example)

|              |                                     |
| -----------: | ----------------------------------- |
|   **기간**   | 2021.03 ~ 2023.02                   |
| **포지션**   | Frontend Developer                  |
| **프로젝트** | 정산 대시보드 2.0(Settlement Board) |

#### 정산 대시보드 2.0 (Settlement Board)

- 정산 화면 로딩 시간을 4초에서 1초로 단축
- React Query 도입으로 중복 요청 60% 감소
"""


def work_of(text: str) -> list[dict]:
    return parse_resume(text.encode(), filename="resume.md").draft["work_experiences"]


def test_given_a_project_row_and_its_own_heading_when_parsed_then_the_project_is_one_entry():
    entries = work_of(TABLE_THEN_HEADINGS)

    names = [e["project_name"] for e in entries if e["project_name"]]
    assert len(names) == 1, entries
    assert entries[0]["company"] == "누리소프트"
    assert "정산 화면 로딩 시간을 4초에서 1초로 단축" in entries[0]["achievements"]


def test_given_two_projects_whose_names_differ_by_a_version_when_parsed_then_both_stay():
    text = TABLE_THEN_HEADINGS.replace(
        "#### 정산 대시보드 2.0 (Settlement Board)",
        "#### 정산 대시보드 3.0\n\n- 차트 렌더링 개선\n\n#### 정산 대시보드 2.0 (Settlement Board)",
    )

    names = [e["project_name"] for e in work_of(text) if e["project_name"]]

    assert any("3.0" in n for n in names) and any("2.0" in n for n in names), names
