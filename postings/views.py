"""Posting pages: list, paste or upload, detail with the parsed requirements and a fit report
against one of the user's resumes, edit, delete. Reads go through the selectors with
request.user (another user's posting is a 404) and writes through the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from careercoach.coach.fit import fit_report
from postings.downloads import fit_download
from postings.forms import PostingForm
from postings.selectors import posting_get, posting_list
from postings.services import PostingRefused, posting_create, posting_delete, posting_replace
from postings.uploads import posting_text_from_upload
from resumes.formats import resume_to_document
from resumes.selectors import ResumeNotFound, resume_get, resume_list

REFUSALS = {
    "empty": gettext_lazy("The posting is empty. Paste the text of the job posting."),
    "too_long": gettext_lazy("The posting is longer than 20,000 characters."),
    "binary": gettext_lazy("The file is not a readable PDF, DOCX or text document."),
    "no_requirements": gettext_lazy(
        "No requirement could be recognised in the posting. Paste the part that lists the skills it asks for."
    ),
}


@login_required
def posting_list_view(request):
    return render(request, "postings/posting_list.html", {"postings": posting_list(user=request.user)})


def _save(request, form, posting=None):
    """The saved posting, or None with the reason added to the form."""
    if not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        text = posting_text_from_upload(data["file"]) if data.get("file") else data["text"]
        fields = {"text": text, "title": data["title"], "company": data["company"]}
        if posting is None:
            return posting_create(owner=request.user, **fields)
        return posting_replace(posting=posting, **fields)
    except PostingRefused as refused:
        form.add_error("text", str(REFUSALS.get(refused.code, refused.message)))
        return None


@login_required
@require_http_methods(["GET", "POST"])
def posting_create_view(request):
    form = PostingForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        posting = _save(request, form)
        if posting is not None:
            messages.success(request, _("The posting was saved."))
            return redirect("postings:detail", posting_id=posting.id)
    return render(request, "postings/posting_form.html", {"form": form, "posting": None})


@login_required
@require_http_methods(["GET", "POST"])
def posting_edit_view(request, posting_id):
    posting = posting_get(user=request.user, posting_id=posting_id)
    initial = {"title": posting.title, "company": posting.company, "text": posting.text}
    form = PostingForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and _save(request, form, posting) is not None:
        messages.success(request, _("The posting was saved."))
        return redirect("postings:detail", posting_id=posting.id)
    return render(request, "postings/posting_form.html", {"form": form, "posting": posting})


@login_required
def posting_detail_view(request, posting_id):
    posting = posting_get(user=request.user, posting_id=posting_id)
    resumes = list(resume_list(user=request.user))
    chosen = request.GET.get("resume") or (resumes[0].unique_key if resumes else "")
    fit = resume = None
    if chosen:
        try:
            resume = resume_get(user=request.user, unique_key=chosen)
        except ResumeNotFound:
            resume = None
    if resume is not None:
        fit = fit_report(resume_to_document(resume), posting.parsed, request.LANGUAGE_CODE[:2])
    if fit is not None and request.GET.get("format") in ("json", "md"):
        return fit_download(fit, posting, resume, request.GET["format"])
    sections = [s for s in posting.parsed.get("sections") or [] if s.get("kind") in ("required", "preferred")]
    context = {"posting": posting, "resumes": resumes, "resume": resume, "fit": fit, "sections": sections}
    return render(request, "postings/posting_detail.html", context)


@login_required
@require_POST
def posting_delete_view(request, posting_id):
    posting_delete(posting=posting_get(user=request.user, posting_id=posting_id))
    messages.success(request, _("The posting was deleted."))
    return redirect("postings:list")
