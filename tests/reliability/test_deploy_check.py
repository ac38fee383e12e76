"""Production settings come from the environment, as the README documents. With them,
`manage.py check --deploy` has nothing to say, and the responses carry the headers it cannot
see (CSP, HSTS, frame and sniffing protection, the HTTPS redirect)."""

import json
import os
import secrets
import subprocess
import sys

import pytest

from tests.careercoach.workers import ROOT

PRODUCTION_VARIABLES = (
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "SECURE_COOKIES",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "BEHIND_PROXY",
    "CSRF_TRUSTED_ORIGINS",
    "HTTPS",
)
HOST = "careercoach.example.org"
HEADERS_SCRIPT = """
import json
from django.test import Client
client = Client()
secure = client.get("/", secure=True, HTTP_HOST="careercoach.example.org")
plain = client.get("/", HTTP_HOST="careercoach.example.org")
print(json.dumps({"secure": dict(secure.headers), "secure_status": secure.status_code,
                  "plain_status": plain.status_code, "plain_location": plain.get("Location", ""),
                  "session_cookie_secure": __import__("django.conf").conf.settings.SESSION_COOKIE_SECURE}))
"""


def production_env(tmp_path, **overrides) -> dict:
    # Browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_VARIABLES and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "careercoach.settings",
            "CAREERCOACH_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DEBUG": "0",
            "ALLOWED_HOSTS": HOST,
            "SECURE_COOKIES": "1",
            "SECURE_SSL_REDIRECT": "1",
            "SECURE_HSTS_SECONDS": "31536000",
            "BEHIND_PROXY": "1",
        }
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_given_production_environment_when_deploy_check_runs_then_no_warnings(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "missing, warning",
    [
        ("SECRET_KEY", "security.W009"),
        ("SECURE_COOKIES", "security.W012"),
        ("SECURE_SSL_REDIRECT", "security.W008"),
        ("SECURE_HSTS_SECONDS", "security.W004"),
    ],
)
def test_given_one_production_variable_left_out_when_deploy_check_runs_then_it_is_named(tmp_path, missing, warning):
    result = manage(production_env(tmp_path, **{missing: None}), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert warning in result.stdout + result.stderr


def test_given_production_environment_when_a_page_is_served_then_security_headers_and_https_redirect(tmp_path):
    result = manage(production_env(tmp_path), "shell", "-c", HEADERS_SCRIPT)
    assert result.returncode == 0, result.stderr
    served = json.loads(result.stdout.strip().splitlines()[-1])

    headers = {name.lower(): value for name, value in served["secure"].items()}
    assert served["secure_status"] == 200
    assert served["plain_status"] == 301 and served["plain_location"].startswith(f"https://{HOST}/")
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert "includeSubDomains" in headers["strict-transport-security"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert served["session_cookie_secure"] is True
