"""A resume with something in every field, the paths of its text and URL fields, and the
hostile values the bad-input tests put into them."""

import copy

from careercoach.models import GenerationJob
from resumes.models import Activity, Certification, Education, PersonalProject, Resume, Skill, WorkExperience

STORED_MODELS = (Resume, WorkExperience, PersonalProject, Skill, Certification, Activity, Education, GenerationJob)

TEXT_FIELDS = (
    ("name",),
    ("contact", "phone"),
    ("summary",),
    ("work_experiences", 0, "company"),
    ("work_experiences", 0, "position"),
    ("work_experiences", 0, "duration"),
    ("work_experiences", 0, "project_name"),
    ("work_experiences", 0, "project_description"),
    ("work_experiences", 0, "tech_stack", 0),
    ("work_experiences", 0, "achievements", 0),
    ("personal_projects", 0, "name"),
    ("personal_projects", 0, "duration"),
    ("personal_projects", 0, "description"),
    ("personal_projects", 0, "tech_stack", 0),
    ("personal_projects", 0, "key_achievements", 0),
    ("personal_projects", 0, "architecture_highlights", 0),
    ("technical_skills", "programming_languages", 0),
    ("technical_skills", "others", 0),
    ("certifications", 0, "name"),
    ("certifications", 0, "issuer"),
    ("certifications", 0, "issue_date"),
    ("activities", 0, "type"),
    ("activities", 0, "name"),
    ("activities", 0, "description"),
    ("activities", 0, "achievements", 0),
    ("education", 0, "institution"),
    ("education", 0, "degree"),
    ("education", 0, "major"),
    ("education", 0, "status"),
)
URL_FIELDS = (
    ("contact", "github"),
    ("contact", "linkedin"),
    ("contact", "portfolio"),
    ("personal_projects", 0, "github_url"),
    ("personal_projects", 0, "demo_url"),
    ("certifications", 0, "credential_url"),
    ("activities", 0, "url"),
)
HOSTILE_URLS = (
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "javascript://example.com/%0Aalert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
)
SCRIPT = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def path_name(path) -> str:
    return ".".join(str(part) for part in path)


def full_document() -> dict:
    """Valid, and with an item in every list, so every field path above exists."""
    return {
        "name": "Dana Kim",
        "contact": {
            "phone": "010-0000-0000",
            "email": "dana@example.org",
            "github": "https://github.com/dana",
            "linkedin": "https://www.linkedin.com/in/dana",
            "portfolio": "https://dana.example.org",
        },
        "summary": "Backend engineer building payment services.",
        "work_experiences": [
            {
                "company": "Paystream",
                "position": "Backend Engineer",
                "duration": "2023.01 ~ 2025.06",
                "project_name": "Settlement Pipeline",
                "project_description": "Daily settlement of payments",
                "tech_stack": ["Kafka", "PostgreSQL"],
                "achievements": ["Cut batch time from 4 hours to 35 minutes"],
                "team_size": 6,
            }
        ],
        "total_experience_months": 30,
        "personal_projects": [
            {
                "name": "Ringbell",
                "duration": "2024.03 - 2024.08",
                "description": "Push notifications for shops",
                "tech_stack": ["FastAPI", "Redis"],
                "github_url": "https://github.com/dana/ringbell",
                "demo_url": "https://ringbell.example.org",
                "key_achievements": ["20k devices per minute"],
                "architecture_highlights": ["Redis streams as the delivery queue"],
            }
        ],
        "technical_skills": {
            "programming_languages": ["Python"],
            "frameworks": [],
            "databases": [],
            "message_queue_caching": [],
            "cloud_platforms": [],
            "devops_tools": [],
            "monitoring_tools": [],
            "others": ["Linux"],
        },
        "certifications": [
            {
                "name": "AWS SAA",
                "issuer": "Amazon",
                "issue_date": "2024.01",
                "expiry_date": None,
                "credential_url": "https://aws.example.org/cert/1",
            }
        ],
        "activities": [
            {
                "type": "Talk",
                "name": "PyCon talk",
                "description": "Idempotent consumers",
                "period": "2024.08",
                "achievements": ["200 listeners"],
                "url": "https://pycon.example.org",
            }
        ],
        "education": [
            {
                "institution": "Hanbit University",
                "degree": "BSc",
                "major": "Computer Science",
                "period": "2015 - 2019",
                "status": "Graduated",
            }
        ],
    }


def with_value(document: dict, path, value) -> dict:
    changed = copy.deepcopy(document)
    target = changed
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


def value_at(document: dict, path):
    for part in path:
        document = document[part]
    return document


def stored_rows() -> tuple:
    return tuple(model.objects.count() for model in STORED_MODELS)


# The editor's text inputs and its URL inputs, by their names in the page.
EDITOR_TEXT_FIELDS = (
    "name",
    "phone",
    "summary",
    "skills_programming_languages",
    "skills_others",
    "experiences-0-company",
    "experiences-0-position",
    "experiences-0-duration",
    "experiences-0-project_name",
    "experiences-0-project_description",
    "experiences-0-tech_stack",
    "experiences-0-achievements",
    "projects-0-name",
    "projects-0-duration",
    "projects-0-description",
    "projects-0-tech_stack",
    "projects-0-key_achievements",
    "projects-0-architecture_highlights",
    "certifications-0-name",
    "certifications-0-issuer",
    "certifications-0-issue_date",
    "activities-0-type",
    "activities-0-name",
    "activities-0-description",
    "activities-0-achievements",
    "education-0-institution",
    "education-0-degree",
    "education-0-major",
    "education-0-status",
)
EDITOR_URL_FIELDS = (
    "github",
    "linkedin",
    "portfolio",
    "projects-0-github_url",
    "projects-0-demo_url",
    "certifications-0-credential_url",
    "activities-0-url",
)
