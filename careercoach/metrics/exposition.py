"""The text Prometheus reads: this process's counters (or, in multiprocess mode, every
process's files in PROMETHEUS_MULTIPROC_DIR), plus the shared state for the web endpoint."""

import os

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest, multiprocess

from careercoach.metrics.collectors import SharedStateCollector


def process_registry():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return REGISTRY


def metrics_text(*, shared_state: bool) -> bytes:
    text = generate_latest(process_registry())
    if shared_state:
        shared = CollectorRegistry()
        shared.register(SharedStateCollector())
        text += generate_latest(shared)
    return text
