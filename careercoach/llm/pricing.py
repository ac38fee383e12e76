"""List prices, to show what a generation cost; an estimate, never a bill.

USD per million tokens (input, output), as published by the vendors in 2025. A dated
snapshot of a listed model ("gpt-4o-mini-2024-07-18") costs what its alias costs; anything
else (local Ollama models, newer names) counts as 0.0 rather than a guess.
"""

import re

PRICES_PER_MILLION = {
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-flash-lite": (0.10, 0.40),
    "gemini-2.5-pro": (1.25, 10.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "claude-sonnet-4-6": (3.00, 15.00),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-sonnet-4": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "claude-opus-4-5": (5.00, 25.00),
    "claude-opus-4-1": (15.00, 75.00),
}
_SNAPSHOT_SUFFIX = re.compile(r"^-(\d{8}|\d{4}-\d{2}-\d{2})$")


def price_of(model: str) -> tuple[float, float] | None:
    name = (model or "").strip().lower()
    name = name.removeprefix("models/")
    if name in PRICES_PER_MILLION:
        return PRICES_PER_MILLION[name]
    for known, price in PRICES_PER_MILLION.items():
        if name.startswith(known) and _SNAPSHOT_SUFFIX.match(name[len(known) :]):
            return price
    return None


def estimate_cost_usd(model: str, tokens_in: int, tokens_out: int) -> float:
    price = price_of(model)
    if price is None:
        return 0.0
    return round((tokens_in * price[0] + tokens_out * price[1]) / 1_000_000, 6)
