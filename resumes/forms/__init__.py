"""The resume editor, the JSON import and the file upload as Django forms.

editor.py holds the forms and formsets, document.py turns them into the import/export document
and back, json_import.py reads a JSON file, upload.py a PDF, DOCX or pasted text.
"""

from resumes.forms.document import (
    CONTACT_FIELDS,
    document_errors_to_forms,
    forms_to_document,
    kept_forms,
    resume_initial,
    validate_forms,
)
from resumes.forms.editor import (
    NEW_RESUME_EXTRA,
    ONE_PER_LINE,
    SECTIONS,
    SECTIONS_BY_PREFIX,
    ActivityForm,
    CertificationForm,
    EducationForm,
    PersonalProjectForm,
    ResumeForm,
    Section,
    WorkExperienceForm,
    build_formsets,
    item_initial,
    silence_errors,
    silence_formset_errors,
    skill_field,
    split_items,
    split_lines,
)
from resumes.forms.json_import import IMPORT_MAX_BYTES, ResumeImportForm, flatten_errors
from resumes.forms.upload import (
    UPLOAD_ACCEPT,
    ResumeUploadForm,
    draft_initial,
    guessed_field_names,
    parse_error_message,
    warning_message,
)

__all__ = [
    "CONTACT_FIELDS",
    "IMPORT_MAX_BYTES",
    "NEW_RESUME_EXTRA",
    "ONE_PER_LINE",
    "SECTIONS",
    "SECTIONS_BY_PREFIX",
    "UPLOAD_ACCEPT",
    "ActivityForm",
    "CertificationForm",
    "EducationForm",
    "PersonalProjectForm",
    "ResumeForm",
    "ResumeImportForm",
    "ResumeUploadForm",
    "Section",
    "WorkExperienceForm",
    "build_formsets",
    "document_errors_to_forms",
    "draft_initial",
    "flatten_errors",
    "forms_to_document",
    "guessed_field_names",
    "item_initial",
    "kept_forms",
    "parse_error_message",
    "resume_initial",
    "silence_errors",
    "silence_formset_errors",
    "skill_field",
    "split_items",
    "split_lines",
    "validate_forms",
    "warning_message",
]
