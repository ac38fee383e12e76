"""An employer that comes back lower in the career ("Alder Co." again over its own dated title
rows), as a CV template writes it: the name with its legal form opens that employer's entries
again instead of the rows staying with the employer above. All people and companies are invented."""

from __future__ import annotations

from tests.resumes.documents import parse_markdown

RETURNING = """# Sam Okafor

sam@example.com

## Experience

**Alder Co.** 2018/04-2020/09
Protocol Researcher
- Found bugs in parsers

**Birch Co.** 2015/02-2016/07
Firmware Engineer
- Wrote boot code

Driver Engineer 2014/05-2015/01
- Took apart drivers

**Alder Co.**

Abuse Desk Team 2011/03-2013/04
- Handled incidents

Fraud Review Group Supervisor 2012/02-2013/04
- Led a team of analysts

Fraud Analyst 2009/08-2011/02
- Wrote signatures
"""


def test_given_an_employer_named_again_over_dated_title_rows_when_parsed_then_the_rows_are_that_employers():
    draft = parse_markdown(RETURNING)

    works = draft["work_experiences"]
    assert [(w["company"], w["duration"]) for w in works] == [
        ("Alder Co.", "2018/04-2020/09"),
        ("Birch Co.", "2015/02-2016/07"),
        ("Birch Co.", "2014/05-2015/01"),
        ("Alder Co.", "2011/03-2013/04"),
        ("Alder Co.", "2012/02-2013/04"),
        ("Alder Co.", "2009/08-2011/02"),
    ]
    assert [w["position"] for w in works[4:]] == ["Fraud Review Group Supervisor", "Fraud Analyst"]


def test_given_a_dated_row_without_a_role_word_beside_dated_title_rows_when_parsed_then_it_is_a_title_too():
    works = parse_markdown(RETURNING)["work_experiences"]

    assert (works[3]["position"], works[3]["project_name"]) == ("Abuse Desk Team", None)


def test_given_dated_project_rows_under_an_undated_employer_when_parsed_then_they_stay_projects():
    works = parse_markdown(
        "# Sam Okafor\n\n## Experience\n\n**Alder Co.**\n\nBilling Rewrite 2010/01-2011/05\n- Moved invoices\n\n"
        "Ledger Export 2011/06-2012/05\n- Wrote the exporter\n"
    )["work_experiences"]

    assert [(w["company"], w["position"], w["project_name"]) for w in works] == [
        ("Alder Co.", None, "Billing Rewrite"),
        ("Alder Co.", None, "Ledger Export"),
    ]
