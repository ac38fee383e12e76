"""Entry headings written as a label and its value ("회사명: 누리랩", "📌 프로젝트명: 사내 메신저").

Notion and Google Docs career write-ups set each entry's name as a bold or large label line, the
same "label: value" the rest of the entry uses, but standing where a heading names the entry.
The readers of entry headings take a heading whole, so the label stayed in the company or the
project name. In a work section the company's label, and in a projects section the project's,
only says which field the heading's value is: the heading keeps its value alone.

The same label also tells what an unknown section holds: under "기타 경험 (Other Experience)",
a heading no section name matches, an entry opening with "프로젝트명: …" makes it a projects
section, where it would have been set aside with the section.
"""

from __future__ import annotations

import dataclasses

from resumes.parsing.labels import COMPANY, PROJECT, label_of
from resumes.parsing.lines import HEADING, Line, strip_icons
from resumes.parsing.section_names import IGNORED, PROJECTS, WORK

# The field whose label may title each section's entries.
ENTRY_NAME_FIELDS = {WORK: COMPANY, PROJECTS: PROJECT}


def sections_by_labels(found: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """The sections, an unknown one whose first entry opens with the label of a company or a
    project made a work or projects section (its own heading left out)."""
    result = []
    for section, part in found:
        lines = part[1:] if part and part[0].kind == HEADING else part
        first = next((line for line in lines if line.text.strip()), None)
        label = label_of(dataclasses.replace(first, text=strip_icons(first.text))) if first is not None else None
        kind = next((kind for kind, field in ENTRY_NAME_FIELDS.items() if label and label[0] == field), None)
        if section == IGNORED and kind is not None and label[1]:
            result.append((kind, lines))
        else:
            result.append((section, part))
    return result


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
