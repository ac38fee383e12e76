"""Web addresses in resume text and which kind of link each one is."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

URL = re.compile(
    r"(?:https?://|www\.)[^\s|<>()\"'，]+"
    r"|(?<![\w@.])(?:[a-z0-9-]+\.)*(?:github\.com|github\.io|linkedin\.com|gitlab\.com|velog\.io|"
    r"tistory\.com|notion\.site|medium\.com|brunch\.co\.kr)(?:/[^\s|<>()\"'，]*)?",
    re.IGNORECASE,
)
# A text that is only a web address ("daon.io", "https://www.daon.io/"): a site shown as itself.
BARE_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$", re.IGNORECASE)
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def find_urls(text: str) -> list[str]:
    found = []
    for match in URL.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] == "@":
            continue
        url = match.group().rstrip(".,;:)]}>'\"")
        if url not in found:
            found.append(url)
    return found


def is_bare_address(text: str) -> bool:
    return bool(BARE_ADDRESS.match(text.strip()))


def with_scheme(url: str) -> tuple[str, bool]:
    """The URL with https:// added when it was written without a scheme, and whether it was."""
    if re.match(r"^https?://", url, re.IGNORECASE):
        return url, False
    return f"https://{url}", True


def host_of(url: str) -> str:
    return (urlsplit(with_scheme(url)[0]).hostname or "").lower()


def is_github(url: str) -> bool:
    host = host_of(url)
    return (host == "github.com" or host.startswith("github.")) and not host.endswith("github.io")


def is_linkedin(url: str) -> bool:
    host = host_of(url)
    return host == "linkedin.com" or host.endswith(".linkedin.com") or host.startswith("linkedin.")
