"""Writes to resumes. Every write takes a validated document (ResumeFormatSerializer's
validated_data) and runs in one transaction, so a bad part never leaves half a resume."""
import re

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from resumes.models import Activity, Certification, Education, PersonalProject, Resume, Skill, WorkExperience

_KEY_SUFFIX = re.compile(r"_(\d+)$")


def _key_base(name: str) -> str:
    base = slugify(name or "", allow_unicode=True).replace("-", "_")[:100]
    return base or "resume"


def resume_key_next(*, name: str) -> str:
    """`name_N` as the earlier system made it: N is one more than the highest N in use."""
    base = _key_base(name)
    numbers = [
        int(match.group(1))
        for key in Resume.objects.filter(unique_key__startswith=f"{base}_").values_list("unique_key", flat=True)
        if (match := _KEY_SUFFIX.search(key)) and key[: match.start()] == base
    ]
    return f"{base}_{max(numbers, default=0) + 1}"


def _apply_fields(resume: Resume, document: dict) -> None:
    contact = document.get("contact") or {}
    resume.name = document["name"]
    resume.phone = contact.get("phone")
    resume.email = contact.get("email")
    resume.github = contact.get("github")
    resume.linkedin = contact.get("linkedin")
    resume.portfolio = contact.get("portfolio")
    resume.summary = document.get("summary")
    resume.total_experience_months = document.get("total_experience_months") or 0


def _replace_parts(resume: Resume, document: dict) -> None:
    for related in ("work_experiences", "personal_projects", "skills", "certifications", "activities", "education"):
        getattr(resume, related).all().delete()
    WorkExperience.objects.bulk_create(
        WorkExperience(
            resume=resume,
            position=i,
            company=w["company"],
            position_title=w.get("position"),
            duration=w.get("duration"),
            project_name=w.get("project_name"),
            project_description=w.get("project_description"),
            tech_stack=list(w.get("tech_stack") or []),
            achievements=list(w.get("achievements") or []),
            team_size=w.get("team_size"),
        )
        for i, w in enumerate(document.get("work_experiences") or [])
    )
    PersonalProject.objects.bulk_create(
        PersonalProject(
            resume=resume,
            position=i,
            name=p["name"],
            duration=p.get("duration"),
            description=p.get("description"),
            tech_stack=list(p.get("tech_stack") or []),
            github_url=p.get("github_url"),
            demo_url=p.get("demo_url"),
            key_achievements=list(p.get("key_achievements") or []),
            architecture_highlights=list(p.get("architecture_highlights") or []),
        )
        for i, p in enumerate(document.get("personal_projects") or [])
    )
    Skill.objects.bulk_create(
        Skill(resume=resume, category=category, name=name, position=i)
        for category, names in (document.get("technical_skills") or {}).items()
        for i, name in enumerate(names or [])
    )
    Certification.objects.bulk_create(
        Certification(
            resume=resume,
            position=i,
            name=c["name"],
            issuer=c.get("issuer"),
            issue_date=c.get("issue_date"),
            expiry_date=c.get("expiry_date"),
            credential_url=c.get("credential_url"),
        )
        for i, c in enumerate(document.get("certifications") or [])
    )
    Activity.objects.bulk_create(
        Activity(
            resume=resume,
            position=i,
            kind=a.get("type"),
            name=a["name"],
            description=a.get("description"),
            period=a.get("period"),
            achievements=list(a.get("achievements") or []),
            url=a.get("url"),
        )
        for i, a in enumerate(document.get("activities") or [])
    )
    Education.objects.bulk_create(
        Education(
            resume=resume,
            position=i,
            institution=e["institution"],
            degree=e.get("degree"),
            major=e.get("major"),
            period=e.get("period"),
            status=e.get("status"),
        )
        for i, e in enumerate(document.get("education") or [])
    )


def resume_create(*, owner, document: dict) -> Resume:
    for _attempt in range(5):
        try:
            with transaction.atomic():
                resume = Resume(owner=owner, unique_key=resume_key_next(name=document["name"]))
                _apply_fields(resume, document)
                resume.save()
                _replace_parts(resume, document)
                return resume
        except IntegrityError:
            # Two creates raced for the same name_N; the loser takes the next number.
            continue
    raise IntegrityError("could not allocate a unique resume key")


@transaction.atomic
def resume_replace(*, resume: Resume, document: dict) -> Resume:
    """Replace the whole document; the key stays, so links and results keep pointing here."""
    _apply_fields(resume, document)
    resume.save()
    _replace_parts(resume, document)
    return resume


def resume_delete(*, resume: Resume) -> None:
    resume.delete()
