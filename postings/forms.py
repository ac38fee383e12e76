from django import forms
from django.utils.translation import gettext_lazy as _

from postings.models import MAX_POSTING_CHARS


class PostingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    company = forms.CharField(label=_("Company"), max_length=200, required=False)
    text = forms.CharField(
        label=_("Posting text"),
        required=False,
        max_length=MAX_POSTING_CHARS,
        widget=forms.Textarea(attrs={"rows": 16, "data-testid": "posting-text"}),
        help_text=_("Paste the whole posting; benefits and hiring process are ignored."),
    )
    file = forms.FileField(label=_("Or upload PDF, DOCX or text"), required=False)
