"""Polling for something another process does (a worker finishing a job, a server coming up),
shared by the tests and the benchmarks (bench/harness.py)."""

import time


def wait_until(predicate, *, timeout: float, interval: float = 0.2, what: str = "condition"):
    """The predicate's first truthy value, asked every `interval` seconds; TimeoutError naming
    `what` once `timeout` seconds have passed without one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"gave up after {timeout:.0f}s waiting for {what}")
