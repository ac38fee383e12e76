"""The work reader's entries as it builds them (work.py), and the dictionaries the draft keeps.

Kept apart from the reader so the helpers that file labelled lines and projects (work_labels.py,
work_projects.py) share one shape of entry with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resumes.parsing.blocks import spaced_cells
from resumes.parsing.positions import split_position
from resumes.parsing.roles import looks_like_location, position_and_tech


@dataclass
class Employer:
    company: str | None = None
    position: str | None = None
    level: int = 0  # the level of the heading that named it, 0 when not a heading
    guessed: bool = False  # the position read from an unlabelled line, which a labelled one replaces


@dataclass
class WorkEntry:
    employer: Employer
    duration: str | None = None
    project_name: str | None = None
    description: list[str] = field(default_factory=list)
    tech_stack: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    team_size: int | None = None
    awaiting_project: bool = True  # opened by an employer line, no project line met yet
    client: bool = False  # a client's project, its employer named below it ("소속: …")
    # The employer heading's own period, kept as an entry when its projects have periods of their own.
    tenure: bool = False
    # The employer's entry whose tenure a labelled project took as its period until its own
    # "기간:" line came (work_labels.py): that entry is kept when the two periods differ.
    tenure_of: WorkEntry | None = None

    @property
    def has_content(self) -> bool:
        return bool(self.project_name or self.description or self.achievements or self.tech_stack)

    def as_dict(self) -> dict:
        position, note = split_position(self.employer.position)
        position, tech = position_and_tech(position)
        notes = [note] if note and not looks_like_location(note) else []  # "Engineer · 결제 플랫폼"
        return {
            "company": spaced_cells(self.employer.company),
            "position": spaced_cells(position),
            "duration": self.duration,
            "project_name": spaced_cells(self.project_name),
            "project_description": "\n".join(notes + self.description) or None,
            "tech_stack": self.tech_stack + [name for name in tech if name not in self.tech_stack],
            "achievements": self.achievements,
            "team_size": self.team_size,
        }
