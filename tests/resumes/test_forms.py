import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from resumes.forms import (
    IMPORT_MAX_BYTES,
    ResumeForm,
    ResumeImportForm,
    build_formsets,
    flatten_errors,
    forms_to_document,
    resume_initial,
    split_items,
    split_lines,
    validate_forms,
)
from resumes.serializers import ResumeFormatSerializer


@pytest.fixture(autouse=True)
def english_messages():
    with translation.override("en"):
        yield


def management(prefix, total, initial=0):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial)}


def editor_data(**overrides):
    """A POST body of the editor with every formset present and empty."""
    data = {"name": "Kim Dev", "total_experience_months": "30"}
    for prefix in ("experiences", "projects", "certifications", "activities", "education"):
        data.update(management(prefix, 0))
    data.update(overrides)
    return data


def validate(data):
    form = ResumeForm(data=data)
    formsets = build_formsets(data=data)
    return validate_forms(form, formsets), form, formsets


def test_tech_stack_accepts_commas_and_lines_mixed():
    assert split_items("Python, Django\nPostgreSQL,,\n  Redis ") == ["Python", "Django", "PostgreSQL", "Redis"]


def test_achievements_split_on_lines_only_so_sentences_keep_their_commas():
    assert split_lines("Cut latency, p95 from 800 to 120 ms\n\n  Led a team of 4  ") == [
        "Cut latency, p95 from 800 to 120 ms",
        "Led a team of 4",
    ]


def test_given_filled_editor_when_validated_then_document_has_every_section_in_format_shape():
    data = editor_data(
        email="kim@example.test",
        summary="",
        skills_programming_languages="Python, Go",
        skills_others="Nginx",
        **management("experiences", 1),
        **{
            "experiences-0-company": "Payco",
            "experiences-0-position": "Backend Engineer",
            "experiences-0-tech_stack": "Python, Django\nPostgreSQL",
            "experiences-0-achievements": "Cut p95 latency to 120 ms\nLed the migration",
            "experiences-0-team_size": "5",
        },
        **management("education", 1),
        **{"education-0-institution": "Seoul University", "education-0-degree": "BSc"},
    )

    document, form, formsets = validate(data)

    assert document is not None, (form.errors, [f.errors for f in formsets.values()])
    assert document["contact"] == {
        "phone": None,
        "email": "kim@example.test",
        "github": None,
        "linkedin": None,
        "portfolio": None,
    }
    assert document["summary"] is None
    assert document["technical_skills"]["programming_languages"] == ["Python", "Go"]
    assert document["technical_skills"]["databases"] == []
    assert document["work_experiences"] == [
        {
            "company": "Payco",
            "position": "Backend Engineer",
            "duration": None,
            "project_name": None,
            "project_description": None,
            "tech_stack": ["Python", "Django", "PostgreSQL"],
            "achievements": ["Cut p95 latency to 120 ms", "Led the migration"],
            "team_size": 5,
        }
    ]
    assert document["education"][0]["institution"] == "Seoul University"
    assert document["personal_projects"] == document["certifications"] == document["activities"] == []


def test_given_blank_extra_forms_when_validated_then_they_are_ignored():
    data = editor_data(**management("experiences", 2), **management("projects", 1))

    document, _form, _formsets = validate(data)

    assert document["work_experiences"] == []
    assert document["personal_projects"] == []


def test_given_item_marked_deleted_when_validated_then_it_is_left_out_even_if_invalid():
    data = editor_data(
        **management("projects", 2, initial=2),
        **{
            "projects-0-name": "Kept",
            "projects-1-name": "",
            "projects-1-DELETE": "on",
        },
    )

    document, _form, _formsets = validate(data)

    assert [p["name"] for p in document["personal_projects"]] == ["Kept"]


