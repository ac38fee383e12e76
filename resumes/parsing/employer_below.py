"""A dated job title with its employer on the line below, read as one entry.

Word and Google Docs resumes often put the title and the period on one line (a tab or a right
tab stop between them) and the employer, with a department before it or a place after it, on
the next line:

    Department Assistant<TAB>May 2022 - Present
    Data Analytics Group, University of Example, Springfield, MA
    · ...

or the title and the period on two lines ("Blockchain Developer Contribution", "May 2021 -
August 2021") over "Brightcoin, Austin, United States". The employer line is a comma list: a
place after the employer goes off, and where a department comes before it, the part that names
an organisation (a company marker or a word such as University, Daily, Partners) is the
employer. Without this, an unfamiliar title was taken for a project of the entry above.

A title set apart (a heading, a bold line) with no period of its own can also stand over the
dated employer line: "Software Developer" over "Brightline Labs, Tacoma, Wash. | 2019 - Present".
The dated line's text is then the employer (its place off), not a project of a nameless job.

A list writes the same shape one level down ("* 2021 - Present: Data Engineer" whose first
nested item is "  * Norrbridge Analytics", the rest its achievements): a first child that is
a name, not a sentence, is the employer.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import BULLET, TEXT, Item
from resumes.parsing.places import REGION_ABBREVIATIONS, is_place
from resumes.parsing.roles import company_and_position, has_company_marker, is_role
from resumes.parsing.stacked_roles import MAX_LINE_CHARS, stacked_title
from resumes.parsing.technologies import skill_key

MAX_EMPLOYER_LINE_CHARS = 100
MAX_TITLE_WORDS = 6
# Words that make a name an organisation's (the last word, or any word, of an employer's name).
ORGANISATION_WORDS = frozenset(
    "university college institute school academy polytechnic daily times news journal gazette press "
    "collegian tribune herald magazine radio television bank hospital clinic council association "
    "society foundation agency ministry bureau office center centre laboratory library museum "
    "partners capital ventures holdings studio studios technologies solutions systems consulting "
    "group company corporation enterprises industries network media games".split()
)
# "Kathmandu 44600": a city with its postal code.
_POSTAL_PLACE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{4,6}$")
_PARTS = re.compile(r",\s+|\s+[|·—–]\s+")  # "Ridgeway College | Worcester, MA", "Acme — Lyon, France"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def names_organisation(text: str) -> bool:
    words = {word.lower() for word in _WORD.findall(text)}
    return has_company_marker(text) or bool(words & ORGANISATION_WORDS)


def _is_place_part(text: str) -> bool:
    return is_place(text) or bool(_POSTAL_PLACE.match(text.strip()))  # is_place knows the countries


def employer_of(text: str) -> str | None:
    """ "Data Analytics Group, University of Example, Springfield, MA" -> "University of Example";
    "Brightcoin, Austin, United States" -> "Brightcoin". None when the line is no employer line
    (a sentence, a job title, a place alone)."""
    text = text.strip()
    sentence = text.endswith(":") or (
        text.endswith(".") and text.rsplit(",", 1)[-1].strip() not in REGION_ABBREVIATIONS
    )
    if not text or len(text) > MAX_EMPLOYER_LINE_CHARS or sentence or "\t" in text:
        return None
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    placed = False
    while len(parts) > 1:
        if len(parts) > 2 and is_place(", ".join(parts[-2:])):
            parts, placed = parts[:-2], True
        elif _is_place_part(parts[-1]):
            parts, placed = parts[:-1], True
        else:
            break
    named = [part for part in parts if names_organisation(part)]
    if named:
        found = named[-1]
    elif placed and len(parts) == 1:
        found = parts[0]
    else:
        return None
    if len(found) > MAX_LINE_CHARS or is_role(found) or _is_place_part(found) or skill_key(found):
        return None
    return found


def _title_shape(title: str) -> bool:
    """A job title as written, its last word perhaps unusual ("Program Journalist", "Blockchain
    Developer Contribution"): a few words, no organisation, no place, no digits."""
    title = title.strip()
    return (
        0 < len(title) <= MAX_LINE_CHARS
        and len(title.split()) <= MAX_TITLE_WORDS
        and not re.search(r"\d", title.rstrip(" IV-"))
        and not title.endswith(".")
        and not has_company_marker(title)
        and not (names_organisation(title) and not _has_role_word(title))  # "Assistant News Editor" is one
        and not _is_place_part(title)
        and (stacked_title(title) or not any(ch in title for ch in ",:;|"))
    )


def _dated_title(items: list[Item], index: int) -> tuple[str, Item, int] | None:
    """(the title, the item holding the period, the index of the line after them), for a dated
    title line or a title line over a line that is only a period."""
    item = items[index]
    if item.kind != TEXT or item.heading or item.company:
        return None
    if item.period is not None:
        return (item.title, item, index + 1) if item.title and _title_shape(item.title) else None
    following = items[index + 1] if index + 1 < len(items) else None
    bare = following is not None and following.kind == TEXT and following.period is not None
    if bare and not following.title.strip() and _title_shape(item.text) and _has_role_word(item.text):
        return item.text, following, index + 2
    return None


def _has_role_word(title: str) -> bool:
    """ "Blockchain Developer Contribution": a role word anywhere in the title."""
    words = title.split()
    return any(is_role(" ".join(words[: end + 1])) for end in range(len(words)))


_NAME_JOINERS = frozenset({"of", "and", "&", "for", "the", "de", "und"})
MAX_NAME_WORDS = 5


def _name_shape(text: str) -> bool:
    """ "Calloway Robotics Lab", "Fenwick & Lyle": a few capitalised words, no sentence."""
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and not text.endswith((".", ":", ";", ","))
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)
        and not is_role(text)
        and not _is_place_part(text)
        and not skill_key(text)
    )


