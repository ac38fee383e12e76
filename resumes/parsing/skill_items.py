"""Items of a skills list read as technologies.

People write a skills list the way they talk: "GitHub Actions and Jira", "HTML5 + CSS",
"Mocha/Sinon", "familiar with Rust-based programming", "리더십", "Greek (beginner)", or a note
such as "숙련도에 따라 상 · 중 · 하로 표기". Each item becomes the technologies it names: joined
pairs are split (names written with a slash, "CI/CD", stay whole: skill_words.SLASH_NAMES); a
sentence keeps only the catalog names inside it; soft skills, group labels, spoken languages
and rating marks are dropped. A name the catalog knows is always kept as written.
"""

from __future__ import annotations

import re

from resumes.parsing.listing import split_list
from resumes.parsing.skill_concepts import NAME_QUALIFIERS, after_group_word, craft_item
from resumes.parsing.skill_ratings import without_rating
from resumes.parsing.skill_words import (
    GENERIC_HEADS,
    GROUP_LABELS,
    LANGUAGE_LEVEL_WORDS,
    NOT_SKILL_LABELS,
    SLASH_NAMES,
    SOFT_SKILLS,
    SPOKEN_LANGUAGES,
)
from resumes.parsing.technologies import mentioned_technologies, ordinary_word, skill_key, technology_key

MAX_SKILL_CHARS = 40
MAX_SKILL_WORDS = 5
MAX_LABEL_CHARS = 40
_JOINERS = re.compile(r"\s+(?:and|및|&|\+)\s+|(?<=[A-Za-z0-9가-힣])\+(?=[A-Za-z가-힣])", re.I)
_SLASH_TOKEN = re.compile(r"\S+/\S+")
_KOREAN_PREDICATE = re.compile(r"[가-힣](?:다|요|음|함|됨|임)[.!]?$")
_KOREAN_PARTICLE_WORD = re.compile(
    r"[가-힣](?:의|에|을|를|은|는|로|으로|에서|하여|하고|하는|있는|위한|통한|따라|통해|위해|하며|한)$"
)
_ENGLISH_FUNCTION = re.compile(
    r"\b(?:with|in|of|for|the|to|based|using|familiar|experience|experienced|knowledge|understanding|able)\b",
    re.I,
)
# "Experienced in Go/Rust", "have experience with tools like Git": how the person knows what follows.
_LEAD = re.compile(
    r"^(?:i\s+am\s+|i'm\s+)?(?:(?:highly|very|well)[\s-]+)?(?:experienced|proficient|skilled|fluent|familiar|"
    r"comfortable|competent|versed)\s+(?:in|with|at)\s+|^(?:i\s+)?(?:have|has)?\s*(?:(?:hands-on|working|some|strong|"
    r"solid|good)\s+)?(?:experience|knowledge|expertise|exposure)\s+(?:in|with|of|to|using)\s+"
    r"(?:(?:tools|languages|frameworks)\s+)?(?:like\s+|such\s+as\s+)?",
    re.I,
)
_PARENTHESIS = re.compile(r"([^(（]+)[(（]([^)）]+)[)）]\s*")
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
_BASED = re.compile(r"-(based|driven|powered)\b", re.I)
# A measured result ("FCP 0.5s", "80%", "TBT 0ms", "62 -> 95"): what a change achieved, never a tool.
_MEASURE = re.compile(r"(?:^|\s)\d+(?:\.\d+)?\s?(?:%|ms|s|초)(?=\s|$)|->|→")
_LEVEL_NOISE = re.compile(r"[()（）\[\]:：\-–—/,·|]|\d+(?:\.\d+)?|\bn[1-5]\b", re.I)


