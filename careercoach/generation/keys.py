import hashlib
import json


def result_cache_key(*, document: dict, kind: str, language: str, providers: list[str], prompt_version: str) -> str:
    """Same input document, kind, language, provider chain and prompt version -> same key.
    (The document sits under "resume" so that keys stored before kinds had their own input
    documents still match.)"""
    material = json.dumps(
        {"resume": document, "kind": kind, "language": language, "providers": providers, "prompt": prompt_version},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
