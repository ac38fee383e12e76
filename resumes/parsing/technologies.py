"""Technology names for the parser: normalising what a resume lists, and finding what prose
mentions, with precision.

The names come from careercoach.technology_names (the catalog's data files, read by a module
with no app imports); `use_vocabulary` swaps them, e.g. in tests. Finding in prose is strict,
because a wrong technology misleads the coach downstream:
- web addresses and file names are never read ("board.php" is not PHP, a URL is not PyTorch),
  nor the label a link is given ("GitHub: https://…" names the site the link points to), nor a line
  that is only a code host's name ("GitHub", "코드 저장소 : 깃허브": a link's text);
- a version glued to a name ("Spring3.0", "Windows10") ends it, as a space would;
- a Korean name glued after another Korean syllable is part of a longer word ("코드스프링");
- an office program's name before a word for a file ("엑셀 다운로드", "Excel export") is the file a
  feature handles (word_senses.py);
- a name that is also a common word or an abbreviation (Go, C, R, Spark, EMR) counts only as
  written (capitalised), not glued to Korean ("C레벨"), not explained by a Korean gloss
  ("EMR(전자의무기록)"), never inside an idiom ("Go-live", "let go"), and otherwise only after a
  preposition ("moving hot paths to Go"), before a version ("Go 1.21"), or beside another
  technology or a usage cue on its line (word_senses.py);
- an alias that is another product's name ("Athena" for Trino) is kept as written;
- such an abbreviation in capitals with an apostrophe s ("SQL’s generated", "API's") is the plural
  of a business or generic abbreviation (sales qualified leads), never the technology.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from careercoach.technology_names import COMMON_WORD_NAMES
from resumes.parsing.listing import comma_dots
from resumes.parsing.places import PLACE_NAMES
from resumes.parsing.urls import find_urls
from resumes.parsing.word_senses import in_idiom, named_as_technology, names_a_file

SKILL_KEY_BY_CATEGORY = {
    "language": "programming_languages",
    "framework": "frameworks",
    "library": "frameworks",
    "frontend": "frameworks",
    "mobile": "frameworks",
    "data": "frameworks",
    "ml": "frameworks",
    "api": "frameworks",
    "database": "databases",
    "messaging": "message_queue_caching",
    "cache": "message_queue_caching",
    "cloud": "cloud_platforms",
    "platform": "cloud_platforms",
    "container": "devops_tools",
    "orchestration": "devops_tools",
    "iac": "devops_tools",
    "ci_cd": "devops_tools",
    "monitoring": "monitoring_tools",
}
OTHER_SKILLS = "others"
_COMMON = COMMON_WORD_NAMES | {
    "emr",
    "sql",
    "api",
    "jpa",
    "orm",
    "ci",
    "cd",
    "jvm",
    "jdk",
    "k6",
    "oci",
}
_CUES = re.compile(
    r"사용|활용|기반|도입|구축|적용|개발|연동|운영|마이그레이션|전환|튜닝|\b(?:with|using|on|in|via|"
    r"stack|built|migrat\w*|deploy\w*|tun\w*|wrote|ran)\b",
    re.I,
)
_PARTICLE = re.compile(
    r"(?:으로|로|를|을|와|과|의|에서|에|은|는|이|가|도|만|까지|부터|기반|및)(?![가-힣])|"
    r"(?:으로|로|와|과|에서|에)의"
)
_FILE_NAME = re.compile(r"\b[\w\-]+\.(?:php|html?|jsp|aspx?|py|java|rb|go|md|json|ya?ml|xml|sh|txt|csv)\b", re.I)
# Place names of several words: a technology's alias inside one ("Kong" in "Hong Kong") is the place.
_PLACE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(PLACE_NAMES, key=len, reverse=True)) + r")(?![\w])", re.I
)
_VERSION = re.compile(r"[\s\-_]*v?\d+(?:\.\d+)*(?:\.x)?\s*$")
_VENDORS = ("aws ", "amazon ", "apache ", "google ", "google cloud ", "gcp ", "azure ", "microsoft ")
# What is left of a vendor's product name without the vendor that names no product of its own
# ("Google Cloud Storage" is not every "Storage", "Google Analytics" not every "Analytics").
_GENERIC_PRODUCT_WORDS = frozenset(
    {
        "cloud",
        "platform",
        "cloud platform",
        "storage",
        "cloud storage",
        "analytics",
        "web services",
        "functions",
        "run",
        "devops",
        "pipelines",
        "dataflow",
        "docs",
        "slides",
        "ads",
        "workspace",
    }
)
# A line that is only a code host's name, or a label and that name: the text of a link.
_LINK_TEXT = re.compile(r"(?:[^:：]{1,20}[:：]\s*)?(?:github|gitlab|bitbucket|깃허브|깃헙|깃랩)[.]?", re.I)
_APOSTROPHE_S = re.compile(r"['’]s(?![a-z])", re.I)
# A hyphen that joins a name to a word saying how something relates to it ("EVM-compatible",
# "Kubernetes-native") or follows a Korean label ("사용기술-파이썬,MySQL") separates, as a space
# would; a hyphen inside a name ("Go-live", "Node-RED") does not.
_SEPARATING_HYPHEN = re.compile(
    r"(?<=[a-z0-9+#])-(?=(?:based|driven|powered|compatible|native|enabled|backed|centric|specific)\b)|(?<=[가-힣])-(?=\S)",
    re.I,
)


def _fold(text: str) -> str:
    """Lower case, one space; punctuation off the ends, but a leading dot is part of a name
    (".NET", ".NET Core")."""
    folded = " ".join(unicodedata.normalize("NFKC", text).lower().split()).strip(" ,;:").rstrip(".")
    return folded if re.match(r"\.[a-z]", folded) else folded.lstrip(". ")


class Vocabulary:
    def __init__(self, names):
        self.names = {t.id: t for t in names}
        self.by_form: dict[str, object] = {}
        for technology in names:
            for form in (technology.id, technology.name, *technology.aliases):
                key = _fold(form)
                if key:
                    self.by_form.setdefault(key, technology)
                    self.by_form.setdefault(re.sub(r"[\s.\-_/]+", "", key), technology)
        self.by_product = self._products(names)
        forms = sorted(
            {_fold(f) for t in names for f in (t.name, *t.aliases, *(() if "-" in t.id else (t.id,))) if _fold(f)},
            key=len,
            reverse=True,
        )
        self.pattern = (
            re.compile(
                r"(?<![a-z0-9_.#+@-])(" + "|".join(re.escape(f) for f in forms) + r")(?![a-z_#+]|\.[a-z0-9]|-[a-z])",
                re.I,
            )
            if forms
            else None
        )

    def _products(self, names) -> dict[str, object]:
        """A cloud vendor's product by its own name ("Lambda" for AWS Lambda, "SNS" for Amazon
        SNS), as "SQS" is Amazon SQS: for lists and stacks only (normalize), never in prose, where
        "SNS" is a social network and "lambda" a function."""
        products: dict[str, object] = {}
        for technology in names:
            for form in (technology.name, *technology.aliases):
                key = _fold(form)
                for vendor in _VENDORS:
                    rest = key[len(vendor) :].strip() if key.startswith(vendor) else ""
                    if len(rest) > 2 and rest.isascii() and rest not in _GENERIC_PRODUCT_WORDS | self.by_form.keys():
                        products.setdefault(rest, technology)
        return products

    def normalize(self, name: str):
        key = _fold(name or "")
        if not key or len(key) > 80:
            return None
        plain = re.sub(r"\s*\([^)]*\)\s*", " ", key).strip()
        candidates = [key, plain, _VERSION.sub("", plain).strip()]
        candidates += [c[len(v) :] for c in candidates for v in _VENDORS if c.startswith(v)]
        for candidate in candidates:
            found = self.by_form.get(candidate) or self.by_form.get(re.sub(r"[\s.\-_/]+", "", candidate))
            if found is not None:
                return found
        return next((self.by_product[c] for c in candidates if c in self.by_product), None)

    def find(self, text: str) -> list[str]:
        """Names of the technologies a text mentions, in order, each once."""
        if self.pattern is None or not text.strip():
            return []
        for url in find_urls(text):
            # "GitHub: https://…", "GitHub / 블로그 : https://…", a line's "GitHub. https://…": the site
            label = re.compile(
                r"(?:\b[\w.\-]+ ?(?:[/|·] ?)?){1,2}[:：]\s*(?=" + re.escape(url) + r")"
                r"|^\s*(?:[\w\-]+ ?(?:[/|·] ?)?){1,2}[.:：]?\s*(?=" + re.escape(url) + ")",
                re.M,
            )
            text = label.sub(lambda m: " " * len(m.group()), text)
            text = text.replace(url, " " * len(url))
        text = _FILE_NAME.sub(lambda m: " " * len(m.group()), unicodedata.normalize("NFKC", comma_dots(text)))
        text = _SEPARATING_HYPHEN.sub(" ", text)
        text = _PLACE.sub(lambda m: " " * len(m.group()), text)  # "Hong Kong" holds no Kong
        found: list[str] = []
        seen: set[str] = set()
        for line in text.splitlines():
            if _LINK_TEXT.fullmatch(line.strip()):
                continue  # "GitHub", "코드 저장소 : 깃허브": a link's text, the site it points to
            for name, technology in self._line_hits(line):
                if technology.id not in seen:
                    seen.add(technology.id)
                    found.append(name)
        return found

    def _line_hits(self, line: str):
        hits = [
            (m, self.by_form[_fold(m.group(1))])
            for m in self.pattern.finditer(line)
            if _fold(m.group(1)) in self.by_form
            and _ends_as_a_name(m.group(1), line[m.end(1) :])
            and not _inside_korean_word(line, m)
            and not names_a_file(line, m.start(1), m.end(1))
        ]
        plain = [t for m, t in hits if not self._ambiguous(m.group(1))]
        for match, technology in hits:
            written = match.group(1)
            if self._ambiguous(written) and (
                _capital_plural(written, line[match.end() :]) or not self._supported(line, match, technology, plain)
            ):
                continue
            yield self._shown(written, technology), technology

    def _ambiguous(self, written: str) -> bool:
        return ordinary_word(written)

    @staticmethod
    def _supported(line: str, match, technology, plain) -> bool:
        written, after = match.group(1), line[match.end() :]
        if written.islower() and written.upper() != written:
            return False  # "go", "spark" in lower case are words
        if re.match(r"[가-힣]", after) and not _PARTICLE.match(after):
            return False  # "C레벨": glued to a Korean word, not followed by a particle
        if re.match(r"\s*[(（]\s*[가-힣]", after):
            return False  # "EMR(전자의무기록)"
        if in_idiom(line, match.start(1), match.end(1)):
            return False  # "Go-to-market", "let go"
        if named_as_technology(line, match.start(1), match.end(1)):
            return True  # "moving hot paths to Go", "Go 1.21"
        return any(other.id != technology.id for other in plain) or bool(_CUES.search(line))

    @staticmethod
    def _shown(written: str, technology) -> str:
        """The catalog's name, unless the resume named another product its alias stands for."""
        key = _fold(written)
        name_words = set(_fold(technology.name).split()) | {technology.id}
        if key == f"{_fold(technology.name)}s":
            return technology.name  # "TPUs": the plural of the name
        if (
            key in technology.aliases
            and not (set(key.replace("-", " ").split()) & name_words)
            and key.isascii()
            and len(key) > 3
        ):
            return written.strip()
        return technology.name


