"""Shared fixtures. Services (PostgreSQL, Redis, RabbitMQ, Chromium) are probed once; a test
that needs one skips without it on a laptop and fails under REQUIRE_SERVICES=1 (CI)."""
import os
import socket

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def need(available: bool, what: str) -> None:
    """Skip, or fail when CI demands every service."""
    if available:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required (REQUIRE_SERVICES=1) but not available")
    pytest.skip(f"{what} not available")


@pytest.fixture
def user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def other_user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def client_logged_in(client, user):
    client.force_login(user)
    return client
