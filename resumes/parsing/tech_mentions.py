"""Technologies a resume names outside its stacks and skills list, read as strictly as any prose
(technologies.py).

A declared stack ("Engineer (Java/JS)", "사용기술: Laravel, Node.js") rarely names every tool the
entry's bullets do ("widgets in Java and Vue", "협업 도구(Trello, Slack)를 도입"), so an entry's
own text always adds to its stack, after the declared names. A technology named only in the
summary or in a table cell no entry kept ("ChatGPT 활용 교육" in a career table's course column)
belongs to no entry: it joins the skills, under its catalog category, rather than a stack nobody
declared. So does one named in the prose of the education and activities sections: a course's
"Ubuntu 환경에서 MySQL 구축, Java / Spring 웹 개발", a hackathon's stack, a degree's coursework
name what the person learned and built. A certificate's name is not read: it names an exam
passed, not a tool used (skill_words.NOT_SKILL_LABELS).
"""

from __future__ import annotations

import re

from resumes.parsing.lines import ROW, Line
from resumes.parsing.section_names import ACTIVITIES, EDUCATION, IGNORED, SKILLS
from resumes.parsing.tables import LINK, header_column
from resumes.parsing.technologies import OTHER_SKILLS, mentioned_technologies, skill_key, technology_key


def entry_texts(entry: dict) -> list[str]:
    """The prose of a work entry or a personal project: its name, description and bullets."""
    if "company" in entry:
        return [entry["project_name"] or "", entry["project_description"] or "", *entry["achievements"]]
    return [
        entry["name"] or "",
        entry["description"] or "",
        *entry["key_achievements"],
        *entry["architecture_highlights"],
    ]


def with_mentioned(stack: list[str], texts: list[str]) -> bool:
    """Add to the stack, after what it holds, each technology the texts name that it lacks (by
    catalog key, so "JS" declared and "JavaScript" in a bullet stay one); whether any was added."""
    known = {technology_key(name) for name in stack}
    written = " | ".join(_words(name) for name in stack)
    added = False
    for name in mentioned_technologies("\n".join(texts)):
        if f" {_words(name)} " in written:
            continue  # "AWS" or "Amazon RDS" inside a declared "AWS ECS", "Amazon RDS (PostgreSQL)"
        if technology_key(name) not in known:
            known.add(technology_key(name))
            stack.append(name)
            added = True
    return added


def _words(name: str) -> str:
    return " " + " ".join(re.findall(r"[\w.+#-]+", name.lower())) + " "


def outside_entries(draft: dict, found: list[tuple[str, list[Line]]]) -> list[str]:
    """The summary, the table cells outside the skills list and the ignored sections, and the
    lines of the education and activities sections."""
    lines = [line for section, part in found if section not in (SKILLS, IGNORED) for line in part]
    learned = [line.flat for section, part in found if section in (EDUCATION, ACTIVITIES) for line in part]
    return [draft["summary"] or "", *table_cells(lines), *(text for text in learned if text)]


def table_cells(lines: list[Line]) -> list[str]:
    """The cells of the table rows among the lines; a header row names columns, no technology,
    and a link column's "GitHub" names the site a link points to, not a tool used."""
    cells: list[str] = []
    links: set[int] = set()
    for line in lines:
        if line.kind != ROW:
            continue
        if line.header_row:
            links = {index for index, cell in enumerate(line.cells) if header_column(cell) == LINK}
            continue
        cells += [cell for index, cell in enumerate(line.cells) if index not in links]
    return cells


def with_named_elsewhere(draft: dict, texts: list[str]) -> bool:
    """Add to the skills each technology the texts name that neither the skills nor any stack
    holds; whether any was added."""
    skills = draft["technical_skills"]
    stacks = [entry["tech_stack"] for entry in draft["work_experiences"] + draft["personal_projects"]]
    known = {technology_key(name) for names in [*skills.values(), *stacks] for name in names}
    added = False
    for text in texts:
        for name in mentioned_technologies(text):
            if technology_key(name) not in known:
                known.add(technology_key(name))
                skills[skill_key(name) or OTHER_SKILLS].append(name)
                added = True
    return added
