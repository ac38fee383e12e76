"""The readiness page of one resume (optionally against one posting) and its downloads."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from careercoach.generation.downloads import download_response
from postings.selectors import PostingNotFound, posting_get, posting_list
from readiness.exports import readiness_to_document, readiness_to_markdown
from readiness.next_actions import next_actions
from readiness.selectors import readiness
from resumes.selectors import resume_get


def _data(request, unique_key) -> dict:
    resume = resume_get(user=request.user, unique_key=unique_key, with_parts=False)
    posting = None
    if request.GET.get("posting"):
        try:
            posting = posting_get(user=request.user, posting_id=request.GET["posting"])
        except PostingNotFound as exc:
            raise Http404(str(exc)) from exc
    return readiness(resume=resume, posting=posting)


@login_required
def readiness_page(request, unique_key):
    data = _data(request, unique_key)
    return render(
        request,
        "readiness/readiness.html",
        {
            **data,
            "actions": next_actions(data),
            "postings": posting_list(user=request.user)[:20],
        },
    )


@login_required
def readiness_download(request, unique_key, fmt):
    data = _data(request, unique_key)
    return download_response(
        document=readiness_to_document(data),
        markdown=readiness_to_markdown(data),
        filename=f"readiness-{unique_key}",
        fmt=fmt,
    )
