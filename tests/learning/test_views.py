import pytest
from django.urls import reverse
from django.utils.html import escape

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from learning.models import LearningPlan

pytestmark = pytest.mark.django_db


def test_given_learning_plan_when_page_opened_then_grouped_paths_with_links(client_logged_in, user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="learning")
    job_execute(job.pk)
    job.refresh_from_db()

    response = client_logged_in.get(reverse("learning:detail", args=[resume.unique_key, job.result_id]))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('data-testid="path"') == len(LearningPlan.objects.get(pk=job.result_id).learning_paths)
    assert 'href="https://' in html
    assert escape(LearningPlan.objects.get(pk=job.result_id).summary) in html


def test_given_learning_plan_when_markdown_downloaded_then_has_strengths_and_links(client_logged_in, user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="learning")
    job_execute(job.pk)
    job.refresh_from_db()

    response = client_logged_in.get(reverse("learning:download", args=[resume.unique_key, job.result_id, "md"]))

    text = response.content.decode()
    assert response["Content-Type"].startswith("text/markdown")
    assert "<https://" in text
