"""A dated job title with its employer on the line below (resumes/parsing/employer_below.py) and
sub-labels inside a job (entry_sublabels.py): a Word file of Normal paragraphs with the period
after a tab and typed "· " bullets, and a Markdown file with the period on its own line and
"Key Achievements" labels, bold or plain. Invented people and employers."""

from __future__ import annotations

import datetime
import io

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.employer_below import employer_of
from resumes.parsing.entry_sublabels import is_sub_label
from resumes.parsing.positions import without_team

TODAY = datetime.date(2026, 1, 15)

WORD_ENTRIES = [
    (
        "Research Assistant",
        "June 2022 – Present",
        "University of Example, Springfield, MA",
        "University of Example",
        ["Codes survey responses in R for a faculty study"],
    ),
    (
        "Department Assistant",
        "May 2022 - Present",
        "Data Analytics Group, University of Example, Springfield, MA",
        "University of Example",
        ["Drafts the program's planning documents", "Edits the newsletter for data science students"],
    ),
    (
        "Program Journalist",
        "Jan 2022 – May 2022",
        "Data Analytics Group, University of Example, Springfield, MA",
        "University of Example",
        ["Wrote up program events for prospective partners"],
    ),
    (
        "Assistant News Editor",
        "Aug 2021 – May 2022",
        "Springfield Daily Ledger, Springfield, MA",
        "Springfield Daily Ledger",
        ["Edited weekly stories for house style", "Led the student government beat"],
    ),
    (
        "Intern",
        "Jun 2021 - Aug 2021",
        "Greywater Harbor Partners, Portland, ME",
        "Greywater Harbor Partners",
        ["Researched prospective clients for tenders"],
    ),
]


def word_resume() -> bytes:
    """Every paragraph in the Normal style, bullets typed as "· ", the period after a tab."""
    from docx import Document

    document = Document()
    document.add_paragraph("Jordan Whitfield")
    document.add_paragraph("jordan.whitfield@example.com | (555) 010-2233")
    document.add_paragraph("EXPERIENCE")
    for title, period, employer_line, _, bullets in WORD_ENTRIES:
        document.add_paragraph(f"{title}\t{period}")
        document.add_paragraph(employer_line)
        for bullet in bullets:
            document.add_paragraph(f"· {bullet}")
    document.add_paragraph("EDUCATION")
    document.add_paragraph("University of Example, B.A. Journalism\tMay 2023")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_given_word_titles_with_tabbed_periods_and_employers_below_when_parsed_then_each_is_its_own_entry():
    draft = parse_resume(word_resume(), filename="jordan.docx", today=TODAY).draft

    found = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert found == [(company, title, period) for title, period, _, company, _ in WORD_ENTRIES]
    for entry, (*_, bullets) in zip(draft["work_experiences"], WORD_ENTRIES, strict=True):
        assert entry["project_name"] is None
        assert entry["project_description"] is None
        assert entry["achievements"] == bullets


MARKDOWN_RESUME = """# Priya Raman

priya.raman@example.com

## Work Experience

**Full Stack Web Developer**

November 2022 - Present

Tallyfox, Pune 411001, India

**Key Qualifications & Responsibilities**

- Built the React storefront and its Node.js API
- Moved the payments database to MongoDB

**Key Achievements**

- Launched the mobile app with React Native

**Blockchain Developer Contribution**

May 2021 - August 2021

Brightcoin, Austin, United States

Key Qualifications & Responsibilities

- Wrote ERC20 token contracts in Solidity

Key Achievements

- Shipped a staking dashboard used by 2,000 holders

## Education

Pune Institute of Technology, B.E. Computer Engineering, 2014 - 2018
"""


def test_given_titles_over_full_month_periods_and_employer_lines_when_parsed_then_sub_labels_are_no_projects():
    draft = parse_resume(MARKDOWN_RESUME.encode(), filename="priya.md", today=TODAY).draft

    found = [(w["company"], w["position"], w["duration"]) for w in draft["work_experiences"]]
    assert found == [
        ("Tallyfox", "Full Stack Web Developer", "November 2022 - Present"),
        ("Brightcoin", "Blockchain Developer Contribution", "May 2021 - August 2021"),
    ]
    assert all(w["project_name"] is None for w in draft["work_experiences"])
    assert all(w["project_description"] is None for w in draft["work_experiences"])
    assert draft["work_experiences"][1]["achievements"] == [
        "Wrote ERC20 token contracts in Solidity",
        "Shipped a staking dashboard used by 2,000 holders",
    ]


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("Data Analytics Group, University of Example, Springfield, MA", "University of Example"),
        ("Springfield Daily Ledger, Springfield, MA", "Springfield Daily Ledger"),
        ("Brightcoin, Austin, United States", "Brightcoin"),
        ("Tallyfox, Pune 411001, India", "Tallyfox"),
        ("Kestrel College | Worcester, MA", "Kestrel College"),
        ("Built the storefront, the API and the admin pages.", None),
        ("Software Engineer, Austin, TX", None),
        ("Austin, TX", None),
    ],
)
def test_given_a_line_under_a_dated_title_when_read_then_the_organisation_part_is_the_employer(line, employer):
    assert employer_of(line) == employer


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Key Qualifications & Responsibilities", True),
        ("Key Achievements", True),
        ("Responsibilities:", True),
        ("주요 업무", True),
        ("성과", True),
        ("Key Account Manager", False),
        ("Payments Platform", False),
    ],
)
def test_given_a_line_inside_a_job_when_asked_then_only_sub_labels_are_set_aside(text, label):
    assert is_sub_label(text) is label


@pytest.mark.parametrize(
    ("position", "kept"),
    [
        ("Department Assistant", "Department Assistant"),
        ("Platform Team Backend Engineer", "Backend Engineer"),
    ],
)
def test_given_a_team_word_before_a_title_when_read_then_a_lone_role_word_keeps_it(position, kept):
    assert without_team(position) == kept
