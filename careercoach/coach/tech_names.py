"""How technology names are written in resumes: names that are also ordinary words (Go, Spark,
Unity), platform names that in prose mean the platform, and the vendor prefixes and version
suffixes a listed name may carry ("AWS Lambda", "Vue 3.x"). Plain data and string rules; the
catalog builds its lookup structures from them."""

from __future__ import annotations

import re

from careercoach.technology_names import COMMON_WORD_NAMES

# Names that are also ordinary words: only their exact written form counts in free text.
AMBIGUOUS_WORDS = COMMON_WORD_NAMES | {
    "athena",
    "pipelines",
    "bigtable",
}


# Platform names that in prose mean the platform, not the SDK ("중급 Android 기기에서 58fps"):
# they count only when listed in a tech stack or skills section.
LIST_ONLY = {"android", "안드로이드"}


VENDOR_PREFIXES = (
    "aws ",
    "amazon ",
    "apache ",
    "google ",
    "google cloud ",
    "gcp ",
    "azure ",
    "microsoft ",
    "firebase ",
    "hashicorp ",
    "jetbrains ",
)
VENDOR_FALLBACK = (
    ("aws ", "aws"),
    ("amazon ", "aws"),
    ("google cloud ", "gcp"),
    ("gcp ", "gcp"),
    ("azure ", "azure"),
    ("microsoft azure ", "azure"),
    ("firebase ", "firebase"),
)
VERSION_SUFFIX = re.compile(r"[\s\-_]*v?\d+(?:\.\d+)*(?:\.x)?\s*$|\s+(?:lts|latest)\s*$")


def name_forms(key: str) -> list[str]:
    """The forms a folded technology name may be listed under, most literal first: without
    a parenthesis or a version, without a vendor prefix, or the vendor alone."""
    forms = [key]
    no_paren = re.sub(r"\s*\([^)]*\)\s*", " ", key).strip()
    inside = re.findall(r"\(([^)]*)\)", key)
    no_version = VERSION_SUFFIX.sub("", no_paren).strip()
    forms += [no_paren, no_version]
    for base in (no_paren, no_version):
        for prefix in VENDOR_PREFIXES:
            if base.startswith(prefix):
                rest = base[len(prefix) :]
                forms += [rest, *(p + rest for p in ("aws ", "amazon ", "google cloud ", "azure "))]
    forms += [VERSION_SUFFIX.sub("", part).strip() for part in inside]
    # "AWS Secrets Manager" with no entry of its own still means the person used AWS.
    for prefix, vendor in VENDOR_FALLBACK:
        if no_paren.startswith(prefix):
            forms.append(vendor)
    seen, ordered = set(), []
    for form in forms:
        if form and form not in seen:
            seen.add(form)
            ordered.append(form)
    return ordered