def line_items(text: str) -> list[str]:
    """The items of one skills line; a line that is a sentence is not split at its "·" or ",",
    nor is a line most of whose items are phrases ("풀스택 개발 · REST API 설계 — React·Spring
    Boot 풀스택 개발, …", a competency written out): both give only the catalog names they hold
    (a line of phrases also its items that are catalog names whole)."""
    if _KOREAN_PREDICATE.search(text.rstrip()) or ("," not in text and is_sentence(text)):
        return mentioned_technologies(_BASED.sub(r" \1", text))
    items = split_list(text)
    if len(items) >= 2 and 2 * sum(map(_phrase, items)) > len(items):
        return _listed_and_mentioned(items, text)
    return items


def _listed_and_mentioned(items: list[str], text: str) -> list[str]:
    """What the phrases of a line name, then each item that is a catalog name whole the prose
    reading left out: "Slack, 재고관리, 침착함" lists Slack, which as a word in prose would need
    support."""
    found = mentioned_technologies(_BASED.sub(r" \1", text))
    keys = {technology_key(name) for name in found}
    return found + [item.strip() for item in items if _known(item.strip()) and technology_key(item) not in keys]


def contact_row(text: str) -> bool:
    """ "Cambridge, UK, jane.codes": a contact row (an icon line of place and web address) that a
    layout put in a skills block; a bare domain no catalog name matches marks it."""
    return any(
        _DOMAIN.fullmatch(item.strip().lower()) and not _known(item) and not item.lower().endswith(".js")
        for item in split_list(text.rsplit(":", 1)[-1])
    )


def named_label(label: str) -> list[str]:
    """ "Python", "PostgreSQL + pgvector": a label that names technologies is those skills."""
    parts = skill_names([label])
    return parts if parts and all(skill_key(part) is not None for part in parts) else []


_LABEL_PARTS = re.compile(r"\s*(?:[,&/]|\band\b|및)\s*", re.I)


def group_label(label: str) -> bool:
    """ "Languages", "Infrastructures, Frameworks, and Software": what stands before a skills line's
    colon is its label, unless commas list technologies there ("Python, Go: 5 years"); only a
    label that lists its groups runs past MAX_LABEL_CHARS."""
    if "," not in label:
        return len(label) <= MAX_LABEL_CHARS
    parts = [part for part in _LABEL_PARTS.split(label) if part.strip()]
    return all(len(part.split()) <= 2 and not _known(part) for part in parts)


def not_skills_label(label: str) -> bool:
    """ "Interests", "취미": a label in a skills section whose items were never used at work."""
    return " ".join(label.lower().strip(" :：*").split()) in NOT_SKILL_LABELS


def skill_names(items: list[str]) -> list[str]:
    """The technologies among skills list items, each joined pair split, in order, each once."""
    kept: list[str] = []
    for item in items:
        for name in _technology_parts(item):
            if name not in kept:
                kept.append(name)
    return kept


def _technology_parts(item: str) -> list[str]:
    item = _LEAD.sub("", without_rating(item.strip())).strip()
    if not item:
        return []
    listed = _listed_inside(item)
    if listed:
        return listed
    parts = _shared_vendor(_split_joined(item))
    if len(parts) > 1 and (not _known(item) or all(_known(part) for part in parts)):
        return [name for part in parts for name in _technology_parts(part)]
    if _known(item):
        return [item]
    words = item.split()
    if len(words) > 1 and words[-1].lower() in NAME_QUALIFIERS and _known(" ".join(words[:-1])):
        return [" ".join(words[:-1])]  # "Bash scripting", "SQL basics"
    labelled = after_group_word(item)
    if labelled and _known(labelled):
        return _technology_parts(labelled)  # "DevOps Docker": a grid's label read into its first item
    if _not_technology(item):
        return []
    if craft_item(item):
        return mentioned_technologies(_BASED.sub(r" \1", item))  # "SQL Tuning" names SQL; "Data Entry" nothing
    spaced = _spaced_names(item)
    if spaced:
        return spaced
    noted = _PARENTHESIS.fullmatch(item)
    if noted and _phrase(noted.group(2)) and len(noted.group(2).split()) > 2:
        return mentioned_technologies(noted.group(1))  # "multilingual (can adapt to any language)": a trait
    if noted and not _known(noted.group(2)):
        return _technology_parts(noted.group(1))  # "StoreKit(IAP)": a note on an unknown name
    if _phrase(item):
        return mentioned_technologies(_BASED.sub(r" \1", item))
    if is_sentence(item) or len(item) > MAX_SKILL_CHARS or len(item.split()) > MAX_SKILL_WORDS:
        return mentioned_technologies(_BASED.sub(r" \1", item))
    return [item]