def _nested_employer(items: list[Item], index: int) -> str | None:
    """The employer a dated title bullet names as its first nested item, else None."""
    item = items[index]
    child = items[index + 1] if index + 1 < len(items) else None
    if item.kind != BULLET or item.period is None or item.rest or child is None:
        return None
    if not (item.title and _title_shape(item.title) and _has_role_word(item.title)):
        return None
    if child.kind != BULLET or child.level <= item.level or child.period is not None or child.titles:
        return None
    return employer_of(child.text) or (child.text.strip() if _name_shape(child.text.strip()) else None)


def _employer_under_title(items: list[Item], index: int) -> tuple[str, Item, int, str] | None:
    """(the title, the dated employer item, its index, the employer) for an undated title set
    apart over "Employer, City, ST | period"; None for any other pair."""
    item = items[index]
    below = items[index + 1] if index + 1 < len(items) else None
    if item.kind != TEXT or item.period is not None or item.company or not (item.heading or item.strong):
        return None
    if below is None or below.kind != TEXT or below.period is None or below.rest or below.company:
        return None
    title, named = item.text.strip(), below.title.strip()
    if not (_title_shape(title) and _has_role_word(title)) or not named or is_role(named):
        return None
    if company_and_position(title)[0]:
        return None  # "Engineer at Quillon" over "2012 - 2015 | Nizhny Tagil": the employer is named
    employer = employer_of(named) or (named if _name_shape(named) else None)
    return (title, below, index + 1, employer) if employer else None


def employers_below(items: list[Item]) -> list[Item]:
    """Items with each dated title over its employer line made one dated heading."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        if over := _employer_under_title(items, index):
            title, dated, after, employer = over
            result.append(_entry(items[index], title, dated, employer))
            index = after + 1
            continue
        found = _dated_title(items, index)
        below = items[found[2]] if found and found[2] < len(items) else None
        employer = (
            employer_of(below.text)
            if below is not None and below.kind == TEXT and below.period is None and not below.heading
            else None
        )
        if employer is None and (employer := _nested_employer(items, index)):
            found = (items[index].title, items[index], index + 1)
        if employer is None:
            result.append(items[index])
            index += 1
            continue
        title, dated, after = found
        result.append(_entry(items[index], title, dated, employer))
        index = after + 1
    return result


def _entry(item: Item, title: str, dated: Item, employer: str) -> Item:
    """The title's item made the entry's dated heading, naming its employer and position."""
    return dataclasses.replace(
        item,
        text=title,
        title=title,
        period=dated.period,
        heading=True,
        level=0,
        company=employer,
        position=title.strip(),
    )
