"""From the lines of a document to a draft in the resume format, with what was guessed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from resumes.parsing import notices
from resumes.parsing import sections as s
from resumes.parsing.activities import parse_activities
from resumes.parsing.banners import banner_headings
from resumes.parsing.blocks import mark_full_lines, section_items
from resumes.parsing.career_tables import with_career_tables
from resumes.parsing.certifications import parse_certifications
from resumes.parsing.contact import find_contact, find_name, header_summary
from resumes.parsing.date_headings import with_date_headings
from resumes.parsing.dated_bullets import undate_achievements
from resumes.parsing.dates import months_covered
from resumes.parsing.duty_results import duties_over_results
from resumes.parsing.education import parse_education
from resumes.parsing.employer_below import employers_below
from resumes.parsing.employer_projects import merge_work, same_projects_once, split_employer_projects
from resumes.parsing.entry_headings import prepare_work_items, without_byline, without_notes
from resumes.parsing.entry_sublabels import without_sub_labels
from resumes.parsing.grouping import mark_group_titles
from resumes.parsing.inline_sections import with_inline_sections
from resumes.parsing.labelled_headings import sections_by_labels, unlabelled_headings
from resumes.parsing.lead_places import entries_without_lead_places, entries_without_place_projects
from resumes.parsing.lines import Line, text_of
from resumes.parsing.link_projects import without_link_projects
from resumes.parsing.markup import TEMPLATE_SYNTAX
from resumes.parsing.named_items import named_projects, sibling_titles
from resumes.parsing.notices import Notice
from resumes.parsing.project_groups import without_group_rows
from resumes.parsing.project_over_employer import projects_over_employers
from resumes.parsing.projects import parse_projects
from resumes.parsing.role_bullets import role_bullets_as_entries
from resumes.parsing.role_items import role_items_as_titles
from resumes.parsing.runin import split_run_in_labels
from resumes.parsing.shared_positions import with_shared_positions
from resumes.parsing.site_labels import site_label_items
from resumes.parsing.skill_chips import chip_rows
from resumes.parsing.skill_rows import split_gap_labels
from resumes.parsing.skills import empty_skills, parse_skills, skills_from_stacks, split_skill_cells
from resumes.parsing.slide_titles import without_repeated_titles
from resumes.parsing.stacked_roles import split_stacked_roles
from resumes.parsing.tables import expand_tables
from resumes.parsing.tech_mentions import entry_texts, outside_entries, with_mentioned, with_named_elsewhere
from resumes.parsing.timeline import timeline_lines
from resumes.parsing.timeline_headings import heading_timeline
from resumes.parsing.two_rows import two_row_headers
from resumes.parsing.work import parse_work

NAME_FIELD_LINES = 10  # a labelled name field is looked for this far into the document


def empty_draft() -> dict:
    return {
        "name": None,
        "contact": {"phone": None, "email": None, "github": None, "linkedin": None, "portfolio": None},
        "summary": None,
        "work_experiences": [],
        "total_experience_months": 0,
        "personal_projects": [],
        "technical_skills": empty_skills(),
        "certifications": [],
        "activities": [],
        "education": [],
    }


@dataclass
class Draft:
    draft: dict
    guessed: list[str] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


def _template_only(text: str) -> bool:
    """ "{{% steps %}}", "{{< /cards >}}": a static-site shortcode that a PDF or DOCX made from
    the page kept as text is markup, never content; the Markdown reader drops it already."""
    stripped = text.strip()
    return bool(stripped) and not TEMPLATE_SYNTAX.sub("", stripped).strip()


def _project_items(lines: list[Line], works: list[dict], *, wrapped: bool) -> list:
    """The projects section's items, its employer and role rows (project_groups.py) left out."""
    named = named_projects(without_group_rows(lines, works))
    return mark_group_titles(with_date_headings(without_repeated_titles(section_items(named, wrapped=wrapped))))


