"""One company as two parts of a resume name it: a work entry's employer against a heading that
details it (work_projects.listed_employer), a projects-section row that groups its projects or an
"Employer — Project" heading (employer_projects). People write the same company with and without
its spaces, case and legal form ("(주) 노스윈드" and "노스윈드", "Acme Inc." and "Acme")."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
# A Korean legal form wherever it stands ("주식회사 한빛", "한빛(주)", "한빛㈜ 판교"); an English
# one ends the name (compared without spaces: "acmeinc.", "acme,ltd").
_KOREAN_LEGAL_FORM = re.compile(r"주식회사|\(주\)|㈜")
_ENGLISH_LEGAL_FORM = re.compile(r",?(?:inc|llc|ltd|corp|co)\.?$")


def name_key(name: str | None) -> str:
    """The name as compared letter for letter: no spaces or case, its legal form kept; "" for
    none. A projects section's employer rows and job title rows are matched this way
    (project_groups, employer_projects)."""
    return _SPACE.sub("", name or "").lower()


def letters_key(text: str | None) -> str:
    """The text as compared by its letters and digits alone, without case: "누리페이 | 정산"
    and "누리페이 정산" agree. Project names and titles repeated across pages are matched this
    way (employer_projects, slide_titles)."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def company_key(name: str | None) -> str:
    """The name as compared: no spaces, case or legal form; "" for none."""
    key = _KOREAN_LEGAL_FORM.sub("", name_key(name))
    return _ENGLISH_LEGAL_FORM.sub("", key)
