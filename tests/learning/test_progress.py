"""Learning-path progress: stable item ids, status arithmetic, regenerated plans, the toggle
view (HTMX and plain form), the PATCH API and isolation between users."""

import pytest
from django.urls import reverse

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from learning.models import LearningPlan
from readiness.items import path_item_id, plan_items, progress_counts
from readiness.models import PathItemProgress
from readiness.paths import item_update, plan_progress

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="learning")
    job_execute(job.pk)
    job.refresh_from_db()
    return LearningPlan.objects.get(pk=job.result_id)


def _regenerate(plan, paths):
    plan.pk = None
    plan.learning_paths = paths
    plan.save()
    return plan


def test_given_statuses_when_counted_then_skipped_leave_the_total():
    assert progress_counts(["done", "todo", "skipped", "doing"]) == {"done": 1, "total": 3, "percent": 33, "skipped": 1}


def test_given_every_item_done_or_skipped_when_counted_then_100_percent():
    assert progress_counts(["done", "skipped", "done"])["percent"] == 100
    assert progress_counts(["skipped", "skipped"]) == {"done": 0, "total": 0, "percent": 100, "skipped": 2}
    assert progress_counts([])["percent"] == 0


def test_given_same_topic_reworded_and_moved_when_ids_made_then_id_is_the_same():
    link = "https://kafka.apache.org/documentation/"
    first = {"type": "strength", "title": "Next level Kafka: Schema Registry", "resources": ["a"], "link": link}
    second = {"type": "strength", "title": "Go deeper with Kafka and exactly-once", "resources": ["b"], "link": link}

    assert path_item_id(first) == path_item_id(second)
    assert path_item_id(first) != path_item_id({**first, "type": "weakness"})
    ids = [i["item_id"] for i in plan_items([second, first])]
    assert len(set(ids)) == len(ids) == 4


def test_given_plan_when_every_item_marked_done_then_progress_is_complete(plan):
    progress = plan_progress(plan)
    ids = list(progress.statuses_by_id())

    for item_id in ids:
        item_update(plan=plan, item_id=item_id, status="done")

    counts = plan_progress(plan).counts
    assert counts["done"] == counts["total"] == len(ids)
    assert counts["percent"] == 100


def test_given_marked_items_when_plan_regenerated_then_kept_statuses_and_new_and_dropped_shown(plan):
    first, second = plan.learning_paths[0], plan.learning_paths[1]
    progress = plan_progress(plan)
    first_id, second_id = progress.paths[0]["item_id"], progress.paths[1]["item_id"]
    item_update(plan=plan, item_id=first_id, status="done", note="read the docs")
    item_update(plan=plan, item_id=second_id, status="skipped")
    added = {**first, "type": "weakness", "title": "Close the gap in Terraform modules", "resources": ["state"]}

    new_plan = _regenerate(plan, [*plan.learning_paths[2:], first, added])

    progress = plan_progress(new_plan)
    kept = progress.statuses_by_id()[first_id]
    assert (kept["status"], kept["note"]) == ("done", "read the docs")
    assert [d["item_id"] for d in progress.dropped] == [second_id]
    assert progress.paths[-1]["is_new"] and progress.paths[-1]["item_id"] in progress.new_ids
    assert not progress.paths[-2]["is_new"]
    assert second["title"] not in [p["title"] for p in progress.paths]


def test_given_plan_page_when_status_posted_without_js_then_redirect_and_page_shows_it(client_logged_in, plan):
    item_id = plan_progress(plan).paths[0]["item_id"]
    url = reverse("readiness:item", args=[plan.resume.unique_key, plan.pk, item_id])

    response = client_logged_in.post(url, {"status": "doing"})

    assert response.status_code == 302
    page = client_logged_in.get(response["Location"]).content.decode()
    assert f'data-item-id="{item_id}" data-status="doing"' in page
    assert 'data-testid="plan-progress"' in page


def test_given_htmx_when_status_posted_then_item_partial_with_oob_progress(client_logged_in, plan):
    item_id = plan_progress(plan).paths[0]["item_id"]
    url = reverse("readiness:item", args=[plan.resume.unique_key, plan.pk, item_id])

    response = client_logged_in.post(url, {"status": "done"}, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'data-status="done"' in html and 'hx-swap-oob="true"' in html


def test_given_bad_link_when_note_posted_then_400_and_nothing_stored(client_logged_in, plan):
    item_id = plan_progress(plan).paths[0]["item_id"]
    url = reverse("readiness:item", args=[plan.resume.unique_key, plan.pk, item_id])

    response = client_logged_in.post(url, {"note": "x", "links": "javascript:alert(1)"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 400
    assert not PathItemProgress.objects.filter(item_id=item_id).exists()


def test_given_api_when_item_patched_then_status_note_and_progress(api, plan):
    item_id = plan_progress(plan).paths[0]["item_id"]
    url = f"/api/v1/learning/{plan.resume.unique_key}/learning-path/items/{item_id}"

    response = api.patch(url, {"status": "done", "note": "메모"}, format="json")

    assert response.status_code == 200
    assert response.json()["status"] == "done" and response.json()["note"] == "메모"
    document = api.get(f"/api/v1/learning/{plan.resume.unique_key}/learning-path").json()
    assert document["learning_paths"][0]["item_id"] == item_id
    assert document["learning_paths"][0]["status"] == "done"
    assert isinstance(document["learning_paths"][0]["resources"][0], str)
    assert document["progress"]["done"] == 1 and document["progress"]["total"] > 1


def test_given_bad_status_or_unknown_item_when_patched_then_400_or_404_uniform_body(api, plan):
    base = f"/api/v1/learning/{plan.resume.unique_key}/learning-path/items/"
    item_id = plan_progress(plan).paths[0]["item_id"]

    bad = api.patch(base + item_id, {"status": "finished"}, format="json")
    unknown = api.patch(base + "p_nope", {"status": "done"}, format="json")

    assert bad.status_code == 400 and bad.json()["error_code"] == "VALIDATION_ERROR"
    assert unknown.status_code == 404 and unknown.json()["error_code"] == "ITEM_NOT_FOUND"
    assert not PathItemProgress.objects.exists()


def test_given_other_users_plan_when_patched_or_posted_then_404(other_user, plan, client):
    from rest_framework.test import APIClient

    item_id = plan_progress(plan).paths[0]["item_id"]
    intruder = APIClient()
    intruder.force_authenticate(other_user)
    client.force_login(other_user)

    api_response = intruder.patch(
        f"/api/v1/learning/{plan.resume.unique_key}/learning-path/items/{item_id}", {"status": "done"}, format="json"
    )
    web_response = client.post(
        reverse("readiness:item", args=[plan.resume.unique_key, plan.pk, item_id]), {"status": "done"}
    )

    assert api_response.status_code == 404 and api_response.json()["error_code"] == "RESUME_NOT_FOUND"
    assert web_response.status_code == 404
    assert not PathItemProgress.objects.exists()


def test_given_statuses_and_note_when_markdown_downloaded_then_checklist_with_note(client_logged_in, plan):
    item_id = plan_progress(plan).paths[0]["item_id"]
    item_update(plan=plan, item_id=item_id, status="done", note="finished chapter 3")

    text = client_logged_in.get(reverse("learning:download", args=[plan.resume.unique_key, plan.pk, "md"])).content

    assert "[x]" in text.decode() and "> finished chapter 3" in text.decode()
