"""The resume editor: the main form, one form per repeatable part and the formsets that hold
them. What the typed values become is document.py's business."""

import re

from django import forms
from django.forms import formset_factory
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from resumes.models import Skill

_LIST_SPLIT = re.compile(r"[\n,]")


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def split_items(text: str) -> list[str]:
    """Tech stacks: one per line or comma separated, whichever the person prefers."""
    return [item.strip() for item in _LIST_SPLIT.split(text or "") if item.strip()]


def textarea(rows=3, **attrs):
    return forms.Textarea(attrs={"rows": rows, **attrs})


ONE_PER_LINE = _("One item per line.")


def _lines_field(label, help_text=ONE_PER_LINE):
    return forms.CharField(label=label, required=False, widget=textarea(4), help_text=help_text)


def _tech_field():
    return forms.CharField(
        label=_("Tech stack"),
        required=False,
        widget=textarea(2),
        help_text=_("Comma separated or one per line."),
    )


class ResumeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, widget=forms.TextInput(attrs={"autocomplete": "tel"})
    )
    email = forms.EmailField(label=_("E-mail"), max_length=200, required=False)
    github = forms.URLField(label=_("GitHub"), max_length=300, required=False, assume_scheme="https")
    linkedin = forms.URLField(label=_("LinkedIn"), max_length=300, required=False, assume_scheme="https")
    portfolio = forms.URLField(label=_("Portfolio"), max_length=300, required=False, assume_scheme="https")
    summary = forms.CharField(label=_("Summary"), max_length=5000, required=False, widget=textarea(5))
    total_experience_months = forms.IntegerField(
        label=_("Total experience (months)"), min_value=0, max_value=1200, initial=0, required=False
    )

    def __init__(self, *args, require_experience=False, **kwargs):
        super().__init__(*args, **kwargs)
        # A draft read from a file may leave the total open; the person must then state it,
        # or it would be saved as 0 months and every question pitched at a newcomer.
        self.fields["total_experience_months"].required = require_experience
        for category, label in Skill.Category.choices:
            self.fields[skill_field(category)] = forms.CharField(
                label=label, required=False, help_text=_("Comma separated."), max_length=5000
            )

    def skill_fields(self):
        return [self[skill_field(category)] for category in Skill.Category.values]


def skill_field(category: str) -> str:
    return f"skills_{category}"


