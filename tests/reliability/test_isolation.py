"""Nobody reaches what is not theirs. Every URL of the project (read from the resolver, so new
routes are covered): another user gets 404, 403 or 405 and never a byte of the owner's data,
an anonymous visitor gets the login page (or 401 on the API), every form refuses a POST without
its CSRF token, and a deleted API token stops working at once."""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from learning.models import LearningPlan
from postings.kind import fit_document, fit_subject
from postings.models import JobPosting
from postings.services import posting_create
from practice.models import Answer, PracticeSession
from practice.services import answer_submit, session_start
from readiness.items import plan_items
from readiness.models import PathItemProgress
from resumes.formats import resume_to_document
from resumes.models import ParseJob
from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create
from tests.html_forms import form_fields
from tests.practice.jobs import run_feedback
from tests.reliability.conftest import assert_error_body
from tests.reliability.hostile import full_document
from tests.reliability.routes import admin_model, all_routes

pytestmark = pytest.mark.django_db

SECRET = "Owner-Secret-7f3a9"
WEB_METHODS = ("GET", "POST")
API_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
HEALTH = {"api-interview-health", "api-learning-health"}


@dataclass
class Owned:
    user: object
    resume: object
    question_set: object
    plan: object
    job: object
    token: str
    session: object = None  # a practice session with one evaluated answer
    answer: object = None
    posting: object = None  # a job posting
    parse_job: object = None  # an upload read by OCR in the worker

    def url_values(self) -> dict:
        objects = {
            "resumes.resume": self.resume.pk,
            "resumes.workexperience": self.resume.work_experiences.first().pk,
            "resumes.personalproject": self.resume.personal_projects.first().pk,
            "resumes.skill": self.resume.skills.first().pk,
            "resumes.certification": self.resume.certifications.first().pk,
            "resumes.activity": self.resume.activities.first().pk,
            "resumes.education": self.resume.education.first().pk,
            "interviews.questionset": self.question_set.pk,
            "learning.learningplan": self.plan.pk,
            "careercoach.generationjob": self.job.pk,
            "auth.user": self.user.pk,
            "authtoken.tokenproxy": self.user.pk,
            "practice.practicesession": self.session.pk,
            "practice.answer": self.answer.pk,
            "postings.jobposting": self.posting.pk,
            "postings.fitreport": self.posting.fit_reports.first().pk,
        }
        return {
            "unique_key": self.resume.unique_key,
            "pk": lambda route: self.question_set.pk if route.name.startswith("interviews:") else self.plan.pk,
            "fmt": "json",
            "job_id": lambda route: (
                self.parse_job.pk if "parse-job" in route.name or "upload-job" in route.name else self.job.pk
            ),
            "session_id": self.session.pk,
            "answer_id": self.answer.pk,
            "question_set_pk": self.question_set.pk,
            "posting_id": self.posting.pk,
            "item_id": lambda route: plan_items(self.plan.learning_paths)[0]["item_id"],
            "uidb64": "MQ",
            "token": "no-such-token",
            "object_id": lambda route: objects.get(admin_model(route), 1),
            "content_type_id": 1,
            "id": self.user.pk,
            "app_label": "resumes",
            "url": "no-such-page/",
        }

    def state(self) -> tuple:
        """Everything an intruder might change: the resume, its results and jobs, the account."""
        self.user.refresh_from_db()
        return (
            resume_to_document(self.resume.__class__.objects.get(pk=self.resume.pk)),
            QuestionSet.objects.filter(resume=self.resume).count(),
            LearningPlan.objects.filter(resume=self.resume).count(),
            list(GenerationJob.objects.filter(resume=self.resume).values_list("pk", "status")),
            Token.objects.filter(user=self.user).count(),
            list(Answer.objects.filter(session__resume=self.resume).values_list("pk", "status", "grade")),
            PracticeSession.objects.filter(resume=self.resume).count(),
            list(JobPosting.objects.filter(owner=self.user).values_list("pk", "text")),
            list(PathItemProgress.objects.filter(resume=self.resume).values_list("item_id", "status", "note")),
            (self.user.password, self.user.username, self.user.email, self.user.is_staff),
        )


@pytest.fixture
def owned(user):
    document = full_document()
    document["name"] = f"Owner {SECRET}"
    document["summary"] = f"Private summary {SECRET}"
    serializer = ResumeFormatSerializer(data=document)
    serializer.is_valid(raise_exception=True)
    resume = resume_create(owner=user, document=serializer.validated_data)
    results = {}
    for kind in ("interview", "learning"):
        job, _ = job_start(owner=user, resume=resume, kind=kind)
        job_execute(job.pk)
        job.refresh_from_db()
        results[kind] = job
    question_set = QuestionSet.objects.get(pk=results["interview"].result_id)
    session = session_start(owner=user, resume=resume, question_set=question_set)
    answer = answer_submit(session=session, question_index=0, text=f"Redis를 썼습니다 {SECRET}")
    run_feedback(answer.pk)
    posting = posting_create(owner=user, text=f"자격요건\n- Python과 Django 경험 {SECRET}\n")
    fit_job, _ = job_start(
        owner=user,
        resume=resume,
        kind="fit",
        document=fit_document(resume=resume, posting=posting),
        subject_id=fit_subject(resume=resume, posting=posting),
    )
    job_execute(fit_job.pk)
    return Owned(
        posting=posting,
        user=user,
        resume=resume,
        question_set=question_set,
        plan=LearningPlan.objects.get(pk=results["learning"].result_id),
        job=results["interview"],
        token=Token.objects.create(user=user).key,
        session=session,
        answer=answer,
        parse_job=ParseJob.objects.create(
            owner=user, filename=f"scan-{SECRET}.png", status=ParseJob.Status.DONE, progress=100
        ),
    )


