"""One settings module, driven by environment variables with safe development defaults.

Every variable is optional: with none set the app runs on SQLite under var/, a filesystem
Celery broker that needs no server and the offline coach. Setting DATABASE_URL,
CELERY_BROKER_URL or REDIS_URL switches to PostgreSQL, Redis or RabbitMQ with no code change.
"""

import os
from pathlib import Path

from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

from careercoach.env import broker_transport_options, database, env_bool, env_float, env_int, env_list, var_dir

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = var_dir(BASE_DIR)  # CAREERCOACH_VAR_DIR, one folder per pytest-xdist worker

DEBUG = env_bool("DEBUG", False)
# A development key is only acceptable when DEBUG is on or the app runs tests/locally;
# production deployments must set SECRET_KEY (check --deploy flags a weak one).
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-insecure-careercoach-key-change-me")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

PRODUCT_APPS = ["resumes", "interviews", "learning", "practice", "postings", "readiness"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_results",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "careercoach.apps.CareercoachConfig",
    *PRODUCT_APPS,
]

MIDDLEWARE = [
    "careercoach.request_ids.RequestIDMiddleware",
    "careercoach.metrics.middleware.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After sessions, auth, locale and CSP, which the 429 page needs to render.
    "careercoach.ratelimit.IPRateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
    "careercoach.middleware.NulCharacterMiddleware",
]

ROOT_URLCONF = "careercoach.urls"
WSGI_APPLICATION = "careercoach.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'careercoach.sqlite3'}")
# 0: persistent connections (PostgreSQL) or per-request ones (SQLite); N: a PostgreSQL pool of N.
DB_POOL_MAX_SIZE = env_int("DB_POOL_MAX_SIZE", 0)
DATABASES = {"default": database(DATABASE_URL, var_dir=VAR_DIR, pool_max_size=DB_POOL_MAX_SIZE)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    # Sessions read from Redis (written through to the database, so none is lost with the
    # cache): one database query fewer on every page.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # The database cache is shared by web and worker processes, which rate limits and
    # circuit breakers need; LocMemCache would give each process its own counters.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "careercoach_cache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "resumes:list"
LOGOUT_REDIRECT_URL = "landing"

# Repeated failed logins are throttled per username and IP (django-axes).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "ko"
LANGUAGES = [("ko", _("Korean")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Seoul")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Production images run collectstatic and set STATIC_MANIFEST=1 for hashed names;
        # development and tests serve straight from the finders.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", False)
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
WHITENOISE_USE_FINDERS = not env_bool("STATIC_MANIFEST", False)

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "careercoach <noreply@localhost>")

# Request bodies: JSON resumes are small; uploads are capped separately by the parser (10 MB).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 11 * 1024 * 1024
RESUME_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
# Uploads stay in memory (never a temporary file) and a request over the limit is refused.
FILE_UPLOAD_HANDLERS = ["resumes.uploads.InMemoryUploadHandler"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

# Security headers; production values come with DEBUG off.
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG and env_bool("HTTPS", False))
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None

# django-csp 4: nonces for our own scripts, nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: DRF answers anonymous calls with the first class's challenge, so 401.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "careercoach.api.parsers.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "careercoach.api.errors.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "careercoach.api.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "careercoach API",
    "DESCRIPTION": "Resumes, interview questions and learning paths generated from them.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # An item's status (todo/doing/done/skipped) is not a job's, a result's language (ko/en) not
    # the language asked for (auto/ko/en): naming them keeps StatusEnum and LanguageEnum as they were.
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": ["queued", "running", "done", "failed"],
        "LanguageEnum": ["auto", "ko", "en"],
        "LearningPathItemStatusEnum": "readiness.items.STATUSES",
    },
}

