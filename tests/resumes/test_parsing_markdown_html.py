"""A Markdown page whose body is raw, indented HTML (a Jekyll page of Bootstrap wrapper divs):
its blocks are read as HTML, not as indented code, and its "<h3> company, <h4> title, <h5>
period, <ul> duties" runs are the career even with no work heading. All people are invented."""

from __future__ import annotations

from resumes.parsing import parse_resume
from resumes.parsing.markdown_html import mostly_html
from resumes.parsing.markup import markdown_lines

PAGE = """---
layout: page
title: Resume
---

<div class="container">
  <div class="row">

    <div class="wrapper">
        <h3>Larkspur Freight</h3>
        <h4>Staff Software Engineer</h4>

        <h5>Mar 2021 - Present</h5>

        <ul>
          <li>Run the billing pipeline on Kafka and Go</li>
          <li>Mentor new hires</li>
        </ul>
    </div>

    <div class="wrapper">
        <h3>Quillon Bank</h3>
        <h4>Software Engineer</h4>

        <h5>Jan 2018 - Feb 2021</h5>

        <ul>
          <li>Built the ledger service in Java</li>
        </ul>
    </div>

    <div class="wrapper">
        <h3>Technologies and Skills</h3>

        <ul>
          <li>Java</li>
          <li>Go</li>
        </ul>
    </div>
  </div>
</div>
"""


def test_given_indented_html_in_markdown_when_read_then_headings_and_items_are_kept():
    lines = markdown_lines(PAGE)

    assert [(line.kind, line.level, line.text) for line in lines[:3]] == [
        ("heading", 3, "Larkspur Freight"),
        ("heading", 4, "Staff Software Engineer"),
        ("heading", 5, "Mar 2021 - Present"),
    ]
    assert lines[3].bullet and lines[3].text == "Run the billing pipeline on Kafka and Go"
    assert not any("<" in line.text for line in lines)


def test_given_markdown_with_a_few_html_lines_when_checked_then_it_is_not_an_html_body():
    text = "# Ana Reyes\n\n## Experience\n\n- Built things\n- Shipped things\n\n<br>\n\n    indented code\n"

    assert not mostly_html(text)
    assert any(line.text == "indented code" for line in markdown_lines(text))


def test_given_dated_heading_runs_without_a_work_heading_when_parsed_then_they_are_the_career():
    work = parse_resume(PAGE.encode(), filename="resume.md").draft["work_experiences"]

    assert [(w["company"], w["position"], w["duration"]) for w in work] == [
        ("Larkspur Freight", "Staff Software Engineer", "Mar 2021 - Present"),
        ("Quillon Bank", "Software Engineer", "Jan 2018 - Feb 2021"),
    ]
    assert work[0]["achievements"] == ["Run the billing pipeline on Kafka and Go", "Mentor new hires"]
    assert work[0]["project_name"] is None
