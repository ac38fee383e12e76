"""An academic-style Markdown CV lists each job as "* 2020 - Present: Title" and writes the
employer as the job's first nested item, its achievements after it. The first nested item is
the employer when it is a name; a sentence there stays an achievement. The people and
employers are invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)

CV = """Ilse Marchetti
======

Work experience
======
* 2020 - Present: Data Engineer
  * Westbrook Freight Lab
  * Moved nightly loads to streaming, cutting data delay from a day to minutes

* 2017 - 2020: Software Developer
  * Ambercrest Insurance
  * Wrote the claims intake service used by 200 agents
"""

SENTENCE_FIRST = """Ilse Marchetti
======

Work experience
======
* 2020 - Present: Data Engineer
  * Moved nightly loads to streaming, cutting data delay from a day to minutes.
"""


def _work(text: str) -> list[dict]:
    return parse_resume(text.encode(), filename="cv.md", today=TODAY).draft["work_experiences"]


def test_given_a_name_as_the_first_nested_item_of_a_dated_title_when_parsed_then_it_is_the_employer():
    work = _work(CV)

    assert [(w["company"], w["position"], w["duration"]) for w in work] == [
        ("Westbrook Freight Lab", "Data Engineer", "2020 - Present"),
        ("Ambercrest Insurance", "Software Developer", "2017 - 2020"),
    ]
    assert work[0]["achievements"] == ["Moved nightly loads to streaming, cutting data delay from a day to minutes"]


def test_given_a_sentence_as_the_first_nested_item_when_parsed_then_it_stays_an_achievement():
    work = _work(SENTENCE_FIRST)

    assert work[0]["company"] is None
    assert work[0]["achievements"] == ["Moved nightly loads to streaming, cutting data delay from a day to minutes."]
