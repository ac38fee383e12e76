"""Too many failed jobs in the last hour: log an error and, when ALERT_WEBHOOK_URL is set, POST
a JSON alert there (Slack-compatible: the message is also under "text").

Checked by the sweeper's beat and right after a job fails. One alert per
JOB_FAILED_ALERT_COOLDOWN_SECONDS: the cache key is taken with add(), which one process wins;
a webhook that could not be reached gives the key back so the next check tries again."""

import json
import logging
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from careercoach.metrics import FAILED_JOB_ALERTS
from careercoach.models import GenerationJob

logger = logging.getLogger(__name__)
WINDOW = timedelta(hours=1)
COOLDOWN_KEY = "alerts:failed-jobs"


def alert_document(*, count: int, threshold: int, recent: list[dict]) -> dict:
    text = f"careercoach: {count} generation jobs failed in the last hour (threshold {threshold})."
    return {
        "alert": "failed_jobs",
        "service": "careercoach",
        "text": text,
        "count": count,
        "threshold": threshold,
        "window_seconds": int(WINDOW.total_seconds()),
        "recent": recent,
        "timestamp": timezone.now().isoformat().replace("+00:00", "Z"),
    }


def webhook_post(url: str, document: dict) -> None:
    request = urllib.request.Request(
        url, data=json.dumps(document).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=settings.ALERT_WEBHOOK_TIMEOUT_SECONDS) as response:
        response.read()


def failed_jobs_alert_check() -> dict | None:
    """The alert sent (or only logged), or None when under the threshold or cooling down."""
    threshold = settings.JOB_FAILED_ALERT_THRESHOLD
    if threshold <= 0:
        return None
    failed = GenerationJob.objects.filter(status=GenerationJob.Status.FAILED, updated_at__gte=timezone.now() - WINDOW)
    count = failed.count()
    if count < threshold or not cache.add(COOLDOWN_KEY, 1, timeout=settings.JOB_FAILED_ALERT_COOLDOWN_SECONDS):
        return None
    recent = [
        {"job_id": str(row["id"]), "kind": row["kind"], "error_code": row["error_code"]}
        for row in failed.values("id", "kind", "error_code")[:10]
    ]
    document = alert_document(count=count, threshold=threshold, recent=recent)
    logger.error(document["text"])
    FAILED_JOB_ALERTS.inc()
    if settings.ALERT_WEBHOOK_URL:
        try:
            webhook_post(settings.ALERT_WEBHOOK_URL, document)
        except Exception:  # any network or HTTP error: alert again at the next check
            logger.exception("The failed-jobs alert could not be posted to ALERT_WEBHOOK_URL")
            cache.delete(COOLDOWN_KEY)
    return document
