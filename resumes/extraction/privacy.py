"""Contact details kept from hosted LLMs: masked before the text leaves, restored after.

Before an uploaded resume goes to a hosted provider, the person's name, e-mail addresses,
phone numbers, street addresses and web addresses are replaced by placeholders shaped like
what they stand for (an address-shaped e-mail, a URL, a phone number), so the model still
files them in the right fields and the draft validator keeps them. The draft that comes back
has every placeholder replaced by the original again. The provider never sees the details;
the person's draft has them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resumes.parsing.contact import find_phone
from resumes.parsing.urls import EMAIL, find_urls

_ADDRESS = re.compile(
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)"
    r"[가-힣]*(?:\s+[가-힣0-9\-]+(?:시|군|구|동|읍|면|로|길|번길))+(?:\s*\d+(?:-\d+)?(?:번지)?)?"
    r"|\b\d{1,5}\s+[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Dr|Drive)\b\.?"
)
_LABELLED_ADDRESS = re.compile(r"(?im)^\s*(?:주소|address)\s*[:：]\s*(.+)$")


@dataclass
class Masked:
    text: str
    originals: dict[str, str] = field(default_factory=dict)  # placeholder -> what it replaced


def mask_contact_details(text: str, *, name: str | None = None) -> Masked:
    masked = Masked(text)
    counters: dict[str, int] = {}

    def replace(value: str, kind: str) -> None:
        value = value.strip()
        if not value or value in masked.originals.values():
            return
        counters[kind] = counters.get(kind, 0) + 1
        placeholder = _placeholder(kind, counters[kind])
        masked.originals[placeholder] = value
        masked.text = masked.text.replace(value, placeholder)

    for url in sorted(find_urls(masked.text), key=len, reverse=True):
        if not EMAIL.fullmatch(url):
            replace(url, "url")
    for email in EMAIL.findall(masked.text):
        if not email.endswith("@masked.invalid"):
            replace(email, "email")
    while (phone := find_phone(_without_placeholders(masked.text))) is not None:
        before = masked.text
        replace(phone, "phone")
        if masked.text == before:
            break
    for match in _LABELLED_ADDRESS.finditer(masked.text):
        replace(match.group(1), "address")
    for match in _ADDRESS.finditer(masked.text):
        replace(match.group(), "address")
    if name and len(name.strip()) >= 2:
        replace(name, "name")
    return masked


def _placeholder(kind: str, number: int) -> str:
    if kind == "email":
        return f"person-{number}@masked.invalid"
    if kind == "url":
        return f"https://masked.invalid/link-{number}"
    if kind == "phone":
        return f"010-0000-{number:04d}"
    return f"[{kind.upper()}_{number}]"


def _without_placeholders(text: str) -> str:
    return re.sub(r"010-0000-\d{4}", " ", text)


def restore_contact_details(value, originals: dict[str, str]):
    """The draft with every placeholder put back (strings in nested dicts and lists)."""
    if isinstance(value, str):
        for placeholder, original in sorted(originals.items(), key=lambda item: -len(item[0])):
            value = value.replace(placeholder, original)
        return value
    if isinstance(value, list):
        return [restore_contact_details(item, originals) for item in value]
    if isinstance(value, dict):
        return {key: restore_contact_details(item, originals) for key, item in value.items()}
    return value
