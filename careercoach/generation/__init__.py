"""The generation pipeline: start a job (limits, cache, idempotence), run it in a worker
(progress, provider chain, exactly one result), and sweep jobs whose worker vanished."""
