"""A row of skill chips with no heading under the profile of a job-site export: the header row
of short cells, half or more of them catalog names, is the skills list; a row of section labels
or of contact cells is not. Lines are invented."""

from __future__ import annotations

from resumes.parsing.lines import Line
from resumes.parsing.skill_chips import chip_rows


def test_given_a_row_of_skill_chips_in_the_header_when_read_then_it_is_a_skills_list():
    rows = chip_rows([Line("WAF\tSIEM\tVPN\tTypescript\tMysql\tDocker")])
    assert [row.text for row in rows] == ["WAF, SIEM, VPN, Typescript, Mysql, Docker"]


def test_given_header_rows_of_labels_contacts_or_schools_when_read_then_none_is_a_chip_row():
    rows = chip_rows(
        [
            Line("학력\t경력\t인턴·대외활동\t자격증 / 어학"),
            Line("휴대폰\t010-1234-5678\tEmail\tmina.k@example.com"),
            Line("한빛사이버대학교\t㈜가온소프트\tJava 자격 2급"),
            Line("Go\tRust"),
        ]
    )
    assert rows == []


def test_given_a_chip_row_and_no_skills_heading_when_parsed_then_the_chips_are_the_skills():
    import datetime

    from resumes.parsing.draft import build_draft

    lines = [
        Line("김하린"),
        Line("WAF\tSIEM\tVPN\tTypescript\tMysql\tDocker"),
        Line("경력"),
        Line("2023.01 ~ 2024.06\t누리보안 보안 담당 사원"),
    ]
    draft = build_draft(lines, wrapped=False, today=datetime.date(2026, 2, 1)).draft
    skills = [name for values in draft["technical_skills"].values() for name in values]
    assert set(skills) == {"WAF", "SIEM", "VPN", "Typescript", "Mysql", "Docker"}