# Celery: the database job row is the source of truth; the broker only rings the doorbell. Its
# files and beat's schedule live in the var folder, so they work from any working directory.
CELERY_BROKER_DIR = VAR_DIR / "broker"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://localhost//")
# One queue per deployment sharing a broker: a worker drops the messages of jobs not in its database.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "celery")
# How the app behaves when the broker is unreachable at enqueue time: keep the job queued
# for the sweeper rather than failing the request. A broker that accepts connections but never
# answers (hung, partitioned) must not hold the request either: every connect and socket read
# gives up after this long, so a publish with its one retry costs a few of these at most.
CELERY_PUBLISH_TIMEOUT_SECONDS = env_float("CELERY_PUBLISH_TIMEOUT_SECONDS", 2)
CELERY_BROKER_CONNECTION_TIMEOUT = CELERY_PUBLISH_TIMEOUT_SECONDS
CELERY_BROKER_TRANSPORT_OPTIONS = broker_transport_options(
    CELERY_BROKER_URL, broker_dir=CELERY_BROKER_DIR, timeout=CELERY_PUBLISH_TIMEOUT_SECONDS
)
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_TASK_TRACK_STARTED = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Messages a worker takes ahead, per pool slot. Jobs wait seconds on a provider and need the
# worker's CPU for milliseconds: with only one message per slot, each freed thread waits for
# the consumer to fetch its next job; with a few, the next wave is already in the worker.
# The job row, not the message, guarantees a job ends, so a reserved message lost with its
# worker costs a delay (the sweeper), not the job.
CELERY_WORKER_PREFETCH_MULTIPLIER = env_int("CELERY_WORKER_PREFETCH_MULTIPLIER", 4)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_POOL = os.environ.get("CELERY_WORKER_POOL", "threads")
# Threads mostly wait on LLM HTTP calls and release their database connection meanwhile
# (see generation/run.py); bench/jobs.py measured ~20x prefork throughput at 50 threads.
CELERY_WORKER_CONCURRENCY = env_int("CELERY_WORKER_CONCURRENCY", 32)
CELERY_TIMEZONE = TIME_ZONE
# Jobs that stopped moving for this long are re-enqueued by the sweeper (beat). It must
# outlast the longest silent step, a provider chain (two LLM timeouts), or jobs run twice.
JOB_STALE_SECONDS = env_int("JOB_STALE_SECONDS", int(2 * env_float("LLM_TIMEOUT_SECONDS", 60)) + 60)
JOB_MAX_ATTEMPTS = env_int("JOB_MAX_ATTEMPTS", 3)
JOB_SWEEP_INTERVAL_SECONDS = env_int("JOB_SWEEP_INTERVAL_SECONDS", 30)
# After this long with no worker picking a job up, pages say so.
JOB_PICKUP_WARNING_SECONDS = env_int("JOB_PICKUP_WARNING_SECONDS", 15)

# Failed jobs are the dead-letter queue. This many failures in an hour logs an error and POSTs
# a JSON alert to ALERT_WEBHOOK_URL when set (0 turns the alert off); at most one per cooldown.
JOB_FAILED_ALERT_THRESHOLD = env_int("JOB_FAILED_ALERT_THRESHOLD", 10)
JOB_FAILED_ALERT_COOLDOWN_SECONDS = env_int("JOB_FAILED_ALERT_COOLDOWN_SECONDS", 3600)
ALERT_WEBHOOK_URL = os.environ.get("ALERT_WEBHOOK_URL", "")
ALERT_WEBHOOK_TIMEOUT_SECONDS = env_float("ALERT_WEBHOOK_TIMEOUT_SECONDS", 5)

# Server-Sent Events of a job (careercoach/generation/events.py): how often the row is read, a
# comment when nothing else was sent, and how long one stream lasts before the client reconnects.
JOB_EVENTS_POLL_SECONDS = env_float("JOB_EVENTS_POLL_SECONDS", 1)
JOB_EVENTS_HEARTBEAT_SECONDS = env_float("JOB_EVENTS_HEARTBEAT_SECONDS", 15)
JOB_EVENTS_MAX_SECONDS = env_float("JOB_EVENTS_MAX_SECONDS", 300)
JOB_EVENTS_RETRY_MS = env_int("JOB_EVENTS_RETRY_MS", 2000)

# Generation limits per user and hour, shared by web and API through the cache.
RATE_LIMIT_INTERVIEW_PER_HOUR = env_int("RATE_LIMIT_INTERVIEW_PER_HOUR", 10)
RATE_LIMIT_LEARNING_PER_HOUR = env_int("RATE_LIMIT_LEARNING_PER_HOUR", 20)
RATE_LIMIT_FIT_PER_HOUR = env_int("RATE_LIMIT_FIT_PER_HOUR", 30)
RATE_LIMIT_FEEDBACK_PER_HOUR = env_int("RATE_LIMIT_FEEDBACK_PER_HOUR", 60)  # practice answers (and follow-ups)
# Generations running at once per user (any kind); one more is refused with 429 and this wait.
JOB_MAX_CONCURRENT_PER_USER = env_int("JOB_MAX_CONCURRENT_PER_USER", 5)
JOB_CONCURRENT_RETRY_SECONDS = env_int("JOB_CONCURRENT_RETRY_SECONDS", 30)
# Hosted-LLM calls per minute for the whole service (careercoach/llm/capacity.py); past it jobs
# wait in the queue for the next minute instead of failing. 0: no cap.
LLM_CALLS_PER_MINUTE = env_int("LLM_CALLS_PER_MINUTE", 600)
# `Prefer: wait=N` on the generation API waits at most this long (RFC 7240).
PREFER_WAIT_MAX_SECONDS = env_int("PREFER_WAIT_MAX_SECONDS", 60)
# Requests per client IP and minute (careercoach/ratelimit.py), counted in the shared cache;
# 0 turns a limit off. Behind a proxy set BEHIND_PROXY so the client's address is used.
RATE_LIMIT_API_PER_IP_PER_MINUTE = env_int("RATE_LIMIT_API_PER_IP_PER_MINUTE", 300)
RATE_LIMIT_AUTH_PER_IP_PER_MINUTE = env_int("RATE_LIMIT_AUTH_PER_IP_PER_MINUTE", 20)

