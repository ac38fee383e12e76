"""The worker's own metrics port. A Celery worker serves no HTTP, so it starts prometheus-
client's small server when WORKER_METRICS_PORT is set (docker-compose: 9808, scraped by
Prometheus on the internal network, never published). It serves only the worker's counters;
the shared state comes from the web endpoint."""

import logging

from prometheus_client import start_http_server

from careercoach.metrics.exposition import process_registry

logger = logging.getLogger(__name__)


def worker_exporter_start() -> bool:
    from django.conf import settings

    port = int(getattr(settings, "WORKER_METRICS_PORT", 0) or 0)
    if not port:
        return False
    try:
        start_http_server(port, addr=settings.WORKER_METRICS_ADDR, registry=process_registry())
    except OSError:  # a second worker on the same host: the first one's port serves
        logger.warning("Worker metrics port %s is taken; this worker exports nothing", port, exc_info=True)
        return False
    logger.info("Worker metrics on %s:%s/metrics", settings.WORKER_METRICS_ADDR, port)
    return True
