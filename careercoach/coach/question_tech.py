"""Which technology a question on a resume line is about: the one the line names and works with,
else the project's technology that shows the areas the question asks about. Also the kinds of
technology that run in production and that people write tests around."""

from __future__ import annotations

from careercoach.coach.catalog import Technology
from careercoach.coach.resume import MIGRATION_WORDS, Achievement, EvidenceUnit
from careercoach.coach.text import content_words
from careercoach.coach.tradeoffs import role_match

# Areas a technology must share with an achievement to be "what the question is about".
TYPE_AREAS = {
    "Performance": {"performance", "database_optimization", "caching"},
    "Quality": {"testing", "ci_cd", "data_quality"},
    "Reliability": {"monitoring", "concurrency", "distributed_systems", "messaging", "data_quality", "security"},
    "Scalability": {"system_design", "distributed_systems", "streaming", "kubernetes", "performance"},
}


# Technologies that run in production and fail there (a test runner or a linter does not).
RUNTIME_CATEGORIES = {
    "database",
    "messaging",
    "cache",
    "cloud",
    "container",
    "orchestration",
    "api",
    "framework",
    "platform",
    "mobile",
    "frontend",
    "data",
    "ml",
    "security",
    "game",
}


# Technologies whose users write tests around them (nobody unit-tests their Prometheus).
TESTABLE_CATEGORIES = {
    "framework",
    "library",
    "frontend",
    "mobile",
    "database",
    "messaging",
    "api",
    "data",
    "ml",
    "testing",
    "game",
    "cache",
}


# Kinds of technology a line may name without the project using them (a platform, a framework
# mentioned for comparison); only runtime pieces (Kafka, SSE, Redis) count when merely named.
_MENTIONED_ONLY = {"mobile", "frontend", "framework", "platform", "game"}

# Question types about running systems: the technology to ask about should be one that runs.
_RUNTIME_TYPES = {"Performance", "Reliability", "Scalability"}


def related_tech(achievement: Achievement, unit: EvidenceUnit, qtype: str, role: str) -> Technology | None:
    """The technology a question on this line is about. The technologies the line itself names
    come first (a line about Kafka and SSE is asked about Kafka and SSE, not about the web
    framework of the project); the project's stack only stands in when the line names none,
    and then only a technology that shows the areas the question is about."""
    wanted = achievement.areas if qtype == "Implementation" else TYPE_AREAS.get(qtype, set()) & achievement.areas
    stack = {t.id: i for i, t in enumerate(unit.stack)}
    replaced = {old.id for old, _, line in unit.moves if line is achievement} | _replaced(achievement)
    best, best_score = None, float("-inf")
    for position, tech in enumerate(achievement.techs):
        if tech.id in replaced:
            continue  # "moved from PostgreSQL to Cassandra" is a question about Cassandra
        overlap = len(set(tech.areas) & wanted)
        if tech.id not in stack and not overlap and tech.category in ("tool", "language", "ci_cd"):
            continue  # "GitHub API" in a line is not a project built with Git
        if tech.category == "language":
            continue  # "Go로 구현" is about what was built, not about Go
        if stack and tech.id not in stack and tech.category in _MENTIONED_ONLY:
            continue  # "iOS 앱과 같은 화면" names a platform the project did not use
        score = 1.0 - 0.1 * position + 0.6 * overlap + (0.3 if tech.id in stack else 0.0)
        score += 0.3 if role_match(tech, role) else 0.0
        if qtype in _RUNTIME_TYPES:
            score += 0.5 if tech.category in RUNTIME_CATEGORIES else -0.5
        if qtype == "Quality" and tech.category == "testing":
            score += 0.5
        if score > best_score:
            best, best_score = tech, score
    if best is not None:
        return best
    named = {t.id for t in achievement.techs}
    words = content_words(achievement.text)
    best, best_score = None, 0.9
    for tech in unit.stack:
        overlap = len(set(tech.areas) & wanted)
        if not overlap or tech.id in named:
            continue
        score = 1.0 - 0.03 * stack[tech.id] + (0.4 if role_match(tech, role) else 0.0) + 1.0 * overlap
        score += 1.5 * min(len(words & vocabulary(tech)), 2)  # "drains nodes before spot interruptions": Kubernetes
        score += 0.5 if tech.areas and tech.areas[0] in wanted else 0.0  # a table design line: the database
        score -= 1.5 if tech.category == "language" else 0.0
        if score > best_score:
            best, best_score = tech, score
    return best


def vocabulary(tech: Technology) -> set[str]:
    """The content words of a technology's catalog items, both languages."""
    cached = _VOCABULARY.get(tech.id)
    if cached is None:
        cached = set()
        for kind in ("concepts", "advanced", "failure_modes", "scaling", "testing"):
            for item in tech.items(kind, "en") + tech.items(kind, "ko"):
                cached |= content_words(item)
        _VOCABULARY[tech.id] = cached
    return cached


_VOCABULARY: dict[str, set[str]] = {}


def _replaced(achievement: Achievement) -> set[str]:
    """In "migrated X from PostgreSQL to Cassandra" the first of two technologies of one kind is
    the one left behind, even when the catalog does not list them as alternatives."""
    if not MIGRATION_WORDS.search(achievement.text):
        return set()
    old = set()
    for i, tech in enumerate(achievement.techs):
        if any(other.category == tech.category for other in achievement.techs[i + 1 :]):
            old.add(tech.id)
    return old


def second_tech(achievement: Achievement | None, tech: Technology | None) -> Technology | None:
    """Another technology the same line names that runs alongside the first (Kafka, then SSE):
    a good answer covers both ends."""
    if achievement is None or tech is None or tech not in achievement.techs:
        return None
    for other in achievement.techs:
        if other.id != tech.id and other.category in RUNTIME_CATEGORIES:
            return other
    return None
