"""What a good answer covers: catalog items about the technologies a question names, filtered to
the person's platform and ordered by what their own line talks about, then the general points
of the question type (data/phrasing/interview.yaml)."""
from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import Candidate
from careercoach.coach.catalog import Technology, find_technologies
from careercoach.coach.phrasing import MissingSlot, ordered, phrases, render
from careercoach.coach.text import content_words, hangul_share, has_hangul

# Roles whose software runs on the user's device: failures are crashes and bad releases.
CLIENT_ROLES = {"android", "ios", "mobile_cross", "frontend", "game"}
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


def catalog_items(tech: Technology | None, kind: str, language: str, seed: str, count: int = 2,
           context: str = "", known: set[str] | None = None) -> list[str]:
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


def answer_points(cand: Candidate, slots: dict, language: str, seed: str, salt: tuple, question: str = "",
            role: str = "") -> list[str]:
    """Up to three points specific to the line and its technologies, then general ones, four at
    most. A point the question already spells out ("suppose X happened") is no checklist item."""
    table = phrases("interview")["covers"][cand.qtype]
    picked: list[str] = []
    for template in table["specific"][language]:
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if not text or text in picked or text in question:
            continue
        if language == "en" or hangul_share(text) >= 0.3 or len(picked) < 1:
            picked.append(text)
        if len(picked) == 3:
            break
    general = table["general"][language]
    if "general_open" in table and not (slots["before"] and slots["after"]):
        general = table["general_open"][language]
    if "general_client" in table and role in CLIENT_ROLES:
        general = table["general_client"][language]
    elif "general_data" in table and cand.tech is not None and cand.tech.category in DATA_CATEGORIES:
        general = table["general_data"][language]
    wanted = 4 if len(picked) >= 2 else 3
    for template in ordered(general, seed, "cover", *salt):
        if len(picked) >= wanted:
            break
        try:
            text = render(template, slots)
        except MissingSlot:
            continue
        if text not in picked:
            picked.append(text)
    return [p[:400] for p in picked[:4]]
