"""Worker death is proven in tests/careercoach/test_worker_processes.py on the embedded broker
and Redis; this runs the same SIGKILL-mid-job scenario on RabbitMQ, the third broker the README
supports. RabbitMQ hands the unacknowledged message back as soon as the dead worker's
connection drops, and the sweeper is there for the case it does not.

The run has a queue of its own (CELERY_TASK_DEFAULT_QUEUE) and its workers node names of their
own (tests/careercoach/workers.py): the RabbitMQ vhost is shared by every run on the machine,
and on the shared `celery` queue another run's worker took this run's message and dropped it
(no such job in its database), or another run's purge deleted it while the worker was still
warming up, and a second `celery@<host>` died at start on the exclusive control queue."""

import os
import uuid

import pytest
from kombu import Connection

from tests.careercoach import test_worker_processes as scenarios
from tests.conftest import need, port_open

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

AMQP_URL = os.environ.get("TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


@pytest.fixture
def broker_url(settings):
    need(port_open("127.0.0.1", 5672), "RabbitMQ on 127.0.0.1:5672")
    queue = f"careercoach-test-{uuid.uuid4().hex[:12]}"
    settings.CELERY_TASK_DEFAULT_QUEUE = queue  # the workers read it and the test rings it (workers.py)
    yield AMQP_URL
    with Connection(AMQP_URL, connect_timeout=5) as connection:
        channel = connection.default_channel
        channel.queue_delete(queue)
        channel.exchange_delete(queue)  # Celery names the default exchange after the default queue


def test_given_rabbitmq_when_worker_killed_mid_job_then_job_ends_once_with_one_result(broker_url, user, resume):
    # A function of its own, so this module's runs are named and selected apart from the embedded
    # and Redis ones.
    scenarios.test_given_worker_killed_mid_job_when_recovered_then_job_ends_once_with_one_result(
        broker_url, user, resume
    )
