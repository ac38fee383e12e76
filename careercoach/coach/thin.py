"""Questions and a first learning path for a resume with no work and at most one project.

Such a resume has no "work so far" to ask about: the questions say so once, ask the
fundamentals of the skills it lists at a junior level (catalog concepts and pitfalls), how
the person would set up and test a project, and what they want to build; a one-project resume
keeps up to two questions on its own lines. The plan starts with building (or finishing) one
portfolio project. Wording in data/phrasing/thin.yaml.
"""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.checklist import catalog_items, known_technologies
from careercoach.coach.naming import tech_label
from careercoach.coach.phrasing import MissingSlot, phrases, render
from careercoach.coach.selection import PLANS

THIN_SITUATIONS = ("empty", "thin")
# A project question may take the place of these bank entries (same type), in this order.
_REPLACEABLE = (0, 3)


def is_thin(analysis: ResumeAnalysis) -> bool:
    return analysis.situation in THIN_SITUATIONS


def main_tech(analysis: ResumeAnalysis, language: str) -> Technology | None:
    """The technology to ask fundamentals about: the one project's main technology, else a
    listed language (Python: language and tooling questions), then a framework, whichever the
    catalog can say something about."""
    project = analysis.technologies()
    if project:
        # The one project's own stack is what an interviewer asks about: React before JavaScript.
        options = [t for t in project if t.items("concepts", language)]
        options.sort(key=lambda t: t.category == "language")
    else:
        options = [t for t in analysis.skills if t.items("concepts", language)]
        options.sort(key=lambda t: (t.category != "language", t.category not in ("framework", "frontend", "mobile")))
    return options[0] if options else None


def _slots(analysis: ResumeAnalysis, language: str) -> dict:
    table = phrases("thin")
    tech = main_tech(analysis, language)
    known = known_technologies(analysis)
    fallback = {k: v[language] for k, v in table["fallback_items"].items()}
    if tech is None:
        return {"tech": table["fallback_tech"][language], **fallback}
    seed = analysis.seed
    concepts = catalog_items(tech, "concepts", language, seed, 2, known=known)
    failures = catalog_items(tech, "failure_modes", language, seed, 1, known=known)
    testing = catalog_items(tech, "testing", language, seed, 1, known=known)
    return {
        "tech": tech_label(tech, analysis),
        "concept": concepts[0] if concepts else fallback["concept"],
        "concept2": concepts[1] if len(concepts) > 1 else fallback["concept2"],
        "failure": failures[0] if failures else fallback["failure"],
        "testing": testing[0] if testing else fallback["testing"],
    }


def _bank_question(entry: dict, slots: dict, language: str) -> dict:
    covers = []
    for template in entry["covers"][language]:
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if text not in covers:
            covers.append(text)
    return {
        "type": entry["type"],
        "difficulty": entry["difficulty"],
        "topic": render(entry["topic"][language], slots)[:200],
        "question": render(entry[language], slots)[:1200],
        "what_good_answers_cover": [c[:400] for c in covers[:4]],
        "source": "technical_skills",
    }


def thin_questions(analysis: ResumeAnalysis, language: str, project_questions: list[dict]) -> list[dict]:
    """Five questions: the bank of thin.yaml, with up to two questions on the one project's own
    lines in place of the fundamentals ones; the first question says why it is not personal."""
    table = phrases("thin")
    slots = _slots(analysis, language)
    questions = [_bank_question(entry, slots, language) for entry in table["questions"]]
    for position, own in zip(_REPLACEABLE, project_questions[:2], strict=False):
        questions[position] = {**own, "difficulty": questions[position]["difficulty"]}
    intro = table["intro_project" if project_questions else "intro"][language]
    questions[0]["question"] = f"{intro} {questions[0]['question']}"[:1200]
    difficulties = sorted(
        (d for d, _ in PLANS.get(analysis.band, PLANS["junior"])), key=("easy", "medium", "hard").index
    )
    for question, difficulty in zip(questions, difficulties, strict=False):
        question["difficulty"] = difficulty
    return questions


def thin_summary(language: str, band_role: str, weaknesses: str) -> str:
    table = phrases("thin")
    focus = render(table["focus"][language], {"band_role": band_role, "weaknesses": weaknesses}) if weaknesses else ""
    return f"{table['portfolio']['reason'][language]} {focus}".strip()


def portfolio_path(analysis: ResumeAnalysis, language: str) -> dict:
    """The first path of a thin plan: build one project end to end (or finish the one there is),
    with what to put on the resume afterwards."""
    table = phrases("thin")["portfolio"]
    tech = main_tech(analysis, language)
    project = next((u for u in analysis.units if u.kind == "project" and u.name), None)
    slots = {
        "tech": tech_label(tech, analysis) if tech else phrases("thin")["fallback_tech"][language],
        "project": project.name if project else "",
    }
    key = "_project" if project else ""
    return {
        "type": "strength",
        "title": render(table["title" + key][language], slots)[:200],
        "description": render(table["description" + key][language], slots)[:1200],
        "reason": render(table["reason"][language], slots)[:1200],
        "resources": list(table["resources"][language]),
        "link": table["link"],
    }
