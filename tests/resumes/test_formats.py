import json

import pytest

from resumes.formats import resume_to_document
from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create, resume_replace
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
        "programming_languages", "frameworks", "databases", "message_queue_caching",
        "cloud_platforms", "devops_tools", "monitoring_tools", "others",
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