def call(client, method, url, **extra):
    if method == "GET":
        return client.get(url, **extra)
    return client.generic(method, url, b"{}", content_type="application/json", **extra)


def methods_for(route):
    return API_METHODS if route.is_api else WEB_METHODS


def is_redirect_to(response, login_path):
    return response.status_code == 302 and response["Location"].split("?")[0] == login_path


def test_the_resolver_walk_finds_every_kind_of_route():
    names = {route.name for route in all_routes()}
    assert {
        "resumes:detail",
        "interviews:download",
        "learning:detail",
        "generation-progress",
        "api-job",
        "api-resume-detail",
        "resumes:export",
        "admin:resumes_resume_change",
    } <= names


def test_given_owner_when_opening_every_private_url_then_it_exists(client, owned):
    """The filled-in URLs point at real things: otherwise the 404s below would prove nothing."""
    client.force_login(owned.user)
    values = owned.url_values()
    for route in all_routes():
        if route.is_public or route.is_admin:
            continue
        response = client.get(route.url(values))
        assert response.status_code not in (401, 403, 404), (str(route), response.status_code)
        assert response.status_code < 500, (str(route), response.status_code)


def test_given_another_user_when_opening_every_url_with_the_owners_ids_then_404_403_or_405_and_nothing_leaks(
    client,
    owned,
    other_user,
):
    values = owned.url_values()
    before = owned.state()

    for route in all_routes():
        url = route.url(values)
        for method in methods_for(route):
            client.force_login(other_user)  # again: one of the routes is the logout
            response = call(client, method, url)
            where = (str(route), method, response.status_code)
            assert SECRET not in response.content.decode(errors="replace"), where
            assert response.status_code < 500, where
            if route.is_public:
                continue
            if route.is_admin:
                assert is_redirect_to(response, reverse("admin:login")) or response.status_code == 404, where
            elif route.names_someones_data:
                assert response.status_code in (403, 404, 405), where
                if route.is_api and response.status_code != 405:
                    assert_error_body(response.json())

    assert owned.state() == before


def test_given_anonymous_visitor_when_opening_every_private_url_then_login_page_or_401(owned):
    anonymous = Client()
    values = owned.url_values()
    before = owned.state()

    for route in all_routes():
        url = route.url(values)
        for method in methods_for(route):
            response = call(anonymous, method, url)
            where = (str(route), method, response.status_code)
            assert SECRET not in response.content.decode(errors="replace"), where
            assert response.status_code < 500, where
            if route.is_public:
                continue
            if route.is_api:
                assert response.status_code == 401, where
                assert_error_body(response.json(), "NOT_AUTHENTICATED")
                assert response.has_header("WWW-Authenticate")
            elif route.is_admin:
                assert is_redirect_to(response, reverse("admin:login")) or response.status_code == 404, where
            else:
                assert is_redirect_to(response, reverse(settings.LOGIN_URL)), where

    assert owned.state() == before


def test_given_no_csrf_token_when_posting_to_every_url_then_403_and_nothing_changes(owned):
    browser = Client(enforce_csrf_checks=True)
    values = owned.url_values()
    before = owned.state()

    for route in all_routes():
        for method in ("POST",) if not route.is_api else API_METHODS[1:]:
            browser.force_login(owned.user)
            response = call(browser, method, route.url(values))
            expected = 405 if route.name in HEALTH else 403
            assert response.status_code == expected, (str(route), method, response.status_code)

    assert owned.state() == before


def test_given_the_forms_csrf_token_when_posting_then_the_same_request_goes_through(owned):
    """The 403s above are the CSRF check, not something else refusing the request."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owned.user)
    edit = reverse("resumes:edit", args=[owned.resume.unique_key])
    data = form_fields(browser.get(edit).content.decode())
    data["summary"] = "Changed through the form"

    response = browser.post(edit, data)

    assert response.status_code == 302
    assert owned.resume.__class__.objects.get(pk=owned.resume.pk).summary == "Changed through the form"


def test_given_api_token_when_deleted_then_every_api_url_answers_401(owned):
    caller = Client(HTTP_AUTHORIZATION=f"Token {owned.token}")
    values = owned.url_values()
    api_routes = [route for route in all_routes() if route.is_api and not route.is_public]
    assert all(caller.get(route.url(values)).status_code != 401 for route in api_routes)

    Token.objects.filter(key=owned.token).delete()

    for route in api_routes:
        response = caller.get(route.url(values))
        assert response.status_code == 401, str(route)
        assert_error_body(response.json(), "NOT_AUTHENTICATED")
