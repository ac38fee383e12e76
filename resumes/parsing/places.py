"""Places and work arrangements beside an entry's company or title, as data.

Resume layouts put where the job was next to the employer ("Brightleaf, Lisbon", a right-aligned
"Lisbon, Portugal" cell, "(Remote)") and how it was held next to the title ("(Contract)",
"(정규직)"). Neither is part of the name or the position. A place is known by a word in these
tables (place_words.yaml: every country in English and Korean, large cities) or by its shape:
"Word, Country" or "Word, ST" (a US state or Canadian province code). The city list is short on
purpose; the shape rule carries the rest.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

WORK_MODES = {"remote", "hybrid", "on-site", "onsite", "in-office", "원격", "재택", "하이브리드", "상주", "파견"}
EMPLOYMENT_TYPES = {
    "contract",
    "contractor",
    "full-time",
    "full time",
    "fulltime",
    "part-time",
    "part time",
    "freelance",
    "temporary",
    "temp",
    "permanent",
    "seasonal",
    "정규직",
    "계약직",
    "계약",
    "프로젝트 계약",
    "파견",
    "비정규직",
    "파견직",
    "프리랜서",
    "아르바이트",
    "전환형",
}
_WORDS = yaml.load((Path(__file__).resolve().parent / "place_words.yaml").read_text(encoding="utf-8"), Loader=_LOADER)
COUNTRIES = frozenset(_WORDS["countries"])
# Countries that are also words ("Chad", "Jordan", 가나, 수단): a place only after a city.
COUNTRIES_AFTER_A_CITY = frozenset(_WORDS["countries_after_a_city"])
# US states and Canadian provinces by their postal codes, for "Austin, TX".
REGION_CODES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE QC SK".split()
)
# The same regions written out, for "Denver, Colorado" and "Toronto, Ontario".
REGION_NAMES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming alberta manitoba ontario quebec saskatchewan".split()
    + ["new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota"]
    + ["rhode island", "south carolina", "south dakota", "west virginia", "british columbia", "nova scotia"]
)
# "Mo.", "Calif.": the newspaper abbreviations, with their full stop ("St. Peters, Mo.").
REGION_ABBREVIATIONS = frozenset(_WORDS["region_abbreviations"])
# Cities and districts often written alone; the large ones, not a gazetteer.
CITIES = frozenset(_WORDS["cities"])
# What ends a "Word, Country" or "Word, Region" place.
_LAST_PARTS = COUNTRIES | COUNTRIES_AFTER_A_CITY | REGION_NAMES
# Places written in several words ("Hong Kong", "New York"), for reading prose around them.
PLACE_NAMES = frozenset(p for p in COUNTRIES | REGION_NAMES | CITIES if " " in p and p.isascii())
_KOREAN_PLACE = re.compile(
    r"^(?:서울|경기|판교|성남|분당|부산|대구|인천|광주|대전|울산|세종|제주|수원|강남|성수)\S{0,4}(?:\s+\S{1,6})?$"
)
_BRACKETS = " \t()（）[]"
# A Korean district or neighbourhood written before its city ("중구", "영등포", "강남구").
_DISTRICT = re.compile(r"[가-힣]{1,5}")


def _known(part: str) -> bool:
    lowered = part.strip(" .").lower()
    return lowered in WORK_MODES or lowered in COUNTRIES or lowered in CITIES


# A work mode in brackets or after a dash behind a place, perhaps with how much of it:
# "(fully remote)", "(원격)", "Atlanta, GA - remote".
_MODE_NOTE = re.compile(
    r"(?:\s*[(（]\s*(?:(?:fully|partly|partially|mostly|mainly|100%)\s+)?(?P<mode>[^()（）]+?)\s*[)）]"
    r"|\s+[-–—]\s+(?:(?:fully|partly|partially|mostly|mainly|100%)\s+)?(?P<dashed>[\w-]+))\s*$",
    re.I,
)


def without_mode_note(text: str) -> str:
    """ "Springfield, OR (fully remote);" or "Atlanta, GA - remote" -> the place: the note says
    how the job was held there; the place is what precedes it. Text without such a note comes back trimmed."""
    text = text.strip(" \t,·|;")
    note = _MODE_NOTE.search(text)
    if note is None or not note.start() or (note["mode"] or note["dashed"]).lower() not in WORK_MODES:
        return text
    return text[: note.start()].strip(" \t,·|;")


def is_place(text: str) -> bool:
    """ "Lisbon, Portugal", "Remote", "(Remote)", "Austin, TX", "서울 강남구", "Berlin / Remote",
    "Springfield, OR (fully remote);"."""
    text = without_mode_note(text).strip(_BRACKETS + ",·|;")
    if not text or len(text) > 40:
        return False
    if _KOREAN_PLACE.match(text):
        return True
    parts = [p.strip() for p in re.split(r"\s*[,/·|]\s*", text) if p.strip()]
    if all(_known(part) for part in parts):
        return True
    country = parts[-1].lower().strip(" .") in COUNTRIES_AFTER_A_CITY
    if len(parts) in (2, 3) and (_known(parts[-1]) or country) and all(_DISTRICT.fullmatch(p) for p in parts[:-1]):
        return True  # "중구, 서울", "서초구, 서울": a district, then its known city
    last = parts[-1]
    return (
        len(parts) in (2, 3)
        and (last.lower().strip(" .") in _LAST_PARTS or last in REGION_CODES or last in REGION_ABBREVIATIONS)
        and all(re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}", part) for part in parts[:-1])
    )


def is_employment_type(text: str) -> bool:
    """ "(Contract)", "Full-time", "(정규직)": how the job was held, not what it was."""
    parts = [p for p in re.split(r"\s*[,/·]\s*", text.strip(_BRACKETS).lower()) if p]
    return bool(parts) and all(p in EMPLOYMENT_TYPES or p in WORK_MODES for p in parts)


# Kinds of placement beside the employment types ("Full-time co-op positions"), and the nouns
# such a phrase ends in; none of them names a project.
PLACEMENT_KINDS = {"co-op", "coop", "work-study", "sandwich"}
ARRANGEMENT_NOUNS = {"position", "positions", "role", "roles", "job", "jobs", "employment", "work", "placement"}
ARRANGEMENT_NOUNS |= {"placements", "basis", "term", "terms"}


def is_employment_phrase(text: str) -> bool:
    """ "Part-time", "Full-time co-op positions", "Remote, contract role": a line before the
    period that says only how the job was held, with at least one employment type or work mode."""
    words = [w for w in re.split(r"[\s,/·]+", text.strip(_BRACKETS + ";:").lower()) if w]
    typed, index = False, 0
    while index < len(words):
        pair, word = " ".join(words[index : index + 2]), words[index]
        if pair in EMPLOYMENT_TYPES or pair in WORK_MODES:
            typed, index = True, index + 2
        elif word in EMPLOYMENT_TYPES or word in WORK_MODES or word in PLACEMENT_KINDS:
            typed, index = True, index + 1
        elif word in ARRANGEMENT_NOUNS:
            index += 1
        else:
            return False
    return typed


_TRAILING_NOTE = re.compile(r"\s*[(（\[]([^()（）\[\]]+)[)）\]]\s*$")


def without_notes(title: str) -> str:
    """ "Data Engineer (Contract) (Remote)" -> "Data Engineer": trailing brackets that only say
    how or where the job was held come off a position."""
    while True:
        match = _TRAILING_NOTE.search(title)
        if match is None or not match.start() or not (is_employment_type(match[1]) or is_place(match[1])):
            return title
        title = title[: match.start()].rstrip(" ,|·-–—")


def without_place_cells(text: str) -> str:
    """ "Brightleaf\tLisbon, Portugal" -> "Brightleaf": a column of a laid-out row that is only a
    place is where the entry happened, never its position or title."""
    if "\t" not in text:
        return text
    cells = text.split("\t")
    kept = [cells[0]] + [cell for cell in cells[1:] if not is_place(cell)]
    return "\t".join(kept)


def without_place_parts(parts: list[str], title: str, *, title_first: bool = False) -> list[str]:
    """The parts of a header line after the first without those that say where: a place alone
    ("Remote", "서울", "Lisbon, Portugal") or one written over two comma parts ("Austin, TX",
    "Seoul, South Korea"), as Word templates set it after the employer or the title. The first
    part is the name the line opens with and stays. After a title (`title_first`), an unknown
    name before a country is the employer, not a city: "Data Engineer, Brightleaf, Portugal"."""
    kept = list(parts[:1])
    index = 1
    while index < len(parts):
        pair = ", ".join(parts[index : index + 2])
        employer = title_first and index + 1 < len(parts) and is_place(parts[index + 1]) and not is_place(parts[index])
        if index + 1 < len(parts) and not employer and pair in title.replace(",\t", ", ") and is_place(pair):
            index += 2  # "Dallas, TX": neither part a place alone
        elif is_place(parts[index]):
            index += 1
        else:
            kept.append(parts[index])
            index += 1
    return kept