def _spaced_names(item: str) -> list[str]:
    """ "Websockets GraphQL Bitcoin", a column-aligned continuation line: names separated only by
    spaces are one skill per catalog name (the longest first: "React Native Redux" is two), when
    names cover most of its words and the rest are acronyms ("REST"); "Event Sourcing" or "Python
    scripting" stays one item."""
    words = item.split()
    if len(words) < 2 or not item.isascii() or re.search(r"[^\w.#+\-\s]", item):
        return []
    names, start, covered = [], 0, 0
    while start < len(words):
        end = next((e for e in range(len(words), start, -1) if _known(" ".join(words[start:e]))), None)
        if end is not None:
            names.append(" ".join(words[start:end]))
            covered += end - start
        elif not words[start].isupper():
            return []  # "Electron Windows Application": an ordinary word makes it a phrase
        start = end or start + 1
    return names if len(names) >= 2 and 2 * covered > len(words) else []


def _shared_vendor(parts: list[str]) -> list[str]:
    """ "Firebase Crashlytics/Analytics", "Spring Boot/Batch": a later part no catalog name
    matches alone takes the first part's leading words when that names a technology."""
    head = parts[0].split()[:-1]
    if len(parts) < 2 or not head:
        return parts
    named = [f"{' '.join(head)} {part}" for part in parts[1:]]
    return [parts[0]] + [
        whole if not _known(part) and _known(whole) else part for part, whole in zip(parts[1:], named, strict=True)
    ]


def _listed_inside(item: str) -> list[str]:
    """ "AWS (EC2, RDS, S3)", "Spring (Boot, Batch)": the name before the parenthesis and the
    technologies listed inside it (a list; one name inside qualifies the other), each named ("Spring Boot"); [] when the parenthesis holds no
    technology ("Python (3년)", "English (native)") or another name of the same one."""
    match = _PARENTHESIS.fullmatch(item)
    if not match:
        return []
    outer, inside = match.group(1).strip(), match.group(2)
    parts = split_list(inside.replace("/", ","))
    if len(parts) < 2:
        return _one_inside(outer, inside.strip())
    found = []
    for part in parts:
        joined = f"{outer} {part}"
        if _known(part) and not ordinary_word(part):
            found.append(part)
        elif _known(joined) and not part.lower().startswith(outer.lower()):
            found.append(joined)
        elif _known(part):
            found.append(part)
    if all(technology_key(name) == technology_key(outer) for name in found):
        return []  # "JPA (Hibernate)", "Kubernetes (k8s)": another name for the same thing
    return _technology_parts(outer) + found


def _one_inside(outer: str, inside: str) -> list[str]:
    """One name in a parenthesis: a second technology used with the first ("PostgreSQL(Flyway)",
    "RDS(MariaDB)", "Kubernetes(k3s)"), the example of a category ("LLM APIs (OpenAI)"), or
    another name of the same one ("JPA (Hibernate)", "Amazon RDS (PostgreSQL)"), which stays
    one item as written."""
    if not _known(inside) or ordinary_word(inside) or technology_key(inside) == technology_key(outer):
        return []
    if technology_key(f"{outer} ({inside})") == technology_key(inside):
        return []  # "Amazon RDS (PostgreSQL)": the catalog's own name for the inside one
    if not _known(outer) and _phrase(outer):
        return [inside]
    return [*_technology_parts(outer), inside] if _known(outer) else [inside]


