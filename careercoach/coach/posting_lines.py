"""One requirement line -> the skills it asks for, as groups of keys.

"Django와 Django REST Framework" asks for two skills; "PostgreSQL 또는 MySQL" for one of two;
"Firebase(Auth, Cloud Firestore, FCM)" for three products and "AWS(EC2, RDS, S3)" for AWS.
The words that decide this are data (`data/postings.yaml`), so a new connective is a data edit.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from careercoach.coach.posting_skills import Mention, first_of_kind, mentions, related_keys, rules

_SLASH = re.compile(r"(?<=[A-Za-z0-9가-힣+#])/(?=[A-Za-z가-힣])")
_PUNCT = re.compile(r"[\s,/·:;()\[\]{}'\"“”‘’.!?~\-–—|]+")


@dataclass
class Item:
    start: int
    end: int
    key: str
    in_parens: bool = False


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    alt = rules().config.get("alternatives") or {}

    def phrases(name: str) -> re.Pattern:
        body = "|".join(re.escape(p) for p in sorted(alt.get(name) or [], key=len, reverse=True))
        return re.compile(rf"(?:{body})" if body else r"(?!x)x")

    after = phrases("after_run")
    return {
        "or": {w.lower() for w in alt.get("or_words") or []},
        "and": {w.lower() for w in alt.get("and_words") or []},
        "gap": {w.lower() for w in alt.get("gap_words") or []},
        "after": re.compile(rf"^\s*(?:{after.pattern})(?![가-힣A-Za-z])", re.IGNORECASE),
        "before": re.compile(rf"(?:^|\s)(?:{phrases('before_run').pattern})\s*:?\s*$", re.IGNORECASE),
        "parent_only": set((rules().config.get("parenthesis") or {}).get("parent_only") or []),
        "expand": set((rules().config.get("parenthesis") or {}).get("expand") or []),
    }


def _paren_end(line: str, start: int) -> int:
    """Index of the ')' closing the '(' at `start`, or -1."""
    depth = 0
    for i in range(start, len(line)):
        if line[i] == "(":
            depth += 1
        elif line[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _items(line: str) -> list[Item]:
    """Mentions with "Parent(child, child)" resolved into what the posting means."""
    words = _words()
    found = mentions(line)
    items: list[Item] = []
    i = 0
    while i < len(found):
        parent = found[i]
        open_at = line.find("(", parent.end)
        close = _paren_end(line, open_at) if open_at != -1 and not line[parent.end : open_at].strip() else -1
        if close == -1:
            items.append(Item(parent.start, parent.end, parent.key, _inside_parens(line, parent.start)))
            i += 1
            continue
        children = [m for m in found[i + 1 :] if m.start < close]
        i += 1 + len(children)
        items.extend(_resolve_parent(line, parent, children, (open_at, close), words))
    return items


def _inside_parens(line: str, pos: int) -> bool:
    return line.count("(", 0, pos) > line.count(")", 0, pos)


def _resolve_parent(line, parent: Mention, children: list[Mention], span, words) -> list[Item]:
    if parent.key in words["parent_only"]:
        return [Item(parent.start, parent.end, parent.key)]
    if parent.key in words["expand"]:
        name = line[parent.start : parent.end]
        expanded = []
        for token in re.split(r"[,/·]| and | 및 ", line[span[0] + 1 : span[1]]):
            if not token.strip():
                continue
            keys = [m.key for m in mentions(f"{name} {token.strip()}") if m.key != parent.key]
            keys = keys or [m.key for m in mentions(token)]
            if keys:
                expanded.append(Item(parent.start, parent.end, keys[0]))
        return expanded or [Item(parent.start, parent.end, parent.key)]
    kept = [Item(parent.start, parent.end, parent.key)]
    for child in children:
        if child.key != parent.key and not child.key.startswith(parent.key + "-"):
            kept.append(Item(child.start, child.end, child.key, True))
    return kept


def _link(line: str, left: Item, right: Item) -> str:
    """How two neighbouring skills are joined: 'list', 'or', 'and' or 'break'."""
    words = _words()
    gap = line[left.end : right.start].lower()
    tokens = [t for t in _PUNCT.split(gap) if t and t not in words["gap"]]
    if not tokens:
        return "list"
    if len(tokens) == 1 and tokens[0] in words["or"]:
        return "or"
    if len(tokens) == 1 and tokens[0] in words["and"]:
        return "and"
    if len(tokens) == 2 and tokens[1] in words["or"] | words["and"] and len(tokens[0]) <= 2:
        return "or" if tokens[1] in words["or"] else "and"  # "Redis나 Memcached", "A와 또는"
    return "break"


def _runs(line: str, items: list[Item]) -> list[tuple[list[Item], list[str]]]:
    runs: list[tuple[list[Item], list[str]]] = []
    for item in items:
        if runs:
            link = _link(line, runs[-1][0][-1], item)
            if link != "break":
                runs[-1][0].append(item)
                runs[-1][1].append(link)
                continue
        runs.append(([item], []))
    return runs


def _alternative_run(line: str, run: list[Item], links: list[str]) -> bool:
    words = _words()
    if len(run) < 2:
        return False
    if "or" in links and "and" not in links:
        return True
    if "and" in links:
        return False
    if words["after"].match(line[run[-1].end :]) or words["before"].search(line[: run[0].start]):
        return True
    keys = [item.key for item in run]
    # "(StoreKit, Google Play Billing)": products listed as each other's substitutes.
    return all(item.in_parens for item in run) and all(
        any(other in related_keys(key) for other in keys if other != key) for key in keys
    )


def line_groups(line: str) -> list[tuple[str, ...]]:
    """The skills one requirement line asks for. A line naming no technology may still ask
    for a known practice ("PG사 결제 연동 경험" -> payment-integration)."""
    practice_line, line = line, _SLASH.sub(" / ", line)  # "Java/Spring/MySQL": each name stands alone
    items = _items(line)
    groups: list[tuple[str, ...]] = []
    for run, links in _runs(line, items):
        if _alternative_run(line, run, links):
            groups.append(tuple(dict.fromkeys(item.key for item in run)))
        elif "or" in links and "and" in links:
            groups.extend(_split_mixed(run, links))
        else:
            groups.extend((item.key,) for item in run)
    if not groups:
        practice = first_of_kind(practice_line, "practice")
        if practice:
            groups.append((practice.id,))
    return groups


def _split_mixed(run: list[Item], links: list[str]) -> list[tuple[str, ...]]:
    """ "A and B or C": 'and' separates wanted skills, 'or' joins the alternatives beside it."""
    groups, current = [], [run[0].key]
    for link, item in zip(links, run[1:], strict=True):
        if link == "and":
            groups.append(tuple(dict.fromkeys(current)))
            current = [item.key]
        else:
            current.append(item.key)
    groups.append(tuple(dict.fromkeys(current)))
    return groups
