"""A project's name out of its title line: a subtitle after a dash, the kind of project before it,
link text whose address a PDF lost, and a bold title after a plain paragraph."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume
from resumes.parsing.draft import build_draft
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.project_names import title_name

TODAY = datetime.date(2026, 1, 15)


def names(markdown: str) -> list[str]:
    draft = parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft
    return [p["name"] for p in draft["personal_projects"]]


def test_given_bold_titles_with_a_subtitle_after_a_dash_when_parsed_then_the_name_is_before_the_dash():
    markdown = (
        "# Mara Quill\n\nmara@example.org\n\n## Projects\n\n"
        "**Kitewatch — Wind forecasts for kite flyers**\n\n- Wrote the forecast job in Go.\n\n"
        "**Burrowmap - 지하 주차장 빈자리 안내**\n\n- 센서 수집기를 만들었습니다.\n"
    )
    assert names(markdown) == ["Kitewatch", "Burrowmap"]


def test_given_a_subtitle_when_parsed_then_it_describes_the_project():
    draft = parse_resume(
        b"# Mara Quill\n\n## Projects\n\n### Kitewatch - Wind forecasts for kite flyers\n\n- Wrote the job.\n",
        filename="resume.md",
        today=TODAY,
    ).draft
    assert draft["personal_projects"][0]["description"] == "Wind forecasts for kite flyers"


def test_given_the_kind_of_project_before_the_dash_when_parsed_then_the_name_is_after_it():
    markdown = (
        "# Mara Quill\n\n## Projects\n\n### Capstone Project - Tide Pool Counter\n\n- Counted snails.\n\n"
        "### 졸업 프로젝트 — 캠퍼스 길찾기\n\n- 지도를 그렸습니다.\n"
    )
    assert names(markdown) == ["Tide Pool Counter", "캠퍼스 길찾기"]


def test_given_link_text_beside_the_name_when_parsed_then_it_is_no_part_of_the_name():
    text = (
        "Mara Quill\n\nPROJECTS\n\nKitewatch (GitHub)\n- Wrote the forecast job.\n\n"
        "Burrowmap | Demo | Go, React\n- Drew the map.\n"
    )
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    projects = [(p["name"], p["tech_stack"]) for p in draft["personal_projects"]]
    assert projects[0][0] == "Kitewatch"
    assert projects[1][0] == "Burrowmap" and {"Go", "React"} <= set(projects[1][1])


def test_given_a_one_word_tail_or_a_technology_before_the_dash_when_read_then_the_title_stays_whole():
    assert title_name("Kitewatch - CLI")[0] == "Kitewatch - CLI"
    assert title_name("Kafka - 주문 이벤트 파이프라인")[0] == "Kafka - 주문 이벤트 파이프라인"


def test_given_a_name_in_square_brackets_when_read_then_the_brackets_are_off():
    assert title_name("[지하 주차장 안내]")[0] == "지하 주차장 안내"


def test_given_a_bold_title_after_a_plain_paragraph_when_parsed_then_it_opens_the_next_project():
    lines = [
        Line("Mara Quill"),
        Line("Projects", kind=HEADING, level=2, strong=True),
        Line("Kitewatch - Master's Thesis", strong=True, indent=25),
        Line("Trained a wind model on buoy data and served forecasts to a small app", indent=35),
        Line("Burrowmap - Parking Search through Sensors", strong=True, indent=25),
        Line("Placed sensors in two garages and drew the free spots on a map.", indent=35, ended=True),
    ]
    draft = build_draft(lines, wrapped=True, today=TODAY).draft
    assert [p["name"] for p in draft["personal_projects"]] == ["Kitewatch", "Burrowmap"]
