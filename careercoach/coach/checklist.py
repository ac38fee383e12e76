"""What a good answer covers: catalog items about the technologies a question names, filtered to
the person's platform and ordered by what their own line talks about, then the general points
of the question type (data/phrasing/interview.yaml)."""

from __future__ import annotations

import functools
import re

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import Candidate
from careercoach.coach.catalog import Technology, find_technologies, without_technologies
from careercoach.coach.knowledge import areas_mentioned
from careercoach.coach.phrasing import MissingSlot, ordered, phrases, render
from careercoach.coach.text import content_words, fold, hangul_share, has_hangul

# Roles whose software runs on the user's device: failures are crashes and bad releases.
CLIENT_ROLES = {"android", "ios", "mobile_cross", "frontend", "game"}
# Roles whose software runs on a device with no operator: failures are resets and field returns.
DEVICE_ROLES = {"embedded"}
# Technologies that hold data: their failures lose or duplicate it.
DATA_CATEGORIES = {"messaging", "data", "database"}


# Words that tie an item to one platform: "dSYM" is only an iOS worry.
_PLATFORM_WORDS = {
    "dsym": {"swift", "objective-c", "swiftui", "uikit", "xctest", "flutter", "react-native"},
    "xcode": {"swift", "objective-c", "swiftui", "uikit", "xctest", "flutter", "react-native"},
    "testflight": {"swift", "objective-c", "swiftui", "uikit", "flutter", "react-native"},
    "proguard": {"kotlin", "java", "android-sdk", "jetpack-compose", "flutter", "react-native"},
}
_PLATFORM_CATEGORIES = {"mobile", "frontend", "framework", "language", "game"}


def known_technologies(analysis: ResumeAnalysis) -> set[str]:
    """Ids of every technology on the resume (jobs, projects, skills), built once per analysis."""
    known = getattr(analysis, "_known_ids", None)
    if known is None:
        known = {t.id for t in analysis.technologies()} | {t.id for t in analysis.skills}
        analysis._known_ids = known
    return known


def foreign(item: str, known: set[str]) -> bool:
    """An item about a platform the person does not use ("Flutter errors not reported without a
    handler" for an Android developer who uses Crashlytics from Kotlin)."""
    for tech in find_technologies(item):
        if tech.category in _PLATFORM_CATEGORIES and tech.id not in known:
            return True
    lowered = item.lower()
    return any(word in lowered and not (owners & known) for word, owners in _PLATFORM_WORDS.items())


def catalog_items(
    tech: Technology | None,
    kind: str,
    language: str,
    seed: str,
    count: int = 2,
    context: str = "",
    known: set[str] | None = None,
) -> list[str]:
    """Catalog items in the output language; for Korean prefer items that read as Korean, and
    before either, items about what the person's own line talks about (ordering, partitions).
    Items about a platform the person does not use are left out."""
    if tech is None:
        return []
    items = list(tech.items(kind, language))
    if known is not None:
        items = [i for i in items if not foreign(i, known | {tech.id})]
    if language == "ko":
        items = [i for i in items if has_hangul(i)] or []
    else:
        items = [i for i in items if not has_hangul(i)]
    if language == "ko":
        readable = [i for i in items if hangul_share(i) >= 0.3]
        rest = [i for i in items if hangul_share(i) < 0.3]
        items = ordered(readable, seed, tech.id, kind) + ordered(rest, seed, tech.id, kind)
    else:
        items = ordered(items, seed, tech.id, kind)
    if context:
        seen = content_words(context)
        position = {item: i for i, item in enumerate(items)}
        items.sort(key=lambda i: (-min(len(content_words(i) & seen), 2), position[i]))
    return items[:count]


def overlap(shared: set[str]) -> int:
    """How strongly two texts are tied by the words they share: a Latin word (select_related,
    onnx) ties them firmly, one Korean stem (지연) only loosely."""
    return sum(1 if has_hangul(word) else 2 for word in shared)


# Slots filled from the catalog: a point made of one must be about what the question asks.
_CATALOG_SLOTS = re.compile(
    r"\{\^?(?:failure2?|failure_b|scaling2?|scaling_b|testing2?|testing_b|relevant|point|point_b)\b"
)
_STOP = {
    "with",
    "from",
    "that",
    "this",
    "what",
    "when",
    "which",
    "your",
    "their",
    "them",
    "have",
    "into",
    "over",
    "under",
    "than",
    "then",
    "were",
    "would",
    "could",
    "should",
    "about",
    "after",
    "before",
    "there",
    "where",
    "how",
    "why",
    "and",
    "the",
    "for",
    "you",
    "did",
    "does",
    "was",
    "are",
    # Korean stems (first two syllables) of function words: "인한", "위한" tie nothing together
    "있는",
    "어떤",
    "어떻",
    "무엇",
    "인한",
    "위한",
    "통한",
    "대한",
    "없는",
    "하는",
    "되는",
    "같은",
    "경우",
    "사용",
    "기반",
    "과정",
    "이후",
    "이전",
}