class WorkExperienceForm(forms.Form):
    company = forms.CharField(label=_("Company"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    duration = forms.CharField(
        label=_("Duration"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "2023.01 ~ 2024.06"}),
    )
    project_name = forms.CharField(label=_("Project name"), max_length=300, required=False)
    project_description = forms.CharField(
        label=_("Project description"), max_length=5000, required=False, widget=textarea(3)
    )
    tech_stack = _tech_field()
    achievements = _lines_field(_("Achievements"))
    team_size = forms.IntegerField(label=_("Team size"), min_value=0, max_value=100000, required=False)

    list_fields = {"tech_stack": split_items, "achievements": split_lines}


class PersonalProjectForm(forms.Form):
    name = forms.CharField(label=_("Project name"), max_length=300)
    duration = forms.CharField(label=_("Duration"), max_length=100, required=False)
    description = forms.CharField(label=_("Description"), max_length=5000, required=False, widget=textarea(3))
    tech_stack = _tech_field()
    github_url = forms.URLField(label=_("GitHub URL"), max_length=300, required=False, assume_scheme="https")
    demo_url = forms.URLField(label=_("Demo URL"), max_length=300, required=False, assume_scheme="https")
    key_achievements = _lines_field(_("Key achievements"))
    architecture_highlights = _lines_field(_("Architecture highlights"))

    list_fields = {"tech_stack": split_items, "key_achievements": split_lines, "architecture_highlights": split_lines}


class CertificationForm(forms.Form):
    name = forms.CharField(label=_("Certification"), max_length=300)
    issuer = forms.CharField(label=_("Issuer"), max_length=200, required=False)
    issue_date = forms.CharField(label=_("Issue date"), max_length=40, required=False)
    expiry_date = forms.CharField(label=_("Expiry date"), max_length=40, required=False)
    credential_url = forms.URLField(label=_("Credential URL"), max_length=300, required=False, assume_scheme="https")

    list_fields = {}


class ActivityForm(forms.Form):
    type = forms.CharField(label=_("Type"), max_length=100, required=False)
    name = forms.CharField(label=_("Activity"), max_length=300)
    description = forms.CharField(label=_("Description"), max_length=5000, required=False, widget=textarea(3))
    period = forms.CharField(label=_("Period"), max_length=100, required=False)
    achievements = _lines_field(_("Achievements"))
    url = forms.URLField(label=_("URL"), max_length=300, required=False, assume_scheme="https")

    list_fields = {"achievements": split_lines}


class EducationForm(forms.Form):
    institution = forms.CharField(label=_("Institution"), max_length=300)
    degree = forms.CharField(label=_("Degree"), max_length=100, required=False)
    major = forms.CharField(label=_("Major"), max_length=200, required=False)
    period = forms.CharField(label=_("Period"), max_length=100, required=False)
    status = forms.CharField(label=_("Status"), max_length=100, required=False)

    list_fields = {}


class Section:
    """One repeatable part of a resume: its formset prefix, document key and headings."""

    def __init__(self, prefix, key, form, *, title, item_label, add_label):
        self.prefix = prefix
        self.key = key
        self.form = form
        self.title = title
        self.item_label = item_label
        self.add_label = add_label


SECTIONS = (
    Section(
        "experiences",
        "work_experiences",
        WorkExperienceForm,
        title=_("Work experience"),
        item_label=_("Experience"),
        add_label=_("Add experience"),
    ),
    Section(
        "projects",
        "personal_projects",
        PersonalProjectForm,
        title=_("Personal projects"),
        item_label=_("Project"),
        add_label=_("Add project"),
    ),
    Section(
        "certifications",
        "certifications",
        CertificationForm,
        title=_("Certifications"),
        item_label=_("Certification"),
        add_label=_("Add certification"),
    ),
    Section(
        "activities",
        "activities",
        ActivityForm,
        title=_("Activities"),
        item_label=_("Activity"),
        add_label=_("Add activity"),
    ),
    Section(
        "education",
        "education",
        EducationForm,
        title=_("Education"),
        item_label=_("Education"),
        add_label=_("Add education"),
    ),
)
SECTIONS_BY_PREFIX = {section.prefix: section for section in SECTIONS}
# A new resume starts with one empty experience and project to fill in; blank ones are ignored.
NEW_RESUME_EXTRA = {"experiences": 1, "projects": 1}


def build_formsets(*, data=None, document=None, extra=None) -> dict:
    """Formsets by prefix, bound to `data` or filled from a document."""
    document = document or {}
    extra = extra or {}
    formsets = {}
    for section in SECTIONS:
        formset_class = formset_factory(
            section.form, extra=extra.get(section.prefix, 0), can_delete=True, max_num=50, validate_max=True
        )
        initial = [item_initial(section.form, item) for item in document.get(section.key) or []]
        formsets[section.prefix] = formset_class(data=data, initial=initial or None, prefix=section.prefix)
    return formsets


def item_initial(form_class, item: dict) -> dict:
    initial = {}
    for name in form_class.base_fields:
        value = item.get(name)
        if name in form_class.list_fields:
            joiner = ", " if name == "tech_stack" else "\n"
            value = joiner.join(value or [])
        initial[name] = value
    return initial


def silence_errors(form: forms.BaseForm) -> None:
    """A draft re-rendered after adding or removing an item shows what was typed, not
    complaints about fields the person has not reached yet."""
    form._errors = ErrorDict()
    form.cleaned_data = {}


def silence_formset_errors(formset) -> None:
    formset._errors = []
    formset._non_form_errors = formset.error_class(renderer=formset.renderer)
    for form in formset.forms:
        silence_errors(form)
