"""The web load of bench/web.py: people preparing for an interview.

Each simulated user logs in once with their own account, waits until every user has logged
in (so password hashing at start-up does not colour the page timings), then loops: resume
list, resume page, press "Generate interview questions" (the HTMX POST the button sends),
poll the job every second as the page does, open the result. Between steps a user thinks for
BENCH_THINK_MIN..BENCH_THINK_MAX seconds. Every second round asks to regenerate, so rounds
alternate between a new generation and the cached answer for the unchanged resume.

Every request is written to BENCH_RECORD_FILE (name, start, milliseconds, ok) when the run
ends; bench/web.py computes the percentiles from those records. Measuring starts
BENCH_WARMUP_SECONDS after the last login (every server process has then served every page
once) and the run stops itself BENCH_MEASURE_SECONDS later.
"""

import itertools
import json
import os
import random
import re
import time
from urllib.parse import quote, urlencode

import gevent
import psutil
from gevent.event import Event
from locust import FastHttpUser, constant, events, task

ACCOUNTS = json.loads(open(os.environ["BENCH_USERS_FILE"], encoding="utf-8").read())
RECORD_FILE = os.environ["BENCH_RECORD_FILE"]
MEASURE_SECONDS = float(os.environ.get("BENCH_MEASURE_SECONDS", "30"))
WARMUP_SECONDS = float(os.environ.get("BENCH_WARMUP_SECONDS", "10"))
LOGIN_TIMEOUT = float(os.environ.get("BENCH_LOGIN_TIMEOUT", "180"))
THINK = (float(os.environ.get("BENCH_THINK_MIN", "0.5")), float(os.environ.get("BENCH_THINK_MAX", "1.5")))
POLL_SECONDS = 1.0
MAX_POLLS = 120
JOB_URL = re.compile(r'hx-get="(/resumes/[^"]+/jobs/[0-9a-f-]{36}/)"')

_account_numbers = itertools.count()
_logins = {"done": 0}
_everyone_in = Event()
_records = []
_marks = {}
_random = random.Random(6)
WATCHED = {
    name: int(os.environ[f"BENCH_{name.upper()}_PID"])
    for name in ("server", "worker")
    if os.environ.get(f"BENCH_{name.upper()}_PID")
}


def _tree_seconds(root: psutil.Process, *, reaped: bool = False) -> float:
    """CPU seconds of a process and its live children; with `reaped`, also of the children that
    already exited (a PostgreSQL backend lives for one connection when CONN_MAX_AGE is 0)."""
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
        if reaped and proc.pid == root.pid:
            total += times.children_user + times.children_system
    return total


def _postmaster():
    for proc in psutil.process_iter(["name"]):
        try:
            if proc.info["name"] == "postgres" and proc.parent() and proc.parent().name() != "postgres":
                return proc
        except psutil.Error:
            continue
    return None


POSTMASTER = _postmaster()


def _cpu_snapshot() -> dict:
    """CPU seconds so far: the whole machine (busy, total), each watched process tree, this
    load generator, and the local PostgreSQL server (shared with anything else using it)."""
    times = psutil.cpu_times()
    idle = times.idle + getattr(times, "iowait", 0.0)
    snapshot = {
        "machine_total": sum(times),
        "machine_busy": sum(times) - idle,
        "locust": _tree_seconds(psutil.Process()),
    }
    for name, pid in WATCHED.items():
        try:
            snapshot[name] = _tree_seconds(psutil.Process(pid))
        except psutil.NoSuchProcess:
            snapshot[name] = 0.0
    if POSTMASTER is not None:
        try:
            snapshot["postgres"] = _tree_seconds(POSTMASTER, reaped=True)
        except psutil.NoSuchProcess:
            pass
    return snapshot


@events.request.add_listener
def _record(request_type, name, response_time, response_length, exception=None, start_time=None, **_kwargs):
    _records.append(
        [
            name,
            start_time,
            round(response_time, 2),
            exception is None,
            request_type,
            "" if exception is None else str(exception)[:120],
        ]
    )


