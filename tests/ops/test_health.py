"""Health bodies: today's parts plus `service`, `status` and `timestamp` for the earlier
system's clients."""

from datetime import datetime

import pytest
from rest_framework.test import APIClient

from careercoach.celery import app as celery_app

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["interview", "learning"])
def test_given_everything_up_when_health_read_then_healthy_with_service_and_timestamp(kind):
    response = APIClient().get(f"/api/v1/{kind}/health")

    body = response.json()
    assert response.status_code == 200
    assert body["service"] == f"{kind}-service"
    assert body["status"] == "healthy"
    assert datetime.fromisoformat(body["timestamp"].replace("Z", "+00:00")).tzinfo is not None
    assert body["database"]["ok"] and body["broker"]["ok"] and body["providers"]["ok"]


def test_given_unreachable_broker_when_health_read_then_degraded_but_200():
    """A closed local port is a real refused connection: jobs would still be accepted and
    wait for the sweeper, so the service is degraded, not down."""
    saved = celery_app.conf.broker_url
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"
    try:
        response = APIClient().get("/api/v1/interview/health")
    finally:
        celery_app.conf.broker_url = saved

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["broker"]["ok"] is False
