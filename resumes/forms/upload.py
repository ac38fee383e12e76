"""The upload of a PDF, DOCX or pasted text, and what the person reads about the draft the
parser made of it: parser errors and warnings in their language, and which fields were guessed."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from resumes.forms.document import resume_initial
from resumes.forms.editor import SECTIONS, skill_field, textarea
from resumes.messages import notice_text, parse_error_text
from resumes.models import Skill
from resumes.parsing import (
    TOO_LARGE,
    ParseError,
)
from resumes.parsing.notices import Notice
from resumes.uploads import parse_upload, too_large_error

UPLOAD_ACCEPT = ",".join(
    (
        ".pdf",
        ".docx",
        ".txt",
        ".md",
        ".html",
        ".png",
        ".jpg",
        ".jpeg",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/plain",
        "text/markdown",
        "text/html",
        "image/png",
        "image/jpeg",
    )
)


def parse_error_message(error: ParseError) -> str:
    """What the person reads for a parser error (resumes.messages, shared with the API)."""
    return parse_error_text(error)


def warning_message(notice) -> str:
    """What the person reads for a parser notice, stored as a dict in the session."""
    found = Notice.from_dict(notice) if isinstance(notice, dict) else notice
    return notice_text(found) if isinstance(found, Notice) else ""


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
        help_text=_("PDF, Word (.docx), Markdown, HTML, text, or a PNG/JPEG scan, up to 10 MB."),
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
        self.ocr_data = None  # a scan or an image: read by the worker (resumes.parse_jobs)

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), cleaned.get("text")
        if self.refused:
            self.add_error("file", forms.ValidationError(parse_error_message(too_large_error()), code=TOO_LARGE))
            return cleaned
        if not upload and not text:
            raise forms.ValidationError(_("Choose a file or paste your resume text."), code="required")
        try:
            self.result = parse_upload(upload=upload, text=text, months_to_ask=True)
        except ParseError as error:
            if getattr(error, "data", None) is not None:
                self.ocr_data = error.data
                return cleaned
            field = "file" if upload else "text"
            self.add_error(field, forms.ValidationError(parse_error_message(error), code=error.code))
        return cleaned

    @property
    def filename(self) -> str:
        upload = self.cleaned_data.get("file")
        return upload.name if upload else ""
