import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from resumes.formats import resume_to_document
from resumes.models import Resume
from tests.factories import ResumeFactory, UserFactory
from tests.html_forms import form_fields
from tests.resumes.conftest import resume_documents

pytestmark = pytest.mark.django_db

IMPORT_SOURCES = resume_documents()
KEYED_ROUTES = ["resumes:detail", "resumes:edit", "resumes:delete", "resumes:export"]
HTMX = {"HTTP_HX_REQUEST": "true"}


def items(html: str, prefix: str) -> int:
    return html.count(f'data-formset-item="{prefix}"')


def new_resume_data(**overrides) -> dict:
    """The empty new-resume editor as a browser posts it (management forms included),
    read from the page by a separate client so the test's own client stays as it is."""
    reader = Client()
    reader.force_login(UserFactory())
    data = form_fields(reader.get(reverse("resumes:create")).content.decode())
    data.update(overrides)
    return data


def json_upload(content: bytes, name="resume.json"):
    return SimpleUploadedFile(name, content, content_type="application/json")


# Access


@pytest.mark.parametrize("name", ["resumes:list", "resumes:create", "resumes:import"])
def test_anonymous_visitor_is_sent_to_login_from_resume_pages(client, name):
    url = reverse(name)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("name", KEYED_ROUTES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_login_from_every_resume_route(client, resume, name, method):
    url = reverse(name, args=[resume.unique_key])

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert Resume.objects.filter(pk=resume.pk).exists()


@pytest.mark.parametrize("name", KEYED_ROUTES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_other_users_resume_is_404_on_every_route_and_stays_untouched(client_logged_in, name, method):
    theirs = ResumeFactory(owner=UserFactory(), name="Not yours")
    url = reverse(name, args=[theirs.unique_key])

    response = getattr(client_logged_in, method)(url, new_resume_data(name="Hijacked"))

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Not yours"


def test_list_shows_only_the_users_own_resumes(client_logged_in, user):
    ResumeFactory(owner=user, name="Mine")
    ResumeFactory(owner=UserFactory(), name="Someone else")

    html = client_logged_in.get(reverse("resumes:list")).content.decode()

    assert "Mine" in html
    assert "Someone else" not in html


def test_empty_list_invites_to_write_or_import_a_resume(client_logged_in):
    html = client_logged_in.get(reverse("resumes:list")).content.decode()

    assert 'class="card empty-state"' in html
    assert reverse("resumes:create") in html
    assert reverse("resumes:import") in html


# Create and edit


def test_new_resume_page_starts_with_one_experience_and_one_project(client_logged_in):
    html = client_logged_in.get(reverse("resumes:create")).content.decode()

    assert items(html, "experiences") == 1
    assert items(html, "projects") == 1
    assert items(html, "education") == 0


def test_create_with_formsets_stores_the_whole_resume(client_logged_in, user):
    data = new_resume_data(
        name="박서준",
        email="park@example.test",
        total_experience_months="26",
        skills_programming_languages="Kotlin, Java",
        **{
            "experiences-0-company": "토스",
            "experiences-0-project_name": "송금 API",
            "experiences-0-tech_stack": "Kotlin\nSpring Boot",
            "experiences-0-achievements": "p95 지연 300ms → 90ms\n장애 0건",
            "projects-0-name": "가계부 앱",
            "projects-0-github_url": "https://github.com/park/ledger",
        },
    )

    response = client_logged_in.post(reverse("resumes:create"), data)

    resume = Resume.objects.get(owner=user)
    assert response.status_code == 302
    assert response["Location"] == reverse("resumes:detail", args=[resume.unique_key])
    document = resume_to_document(resume)
    assert document["name"] == "박서준"
    assert document["work_experiences"][0]["tech_stack"] == ["Kotlin", "Spring Boot"]
    assert document["work_experiences"][0]["achievements"] == ["p95 지연 300ms → 90ms", "장애 0건"]
    assert document["personal_projects"][0]["github_url"] == "https://github.com/park/ledger"
    assert document["technical_skills"]["programming_languages"] == ["Kotlin", "Java"]


def test_htmx_add_experience_returns_the_form_partial_with_one_more_item_and_saves_nothing(client_logged_in):
    data = new_resume_data(name="Draft", **{"experiences-0-company": "Typed before adding"})

    response = client_logged_in.post(reverse("resumes:create"), {**data, "_action": "add:experiences"}, **HTMX)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<form id="resume-form"')
    assert "<html" not in html
    assert items(html, "experiences") == 2
    assert items(html, "projects") == 1
    assert 'value="Typed before adding"' in html
    assert 'name="experiences-TOTAL_FORMS" value="2"' in html
    assert "autofocus" in html
    assert Resume.objects.count() == 0


def test_htmx_add_does_not_complain_about_fields_not_filled_in_yet(client_logged_in):
    data = new_resume_data(name="")

    html = client_logged_in.post(
        reverse("resumes:create"), {**data, "_action": "add:projects"}, **HTMX
    ).content.decode()

    assert 'class="errorlist' not in html
    assert "aria-invalid" not in html
    assert items(html, "projects") == 2


def test_htmx_remove_project_returns_the_partial_with_one_less_item_and_saves_nothing(client_logged_in, resume):
    url = reverse("resumes:edit", args=[resume.unique_key])
    data = form_fields(client_logged_in.get(url).content.decode())
    before = resume_to_document(resume)

    response = client_logged_in.post(url, {**data, "_action": "remove:projects-0"}, **HTMX)

    html = response.content.decode()
    assert items(html, "projects") == 0
    assert items(html, "experiences") == 1
    assert 'name="projects-0-DELETE"' in html
    resume.refresh_from_db()
    assert resume_to_document(resume) == before


def test_removed_item_stays_removed_when_the_form_is_then_saved(client_logged_in, resume):
    url = reverse("resumes:edit", args=[resume.unique_key])
    data = form_fields(client_logged_in.get(url).content.decode())
    after_remove = client_logged_in.post(url, {**data, "_action": "remove:experiences-0"}, **HTMX).content.decode()

    response = client_logged_in.post(url, form_fields(after_remove))

    assert response.status_code == 302
    resume.refresh_from_db()
    document = resume_to_document(resume)
    assert document["work_experiences"] == []
    assert [p["name"] for p in document["personal_projects"]] == ["스터디메이트"]


def test_add_button_without_javascript_renders_the_full_page(client_logged_in):
    response = client_logged_in.post(reverse("resumes:create"), {**new_resume_data(), "_action": "add:education"})

    html = response.content.decode()
    assert "<html" in html
    assert items(html, "education") == 1
    assert Resume.objects.count() == 0


def test_edit_page_submitted_unchanged_keeps_the_document(client_logged_in, user):
    for path in IMPORT_SOURCES[:3]:
        client_logged_in.post(reverse("resumes:import"), {"file": json_upload(path.read_bytes())})
    for resume in Resume.objects.filter(owner=user):
        before = resume_to_document(resume)
        url = reverse("resumes:edit", args=[resume.unique_key])

        response = client_logged_in.post(url, form_fields(client_logged_in.get(url).content.decode()))

        assert response.status_code == 302
        resume.refresh_from_db()
        assert resume_to_document(resume) == before


def test_edit_changes_a_project_name_and_keeps_the_key(client_logged_in, resume):
    url = reverse("resumes:edit", args=[resume.unique_key])
    data = form_fields(client_logged_in.get(url).content.decode())
    data["projects-0-name"] = "스터디메이트 2"

    response = client_logged_in.post(url, data)

    assert response["Location"] == reverse("resumes:detail", args=[resume.unique_key])
    detail = client_logged_in.get(response["Location"]).content.decode()
    assert "스터디메이트 2" in detail


def test_missing_company_is_shown_next_to_its_field_and_nothing_is_stored(client_logged_in):
    data = new_resume_data(name="Has name", **{"experiences-0-position": "Engineer"})

    response = client_logged_in.post(reverse("resumes:create"), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<ul class="errorlist" id="id_experiences-0-company_error">', html)
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_experiences-0-company_error"' in html
    assert Resume.objects.count() == 0


def test_invalid_edit_leaves_the_stored_resume_as_it_was(client_logged_in, resume):
    url = reverse("resumes:edit", args=[resume.unique_key])
    data = form_fields(client_logged_in.get(url).content.decode())
    before = resume_to_document(resume)
    data["projects-0-name"] = "Renamed"
    data["experiences-0-tech_stack"] = "Go, " + "x" * 150

    response = client_logged_in.post(url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_experiences-0-tech_stack_error"' in html
    resume.refresh_from_db()
    assert resume_to_document(resume) == before


# Detail, delete


def test_detail_lays_out_the_whole_resume(client_logged_in, resume):
    html = client_logged_in.get(reverse("resumes:detail", args=[resume.unique_key])).content.decode()

    for text in (
        "김하늘",
        "페이로드",
        "정산 플랫폼",
        "정산 배치 처리 시간을 40분에서 6분으로 단축",
        "스터디메이트",
        "Spring Boot",
    ):
        assert text in html
    assert reverse("resumes:edit", args=[resume.unique_key]) in html
    assert reverse("resumes:export", args=[resume.unique_key]) in html


def test_delete_asks_first_then_deletes_on_post(client_logged_in, resume):
    url = reverse("resumes:delete", args=[resume.unique_key])

    confirm = client_logged_in.get(url)
    assert confirm.status_code == 200
    assert Resume.objects.filter(pk=resume.pk).exists()

    response = client_logged_in.post(url)

    assert response["Location"] == reverse("resumes:list")
    assert not Resume.objects.filter(pk=resume.pk).exists()


# Import and export


@pytest.mark.parametrize("path", IMPORT_SOURCES, ids=lambda p: p.name)
def test_imported_file_exports_back_equal_to_the_source(client_logged_in, user, path):
    response = client_logged_in.post(reverse("resumes:import"), {"file": json_upload(path.read_bytes())})

    resume = Resume.objects.get(owner=user)
    assert response["Location"] == reverse("resumes:detail", args=[resume.unique_key])
    exported = client_logged_in.get(reverse("resumes:export", args=[resume.unique_key]))
    assert json.loads(exported.content.decode("utf-8")) == json.loads(path.read_text(encoding="utf-8"))


def test_export_is_a_readable_utf8_attachment(client_logged_in, resume):
    response = client_logged_in.get(reverse("resumes:export", args=[resume.unique_key]))

    body = response.content.decode("utf-8")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert resume.unique_key in response["Content-Disposition"] or "filename*=" in response["Content-Disposition"]
    assert "김하늘" in body
    assert body.startswith('{\n  "name": ')


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        (b'{"name": "broken",', "JSON"),
        (b'{"name": "x", "work_experiences": [{"position": "no company"}]}', "work_experiences[0].company"),
        (b'{"name": "x", "contact": {"email": "nope"}}', "contact.email"),
    ],
)
def test_bad_import_shows_what_is_wrong_and_stores_nothing(client_logged_in, content, shown):
    response = client_logged_in.post(reverse("resumes:import"), {"file": json_upload(content)})

    assert response.status_code == 200
    assert shown in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert Resume.objects.count() == 0


def test_import_without_a_file_asks_for_one(client_logged_in):
    response = client_logged_in.post(reverse("resumes:import"), {})

    assert response.status_code == 200
    assert 'id="id_file_error"' in response.content.decode()
    assert Resume.objects.count() == 0
