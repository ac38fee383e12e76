from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from careercoach.generation.downloads import download_response
from careercoach.generation.results import as_links
from careercoach.generation.views import generation_start, result_under
from interviews.formats import question_set_to_document, question_set_to_markdown
from interviews.selectors import question_set_get, question_set_history


def _own_question_set(request, unique_key, pk):
    return result_under(question_set_get(user=request.user, pk=pk), unique_key, "No such question set")


def generate(request, unique_key):
    return generation_start(request, unique_key, "interview")


@login_required
def detail(request, unique_key, pk):
    question_set = _own_question_set(request, unique_key, pk)
    return render(
        request,
        "interviews/question_set.html",
        {
            "question_set": question_set,
            "resume": question_set.resume,
            "history": as_links(question_set_history(resume=question_set.resume))[:10],
        },
    )


@login_required
def download(request, unique_key, pk, fmt):
    question_set = _own_question_set(request, unique_key, pk)
    return download_response(
        document=question_set_to_document(question_set),
        markdown=question_set_to_markdown(question_set),
        filename=f"interview-{unique_key}-{pk}",
        fmt=fmt,
    )
