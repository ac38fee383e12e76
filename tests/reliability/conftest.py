import pytest
import requests

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Users are made by the hundred here; their passwords need no real key stretching (a
    test that logs in through a separate web process hashes with PBKDF2 explicitly)."""
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture
def api_token(user):
    from rest_framework.authtoken.models import Token

    return Token.objects.create(user=user).key


@pytest.fixture
def session_cookie(client, user):
    """A session that a separate web process (gunicorn on the same test database) accepts."""
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.cookies["sessionid"].value


@pytest.fixture
def http():
    with requests.Session() as session:
        yield session


def assert_error_body(body: dict, error_code: str | None = None) -> None:
    """The uniform error body of DESIGN.md."""
    assert set(body) == {"detail", "error_code", "timestamp", "request_id", "details"}, body
    assert body["request_id"].startswith("req_") and body["timestamp"].endswith("Z")
    assert isinstance(body["details"], dict)
    if error_code is not None:
        assert body["error_code"] == error_code, body