def _phrase(item: str) -> bool:
    """An activity or a field, not a name ("model training", "Computer Vision", "풀스택 개발",
    "Event Sourcing"): no catalog name, and Korean words, a plain lower-case word among several,
    or a generic head noun (skill_words.GENERIC_HEADS) last."""
    if _known(item):
        return False
    if re.search(r"[가-힣]{2}", item):
        return True
    words = re.findall(r"[^\s]+", item)
    if len(words) < 2:
        return False
    if any(re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*", word) and not _known(word) for word in words):
        return True
    return words[-1].lower().strip(".,") in GENERIC_HEADS


def family_member(family: str, name: str) -> str:
    """A part listed under a technology family's heading: "Config" under "Spring Cloud" is
    "Spring Cloud Config", never a bare "Config"; a part that is a technology of its own
    ("Netflix Eureka", "Django" under "Python") stays as written."""
    if _known(name) and not ordinary_word(name):
        return name
    if name.lower().startswith(family.lower()):
        return name
    return f"{family} {name}"


def _known(name: str) -> bool:
    return skill_key(name) is not None


def is_sentence(text: str) -> bool:
    """Prose, not a name: a Korean predicate at the end ("…사용했습니다"), Korean words carrying
    particles ("역량의 전문성에 따라"), or English with function words ("familiar with …")."""
    words = text.split()
    if len(words) >= 2 and _KOREAN_PREDICATE.search(text.rstrip()):
        return True
    if len(words) < 3:
        return False
    if sum(1 for word in words if _KOREAN_PARTICLE_WORD.search(word)) >= 2:
        return True
    return len(words) >= 4 and bool(_ENGLISH_FUNCTION.search(text)) or (text.rstrip().endswith(".") and len(words) >= 5)


def _split_joined(item: str) -> list[str]:
    """ "GitHub Actions and Jira", "HTML5+CSS3", "Mocha/Sinon", "C/C++" as their parts; a slash
    name ("CI/CD", "TCP/IP", "PL/SQL") or a part in parentheses stays whole."""
    if "(" in item or "（" in item:
        return [item]
    parts = [part.strip() for part in _JOINERS.split(item) if part.strip()]
    if len(parts) > 1:
        return parts
    tokens = [token.lower().strip(".,") for token in _SLASH_TOKEN.findall(item)]
    if not tokens or any(token in SLASH_NAMES for token in tokens):
        return [item]
    parts = [part.strip() for part in item.split("/")]
    if any(not part or part.isdigit() or re.fullmatch(r"v?\d+(?:\.\d+)*", part) for part in parts):
        return [item]  # "HTTP/2", "Python 2/3": a version, not a second technology
    return parts


def _not_technology(item: str) -> bool:
    """A soft skill, a group label, a rating mark ("상", "★★★"), a measured result, a web
    address or a spoken language."""
    folded = " ".join(item.lower().rstrip(":：").split())
    if folded in SOFT_SKILLS or folded in GROUP_LABELS or _MEASURE.search(folded):
        return True
    if (
        re.fullmatch(r"[가-힣]", folded)
        or not re.search(r"[a-z0-9가-힣]", folded)
        or re.fullmatch(r"(?:https?://|www\.)\S+", folded)
    ):
        return True
    return _spoken_language(folded)


def spoken_language(item: str) -> bool:
    """ "English (native)", "일본어 JLPT N2": a spoken language, with its level or test."""
    return _spoken_language(" ".join(item.lower().rstrip(":：").split()))


def _spoken_language(folded: str) -> bool:
    """ "Greek (beginner)", "영어 (비즈니스)", "English - TOEIC 905", "일본어 JLPT N2"."""
    words = _LEVEL_NOISE.sub(" ", folded).split()
    if not words:
        return False
    rest = [word for word in words if word not in SPOKEN_LANGUAGES]
    named = len(rest) < len(words)
    return named and all(word in LANGUAGE_LEVEL_WORDS or word in SPOKEN_LANGUAGES for word in rest)
