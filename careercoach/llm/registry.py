"""Which providers to try, in which order, built from settings.

Provider objects are cached per configuration so their SDK clients (and connection pools)
live across jobs; changing a setting yields a fresh object.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from careercoach.llm.base import Provider

logger = logging.getLogger(__name__)
PROVIDER_NAMES = ("gemini", "openai", "claude", "local")
DEFAULT_MODELS = {"gemini": "gemini-2.5-flash", "openai": "gpt-4o-mini", "claude": "claude-sonnet-4-6"}


def _setting(name: str, default=""):
    value = getattr(settings, name, default)
    return default if value is None else value


def timeout_seconds() -> float:
    return float(_setting("LLM_TIMEOUT_SECONDS", 60) or 60)


def _config(name: str) -> tuple:
    if name == "gemini":
        return (
            ("api_key", _setting("GEMINI_API_KEY")),
            ("base_url", _setting("GEMINI_BASE_URL")),
            ("model", _setting("GEMINI_MODEL") or DEFAULT_MODELS["gemini"]),
            ("timeout", timeout_seconds()),
        )
    if name == "openai":
        return (
            ("api_key", _setting("OPENAI_API_KEY")),
            ("base_url", _setting("OPENAI_BASE_URL")),
            ("model", _setting("OPENAI_MODEL") or DEFAULT_MODELS["openai"]),
            ("timeout", timeout_seconds()),
        )
    if name == "claude":
        return (
            ("api_key", _setting("ANTHROPIC_API_KEY")),
            ("base_url", _setting("ANTHROPIC_BASE_URL")),
            ("model", _setting("ANTHROPIC_MODEL") or DEFAULT_MODELS["claude"]),
            ("timeout", timeout_seconds()),
        )
    return ()


@lru_cache(maxsize=32)
def _build(name: str, config: tuple) -> Provider:
    options = dict(config)
    if name == "gemini":
        from careercoach.llm.gemini import GeminiProvider

        return GeminiProvider(**options)
    if name == "openai":
        from careercoach.llm.openai_compat import OpenAICompatProvider

        return OpenAICompatProvider(**options)
    if name == "claude":
        from careercoach.llm.claude import ClaudeProvider

        return ClaudeProvider(**options)
    from careercoach.llm.local import LocalProvider

    return LocalProvider()


def get_provider(name: str) -> Provider:
    name = name.strip().lower()
    if name not in PROVIDER_NAMES:
        raise ImproperlyConfigured(
            f"Unknown LLM provider {name!r}; choose from {', '.join(PROVIDER_NAMES)} (LLM_PROVIDERS or --provider)."
        )
    return _build(name, _config(name))


def configured_names() -> list[str]:
    """The default order: every hosted provider that has a key (OpenAI also with just a base
    URL, for Ollama or vLLM), then the offline coach."""
    names = []
    if _setting("GEMINI_API_KEY"):
        names.append("gemini")
    if _setting("OPENAI_API_KEY") or _setting("OPENAI_BASE_URL"):
        names.append("openai")
    if _setting("ANTHROPIC_API_KEY"):
        names.append("claude")
    return names + ["local"]


def chain_names(names: list[str] | str | None = None) -> list[str]:
    if names is None:
        names = _setting("LLM_PROVIDERS")
    if isinstance(names, str):
        names = names.split(",")
    cleaned = [n.strip().lower() for n in names if n and n.strip()]
    if not cleaned:
        return configured_names()
    unknown = [n for n in cleaned if n not in PROVIDER_NAMES]
    if unknown:
        raise ImproperlyConfigured(
            f"Unknown LLM provider(s) {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(PROVIDER_NAMES)} (LLM_PROVIDERS or --provider)."
        )
    return list(dict.fromkeys(cleaned))


def provider_chain(names: list[str] | None = None) -> list[Provider]:
    """Providers in the order to try. `names` overrides LLM_PROVIDERS (e.g. a --provider flag);
    a named provider without its key stays in the chain and reports not_configured there."""
    return [get_provider(name) for name in chain_names(names)]


def warm_up() -> list[str]:
    """Build what the configured chain needs before the first job: each hosted provider's SDK
    client, and the offline coach's catalog when it is in the chain. The first client costs
    about half a second of CPU (the SDK's imports); done lazily, every thread of a freshly
    started worker waits behind it on the import lock and the first wave of jobs starts
    seconds late (bench/jobs.py's timeline). Returns the names warmed."""
    warmed = []
    for provider in provider_chain():
        if provider.name == "local":
            # The offline coach: its catalog, built once per process (see careercoach/wsgi.py).
            from careercoach.coach.catalog import load_catalog
            from careercoach.coach.knowledge import load_knowledge

            load_catalog()
            load_knowledge()
            warmed.append(provider.name)
            continue
        build = getattr(provider, "client", None)
        if not callable(build) or not getattr(provider, "configured", False):
            continue
        try:
            build()
        except Exception:  # a provider that cannot even build a client fails its jobs, not the worker
            logger.warning("Could not prepare the %s client", provider.name, exc_info=True)
            continue
        warmed.append(provider.name)
    return warmed
