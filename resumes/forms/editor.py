"""The resume editor, the JSON import and the file upload as Django forms.

The forms only shape what a person types into the import/export document; whether that
document is acceptable is decided by ResumeFormatSerializer, the same validator the API and
the import use. Serializer errors that the form did not catch are put back next to the field
they concern (`document_errors_to_forms`).
"""
import json
import re

from django import forms
from django.conf import settings
from django.forms import formset_factory
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from resumes.models import Skill
from resumes.parsing import (
    CORRUPT,
    EMPTY,
    ENCRYPTED_PDF,
    IMAGE_ONLY_PDF,
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNSUPPORTED_TYPE,
    ZIP_BOMB,
    ParseError,
)
from resumes.serializers import ResumeFormatSerializer
from resumes.uploads import LLM_READ_WARNING, parse_upload, too_large_error

IMPORT_MAX_BYTES = 2 * 1024 * 1024
CONTACT_FIELDS = ("phone", "email", "github", "linkedin", "portfolio")
_LIST_SPLIT = re.compile(r"[\n,]")


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def split_items(text: str) -> list[str]:
    """Tech stacks: one per line or comma separated, whichever the person prefers."""
    return [item.strip() for item in _LIST_SPLIT.split(text or "") if item.strip()]


def _textarea(rows=3, **attrs):
    return forms.Textarea(attrs={"rows": rows, **attrs})


ONE_PER_LINE = _("One item per line.")


def _lines_field(label, help_text=ONE_PER_LINE):
    return forms.CharField(label=label, required=False, widget=_textarea(4), help_text=help_text)


def _tech_field():
    return forms.CharField(
        label=_("Tech stack"),
        required=False,
        widget=_textarea(2),
        help_text=_("Comma separated or one per line."),
    )


class ResumeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False, widget=forms.TextInput(attrs={"autocomplete": "tel"}))
    email = forms.EmailField(label=_("E-mail"), max_length=200, required=False)
    github = forms.URLField(label=_("GitHub"), max_length=300, required=False, assume_scheme="https")
    linkedin = forms.URLField(label=_("LinkedIn"), max_length=300, required=False, assume_scheme="https")
    portfolio = forms.URLField(label=_("Portfolio"), max_length=300, required=False, assume_scheme="https")
    summary = forms.CharField(label=_("Summary"), max_length=5000, required=False, widget=_textarea(5))
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
    duration = forms.CharField(label=_("Duration"), max_length=100, required=False,
                               widget=forms.TextInput(attrs={"placeholder": "2023.01 ~ 2024.06"}))
    project_name = forms.CharField(label=_("Project name"), max_length=300, required=False)
    project_description = forms.CharField(label=_("Project description"), max_length=5000, required=False, widget=_textarea(3))
    tech_stack = _tech_field()
    achievements = _lines_field(_("Achievements"))
    team_size = forms.IntegerField(label=_("Team size"), min_value=0, max_value=100000, required=False)

    list_fields = {"tech_stack": split_items, "achievements": split_lines}


class PersonalProjectForm(forms.Form):
    name = forms.CharField(label=_("Project name"), max_length=300)
    duration = forms.CharField(label=_("Duration"), max_length=100, required=False)
    description = forms.CharField(label=_("Description"), max_length=5000, required=False, widget=_textarea(3))
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
    description = forms.CharField(label=_("Description"), max_length=5000, required=False, widget=_textarea(3))
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
    Section("experiences", "work_experiences", WorkExperienceForm,
            title=_("Work experience"), item_label=_("Experience"), add_label=_("Add experience")),
    Section("projects", "personal_projects", PersonalProjectForm,
            title=_("Personal projects"), item_label=_("Project"), add_label=_("Add project")),
    Section("certifications", "certifications", CertificationForm,
            title=_("Certifications"), item_label=_("Certification"), add_label=_("Add certification")),
    Section("activities", "activities", ActivityForm,
            title=_("Activities"), item_label=_("Activity"), add_label=_("Add activity")),
    Section("education", "education", EducationForm,
            title=_("Education"), item_label=_("Education"), add_label=_("Add education")),
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


