"""Static-site shortcodes a PDF or DOCX made from a page kept as text ("{{% steps %}}",
"{{< cards >}}") are markup in every reader, never an employer or a project. The lines are
invented."""

from __future__ import annotations

import datetime

from resumes.parsing import parse_resume

TODAY = datetime.date(2026, 1, 15)


def test_given_shortcode_lines_in_plain_text_when_parsed_then_they_are_no_entries():
    text = (
        "한가람\ngaram@example.com\n\n경력\n\n{{% steps %}}\n\n(주)별빛상사 - 백엔드 엔지니어\n2021.03 ~ 2023.02\n"
        "- 정산 배치를 만들었습니다.\n{{< /cards >}}\n\n(주)누리랩 - 서버 개발자\n2019.01 ~ 2021.02\n"
        "- 예약 API를 만들었습니다.\n{{% /steps %}}\n"
    )
    draft = parse_resume(text.encode(), filename="resume.txt", today=TODAY).draft
    companies = [w["company"] for w in draft["work_experiences"]]
    assert companies == ["(주)별빛상사", "(주)누리랩"]
    assert not any("{{" in str(value) for work in draft["work_experiences"] for value in work.values())
