"""The beat process as `make run` starts it (the Procfile line) keeps its schedule in the var
folder, so it starts from any working directory and with CAREERCOACH_VAR_DIR pointing
elsewhere. It once wrote to a relative var/ that a fresh setup with another var folder lacked,
and honcho then stopped the web and worker processes with it."""

import shlex
import subprocess
import sys

from tests.careercoach.workers import ROOT, embedded_broker_url, kill, worker_env
from tests.waiting import wait_until


def beat_command() -> list[str]:
    line = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("beat:"))
    words = shlex.split(line.removeprefix("beat:"))
    assert words[0] == ".venv/bin/celery"
    return [sys.executable, "-m", "celery", *words[1:]]


def test_given_a_working_directory_without_var_when_beat_starts_then_it_runs_and_keeps_its_schedule_in_the_var_dir(
    tmp_path,
):
    var = tmp_path / "var-elsewhere"
    env = worker_env(embedded_broker_url(), CAREERCOACH_VAR_DIR=var, PYTHONPATH=ROOT)
    process = subprocess.Popen(
        beat_command(),
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        schedule = wait_until(lambda: list(var.glob("celerybeat-schedule*")), timeout=60, what="the beat schedule file")
        assert process.poll() is None, "beat exited"
        assert not (tmp_path / "var").exists()
        assert schedule
    finally:
        kill(process)
