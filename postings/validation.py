"""A provider's fit report, checked against the posting it was asked about.

The skills and the score are not the model's to choose: the rows must be the posting's own
required and preferred skills, in order, and the score is recomputed from the statuses with the
published formula, so a hosted model can only judge statuses, evidence and priorities."""

from __future__ import annotations

from pydantic import ValidationError

from careercoach.coach.fit import CREDIT, WEIGHTS
from careercoach.llm.validation import as_data, invalid
from postings.schemas import FitOutput


def _recomputed_score(payload: dict, years_required, years_shown) -> int:
    parts = {}
    for kind in ("required", "preferred"):
        rows = payload[kind]
        if rows:
            parts[kind] = sum(CREDIT[row["status"]] for row in rows) / len(rows)
    if years_required is not None:
        parts["years"] = 1.0 if years_required <= 0 else min(1.0, (years_shown or 0) / years_required)
    if not parts:
        return 0
    return round(100 * sum(WEIGHTS[k] * v for k, v in parts.items()) / sum(WEIGHTS[k] for k in parts))


def validate_fit(raw, document) -> dict:
    data = as_data(raw)
    try:
        report = FitOutput.model_validate(data).model_dump()
    except ValidationError as exc:
        raise invalid(f"fit report does not match the schema: {exc.error_count()} errors") from exc
    posting = (document or {}).get("posting") or {}
    for kind in ("required", "preferred"):
        wanted = [str(s) for s in posting.get(f"{kind}_skills") or []]
        got = [row["skill"] for row in report[kind]]
        if got != wanted:
            raise invalid(f"{kind} rows are not the posting's {kind} skills")
    report["years_required"] = posting.get("years_required")
    report["score"] = _recomputed_score(report, report["years_required"], report["years_shown"])
    return report
