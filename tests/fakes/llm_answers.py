"""Plausible answers for the fake LLM server, built from the resume inside the prompt, plus
the deliberately broken variants its behaviour script asks for. Resume extraction requests
are answered by llm_resume_answers."""

from __future__ import annotations

import json
import re

from careercoach.coach.bands import DIFFICULTY_MIX, experience_band
from tests.fakes.llm_resume_answers import extraction_answer

RESUME_BLOCK = re.compile(r"<resume_data>\s*(.*?)\s*</resume_data>", re.DOTALL)
QUESTION_TYPES = ["Implementation", "Trade-off", "Reliability", "Performance", "Collaboration"]


def find_resume(prompt: str) -> dict:
    """The resume JSON in the prompt; the tags may also be named in the instructions, so the
    first block that parses as an object wins."""
    for block in RESUME_BLOCK.findall(prompt):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict):
            return data
    names = re.findall(r'"(?:project_name|name)"\s*:\s*"([^"]+)"', prompt)
    return {"personal_projects": [{"name": n} for n in names[:3]]}


def resume_anchors(resume: dict) -> list[dict]:
    """Projects and jobs the answer can name, each with where it sits in the resume."""
    anchors = []
    for i, job in enumerate(resume.get("work_experiences") or []):
        name = job.get("project_name") or job.get("company")
        if name:
            anchors.append(
                {
                    "source": f"work_experiences[{i}]",
                    "name": name,
                    "tech": list(job.get("tech_stack") or []) or ["the main stack"],
                }
            )
    for i, project in enumerate(resume.get("personal_projects") or []):
        if project.get("name"):
            anchors.append(
                {
                    "source": f"personal_projects[{i}]",
                    "name": project["name"],
                    "tech": list(project.get("tech_stack") or []) or ["the main stack"],
                }
            )
    return anchors or [{"source": "summary", "name": "your most recent project", "tech": ["the main stack"]}]


def difficulties_for(resume: dict) -> list[str]:
    mix = DIFFICULTY_MIX[experience_band(resume.get("total_experience_months"))]
    return [level for level in ("easy", "medium", "hard") for _ in range(mix[level])]


def interview_answer(resume: dict, korean: bool, count: int = 5) -> dict:
    anchors = resume_anchors(resume)
    difficulties = difficulties_for(resume)
    questions = []
    for i in range(count):
        anchor = anchors[i % len(anchors)]
        tech = anchor["tech"][i % len(anchor["tech"])]
        qtype = QUESTION_TYPES[i % len(QUESTION_TYPES)]
        if korean:
            text = (
                f"{anchor['name']}에서 {tech}를 선택하고 운영하며 내린 {qtype} 관점의 결정을 구체적으로 설명해 주세요."
            )
            covers = [f"{tech} 도입 이유와 대안 비교", "측정한 지표와 결과", "다시 한다면 바꿀 점"]
        else:
            text = f"In {anchor['name']}, walk me through a {qtype.lower()} decision you made around {tech}."
            covers = [
                f"why {tech} and which alternatives were weighed",
                "numbers measured before and after",
                "what they would change now",
            ]
        questions.append(
            {
                "type": qtype,
                "difficulty": difficulties[i % 5],
                "topic": f"{qtype}, {tech}",
                "question": text,
                "what_good_answers_cover": covers,
                "source": anchor["source"],
            }
        )
    return {"questions": questions}


def learning_answer(resume: dict, korean: bool, count: int = 4) -> dict:
    anchors = resume_anchors(resume)
    first = anchors[0]
    paths = [
        {
            "type": "strength",
            "title": f"Deeper {first['tech'][0]}",
            "description": f"Build on {first['name']} with advanced {first['tech'][0]} patterns.",
            "reason": f"{first['name']} already shows hands-on {first['tech'][0]} work.",
            "resources": ["Official documentation", "Production checklists"],
            "link": "https://docs.python.org/3/",
        },
        {
            "type": "weakness",
            "title": "Observability basics",
            "description": "Metrics, logs and traces for the services you run.",
            "reason": f"The resume shows no monitoring work around {first['name']}.",
            "resources": ["Prometheus overview", "Grafana dashboards"],
            "link": "https://prometheus.io/docs/introduction/overview/",
        },
        {
            "type": "weakness",
            "title": "Testing strategy",
            "description": "Unit, integration and end-to-end tests for a service.",
            "reason": "No automated tests are mentioned in the projects.",
            "resources": ["pytest documentation", "Test pyramid"],
            "link": "https://docs.pytest.org/",
        },
        {
            "type": "strength",
            "title": "Containers in production",
            "description": "Image hardening and multi-stage builds.",
            "reason": f"{first['name']} already ships containers.",
            "resources": ["Docker docs", "Dockerfile best practices"],
            "link": "https://docs.docker.com/",
        },
    ][:count]
    if korean:
        for path in paths:
            path["description"] = f"{first['name']} 경험을 바탕으로 학습합니다. " + path["description"]
            path["reason"] = f"이력서의 {first['name']} 프로젝트 근거: " + path["reason"]
    return {
        "analysis": {
            "strengths": [f"Hands-on work in {first['name']}"],
            "weaknesses": ["Little monitoring or testing"],
        },
        "summary": f"Grow from {first['name']} towards operating services in production.",
        "learning_paths": paths,
    }


def answer_text(kind: str, prompt: str, behaviour: str) -> str:
    if kind == "extract":
        data = extraction_answer(prompt, behaviour)
        return _as_text(data, behaviour, 'Here is the resume: {"name": "Dana Kim", "work_experiences": [')
    resume = find_resume(prompt)
    korean = "Output language: Korean" in prompt
    if kind == "interview":
        count = {"wrong_count": 4, "messy": 6}.get(behaviour, 5)
        data = interview_answer(resume, korean, count=count)
        if behaviour == "messy":
            data["questions"][1]["type"] = "tradeoff"
            data["questions"][0]["difficulty"] = " EASY "
            data["questions"][2]["what_good_answers_cover"] += ["a fourth point", "a fifth point"]
    else:
        data = learning_answer(resume, korean, count=2 if behaviour == "wrong_count" else 4)
        if behaviour == "messy":
            data["learning_paths"][0]["type"] = "Strength"
            data["learning_paths"].append(dict(data["learning_paths"][1], link="http://insecure.example.org/"))
    if behaviour == "wrong_types":
        data = {"questions": "five questions"} if kind == "interview" else dict(data, learning_paths={"a": 1})
    return _as_text(data, behaviour, 'Sure! Here are the questions: {"questions": [{"type": "Implementation", ')


def _as_text(data: dict, behaviour: str, malformed: str) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if behaviour == "fenced":
        return "Here is the JSON you asked for:\n```json\n" + text + "\n```\n"
    if behaviour == "malformed":
        return malformed
    return text
