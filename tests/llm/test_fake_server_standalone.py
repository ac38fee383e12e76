"""The fake server as benchmarks use it: its own process, configured from the command line."""

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post(url: str, payload: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


@pytest.fixture
def standalone_server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.llm_server", "--port", str(port), "--script", "429"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert "fake LLM server on" in process.stdout.readline()
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=5)
        process.stdout.close()  # else a ResourceWarning (unclosed file) at teardown


def test_standalone_server_follows_its_script_and_counts_tokens(standalone_server):
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x" * 400}]}

    first, _ = post(standalone_server + "/v1/chat/completions", chat)
    second, body = post(standalone_server + "/v1/chat/completions", chat)
    with urllib.request.urlopen(standalone_server + "/_stats", timeout=5) as response:
        stats = json.load(response)

    assert (first, second) == (429, 200)
    assert body["usage"]["prompt_tokens"] == 100
    assert stats["requests"] == 2 and stats["prompt_tokens"] == 100
    assert stats["completion_tokens"] == body["usage"]["completion_tokens"]


def test_standalone_server_script_can_be_replaced_at_run_time(standalone_server):
    post(standalone_server + "/_script", {"script": ["500"], "delay": 0})

    status, body = post(standalone_server + "/v1/messages", {"model": "claude-sonnet-4-5", "messages": []})

    assert status == 500 and body["type"] == "error"
