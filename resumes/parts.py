"""The resume format declared once: which model holds each part of the import/export document,
which fields have another name on the model, and which are lists.

Export (formats.resume_to_document), replace (services) and the admin inlines are all driven
by this table, so a field added to a model and to the format needs no rename written by hand
anywhere else. A part's document fields are its model's fields, in the model's order (which
is the format's), under their document names.
"""

from dataclasses import dataclass, field

from resumes.models import Activity, Certification, Education, PersonalProject, Skill, WorkExperience

# The top level of the document, in the format's order.
DOCUMENT_KEYS = (
    "name",
    "contact",
    "summary",
    "work_experiences",
    "total_experience_months",
    "personal_projects",
    "technical_skills",
    "certifications",
    "activities",
    "education",
)
# The document's "contact" object: fields of Resume under the same names.
CONTACT_FIELDS = ("phone", "email", "github", "linkedin", "portfolio")
# Model fields that are bookkeeping, not part of the format.
_NOT_IN_DOCUMENT = {"id", "resume", "position"}


@dataclass(frozen=True)
class Part:
    """A list of entries in the document (`key`), one `model` row each, kept in order by
    `position`. `renames` maps a document field to its model field where the names differ."""

    key: str
    model: type
    renames: dict[str, str] = field(default_factory=dict)
    list_fields: tuple[str, ...] = ()
    tabular: bool = False  # the admin shows short parts as a table, long ones stacked

    @property
    def accessor(self) -> str:
        """The related manager on Resume (resume.work_experiences)."""
        return self.model._meta.get_field("resume").remote_field.get_accessor_name()

    @property
    def fields(self) -> tuple[str, ...]:
        """The document's field names, in order."""
        document_name = {model_field: name for name, model_field in self.renames.items()}
        return tuple(
            document_name.get(f.name, f.name)
            for f in self.model._meta.concrete_fields
            if f.name not in _NOT_IN_DOCUMENT
        )

    def export(self, resume) -> list[dict]:
        return [self._entry(row) for row in getattr(resume, self.accessor).all()]

    def _entry(self, row) -> dict:
        entry = {}
        for name in self.fields:
            value = getattr(row, self.renames.get(name, name))
            entry[name] = list(value or []) if name in self.list_fields else value
        return entry

    def build(self, resume, entries) -> list:
        """Unsaved rows for the document's (validated) entries."""
        return [self._row(resume, position, entry) for position, entry in enumerate(entries or [])]

    def _row(self, resume, position: int, entry: dict):
        values = {}
        for name in self.fields:
            value = entry.get(name)
            values[self.renames.get(name, name)] = list(value or []) if name in self.list_fields else value
        return self.model(resume=resume, position=position, **values)


@dataclass(frozen=True)
class SkillsPart:
    """ "technical_skills": an object of lists by category, one Skill row per name."""

    key: str = "technical_skills"
    model: type = Skill
    accessor: str = "skills"
    tabular: bool = True

    def export(self, resume) -> dict[str, list[str]]:
        skills = {category: [] for category in Skill.Category.values}
        for skill in getattr(resume, self.accessor).all():
            skills.setdefault(skill.category, []).append(skill.name)
        return skills

    def build(self, resume, skills) -> list:
        return [
            Skill(resume=resume, category=category, name=name, position=position)
            for category, names in (skills or {}).items()
            for position, name in enumerate(names or [])
        ]


# In the document's order, which is also the order of the admin inlines.
PARTS = (
    Part(
        "work_experiences",
        WorkExperience,
        renames={"position": "position_title"},
        list_fields=("tech_stack", "achievements"),
    ),
    Part(
        "personal_projects", PersonalProject, list_fields=("tech_stack", "key_achievements", "architecture_highlights")
    ),
    SkillsPart(),
    Part("certifications", Certification, tabular=True),
    Part("activities", Activity, renames={"type": "kind"}, list_fields=("achievements",)),
    Part("education", Education, tabular=True),
)
