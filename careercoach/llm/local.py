"""The offline coach as a provider: no network, no key, no cost, so the chain always ends
with an answer."""
from __future__ import annotations

from careercoach.llm.base import ProviderAnswer, ProviderError, Stopwatch, build_answer, check_kind
from careercoach.llm.prompts import resolve_language
from careercoach.llm.validation import validate_output
from careercoach.schemas import DIFFICULTY_MIX, experience_band


class LocalProvider:
    name = "local"
    remote = False
    configured = True

    @property
    def model(self) -> str:
        from careercoach import coach

        return coach.MODEL_NAME

    def __repr__(self) -> str:
        return "<LocalProvider local>"

    def generate(self, kind: str, resume: dict, language: str, *,
                 timeout: float | None = None) -> ProviderAnswer:
        check_kind(kind)
        from careercoach import coach

        language = resolve_language(resume, language)
        stopwatch = Stopwatch()
        produce = coach.generate_interview if kind == "interview" else coach.generate_learning
        try:
            output = produce(resume, language)
        except Exception as exc:  # a bug in the coach must still end up in the trail
            raise ProviderError("internal_error", f"offline coach failed: {type(exc).__name__}: {exc}",
                                transient=False) from exc
        mix = DIFFICULTY_MIX[experience_band(resume.get("total_experience_months"))]
        payload = validate_output(kind, output, difficulty_mix=mix)
        return build_answer(payload=payload, language=output.get("language") or language, provider=self.name,
                            model=self.model, tokens_in=0, tokens_out=0, stopwatch=stopwatch)
