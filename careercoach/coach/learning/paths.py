"""Strength paths and strength lines: quote the line that proves the area and deepen it through
the technology that line names (catalog `advanced` topics not already on the resume), else
through the area's own study topics."""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import find_technologies
from careercoach.coach.knowledge import areas_in
from careercoach.coach.learning.resources import (
    advanced_topics,
    finish_path,
    resume_text,
    safe_link,
    sentence_case,
    topic_name,
)
from careercoach.coach.learning.strengths import StrengthPick
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.phrasing import phrases, render_first, render_nth
from careercoach.coach.resume import Achievement
from careercoach.coach.text import QUOTE_MAX_CHARS, clauses, fold, has_hangul, has_measurement, quotable


def _evidence_quote(pick: StrengthPick) -> str:
    """The part of the line that shows the strength. A long line is quoted by its measured clause,
    which may not be the part that shows the area ("급여 계산 오류 CS를 월 10건에서 1건 이하로
    감소" shows no testing; "JUnit5 + Testcontainers로 통합 테스트 120여 개를 작성" does)."""
    line = pick.line
    if line is None or not line.quote:
        return ""
    if _shows(line.quote, pick):
        return line.quote
    parts = clauses(line.text)
    about = [p for p in parts if _shows(p, pick)]
    if not about:
        return line.quote
    head = quotable(about[0])
    measured = [p for p in parts if has_measurement(p) and p != about[0]]
    limit = QUOTE_MAX_CHARS["ko" if has_hangul(line.text) else "en"]
    if measured and head and len(head) + len(measured[-1]) + 3 <= limit:
        return f"{head} … {measured[-1]}"
    return head or line.quote


def _shows(text: str, pick: StrengthPick) -> bool:
    if pick.tech is not None and pick.tech in find_technologies(text):
        return True
    return pick.area.id in areas_in(fold(text))


def quote_for(line: Achievement | None, language: str, pick: StrengthPick | None = None) -> str:
    if pick is not None and line is not None and line.quote:
        quote = _evidence_quote(pick)
        return quote if has_hangul(quote) == (language == "ko") else ""
    if line is None or not line.quote:
        return ""
    return line.quote if has_hangul(line.quote) == (language == "ko") else ""


def _tech_strength(
    pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str, index: int, slots: dict
) -> tuple[str, str, str, list[str], str]:
    """(title, description, reason, resources, link) of a strength shown with a technology:
    its advanced topics, worded for work or for a side project."""
    table = phrases("learning")["strength"]
    area, tech = pick.area, pick.tech
    advanced = advanced_topics(tech, language, resume_text(analysis))
    label = tech_label(tech, analysis)
    slots.update(tech=label, adv1=advanced[0] if advanced else "", adv2=advanced[1] if len(advanced) > 1 else "")
    title = render_nth(table["title"][language], slots, seed, index, "s-title")
    # Side projects and coursework are hands-on, not production: no "운영 수준" for them.
    at_work = pick.unit is not None and pick.unit.kind == "work"
    description = render_nth(
        table["description" if at_work else "description_project"][language], slots, seed, index, "s-desc"
    )
    names_tech = pick.line is not None and tech in pick.line.techs
    reason_key = ("reason_quote" if at_work else "reason_quote_project") if names_tech else "reason_area_quote"
    reason = render_nth(table[reason_key][language], slots, seed, index, "s-reason") or render_nth(
        table["reason_tech"][language], slots, seed, index, "s-reason"
    )
    docs = render_first(table["resource_docs"][language], slots, seed, "s-docs")
    return title, description, reason, advanced[:3] + [docs], safe_link(tech.docs, area.link_for(analysis.role))


def _area_strength(
    pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str, index: int, slots: dict
) -> tuple[str, str, str, list[str], str]:
    """(title, description, reason, resources, link) of a strength with no technology to
    deepen: the area's own resources."""
    table = phrases("learning")["strength"]
    area = pick.area
    area_resources = area.resources_for(analysis.role, language)
    first = topic_name(area_resources[0]) if area_resources else ""
    slots.update(first=first, tech="")
    title = render_nth(table["title_area"][language], slots, seed, index, "s-title")
    description = render_nth(table["description_area"][language], slots, seed, index, "s-desc")
    reason = render_nth(table["reason_area"][language], slots, seed, index, "s-reason") or render_nth(
        table["reason_area_plain"][language], slots, seed, index, "s-reason"
    )
    return title, description, reason, area_resources, safe_link(area.link_for(analysis.role))


def strength_path(
    pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str, index: int = 0
) -> dict | None:
    area = pick.area
    slots = {
        "area": area.label(language),
        "anchor": anchor_text(pick.unit, language, seed) if pick.unit else "",
        "quote": quote_for(pick.line, language, pick),
        "count": str(pick.evidence_count) if pick.evidence_count >= 2 else "",
    }
    build = _tech_strength if pick.tech is not None else _area_strength
    title, description, reason, resources, link = build(pick, analysis, language, seed, index, slots)
    if not (title and description and reason and link):
        return None
    resources = [r for r in resources if r][:4]
    if len(resources) < 2:
        resources += [r for r in area.resources_for(analysis.role, language) if r not in resources][
            : 2 - len(resources)
        ]
    return finish_path(
        {
            "type": "strength",
            "title": title,
            "description": description,
            "reason": reason,
            "resources": resources[:8],
            "link": link,
        },
        language,
    )


def strength_line(pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str, index: int = 0) -> str:
    table = phrases("learning")["analysis"]
    anchor = anchor_text(pick.unit, language, seed) if pick.unit else ""
    evidence = ""
    if quote_for(pick.line, language, pick):
        evidence = quote_for(pick.line, language, pick)
    elif pick.tech is not None:
        evidence = tech_label(pick.tech, analysis, pick.unit)
    slots = {"area": pick.area.label(language), "anchor": anchor, "evidence": evidence}
    text = (
        render_nth(table["strength"][language], slots, seed, index, "a-strength")
        or render_nth(table["strength_plain"][language], slots, seed, index, "a-strength")
        or pick.area.label(language)
    )
    return sentence_case(text) if language == "en" else text
