import json

import pytest
from django import forms
from django.contrib import admin
from django.urls import reverse
from rest_framework.fields import ListField

from resumes.formats import resume_to_document
from resumes.models import Resume, Skill
from resumes.parts import CONTACT_FIELDS, DOCUMENT_KEYS, PARTS, Part
from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create, resume_replace
from tests.factories import UserFactory
from tests.resumes.conftest import resume_documents

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", resume_documents(), ids=lambda p: p.stem)
def test_given_reference_resume_when_imported_and_exported_then_equal(path, user):
    source = json.loads(path.read_text(encoding="utf-8"))
    serializer = ResumeFormatSerializer(data=source)
    assert serializer.is_valid(), serializer.errors

    resume = resume_create(owner=user, document=serializer.validated_data)

    assert resume_to_document(resume) == source


def test_given_minimal_document_when_imported_then_every_section_is_present(user):
    serializer = ResumeFormatSerializer(data={"name": "Min"})
    assert serializer.is_valid(), serializer.errors

    document = resume_to_document(resume_create(owner=user, document=serializer.validated_data))

    assert document["work_experiences"] == [] and document["education"] == []
    assert set(document["technical_skills"]) == {
        "programming_languages",
        "frameworks",
        "databases",
        "message_queue_caching",
        "cloud_platforms",
        "devops_tools",
        "monitoring_tools",
        "others",
    }
    assert document["contact"] == {"phone": None, "email": None, "github": None, "linkedin": None, "portfolio": None}


def test_given_replace_with_fewer_projects_when_saved_then_order_and_count_follow(user, example_document):
    serializer = ResumeFormatSerializer(data=example_document)
    serializer.is_valid(raise_exception=True)
    resume = resume_create(owner=user, document=serializer.validated_data)
    example_document["personal_projects"] = list(reversed(example_document["personal_projects"]))[:1]
    serializer = ResumeFormatSerializer(data=example_document)
    serializer.is_valid(raise_exception=True)

    resume_replace(resume=resume, document=serializer.validated_data)

    assert [p["name"] for p in resume_to_document(resume)["personal_projects"]] == ["NextPage"]


def test_given_the_parts_table_then_it_names_the_formats_fields_in_the_formats_order():
    format_fields = ResumeFormatSerializer().fields

    assert DOCUMENT_KEYS == tuple(format_fields)
    assert CONTACT_FIELDS == tuple(format_fields["contact"].fields)
    for part in PARTS:
        entry_fields = format_fields[part.key]
        if isinstance(part, Part):
            child = entry_fields.child.fields
            assert part.fields == tuple(child), part.key
            assert set(part.list_fields) == {name for name, f in child.items() if isinstance(f, ListField)}, part.key
        else:
            assert set(entry_fields.fields) == set(Skill.Category.values)


def test_given_a_resume_when_the_admin_opens_it_then_every_part_has_an_inline(client, user, example_document):
    admin_user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    serializer = ResumeFormatSerializer(data=example_document)
    serializer.is_valid(raise_exception=True)
    resume = resume_create(owner=user, document=serializer.validated_data)

    response = client.get(reverse("admin:resumes_resume_change", args=[resume.pk]))

    assert response.status_code == 200
    prefixes = [formset.formset.prefix for formset in response.context["inline_admin_formsets"]]
    assert prefixes == [part.accessor for part in PARTS]
    body = response.content.decode()
    assert example_document["work_experiences"][0]["company"] in body
    assert example_document["technical_skills"]["programming_languages"][0] in body


def test_given_a_link_without_a_scheme_when_an_admin_form_reads_it_then_https_is_assumed(rf):
    request = rf.get("/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    resume_admin = admin.site._registry[Resume]
    form_classes = [resume_admin.get_form(request)]
    form_classes += [inline.get_formset(request).form for inline in resume_admin.get_inline_instances(request)]
    form_classes += [admin.site._registry[part.model].get_form(request) for part in PARTS]

    url_fields = [f for form in form_classes for f in form.base_fields.values() if isinstance(f, forms.URLField)]

    # Resume's github/linkedin/portfolio, twice each for the parts (inline and own page)
    assert len(url_fields) == 3 + 2 * 4
    assert {f.clean("github.com/someone") for f in url_fields} == {"https://github.com/someone"}
