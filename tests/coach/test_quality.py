"""What a reader of the outputs would check by hand, asserted on varied resumes.

Checklists are about the question asked, weaknesses never contradict the resume, strengths quote
a line that shows them, a rich resume gets a fuller plan, and Korean text has no template seams.
"""

import json
import re
from pathlib import Path

import pytest

from careercoach.coach import generate_interview, generate_learning
from careercoach.coach.analysis import analyze
from careercoach.coach.catalog import all_technologies, find_technologies
from careercoach.coach.knowledge import load_knowledge
from careercoach.coach.learning import strength_picks
from careercoach.coach.phrasing import phrases, render
from tests.coach.resumes import (
    NEW_PEOPLE,
    english_senior_go,
    korean_backend_junior,
    student_without_work,
    unknown_stack_resume,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "resume-example.json"


def example_resume() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


PEOPLE = [
    *NEW_PEOPLE,
    example_resume,
    korean_backend_junior,
    english_senior_go,
    student_without_work,
    unknown_stack_resume,
]
IDS = [builder.__name__ for builder in PEOPLE]

KIND_OF_ITEMS = ("concepts", "failure_modes", "scaling", "testing", "advanced")


def item_owners() -> dict[str, set[str]]:
    """Catalog item text -> ids of the technologies that list it."""
    owners: dict[str, set[str]] = {}
    for tech in all_technologies():
        for kind in KIND_OF_ITEMS:
            for language in ("ko", "en"):
                for item in tech.items(kind, language):
                    owners.setdefault(item, set()).add(tech.id)
    return owners


OWNERS = item_owners()


def catalog_items_in(cover: str) -> set[str]:
    """Technologies whose catalog item a checklist entry is ("why Kafka: <item>" counts too)."""
    found = set()
    for part in {cover, cover.split(": ", 1)[-1]}:
        found |= OWNERS.get(part, set())
    return found


def named_in(text: str) -> set[str]:
    return {t.id for t in find_technologies(text)}


def words(text: str) -> set[str]:
    return {w if not re.match(r"[가-힣]", w) else w[:2] for w in re.findall(r"[가-힣]{2,}|[a-z0-9]{3,}", text.lower())}


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_checklist_items_from_the_catalog_belong_to_a_technology_the_question_names(builder):
    for question in generate_interview(builder())["questions"]:
        subject = named_in(question["question"] + " " + question["topic"])
        for cover in question["what_good_answers_cover"]:
            owners = catalog_items_in(cover)
            assert not owners or owners & subject, (cover, question["question"])


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_every_checklist_shares_a_technology_or_concept_with_its_question(builder):
    for question in generate_interview(builder())["questions"]:
        text = question["question"] + " " + question["topic"]
        subject, subject_words = named_in(text), words(text)
        covers = question["what_good_answers_cover"]
        assert any(
            catalog_items_in(c) & subject or named_in(c) & subject or words(c) & subject_words for c in covers
        ), question


def test_a_line_about_kafka_and_sse_is_not_checked_against_the_web_frameworks_concepts():
    resume = korean_backend_junior()
    job = resume["work_experiences"][0]
    job["tech_stack"] = ["FastAPI", "Kafka", "MySQL", "Redis"]
    job["achievements"] = ["초당 500건 이상의 시세 데이터를 Kafka로 수집하고 Server-Sent Events로 실시간 전송"]
    questions = [q for q in generate_interview(resume)["questions"] if "초당 500건" in q["question"]]
    assert questions
    for question in questions:
        owners = set().union(*(catalog_items_in(c) for c in question["what_good_answers_cover"]))
        assert "fastapi" not in owners
        assert owners <= {"kafka", "server-sent-events"} | named_in(question["topic"])


def weakness_areas(output: dict, language: str) -> list[str]:
    """Areas named by the weakness lines and weakness paths (each starts with the area's name)."""
    labels = sorted(
        ((area.label(language), area.id) for area in load_knowledge().areas.values()), key=lambda item: -len(item[0])
    )
    texts = list(output["analysis"]["weaknesses"]) + [
        p["title"] for p in output["learning_paths"] if p["type"] == "weakness"
    ]
    found = []
    for text in texts:
        head = text.split(":")[0].lower()
        area = next((aid for label, aid in labels if label.lower() in head), None)
        assert area is not None, text
        found.append(area)
    return found


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_no_weakness_is_an_area_the_resume_demonstrates(builder):
    resume = builder()
    analysis = analyze(resume)
    output = generate_learning(resume)
    assert not set(weakness_areas(output, output["language"])) & set(analysis.demonstrated)


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_an_area_the_resume_touches_on_is_never_called_absent(builder):
    resume = builder()
    analysis = analyze(resume)
    output = generate_learning(resume)
    language = output["language"]
    absent = phrases("learning")["analysis"]["weakness"][language]
    knowledge = load_knowledge()
    for area_id, area in knowledge.areas.items():
        if analysis.traces.get(area_id, 0.0) <= 0:
            continue
        claims = {render(t, {"area": area.label(language)}).lower() for t in absent}
        for line in output["analysis"]["weaknesses"]:
            assert line.lower() not in claims, line


def test_microservices_behind_an_api_gateway_are_system_design_and_distributed_systems():
    resume = korean_backend_junior()
    resume["work_experiences"][0]["achievements"] = [
        "주문·결제·알림을 독립적인 마이크로서비스로 분리하고 API Gateway로 요청을 라우팅하는 MSA 구현"
    ]
    analysis = analyze(resume)
    assert {"system_design", "distributed_systems"} <= set(analysis.demonstrated)
    assert "system_design" not in weakness_areas(generate_learning(resume), "ko")


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_every_strength_quotes_a_line_that_shows_it(builder):
    analysis = analyze(builder())
    for pick in strength_picks(analysis):
        if pick.line is not None:
            assert pick.area.id in pick.line.shows or (pick.tech is not None and pick.tech in pick.line.techs), (
                pick.area.id,
                pick.line.text,
            )


def test_a_deployment_line_is_not_read_as_api_design():
    resume = korean_backend_junior()
    resume["work_experiences"][0]["tech_stack"] = ["Spring Boot", "Nginx", "AWS EC2"]
    resume["work_experiences"][0]["achievements"] = [
        "AWS EC2에 Spring Boot 애플리케이션 배포 및 Nginx 리버스 프록시를 통한 정적 파일 서빙 최적화로 응답 성능 향상"
    ]
    line = analyze(resume).units[0].achievements[0]
    assert "api_design" not in line.shows
    assert {"cloud", "performance"} <= line.shows


def test_a_resume_with_many_projects_gets_a_fuller_plan_than_a_thin_one():
    rich = generate_learning(example_resume())["learning_paths"]
    thin = generate_learning(korean_backend_junior())["learning_paths"]
    assert len(rich) >= 5
    assert 3 <= len(thin) <= 4
    assert sum(p["type"] == "strength" for p in rich) >= 3


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_the_summary_names_the_first_strengths(builder):
    output = generate_learning(builder())
    language = output["language"]
    strengths = [p for p in output["learning_paths"] if p["type"] == "strength"]
    knowledge = load_knowledge()
    first = output["analysis"]["strengths"][0].split(":")[0].split(",")[0].strip().lower()
    labels = {a.label(language).lower() for a in knowledge.areas.values()}
    assert strengths and first in labels
    assert first in output["summary"].lower()


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)


