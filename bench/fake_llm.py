"""The fake LLM server of the tests, run as a benchmark's stand-in for a hosted provider.

    .venv/bin/python bench/fake_llm.py --port 8765 --delay 2

Same server as `python -m tests.fakes.llm_server`, with one change: a listen backlog of 1024
instead of socketserver's 5. A hundred worker threads connect within milliseconds; with a
backlog of 5 the kernel drops SYNs and clients retry a second later, which would show up as
a slow provider rather than a slow app. GET /_stats returns the request and token counters.
"""
from __future__ import annotations

import argparse
import sys
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fakes.llm_server import FakeLLMServer  # noqa: E402

ThreadingHTTPServer.request_queue_size = 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=2.0, help="seconds before every answer")
    args = parser.parse_args()
    server = FakeLLMServer(delay=args.delay, host="127.0.0.1", port=args.port)
    print(f"fake LLM server on {server.url}, delay {args.delay}s", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
