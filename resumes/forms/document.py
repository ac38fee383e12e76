"""The bridge between the editor's forms and the import/export document.

The forms only shape what a person types into the document; whether that document is
acceptable is decided by ResumeFormatSerializer, the same validator the API and the import use.
Serializer errors that the forms did not catch are put back next to the field they concern
(`document_errors_to_forms`).
"""

from resumes.forms.editor import SECTIONS, ResumeForm, skill_field, split_items
from resumes.models import Skill
from resumes.parts import CONTACT_FIELDS
from resumes.serializers import ResumeFormatSerializer


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
