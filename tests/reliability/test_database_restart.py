"""PostgreSQL restarts while people use the site. Requests during the outage fail at once and
cleanly (API: 503 with the uniform error body; pages: the 500 page), nothing hangs, every
write that was acknowledged is still there afterwards, and the running web process recovers
by itself (persistent connections with health checks) with no restart.

The cluster is a private one in a temporary directory, never the machine's shared server."""

import threading
import time
import uuid
from dataclasses import dataclass, field

import psycopg
import pytest
import requests

from tests.conftest import need
from tests.reliability.conftest import assert_error_body
from tests.reliability.servers import PrivatePostgres, gunicorn, manage, postgres_bin_dir, web_env
from tests.waiting import wait_until

pytestmark = pytest.mark.services

CLIENT_TIMEOUT_SECONDS = 15  # a request slower than this counts as a hang
SETUP_SCRIPT = """
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from rest_framework.authtoken.models import Token
from resumes.services import resume_create
user = get_user_model().objects.create_user("load", password="correct-horse-battery")
resume = resume_create(owner=user, document={"name": "Load Tester", "contact": {}, "technical_skills": {}})
session = SessionStore()
session.update({"_auth_user_id": str(user.pk), "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                "_auth_user_hash": user.get_session_auth_hash()})
session.create()
print("TOKEN", Token.objects.create(user=user).key, resume.unique_key, session.session_key)
"""


@pytest.fixture
def private_postgres(tmp_path):
    need(postgres_bin_dir() is not None, "PostgreSQL server binaries (initdb, pg_ctl)")
    cluster = PrivatePostgres().init().start()
    cluster.create_database()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def site(private_postgres, tmp_path):
    env = web_env("memory://", DATABASE_URL=private_postgres.url(), DB_CONN_MAX_AGE=60, CAREERCOACH_VAR_DIR=tmp_path)
    manage("migrate", "--noinput", env=env)
    manage("createcachetable", env=env)
    line = next(x for x in manage("shell", "-c", SETUP_SCRIPT, env=env).splitlines() if x.startswith("TOKEN "))
    _, token, key, session_key = line.split()
    with gunicorn(env, threads=4, log_name="test-gunicorn-dbrestart.log") as base:
        yield {"base": base, "token": token, "key": key, "session": session_key}


@dataclass
class Outcome:
    kind: str
    started: float
    status: int | None
    seconds: float
    body: object = None
    error: str = ""
    created: str = ""
    retry_after: str = ""


@dataclass
class Load:
    """A few threads calling the API (reads and writes) and a web page, until stopped."""

    site: dict
    threads: int = 4
    outcomes: list = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self):
        self.workers = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(self.threads)]
        for worker in self.workers:
            worker.start()
        return self

    def stop(self):
        self.stopping.set()
        for worker in self.workers:
            worker.join(timeout=CLIENT_TIMEOUT_SECONDS + 5)

    def _run(self, number):
        http = requests.Session()
        http.headers["Authorization"] = f"Token {self.site['token']}"
        http.cookies.set("sessionid", self.site["session"])
        base, turn = self.site["base"], number
        while not self.stopping.is_set():
            turn += 1
            kind = ("read", "write", "page")[turn % 3]
            self._record(kind, http, base)
            time.sleep(0.02)

    def _call(self, http, base, kind):
        if kind == "read":
            return http.get(f"{base}/api/v1/resumes/{self.site['key']}", timeout=CLIENT_TIMEOUT_SECONDS), ""
        if kind == "write":
            name = f"load-{uuid.uuid4().hex[:12]}"
            return http.post(f"{base}/api/v1/resumes/", json={"name": name}, timeout=CLIENT_TIMEOUT_SECONDS), name
        return http.get(f"{base}/resumes/", timeout=CLIENT_TIMEOUT_SECONDS), ""

    def _record(self, kind, http, base):
        started = time.monotonic()
        try:
            response, name = self._call(http, base, kind)
        except requests.RequestException as exc:
            outcome = Outcome(kind, started, None, time.monotonic() - started, error=repr(exc))
        else:
            is_json = response.headers.get("Content-Type", "").startswith("application/json")
            outcome = Outcome(
                kind,
                started,
                response.status_code,
                time.monotonic() - started,
                body=response.json() if is_json else response.text,
                retry_after=response.headers.get("Retry-After", ""),
                created=name if response.status_code == 201 else "",
            )
        with self.lock:
            self.outcomes.append(outcome)

    def successes_since(self, moment):
        with self.lock:
            return [o for o in self.outcomes if o.started >= moment and o.status in (200, 201)]


def stored_resume_names(cluster) -> set[str]:
    with psycopg.connect(cluster.url().replace("postgres://", "postgresql://")) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM resumes_resume")}


def test_given_load_when_database_restarts_then_requests_fail_cleanly_nothing_acknowledged_is_lost_and_it_recovers(
    private_postgres,
    site,
):
    load = Load(site).start()
    try:
        wait_until(
            lambda: len(load.successes_since(0)) >= 15,
            timeout=30,
            interval=0.1,
            what="traffic to get through before the fault",
        )

        private_postgres.stop("fast")
        went_down = time.monotonic()
        time.sleep(2)
        private_postgres.start()
        came_back = time.monotonic()

        wait_until(
            lambda: len(load.successes_since(came_back)) >= 15, timeout=30, interval=0.1, what="the app to recover"
        )
    finally:
        load.stop()

    outcomes = load.outcomes
    hung = [o for o in outcomes if o.status is None]
    assert not hung, f"requests without an answer: {hung[:3]}"
    assert max(o.seconds for o in outcomes) < CLIENT_TIMEOUT_SECONDS

    failed = [o for o in outcomes if o.status not in (200, 201)]
    assert failed, "the outage was not noticed by any request"
    assert all(went_down - 1 <= o.started <= came_back for o in failed), "failures outside the outage"
    for outcome in failed:
        if outcome.kind == "page":
            assert outcome.status == 500 and "500" in outcome.body
        else:
            assert outcome.status == 503, (outcome.status, outcome.body)
            assert_error_body(outcome.body, "SERVICE_UNAVAILABLE")
            assert int(outcome.retry_after) > 0

    after = [o for o in outcomes if o.started >= came_back]
    assert after and all(o.status in (200, 201) for o in after), "requests after the restart still failed"

    acknowledged = {o.created for o in outcomes if o.created}
    assert acknowledged and acknowledged <= stored_resume_names(private_postgres)
