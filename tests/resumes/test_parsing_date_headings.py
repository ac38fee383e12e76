"""A date set as a heading of its own before the heading it dates (Notion timelines): the
period of the next heading's entry, never an entry named by the date. The lines are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.blocks import TEXT, Item
from resumes.parsing.date_headings import with_date_headings

TODAY = datetime.date(2026, 1, 15)


def _heading(text: str) -> Item:
    return Item(kind=TEXT, text=text, heading=True, level=2)


def test_given_date_headings_over_company_headings_when_parsed_then_they_date_the_entries():
    text = (
        "# 한가람\n\ngaram@example.com\n\n# 경력\n\n"
        "## 2021.03\n\n~현재\n\n`4년 10개월`\n\n## 별빛상사\n\n결제팀 백엔드 개발자\n\n- 정산 배치를 만들었습니다.\n\n"
        "## 2019.01\n\n~2021.02\n\n`2년 2개월`\n\n## 누리랩\n\n서버 개발자\n\n- 예약 API를 만들었습니다.\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    works = [(w["company"], w["duration"]) for w in draft["work_experiences"]]
    assert works == [("별빛상사", "2021.03 ~현재"), ("누리랩", "2019.01 ~2021.02")]


def test_given_a_date_heading_with_context_lines_when_folded_then_the_next_heading_takes_the_period():
    items = [
        _heading("2022.05"),
        Item(kind=TEXT, text="~ 2023.01"),
        Item(kind=TEXT, text="별빛상사"),
        _heading("사내 메신저"),
    ]
    folded = with_date_headings(items)
    assert [item.text for item in folded] == ["사내 메신저"]
    assert folded[0].period is not None and folded[0].period.text == "2022.05 ~ 2023.01"


def test_given_headings_that_are_no_dates_or_lead_elsewhere_when_folded_then_they_stay():
    items = [
        _heading("2022.05"),
        Item(
            kind=TEXT, text="결제 시스템을 처음부터 설계하고 운영하면서 장애 대응 절차와 정산 배치를 함께 정리했습니다"
        ),
    ]
    items.append(_heading("별빛상사"))
    assert with_date_headings(items) == items
    plain = [_heading("별빛상사"), Item(kind=TEXT, text="~현재"), _heading("누리랩")]
    assert with_date_headings(plain) == plain


def test_given_dated_project_headings_when_parsed_then_their_list_items_are_the_write_up():
    text = (
        "# 한가람\n\ngaram@example.com\n\n# 프로젝트\n\n"
        "## 2022.05\n\n~ 2023.01\n\n`별빛상사`\n\n## 사내 메신저 서버\n\n"
        "- 사내 공지를 실시간으로 전하는 메신저 서버를 개발\n    - 웹소켓으로 접속을 유지\n    - 읽음 표시를 모아서 저장\n"
        "- 키워드: `websocket`, `Redis`\n    - 접속 수 모니터링\n- 기여 범위: 서버 전체\n\n"
        "## 2021.03\n\n~ 2021.09\n\n## 예약 챗봇\n\n- 회의실 예약을 받는 챗봇\n    - 슬랙 명령어로 예약\n"
    )
    draft = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft
    projects = [(p["name"], p["duration"]) for p in draft["personal_projects"]]
    assert projects == [("사내 메신저 서버", "2022.05 ~ 2023.01"), ("예약 챗봇", "2021.03 ~ 2021.09")]


def test_given_a_row_of_technologies_under_a_project_heading_when_parsed_then_it_is_the_stack():
    text = (
        "# 한가람\n\ngaram@example.com\n\n# 프로젝트\n\n## 사내 메신저 서버\n\n"
        "`NodeJS` `Koa` `MySQL` `Docker`\n\n- 사내 공지를 실시간으로 전하는 메신저 서버를 개발\n"
    )
    project = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft["personal_projects"][0]
    assert project["tech_stack"] == ["NodeJS", "Koa", "MySQL", "Docker"]
    assert project["description"] is None


def test_given_an_other_projects_heading_inside_the_projects_when_parsed_then_it_is_no_project():
    text = (
        "# 한가람\n\ngaram@example.com\n\n## 프로젝트\n\n### 별빛 지도 (2023.05 ~ 2023.07)\n\n- 지도 앱을 만들었습니다.\n\n"
        "### 기타 프로젝트\n\n### 누리 챗봇 (2022.03 ~ 2022.06)\n\n- 예약 챗봇을 만들었습니다.\n\n"
        "### Other Projects\n\n### Tidewatch (2021.01 ~ 2021.04)\n\n- A tide chart.\n"
    )
    projects = parse_resume(text.encode(), filename="resume.md", today=TODAY).draft["personal_projects"]
    assert [p["name"] for p in projects] == ["별빛 지도", "누리 챗봇", "Tidewatch"]
