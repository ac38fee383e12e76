"""Section headings the lexicon does not list, read by the words they are made of.

People name their sections freely ("## 업무 경험", "### 최근 작업", "Research Experience",
"Selected Works"), and an unknown heading hides the whole section behind it. A heading of a few
words is classified by its head words: a word that only one section uses ("경력", "career",
"프로젝트", "portfolio") decides, and the weak word "experience" / "경험" counts as work only when
nothing else decides (and no skill word such as "technical" qualifies it) and, in Korean, when a work word qualifies it ("업무 경험", "실무 경험").
Korean compounds are matched by their parts ("업무경력", "경력사항"), never as a substring of a
longer name, so a company called "커리어넷" is not a career heading.
"""

from __future__ import annotations

import re

from resumes.parsing.section_names import QUALIFIERS

# Words that name one section; the section constants are spelled out to keep this module
# free of imports from sections.py, which calls it.
STRONG_WORDS = {
    "work": ("경력", "이력", "커리어", "career", "careers", "employment", "employer", "employers"),
    "projects": ("프로젝트", "project", "projects", "portfolio", "포트폴리오", "작업", "작업물", "works"),
    "skills": ("기술", "스킬", "스택", "skill", "skills", "stack", "technologies", "tools"),
    "education": ("학력", "학위", "education", "degree", "degrees", "coursework", "training"),
    "certifications": ("자격", "자격증", "certificate", "certificates", "certification", "certifications"),
    "activities": (
        "활동",
        "수상",
        "award",
        "awards",
        "activities",
        "volunteer",
        "volunteering",
        "leadership",
        "talks",
        "honors",
    ),
    "summary": (
        "소개",
        "요약",
        "개요",
        "성과",
        "summary",
        "profile",
        "objective",
        "overview",
        "accomplishments",
        "achievements",
    ),
    "ignored": ("어학", "언어", "language", "languages", "publications", "논문", "hobbies", "interests", "병역"),
}
# "experience" decides only when no strong word does; Korean "경험" also needs a work word.
WEAK_WORK = ("experience", "experiences", "professional")
# ... unless a skill word qualifies it: "Technical Experiences" lists what one knows, not jobs.
SKILL_QUALIFIERS = ("technical", "tech", "technology")
KOREAN_EXPERIENCE = "경험"
KOREAN_WORK_QUALIFIERS = ("업무", "실무", "직장", "회사", "근무", "사회", "직무", "현업", "인턴")
# Parts a Korean compound may add to a section word: "업무경력", "경력사항", "주요작업".
KOREAN_AFFIXES = (
    "사항",
    "기술서",
    "요약",
    "목록",
    "내역",
    "업무",
    "실무",
    "직장",
    "회사",
    "근무",
    "주요",
    "최근",
    "개인",
    "대표",
    "사이드",
    "토이",
    "팀",
    "보유",
    "핵심",
    "및",
    "경험",
)
MAX_WORDS = 5
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def keyword_section(text: str) -> str | None:
    """The section a short heading names by its words, or None when it names none or several."""
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    found = {section for section, words in STRONG_WORDS.items() if any(names_word(token, words) for token in tokens)}
    if len(found) == 1:
        return found.pop()
    if found:
        return None
    if any(token in WEAK_WORK for token in tokens):
        return "skills" if any(token in SKILL_QUALIFIERS for token in tokens) else "work"
    if any(names_word(token, (KOREAN_EXPERIENCE,)) for token in tokens) and any(
        names_word(token, KOREAN_WORK_QUALIFIERS) for token in tokens
    ):
        return "work"
    return None


def names_word(token: str, words: tuple[str, ...]) -> bool:
    """The token is one of the words, or (in Korean) one of them with known parts around it."""
    if token in words:
        return True
    if not _HANGUL.search(token):
        return False
    for word in words:
        if word in token:
            rest = token.replace(word, " ", 1).split()
            if all(part in KOREAN_AFFIXES or part in words for part in rest):
                return True
    return False


# A dash set between spaces, a bar or a colon: "경력기술서 — 오지훈", "Resume | Jane Doe", "경력기술서: 오지훈".
_TITLE_PARTS = re.compile(r"\s+[—–|-]\s+|\s*[:|]\s*")


def page_title_parts(title: str) -> list[str]:
    """A page's title line split where it sets the document's kind beside the person, each part
    stripped; a separator that opens or ends the line leaves an empty part. Read by titled_career
    and by the name finder (contact._name_beside_title)."""
    return [part.strip() for part in _TITLE_PARTS.split(title.strip())]


def titled_career(title: str) -> str | None:
    """ "work" for a page titled by a work word beside a name ("경력기술서 — 오지훈", "Career
    History | Jane Doe"): its entries follow with no heading of their own. Any other title: None."""
    parts = page_title_parts(title)
    if len(parts) != 2 or not all(parts):
        return None
    return "work" if sorted(keyword_section(part) or "" for part in parts) == ["", "work"] else None


_QUALIFIER = "|".join(
    rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
    for word in sorted(QUALIFIERS, key=len, reverse=True)
)
_LEADING_QUALIFIER = re.compile(rf"^(?:{_QUALIFIER})\s*(?=\S)", re.IGNORECASE)
_TRAILING_QUALIFIER = re.compile(rf"(?<=\S)\s*(?:{_QUALIFIER})$", re.IGNORECASE)


def bare_heading(text: str) -> str:
    """A heading with the words that only qualify its section word taken off both ends
    ("세부경력내용" → "경력", "주요 수행프로젝트" → "프로젝트", "Project Details" → "Project");
    a heading made of qualifiers alone keeps its last one ("세부 내용" → "내용")."""
    text = text.strip()
    while True:
        bare = _TRAILING_QUALIFIER.sub("", _LEADING_QUALIFIER.sub("", text, count=1), count=1)
        if bare == text:
            return text
        text = bare
