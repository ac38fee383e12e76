"""Prometheus metrics: what each process counts, and the few calls that count it.

Events are counted where they happen, in the process they happen in: requests, cache hits
and limit refusals in the web process; jobs, provider calls, tokens and cost in the worker.
Each process kind exports its own counters (the web on /metrics, the worker on its own port,
see exporter.py) and Prometheus sums them. Counting them from the job rows at scrape time
instead would lose monotonicity the moment an operator purges failed jobs or a user deletes
a resume (rows cascade away), and Prometheus reads a falling counter as a restart.

State that lives in a shared store (failed jobs waiting, jobs per status, circuit breakers)
is read at scrape time by collectors.py, on the web endpoint only, so it is reported once.

With several processes per container (gunicorn workers, a prefork Celery pool), set
PROMETHEUS_MULTIPROC_DIR to an empty directory per container: prometheus-client then keeps
the samples in files there, and the endpoint sums every process's file.
"""

from prometheus_client import Counter, Histogram

DURATION_BUCKETS = (0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600)
REQUEST_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)

REQUEST_LATENCY = Histogram(
    "careercoach_http_request_duration_seconds",
    "Time to answer a request, by view.",
    ["view", "method", "status"],
    buckets=REQUEST_BUCKETS,
)
JOBS_CREATED = Counter("careercoach_jobs_created_total", "Generations requested that need a worker.", ["kind"])
JOBS_STARTED = Counter(
    "careercoach_jobs_started_total",
    "Job runs a worker began, by the first provider of the chain.",
    ["kind", "provider"],
)
JOBS_FINISHED = Counter(
    "careercoach_jobs_finished_total", "Jobs done, by the provider that answered.", ["kind", "provider"]
)
JOBS_FAILED = Counter(
    "careercoach_jobs_failed_total",
    "Jobs failed for good, by the last provider tried.",
    ["kind", "provider", "error_code"],
)
JOBS_RETRIED = Counter(
    "careercoach_jobs_retried_total", "Job runs put back in the queue to try later.", ["kind", "reason"]
)
JOB_DURATION = Histogram(
    "careercoach_job_duration_seconds",
    "From a worker's claim to the job's end.",
    ["kind", "status"],
    buckets=DURATION_BUCKETS,
)
JOB_QUEUE_WAIT = Histogram(
    "careercoach_job_queue_wait_seconds",
    "From the request to a worker's first claim.",
    ["kind"],
    buckets=DURATION_BUCKETS,
)
PROVIDER_CALLS = Counter(
    "careercoach_llm_provider_calls_total",
    "Provider attempts, made or skipped, by outcome (ok, server_error, circuit_open...).",
    ["provider", "outcome"],
)
PROVIDER_ERRORS = Counter("careercoach_llm_provider_errors_total", "Provider calls that failed.", ["provider", "error"])
PROVIDER_FALLBACKS = Counter(
    "careercoach_llm_fallbacks_total", "Times the chain moved past a provider to the next one.", ["provider"]
)
PROVIDER_LATENCY = Histogram(
    "careercoach_llm_call_duration_seconds", "Time of one provider call.", ["provider"], buckets=DURATION_BUCKETS
)
TOKENS = Counter(
    "careercoach_llm_tokens_total", "Tokens billed, by direction (in, out).", ["provider", "model", "direction"]
)
COST = Counter("careercoach_llm_cost_usd_total", "Estimated cost in US dollars.", ["provider", "model"])
CACHE_HITS = Counter(
    "careercoach_generation_cache_hits_total", "Generations answered from a stored result for the same input.", ["kind"]
)
LIMIT_REFUSALS = Counter("careercoach_rate_limit_refusals_total", "Requests refused by a limit (429).", ["limit"])
LLM_CAPACITY_WAITS = Counter(
    "careercoach_llm_capacity_waits_total", "Jobs sent back to the queue by the global hosted-LLM calls cap.", ["kind"]
)
FAILED_JOB_ALERTS = Counter("careercoach_failed_job_alerts_total", "Alerts raised for too many failed jobs.")


def provider_attempts_count(trail: list[dict]) -> None:
    """Count every attempt of a fallback trail (stored with results and failed jobs alike)."""
    for number, row in enumerate(trail or []):
        provider, outcome = row.get("provider", "?"), row.get("outcome", "?")
        PROVIDER_CALLS.labels(provider, outcome).inc()
        if outcome != "ok":
            PROVIDER_ERRORS.labels(provider, outcome).inc()
            if number < len(trail) - 1:
                PROVIDER_FALLBACKS.labels(provider).inc()
        if outcome not in ("circuit_open", "deadline", "not_configured"):
            PROVIDER_LATENCY.labels(provider).observe((row.get("latency_ms") or 0) / 1000)


def answer_usage_count(answer) -> None:
    """Tokens and cost of the answer that was kept."""
    TOKENS.labels(answer.provider, answer.model, "in").inc(answer.tokens_in or 0)
    TOKENS.labels(answer.provider, answer.model, "out").inc(answer.tokens_out or 0)
    COST.labels(answer.provider, answer.model).inc(float(answer.cost_usd or 0))
