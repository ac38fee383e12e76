"""Practice pages: start a session from a question set, answer one question at a time with
feedback and follow-ups on the same page, then the summary."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseStopPolling

from careercoach.generation.downloads import download_response
from careercoach.generation.limits import RateLimited
from careercoach.generation.views import result_under
from interviews.selectors import question_set_get
from practice import services
from practice.errors import MAX_ANSWER_CHARS, PracticeError
from practice.formats import session_to_document, session_to_markdown, summary_rows
from practice.selectors import answer_get, answered_indexes, attempts_of, session_get

SUGGESTED_MINUTES = 2


def _own_session(request, session_id):
    session = session_get(user=request.user, session_id=session_id)
    if session is None:
        raise Http404("No such practice session")
    return session


def _page_url(session, index) -> str:
    return reverse("practice:session", args=[session.pk]) + f"?q={index}"


@login_required
@require_POST
def start(request, unique_key, question_set_pk):
    question_set = result_under(
        question_set_get(user=request.user, pk=question_set_pk), unique_key, "No such question set"
    )
    session = services.session_start(
        owner=request.user,
        resume=question_set.resume,
        question_set=question_set,
        language=request.POST.get("language", "auto"),
    )
    return redirect(_page_url(session, 0))


def _index(request, session) -> int:
    try:
        index = int(request.GET.get("q", request.POST.get("question_index", 0)))
    except (TypeError, ValueError):
        index = 0
    return index if 0 <= index < len(session.questions) else 0


def _context(request, session, index, *, form_error="", draft="", parent_id=""):
    attempts = attempts_of(session, index)
    thread = [] if request.GET.get("retake") == "1" else (attempts[-1] if attempts else [])
    last = thread[-1] if thread else None
    due = None
    if last is not None and last.status == "done" and (last.feedback or {}).get("follow_up") and last.depth < 2:
        due = last
    return {
        "session": session,
        "resume": session.resume,
        "index": index,
        "question": session.questions[index],
        "questions": session.questions,
        "answered": answered_indexes(session),
        "thread": thread,
        "attempts": attempts,
        "due": due,
        "pending": last if last is not None and not last.is_finished else None,
        "show_form": last is None or due is not None,
        "form_error": form_error,
        "draft": draft,
        "parent_id": parent_id or (str(due.pk) if due else ""),
        "max_chars": MAX_ANSWER_CHARS,
        "suggested_minutes": SUGGESTED_MINUTES,
        "is_last": index == len(session.questions) - 1,
        "resume_line": _resume_line(session, index),
    }


def _resume_line(session, index) -> str:
    from careercoach.generation.presentation import source_label

    source = session.questions[index].get("source") or ""
    return source_label(session.question_set.resume_snapshot or {}, source) if source else ""


@login_required
@require_GET
def session_page(request, session_id):
    session = _own_session(request, session_id)
    return render(request, "practice/session.html", _context(request, session, _index(request, session)))


@login_required
@require_POST
def submit(request, session_id):
    session = _own_session(request, session_id)
    index = _index(request, session)
    parent_id = request.POST.get("parent_answer_id") or None
    try:
        answer = services.answer_submit(
            session=session, question_index=index, text=request.POST.get("answer"), parent_answer_id=parent_id
        )
    except PracticeError as exc:
        context = _context(
            request,
            session,
            index,
            form_error=exc.message,
            draft=request.POST.get("answer", "")[:6000],
            parent_id=parent_id or "",
        )
        return render(request, "practice/session.html", context, status=400 if exc.status == 400 else exc.status)
    except RateLimited as exc:
        messages.warning(
            request,
            _("You have reached the limit of %(limit)d answers an hour. Please try again later.")
            % {"limit": exc.limit},
        )
        return redirect(_page_url(session, index))
    if request.htmx:
        return render(request, "practice/session.html#progress", {"answer": answer})
    return redirect(_page_url(session, index))


@login_required
@require_GET
def answer_progress(request, answer_id):
    answer = answer_get(user=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404("No such answer")
    services.answer_sync(answer)
    if not request.htmx:
        return redirect(_page_url(answer.session, answer.question_index))
    response = render(request, "practice/session.html#progress", {"answer": answer})
    if answer.is_finished:
        # The feedback, the follow-up form and the next steps are the session page itself:
        # reload it (a redirect to the same URL with only a new #fragment would not reload).
        stop = HttpResponseStopPolling(response.content)
        stop["HX-Refresh"] = "true"
        return stop
    return response


@login_required
def summary(request, session_id):
    session = _own_session(request, session_id)
    if request.method == "POST":
        services.session_finish(session=session)
    return render(
        request, "practice/summary.html", {"session": session, "resume": session.resume, "rows": summary_rows(session)}
    )


@login_required
@require_GET
def download(request, session_id, fmt):
    session = _own_session(request, session_id)
    return download_response(
        document=session_to_document(session),
        markdown=session_to_markdown(session),
        filename=f"practice-{session.resume.unique_key}-{timezone.localtime(session.created_at):%Y%m%d-%H%M}",
        fmt=fmt,
    )
