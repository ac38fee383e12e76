"""Labelled fields run into one line, split again: "박도윤 Email: a@b.kr Phone: 010-…".

A plain-text resume ("Email: …" on its own line, "Position: …" under each employer) rendered as
Markdown by a site or an editor has its single line breaks joined into paragraphs, so the PDF
or DOCX made from it shows "Name Email: … Phone: …", "스타트업 레몬랩스 (2022-06 ~ Present)
Position: 풀스택 개발자" and "Skills: Frontend: React, … Backend: Node.js, …" on one line each.
A known label (RUN_IN_LABELS) written after other text and followed by a colon and a value
starts a line of its own again, as the writer typed it. Only labels of short fields are here
(contact details, an entry's position, company and period, section names, skill groups), never
words that open a sentence in prose ("Impact:", "Result:"); an English label must be
capitalised as a label is.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.field_words import reader_words
from resumes.parsing.labels import field_of
from resumes.parsing.lines import ROW, Line

RUN_IN_LABELS = (
    # contact details
    "Email",
    "E-mail",
    "Phone",
    "Mobile",
    "Tel",
    "Address",
    "GitHub",
    "Github",
    "LinkedIn",
    "Blog",
    "Website",
    "이메일",
    "연락처",
    "전화번호",
    "휴대폰",
    # an entry's own fields: the field lexicon's run-in words (field_words.yaml, "run_in")
    *(word for found in reader_words("run_in").values() for word in found),
    # sections
    "Summary",
    "Skills",
    "Education",
    "Work Experience",
    "Projects",
    "Certifications",
    "Awards",
    # skill groups
    "Frontend",
    "Front-end",
    "Backend",
    "Back-end",
    "Database",
    "Databases",
    "DevOps",
    "Infra",
    "Infrastructure",
    "Cloud",
    "Mobile",
    "Tools",
    "Languages",
    "Frameworks",
    "Testing",
)
_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:"
    + "|".join(re.escape(label) for label in sorted(RUN_IN_LABELS, key=len, reverse=True))
    + r")\s*[:：]\s+\S)"
)


_COLON = re.compile(r"\S\s*[:：]\s*\S")
JOINERS = frozenset({"&", "and", "/", "+", "·", "및"})
_TITLE_WORD = re.compile(r"^[A-Z][A-Za-z+#.\-]*$")


# "회사명: 가온페이 / 직책: 과장 / 기간: 2019.03": after a field separator, any entry label with
# its colon starts the next field (the label lexicon of labels.py decides what is a label).
_SEPARATED_LABEL = re.compile(r"(?<=\S)\s+[/|·]\s+(?P<label>[^\s:：/|·][^:：/|·]{0,14}?)\s*[:：]\s*\S")


def _cuts(text: str) -> list[int]:
    """Where the labels after the line's start begin, outside brackets."""
    cuts = [
        match.start()
        for match in _SEPARATED_LABEL.finditer(text)
        if field_of(match["label"]) is not None and _COLON.search(text[: match.start()])
    ]
    for match in _LABEL.finditer(text):
        before = text[: match.start()]
        if before.count("(") == before.count(")") and before.count("[") == before.count("]"):
            if not _opens_label(before.split()):
                cuts.append(match.start())
    return sorted(set(cuts))


def _opens_label(words: list[str]) -> bool:
    """ "Programming Languages:", "Skills: Soft Skills:", "Cloud & DevOps:": a capitalised word
    opening the line or a value, or a joining word, is part of a longer label, which stays whole."""
    if words[-1].lower() in JOINERS:
        # "Cloud & DevOps:": the label goes on before the joining word, but in "회사명: 가온페이 /
        # 직책: 과장" a slash after a value that is no label word separates two fields.
        return not (words[-1] in FIELD_SEPARATORS and _after_value(words[:-1]))
    return bool(_TITLE_WORD.match(words[-1])) and (len(words) == 1 or words[-2].endswith((":", "：")))


FIELD_SEPARATORS = frozenset({"/", "|", "·"})


def _after_value(words: list[str]) -> bool:
    """The words since the last label's colon are a value, not the first words of a longer label."""
    labelled = [i for i, word in enumerate(words) if word.endswith((":", "："))]
    value = words[labelled[-1] + 1 :] if labelled else []
    return bool(value) and not all(_TITLE_WORD.match(word) for word in value)


def split_run_in_labels(lines: list[Line]) -> list[Line]:
    result: list[Line] = []
    for line in lines:
        cuts = _cuts(line.text) if line.kind != ROW and line.text else []
        if not cuts:
            result.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        pieces = [line.text[start:end].strip(" /|·") for start, end in zip(bounds, bounds[1:], strict=False)]
        pieces = [piece for piece in pieces if piece]
        result.append(dataclasses.replace(line, text=pieces[0], full=False, lead=""))
        for piece in pieces[1:]:
            result.append(Line(piece, level=line.level, indent=line.indent, evidence=f"{line.evidence} run-in".strip()))
        result[-1].full = line.full
    return result
