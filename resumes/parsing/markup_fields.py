"""Class names of an HTML resume read as field labels of its entries.

Hand-written and themed HTML resumes build each job or project from blocks named for what they
hold: `<div class="exp-company">`, `<div class="exp-position">`, `<span class="exp-duration">`,
`.work-item .company/.position/.date` (JSON Resume themes), `.resume-item .resume-dateworked`,
`.proj-item .proj-name`. The class says which field the text is, which no line shape says as
well, so the HTML reader marks such a line with its field (Line.field) and the segmenter reads
it as it reads "회사: …", "Position: …", "기간: …".

A class is read by its words ("resume-company-description" -> resume, company, description):
the last word names the field (CLASS_FIELDS); "name" and "title" say whose name by the word
before them or by the entry's own class (CONTEXT_FIELDS: "proj-name" is a project, "job-title"
a position, "company-name" the employer). Class words are only trusted inside an entry block:
an element (a block or a list item) whose labelled descendants hold at least two fields, one of
them naming the entry, none of them twice (a section holding several entries repeats them); a
field inside another is part of it (`.date` holding `.startDate` and `.endDate`).
"""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.htmltree import HEADINGS, SKIP, hidden, tag_of, visible_text
from resumes.parsing.urls import is_bare_address

# The last word of a class name -> the field it holds.
CLASS_FIELDS = {
    "company": labels.COMPANY,
    "employer": labels.COMPANY,
    "org": labels.COMPANY,
    "organization": labels.COMPANY,
    "organisation": labels.COMPANY,
    "workplace": labels.COMPANY,
    "position": labels.POSITION,
    "role": labels.POSITION,
    "jobtitle": labels.POSITION,
    "period": labels.PERIOD,
    "date": labels.PERIOD,
    "dates": labels.PERIOD,
    "daterange": labels.PERIOD,
    "duration": labels.PERIOD,
    "dateworked": labels.PERIOD,
    "tenure": labels.PERIOD,
    "desc": labels.DESCRIPTION,
    "description": labels.DESCRIPTION,
}
# Words naming whose name or title a "name"/"title" class holds, in the class or the entry's class.
CONTEXT_FIELDS = {
    "proj": labels.PROJECT,
    "project": labels.PROJECT,
    "projects": labels.PROJECT,
    "portfolio": labels.PROJECT,
    "company": labels.COMPANY,
    "employer": labels.COMPANY,
    "org": labels.COMPANY,
    "work": labels.COMPANY,
    "exp": labels.COMPANY,
    "experience": labels.COMPANY,
    "employment": labels.COMPANY,
    "job": labels.POSITION,
    "position": labels.POSITION,
}
NAME_WORDS = ("name", "title")
# A class with one of these words titles the page or a section, never an entry's field.
NOT_FIELD_WORDS = frozenset({"section", "page", "site", "header", "heading", "nav", "sub", "subtitle"})
# Fields that say which entry a block is; one of them makes a block an entry.
ENTRY_FIELDS = (labels.COMPANY, labels.POSITION, labels.PROJECT)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_NAME_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+")


def class_words(element) -> list[list[str]]:
    """Each class of the element as its lower-case words: "resumeDateWorked" -> resume, date, worked."""
    return [[w.lower() for w in _WORD.findall(name)] for name in (element.get("class") or "").split()]


def class_field(element, context: list[str]) -> str | None:
    """The field an element's class names, `context` being the words of its entry's class."""
    for words in class_words(element):
        if not words or NOT_FIELD_WORDS.intersection(words):
            continue
        joined = "".join(words[-2:])  # "date-worked", "job-title", "date-range" written in two words
        field = CLASS_FIELDS.get(joined) or CLASS_FIELDS.get(words[-1])
        if field is None and words[-1] in NAME_WORDS:
            field = _named_field(words[:-1], context, words[-1])
        if field is not None:
            return field
    return None


def names_cells(element, context: list[str] | None) -> bool:
    """Whether, inside an entry, the children of a row say by class which field each is
    ("<span class="company">", "<span class="dates">"): each is then read as its field, never as
    one of a row of pills."""
    return context is not None and any(
        isinstance(child.tag, str) and class_field(child, context) is not None for child in element
    )


def _named_field(before: list[str], context: list[str], word: str) -> str | None:
    for source in (before, context):
        for qualifier in reversed(source):
            if qualifier in CONTEXT_FIELDS:
                found = CONTEXT_FIELDS[qualifier]
                return labels.POSITION if found == labels.COMPANY and word == "title" else found
    return labels.POSITION if word == "title" and before else None


def entry_context(element, is_field) -> list[str] | None:
    """The class words of an entry block, or None when the element is none."""
    if not element.get("class"):
        return None
    context = [w for words in class_words(element) for w in words]
    counts: dict[str, int] = {}
    fields: list = []
    for inner in element.iterdescendants():
        if isinstance(inner.tag, str) and inner.get("class") and is_field(inner):
            field = class_field(inner, context)
            # A field inside another is part of it: `.date` holding `.startDate` and `.endDate`.
            if field is not None and not any(inner in outer.iterdescendants() for outer in fields):
                fields.append(inner)
                counts[field] = counts.get(field, 0) + 1
    if len(counts) < 2 or not any(f in counts for f in ENTRY_FIELDS):
        return None
    if any(counts[f] > 1 for f in counts if f != labels.DESCRIPTION):
        return None
    return context


def is_site_link(text: str) -> bool:
    """ "daon.io", "https://daon.io/": a link showing a bare address, the employer's site."""
    return is_bare_address(text)


def project_name_parts(text: str) -> tuple[str, str]:
    """ "Skyline — a city skyline renderer" -> ("Skyline", "a city skyline renderer"): a labelled
    project name followed by a dash and its tagline."""
    parts = _NAME_DASH.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        return parts[0].strip(), parts[1].strip()
    return text, ""


ORDER = (labels.COMPANY, labels.POSITION)


def entry_order(lines: list, start: int) -> None:
    """Within one entry's lines, the company line then the position line come first, so each
    entry opens with its employer however the page lays the blocks out (the role above the
    company, the period in a cell to the right). Entries holding a heading keep their order."""
    block = lines[start:]
    if any(line.kind for line in block):
        return
    first = [line for field in ORDER for line in block if line.field == field][: len(ORDER)]
    lines[start:] = first + [line for line in block if not any(line is f for f in first)]


def field_leaf(element) -> bool:
    """An element that can hold one field: visible, and no list, paragraph or table inside."""
    if tag_of(element) in SKIP or tag_of(element) in HEADINGS or hidden(element):
        return False
    return not any(
        tag_of(inner) in ("ul", "ol", "table", "p", "li", "h1", "h2", "h3") for inner in element.iterdescendants()
    )


def field_text(element, *, site_links: bool) -> str:
    """The text of a labelled element; a link showing a bare address is the employer's site,
    never part of its name, so it is left out of a company field."""
    parts = [element.text or ""]
    for child in element:
        tag = tag_of(child)
        if tag and tag not in SKIP and not hidden(child):
            text = visible_text(child)
            if tag != "a" or site_links or not is_site_link(text):
                parts.append(text)
        parts.append(child.tail or "")
    return "".join(parts)