@functools.lru_cache(maxsize=8192)
def stems(text: str) -> frozenset[str]:
    """Rough word stems for comparing two short texts: Korean words by their first two syllables
    (기준선을, 기준과 -> 기준), English words without plural or tense endings; technology names
    are blanked out first, since every point about a technology shares its name."""
    found = set()
    for word in re.findall(r"[가-힣]{2,}|[a-z][a-z0-9-]{2,}", without_technologies(text)):
        if word in _STOP:
            continue
        if has_hangul(word):
            found.add(word[:2])
        else:
            found.add(re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 5 else word)
    return frozenset(found - _STOP)


def same_point(a: str, b: str) -> bool:
    """Two points that say the same thing in other words ("기준선을 잡은 방법과 비교 기간",
    "효과를 측정한 기준과 비교 기간")."""
    sa, sb = stems(a), stems(b)
    shared = sa & sb
    return len(shared) >= 2 and len(shared) >= 0.6 * min(len(sa), len(sb))


_BROAD_AREAS = {
    "performance",
    "system_design",
    "programming_fundamentals",
    "business_domain",
    "leadership",
    "distributed_systems",
    "concurrency",
}


def _about(text: str, focus: tuple[set[str], set[str]], need: int = 1) -> bool:
    """Shares words with what the question asks, or names the same skill area loosely ("alert
    fatigue" for a line about SLOs and incidents)."""
    words, areas = focus
    return len(stems(text) & words) >= need or bool(areas_mentioned(fold(text)) & areas)


def _focus(cand: Candidate, slots: dict, question: str) -> tuple[set[str], set[str]]:
    """What the question asks about: the failure, scaling limit or test it names, else its line;
    as word stems and as the skill areas it touches."""
    asked = {"Reliability": "failure_ask", "Scalability": "scaling_ask", "Quality": "testing_ask"}.get(cand.qtype)
    parts = [slots[asked]] if asked and slots.get(asked) and slots[asked] in question else []
    if not parts:
        parts = [cand.achievement.text if cand.achievement is not None else question]
    text = " ".join(parts)
    named = bool(slots.get("tech")) and slots["tech"].lower() in question.lower()
    # A shared area ties a point to the question only for a technology the question names, and
    # only for narrow areas: "performance" would let any catalog item through.
    areas = set(areas_mentioned(fold(text))) - _BROAD_AREAS if named else set()
    return stems(text), areas


def _general(table: dict, slots: dict, cand: Candidate, language: str, role: str) -> list[str]:
    general = table["general"][language]
    if "general_open" in table and not (slots["before"] and slots["after"]):
        general = table["general_open"][language]
    if "general_device" in table and role in DEVICE_ROLES:
        general = table["general_device"][language]
    elif "general_client" in table and role in CLIENT_ROLES:
        general = table["general_client"][language]
    elif "general_data" in table and cand.tech is not None and cand.tech.category in DATA_CATEGORIES:
        general = table["general_data"][language]
    if solo(cand.unit) and "general_solo" in table:
        general = table["general_solo"][language]  # a personal project has no team to hand work to
    elif solo(cand.unit) and cand.qtype != "Collaboration":
        general = [g for g in general if not _TEAM.search(g)] or general
    return general


_TEAM = re.compile(r"팀|\bteam", re.IGNORECASE)


def solo(unit) -> bool:
    """A personal project or activity with no team size: nobody else to hand work to."""
    return unit.kind in ("project", "activity") and (unit.team_size or 0) <= 1


def answer_points(
    cand: Candidate, slots: dict, language: str, seed: str, salt: tuple, question: str = "", role: str = ""
) -> list[str]:
    """Up to three points specific to the line and its technologies, then general ones, four at
    most. A point taken from the catalog has to be about what the question asks (a chunk-size
    question gets no point on session design); a point the question already spells out, or one
    that repeats another in other words, is left out."""
    table = phrases("interview")["covers"][cand.qtype]
    focus = _focus(cand, slots, question)
    # A technology the line does not name (the project's stack standing in) needs a firmer tie.
    borrowed = cand.tech is not None and cand.achievement is not None and cand.tech not in cand.achievement.techs
    need = 2 if borrowed else 1
    picked: list[str] = []
    for template in table["specific"][language]:
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if not text or text in question or any(text == p or same_point(text, p) for p in picked):
            continue
        if _CATALOG_SLOTS.search(template) and cand.qtype != "Trade-off" and not _about(text, focus, need):
            continue
        if language == "en" or hangul_share(text) >= 0.3 or len(picked) < 1:
            picked.append(text)
        if len(picked) == 3:
            break
    wanted = 4 if len(picked) >= 2 else 3
    for template in ordered(_general(table, slots, cand, language, role), seed, "cover", *salt):
        if len(picked) >= wanted:
            break
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if not any(text == p or same_point(text, p) for p in picked):
            picked.append(text)
    return [p[:400] for p in picked[:4]]