# LLM providers (see careercoach/llm). With no keys only the offline coach runs.
LLM_PROVIDERS = os.environ.get("LLM_PROVIDERS", "")
GEMINI_API_KEY = os.environ.get("GEMINI_API_KEY", "")
GEMINI_MODEL = os.environ.get("GEMINI_MODEL", "gemini-2.5-flash")
GEMINI_BASE_URL = os.environ.get("GEMINI_BASE_URL", "")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")
OPENAI_BASE_URL = os.environ.get("OPENAI_BASE_URL", "")
OPENAI_MODEL = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
ANTHROPIC_BASE_URL = os.environ.get("ANTHROPIC_BASE_URL", "")
ANTHROPIC_MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-6")
LLM_TIMEOUT_SECONDS = env_float("LLM_TIMEOUT_SECONDS", 60)
LLM_BREAKER_FAILURES = env_int("LLM_BREAKER_FAILURES", 3)
LLM_BREAKER_COOLDOWN_SECONDS = env_int("LLM_BREAKER_COOLDOWN_SECONDS", 60)
# Retries by error (careercoach/llm/retry.py): a 429 pauses that provider for its Retry-After,
# or this long when it sends none; 5xx and timeouts are retried this often after a jittered
# backoff from this base; an unusable answer is asked for once more with the errors.
LLM_RATE_LIMIT_DEFAULT_SECONDS = env_int("LLM_RATE_LIMIT_DEFAULT_SECONDS", 120)
LLM_RETRY_SERVER_ERRORS = env_int("LLM_RETRY_SERVER_ERRORS", 1)
LLM_RETRY_BACKOFF_SECONDS = env_float("LLM_RETRY_BACKOFF_SECONDS", 1)
LLM_RETRY_INVALID_OUTPUT = env_bool("LLM_RETRY_INVALID_OUTPUT", True)

# Prometheus metrics (careercoach/metrics). /metrics needs `Authorization: Bearer METRICS_TOKEN`
# when the token is set, else answers loopback clients only. A Celery worker serves its own
# counters on WORKER_METRICS_PORT (0: off) at WORKER_METRICS_ADDR.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
WORKER_METRICS_PORT = env_int("WORKER_METRICS_PORT", 0)
WORKER_METRICS_ADDR = os.environ.get("WORKER_METRICS_ADDR", "127.0.0.1")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "careercoach.request_ids.RequestIDLogFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # httpx2 (every LLM SDK's client) logs each request at INFO: in a busy worker, a line per
    # provider call written while holding the GIL, saying what the job row already says.
    # Celery logs every task's receipt and success at INFO; in a worker running many short
    # jobs those lines are written by the consumer thread, which then waits for the GIL again
    # behind every busy pool thread: the next message waits with it (bench/jobs.py: 200 jobs
    # on 100 threads 3.1x -> 2.2x the ideal without them). The job row records both moments;
    # WORKER_TASK_LOG_LEVEL=INFO brings the lines back. Failures are logged at ERROR either way.
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "httpx2": {"level": "WARNING"},
        "celery.worker.strategy": {"level": os.environ.get("WORKER_TASK_LOG_LEVEL", "WARNING")},
        "celery.app.trace": {"level": os.environ.get("WORKER_TASK_LOG_LEVEL", "WARNING")},
    },
}

CELERY_BEAT_SCHEDULE = {
    "sweep-stale-jobs": {"task": "careercoach.tasks.sweep_stale_jobs", "schedule": float(JOB_SWEEP_INTERVAL_SECONDS)},
    "check-failed-jobs": {"task": "careercoach.tasks.check_failed_jobs", "schedule": float(JOB_SWEEP_INTERVAL_SECONDS)},
}
