"""Liveness of what a generation needs: the database, the broker, the providers.

The body keeps its parts (database, broker, providers) and adds what the earlier system's
clients read: `service`, `status` and `timestamp`. Without the database nothing works
(unhealthy, 503); without the broker or a provider check jobs still start and wait or fall
back to the offline coach (degraded, 200)."""

import time
from datetime import datetime
from typing import Literal

from django.db import connection
from django.utils import timezone
from pydantic import BaseModel

from careercoach.celery import app as celery_app
from careercoach.llm.breaker import CLOSED, HALF_OPEN, OPEN, UNKNOWN


def _timed(check) -> dict:
    start = time.perf_counter()
    try:
        detail = check() or {}
        return {"ok": True, "latency_ms": round((time.perf_counter() - start) * 1000, 1), **detail}
    except Exception as exc:  # a health check reports every failure rather than raising
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"vendor": connection.vendor}


def _broker():
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
        transport = conn.transport_cls if isinstance(conn.transport_cls, str) else conn.transport.driver_name
    return {"transport": str(transport)}


def _providers():
    from careercoach.llm.breaker import CircuitBreaker
    from careercoach.llm.registry import provider_chain

    breaker = CircuitBreaker()
    return {
        "chain": [
            {"name": provider.name, "model": provider.model, "breaker": breaker.state(provider.name)}
            for provider in provider_chain()
        ]
    }


HEALTHY, DEGRADED, UNHEALTHY = "healthy", "degraded", "unhealthy"


class Check(BaseModel):
    """One part's check: `latency_ms` when it passed, `error` when it did not."""

    ok: bool
    latency_ms: float | None = None
    error: str | None = None


class DatabaseCheck(Check):
    vendor: str | None = None


class BrokerCheck(Check):
    transport: str | None = None


class ProviderState(BaseModel):
    name: str
    model: str
    breaker: Literal[CLOSED, OPEN, HALF_OPEN, UNKNOWN]


class ProvidersCheck(Check):
    chain: list[ProviderState] | None = None


class HealthReport(BaseModel):
    """`health_report` as a schema (OpenAPI): 200 when healthy or degraded, 503 when unhealthy."""

    service: str
    status: Literal[HEALTHY, DEGRADED, UNHEALTHY]
    timestamp: datetime
    database: DatabaseCheck
    broker: BrokerCheck
    providers: ProvidersCheck


def health_report(*, service: str = "careercoach") -> dict:
    parts = {"database": _timed(_database), "broker": _timed(_broker), "providers": _timed(_providers)}
    if not parts["database"]["ok"]:
        status = UNHEALTHY
    elif all(part["ok"] for part in parts.values()):
        status = HEALTHY
    else:
        status = DEGRADED
    return {
        "service": service,
        "status": status,
        "timestamp": timezone.now().isoformat().replace("+00:00", "Z"),
        **parts,
    }