def resume_initial(document: dict) -> dict:
    contact = document.get("contact") or {}
    skills = document.get("technical_skills") or {}
    initial = {
        "name": document.get("name"),
        "summary": document.get("summary"),
        "total_experience_months": document.get("total_experience_months") or 0,
        **{key: contact.get(key) for key in CONTACT_FIELDS},
    }
    for category in Skill.Category.values:
        initial[skill_field(category)] = ", ".join(skills.get(category) or [])
    return initial


def _blank_to_none(value):
    return None if value in ("", None) else value


def kept_forms(formset) -> list:
    """The forms that become document items: not deleted, not left blank."""
    deleted = set(id(form) for form in formset.deleted_forms) if formset.can_delete else set()
    return [form for form in formset.forms if id(form) not in deleted and form.cleaned_data]


def _item_document(form) -> dict:
    item = {}
    for name in form.base_fields:
        value = form.cleaned_data.get(name)
        if name in form.list_fields:
            item[name] = form.list_fields[name](value)
        else:
            item[name] = _blank_to_none(value)
    return item


def forms_to_document(form: ResumeForm, formsets: dict) -> dict:
    """The import/export document a valid form and its formsets describe."""
    data = form.cleaned_data
    document = {
        "name": data["name"],
        "contact": {key: _blank_to_none(data.get(key)) for key in CONTACT_FIELDS},
        "summary": _blank_to_none(data.get("summary")),
        "total_experience_months": data.get("total_experience_months") or 0,
        "technical_skills": {
            category: split_items(data.get(skill_field(category))) for category in Skill.Category.values
        },
    }
    for section in SECTIONS:
        document[section.key] = [_item_document(item) for item in kept_forms(formsets[section.prefix])]
    return document


def _messages(errors) -> list[str]:
    """Every message in a DRF error structure, however deeply nested."""
    if isinstance(errors, dict):
        return [message for value in errors.values() for message in _messages(value)]
    if isinstance(errors, list):
        return [message for value in errors for message in _messages(value)]
    return [str(errors)]


def _add_error(form, field, errors):
    for message in _messages(errors):
        form.add_error(field if field in form.fields else None, message)


def document_errors_to_forms(errors: dict, form: ResumeForm, formsets: dict) -> None:
    """Serializer errors onto the form field or formset item they concern."""
    sections = {section.key: section for section in SECTIONS}
    for key, value in errors.items():
        if key == "contact" and isinstance(value, dict):
            for field, field_errors in value.items():
                _add_error(form, field, field_errors)
        elif key == "technical_skills" and isinstance(value, dict):
            for category, field_errors in value.items():
                _add_error(form, skill_field(category), field_errors)
        elif key in sections:
            _section_errors(value, formsets[sections[key].prefix], form)
        else:
            _add_error(form, key, value)


def _section_errors(errors, formset, form):
    items = kept_forms(formset)
    if isinstance(errors, list) and all(isinstance(e, dict) for e in errors):
        for item_form, item_errors in zip(items, errors, strict=False):
            for field, field_errors in item_errors.items():
                _add_error(item_form, field, field_errors)
        return
    if isinstance(errors, dict) and all(isinstance(k, int) for k in errors):
        for index, item_errors in errors.items():
            if index < len(items) and isinstance(item_errors, dict):
                for field, field_errors in item_errors.items():
                    _add_error(items[index], field, field_errors)
            else:
                _add_error(form, None, item_errors)
        return
    _add_error(form, None, errors)


def validate_forms(form: ResumeForm, formsets: dict) -> dict | None:
    """The validated document, or None with every error attached to the forms."""
    valid = form.is_valid()
    valid = all([formset.is_valid() for formset in formsets.values()]) and valid
    if not valid:
        return None
    serializer = ResumeFormatSerializer(data=forms_to_document(form, formsets))
    if serializer.is_valid():
        return serializer.validated_data
    document_errors_to_forms(serializer.errors, form, formsets)
    return None


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


