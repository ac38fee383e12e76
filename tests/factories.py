import factory
from django.contrib.auth import get_user_model

from resumes.models import PersonalProject, Resume, Skill, WorkExperience


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.test")
    password = factory.django.Password("correct-horse-battery")


class ResumeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resume

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Candidate {n}")
    unique_key = factory.Sequence(lambda n: f"candidate_{n}")
    email = factory.LazyAttribute(lambda r: f"{r.unique_key}@example.test")
    summary = "Backend engineer who likes reliable systems."
    total_experience_months = 30


class WorkExperienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkExperience

    resume = factory.SubFactory(ResumeFactory)
    company = factory.Sequence(lambda n: f"Company {n}")
    position_title = "Backend Engineer"
    duration = "2022.01 ~ 2024.06"
    project_name = factory.Sequence(lambda n: f"Payments platform {n}")
    project_description = "Order and payment APIs"
    tech_stack = factory.LazyFunction(lambda: ["Python", "Django", "PostgreSQL"])
    achievements = factory.LazyFunction(lambda: ["Cut p95 latency from 800 ms to 120 ms with a composite index"])
    team_size = 5


class PersonalProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonalProject

    resume = factory.SubFactory(ResumeFactory)
    name = factory.Sequence(lambda n: f"Side project {n}")
    duration = "2023.01 - 2023.03"
    description = "A study group bot"
    tech_stack = factory.LazyFunction(lambda: ["FastAPI", "Redis"])
    key_achievements = factory.LazyFunction(lambda: ["Used by 30 people for 4 months"])


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Skill

    resume = factory.SubFactory(ResumeFactory)
    category = Skill.Category.PROGRAMMING_LANGUAGES
    name = "Python"
