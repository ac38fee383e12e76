"""Education lines: "새솔대학교 | 정보통신공학과 학사 | 졸업  2017.03 ~ 2023.02",
"Riverside State University — B.S. in Information Systems, 2019 - 2023 (Graduated)"."""

from __future__ import annotations

import re

from resumes.parsing.blocks import Item, trim
from resumes.parsing.dates import find_dates, find_periods
from resumes.parsing.education_schools import unnamed_school
from resumes.parsing.places import without_place_parts

_PARTS = re.compile(r"\s*(?:\||\t|·|\s[—–-]\s|,\s)\s*")
_INSTITUTION = re.compile(
    r"대학교|대학원|대학|학교|고등학교|university|college|institute|school|academy|polytechnic|"
    r"universit[äa]t|école|kaist|postech|unist|gist|dgist",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"전문학사|학사|석사|박사|석박사\s*통합|수료|"
    r"\b(?:b\.?\s?s(?:\.?c)?\.?|b\.?\s?a\.?|b\.?\s?eng\.?|m\.?\s?s(?:\.?c)?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|mba|ph\.?\s?d\.?|"
    r"associate(?:'s)?(?:\s+degree)?|bachelor(?:'s)?(?:\s+of\s+[a-z]+)?|master(?:'s)?(?:\s+of\s+[a-z]+)?|"
    r"doctor(?:ate)?(?:\s+of\s+[a-z]+)?)(?![a-z])",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"^(?:졸업\s*예정|졸업|재학\s*중?|휴학\s*중?|수료|중퇴|편입|"
    r"graduated|graduating|expected|enrolled|in progress|current|completed|dropped out|on leave)",
    re.IGNORECASE,
)


def parse_education(items: list[Item]) -> list[dict]:
    schools: list[dict] = []
    for item in items:
        dated = item.period.text if item.period else item.single_date  # "University of Texas ⇥ May 2017"
        text = f"{item.title}\t{dated}" if dated else (item.raw or item.text)
        fields = _fields(text)
        starts_new = fields["institution"] is not None or not schools
        if starts_new:
            schools.append({"institution": None, "degree": None, "major": None, "period": None, "status": None})
        school = schools[-1]
        for key, value in fields.items():
            if value and not school[key]:
                school[key] = value
    return [s for s in schools if s["institution"] or s["major"] or s["degree"]]


_KOREAN_STATUS = re.compile(r"졸업\s*예정|졸업|재학\s*중?|휴학\s*중?|수료|중퇴|편입")
# "Riverside State University Information Systems B.S.": the school ends at its keyword,
# or at the one capitalised word after "of" ("University of Washington", "Institute of Technology").
_ENGLISH_SCHOOL = re.compile(
    r"^(.*?\b(?:University|College|Institute|School|Academy|Polytechnic)\b"
    r"(?:\s+of\s+[A-Z][\w.&-]*)?)\s+(.+)$"
)
_KOREAN_SCHOOL = re.compile(r"^(\S*(?:대학교|대학원|대학|학교))\s+(.+)$")
_STATUS_NOTE = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*")


def _parts(text: str) -> list[str]:
    """Separated parts, with a Korean line written with spaces only split by word:
    "새솔대학교 정보통신공학과 학사 졸업" -> 새솔대학교 | 정보통신공학과 | 학사 | 졸업."""
    parts = []
    for part in (trim(p) for p in _PARTS.split(text)):
        school = (_KOREAN_SCHOOL.match(part) or _ENGLISH_SCHOOL.match(part)) if part else None
        if school and (_KOREAN_SCHOOL.match(part) or _DEGREE.search(school.group(2))):
            parts.append(school.group(1))
            rest = school.group(2)
            for pattern in (_KOREAN_STATUS, _DEGREE):
                match = pattern.search(rest)
                if match:
                    parts.append(match.group().strip())
                    rest = rest[: match.start()] + " " + rest[match.end() :]
            rest = trim(" ".join(rest.split()))
            if rest:
                parts.append(rest)
        elif part:
            parts.append(part)
    return parts


def _fields(text: str) -> dict:
    found = {"institution": None, "degree": None, "major": None, "period": None, "status": None}
    periods = find_periods(text)
    if periods:
        found["period"] = periods[0].text
        text = text.replace(periods[0].text, "\t", 1)
    named: list[tuple[str, str]] = []  # ("name", part) or ("degree", the field after the degree word)
    for part in without_place_parts(_parts(text), text):  # "University of Texas at Austin, Austin, TX"
        if not part:
            continue
        if _STATUS.match(part):
            found["status"] = found["status"] or part
            continue
        for note in _STATUS_NOTE.finditer(part):
            if _STATUS.match(note.group(1).strip()):  # "B.S. in CS (Graduated)"
                found["status"] = found["status"] or note.group(1).strip()
                part = trim(part.replace(note.group(), " ", 1))
        if not part:
            continue
        if _STATUS.match(part):
            found["status"] = found["status"] or part
        elif _INSTITUTION.search(part) and not found["institution"] and not _DEGREE.fullmatch(part):
            found["institution"] = part
        elif _DEGREE.search(part):
            degree = _DEGREE.search(part)
            found["degree"] = found["degree"] or degree.group().strip()
            rest = trim(part[: degree.start()] + part[degree.end() :])
            rest = trim(re.sub(r"^(?:in|of)\s+", "", rest, flags=re.IGNORECASE))
            named.append(("degree", rest))
        elif not find_dates(part):
            named.append(("name", part))
        elif not found["period"]:
            found["period"] = find_dates(part)[0][1]
    if not found["institution"]:
        found["institution"] = unnamed_school(named)
    found["major"] = next((text for _, text in named if text), None)
    return found


def is_institution(text: str) -> bool:
    """ "성균관대학교", "Northvale College": a school's name, an education entry."""
    return bool(_INSTITUTION.search(text))
