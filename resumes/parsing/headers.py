"""Entry header lines: the title and the period of a line that carries one, wherever the
period sits ("(주)펫케어링크 | 백엔드 개발자    2024.05 ~ 2025.06", "하늘소프트(21.03 ~ 23.9)",
"누리전자 (2019-2022): 사내 시스템 개발"), and the separators trimmed off what is left."""

from __future__ import annotations

import re

from resumes.parsing.dates import Period, find_dates, find_periods
from resumes.parsing.places import is_place
from resumes.parsing.urls import find_urls

_EDGE = " \t|·•,;/-–—:~"
# A short bracketed note right after a period: "May 2020 - Jun 2023 (Sabbatical)", "(계약직)".
_AFTER_NOTE = re.compile(r"^\s*[(（][^()（）\d]{1,30}[)）]\s*$")
# A leader of dashes or dots (as in a table of contents) running to the place at the line's end:
# "ACME CORP, Lead SE ------------ Denver CO". What follows it is where, never part of the title.
_LEADER = re.compile(r"\s*(?:[-–—]{4,}|[.·_]{4,}|(?:\. ){3,}\.?)\s*[^-–—.·_]{0,40}$")
# "( 2022.02. ~ 2023.03., 1년 2개월 )": the total written bare after the period, before its bracket closes.
_BARE_TOTAL = re.compile(r"^[\s,;|·]*(?:총\s*)?(?:\d+\s*(?:년|개월|yrs?|years?|mos?|months?)\s*)+[)）]?\s*$", re.I)
_NOTE = re.compile(
    r"^\s*[(（]\s*(?:(?:총\s*)?(?:\d+\s*(?:년|개월|yrs?|years?|mos?|months?)\s*)+|총\s[^()（）]{1,30})[)）]\s*$",
    re.IGNORECASE,
)  # "(3년 2개월)", "(총 강의 시간 200H)": a total after the period, never the entry's title


# "(Mar 2018 - Jun 2021), Kuala Lumpur": a capitalised name after the period's bracket and a comma is where.
_PLACE_AFTER_BRACKET = re.compile(r"^\s*[)）]\s*,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*$")
# "2019.03 ~ 2021.12 (2년 10개월) 가나다소프트": the total right after the period, before the title.
_LEADING_TOTAL = re.compile(r"^\s*[(（]\s*(?:총\s*)?(?:\d+\s*(?:년|개월|yrs?|years?|mos?|months?)\s*)+[)）]", re.I)


# A period set between middle dots, the name before it and its context after it.
_DOT_BEFORE = re.compile(r"\s·\s*$")
_DOT_AFTER = re.compile(r"^\s*·\s+\S")


def trim(text: str) -> str:
    """Separators off both ends; brackets only when left unpaired or empty by a removed date."""
    text = re.sub(r"[(（\[]\s*[)）\]]", " ", text)
    while True:
        stripped = text.strip(_EDGE)
        if stripped.endswith(("(", "（", "[")):
            stripped = stripped[:-1]
        if stripped.startswith((")", "）", "]")):
            stripped = stripped[1:]
        if stripped.count("(") < stripped.count(")") and stripped.endswith(")"):
            stripped = stripped[:-1]
        if stripped.count("(") > stripped.count(")") and stripped.startswith("("):
            stripped = stripped[1:]
        if stripped == text:
            return text
        text = stripped


