"""Dates and periods as people write them on resumes, and months of experience from them.

"2024.05 ~ 2025.06", "2023.12 - 2024.02", "2024.08 - 현재", "Jan 2021 – Present",
"03/2020 - 08/2022", "2019 - 2021", "21.03 ~ 23.06", "21.03 ~ 23.9", "Sept ’17 – present", "2024년 5월 ~ 재직 중", "2023.03 ~",
"Summer 2009", "Fall 2019 – Spring 2020", "2019 여름".
A period keeps the exact text it was read from, so a draft shows what the person wrote.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_YEAR = r"(?:19|20)\d{2}"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_MONTH_NAMES = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

_DATE = re.compile(
    rf"(?<![\d.])(?P<y>{_YEAR})\s*(?:[./\-]|년)\s*(?P<m>{_MONTH})(?!\d)(?:\s*월)?"
    rf"(?:[./\-](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)|\s*(?P<kd>3[01]|[12]\d|0?[1-9])\s*일)?\.?"
    rf"|(?<![\d.])(?P<m2>{_MONTH})\s*[./]\s*(?P<y2>{_YEAR})(?![\d.])"
    rf"|(?<![a-z])(?P<mon>{_MONTH_NAME})\.?\s*,?\s*(?P<y3>{_YEAR})(?!\d)"
    rf"|(?<![a-z])(?P<mon2>{_MONTH_NAME})\.?\s*['’‘`´]\s?(?P<y5>\d{{2}})(?![\d.])"
    rf"|(?<![\d.,])(?P<y4>{_YEAR})(?:\s*년)?(?![\d.,])"
    rf"|(?<![\d.])(?P<yy>\d{{2}})\.(?P<mm>1[0-2]|0?[1-9])(?![\d.])",
    re.IGNORECASE,
)
# A PDF may set a space between Korean glyphs ("현 재", "재 직 중"), so one space inside a word is allowed.
_ONGOING = re.compile(
    r"현 ?재(?:\s*(?:진 ?행|재 ?직|근 ?무|재 ?학)\s*중)?|(?:재 ?직|근 ?무|진 ?행|재 ?학)\s*중"
    r"|(?<![a-z])(?:present|current(?:ly)?|now|ongoing|today|to\s+date)(?![a-z])",
    re.IGNORECASE,
)
# Every dash a word processor may set between two dates: hyphen, figure dash (Google Docs), en
# and em dash, horizontal bar, minus; and the tilde forms.
# Pandoc users type "--" (and "---") for an en (em) dash: "Jun 2021 -- Present".
_SEPARATOR = re.compile(r"\s*(?:~|～|〜|∼|[‐‑‒–—―−]|-{1,3}|→|to|until|through|부터)\s*", re.IGNORECASE)
# "2021.02 ~ (재직 중)": the running end written in brackets after the separator.
_BRACKETED_ONGOING = re.compile(r"\s*(?:~|～|〜|∼|[‐‑‒–—―−]|-{1,3})\s*[(（]\s*")
_CLOSING = re.compile(r"\s*[)）]")
_OPEN_END = re.compile(r"\s*(?:~|～|〜|∼|부터)\s*$")
# "2025.09.15 -" alone on its line (a job card's date item): a dash with nothing after is ongoing too.
_OPEN_DASH = re.compile(r"\s*(?:[‐‑‒–—―−]|-{1,3})\s*$")
# "2023-    Beta Labs, Engineer": a year opening a line with a dash and nothing after it but the
# entry's title is a period still running (a column of "2019-2022" lines above it).
_OPEN_YEAR = re.compile(r"[-–—](?=\s+\D|\s*$)")


@dataclass(frozen=True)
class Date:
    year: int
    month: int
    precise: bool  # False when only the year (or a two-digit year) was written

    @property
    def index(self) -> int:
        return self.year * 12 + self.month - 1


@dataclass(frozen=True)
class Period:
    start: Date
    end: Date | None  # None: ongoing ("현재", "Present", "2023.03 ~")
    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    date: Date | None  # None for an ongoing marker
    weak: bool  # a bare year or two-digit year: a date only as one end of a range
    last: Date | None = None  # a season's last month: where a period ending in it ends


# A season and its year ("Summer 2009", "Fall 2019", "2019 여름", "2020년 겨울방학") names the
# months of a term or a summer job. Seasons by their first and last month, as data; a winter is
# the one that opens its year. Capitalised English only, so prose ("in the spring") stays prose.
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (1, 2),
    "봄": (3, 5),
    "여름": (6, 8),
    "가을": (9, 11),
    "겨울": (1, 2),
}
_EN_SEASON = "|".join(rf"{name.capitalize()}|{name.upper()}" for name in SEASONS if name.isascii())
_KO_SEASON = "|".join(name for name in SEASONS if not name.isascii())
_SEASON = re.compile(
    rf"(?<![A-Za-z])(?P<season>{_EN_SEASON})(?:\s+of)?\s*,?\s*(?P<year>{_YEAR})(?!\d)"
    rf"|(?<![\d.])(?P<kyear>{_YEAR})\s*(?:년)?\s*(?P<kseason>{_KO_SEASON})(?:\s*(?:학기|방학))?"
)


def _seasons(text: str) -> list[_Token]:
    found = []
    for match in _SEASON.finditer(text):
        name, year = (match["season"], match["year"]) if match["season"] else (match["kseason"], match["kyear"])
        first, last = SEASONS[name.lower()]
        start, end = Date(int(year), first, True), Date(int(year), last, True)
        found.append(_Token(match.start(), match.end(), start, False, end))
    return found


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = _seasons(text)
    seasons = [(t.start, t.end) for t in found]
    for match in _DATE.finditer(text):
        if any(s <= match.start() < e for s, e in seasons):
            continue
        groups = match.groupdict()
        if groups["y"]:
            date, weak = Date(int(groups["y"]), int(groups["m"]), True), False
        elif groups["y2"]:
            date, weak = Date(int(groups["y2"]), int(groups["m2"]), True), False
        elif groups["y3"]:
            date, weak = Date(int(groups["y3"]), _MONTH_NAMES[groups["mon"][:3].lower()], True), False
        elif groups["y5"]:
            date, weak = Date(_century(int(groups["y5"])), _MONTH_NAMES[groups["mon2"][:3].lower()], True), False
        elif groups["y4"]:
            date, weak = Date(int(groups["y4"]), 1, False), True
        else:
            date, weak = Date(2000 + int(groups["yy"]), int(groups["mm"]), True), True
        found.append(_Token(match.start(), match.end(), date, weak))
    found = _misspelled_months(text, found)
    taken = [(t.start, t.end) for t in found]
    for match in _ONGOING.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            found.append(_Token(match.start(), match.end(), None, False))
    return sorted(found, key=lambda token: token.start)


_FULL_MONTHS = ["january", "february", "march", "april", "june", "july", "august", "september"]
_FULL_MONTHS += ["october", "november", "december", "sept"]
# A word of four letters or more right before a year: a month name perhaps misspelled ("Febuary 2018").
_WORD_YEAR = re.compile(rf"(?<![a-z])(?P<word>[a-z]{{4,12}})\.?\s*,?\s*(?P<year>{_YEAR})(?!\d)", re.IGNORECASE)


def _misspelled_months(text: str, found: list[_Token]) -> list[_Token]:
    """ "Febuary 2018", "Janurary 2020": a word close to a month name (score 85 or more) before a
    year makes that year a month, where it would be read as a bare year."""
    years = {token.start: token for token in found if token.weak and not token.date.precise}
    for match in _WORD_YEAR.finditer(text):
        year = years.get(match.start("year"))
        best = process.extractOne(match["word"].lower(), _FULL_MONTHS, scorer=fuzz.ratio, score_cutoff=85)
        if year is None or best is None:
            continue
        month = _MONTH_NAMES[best[0][:3]]
        found[found.index(year)] = _Token(match.start(), year.end, Date(year.date.year, month, True), False)
    return found


def _century(year: int) -> int:
    """ "Sep '17" is 2017 and "Sep '98" 1998: a written month makes a two-digit year a date."""
    return 2000 + year if year < 70 else 1900 + year


# "June-July 2017", "Jun–Aug 2019", "May to August 2016", "2020년 3월 ~ 5월": two months sharing
# the one year written, for a short stint (a summer internship).
_RANGE_WORD = r"\s*(?:~|～|〜|∼|[‐‑‒–—―−]|-{1,3}|to|until|through)\s*"
_MONTH_PAIR = re.compile(
    rf"(?<![a-z])(?P<a>{_MONTH_NAME})\.?{_RANGE_WORD}(?P<b>{_MONTH_NAME})\.?\s*,?\s*(?P<y>{_YEAR})(?!\d)"
    rf"|(?<![\d.])(?P<ky>{_YEAR})\s*년\s*(?P<ka>{_MONTH})\s*월{_RANGE_WORD}(?P<kb>{_MONTH})\s*월",
    re.IGNORECASE,
)


def _month_pairs(text: str) -> list[Period]:
    """Periods of two months and one year; a start month after the end month ("Nov–Feb 2020")
    is in the year before."""
    periods: list[Period] = []
    for match in _MONTH_PAIR.finditer(text):
        if match["y"]:
            year, first, last = (
                int(match["y"]),
                _MONTH_NAMES[match["a"][:3].lower()],
                _MONTH_NAMES[match["b"][:3].lower()],
            )
        else:
            year, first, last = int(match["ky"]), int(match["ka"]), int(match["kb"])
        start = Date(year - 1 if first > last else year, first, True)
        periods.append(Period(start, Date(year, last, True), match.group().strip(), match.span()))
    return periods


# "07 2023 - 10 2023", "03 2010 – Present": month and year with only a space between, a
# resume builder's default. "7 2023" alone could be a count and a year in prose, so it is a date
# only as the start of a range whose end is written the same way or is ongoing.
_SPACED_RANGE = re.compile(
    rf"(?<![\d.,:/\-])(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR}){_RANGE_WORD}"
    rf"(?:(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})(?![\d.])|(?P<now>{_ONGOING.pattern}))",
    re.IGNORECASE,
)


def _spaced_ranges(text: str) -> list[Period]:
    periods = []
    for match in _SPACED_RANGE.finditer(text):
        start = Date(int(match["y1"]), int(match["m1"]), True)
        end = None if match["now"] else Date(int(match["y2"]), int(match["m2"]), True)
        periods.append(Period(start, end, match.group().strip(), match.span()))
    return periods


def find_periods(text: str) -> list[Period]:
    pairs = _month_pairs(text) + _spaced_ranges(text)
    tokens = [t for t in _tokens(text) if not any(p.span[0] <= t.start < p.span[1] for p in pairs)]
    periods = _read_periods(text, tokens)
    return sorted(pairs + periods, key=lambda period: period.span)


def _read_periods(text: str, tokens: list[_Token]) -> list[Period]:
    periods: list[Period] = []
    index = 0
    while index < len(tokens):
        first = tokens[index]
        second = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            first.date is not None
            and second is not None
            and (second.date is None or second.weak == first.weak or _year_and_month(first, second))
            and (
                _SEPARATOR.fullmatch(text[first.end : second.start])
                or (second.date is None and _BRACKETED_ONGOING.fullmatch(text[first.end : second.start]))
            )
        ):
            end = second.last or second.date
            if end is not None and not end.precise:
                end = Date(end.year, 12, False)
            stop = second.end
            if not _SEPARATOR.fullmatch(text[first.end : second.start]):
                closing = _CLOSING.match(text, stop)  # "2021.02 ~ (재직 중)"
                stop = closing.end() if closing else stop
            periods.append(Period(first.date, end, text[first.start : stop].strip(), (first.start, stop)))
            index += 2
            continue
        open_end = _OPEN_END.match(text[first.end :]) or (
            _OPEN_DASH.match(text[first.end :]) if not text[: first.start].strip() else None
        )
        if first.date is not None and not first.weak and open_end:
            end_at = first.end + open_end.end()
            periods.append(Period(first.date, None, text[first.start : end_at].strip(), (first.start, end_at)))
        elif first.last is not None:  # "Summer 2009" alone: the season's months
            periods.append(
                Period(first.date, first.last, text[first.start : first.end].strip(), (first.start, first.end))
            )
        elif first.date is not None and first.weak and not text[: first.start].strip() and index == 0:
            match = _OPEN_YEAR.match(text, first.end)
            if match is not None and not first.date.precise:
                periods.append(Period(first.date, None, text[first.start : match.end()], (first.start, match.end())))
        index += 1
    return periods


def _year_and_month(first: _Token, second: _Token) -> bool:
    """ "2024 ~ 2026.02", "2019.03 - 2021": a bare year at one end and a full month at the other
    still make one period."""
    ends = (first, second)
    return any(t.weak and not t.date.precise for t in ends) and any(not t.weak for t in ends)


def find_dates(text: str) -> list[tuple[Date, str, tuple[int, int]]]:
    """Single written dates (not bare years), with their text and place in the line."""
    return [
        (t.date, text[t.start : t.end].strip(" ."), (t.start, t.end))
        for t in _tokens(text)
        if t.date is not None and not t.weak
    ]


def month_of(day: datetime.date) -> Date:
    return Date(day.year, day.month, True)


def months_covered(periods: list[Period], today: datetime.date) -> int:
    """Calendar months covered by the periods, counting both end months and overlaps once.

    2024.09 ~ 2024.12 is 4 months; an ongoing period runs to this month; months after
    today (a planned end date) are not experience yet.
    """
    now = month_of(today).index
    months: set[int] = set()
    for period in periods:
        end = period.end.index if period.end is not None else now
        months.update(range(period.start.index, min(end, now) + 1))
    return len(months)