_GLUED_VERSION = re.compile(r"\d+(?:\.\d+)*(?:\.x|[a-z])?(?![\w.])", re.I)


def _ends_as_a_name(written: str, after: str) -> bool:
    """ "Spring3.0", "Windows10", "Oracle11g": a version glued to a name of three letters or more
    ends it; any other digit after a name makes it part of a longer word ("Route53", "K8s")."""
    if not after[:1].isdigit():
        return True
    return len(written) >= 3 and written[-1].isalpha() and bool(_GLUED_VERSION.match(after))


def _inside_korean_word(line: str, match) -> bool:
    """ "코드스프링": a Korean name glued after another Korean syllable is part of a longer word."""
    start = match.start(1)
    return start > 0 and bool(re.match(r"[가-힣]", match.group(1))) and bool(re.match(r"[가-힣]", line[start - 1]))


def _capital_plural(written: str, after: str) -> bool:
    """ "SQL’s", "API's": an abbreviation in capitals with an apostrophe s, the way people write the
    plural of an acronym ("BDR’s", "SQL’s" for sales leads); a possessive of such a name is rare."""
    return written.isupper() and bool(_APOSTROPHE_S.match(after))


@functools.lru_cache(maxsize=1)
def _default() -> Vocabulary | None:
    try:
        from careercoach.technology_names import load_technology_names
    except ImportError:
        return None
    return Vocabulary(load_technology_names())


_override: list[Vocabulary | None] = []


def use_vocabulary(vocabulary: Vocabulary | None) -> None:
    """Replace the names (None: back to the catalog's files)."""
    _override[:] = [vocabulary] if vocabulary is not None else []


def vocabulary() -> Vocabulary | None:
    return _override[0] if _override else _default()


def mentioned_technologies(text: str) -> list[str]:
    found = vocabulary()
    return found.find(text) if found is not None else []


def ordinary_word(name: str) -> bool:
    """A name that is also an ordinary word or a short abbreviation ("Gateway", "Go", "EMR")."""
    key = _fold(name)
    return key in _COMMON or (key.isascii() and len(key) <= 2)


def skill_key(name: str) -> str | None:
    """The technical_skills key a technology name belongs under, None when it is unknown."""
    found = vocabulary()
    technology = found.normalize(name) if found is not None else None
    if technology is None:
        return None
    return SKILL_KEY_BY_CATEGORY.get(technology.category, OTHER_SKILLS)


def technology_key(name: str) -> str:
    """A comparable key: the catalog id when the name is known, else the folded name."""
    found = vocabulary()
    technology = found.normalize(name) if found is not None else None
    return technology.id if technology is not None else " ".join(name.lower().split())
