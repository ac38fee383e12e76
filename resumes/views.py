"""Resume pages. Every view reads through the selectors with request.user, so another
user's resume is a 404 here exactly as in the API, and writes go through the services."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from resumes import forms as resume_forms
from resumes.extraction import hosted_providers
from resumes.formats import resume_to_document
from resumes.messages import notice_text
from resumes.models import Skill
from resumes.parse_jobs import parse_job_start
from resumes.parsing import Notice
from resumes.parsing.ocr import ocr_available
from resumes.selectors import resume_get, resume_list
from resumes.services import resume_create, resume_delete, resume_replace
from resumes.uploads import upload_draft_drop, upload_draft_get, upload_draft_store, upload_refused

EDITOR_TEMPLATE = "resumes/resume_form.html"
MAX_ITEMS = 50


@login_required
def resume_list_view(request):
    return render(request, "resumes/resume_list.html", {"resumes": resume_list(user=request.user)})


@login_required
def resume_detail_view(request, unique_key):
    resume = resume_get(user=request.user, unique_key=unique_key)
    document = resume_to_document(resume)
    skills = [(label, document["technical_skills"].get(category) or []) for category, label in Skill.Category.choices]
    context = {
        "resume": resume,
        "document": document,
        "skills": [(label, names) for label, names in skills if names],
    }
    return render(request, "resumes/resume_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def resume_create_view(request):
    if request.method == "POST":
        return _editor_post(request, resume=None)
    form = resume_forms.ResumeForm(initial={"total_experience_months": 0})
    formsets = resume_forms.build_formsets(extra=resume_forms.NEW_RESUME_EXTRA)
    return _render_editor(request, form, formsets, resume=None)


@login_required
@require_http_methods(["GET", "POST"])
def resume_edit_view(request, unique_key):
    resume = resume_get(user=request.user, unique_key=unique_key)
    if request.method == "POST":
        return _editor_post(request, resume=resume)
    document = resume_to_document(resume)
    form = resume_forms.ResumeForm(initial=resume_forms.resume_initial(document))
    formsets = resume_forms.build_formsets(document=document)
    return _render_editor(request, form, formsets, resume=resume)


def _editor_post(request, *, resume, upload=None):
    action = request.POST.get("_action", "")
    if action:
        return _editor_action(request, action, resume=resume, upload=upload)
    form = resume_forms.ResumeForm(data=request.POST, require_experience=_months_missing(upload))
    formsets = resume_forms.build_formsets(data=request.POST)
    document = resume_forms.validate_forms(form, formsets)
    if document is None:
        messages.error(request, _("The resume was not saved. Please correct the marked fields."))
        return _render_editor(request, form, formsets, resume=resume, upload=upload)
    if upload is not None:
        resume = resume_create(owner=request.user, document=document)
        upload_draft_drop(request=request)
        messages.success(request, _("Resume created from your file."))
    elif resume is None:
        resume = resume_create(owner=request.user, document=document)
        messages.success(request, _("Resume created."))
    else:
        resume = resume_replace(resume=resume, document=document)
        messages.success(request, _("Resume saved."))
    return redirect("resumes:detail", unique_key=resume.unique_key)


def _editor_action(request, action, *, resume, upload=None):
    """Add or remove a repeated item: the same form comes back with one item more or one
    item marked deleted, and nothing is stored until the person saves."""
    data = request.POST.copy()
    verb, _sep, target = action.partition(":")
    added_index = None
    focus = ""
    if verb == "add" and target in resume_forms.SECTIONS_BY_PREFIX:
        total_key = f"{target}-TOTAL_FORMS"
        try:
            total = max(int(data.get(total_key, 0)), 0)
        except ValueError:
            total = 0
        if total < MAX_ITEMS:
            data[total_key] = str(total + 1)
            added_index = total
        focus = target
    elif verb == "remove":
        prefix = target.rpartition("-")[0]
        if prefix in resume_forms.SECTIONS_BY_PREFIX:
            data[f"{target}-DELETE"] = "on"
            focus = prefix
    form = resume_forms.ResumeForm(data=data, require_experience=_months_missing(upload))
    formsets = resume_forms.build_formsets(data=data)
    resume_forms.silence_errors(form)
    for formset in formsets.values():
        resume_forms.silence_formset_errors(formset)
    if added_index is not None:
        new_form = formsets[target].forms[added_index]
        first_field = next(iter(new_form.fields))
        new_form.fields[first_field].widget.attrs["autofocus"] = True
        focus = ""
    return _render_editor(request, form, formsets, resume=resume, focus=focus, upload=upload)


def _editor_sections(formsets):
    """Per section: the formset, the items still shown (numbered) and the removed ones,
    which stay in the form only as a hidden DELETE flag."""
    sections = []
    for section in resume_forms.SECTIONS:
        formset = formsets[section.prefix]
        shown = [item for item in formset.forms if not (item.is_bound and item["DELETE"].value())]
        removed = [item for item in formset.forms if item not in shown]
        sections.append({"section": section, "formset": formset, "items": shown, "removed": removed})
    return sections


def _render_editor(request, form, formsets, *, resume, focus="", upload=None):
    context = {
        "form": form,
        "sections": _editor_sections(formsets),
        "resume": resume,
        "focus": focus,
        "upload": None,
        "guessed_fields": set(),
    }
    if upload is not None:
        context["upload"] = {
            "filename": upload["filename"],
            "warnings": [notice_text(notice) for notice in map(Notice.from_dict, upload["warnings"]) if notice],
        }
        context["guessed_fields"] = resume_forms.guessed_field_names(upload["guessed"], upload["draft"])
    template = f"{EDITOR_TEMPLATE}#form" if request.htmx else EDITOR_TEMPLATE
    return render(request, template, context)


@login_required
@require_http_methods(["GET", "POST"])
def resume_delete_view(request, unique_key):
    resume = resume_get(user=request.user, unique_key=unique_key, with_parts=False)
    if request.method == "POST":
        name = resume.name
        resume_delete(resume=resume)
        messages.success(request, _("Resume “%(name)s” deleted.") % {"name": name})
        return redirect("resumes:list")
    return render(request, "resumes/resume_confirm_delete.html", {"resume": resume})


@login_required
@require_http_methods(["GET", "POST"])
def resume_import_view(request):
    if request.method != "POST":
        return render(request, "resumes/resume_import.html", {"form": resume_forms.ResumeImportForm()})
    form = resume_forms.ResumeImportForm(data=request.POST, files=request.FILES)
    if upload_refused(request):
        form.add_error("file", _("The file is larger than 2 MB."))
    elif form.is_valid():
        resume = resume_create(owner=request.user, document=form.document)
        messages.success(request, _("Resume imported."))
        return redirect("resumes:detail", unique_key=resume.unique_key)
    return render(request, "resumes/resume_import.html", {"form": form})


@login_required
def resume_export_view(request, unique_key):
    resume = resume_get(user=request.user, unique_key=unique_key)
    body = json.dumps(resume_to_document(resume), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"{resume.unique_key}.json")
    return response


def _upload_context(form, pending: bool) -> dict:
    return {
        "form": form,
        "pending": pending,
        "ai_reads_uploads": bool(hosted_providers()),
        "ocr_available": ocr_available(),
    }


@login_required
@require_http_methods(["GET", "POST"])
def resume_upload_view(request):
    """Read a PDF, DOCX or pasted text into a draft kept in the session; the person then
    reviews it in the resume form, and nothing is stored until they save it there."""
    pending = upload_draft_get(request=request) is not None
    if request.method != "POST":
        form = resume_forms.ResumeUploadForm()
        return render(request, "resumes/resume_upload.html", _upload_context(form, pending))
    form = resume_forms.ResumeUploadForm(data=request.POST, files=request.FILES, refused=upload_refused(request))
    if not form.is_valid():
        return render(request, "resumes/resume_upload.html", _upload_context(form, pending))
    if form.ocr_data is not None:
        job = parse_job_start(owner=request.user, data=form.ocr_data, filename=form.filename)
        return redirect("resumes:upload-job", job_id=job.pk)
    upload_draft_store(request=request, result=form.result, filename=form.filename)
    return redirect("resumes:upload-review")


@login_required
@require_http_methods(["GET", "POST"])
def resume_upload_review_view(request):
    """The new-resume form, filled from the uploaded draft, with the guessed fields marked."""
    upload = upload_draft_get(request=request)
    if upload is None:
        messages.info(request, _("There is no uploaded resume waiting for review. Upload a file or paste the text."))
        return redirect("resumes:upload")
    if request.method == "POST":
        return _editor_post(request, resume=None, upload=upload)
    draft = upload["draft"]
    form = resume_forms.ResumeForm(
        initial=resume_forms.draft_initial(draft), require_experience=_months_missing(upload)
    )
    formsets = resume_forms.build_formsets(document=draft)
    return _render_editor(request, form, formsets, resume=None, upload=upload)


@login_required
@require_POST
def resume_upload_cancel_view(request):
    upload_draft_drop(request=request)
    messages.info(request, _("The uploaded resume was discarded; nothing was saved."))
    return redirect("resumes:list")


def _months_missing(upload) -> bool:
    return upload is not None and upload["draft"].get("total_experience_months") is None
