"""Entry headings written as a label and its value ("회사명: 누리랩", "📌 프로젝트명: 사내 메신저").

Notion and Google Docs career write-ups set each entry's name as a bold or large label line, the
same "label: value" the rest of the entry uses, but standing where a heading names the entry.
The readers of entry headings take a heading whole, so the label stayed in the company or the
project name. In a work section the company's label, and in a projects section the project's,
only says which field the heading's value is: the heading keeps its value alone.
"""

from __future__ import annotations

import dataclasses

from resumes.parsing.labels import COMPANY, PROJECT, label_of
from resumes.parsing.lines import HEADING, Line, strip_icons
from resumes.parsing.section_names import PROJECTS, WORK

# The field whose label may title each section's entries.
ENTRY_NAME_FIELDS = {WORK: COMPANY, PROJECTS: PROJECT}


def unlabelled_headings(found: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """The sections with each entry heading that carries its name's label ("회사명: 누리랩") made
    the bare value; other lines as they were."""
    return [(section, [_unlabelled(line, ENTRY_NAME_FIELDS.get(section)) for line in part]) for section, part in found]


def _unlabelled(line: Line, field: str | None) -> Line:
    if field is None or line.bullet or line.cells or not (line.kind == HEADING or line.strong):
        return line
    label = label_of(dataclasses.replace(line, text=strip_icons(line.text), field=""))
    if label is None or label[0] != field or not label[1]:
        return line
    return dataclasses.replace(line, text=label[1])
