"""Split resume lines into sections by their headings, in Korean and English.

A heading is a short line that, once its decorations are gone ("■ 경력", "[경력사항]",
"EXPERIENCE", "Work Experience:", "E X P E R I E N C E", "경력 (총 1년 2개월)"), is one of
the known names. Headings the draft has no field for (languages, interests, ...) still end
the section before them, so their lines do not leak into it.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

from resumes.parsing.dates import find_periods
from resumes.parsing.definition_entries import definition_entries
from resumes.parsing.entry_fields import labels_over_lists
from resumes.parsing.field_words import field_key
from resumes.parsing.gutter_rows import gutter_rows
from resumes.parsing.heading_words import bare_heading, keyword_section, titled_career
from resumes.parsing.label_lists import read_label_lists
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.link_rows import link_row_lines
from resumes.parsing.outline_marks import dated_headings, employer_heading, title_headings
from resumes.parsing.roles import has_company_marker
from resumes.parsing.section_names import (  # noqa: F401 (the section names are used as sections.WORK)
    ACTIVITIES,
    CERTIFICATIONS,
    CONTACT,
    EDUCATION,
    HEADER,
    IGNORED,
    NAMES,
    PROJECTS,
    SKILLS,
    SUMMARY,
    WORK,
)
from resumes.parsing.skill_subheadings import is_skill_subheading

_KEYS = {field_key(name): section for section, names in NAMES.items() for name in names}
_DECORATION = "■□▣▶►▷▸●○◆◇◈★☆#*=~|:：•·<>[]【】〔〕「」『』《》〈〉_-–—. "
_TRAILING_NOTE = re.compile(
    r"\s*(?:\([^)]*\)|（[^）]*）|(?:총\s*)?\d+\s*(?:년|개월|years?|months?|yrs?|mos?)"
    r"(?:\s*\d+\s*(?:개월|months?|mos?))?)\s*$",
    re.IGNORECASE,
)
_JOIN = re.compile(r"\s*(?:&|/|·|,|\+|\band\b|\s및\s)\s*", re.IGNORECASE)
_HEADING_MARKERS = set("■□▣▶►▷▸●○◆◇◈★☆#·∙")
_NUMBERING = re.compile(r"^(?:\(?\d{1,2}[.)]?|[①-⑳])$")
MAX_HEADING_CHARS = 40
# "상세경력 ※ 모든 경력사항을 기재해 주세요": a form's instruction after its section's title
_FORM_NOTE = re.compile(r"(?<=\S)\s*※.*$")
FUZZY_CUTOFF = 88
# Headings from the document's own structure that are not section names title an entry
# (a company, a project); a <summary> (level 7 and deeper) never opens a section.
MAX_SECTION_LEVEL = 6
MAX_ASIDE_LINES = 3  # an entry's period and links set before its heading (an <aside>)


def heading_of(line: Line) -> str | None:
    """The section a line opens, or None when it is not a heading."""
    flat = _FORM_NOTE.sub("", line.flat)
    if not flat or len(flat) > MAX_HEADING_CHARS:
        return None
    if line.kind == HEADING:
        return None if line.level > MAX_SECTION_LEVEL else lexicon_section(flat) or _qualified(flat)
    if line.bullet and line.marker not in _HEADING_MARKERS and not _NUMBERING.match(line.marker):
        return None
    return _known_section(flat) or (_qualified(flat) if line.strong else None)


def _qualified(flat: str) -> str | None:
    """A heading set apart (structure, bold) whose section word is qualified ("[세부경력내용]")."""
    return _KEYS.get(field_key(bare_heading(_strip_decoration(_TRAILING_NOTE.sub("", _without_symbols(flat))))))


def lexicon_section(text: str) -> str | None:
    """A structural heading's section: the lexicon, then a close spelling ("Work Experiences",
    "Technical Skils") by rapidfuzz."""
    found = _known_section(text, _KEYS)
    if found is not None:
        return found
    key = field_key(_strip_decoration(_TRAILING_NOTE.sub("", _without_symbols(text))))
    if len(key) < 4:
        return None
    match = process.extractOne(key, _KEYS.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return _KEYS[match[0]] if match else None


def _without_symbols(text: str) -> str:
    """Emoji and icons off a heading ("🔨 Skills", "💼 경력")."""
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "SC" and ch not in "\ufe0f\u200d")
    return kept.strip()


def _known_section(flat: str, keys: dict[str, str] = _KEYS) -> str | None:
    text = _TRAILING_NOTE.sub("", _without_symbols(flat))
    text = _strip_decoration(text)
    found = keys.get(field_key(text))
    if found is None:
        # Two section names joined: "Activities & Awards", "자격증 및 수상", "학력 / Education".
        pieces = [p for p in _JOIN.split(text) if p.strip()]
        sections = [keys.get(field_key(piece)) for piece in pieces]
        if len(pieces) > 1 and all(sections):
            # "Languages and Frameworks": languages beside a skills word are programming languages;
            # else the section most pieces name ("경험/활동/교육": activities), the first on a tie
            skills = SKILLS in sections and set(sections) <= {SKILLS, IGNORED}
            found = SKILLS if skills else max(sections, key=sections.count)
    return found or _bilingual_section(text, keys)


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3][\uac00-\ud7a3\s]*")


def _bilingual_section(text: str, keys: dict[str, str]) -> str | None:
    """ "경력 Job Experience", "Experience 경력": a Korean name beside its English gloss, each
    half naming the same section (by the lexicon or by its words)."""
    korean = " ".join(run.strip() for run in _HANGUL_RUN.findall(text))
    other = _HANGUL_RUN.sub(" ", text).strip()
    if not korean or not re.search(r"[A-Za-z]", other) or not _HANGUL_RUN.fullmatch(korean):
        return None
    halves = [keys.get(field_key(half)) or keyword_section(half) for half in (korean, other)]
    return halves[0] if halves[0] is not None and halves[0] == halves[1] else None


def _strip_decoration(text: str) -> str:
    stripped = text.strip(_DECORATION)
    # Numbering: "1. 경력", "02 프로젝트", "II. Education", "Ⅱ. 경력사항", "가. 학력".
    stripped = re.sub(r"^(?:(?:\d{1,2}|[IVX]{1,4}|[\u2160-\u217f])(?:[.)]\s*|\s+)|[가-하][.)]\s*)", "", stripped)
    return stripped.strip(_DECORATION) or text


def split_sections(lines: list[Line]) -> tuple[list[tuple[str, list[Line]]], list[str]]:
    """Sections in document order as (section, lines); a section may appear more than once.

    Also returns the heading texts seen, for the warning about missing sections.
    """
    lines, employers = read_label_lists(definition_entries(gutter_rows(lines, heading_of)))
    outline = _Outline(employers, link_row_lines(lines) | title_headings(lines, heading_of))
    outline.labels, outline.dated = labels_over_lists(lines), dated_headings(lines)
    for line in lines:
        outline.add(line)
    return outline.sections, outline.headings


# Sections whose names also label a part of one job ("**Key Projects**:", "**기술 스택**").
_IN_ENTRY_LABELS = (PROJECTS, SKILLS)
_MARKUP_EVIDENCE = ("md:", "html:", "docx:")


class _Outline:
    """The document's sections as its headings come, with what the outline says about them:
    the current section's heading level, and inside a work section the level of its entry
    headings, so a job's own "Projects" part is told from the next section."""

    def __init__(self, employers: set[int] = frozenset(), links: set[int] = frozenset()):
        self.employers = employers  # ids of headings whose label lists name a job (label_lists.py)
        self.links = links  # ids of section words that open none: link text, a title (outline_marks.py)
        self.labels: set[int] = set()  # ids of short lines over a list of names (entry_fields.py)
        self.dated: set[int] = set()  # ids of headings with a period in or right below their row
        self.sections: list[tuple[str, list[Line]]] = [(HEADER, [])]
        self.headings: list[str] = []
        self.level = 0  # the structural level of the current section's heading, 0 when not known
        self.markup = False  # the current section's heading is Markdown, HTML or DOCX structure
        self.entry: int | None = None  # the level of the first heading inside a work section
        self.work: tuple[int, int] | None = None  # (section level, entry level) of the last work section
        self.flat = False  # the section's entries are headings on its own level (no period needed)
        self.styled = False  # the section's heading stands out (structure or bold), unlike a label
        self.outer = 0  # the level of the last section heading set as structure, 0 when none yet

    @property
    def current(self) -> str:
        return self.sections[-1][0]

    def add(self, line: Line) -> None:
        if line.kind == HEADING and not any(ch.isalnum() for ch in line.text):
            # A glyph set large ("*" as a PDF's sub-bullet) names no section and ends none.
            self.sections[-1][1].append(line)
            return
        if self._reopens_work(line):
            # The next employer after the previous one's projects: the heading is its first line.
            self.sections.append((WORK, [line]))
            self.level, self.entry = self.work
            return
        section = self._section(line)
        if section is None and line.level > self.level and self._employer_under(line):
            # "# 걸어온 길" or "## Portfolio" over employer headings: the section is a work section
            part = self.sections[-1][1]
            self.sections[-1] = (WORK, part[1:] if part and part[0].kind == HEADING else part)
            self.entry, self.work = line.level, (self.level, line.level)
        if section is not None:
            self._open(section, line)
        elif self._entry_beside_heading(line):
            # "## Experience" then "## Senior Engineer, Acme, Berlin (2020 – now)": the entries sit
            # on their section heading's own level, told from the next section by their period.
            self.sections[-1][1].append(line)
            self.entry = line.level
            if self.current == WORK:
                self.work = (self.level, line.level)
        elif line.kind == HEADING and line.level <= self._bound() and self._ends_section(line):
            # An unknown heading as high as the section's own ("## Hobbies") ends the section.
            self.sections.append((IGNORED if self.current != HEADER else HEADER, [line]))
            self.level, self.markup, self.entry, self.flat = line.level, False, None, False
            self.outer = line.level
        else:
            if self.current == WORK and line.kind == HEADING and self.entry is None and line.level > self.level:
                self.entry = line.level
                self.work = (self.level, line.level)
            self.sections[-1][1].append(line)

    def _bound(self) -> int:
        """The level a heading must reach to end the section: its own heading's, or for a section
        a bold label opened ("언어", "Key Skills") the document's section level, its own being none."""
        return self.level or (self.outer if self._label_opened() else 0)

    def _label_opened(self) -> bool:
        return not self.level and self.current not in (HEADER, WORK, PROJECTS, EDUCATION)

    def _entry_beside_heading(self, line: Line) -> bool:
        """Entries on their section heading's own level: dated job headings, or a flat outline
        whose heading is followed at once by an undated one ("## 경력" then "## Acme"), or by no
        more than the first entry's aside (its period, its links), a heading being followed by
        its content and never by the next section."""
        if not (
            self.current in (WORK, PROJECTS, EDUCATION)
            and line.kind == HEADING
            and line.level == self.level
            and self.entry in (None, line.level)
        ):
            return False
        if self.current == WORK and find_periods(line.text):
            return True
        self.flat = self._flat_entry(line)
        return self.flat

    def _flat_entry(self, line: Line) -> bool:
        if self.flat:
            return True
        part = self.sections[-1][1]
        return not part or (
            len(part) <= MAX_ASIDE_LINES and all(other.kind != HEADING for other in part) and self._dated()
        )

    def _employer_under(self, line: Line) -> bool:
        if self.current == IGNORED and employer_heading(line):
            return True
        return self.current in (IGNORED, PROJECTS) and id(line) in self.employers

    def _ends_section(self, line: Line) -> bool:
        """A high heading ends the section; a deeper one only once the section has content and
        does not list its entries as headings of that same level ("### 경력" then "### 회사").
        A dated or company heading in a work section is its entry, however large it is set."""
        if self.current == WORK and (id(line) in self.dated or has_company_marker(line.text)):
            return False
        if line.level <= 2:
            return True
        part = self.sections[-1][1]
        return bool(part) and not any(other.kind == HEADING and other.level == line.level for other in part)

    def _section(self, line: Line) -> str | None:
        section = heading_of(line)
        if section not in (None, CONTACT) and id(line) in self.links:
            return None  # "경력 기술서 | 깃허브 | 포트폴리오": link text, not a heading
        if section is None and line.kind == HEADING:
            section = self._guessed(line)
        if section is None or is_skill_subheading(section, self.current, line, self.level):
            return None
        return None if self._inside_entry(section, line) else section

    def _open(self, section: str, line: Line) -> None:
        self.sections.append((section, []))
        self.headings.append(line.flat)
        self.flat = False
        self.styled = line.kind == HEADING or line.strong
        self.level = line.level if line.kind == HEADING else 0
        self.outer = self.level or self.outer
        self.markup = line.kind == HEADING and line.evidence.startswith(_MARKUP_EVIDENCE)
        self.entry = None

    def _inside_entry(self, section: str, line: Line) -> bool:
        """Inside a job of a work section laid out with headings, a bold "Key Projects" label or a
        "Projects" heading deeper than the job's own heading names that job's projects; in any
        layout, so does a "Key Projects:" label (its colon) after a dated line of the section."""
        if section == SKILLS and self.current in (WORK, PROJECTS) and self._stack_label(line):
            return True
        if self.current != WORK:
            return False
        if line.kind != HEADING and self.markup and self.entry is not None:
            return True  # a bold label ("**개요**", "**Tech stack**") inside a job laid out with headings
        if section not in _IN_ENTRY_LABELS:
            return False
        if line.kind != HEADING and section == PROJECTS and line.text.endswith((":", "：")) and self._dated():
            return not self._styled_as_section(line)
        if self.entry is None:
            return False
        return line.kind == HEADING and section == PROJECTS and line.level > self.entry

    def _styled_as_section(self, line: Line) -> bool:
        """ "RELEVANT PROJECTS:" after "EXPERIENCE:": a label set in capitals as the section's own
        heading was is the document's next section, where "Key Projects:" is the job's part."""
        heading = self.headings[-1] if self.headings else ""
        return line.strong and self.styled and line.flat.isupper() and heading.isupper()

    def _stack_label(self, line: Line) -> bool:
        """ "사용기술" over "TypeScript, Jest" in a dated entry laid out with entry headings, or set
        plainer than the section's heading: the entry's stack (entry_fields.py)."""
        if line.kind == HEADING or id(line) not in self.labels or not self._dated():
            return False
        return self.entry is not None or (self.styled and not line.strong)

    def _dated(self) -> bool:
        return any(find_periods(line.text) for line in self.sections[-1][1] if line.text)

    def _reopens_work(self, line: Line) -> bool:
        """A dated heading on the level of the last work section's entries, met in a section nested
        under that work heading (an employer's "### Projects"), is the next employer."""
        return (
            line.kind == HEADING
            and self.work is not None
            and self.current != WORK
            and line.level == self.work[1]
            and self.level > self.work[0]
            and bool(find_periods(line.text))
        )

    def _guessed(self, line: Line) -> str | None:
        """A heading the lexicon misses, classified by its words ("업무 경험", "최근 작업") when it
        stands where a section heading can: before any section, or no deeper than the current
        section's heading. A company heading ("스마트 기술 주식회사") or a dated one is an entry, and
        a top-level heading above every section titles the page ("# 백엔드 개발자 포트폴리오")."""
        if self.current == HEADER and line.level <= 1:
            return titled_career(line.flat)  # "# 경력기술서 — 오지훈": the page is the career
        if self.current != HEADER and not (self._label_opened() or line.level <= self.level):
            return None
        if self.current in (WORK, PROJECTS, EDUCATION) and line.level == self.level and self._flat_entry(line):
            return None  # the section's entries stand on its level: only the lexicon ends it
        text = line.flat
        if len(text) > MAX_HEADING_CHARS or has_company_marker(text) or find_periods(text):
            return None
        return keyword_section(_strip_decoration(_TRAILING_NOTE.sub("", _without_symbols(text))))
