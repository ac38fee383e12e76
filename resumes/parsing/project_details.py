"""Lines that tell of the project above them, however they look like a new project's title.

Under a project's title people label its details: "[목적] 결재 지연 해소", "[개발 기간] 2024.01 ~
2024.06", "Role: backend and infra". Such a line can carry a period ("… 3개년 실험 (2025~2027)")
or read as "name: sentence", the shapes that open a project; its label says it is a detail. So
does a "name: sentence" line in the plain lines right under a bare results label ("[주요 성과]"
then "신기술 도입: 메시지 큐를 적용해 …"): it is one of the results, labelled by its topic. The
label words are data (project_words.yaml `detail_labels`, and the field words of field_words.yaml).
"""

from __future__ import annotations

import functools
import re

import yaml

from resumes.parsing import labels
from resumes.parsing.blocks import LABEL, TEXT, Item
from resumes.parsing.field_words import field_key, header_text, words
from resumes.parsing.project_names import WORDS_FILE

# The fields whose words label a project's detail (a project's or a company's name never does).
_DETAIL_FIELDS = ("description", "duties", "achievements", "architecture", "period", "tech", "team", "position")
_RESULT_FIELDS = (labels.ACHIEVEMENTS, labels.DUTIES)
# "[목적] …", "［담당 역할 (PM)］ …" or "목적: …", "Role - …" at the start of a line.
_LEAD_LABEL = re.compile(
    r"^\s*[-*•·◦°]?\s*(?:[\[［【]\s*(?P<bracket>[^\[\]［］【】]{1,30}?)\s*[\]］】]|(?P<colon>[^:：\[\]]{1,20}?)\s*[:：])"
)


@functools.cache
def _detail_keys() -> frozenset[str]:
    listed = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["detail_labels"]
    lexicon = [word for field in _DETAIL_FIELDS for word in words(field)]
    return frozenset(field_key(word) for word in [*listed, *lexicon])


def is_detail_label(label: str) -> bool:
    """ "목적", "담당 역할 (PM/기획)", "주요성과", "Role": the label of a project's detail."""
    return field_key(header_text(label)) in _detail_keys()


def is_detail_line(text: str) -> bool:
    """A line opened by a detail's label, in brackets or before a colon ("[목적] …", "Role: …")."""
    found = _LEAD_LABEL.match(text)
    return found is not None and is_detail_label(found["bracket"] or found["colon"])


def under_results(items: list[Item], index: int) -> bool:
    """The item is one of the plain lines right under a bare results label ("[주요 성과]")."""
    for item in reversed(items[:index]):
        if item.kind == TEXT and not (item.heading or item.titles or item.strong or item.period):
            continue
        return item.kind == LABEL and item.field in _RESULT_FIELDS and not item.text
    return False


def tells_of_project(items: list[Item], index: int) -> bool:
    """The item says something of the project above it: a labelled detail, or a result (a dated
    line under the results opens the next project)."""
    item = items[index]
    return is_detail_line(item.text) or (item.kind == TEXT and item.period is None and under_results(items, index))