@events.test_start.add_listener
def _stop_after_window(environment, **_kwargs):
    def stopper():
        _everyone_in.wait(LOGIN_TIMEOUT)
        _marks["logins_done"] = time.time()
        gevent.sleep(WARMUP_SECONDS)
        _marks["measure_start"], _marks["cpu_start"] = time.time(), _cpu_snapshot()
        gevent.sleep(MEASURE_SECONDS)
        _marks["measure_end"], _marks["cpu_end"] = time.time(), _cpu_snapshot()
        environment.runner.quit()

    gevent.spawn(stopper)


@events.quitting.add_listener
def _write_records(environment, **_kwargs):
    with open(RECORD_FILE, "w", encoding="utf-8") as handle:
        json.dump({"marks": _marks, "records": _records}, handle)


def _flow(name, started, ok, detail=""):
    """A whole press-to-result generation, kept apart from the HTTP requests (type FLOW)."""
    events.request.fire(
        request_type="FLOW",
        name=name,
        response_time=(time.time() - started) * 1000,
        response_length=0,
        exception=None if ok else RuntimeError(detail),
        start_time=started,
        context={},
    )


class Candidate(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.account = ACCOUNTS[next(_account_numbers) % len(ACCOUNTS)]
        self.key = quote(self.account["unique_keys"][0])
        self.rounds = 0
        try:
            self.client.get("/accounts/login/", name="login page")
            form = {
                "username": self.account["username"],
                "password": self.account["password"],
                "csrfmiddlewaretoken": self.csrf_token(),
            }
            with self.client.post(
                "/accounts/login/",
                data=urlencode(form),
                name="login",
                allow_redirects=False,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                catch_response=True,
            ) as response:
                if response.status_code != 302:
                    response.failure(f"login answered {response.status_code}")
        finally:
            _logins["done"] += 1
            if _logins["done"] >= int(os.environ.get("BENCH_USER_COUNT", len(ACCOUNTS))):
                _everyone_in.set()
        _everyone_in.wait(LOGIN_TIMEOUT)

    def csrf_token(self) -> str:
        for cookie in self.client.cookiejar:
            if cookie.name == "csrftoken":
                return cookie.value
        return ""

    def think(self):
        time.sleep(_random.uniform(*THINK))

    def page(self, url, name):
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{name} answered {response.status_code}")

    @task
    def prepare_for_interview(self):
        self.page("/resumes/", "resume list")
        self.think()
        self.page(f"/resumes/{self.key}/", "resume page")
        self.think()
        regenerate = self.rounds % 2 == 1
        self.rounds += 1
        started = time.time()
        result_url, polled, problem = self.generate(regenerate)
        if result_url:
            self.page(result_url, "result page")
        _flow("new generation" if polled else "cached answer", started, bool(result_url), problem)
        self.think()

    def generate(self, regenerate: bool):
        """Press the button, then poll like the page; returns (result URL or None, polled, problem)."""
        form = {"language": "auto", **({"regenerate": "1"} if regenerate else {})}
        headers = {
            "HX-Request": "true",
            "X-CSRFToken": self.csrf_token(),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        with self.client.post(
            f"/resumes/{self.key}/interview/generate/",
            data=urlencode(form),
            headers=headers,
            name="start generation",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"start answered {response.status_code}")
                return None, False, f"start answered {response.status_code}"
            if response.headers.get("HX-Redirect"):
                return response.headers["HX-Redirect"], False, ""  # a cached result: straight to it
            match = JOB_URL.search(response.text or "")
            if not match:
                response.failure("no job to poll in the answer")
                return None, False, "no job to poll"
        poll_url = match.group(1)
        for _ in range(MAX_POLLS):
            time.sleep(POLL_SECONDS)
            with self.client.get(
                poll_url, headers={"HX-Request": "true"}, name="poll job", catch_response=True
            ) as response:
                if response.status_code == 286:  # htmx's "stop polling": the job has ended
                    redirect = response.headers.get("HX-Redirect")
                    if redirect:
                        response.success()
                    else:
                        response.failure("the job ended without a result")
                    return redirect, True, "" if redirect else "job failed"
                if response.status_code != 200:
                    response.failure(f"poll answered {response.status_code}")
        return None, True, "still running after the last poll"
