"""Certifications, one a line: "정보처리기사 | 한국산업인력공단 | 2023.06.09",
"AWS Certified Developer – Associate, Amazon Web Services (2023.10 ~ 2026.10)"."""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.blocks import LABEL, Item, trim
from resumes.parsing.dates import find_dates
from resumes.parsing.urls import find_urls

_PARTS = re.compile(r"\s*(?:\||\t|·|\s—\s|,\s)\s*")
_DETAILS = re.compile(r"^(.*?)\s*[(（]([^()（）]*)[)）]\s*$")
ISSUER_WORDS = re.compile(
    r"공단|협회|진흥원|재단|위원회|학회|연구원|진흥회|"
    r"\b(?:foundation|institute|association|council|society|amazon|aws|microsoft|google|oracle|"
    r"cisco|comptia|linux|cncf|hashicorp|red hat|databricks|snowflake|isc2|isaca|pmi|inc|corp|ltd)\b",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(r"(?:취득일?|발급일?|만료일?|issued|expires?|valid\s+until|expiry)\s*[:：]?", re.IGNORECASE)


def parse_certifications(items: list[Item]) -> list[dict]:
    certifications: list[dict] = []
    for item in items:
        if item.kind == LABEL and item.field == labels.ISSUER and certifications:
            certifications[-1]["issuer"] = certifications[-1]["issuer"] or item.text or None
            continue
        entry = _certification(item.raw or item.text)
        if entry["name"] is None and certifications:
            last = certifications[-1]  # a line holding only the dates or link of the one above
            for key in ("issue_date", "expiry_date", "credential_url", "issuer"):
                last[key] = last[key] or entry[key]
            continue
        if entry["name"] is not None:
            certifications.append(entry)
    return certifications


def _is_details(name: str, inside: str) -> bool:
    """Whether "(...)" after a certificate name holds its issuer or dates rather than part of
    the name: "KCNA (Kubernetes and Cloud Native Associate)" keeps its parentheses."""
    return bool(
        find_dates(inside) or "," in inside or name.rstrip().endswith((")", "）")) or ISSUER_WORDS.search(inside)
    )


def _certification(text: str) -> dict:
    details = _DETAILS.match(text)
    if details and _is_details(details.group(1), details.group(2)):
        text = f"{details.group(1)} | {details.group(2)}"  # "Name (Issuer, 2023.06.09)"
    urls = find_urls(text)
    for url in urls:
        text = text.replace(url, " ")
    dates = find_dates(text)
    for _, written, _span in dates:
        text = text.replace(written, " ", 1)
    text = _DATE_WORDS.sub(" ", text)
    text = re.sub(r"[(（]\s*[~\-–]?\s*[)）]", " ", text)
    text = re.sub(r"\s*[~～]\s*(?=\s|$)", " ", text)
    parts = [trim(part) for part in _PARTS.split(text) if trim(part)]
    return {
        "name": parts[0] if parts else None,
        "issuer": parts[1] if len(parts) > 1 else None,
        "issue_date": dates[0][1] if dates else None,
        "expiry_date": dates[1][1] if len(dates) > 1 else None,
        "credential_url": urls[0] if urls else None,
    }
