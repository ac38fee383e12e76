"""A portfolio page that opens with a greeting as its title ("# 안녕하세요", "Hello!") and
introduces the person in the line below ("저는 백엔드 개발자 소하윤입니다"). The greeting is no name;
the introduced one is. The person is invented."""

from __future__ import annotations

import datetime

import pytest

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


@pytest.mark.parametrize("greeting", ["안녕하세요", "안녕하세요!", "Hello!", "반갑습니다"])
def test_given_a_greeting_title_over_an_introduction_when_parsed_then_the_introduced_person_is_the_name(greeting):
    page = f"<h1>{greeting}</h1><p>저는 백엔드 개발자 소하윤입니다</p><p>hayun@example.kr</p>"

    draft = parse_resume(page.encode(), filename="index.html", today=TODAY).draft

    assert draft["name"] == "소하윤"
