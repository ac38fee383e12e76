"""The person's name given only in a Markdown resume's front matter: a resume data file's
`name:` or a page title that opens with the name. A page title, a document title or a role
alone names nobody, and a name heading in the body still wins. Invented people."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)
BODY = """
## 경력

### 푸른물결 (2021.03 ~ 2024.02)
- 결제 API 응답 시간을 40% 줄였습니다.

## 기술
- Python, Django
"""


def name_of(markdown: str) -> str | None:
    return parse_resume(markdown.encode(), filename="resume.md", today=TODAY).draft["name"]


def test_given_a_resume_data_file_with_a_name_key_when_parsed_then_the_name_is_the_front_matter_name():
    assert name_of('---\nlayout: resume\nname: "이하늘"\nemail: sky@example.com\n---\n' + BODY) == "이하늘"


def test_given_a_title_with_the_name_and_a_role_when_parsed_then_the_name_is_the_part_before_the_separator():
    assert name_of("---\ntitle: 김하늘 · Frontend Engineer\n---\n" + BODY) == "김하늘"
    assert name_of('---\ntitle: "Jane Park - Backend Developer"\ndate: 2025-01-02\n---\n' + BODY) == "Jane Park"


def test_given_a_title_of_name_and_roles_by_commas_over_a_role_headline_when_parsed_then_the_name_is_the_first_part():
    markdown = "---\ntitle: Dana Moss, Rails engineer and agilist, resume\n---\n\n# Engineer and Agilist\n" + BODY
    assert name_of(markdown) == "Dana Moss"


def test_given_a_title_of_surname_comma_given_name_when_parsed_then_no_half_name_is_taken():
    assert name_of("---\ntitle: Moss, Dana\n---\n" + BODY) is None


def test_given_a_title_that_is_a_page_a_document_or_a_role_when_parsed_then_it_is_no_name():
    for title in ("Resume", "About Me", "이력서", "Backend Developer", "My Resume"):
        assert name_of(f"---\ntitle: {title}\n---\n" + BODY) is None, title


def test_given_a_name_heading_in_the_body_when_parsed_then_the_heading_wins_over_the_front_matter():
    assert name_of("---\ntitle: 김하늘 · Frontend Engineer\n---\n# 박서연\n" + BODY) == "박서연"