def header_parts(text: str) -> tuple[str, Period | None]:
    """The title and the period of a line whose period is at its start or end.

    Links are set aside first: "스터디잇 | 2023.09 - 2023.12 | https://github.com/..." is a
    title with its period (the caller reads the links from the line itself).
    """
    for url in find_urls(text):
        text = text.replace(url, " ")
    bracketed = _bracketed_period(text)
    if bracketed is not None:
        return bracketed
    for period in find_periods(text):
        before, after = text[: period.span[0]], text[period.span[1] :]
        after = _AFTER_NOTE.sub("", _NOTE.sub("", _BARE_TOTAL.sub("", _LEADING_TOTAL.sub("", after))))
        if not trim(after) or (trim(before) and (is_place(after) or _PLACE_AFTER_BRACKET.match(after))):
            # "Tech Lead, Quillfern | Mar 2022 – Present | Remote": where it was, after the period
            return without_leader(trim(before)), period
        if not trim(before):
            return without_leader(trim(after)), period
        if _DOT_BEFORE.search(before) and _DOT_AFTER.match(after) and len(after) <= 80 and trim(before):
            return trim(before), period  # "Name · 2023.05 – 2023.07 · a course project": what it was for
        if before.rstrip().endswith(("(", "（")) and after.lstrip().startswith((")", "）")):
            # "하늘소프트(21.03 ~ 23.9) 백엔드 개발자": the bracket is the period's; the rest is the title
            return f"{trim(before)} | {trim(after)}", period
        if _short(before) and _short(after) and _one_is_role(trim(before), trim(after)):
            # "가나다소프트 2019.03 - 2021.12 백엔드 개발자": lines a renderer joined into one
            return f"{trim(before)} | {trim(after)}", period
    return text, None


MAX_MIDDLE_PART_CHARS = 40


def _short(part: str) -> bool:
    return 0 < len(trim(part)) <= MAX_MIDDLE_PART_CHARS and len(part.split()) <= 6


def _one_is_role(before: str, after: str) -> bool:
    from resumes.parsing.roles import is_role  # roles.py reads this module

    return is_role(after) != is_role(before)


def without_leader(title: str) -> str:
    """The title before a dash or dot leader; the place the leader points to is dropped."""
    match = _LEADER.search(title)
    return trim(title[: match.start()]) if match and match.start() > 0 else title


def _trailing_bracket(text: str) -> int | None:
    """Where the bracket closing the line opens, nested brackets counted: the note in
    "(May 2020 - Jun 2023(Sabbatical))" stays inside the one bracket."""
    stripped, depth = text.rstrip(), 0
    if not stripped.endswith((")", "）")):
        return None
    for index in range(len(stripped) - 1, -1, -1):
        depth += stripped[index] in ")）"
        depth -= stripped[index] in "(（"
        if depth == 0:
            return index
    return None


def _bracketed_period(text: str) -> tuple[str, Period] | None:
    """ "지도 앱 (개인 프로젝트, 2023.05 ~ 2023.07)", "하늘소프트(21.03 ~ 23.9)": a period inside a
    trailing bracket makes the whole bracket the entry's metadata; the title is what precedes it."""
    start = _trailing_bracket(text)
    if start is None:
        return None
    title = trim(text[:start])
    for period in find_periods(text):
        if start < period.span[0] and period.span[1] <= len(text.rstrip()) - 1 and title:
            return title, period
    return None


def header_single_date(text: str) -> tuple[str, str | None]:
    """The title and a single date written at the line's end ("Go Northwest Meetup  2023.10")."""
    dates = find_dates(text)
    if dates:
        _, written, span = dates[-1]
        if not trim(text[span[1] :]):
            return trim(text[: span[0]]), written
    return text, None


_DATED_LEAD = re.compile(
    r"^(?P<title>[^:：\t]{1,60}?)\s*[(（\[]?\s*(?P<period>[^:：()（）\[\]]{4,40}?)"
    r"\s*[)）\]]?\s*[:：]\s+(?P<rest>\S.*)$"
)


def header_with_rest(text: str) -> tuple[str, Period | None, str]:
    """ "누리전자 (2019-2022): 사내 자산 관리 시스템 개발": a title, its period, then what was done."""
    match = _DATED_LEAD.match(text)
    if match:
        periods = find_periods(match.group("period"))
        if periods and trim(match.group("period").replace(periods[0].text, "")) == "":
            return trim(match.group("title")), periods[0], match.group("rest").strip()
    return text, None, ""
