"""The resume format (resumes.serializers.ResumeFormatSerializer) as a pydantic model, for the
JSON schema each SDK sends with an extraction request.

It mirrors the serializer field for field with the same length and list caps, with two
differences that suit a draft: every field must be present (structured output works best
when the model writes every key), and every text may be null, because the model is to leave
out what the resume does not say, even a name or a company. The serializer still judges the
answer; this model only tells the model what to write.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from resumes.serializers import LONG, MAX_ITEMS, SHORT

Tech = Annotated[list[Annotated[str, Field(min_length=1, max_length=100)]], Field(max_length=MAX_ITEMS)]
Lines = Annotated[list[Annotated[str, Field(min_length=1, max_length=1000)]], Field(max_length=MAX_ITEMS)]


def text(max_length: int = SHORT, description: str | None = None):
    return Field(max_length=max_length, description=description)


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Contact(_Part):
    phone: str | None = text(40)
    email: str | None = text(200)
    github: str | None = text(description="URL of the GitHub profile")
    linkedin: str | None = text(description="URL of the LinkedIn profile")
    portfolio: str | None = text(description="URL of a portfolio, blog or personal site")


class WorkExperience(_Part):
    company: str | None = text(200)
    position: str | None = text(200)
    duration: str | None = text(100, "the period as written, e.g. 2023.01 ~ 2025.06")
    project_name: str | None = text()
    project_description: str | None = text(LONG)
    tech_stack: Tech
    achievements: Lines
    team_size: int | None = Field(ge=0, le=100000, description="only when the resume gives a number")


class PersonalProject(_Part):
    name: str | None = text()
    duration: str | None = text(100)
    description: str | None = text(LONG)
    tech_stack: Tech
    github_url: str | None = text()
    demo_url: str | None = text()
    key_achievements: Lines
    architecture_highlights: Lines


class TechnicalSkills(_Part):
    programming_languages: Tech
    frameworks: Tech
    databases: Tech
    message_queue_caching: Tech
    cloud_platforms: Tech
    devops_tools: Tech
    monitoring_tools: Tech
    others: Tech


class Certification(_Part):
    name: str | None = text()
    issuer: str | None = text(200)
    issue_date: str | None = text(40)
    expiry_date: str | None = text(40)
    credential_url: str | None = text()


class Activity(_Part):
    type: str | None = text(100, "e.g. award, talk, open source, community, volunteering")
    name: str | None = text()
    description: str | None = text(LONG)
    period: str | None = text(100)
    achievements: Lines
    url: str | None = text()


class Education(_Part):
    institution: str | None = text()
    degree: str | None = text(100)
    major: str | None = text(200)
    period: str | None = text(100)
    status: str | None = text(100, "e.g. graduated, enrolled, 졸업, 재학")


class ResumeExtraction(_Part):
    name: str | None = text(100)
    contact: Contact
    summary: str | None = text(LONG)
    work_experiences: Annotated[list[WorkExperience], Field(max_length=MAX_ITEMS)]
    total_experience_months: int = Field(
        ge=0, le=1200, description="0 unless the resume states the total experience itself"
    )
    personal_projects: Annotated[list[PersonalProject], Field(max_length=MAX_ITEMS)]
    technical_skills: TechnicalSkills
    certifications: Annotated[list[Certification], Field(max_length=MAX_ITEMS)]
    activities: Annotated[list[Activity], Field(max_length=MAX_ITEMS)]
    education: Annotated[list[Education], Field(max_length=MAX_ITEMS)]
