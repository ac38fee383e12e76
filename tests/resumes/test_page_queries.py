"""How many database queries the resume pages make. A page whose count grows with the
number of rows it shows (N+1) is slow under load long before it is slow in a test, so each
page is opened with one item and with several and must make the same fixed number."""

import pytest
from django.urls import reverse

from tests.factories import ResumeFactory

pytestmark = pytest.mark.django_db

# The session, the user, then what the page itself needs.
PER_REQUEST = 2


@pytest.mark.parametrize("resumes", [1, 6])
def test_given_resumes_when_the_list_is_opened_then_one_query_reads_them_all(
    client_logged_in, user, django_assert_num_queries, resumes
):
    ResumeFactory.create_batch(resumes, owner=user)

    with django_assert_num_queries(PER_REQUEST + 1):
        response = client_logged_in.get(reverse("resumes:list"))

    assert response.status_code == 200


def _generate(user, resume, kind, times):
    from careercoach.generation.run import job_execute
    from careercoach.generation.start import job_start

    for _ in range(times):
        job, _created = job_start(owner=user, resume=resume, kind=kind, regenerate=True)
        job_execute(job.pk)
    job.refresh_from_db()
    return job


def _practise(user, resume, sessions):
    """`sessions` practice sessions on the newest question set, each with two graded answers."""
    from interviews.models import QuestionSet
    from practice.models import Answer
    from practice.services import session_start

    question_set = QuestionSet.objects.filter(resume=resume).latest("created_at")
    for _ in range(sessions):
        session = session_start(owner=user, resume=resume, question_set=question_set)
        for index, grade in enumerate((2, 3)):
            Answer.objects.create(
                owner=user, session=session, question_index=index, prompt="q", text="a", status="done", grade=grade
            )


@pytest.mark.parametrize("results", [1, 4])
def test_given_results_and_running_jobs_when_the_resume_page_is_opened_then_the_queries_do_not_grow(
    client_logged_in, user, resume, django_assert_num_queries, results
):
    from careercoach.generation.start import job_start

    for kind in ("interview", "learning"):
        _generate(user, resume, kind, results)
        job_start(owner=user, resume=resume, kind=kind, regenerate=True)  # left running
    _practise(user, resume, results)

    # The resume and its six parts, each kind's history, the running and the failed jobs,
    # and three for the practice and posting panels (sessions, their grades, postings).
    with django_assert_num_queries(PER_REQUEST + 14):
        response = client_logged_in.get(reverse("resumes:detail", args=[resume.unique_key]))

    page = response.content.decode()
    assert response.status_code == 200 and page.count('data-testid="job"') == 2
    assert page.count('data-testid="grade-trend"') == results


# A learning plan page also reads the person's item statuses and the plan before it (to say
# which paths are new and which were dropped): two more, whatever the number of plans.
@pytest.mark.parametrize(
    "kind, route, own_queries", [("interview", "interviews:detail", 2), ("learning", "learning:detail", 4)]
)
@pytest.mark.parametrize("results", [1, 4])
def test_given_earlier_results_when_a_result_page_is_opened_then_a_fixed_number_of_queries_read_it(
    client_logged_in, user, resume, django_assert_num_queries, kind, route, own_queries, results
):
    job = _generate(user, resume, kind, results)

    with django_assert_num_queries(PER_REQUEST + own_queries):
        response = client_logged_in.get(reverse(route, args=[resume.unique_key, job.result_id]))

    assert response.status_code == 200
