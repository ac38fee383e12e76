"""The entry point of resume extraction: the text of an uploaded resume in, a draft in the
resume format out, with the values the text does not contain marked as guessed.

Only hosted providers take part, and they never see the person's contact details
(privacy.py masks them before the text leaves and restores them in the draft). The offline path is the rule-based parser, whose draft the
caller already holds and keeps whenever this returns None. Providers are tried in the
registry's order with the generation chain's loop, breakers and time budget (fallback.py),
so a provider paused after failures is paused for both.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from careercoach.llm.base import ProviderAnswer, Stopwatch
from careercoach.llm.breaker import CircuitBreaker
from careercoach.llm.chain import REASONS, ChainResult
from careercoach.llm.fallback import first_answer
from careercoach.llm.pricing import estimate_cost_usd
from careercoach.llm.registry import provider_chain, timeout_seconds
from careercoach.llm.validation import invalid
from resumes.extraction.draft import guessed_paths, validate_draft
from resumes.extraction.privacy import mask_contact_details, restore_contact_details
from resumes.extraction.prompt import EXTRACT_PROMPT_VERSION, build_extract_prompt
from resumes.extraction.schema import ResumeExtraction
from resumes.parsing.dates import find_periods, months_covered
from resumes.parsing.limits import MAX_TEXT_CHARS

logger = logging.getLogger(__name__)

CONTENT_FIELDS = (
    "name",
    "summary",
    "work_experiences",
    "personal_projects",
    "certifications",
    "activities",
    "education",
)


@dataclass(frozen=True)
class ExtractResult(ChainResult):
    """The chain's result with the draft as its payload, and the paths of the draft's values
    that the text does not contain."""

    guessed: list[str] = field(default_factory=list)

    @property
    def draft(self) -> dict:
        return self.payload


def hosted_providers() -> list:
    """The configured hosted providers in the registry's order (LLM_PROVIDERS when set)."""
    return [p for p in provider_chain() if getattr(p, "remote", False) and p.configured]


def extract_resume(
    text: str,
    *,
    rule_draft: dict,
    providers: Iterable | None = None,
    breaker: CircuitBreaker | None = None,
    deadline_seconds: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    today: datetime.date | None = None,
) -> ExtractResult | None:
    """A draft of `text` (ParseResult.text) from the first hosted provider that gives a valid
    one, or None: no hosted provider configured, or none answered usably (logged). The
    model's draft is completed from `rule_draft` (the parser's) where the parser is the more
    reliable reader: a name or contact detail the model left out, and the total months when
    the model's periods cannot be read. `today` stands for "현재"/"Present" in periods."""
    chain = hosted_providers() if providers is None else [p for p in providers if getattr(p, "remote", False)]
    text = (text or "").strip()[:MAX_TEXT_CHARS]
    if not chain or not text:
        return None
    masked = mask_contact_details(text, name=(rule_draft or {}).get("name"))
    system, user = build_extract_prompt(masked.text)
    timeout = timeout_seconds()
    deadline = clock() + (deadline_seconds if deadline_seconds is not None else 2 * timeout)
    outcome = first_answer(
        chain,
        lambda provider, left: _extract_with(provider, system, user, left),
        breaker=breaker or CircuitBreaker(),
        timeout=timeout,
        deadline=deadline,
        clock=clock,
    )
    answer = outcome.answer
    if answer is None:
        reasons = "; ".join(f"{a['provider']} {REASONS.get(a['outcome'], a['outcome'])}" for a in outcome.trail)
        logger.warning("LLM resume extraction failed, the rule-based draft stays (%s)", reasons)
        return None
    payload = restore_contact_details(answer.payload, masked.originals)
    draft = _completed(payload, rule_draft or {}, today or datetime.date.today())
    return ExtractResult.of(
        answer, outcome.trail, EXTRACT_PROMPT_VERSION, payload=draft, guessed=guessed_paths(draft, text)
    )


def _extract_with(provider, system: str, user: str, timeout: float | None) -> ProviderAnswer:
    stopwatch = Stopwatch()
    raw, tokens_in, tokens_out = provider.complete_json(system, user, ResumeExtraction, timeout=timeout)
    draft = validate_draft(raw)
    if not any(draft.get(key) for key in CONTENT_FIELDS) and not any(draft["technical_skills"].values()):
        raise invalid("the draft is empty")
    return ProviderAnswer(
        payload=draft,
        provider=provider.name,
        model=provider.model,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        latency_ms=stopwatch.elapsed_ms(),
        cost_usd=estimate_cost_usd(provider.model, tokens_in, tokens_out),
    )


def _completed(draft: dict, rule_draft: dict, today: datetime.date) -> dict:
    if not draft.get("name") and rule_draft.get("name"):
        draft["name"] = rule_draft["name"]
    rule_contact = rule_draft.get("contact") or {}
    for key, value in draft["contact"].items():
        if not value and rule_contact.get(key):
            draft["contact"][key] = rule_contact[key]
    draft["total_experience_months"] = _total_months(draft, rule_draft, today)
    return draft


def _total_months(draft: dict, rule_draft: dict, today: datetime.date) -> int | None:
    """Worked out from the periods as the parser works them out; else what the resume states
    (the model copies it), else the parser's figure; None, like the parser's, when there is
    work but no readable period."""
    periods = [period for job in draft["work_experiences"] for period in find_periods(job.get("duration") or "")]
    if periods:
        return months_covered(periods, today)
    if draft.get("total_experience_months"):
        return draft["total_experience_months"]
    if rule_draft.get("total_experience_months"):
        return rule_draft["total_experience_months"]
    return None if draft["work_experiences"] else 0
