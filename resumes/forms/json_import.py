"""Import of a resume JSON file in the careercoach format (the same one the export writes)."""

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from resumes.serializers import ResumeFormatSerializer

IMPORT_MAX_BYTES = 2 * 1024 * 1024


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
            raise forms.ValidationError([_("The resume is not in the expected format:")] + lines, code="invalid_format")
        self.cleaned_data["document"] = serializer.validated_data
        return upload

    @property
    def document(self) -> dict:
        return self.cleaned_data["document"]