def build_draft(lines: list[Line], *, wrapped: bool, today: datetime.date, declared_name: str | None = None) -> Draft:
    result = Draft(empty_draft())
    draft = result.draft
    lines = split_run_in_labels([line for line in lines if not _template_only(line.text)])
    if wrapped:
        mark_full_lines(lines)
    found = _sections(lines)

    def lines_of(*names: str) -> list[Line]:
        return _section_lines(found, names)

    def items_of(name: str, **options):
        return section_items(lines_of(name), wrapped=wrapped, **options)

    header = lines_of(s.HEADER, s.CONTACT)
    top = expand_tables(lines[:NAME_FIELD_LINES])
    draft["name"] = find_name(lines_of(s.HEADER) or header, top=top, declared=declared_name)
    draft["contact"], schemed = find_contact(text_of(header), text_of(lines))
    result.guessed.extend(schemed)

    summary = [item.text for item in items_of(s.SUMMARY, labels=False)]
    draft["summary"] = "\n".join(summary) or header_summary(lines_of(s.HEADER), draft["name"])

    # no work heading: a dated list in the page's opening part is the career (timeline.py)
    work_lines = two_row_headers(lines_of(s.WORK))  # "Company ⇥ period" over "Title ⇥ place"
    work_items = section_items(work_lines, wrapped=wrapped) or section_items(
        timeline_lines(lines_of(s.HEADER)) or heading_timeline(lines_of(s.HEADER)), wrapped=wrapped
    )
    work_items = role_items_as_titles(
        site_label_items(with_date_headings(without_repeated_titles(work_items)))
    )  # "총 2년 11개월", "연봉 3,000만원"
    work_items = undate_achievements(prepare_work_items(_reshaped(work_items), s.lexicon_section))
    work = parse_work(duties_over_results(mark_group_titles(work_items)))  # "- 결제 API 개선" over "✓ …"
    project_items, employer_projects = split_employer_projects(
        _project_items(lines_of(s.PROJECTS), work.entries, wrapped=wrapped),
        work.entries,
    )
    entries = entries_without_place_projects(merge_work(work.entries, employer_projects))
    entries = without_byline(without_notes(same_projects_once(entries)), draft["name"])
    draft["work_experiences"] = with_shared_positions(entries_without_lead_places(entries))
    draft["personal_projects"] = parse_projects(sibling_titles(project_items))
    without_link_projects(draft)  # "포트폴리오 ⇥ https://…": the person's link, no project
    draft["certifications"] = parse_certifications(items_of(s.CERTIFICATIONS))
    draft["activities"] = parse_activities(items_of(s.ACTIVITIES, single_dates=True))
    draft["education"] = parse_education(items_of(s.EDUCATION, labels=False, single_dates=True))  # "Univ ⇥ May 2017"

    _infer_tech_stacks(result)
    skill_lines = chip_rows(lines_of(s.HEADER)) + lines_of(s.SKILLS)  # chips with no heading (skill_chips.py)
    skill_items = section_items(split_skill_cells(split_gap_labels(skill_lines)), wrapped=wrapped, labels=False)
    _fill_skills(result, skill_items, has_section=bool(skill_lines), elsewhere=outside_entries(draft, found))
    _total_months(result, work.periods, today)

    present = {section for section, part in found if part}
    if not present & {s.WORK, s.PROJECTS, s.SKILLS, s.EDUCATION}:
        result.warnings.append(Notice(notices.NO_SECTIONS))
    if draft["name"] is None:
        result.warnings.append(Notice(notices.NO_NAME))
    return result


def _sections(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The document's sections, each reshaped by what its lines say of it."""
    found, _ = s.split_sections(lines)
    found = sections_by_labels(found)  # "프로젝트명: …" opening an unknown section
    found = with_career_tables(with_inline_sections(found))  # "Skills: Python, Go" lines; "## 경력 요약" tables
    found = unlabelled_headings(found)  # "회사명: 누리랩" as a company heading
    return [(section, banner_headings(part) if section == s.WORK else part) for section, part in found]


def _section_lines(found, names: tuple[str, ...]) -> list[Line]:
    """The lines of the named sections, each part's tables read on their own: a table ending one
    part and a table opening the next are two tables."""
    projects = s.PROJECTS in names
    return [line for section, part in found if section in names for line in expand_tables(part, projects=projects)]


def _reshaped(items):
    """Work items with stacked roles split, dated titles joined to the employer line below them,
    dated project titles over their employer read as the employer's, and sub-labels inside a job set
    aside (stacked_roles.py, employer_below.py, project_over_employer.py, entry_sublabels.py)."""
    return role_bullets_as_entries(
        without_sub_labels(projects_over_employers(employers_below(split_stacked_roles(items))))
    )


def _infer_tech_stacks(result: Draft) -> None:
    """What an entry's own text names joins its stack after the declared names, marked as a guess
    (tech_mentions.py)."""
    for kind in ("work_experiences", "personal_projects"):
        for index, entry in enumerate(result.draft[kind]):
            if with_mentioned(entry["tech_stack"], entry_texts(entry)):
                result.guessed.append(f"{kind}[{index}].tech_stack")


def _fill_skills(result: Draft, items, *, has_section: bool, elsewhere: list[str]) -> None:
    draft = result.draft
    if has_section:
        section = parse_skills(items)
        draft["technical_skills"] = section.skills
        if section.guessed:
            result.guessed.append("technical_skills")
    else:
        stacks = [w["tech_stack"] for w in draft["work_experiences"]]
        stacks += [p["tech_stack"] for p in draft["personal_projects"]]
        if any(stacks):
            draft["technical_skills"] = skills_from_stacks(stacks)
            result.guessed.append("technical_skills")
    # "Experienced with: Git, Docker" in a summary, a course named in a table cell
    if with_named_elsewhere(draft, elsewhere) and "technical_skills" not in result.guessed:
        result.guessed.append("technical_skills")


def _total_months(result: Draft, periods, today: datetime.date) -> None:
    draft = result.draft
    if not draft["work_experiences"]:
        return
    if not periods:
        draft["total_experience_months"] = None
        result.warnings.append(Notice(notices.NO_PERIODS))
        return
    draft["total_experience_months"] = months_covered(periods, today)
    result.guessed.append("total_experience_months")