def flatten_errors(errors, path="") -> list[str]:
    """'work_experiences[0].company: This field is required.' lines for the import form."""
    if isinstance(errors, dict):
        lines = []
        for key, value in errors.items():
            if isinstance(key, int):
                child = f"{path}[{key}]"
            elif key == "non_field_errors":
                child = path
            else:
                child = f"{path}.{key}" if path else str(key)
            lines.extend(flatten_errors(value, child))
        return lines
    if isinstance(errors, list):
        if all(isinstance(e, (dict, list)) for e in errors):
            return [line for i, e in enumerate(errors) for line in flatten_errors(e, f"{path}[{i}]")]
        return [f"{path}: {e}" if path else str(e) for e in errors if not isinstance(e, (dict, list))]
    return [f"{path}: {errors}" if path else str(errors)]


class ResumeImportForm(forms.Form):
    file = forms.FileField(
        label=_("Resume JSON file"),
        help_text=_("A .json file in the careercoach resume format, up to 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."), code="too_large")
        try:
            data = json.loads(upload.read().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file is not UTF-8 text."), code="encoding") from None
        except RecursionError:
            raise forms.ValidationError(_("The JSON in the file is nested too deeply."), code="too_deep") from None
        except json.JSONDecodeError as error:
            raise forms.ValidationError(
                _("The file is not valid JSON (line %(line)s, column %(column)s: %(message)s)."),
                code="malformed",
                params={"line": error.lineno, "column": error.colno, "message": error.msg},
            ) from error
        if not isinstance(data, dict):
            raise forms.ValidationError(_("The file must hold one JSON object (a resume)."), code="not_object")
        serializer = ResumeFormatSerializer(data=data)
        if not serializer.is_valid():
            lines = flatten_errors(serializer.errors)
            raise forms.ValidationError(
                [_("The resume is not in the expected format:")] + lines, code="invalid_format"
            )
        self.cleaned_data["document"] = serializer.validated_data
        return upload

    @property
    def document(self) -> dict:
        return self.cleaned_data["document"]


UPLOAD_ACCEPT = ",".join((
    ".pdf", ".docx", ".txt", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
))
_PARSE_ERROR_MESSAGES = {
    UNSUPPORTED_TYPE: _("This file is not a PDF, a Word (.docx) document or plain text. Save your "
                        "resume as PDF or DOCX, or paste its text below."),
    EMPTY: _("There is no text in this file. Choose another file, or paste your resume text below."),
    ENCRYPTED_PDF: _("This PDF is protected by a password. Remove the password and try again."),
    IMAGE_ONLY_PDF: _("This PDF has no text layer (a scan?). Export it from your word processor, "
                      "or paste the text below."),
    TOO_LARGE: _("The file is larger than %(megabytes)s MB. A resume is far smaller; export it again "
                 "without images, or paste the text below."),
    TOO_MANY_PAGES: _("The PDF has more than %(pages)s pages. Upload only your resume."),
    TOO_MUCH_TEXT: _("The text is longer than %(characters)s characters, far more than a resume. "
                     "Keep only your resume."),
    ZIP_BOMB: _("This DOCX file unpacks to far more data than a resume holds, so it was not opened. "
                "Save it again from your word processor, or paste the text below."),
    CORRUPT: _("The file is damaged and could not be read. Save it again from your word processor, "
               "or paste the text below."),
}


def parse_error_message(error: ParseError) -> str:
    """What the person reads for a parser error: by its stable code, in their language."""
    message = _PARSE_ERROR_MESSAGES.get(error.code)
    if message is None:
        return error.message
    return message % {
        "megabytes": settings.RESUME_UPLOAD_MAX_BYTES // (1024 * 1024),
        "pages": MAX_PDF_PAGES,
        "characters": f"{MAX_TEXT_CHARS:,}",
    }


# The parser's warnings are English sentences; the known ones are shown translated.
_WARNING_MESSAGES = {
    LLM_READ_WARNING: _("An AI provider read this draft from your file; check the fields marked guessed."),
    "The PDF is protected against editing; its text was read anyway.":
        _("The PDF is protected against editing; its text was read anyway."),
    "The PDF seems to have several columns; check the order of sections.":
        _("The PDF seems to have several columns; check that the sections are in the right order."),
    "No resume sections (experience, projects, skills, education) were recognised by their "
    "headings; fill them in by hand.":
        _("No resume sections (experience, projects, skills, education) were recognised by their "
          "headings; fill them in by hand."),
    "The name was not found at the top of the resume.": _("The name was not found at the top of the resume."),
    "No work periods could be read; enter the total experience by hand.":
        _("No work periods could be read; enter your total experience in months by hand."),
}
_NAME_MISMATCH = re.compile(r"^The file name ends in (\.\w+) but the content is (\w+);")


def warning_message(warning: str) -> str:
    if warning in _WARNING_MESSAGES:
        return str(_WARNING_MESSAGES[warning])
    mismatch = _NAME_MISMATCH.match(warning)
    if mismatch:
        return str(_("The file name ends in %(extension)s but the file is a %(kind)s document; it was "
                     "read as %(kind)s.") % {"extension": mismatch.group(1), "kind": mismatch.group(2)})
    return warning


_GUESS_PATH = re.compile(r"^(?P<key>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<field>\w+))?$")


def guessed_field_names(guessed: list[str], document: dict) -> set[str]:
    """The editor's field names for the parser's guessed paths ("contact.github" -> "github",
    "work_experiences[0].tech_stack" -> "experiences-0-tech_stack"). "technical_skills" marks
    the filled skill fields and the section itself."""
    prefixes = {section.key: section.prefix for section in SECTIONS}
    names = set()
    for path in guessed:
        match = _GUESS_PATH.match(path)
        if not match:
            continue
        key, index, field = match.group("key", "index", "field")
        if key == "contact" and field:
            names.add(field)
        elif key == "technical_skills":
            skills = document.get("technical_skills") or {}
            categories = [field] if field else [c for c in Skill.Category.values if skills.get(c)]
            names.add(key)
            names.update(skill_field(category) for category in categories)
        elif key in prefixes and index is not None:
            names.add(f"{prefixes[key]}-{index}-{field}" if field else f"{prefixes[key]}-{index}")
        elif index is None and field is None:
            names.add(key)
    return names


def draft_initial(draft: dict) -> dict:
    """Like resume_initial, but a total the parser could not work out stays empty."""
    initial = resume_initial(draft)
    initial["total_experience_months"] = draft.get("total_experience_months")
    return initial


class ResumeUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Resume file"),
        required=False,
        allow_empty_file=True,  # the parser names an empty file itself
        help_text=_("PDF, Word (.docx) or plain text, up to 10 MB."),
        widget=forms.FileInput(attrs={"accept": UPLOAD_ACCEPT, "class": "dropzone__input"}),
    )
    text = forms.CharField(
        label=_("Paste your resume text"),
        required=False,
        widget=_textarea(8, placeholder=_("Copy the text of your resume and paste it here.")),
    )

    def __init__(self, *args, refused=False, **kwargs):
        """`refused`: the upload handler dropped the file for its size (uploads.upload_refused)."""
        super().__init__(*args, **kwargs)
        self.refused = refused
        self.result = None

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), cleaned.get("text")
        if self.refused:
            self.add_error("file", forms.ValidationError(parse_error_message(too_large_error()), code=TOO_LARGE))
            return cleaned
        if not upload and not text:
            raise forms.ValidationError(_("Choose a file or paste your resume text."), code="required")
        try:
            self.result = parse_upload(upload=upload, text=text)
        except ParseError as error:
            field = "file" if upload else "text"
            self.add_error(field, forms.ValidationError(parse_error_message(error), code=error.code))
        return cleaned

    @property
    def filename(self) -> str:
        upload = self.cleaned_data.get("file")
        return upload.name if upload else ""
