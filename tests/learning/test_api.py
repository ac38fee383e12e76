import pytest

from careercoach.generation.run import job_execute

pytestmark = pytest.mark.django_db


def test_given_learning_job_run_when_fetched_then_plan_in_design_shape(api, resume):
    started = api.post(f"/api/v1/learning/{resume.unique_key}/learning-path", {"language": "en"}, format="json")
    assert started.status_code == 202
    job_execute(started.json()["job_id"])

    body = api.get(f"/api/v1/learning/{resume.unique_key}/learning-path").json()

    assert body["language"] == "en"
    assert body["analysis"]["strengths"] and body["analysis"]["weaknesses"]
    assert 3 <= len(body["learning_paths"]) <= 8
    assert {p["type"] for p in body["learning_paths"]} == {"strength", "weakness"}
    assert all(p["link"].startswith("https://") for p in body["learning_paths"])


def test_given_no_plan_when_get_then_404_learning_path_not_found(api, resume):
    response = api.get(f"/api/v1/learning/{resume.unique_key}/learning-path")

    assert response.status_code == 404 and response.json()["error_code"] == "LEARNING_PATH_NOT_FOUND"
