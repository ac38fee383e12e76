"""Model rows <-> the import/export document. Kept apart from services so that exports,
result snapshots and the generation pipeline all read a resume the same way."""
from resumes.models import Resume, Skill


def resume_to_document(resume: Resume) -> dict:
    skills = {category: [] for category in Skill.Category.values}
    for skill in resume.skills.all():
        skills.setdefault(skill.category, []).append(skill.name)
    return {
        "name": resume.name,
        "contact": {
            "phone": resume.phone,
            "email": resume.email,
            "github": resume.github,
            "linkedin": resume.linkedin,
            "portfolio": resume.portfolio,
        },
        "summary": resume.summary,
        "work_experiences": [
            {
                "company": w.company,
                "position": w.position_title,
                "duration": w.duration,
                "project_name": w.project_name,
                "project_description": w.project_description,
                "tech_stack": list(w.tech_stack or []),
                "achievements": list(w.achievements or []),
                "team_size": w.team_size,
            }
            for w in resume.work_experiences.all()
        ],
        "total_experience_months": resume.total_experience_months,
        "personal_projects": [
            {
                "name": p.name,
                "duration": p.duration,
                "description": p.description,
                "tech_stack": list(p.tech_stack or []),
                "github_url": p.github_url,
                "demo_url": p.demo_url,
                "key_achievements": list(p.key_achievements or []),
                "architecture_highlights": list(p.architecture_highlights or []),
            }
            for p in resume.personal_projects.all()
        ],
        "technical_skills": skills,
        "certifications": [
            {
                "name": c.name,
                "issuer": c.issuer,
                "issue_date": c.issue_date,
                "expiry_date": c.expiry_date,
                "credential_url": c.credential_url,
            }
            for c in resume.certifications.all()
        ],
        "activities": [
            {
                "type": a.kind,
                "name": a.name,
                "description": a.description,
                "period": a.period,
                "achievements": list(a.achievements or []),
                "url": a.url,
            }
            for a in resume.activities.all()
        ],
        "education": [
            {
                "institution": e.institution,
                "degree": e.degree,
                "major": e.major,
                "period": e.period,
                "status": e.status,
            }
            for e in resume.education.all()
        ],
    }


class InvalidResumeFile(ValueError):
    """A resume file that cannot be read or is not in the format; the message is one line."""


def first_error(errors, where: str = "") -> str:
    """The first of DRF's nested errors as "work_experiences[1].team_size: message"."""
    if isinstance(errors, dict) and errors:
        key, value = next(iter(errors.items()))
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            where = f"{where}[{key}]"
        elif key != "non_field_errors":
            where = f"{where}.{key}" if where else key
        return first_error(value, where)
    if isinstance(errors, list) and errors:
        index, first = next(((i, e) for i, e in enumerate(errors) if e), (0, errors[0]))
        if isinstance(first, dict):
            return first_error(first, f"{where}[{index}]")
        return first_error(first, where)
    return f"{where}: {errors}" if where else str(errors)


def document_from_file(path) -> dict:
    """Read and validate a resume JSON file; the validated document as plain JSON types."""
    import json

    from resumes.serializers import ResumeFormatSerializer

    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
    except (OSError, ValueError, RecursionError) as exc:
        raise InvalidResumeFile(f"cannot read {path}: {type(exc).__name__}: {exc}") from exc
    serializer = ResumeFormatSerializer(data=raw)
    if not serializer.is_valid():
        raise InvalidResumeFile(f"invalid resume: {first_error(serializer.errors)}")
    return json.loads(json.dumps(serializer.validated_data))
