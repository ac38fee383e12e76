"""A portfolio page in tabs ("Profile", "Career", "Edu", "Skill" as plain labels): under Profile
the name with a birth date beside it, under Career a date paragraph over "회사 <span>팀 직급</span>".
The name is the person without the date, each date item is one employer whose grade is the
position (the team comes off), and a course under "Edu" is no employer. The person, employers
and academy are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

PAGE = """<div>
  <div><p>Profile</p><ul>
    <li><p>모하진 <span>1995.11.02</span></p></li>
    <li><p><a href="mailto:hajin@example.kr">hajin@example.kr</a></p></li>
  </ul></div>
  <div><p>Career</p><ul>
    <li><p>2021.03 ~ 2024.08</p><p>해맞이정보통신 <span>솔루션개발팀 대리</span></p></li>
    <li><p>2018.01 ~ 2021.02</p><p>은빛소프트 <span>사원</span></p></li>
  </ul></div>
  <div><p>Edu</p><ul>
    <li><p>2017.06 ~ 2017.12</p><p>웹 개발 과정(Java) <span>한올코딩학원</span></p></li>
  </ul></div>
  <div><p>Skill</p><ul><li><p>Java, Spring, Oracle</p></li></ul></div>
</div>"""


def _draft() -> dict:
    return parse_resume(PAGE.encode(), filename="index.html", today=TODAY).draft


def test_given_a_name_with_its_birth_date_under_a_profile_tab_when_parsed_then_the_name_is_read_alone():
    assert _draft()["name"] == "모하진"


def test_given_company_then_team_and_grade_under_a_date_item_when_parsed_then_the_grade_is_the_position():
    work = _draft()["work_experiences"]

    assert [(w["company"], w["position"], w["duration"]) for w in work] == [
        ("해맞이정보통신", "대리", "2021.03 ~ 2024.08"),
        ("은빛소프트", "사원", "2018.01 ~ 2021.02"),
    ]


def test_given_an_edu_tab_when_parsed_then_its_course_is_education_not_work():
    draft = _draft()

    assert all("한올코딩학원" not in (w["company"] or "") for w in draft["work_experiences"])


def test_given_a_skill_tab_when_parsed_then_its_list_is_the_skills():
    skills = {name for names in _draft()["technical_skills"].values() for name in names}

    assert {"Java", "Spring", "Oracle"} <= skills
