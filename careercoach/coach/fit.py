"""A resume against a parsed posting: the fit report, offline.

Each required and preferred skill is `shown` (a stack, skills list, certificate or achievement
line names it), `related` (the resume shows a substitute the catalog lists, e.g. RabbitMQ for
Kafka; half credit) or `missing`. The score is plain arithmetic, written out in
`score_explained` so a person can check it:

    score = 100 x (70 x required + 20 x preferred + 10 x years) / (weights of the parts present)

where `required` and `preferred` are the share of skills shown (related counts half) and
`years` is min(1, years shown / years required).
"""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.fit_evidence import Proof, ResumeEvidence
from careercoach.coach.posting_skills import display_name, related_keys, skill_key
from careercoach.coach.text import clean

WEIGHTS = {"required": 70, "preferred": 20, "years": 10}
CREDIT = {"shown": 1.0, "related": 0.5, "missing": 0.0}
QUOTE_CHARS = 160


@dataclass
class SkillFit:
    kind: str  # required, preferred
    name: str  # "PostgreSQL | MySQL"
    keys: tuple[str, ...]
    status: str  # shown, related, missing
    proof: Proof | None  # the resume's line (for related: the substitute's line)
    via: str = ""  # for related: the key the resume shows instead
    target: str = ""  # the key of the group the status is about

    def evidence(self, language: str) -> str:
        if self.status == "missing":
            return "이력서에서 확인되지 않음" if language == "ko" else "Not found in the resume"
        quote = _quote(self.proof, language)
        if self.status == "related":
            return f"{display_name(self.via)} ↔ {display_name(self.target)}: {quote}"
        return quote


def _quote(proof: Proof | None, language: str = "en") -> str:
    if proof is None:
        return ""
    text = proof.text if len(proof.text) <= QUOTE_CHARS else proof.text[: QUOTE_CHARS - 1].rstrip() + "…"
    where = proof.where
    if where == "technical_skills":
        where = "보유 기술" if language == "ko" else "Skills"
    return f"{where}: {text}" if where and where != proof.text else text


def group_keys(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(skill_key(part.strip()) for part in str(name).split("|") if part.strip()))


def assess(evidence: ResumeEvidence, kind: str, name: str) -> SkillFit:
    keys = group_keys(name)
    for key in keys:
        if evidence.shows(key):
            return SkillFit(kind, name, keys, "shown", evidence.best(key), target=key)
    for key in keys:
        for other in _nearest_first(key, related_keys(key)):
            if evidence.shows(other):
                return SkillFit(kind, name, keys, "related", evidence.best(other), via=other, target=key)
    return SkillFit(kind, name, keys, "missing", None, target=keys[0] if keys else "")


def _nearest_first(key: str, related: set[str]) -> list[str]:
    """Substitutes of the same kind first (RabbitMQ before Celery for Kafka), then by name."""
    tech = catalog.technology(key)
    category = tech.category if tech else ""

    def order(other: str) -> tuple[bool, str]:
        other_tech = catalog.technology(other)
        return (not other_tech or other_tech.category != category, other)

    return sorted(related, key=order)


def assess_all(resume: dict, posting: dict) -> list[SkillFit]:
    evidence = ResumeEvidence(resume)
    fits = []
    for kind in ("required", "preferred"):
        for name in posting.get(f"{kind}_skills") or []:
            if isinstance(name, str) and name.strip():
                fits.append(assess(evidence, kind, name.strip()))
    return fits


def years_shown(resume: dict) -> float | None:
    months = resume.get("total_experience_months") if isinstance(resume, dict) else None
    if isinstance(months, bool) or not isinstance(months, (int, float)) or months < 0:
        return None
    return round(months / 12, 1)


def _share(fits: list[SkillFit]) -> float | None:
    return sum(CREDIT[f.status] for f in fits) / len(fits) if fits else None


def score(fits: list[SkillFit], years_required, shown_years) -> tuple[int, dict]:
    parts = {
        "required": _share([f for f in fits if f.kind == "required"]),
        "preferred": _share([f for f in fits if f.kind == "preferred"]),
        "years": None
        if years_required is None
        else 1.0
        if years_required <= 0
        else min(1.0, (shown_years or 0) / years_required),
    }
    present = {k: v for k, v in parts.items() if v is not None}
    if not present:
        return 0, parts
    total = sum(WEIGHTS[k] * v for k, v in present.items()) / sum(WEIGHTS[k] for k in present)
    return round(100 * total), parts


def fit_report(resume: dict, posting: dict, language: str = "auto") -> dict:
    """The fit report body (DESIGN.md) without ids: language, required, preferred, years,
    score, score_explained and three things to prepare first."""
    from careercoach.coach import resolve_language
    from careercoach.coach.fit_words import explain, prepare_first

    resume = resume if isinstance(resume, dict) else {}
    posting = posting if isinstance(posting, dict) else {}
    language = resolve_language(resume, language)
    fits = assess_all(resume, posting)
    years_required = posting.get("years_required")
    years_required = (
        years_required if isinstance(years_required, (int, float)) and not isinstance(years_required, bool) else None
    )
    shown_years = years_shown(resume)
    total, parts = score(fits, years_required, shown_years)
    return {
        "language": language,
        "required": [_row(f, language) for f in fits if f.kind == "required"],
        "preferred": [_row(f, language) for f in fits if f.kind == "preferred"],
        "years_required": years_required,
        "years_shown": shown_years,
        "score": total,
        "score_explained": explain(fits, parts, total, years_required, shown_years, language),
        "prepare_first": prepare_first(fits, years_required, shown_years, language),
    }


def _row(fit: SkillFit, language: str) -> dict:
    return {"skill": clean(fit.name, 200), "status": fit.status, "evidence": fit.evidence(language)}
