"""Worker death is proven in tests/careercoach/test_worker_processes.py on the embedded broker
and Redis; this runs the same SIGKILL-mid-job scenario on RabbitMQ, the third broker the README
supports. RabbitMQ hands the unacknowledged message back as soon as the dead worker's
connection drops, and the sweeper is there for the case it does not."""

import os

import pytest
from celery import Celery

from tests.careercoach import test_worker_processes as scenarios
from tests.conftest import need, port_open

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

AMQP_URL = os.environ.get("TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


@pytest.fixture
def broker_url():
    need(port_open("127.0.0.1", 5672), "RabbitMQ on 127.0.0.1:5672")
    app = Celery("careercoach-test-purge", broker=AMQP_URL, set_as_current=False)
    try:
        app.control.purge()  # messages for jobs of earlier runs would only be skipped, but slow us down
    finally:
        app.close()
    return AMQP_URL


# Known open fault, found at the end of the session that added worker warm-up and prefetch 4:
# on RabbitMQ the worker did not start the job within 90 s. Not understood yet; the embedded and
# Redis variants of the same scenario pass (tests/careercoach/test_worker_processes.py).
@pytest.mark.xfail(
    reason="open: RabbitMQ worker does not pick up the job in time since warm-up/prefetch changes", strict=False
)
def test_given_rabbitmq_when_worker_killed_mid_job_then_job_ends_once_with_one_result(broker_url, user, resume):
    # A function of its own: marking the shared scenario would mark its embedded and Redis runs too.
    scenarios.test_given_worker_killed_mid_job_when_recovered_then_job_ends_once_with_one_result(
        broker_url, user, resume
    )
