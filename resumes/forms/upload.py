"""The upload of a PDF, DOCX or pasted text, and what the person reads about the draft the
parser made of it: parser errors and warnings in their language, and which fields were guessed."""
import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from resumes.forms.document import resume_initial
from resumes.forms.editor import SECTIONS, skill_field, textarea
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
from resumes.uploads import LLM_READ_WARNING, parse_upload, too_large_error

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
        widget=textarea(8, placeholder=_("Copy the text of your resume and paste it here.")),
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
