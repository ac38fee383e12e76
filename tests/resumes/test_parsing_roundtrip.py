"""Resumes rendered to PDF, DOCX and text the way people lay them out parse back to the source.

The sources are a Korean and an English development resume and the DESIGN.md example; each is
rendered in every layout of tests/resumes/documents.py and compared field by field.
"""

from __future__ import annotations

import datetime
import json

import pytest

from resumes.parsing import parse_resume
from resumes.parsing.tech_mentions import entry_texts
from resumes.parsing.technologies import mentioned_technologies, technology_key
from tests.resumes import documents
from tests.resumes.conftest import EXAMPLES, RESUMES

TODAY = datetime.date(2025, 7, 1)
SOURCES = {
    "ko_backend_python_junior": RESUMES / "ko_backend_python_junior.json",
    "en_devops_junior": RESUMES / "en_devops_junior.json",
    "resume_example": EXAMPLES / "resume-example.json",
}
RENDERERS = {"pdf": documents.render_pdf, "docx": documents.render_docx, "text": documents.render_text}
CASES = [(source, kind, style) for source in SOURCES for kind in RENDERERS for style in documents.STYLES]


def load_source(name: str) -> dict:
    return json.loads(SOURCES[name].read_text(encoding="utf-8"))


def render(resume: dict, kind: str, style: str) -> bytes:
    if (
        kind == "pdf"
        and documents.HANGUL.search(json.dumps(resume, ensure_ascii=False))
        and documents.korean_font_path() is None
    ):
        pytest.skip("no Korean TrueType font to render a Korean PDF: apt-get install fonts-nanum")
    rendered = RENDERERS[kind](resume, style=style)
    return rendered.encode("utf-8") if isinstance(rendered, str) else rendered


def parse_rendered(source_name: str, kind: str, style: str):
    source = load_source(source_name)
    result = parse_resume(render(source, kind, style), filename=f"resume.{kind}", today=TODAY)
    return source, result, kind, style


@pytest.fixture(params=CASES, ids=["-".join(case) for case in CASES])
def round_trip(request):
    return parse_rendered(*request.param)


def tech_keys(names) -> set[str]:
    return {technology_key(name) for name in names}


def test_parsed_source_type_follows_the_content(round_trip):
    _, result, kind, _ = round_trip
    assert result.source_type == kind
    assert result.warnings == []


def test_name_and_contact_read_back(round_trip):
    source, result, _, _ = round_trip
    assert result.draft["name"] == source["name"]
    assert result.draft["contact"] == source["contact"]


def test_company_names_and_project_names_read_back(round_trip):
    source, result, _, _ = round_trip
    draft = result.draft
    assert [w["company"] for w in draft["work_experiences"]] == [w["company"] for w in source["work_experiences"]]
    assert [w["project_name"] for w in draft["work_experiences"]] == [
        w["project_name"] for w in source["work_experiences"]
    ]
    assert [p["name"] for p in draft["personal_projects"]] == [p["name"] for p in source["personal_projects"]]


def test_tech_stacks_read_back_as_normalised_sets(round_trip):
    """The declared stack reads back; what the parser adds is named in the entry's own text and
    marked as guessed (tech_mentions.py), and the skills add only what the summary names."""
    source, result, _, _ = round_trip
    draft = result.draft
    for kind in ("work_experiences", "personal_projects"):
        for index, (parsed, expected) in enumerate(zip(draft[kind], source[kind], strict=True)):
            declared = tech_keys(expected["tech_stack"])
            added = tech_keys(parsed["tech_stack"]) - declared
            assert declared <= tech_keys(parsed["tech_stack"])
            assert added <= tech_keys(mentioned_technologies("\n".join(entry_texts(expected))))
            assert not added or f"{kind}[{index}].tech_stack" in result.guessed
    parsed_skills = tech_keys(n for names in draft["technical_skills"].values() for n in names)
    source_skills = tech_keys(n for names in source["technical_skills"].values() for n in names)
    assert source_skills <= parsed_skills
    assert parsed_skills - source_skills <= tech_keys(mentioned_technologies(source.get("summary") or ""))


def test_total_experience_months_match_source_and_are_marked_guessed(round_trip):
    source, result, _, _ = round_trip
    assert result.draft["total_experience_months"] == source["total_experience_months"]
    assert "total_experience_months" in result.guessed


def test_achievement_bullets_read_back_word_for_word(round_trip):
    source, result, _, _ = round_trip
    for parsed, expected in zip(result.draft["work_experiences"], source["work_experiences"], strict=True):
        assert parsed["achievements"] == expected["achievements"]
        assert parsed["project_description"] == expected["project_description"]


@pytest.mark.parametrize("source_name", SOURCES)
@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("style", ["classic", "compact"])
def test_team_size_line_reads_back_as_a_number(source_name, kind, style):
    source, result, _, _ = parse_rendered(source_name, kind, style)
    assert [w["team_size"] for w in result.draft["work_experiences"]] == [
        w["team_size"] for w in source["work_experiences"]
    ]


def test_education_institutions_read_back(round_trip):
    source, result, _, _ = round_trip
    assert [e["institution"] for e in result.draft["education"]] == [e["institution"] for e in source["education"]]


@pytest.mark.parametrize("source_name", SOURCES)
@pytest.mark.parametrize("kind", RENDERERS)
def test_classic_layout_reads_back_every_field(source_name, kind):
    """The classic layout states every field of the format, so the whole draft must match
    (the compact one leaves out skill categories and expiry dates)."""
    source, result, _, _ = parse_rendered(source_name, kind, "classic")
    assert declared_only(result.draft, source) == source
    assert [path for path in result.guessed if not path.endswith(".tech_stack")] == ["total_experience_months"]


def declared_only(draft: dict, source: dict) -> dict:
    """The draft without what the parser added to the stacks and skills from the resume's prose
    (test_tech_stacks_read_back_as_normalised_sets checks those additions)."""
    draft = json.loads(json.dumps(draft))
    for kind in ("work_experiences", "personal_projects"):
        for parsed, expected in zip(draft[kind], source[kind], strict=False):
            declared = tech_keys(expected["tech_stack"])
            parsed["tech_stack"] = [name for name in parsed["tech_stack"] if technology_key(name) in declared]
    listed = tech_keys(n for names in source["technical_skills"].values() for n in names)
    for key, names in draft["technical_skills"].items():
        draft["technical_skills"][key] = [name for name in names if technology_key(name) in listed]
    return draft


def test_draft_has_every_top_level_key_of_the_format(round_trip):
    source, result, _, _ = round_trip
    assert list(result.draft) == list(source)
    assert list(result.draft["technical_skills"]) == list(source["technical_skills"])
