"""`Prefer: wait=N` (RFC 7240) for the clients of the earlier system, which expect a POST that
starts a generation to answer with the result.

The request waits at most N seconds (capped at PREFER_WAIT_MAX_SECONDS, 60) for the job to
end, reading the job row and holding no database connection between reads; the caller then
answers 200 with the result or, still running, 202 with the job as without the header.
`Preference-Applied: wait=<the seconds used>` says that the preference was honoured."""

import re
import time

from django.conf import settings
from django.db import connection

from careercoach.models import GenerationJob

_WAIT = re.compile(r"^\s*wait\s*=\s*\"?(\d{1,6})\"?\s*$", re.IGNORECASE)


def preferred_wait(header: str | None) -> int | None:
    """Seconds asked for by `Prefer` (several preferences may be listed), capped; None if none."""
    for preference in (header or "").split(","):
        match = _WAIT.match(preference.split(";")[0])
        if match:
            return min(int(match.group(1)), settings.PREFER_WAIT_MAX_SECONDS)
    return None


def job_wait(
    job: GenerationJob, *, seconds: float, poll: float = 0.25, clock=time.monotonic, sleep=time.sleep
) -> GenerationJob:
    """The job as it is when it ended or when `seconds` ran out, whichever came first."""
    deadline = clock() + seconds
    while not job.is_finished and clock() < deadline:
        if not connection.in_atomic_block:  # a test's transaction keeps its connection
            connection.close()
        sleep(min(poll, max(0.0, deadline - clock())))
        job = GenerationJob.objects.select_related("resume").get(pk=job.pk)
    return job
