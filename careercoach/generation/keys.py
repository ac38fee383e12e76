import hashlib
import json

from careercoach.llm.prompts import PROMPT_VERSION


def result_cache_key(*, snapshot: dict, kind: str, language: str, providers: list[str]) -> str:
    """Same resume content, kind, language, provider chain and prompt version -> same key."""
    material = json.dumps(
        {"resume": snapshot, "kind": kind, "language": language, "providers": providers, "prompt": PROMPT_VERSION},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
