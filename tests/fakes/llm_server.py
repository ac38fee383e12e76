"""A local stand-in for the Gemini, OpenAI and Anthropic HTTP APIs.

The SDKs talk through httpx2, which request mocks do not see, so tests and benchmarks point
the real clients at this server and get a real round trip. One server speaks all three wire
formats; a script of behaviours per instance decides what each next request gets, so a test
can ask for "a 429, then a good answer" without touching the SDKs.

Standalone: `python -m tests.fakes.llm_server --port 8765 --delay 2`, then point
OPENAI_BASE_URL=http://127.0.0.1:8765/v1, ANTHROPIC_BASE_URL / GEMINI_BASE_URL=http://127.0.0.1:8765
at it. `GET /_stats` returns the counters; `POST /_script` with {"script": [...], "delay": s}
replaces the behaviour script of a running server.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.fakes.llm_answers import answer_text
from tests.fakes.llm_feedback_answers import feedback_text
from tests.fakes.llm_resume_answers import TEXT_BLOCK

# ok: a valid answer built from the resume in the prompt; 429 / 500 / 401: that HTTP error in
# the provider's own error format; slow: wait `slow_seconds`, then answer; malformed: text that
# is not JSON; fenced: valid JSON inside ```json fences; wrong_count: 4 questions or 2 paths;
# messy: valid after safe repairs ("tradeoff", " EASY ", a sixth question, five answer points);
# wrong_types: a list where an object belongs or a string where a list does. A resume
# extraction request (its prompt holds <resume_text>) gets a draft read from that text, and
# the same behaviours in its own terms (llm_resume_answers.extraction_answer). A practice
# feedback request also knows quotes_history (the first point covered, quoting the first earlier
# answer) and invented_quote (covered, quoting words in no turn); see llm_feedback_answers.
BEHAVIOURS = (
    "ok",
    "429",
    "500",
    "401",
    "slow",
    "malformed",
    "fenced",
    "wrong_count",
    "messy",
    "wrong_types",
    "quotes_history",
    "invented_quote",
)
GEMINI_PATH = re.compile(r"^/(v1|v1beta|v1alpha)/models/([^/:]+):generateContent$")


def estimate_tokens(text: str) -> int:
    """Roughly what tokenizers give for mixed English/code text: one token per 4 characters."""
    return max(1, len(text) // 4) if text else 0


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops connections when a benchmark's 100 worker
    # threads call at once (the kernel would drop SYNs and clients retry a second later).
    request_queue_size = 1024


class FakeLLMServer:
    """A threaded HTTP server on 127.0.0.1 answering like the three hosted LLM APIs.

    `script` is consumed one behaviour per request; when it runs out, `default` applies.
    `delay` is added to every request; "slow" sleeps `slow_seconds` (longer than the client
    timeout a test sets). With `api_key` set, a request without that key gets a 401. A 429
    carries `Retry-After: <retry_after>` (none when None).
    """

    def __init__(
        self,
        script=(),
        *,
        delay=0.0,
        slow_seconds=5.0,
        default="ok",
        api_key=None,
        host="127.0.0.1",
        port=0,
        retry_after: str | None = "1",
    ):
        self.delay = delay
        self.slow_seconds = slow_seconds
        self.default = default
        self.api_key = api_key
        self.retry_after = retry_after  # the 429's Retry-After header; None sends none
        self._script = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests = deque(maxlen=500)  # the latest ones; a long benchmark must not grow memory
        self.path_counts = {}
        self.request_count = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.push(*script)
        self._httpd = _Server((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def openai_base_url(self) -> str:
        return self.url + "/v1"

    def push(self, *behaviours: str) -> None:
        for behaviour in behaviours:
            if behaviour not in BEHAVIOURS:
                raise ValueError(f"unknown behaviour {behaviour!r}; known: {', '.join(BEHAVIOURS)}")
        with self._lock:
            self._script.extend(behaviours)

    def replace_script(self, behaviours) -> None:
        with self._lock:
            self._script.clear()
        self.push(*behaviours)

    def next_behaviour(self) -> str:
        with self._lock:
            return self._script.popleft() if self._script else self.default

    def stats(self) -> dict:
        with self._lock:
            return {
                "requests": self.request_count,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "pending_script": list(self._script),
                "paths": dict(self.path_counts),
            }

    def record(self, path: str, headers: dict, body: dict, prompt: str, completion: str) -> None:
        with self._lock:
            self.request_count += 1
            self.path_counts[path] = self.path_counts.get(path, 0) + 1
            self.prompt_tokens += estimate_tokens(prompt)
            self.completion_tokens += estimate_tokens(completion)
            self.requests.append({"path": path, "headers": headers, "body": body, "at": time.monotonic()})

    def wait(self, seconds: float) -> None:
        """Sleep that ends early when the server stops, so test teardown never hangs."""
        if seconds > 0:
            self._stopping.wait(seconds)

    def start(self) -> FakeLLMServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _text_of(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(_text_of(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content)
    return ""


def request_prompt(api: str, body: dict) -> str:
    if api == "openai":
        return "\n".join(_text_of(m.get("content")) for m in body.get("messages") or [])
    if api == "anthropic":
        messages = [_text_of(m.get("content")) for m in body.get("messages") or []]
        return "\n".join([_text_of(body.get("system")), *messages])
    parts = []
    system = body.get("systemInstruction") or body.get("system_instruction") or {}
    parts += [p.get("text", "") for p in system.get("parts") or []]
    for content in body.get("contents") or []:
        parts += [p.get("text", "") for p in content.get("parts") or []]
    return "\n".join(parts)


def request_kind(body: dict, prompt: str = "") -> str:
    """The prompt tells an extraction apart (only it carries <resume_text>, which no resume
    JSON can hold unescaped); then the schema the client sent: only the learning plan has
    learning_paths."""
    if TEXT_BLOCK.search(prompt):
        return "extract"
    if "<answer_data>" in prompt:
        return "feedback"
    return "learning" if "learning_paths" in json.dumps(body) else "interview"


def success_body(api: str, model: str, text: str, tokens_in: int, tokens_out: int) -> dict:
    if api == "openai":
        return {
            "id": "chatcmpl-" + uuid.uuid4().hex[:24],
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "logprobs": None,
                    "message": {"role": "assistant", "content": text, "refusal": None},
                }
            ],
            "usage": {
                "prompt_tokens": tokens_in,
                "completion_tokens": tokens_out,
                "total_tokens": tokens_in + tokens_out,
            },
        }
    if api == "anthropic":
        return {
            "id": "msg_" + uuid.uuid4().hex[:24],
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out},
        }
    return {
        "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {
            "promptTokenCount": tokens_in,
            "candidatesTokenCount": tokens_out,
            "totalTokenCount": tokens_in + tokens_out,
        },
        "modelVersion": model,
        "responseId": uuid.uuid4().hex[:20],
    }


ERRORS = {
    "429": ("rate_limit_error", "RESOURCE_EXHAUSTED", "Rate limit reached for requests"),
    "500": ("api_error", "INTERNAL", "The server had an error while processing your request"),
    "401": ("authentication_error", "UNAUTHENTICATED", "Incorrect API key provided"),
}


def error_body(api: str, status: int) -> dict:
    error_type, google_status, message = ERRORS[str(status)]
    if api == "openai":
        return {"error": {"message": message, "type": error_type, "param": None, "code": error_type}}
    if api == "anthropic":
        return {"type": "error", "error": {"type": error_type, "message": message}}
    return {"error": {"code": status, "message": message, "status": google_status}}


def _handler_for(server: FakeLLMServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path.split("?")[0] == "/_stats":
                return self._send(200, server.stats())
            return self._send(404, {"error": {"message": "not found"}})

        def do_POST(self):
            path = self.path.split("?")[0]
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                return self._send(400, {"error": {"message": "body is not JSON"}})
            if path == "/_script":
                server.replace_script(body.get("script") or [])
                if "delay" in body:
                    server.delay = float(body["delay"])
                return self._send(200, server.stats())
            if path == "/v1/chat/completions":
                api, model = "openai", body.get("model", "")
            elif path == "/v1/messages":
                api, model = "anthropic", body.get("model", "")
            elif GEMINI_PATH.match(path):
                api, model = "gemini", GEMINI_PATH.match(path).group(2)
            else:
                return self._send(404, {"error": {"message": f"no route for {path}"}})
            self._answer(api, model, path, body)

        def _answer(self, api, model, path, body):
            behaviour = server.next_behaviour()
            prompt = request_prompt(api, body)
            server.wait(server.delay)
            if server.api_key and not self._has_key(server.api_key):
                behaviour = "401"
            if behaviour in ("429", "500", "401"):
                server.record(path, dict(self.headers), body, "", "")  # refused requests are not billed
                headers = {"Retry-After": server.retry_after} if behaviour == "429" and server.retry_after else {}
                return self._send(int(behaviour), error_body(api, int(behaviour)), headers)
            if behaviour == "slow":
                server.wait(server.slow_seconds)
            kind = request_kind(body, prompt)
            text = feedback_text(prompt, behaviour) if kind == "feedback" else answer_text(kind, prompt, behaviour)
            server.record(path, dict(self.headers), body, prompt, text)
            self._send(200, success_body(api, model, text, estimate_tokens(prompt), estimate_tokens(text)))

        def _has_key(self, key):
            sent = [
                self.headers.get("Authorization", "").removeprefix("Bearer ").strip(),
                self.headers.get("x-api-key", ""),
                self.headers.get("x-goog-api-key", ""),
            ]
            return key in sent or f"key={key}" in self.path

        def _send(self, status, payload, headers=None):
            data = json.dumps(payload, ensure_ascii=False).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout); nothing left to tell it

    return Handler


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--slow-seconds", type=float, default=30.0)
    parser.add_argument("--script", default="", help="comma-separated behaviours, e.g. 429,ok,500")
    parser.add_argument("--default", default="ok", choices=BEHAVIOURS)
    args = parser.parse_args(argv)
    script = [s.strip() for s in args.script.split(",") if s.strip()]
    server = FakeLLMServer(
        script, delay=args.delay, slow_seconds=args.slow_seconds, default=args.default, host=args.host, port=args.port
    )
    print(f"fake LLM server on {server.url}", flush=True)
    print(
        f"  OPENAI_BASE_URL={server.openai_base_url}  GEMINI_BASE_URL={server.url}  ANTHROPIC_BASE_URL={server.url}",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
