"""`{% posting_fits resume %}`: on a resume page, the user's saved postings with how this resume
fits each (offline, a few milliseconds per posting) and the way to prepare for one of them."""

from django import template

from careercoach.coach.fit import fit_report
from postings.selectors import posting_list
from resumes.formats import resume_to_document

register = template.Library()
MAX_POSTINGS = 10


@register.inclusion_tag("postings/_resume_fits.html", takes_context=True)
def posting_fits(context, resume):
    request = context.get("request")
    user = getattr(request, "user", None)
    postings = list(posting_list(user=user)[:MAX_POSTINGS]) if user is not None else []
    document = resume_to_document(resume) if postings else {}
    language = (getattr(request, "LANGUAGE_CODE", "ko") or "ko")[:2]
    rows = [(posting, fit_report(document, posting.parsed, language)) for posting in postings]
    chosen = request.GET.get("posting", "") if request is not None else ""
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "resume": resume,
        "rows": rows,
        "chosen": chosen,
    }
