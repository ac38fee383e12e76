"""The embedded broker's messages are whole when a consumer sees them: kombu's filesystem
transport let a polling worker read a message still being written, and die on it."""

from __future__ import annotations

import multiprocessing

import pytest
from kombu import Connection
from kombu.transport import filesystem

from careercoach import broker

MESSAGES = 400


def channel(folder, transport):
    options = {"data_folder_in": str(folder), "data_folder_out": str(folder), "store_processed": False}
    return Connection("filesystem://localhost//", transport=transport, transport_options=options).default_channel


def write_messages(folder, transport) -> None:
    writer = channel(folder, transport)
    for number in range(MESSAGES):
        writer._put("jobs", {"number": number, "body": "x" * 2000})


def drain_while_writing(folder, transport) -> tuple[list[int], int]:
    """Another process puts MESSAGES messages while this one polls the folder as a worker
    does: (the numbers read, how many reads failed on a half-written file)."""
    writer = multiprocessing.get_context("fork").Process(target=write_messages, args=(folder, transport))
    writer.start()
    reader = channel(folder, transport)
    received, failed = [], 0
    while len(received) < MESSAGES and (writer.is_alive() or any(folder.iterdir())):
        try:
            received.append(reader._get("jobs")["number"])
        except filesystem.Empty:
            continue
        except ValueError:  # kombu's own transport: json.loads("") of a file not yet written
            failed += 1
    writer.join(timeout=30)
    return received, failed


def test_given_a_worker_polling_while_another_process_writes_then_it_reads_every_message_whole(tmp_path):
    received, failed = drain_while_writing(tmp_path, broker.Transport)

    assert failed == 0
    assert sorted(received) == list(range(MESSAGES))


def test_given_a_message_still_being_written_then_the_consumer_does_not_take_it(tmp_path):
    partial = tmp_path / f"1_abc.jobs.msg{broker.PARTIAL_SUFFIX}"
    partial.write_bytes(b"")

    with pytest.raises(filesystem.Empty):
        channel(tmp_path, broker.Transport)._get("jobs")
    assert partial.exists()


def test_given_the_embedded_broker_then_the_app_sends_through_the_atomic_transport():
    from careercoach.celery import app

    with app.connection_for_write() as connection:
        assert isinstance(connection.transport, broker.Transport)


def test_given_the_app_pointed_at_another_broker_then_that_broker_is_used_not_the_filesystem():
    from careercoach.celery import app

    saved = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"
    try:
        with app.connection_for_write() as connection:
            assert connection.transport.driver_type == "redis"
    finally:
        app.conf.broker_url = saved
