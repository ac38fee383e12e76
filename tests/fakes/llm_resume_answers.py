"""What the fake LLM server answers to a resume extraction request: a plausible draft read
from the text between <resume_text> tags, with headings, "A | B | period" entry lines,
bullets and "Tech:" lines read the simple way a careful model would copy them, plus the
broken variants the behaviour script asks for."""

from __future__ import annotations

import re

TEXT_BLOCK = re.compile(r"<resume_text>\n(.*?)\n</resume_text>", re.DOTALL)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d -]{7,}\d")
GITHUB = re.compile(r"(?:https?://)?github\.com/[\w-]+", re.IGNORECASE)
PERIOD = re.compile(r"\d{4}[./-]\d{1,2}\s*[~-]\s*(?:\d{4}[./-]\d{1,2}|현재|present)", re.IGNORECASE)
HEADINGS = {
    "summary": "summary",
    "about": "summary",
    "소개": "summary",
    "요약": "summary",
    "experience": "work",
    "work experience": "work",
    "경력": "work",
    "projects": "projects",
    "personal projects": "projects",
    "프로젝트": "projects",
    "skills": "skills",
    "technical skills": "skills",
    "기술": "skills",
    "기술 스택": "skills",
    "education": "education",
    "학력": "education",
    "certifications": "certifications",
    "자격증": "certifications",
    "activities": "activities",
    "awards": "activities",
    "활동": "activities",
}
SKILL_LABELS = {
    "languages": "programming_languages",
    "frameworks": "frameworks",
    "databases": "databases",
    "messaging": "message_queue_caching",
    "cloud": "cloud_platforms",
    "devops": "devops_tools",
    "monitoring": "monitoring_tools",
}
SKILL_CATEGORIES = (
    "programming_languages",
    "frameworks",
    "databases",
    "message_queue_caching",
    "cloud_platforms",
    "devops_tools",
    "monitoring_tools",
    "others",
)


def resume_text(prompt: str) -> str:
    blocks = TEXT_BLOCK.findall(prompt)
    return blocks[-1] if blocks else ""


def split_sections(lines: list[str]) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"header": []}
    current = "header"
    for line in lines:
        key = line.strip().rstrip(":").lower()
        if key in HEADINGS:
            current = HEADINGS[key]
            sections.setdefault(current, [])
        elif line.strip():
            sections[current].append(line.strip())
    return sections


def items(values: str) -> list[str]:
    return [v.strip() for v in values.split(",") if v.strip()]


def entries(lines: list[str]) -> list[dict]:
    """Blocks opened by a line that is not a bullet: its parts split on "|"."""
    found = []
    for line in lines:
        if line.startswith("- ") and found:
            found[-1]["bullets"].append(line[2:].strip())
        elif line.lower().startswith(("tech:", "stack:")) and found:
            found[-1]["tech"] = items(line.split(":", 1)[1])
        elif line.lower().startswith("project:") and found:
            found[-1]["project"] = line.split(":", 1)[1].strip()
        elif (
            found and found[-1]["parts"] and not found[-1]["bullets"] and found[-1]["text"] is None and "|" not in line
        ):
            found[-1]["text"] = line
        else:
            parts = [p.strip() for p in line.split("|")]
            period = next((p for p in parts if PERIOD.search(p)), None)
            found.append(
                {
                    "parts": [p for p in parts if p != period],
                    "period": period,
                    "bullets": [],
                    "tech": [],
                    "project": None,
                    "text": None,
                }
            )
    return found


def work_entry(entry: dict) -> dict:
    parts = entry["parts"] + [None, None]
    return {
        "company": parts[0],
        "position": parts[1],
        "duration": entry["period"],
        "project_name": entry["project"],
        "project_description": entry["text"],
        "tech_stack": entry["tech"],
        "achievements": entry["bullets"],
        "team_size": None,
    }


def project_entry(entry: dict) -> dict:
    return {
        "name": entry["parts"][0],
        "duration": entry["period"],
        "description": entry["text"],
        "tech_stack": entry["tech"],
        "github_url": None,
        "demo_url": None,
        "key_achievements": entry["bullets"],
        "architecture_highlights": [],
    }


def skills(lines: list[str]) -> dict:
    found = {category: [] for category in SKILL_CATEGORIES}
    for line in lines:
        label, _, values = line.partition(":")
        category = SKILL_LABELS.get(label.strip().lower()) if values else None
        found[category or "others"] += items(values if category else line.lstrip("- "))
    return found


def draft_from_text(text: str) -> dict:
    lines = text.splitlines()
    sections = split_sections(lines)
    header = sections["header"]
    name = next(
        (line for line in header if not (EMAIL.search(line) or PHONE.search(line) or GITHUB.search(line))), None
    )
    joined = "\n".join(header)
    email, phone, github = EMAIL.search(joined), PHONE.search(joined), GITHUB.search(joined)
    return {
        "name": name,
        "contact": {
            "phone": phone and phone.group(),
            "email": email and email.group(),
            "github": github and github.group(),
            "linkedin": None,
            "portfolio": None,
        },
        "summary": " ".join(sections.get("summary", [])) or None,
        "work_experiences": [work_entry(e) for e in entries(sections.get("work", []))],
        "total_experience_months": 12,  # models do sums badly; the extractor works it out again
        "personal_projects": [project_entry(e) for e in entries(sections.get("projects", []))],
        "technical_skills": skills(sections.get("skills", [])),
        "certifications": [
            {
                "name": e["parts"][0],
                "issuer": (e["parts"] + [None])[1],
                "issue_date": e["period"] or (e["parts"] + [None, None])[2],
                "expiry_date": None,
                "credential_url": None,
            }
            for e in entries(sections.get("certifications", []))
        ],
        "activities": [
            {
                "type": None,
                "name": line.lstrip("- "),
                "description": None,
                "period": None,
                "achievements": [],
                "url": None,
            }
            for line in sections.get("activities", [])
        ],
        "education": [
            {
                "institution": e["parts"][0],
                "degree": (e["parts"] + [None])[1],
                "major": None,
                "period": e["period"],
                "status": None,
            }
            for e in entries(sections.get("education", []))
        ],
    }


def empty_draft() -> dict:
    return {
        "name": None,
        "contact": {key: None for key in ("phone", "email", "github", "linkedin", "portfolio")},
        "summary": None,
        "work_experiences": [],
        "total_experience_months": 0,
        "personal_projects": [],
        "technical_skills": {category: [] for category in SKILL_CATEGORIES},
        "certifications": [],
        "activities": [],
        "education": [],
    }


def extraction_answer(prompt: str, behaviour: str) -> dict:
    """wrong_count: a draft with nothing in it; wrong_types: a stack written as one string and
    a team size in words; messy: valid after safe repairs (padding, "" for null, an empty
    certification, a GitHub user name where the LinkedIn URL belongs)."""
    if behaviour == "wrong_count":
        return empty_draft()
    data = draft_from_text(resume_text(prompt))
    if behaviour == "wrong_types":
        data["work_experiences"] = data["work_experiences"] or [work_entry(entries(["Acme"])[0])]
        data["work_experiences"][0].update(tech_stack="Kafka, Redis", team_size="six")
    elif behaviour == "messy":
        data["name"] = f"  {data['name'] or ''}  "
        data["summary"] = data["summary"] or ""
        data["contact"]["linkedin"] = "dana"
        data["certifications"].append(
            {"name": "", "issuer": None, "issue_date": "", "expiry_date": None, "credential_url": None}
        )
    return data
