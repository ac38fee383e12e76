"""docker-compose brings up Prometheus (scraping web and worker) and Flower beside the app.
With Docker's compose plugin present, `docker compose config` must accept the file; without
it (this machine has the docker CLI but no compose plugin), the file is checked structurally:
the same services, ports and files that compose would wire together."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ENV = {"SECRET_KEY": "compose-check", "METRICS_TOKEN": "compose-token"}


def compose_available() -> bool:
    if not shutil.which("docker"):
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30)
    return probe.returncode == 0


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text())


@pytest.mark.skipif(not compose_available(), reason="docker compose plugin not installed")
def test_given_docker_compose_when_config_checked_then_accepted_with_prometheus_and_flower():
    result = subprocess.run(
        ["docker", "compose", "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **ENV},
    )

    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    assert {"web", "worker", "beat", "flower", "prometheus", "redis", "postgres"} <= set(services)


def test_given_compose_file_when_read_then_every_service_is_wired():
    compose = load("docker-compose.yml")
    services = compose["services"]

    assert {"web", "worker", "beat", "flower", "prometheus", "redis", "postgres"} <= set(services)
    for name, service in services.items():
        assert "image" in service or "build" in service, name
        for dependency in service.get("depends_on") or []:
            assert dependency in services, (name, dependency)
        for volume in service.get("volumes") or []:
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (ROOT / source).is_file(), source
            else:
                assert source in compose["volumes"], source


def test_given_prometheus_config_when_read_then_it_scrapes_web_and_worker_where_they_listen():
    services = load("docker-compose.yml")["services"]
    config = load("deploy/prometheus/prometheus.yml")
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}

    web = jobs["careercoach-web"]
    assert web["static_configs"][0]["targets"] == ["web:8000"] and web["metrics_path"] == "/metrics"
    assert "--bind 0.0.0.0:8000" in services["web"]["command"]
    assert web["authorization"]["credentials_file"] in " ".join(services["prometheus"]["entrypoint"])
    assert "web" in services["web"]["environment"]["ALLOWED_HOSTS"]

    worker = jobs["careercoach-worker"]
    assert worker["static_configs"][0]["targets"] == ["worker:9808"]
    assert services["worker"]["environment"]["WORKER_METRICS_PORT"] == "9808"
    assert services["worker"]["environment"]["WORKER_METRICS_ADDR"] == "0.0.0.0"
    assert "9808" in services["worker"]["expose"]
    assert "/etc/prometheus/prometheus.yml" in services["prometheus"]["volumes"][0]


def test_given_flower_service_when_read_then_it_runs_celery_flower_on_loopback_port():
    flower = load("docker-compose.yml")["services"]["flower"]

    assert flower["command"].startswith("celery -A careercoach flower")
    assert flower["ports"] == ["127.0.0.1:5555:5555"]
    assert any(
        line.strip().lower().startswith("flower") for line in (ROOT / "requirements.txt").read_text().splitlines()
    )


@pytest.mark.services
def test_given_flower_when_started_from_this_checkout_then_it_serves_its_ui(settings):
    """The command compose runs, on this checkout's broker: Flower is installed, Celery finds
    the subcommand, and its web UI answers."""
    import signal
    import socket
    import sys
    import time
    import urllib.request

    from tests.careercoach.workers import kill, worker_env

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "careercoach", "flower", "--address=127.0.0.1", f"--port={port}"],
        cwd=ROOT,
        env=worker_env(settings.CELERY_BROKER_URL),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthcheck", timeout=2) as response:
                    answer = (response.status, response.read())
            except OSError:
                time.sleep(0.5)
    finally:
        kill(process, signal.SIGTERM)

    assert answer == (200, b"OK")
