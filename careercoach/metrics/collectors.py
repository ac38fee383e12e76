"""Metrics read at scrape time from the stores every process shares: the job rows and the
circuit breakers in the cache. Only the web endpoint registers this collector, so each
value is reported once however many workers run."""

import logging

from prometheus_client.core import GaugeMetricFamily

logger = logging.getLogger(__name__)

BREAKER_STATES = ("closed", "open", "half_open", "unknown")


class SharedStateCollector:
    def collect(self):
        try:
            yield from self._jobs()
        except Exception:  # a scrape must still answer while the database restarts
            logger.warning("metrics: job rows could not be read", exc_info=True)
        try:
            yield self._breakers()
        except Exception:
            logger.warning("metrics: breaker states could not be read", exc_info=True)

    def _jobs(self):
        from django.db.models import Count

        from careercoach.models import GenerationJob

        waiting = GaugeMetricFamily(
            "careercoach_jobs_failed_waiting",
            "Failed jobs kept in the dead-letter queue (requeue or discard them).",
            labels=["kind"],
        )
        for row in (
            GenerationJob.objects.filter(status=GenerationJob.Status.FAILED)
            .values("kind")
            .annotate(n=Count("pk"))
            .order_by()
        ):
            waiting.add_metric([row["kind"]], row["n"])
        yield waiting
        active = GaugeMetricFamily(
            "careercoach_jobs_active", "Jobs not finished, by status.", labels=["kind", "status"]
        )
        for row in GenerationJob.objects.active().values("kind", "status").annotate(n=Count("pk")).order_by():
            active.add_metric([row["kind"], row["status"]], row["n"])
        yield active

    def _breakers(self):
        from careercoach.llm.breaker import CircuitBreaker
        from careercoach.llm.registry import PROVIDER_NAMES

        breaker = CircuitBreaker()
        family = GaugeMetricFamily(
            "careercoach_llm_breaker_state",
            "Circuit breaker of each hosted provider: 1 for its current state.",
            labels=["provider", "state"],
        )
        for name in PROVIDER_NAMES:
            if name == "local":
                continue
            current = breaker.state(name)
            for state in BREAKER_STATES:
                family.add_metric([name, state], 1.0 if state == current else 0.0)
        return family
