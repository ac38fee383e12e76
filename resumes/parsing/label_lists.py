"""Entries written as bold label lists: a heading, then "* **직무**", "* **경력**", "* **기술**",
"* **프로젝트**", each over a nested list of its values.

Read line by line, the labels are short bold list items and look like project names, and a
"## Portfolio" heading over such entries sends them to the projects. A label that only a job
has (직무, 경력, 재직 기간) says the heading above it names an employer; its lists are then
read as labelled lines the work reader knows ("직무" -> position, "경력" -> one period per
value, "기술" -> the stack, "프로젝트" -> the employer's projects).
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing import labels
from resumes.parsing.dates import find_periods
from resumes.parsing.field_words import field_key, reader_words
from resumes.parsing.lines import HEADING, Line

# Labels that name a job's facts and never a personal project's: the heading over them is an
# employer (the field lexicon's "employer_lists" words, field_words.yaml).
EMPLOYER_LABELS = frozenset(field_key(word) for found in reader_words("employer_lists").values() for word in found)
# "경력" over a list of periods is the job's tenure, whatever the lexicon files it under.
_PERIOD_WORDS = frozenset({"경력", "경력 기간"})
# A bracket after the company that only holds a link's words ("안랩 (포트폴리오 클릭)").
_LINK_NOTE = re.compile(
    r"\s*[(（]\s*(?:포트폴리오|portfolio|링크|link|자세히|상세)?\s*(?:클릭|보기|바로가기|click|more)?\s*[)）]\s*$", re.I
)
_URL = re.compile(r"\s*https?://\S+")


def _label(line: Line) -> str | None:
    """The field a bold list item names when it is a label alone ("**직무**", "**기술:**")."""
    if not (line.bullet and line.strong and line.kind != HEADING):
        return None
    word = line.flat.rstrip(":：").strip().lower()
    if word in _PERIOD_WORDS:
        return labels.PERIOD
    found = labels.label_of(Line(text=f"{word}:"))
    return found[0] if found else None


def _values(lines: list[Line], index: int) -> list[Line]:
    """The list items nested under the label at `index`."""
    label = lines[index]
    values = []
    for line in lines[index + 1 :]:
        if not line.text:
            continue
        if line.kind == HEADING or line.level <= label.level:
            break
        values.append(line)
    return values


def _entry_end(lines: list[Line], start: int) -> int:
    heading = lines[start]
    for index in range(start + 1, len(lines)):
        if lines[index].kind == HEADING and lines[index].level <= heading.level:
            return index
    return len(lines)


def employer_headings(lines: list[Line]) -> set[int]:
    """Indexes of the headings whose own part holds a label list only a job has."""
    found = set()
    for start, line in enumerate(lines):
        if line.kind != HEADING:
            continue
        part = lines[start + 1 : _entry_end(lines, start)]
        if any(
            _label(other) and field_key(other.flat.rstrip(":：")) in EMPLOYER_LABELS and _values(part, i)
            for i, other in enumerate(part)
        ):
            found.add(start)
    return found


def read_label_lists(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The lines with each employer's label lists made labelled lines and the link note off its
    heading, and the ids of those employer headings."""
    employers = employer_headings(lines)
    if not employers:
        return lines, set()
    result: list[Line] = []
    heading_ids: set[int] = set()
    entry = _Entry()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == HEADING:
            result.extend(entry.stints())
            entry = _Entry()
            if index in employers:
                line = dataclasses.replace(line, text=_LINK_NOTE.sub("", line.text) or line.text)
                heading_ids.add(id(line))
                entry = _Entry(line)
        field = _label(line) if entry.heading is not None else None
        values = _values(lines, index) if field else []
        if not values:
            result.append(line)
            index += 1
            continue
        result.extend(entry.add(_labelled(field, values)))
        index = next(i for i in range(index, len(lines)) if lines[i] is values[-1]) + 1
    return result + entry.stints(), heading_ids


@dataclasses.dataclass
class _Entry:
    """An employer heading's labelled lines: its position, and the periods after its first, each
    written out after the entry as the same heading, position and period again."""

    heading: Line | None = None
    position: list[Line] = dataclasses.field(default_factory=list)
    later: list[Line] = dataclasses.field(default_factory=list)

    def add(self, labelled: list[Line]) -> list[Line]:
        if labelled and labelled[0].field == labels.POSITION:
            self.position = labelled[:1]
        if labelled and labelled[0].field == labels.PERIOD:
            self.later += labelled[1:]
            return labelled[:1]
        return labelled

    def stints(self) -> list[Line]:
        return [line for period in self.later for line in [self.heading, *self.position, period]]


def _labelled(field: str, values: list[Line]) -> list[Line]:
    texts = [value.flat for value in values]
    if field == labels.PERIOD:
        # the first period is the entry's; each further one a stretch of its own at the same employer
        periods = [text for text in texts if find_periods(text)]
        first = [Line(text=periods[0], field=field)] if periods else []
        return first + [Line(text=text, field=field) for text in periods[1:]]
    if field == labels.PROJECT:
        return [Line(text=_URL.sub("", text).strip() or text, field=field) for text in texts]
    return [Line(text=", ".join(texts), field=field)]