SEAMS = re.compile(
    r"None|\{|\}|\s{2,}|을를|를을|은는|는은|으로로|[A-Za-z0-9)'\"](?:이가|가이|과와|와과)"
    r"|(?<!\w)\(\)|\.\.(?!\.)|^\s|\s$"
)


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_output_text_has_no_template_seams(builder, language):
    resume = builder()
    for output in (generate_interview(resume, language), generate_learning(resume, language)):
        for text in all_strings(output):
            assert not SEAMS.search(text), text


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_no_two_questions_or_paths_open_with_the_same_sentence(builder):
    resume = builder()
    questions = generate_interview(resume)["questions"]
    asks = [re.split(r"(?<=[.?])\s", q["question"])[-1] for q in questions]
    assert len(set(asks)) == len(asks)
    paths = generate_learning(resume)["learning_paths"]
    for kind in ("strength", "weakness"):
        reasons = [p["reason"] for p in paths if p["type"] == kind]
        openings = [re.sub(r"['\"].*?['\"]", "", r)[-40:] for r in reasons]
        assert len(set(openings)) == len(openings), reasons


@pytest.mark.parametrize("builder", PEOPLE, ids=IDS)
def test_no_study_topic_teaches_what_a_line_of_the_resume_already_does(builder):
    resume = builder()
    lines = " ".join(a.text.lower() for u in analyze(resume).units for a in u.achievements)
    for path in generate_learning(resume)["learning_paths"]:
        if path["type"] != "strength":
            continue
        topic = path["title"].split(": ", 1)[-1].lower()
        assert topic not in lines, path["title"]
