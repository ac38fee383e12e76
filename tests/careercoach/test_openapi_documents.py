"""The OpenAPI schema documents the JSON the API really answers. Each result (question set,
learning plan, practice feedback, fit report), the readiness body, health and the OCR parse job
have a schema (pydantic models beside the functions that build them, careercoach/api/schema.py
for the bridge), and real answers, made here by the offline pipeline, validate against the
response their operation documents for their status code (schemathesis's own check, the one
tests/reliability/test_fuzz_api.py runs against a live server)."""

import io

import pytest
import requests
import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from schemathesis.core.transport import Response

from careercoach.generation.run import job_execute
from interviews.schemas import QUESTION_TYPES
from postings.services import posting_create
from resumes.models import ParseJob
from resumes.parse_jobs import parse_job_run
from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from resumes.uploads import fit_for_storage, result_body
from tests.conftest import need
from tests.postings.test_api import POSTING
from tests.practice.jobs import run_feedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def openapi(api):
    return api.get("/api/schema/?format=json").json()


def schema_of(openapi, node):
    """A schema with its `$ref` (or the single `allOf` drf-spectacular wraps one in) followed."""
    while True:
        if "$ref" in node:
            node = openapi["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        elif len(node.get("allOf", [])) == 1:
            node = node["allOf"][0]
        else:
            return node


def response_schema(openapi, path, method, status):
    response = openapi["paths"][path][method]["responses"][str(status)]
    return schema_of(openapi, response["content"]["application/json"]["schema"])


def item_schema(openapi, array):
    assert array["type"] == "array"
    return schema_of(openapi, array["items"])


def test_the_interview_result_documents_its_five_questions_and_their_fields(openapi):
    path = "/api/v1/interview/{unique_key}/questions"
    result = response_schema(openapi, path, "get", 200)
    questions = result["properties"]["questions"]
    question = item_schema(openapi, questions)

    assert (questions["minItems"], questions["maxItems"]) == (5, 5)
    assert {"interview_id", "unique_key", "provider", "usage", "fallback_trail", "generated_at"} <= set(
        result["required"]
    )
    fields = {"type", "difficulty", "topic", "question", "what_good_answers_cover", "source"}
    assert set(question["properties"]) == fields and set(question["required"]) == fields
    assert schema_of(openapi, question["properties"]["type"])["enum"] == list(QUESTION_TYPES)
    assert schema_of(openapi, question["properties"]["difficulty"])["enum"] == ["easy", "medium", "hard"]
    covers = question["properties"]["what_good_answers_cover"]
    assert (covers["minItems"], covers["maxItems"], covers["items"]["type"]) == (2, 4, "string")
    # With `Prefer: wait=N` the start answers the same body.
    assert response_schema(openapi, path, "post", 200) == result


def test_the_learning_plan_documents_analysis_paths_with_progress_and_practice_items(openapi):
    path = "/api/v1/learning/{unique_key}/learning-path"
    plan = response_schema(openapi, path, "get", 200)
    learning_path = item_schema(openapi, plan["properties"]["learning_paths"])
    resource = item_schema(openapi, learning_path["properties"]["resource_items"])

    assert {"analysis", "summary", "learning_paths", "practice_items", "progress"} <= set(plan["required"])
    assert set(schema_of(openapi, plan["properties"]["analysis"])["properties"]) == {"strengths", "weaknesses"}
    generated = {"type", "title", "description", "reason", "resources", "link"}
    tracked = {"item_id", "status", "note", "links", "resource_items"}
    assert set(learning_path["properties"]) == generated | tracked
    assert learning_path["properties"]["link"]["pattern"].startswith("^https://")
    assert schema_of(openapi, learning_path["properties"]["status"])["enum"] == ["todo", "doing", "done", "skipped"]
    assert set(resource["properties"]) == {"text", "item_id", "status", "note", "links"}
    assert response_schema(openapi, path, "post", 200) == plan


def test_practice_feedback_documents_points_grade_model_answer_and_follow_up(openapi):
    answer = response_schema(openapi, "/api/v1/practice/answers/{answer_id}", "get", 200)
    feedback_ref = answer["properties"]["feedback"]
    feedback = schema_of(openapi, feedback_ref)
    point = item_schema(openapi, feedback["properties"]["points"])

    assert feedback_ref["nullable"] is True  # null until the feedback job is done
    assert {"points", "coverage", "grade", "grade_reason", "model_answer"} <= set(feedback["required"])
    grade = feedback["properties"]["grade"]
    assert (grade["type"], grade["minimum"], grade["maximum"]) == ("integer", 1, 5)
    assert schema_of(openapi, point["properties"]["status"])["enum"] == ["covered", "partial", "missing"]
    follow_up = feedback["properties"]["follow_up"]
    assert follow_up["nullable"] is True and set(schema_of(openapi, follow_up)["properties"]) == {"question", "target"}
    session = response_schema(openapi, "/api/v1/practice/sessions/{session_id}", "get", 200)
    assert schema_of(openapi, session["properties"]["answers"]["items"]) == answer
    assert "what_good_answers_cover" in item_schema(openapi, session["properties"]["questions"])["properties"]


def test_the_fit_report_documents_skills_score_and_what_to_prepare(openapi):
    path = "/api/v1/fit/{unique_key}/{posting_id}"
    report = response_schema(openapi, path, "get", 200)
    skill = item_schema(openapi, report["properties"]["required"])

    assert {"fit_id", "posting_id", "required", "preferred", "score", "prepare_first"} <= set(report["required"])
    assert schema_of(openapi, skill["properties"]["status"])["enum"] == ["shown", "related", "missing"]
    assert (report["properties"]["score"]["minimum"], report["properties"]["score"]["maximum"]) == (0, 100)
    assert report["properties"]["prepare_first"]["minItems"] == 3
    # The fit start takes no Prefer header: it answers 202 with the job, never the report.
    start = openapi["paths"][path]["post"]
    assert "200" not in start["responses"] and "202" in start["responses"]
    assert all(parameter["in"] != "header" for parameter in start.get("parameters", []))


def test_the_ocr_upload_documents_its_202_job_and_the_job_its_404(openapi):
    started = response_schema(openapi, "/api/v1/resumes/parse", "post", 202)
    job = response_schema(openapi, "/api/v1/resumes/parse/jobs/{job_id}", "get", 200)
    missing = response_schema(openapi, "/api/v1/resumes/parse/jobs/{job_id}", "get", 404)

    assert started == job
    assert {"job_id", "status", "progress", "status_url"} == set(job["required"])
    assert schema_of(openapi, job["properties"]["result"]) == response_schema(
        openapi, "/api/v1/resumes/parse", "post", 200
    )
    assert set(schema_of(openapi, job["properties"]["error"])["properties"]) == {"code", "detail"}
    assert set(missing["properties"]) == {"detail", "error_code", "timestamp", "request_id", "details"}


def test_no_json_answer_is_documented_as_a_bare_object(openapi):
    """`responses={200: dict}` documents `{"type": "object", "additionalProperties": {}}`: a body
    a client can learn nothing from."""
    bare = []
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None and not {"properties", "items"} & set(schema_of(openapi, schema)):
                    bare.append(f"{method.upper()} {path} {status}")
    assert bare == []


class Documented:
    """Validates Django test responses against the operation the schema documents for them."""

    def __init__(self, openapi):
        self.openapi = openapi
        self.schema = schemathesis.openapi.from_dict(openapi)

    def check(self, path, method, response, status):
        assert response.status_code == status, response.content[:500]
        assert str(status) in self.openapi["paths"][path][method]["responses"], f"{method} {path} {status}"
        headers = {name.lower(): [value] for name, value in response.headers.items()}
        request = requests.Request(method.upper(), f"http://testserver{path}").prepare()
        answer = Response(
            status_code=status, headers=headers, content=response.content, request=request, elapsed=0.0, verify=True
        )
        self.schema[path][method.upper()].validate_response(answer)
        return response.json() if response.content else None


@pytest.fixture
def documented(openapi):
    return Documented(openapi)


def test_real_generated_results_match_their_documented_responses(api, user, resume, documented):
    key = resume.unique_key
    questions, plan = "/api/v1/interview/{unique_key}/questions", "/api/v1/learning/{unique_key}/learning-path"
    for path in (questions, plan):
        url = path.format(unique_key=key)
        job = documented.check(path, "post", api.post(url, {}, format="json"), 202)
        job_execute(job["job_id"])
        documented.check("/api/v1/jobs/{job_id}", "get", api.get(f"/api/v1/jobs/{job['job_id']}"), 200)
        documented.check(path, "get", api.get(url), 200)
        documented.check(path, "post", api.post(url, {}, format="json", HTTP_PREFER="wait=5"), 200)

    item_id = api.get(plan.format(unique_key=key)).json()["learning_paths"][0]["item_id"]
    item = "/api/v1/learning/{unique_key}/learning-path/items/{item_id}"
    patched = api.patch(f"/api/v1/learning/{key}/learning-path/items/{item_id}", {"status": "doing"}, format="json")
    documented.check(item, "patch", patched, 200)


def test_real_practice_feedback_fit_and_readiness_match_their_documented_responses(api, user, resume, documented):
    key = resume.unique_key
    job_execute(api.post(f"/api/v1/interview/{key}/questions", {}, format="json").json()["job_id"])
    sessions = "/api/v1/practice/{unique_key}/sessions"
    session = documented.check(sessions, "post", api.post(f"/api/v1/practice/{key}/sessions", {}, format="json"), 201)
    submitted = api.post(
        f"/api/v1/practice/sessions/{session['session_id']}/answers",
        {"question_index": 0, "answer": "정산 배치를 청크 단위로 나누고 인덱스를 다시 설계했습니다."},
        format="json",
    )
    job = documented.check("/api/v1/practice/sessions/{session_id}/answers", "post", submitted, 202)
    session_path = "/api/v1/practice/sessions/{session_id}"
    documented.check(session_path, "get", api.get(f"/api/v1/practice/sessions/{session['session_id']}"), 200)
    run_feedback(job["answer_id"])

    feedback = documented.check(
        "/api/v1/practice/answers/{answer_id}", "get", api.get(f"/api/v1/practice/answers/{job['answer_id']}"), 200
    )
    assert feedback["feedback"]["grade"] in range(1, 6)
    documented.check(session_path, "get", api.get(f"/api/v1/practice/sessions/{session['session_id']}"), 200)
    documented.check(sessions, "get", api.get(f"/api/v1/practice/{key}/sessions"), 200)

    posting = posting_create(owner=user, text=POSTING)
    fit = "/api/v1/fit/{unique_key}/{posting_id}"
    started = documented.check(fit, "post", api.post(f"/api/v1/fit/{key}/{posting.id}", {}, format="json"), 202)
    job_execute(started["job_id"])
    documented.check(fit, "get", api.get(f"/api/v1/fit/{key}/{posting.id}"), 200)

    readiness = "/api/v1/resumes/{unique_key}/readiness"
    body = documented.check(readiness, "get", api.get(f"/api/v1/resumes/{key}/readiness?posting_id={posting.id}"), 200)
    assert body["fit"]["posting_id"] == str(posting.id) and body["questions"]


@pytest.mark.parametrize("path", ["/api/v1/interview/health", "/api/v1/learning/health"])
def test_the_health_answer_matches_its_documented_response(api, documented, path):
    documented.check(path, "get", api.get(path), 200)


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_ocr_upload_and_its_job_match_their_documented_responses(api, user, other_user, documented):
    need(ocr_available(), "Tesseract OCR with Korean")
    upload = SimpleUploadedFile("scan.png", _png())
    job = documented.check(
        "/api/v1/resumes/parse", "post", api.post("/api/v1/resumes/parse", {"file": upload}, format="multipart"), 202
    )
    path = "/api/v1/resumes/parse/jobs/{job_id}"
    documented.check(path, "get", api.get(f"/api/v1/resumes/parse/jobs/{job['job_id']}"), 200)
    parse_job_run(job_id=job["job_id"])  # a blank page: the worker finds no text
    failed = documented.check(path, "get", api.get(f"/api/v1/resumes/parse/jobs/{job['job_id']}"), 200)
    assert failed["status"] == "failed" and failed["error"]["code"]

    read = result_body(
        fit_for_storage(parse_resume(b"", text="김하늘\nhaneul@example.com\n\n경력\n페이로드 백엔드 개발자"))
    )
    done = ParseJob.objects.create(owner=user, status=ParseJob.Status.DONE, progress=100, result=read)
    body = documented.check(path, "get", api.get(f"/api/v1/resumes/parse/jobs/{done.pk}"), 200)
    assert body["result"]["draft"]["name"] == "김하늘"

    other = ParseJob.objects.create(owner=other_user, source=b"x")
    missing = documented.check(path, "get", api.get(f"/api/v1/resumes/parse/jobs/{other.pk}"), 404)
    assert missing["error_code"] == "NOT_FOUND"