def test_given_too_long_tech_item_when_validated_then_serializer_error_lands_on_that_field():
    data = editor_data(
        **management("experiences", 2),
        **{
            "experiences-0-company": "Fine",
            "experiences-1-company": "Second",
            "experiences-1-tech_stack": "Go, " + "x" * 150,
        },
    )

    document, form, formsets = validate(data)

    assert document is None
    second = formsets["experiences"].forms[1]
    assert "tech_stack" in second.errors
    assert "100" in second.errors["tech_stack"][0]
    assert not formsets["experiences"].forms[0].errors


def test_given_more_than_fifty_skills_when_validated_then_error_is_on_the_skill_field():
    data = editor_data(skills_frameworks=", ".join(f"fw{i}" for i in range(51)))

    document, form, _formsets = validate(data)

    assert document is None
    assert "skills_frameworks" in form.errors


def test_initial_from_document_joins_lists_for_text_boxes(example_document):
    initial = resume_initial(example_document)
    formsets = build_formsets(document=example_document)

    assert initial["github"] == "https://github.com/test"
    assert initial["skills_databases"] == "MySQL, PostgreSQL, Neo4j, InfluxDB"
    project = formsets["projects"].forms[0].initial
    assert project["tech_stack"].startswith("Spring Boot, PostgreSQL")
    assert (
        project["key_achievements"].count("\n") == len(example_document["personal_projects"][0]["key_achievements"]) - 1
    )


def test_document_from_initial_round_trips_through_the_editor(example_document):
    """What the edit page shows, submitted unchanged, is the same document."""
    data = {}
    for name, value in resume_initial(example_document).items():
        data[name] = "" if value is None else str(value)
    for prefix, formset in build_formsets(document=example_document).items():
        data.update(management(prefix, len(formset.forms), initial=len(formset.forms)))
        for form in formset.forms:
            for name, value in form.initial.items():
                data[f"{form.prefix}-{name}"] = "" if value is None else str(value)

    document, form, formsets = validate(data)

    assert document is not None
    expected = ResumeFormatSerializer(data=example_document)
    assert expected.is_valid()
    assert json.loads(json.dumps(document)) == json.loads(json.dumps(expected.validated_data))


def test_form_document_has_exactly_the_format_keys():
    document, form, formsets = validate(editor_data())

    assert set(forms_to_document(form, formsets)) == set(ResumeFormatSerializer().fields)


def test_flatten_errors_names_the_path_of_each_bad_field():
    serializer = ResumeFormatSerializer(
        data={
            "contact": {"email": "not-an-email"},
            "work_experiences": [{"company": "ok"}, {"position": "no company"}],
        }
    )
    assert not serializer.is_valid()

    lines = flatten_errors(serializer.errors)

    assert any(line.startswith("name: ") for line in lines)
    assert any(line.startswith("contact.email: ") for line in lines)
    assert any(line.startswith("work_experiences[1].company: ") for line in lines)
    assert not any(line.startswith("work_experiences[0]") for line in lines)


def upload(content: bytes, name="resume.json"):
    return SimpleUploadedFile(name, content, content_type="application/json")


def test_import_form_accepts_the_example(example_document):
    form = ResumeImportForm(data={}, files={"file": upload(json.dumps(example_document, ensure_ascii=False).encode())})

    assert form.is_valid(), form.errors
    assert form.document["name"] == "test"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"name": "x",', "not valid JSON"),
        (b"[1, 2]", "one JSON object"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b'{"summary": "no name"}', "name: "),
    ],
)
def test_import_form_rejects_bad_files_with_a_reason(content, expected):
    form = ResumeImportForm(data={}, files={"file": upload(content)})

    assert not form.is_valid()
    assert any(expected in message for message in form.errors["file"])


def test_import_form_rejects_files_over_two_megabytes():
    padding = " " * IMPORT_MAX_BYTES
    form = ResumeImportForm(data={}, files={"file": upload(('{"name": "x"}' + padding).encode())})

    assert not form.is_valid()
    assert "2 MB" in form.errors["file"][0]
