"""Name and contact details from the top of the resume (and a contact section if any)."""

from __future__ import annotations

import re

from resumes.parsing.document_titles import is_document_title
from resumes.parsing.heading_words import page_title_parts
from resumes.parsing.lines import HEADING, Line, strip_icons
from resumes.parsing.role_words import FIELD_WORDS, ROLE_WORDS_EN
from resumes.parsing.roles import is_field_word, is_role
from resumes.parsing.sections import lexicon_section
from resumes.parsing.tables import column_of
from resumes.parsing.urls import EMAIL, find_urls, is_github, is_linkedin, with_scheme

_PHONE_PATTERNS = (
    re.compile(r"(?<![\d.])(?:\+82[-. ]?)?0?1[016789][-. )]?\d{3,4}[-. ]?\d{4}(?![\d.])"),
    re.compile(r"(?<![\d.])0(?:2|[3-6][1-5]|70)[-. )]\d{3,4}[-. ]\d{4}(?![\d.])"),
    re.compile(r"(?<![\w.])\+\d{1,3}[-. ]?\(?\d{1,4}\)?(?:[-. ]?\d{2,4}){1,4}(?![\d.])"),
    re.compile(r"(?<![\d.])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d.])"),
)
# The label may be spread to the width of the others ("성    명: 윤서진", "이 름: …").
_NAME_LABEL = re.compile(r"^(?:이\s*름|성\s*명|name)\s*[:：\t]\s*(.+)$", re.IGNORECASE)
# "성명 배준호 · 연락처 …" (the label set in bold, no colon): the name runs to the next separator.
_NAME_LABEL_SPACED = re.compile(r"^(?:이름|성명)\s+([^\s|·•/\t:：]+(?:\s[^\s|·•/\t:：]+)?)(?=\s*(?:[|·•/\t]|$))")
_PHOTO_PLACEHOLDER = re.compile(
    r"[\[(（<]?\s*(?:증명\s*)?사\s*진\s*[\])）>]?|[\[(<]?\s*(?:photo|picture)\s*[\])>]?", re.I
)
# A name field's label, perhaps saying which script: "성명", "성명(한글)", "성명한글", "국문 성명",
# "Full name" (compared without spaces or case).
_NAME_LABELS = re.compile(r"(?:한글|국문|korean)?(?:이름|성명|name|fullname)(?:\(?(?:한글|국문|korean)\)?)?")
_LABEL_PREFIX = re.compile(
    r"^(?:phone|mobile|tel|cell|email|e-mail|mail|github|linkedin|portfolio|blog|website|"
    r"전화|전화번호|휴대폰|연락처|핸드폰|이메일|메일|깃허브|포트폴리오|블로그)\s*[:：]\s*",
    re.IGNORECASE,
)
MAX_NAME_CHARS = 40
# A full stop ends a sentence, not an initial ("JOHN D.").
_SENTENCE = re.compile(r"(?:입니다|습니다|합니다|니다\.|(?<![\s.][A-Z])[.!?]$|,\s)")
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
_PAREN = re.compile(r"\s*[(（][^)）]*[)）]")
# "윤다온 1996.05.14", "윤다온 (1996년 5월 14일)": a day-precise date beside a name is a birth date.
_BIRTH_DATE = re.compile(
    r"\s+(?:19|20)\d{2}(?:[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?|년\s?\d{1,2}월\s?\d{1,2}일)\s*(?:생)?$"
)
_DOCUMENT_WORD = re.compile(r"\s*(?:의\s*)?(?:이력서|경력\s*기술서|포트폴리오|resume|résumé|cv)\s*$", re.I)
_INTRODUCED = re.compile(r"(?:^|[\s,])([가-힣]{2,4})\s?입니다(?:[.!]|\s|$)")


def find_phone(text: str) -> str | None:
    for pattern in _PHONE_PATTERNS:
        for match in pattern.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            if (8 if match.group().startswith("+") else 9) <= len(digits) <= 15:
                return match.group().strip()
    return None


def find_contact(header_text: str, full_text: str) -> tuple[dict, list[str]]:
    """Contact fields, and the ones given an https:// their text lacked (to be marked guessed)."""
    contact = {"phone": None, "email": None, "github": None, "linkedin": None, "portfolio": None}
    email = EMAIL.search(header_text) or EMAIL.search(full_text)
    if email:
        contact["email"] = email.group()
    contact["phone"] = find_phone(header_text) or _strict_phone(full_text)
    schemed: list[str] = []
    for line in header_text.splitlines():
        for url in find_urls(line):
            if "@" in url:
                continue
            full, added = with_scheme(url)
            if is_github(url):
                key = "github"
            elif is_linkedin(url):
                key = "linkedin"
            else:
                key = "portfolio"
            if contact[key] is None:
                contact[key] = full
                if added:
                    schemed.append(f"contact.{key}")
    return contact, schemed


def _strict_phone(text: str) -> str | None:
    match = _PHONE_PATTERNS[0].search(text)
    return match.group().strip() if match else None


def find_name(header: list[Line], top: list[Line] = (), declared: str | None = None) -> str | None:
    """The name: a labelled name field first, in the header or else among the document's
    first lines (a title such as "# 경력기술서" may have opened a section above the field), then
    a person's name on the line under the document's title ("자기소개서" then "한서진"), then a
    title line that could be a name (below a document title, only one shaped like a name),
    then "… 민하은입니다.". A name `declared` outside the text (front matter) comes after the
    headings: a heading wins only when it is shaped like a person's name."""
    labelled = _labelled_name(header) or _labelled_name(top)
    if labelled:
        return labelled
    under_title = _name_under_title(top) or _name_beside_title(top)
    if under_title:
        return under_title
    # under a document title, a line is taken for the name only when it is shaped like one
    titled = any(is_document_title(line.text) for line in [line for line in top if line.text][:1])
    headings = [line for line in header if line.kind == HEADING]
    for lines in (headings, header):
        if declared and lines is header:
            return declared
        for line in lines:
            if line.bullet and (line.indent or line.level > 1):
                continue  # a nested list item ("- 키워드" under a job) is never the person
            candidate = _name_part(re.split(r"\s*[|\t/·]\s*|\s+[-–—]\s+", line.text)[0].strip())
            shaped = not (titled or declared) or _person_shaped(candidate)
            if _could_be_name(candidate) and shaped and not _motto(candidate, header) and not _headline(candidate):
                return candidate
    for line in header:
        # "안녕하세요, … 개발자 민하은입니다." / "… 프론트엔드 개발자, 서지안 입니다."
        match = _INTRODUCED.search(line.flat)
        if match:
            return match.group(1)
    return None


# Korean family names, most common first; a line under the title is a name only with one.
_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추"
    "도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호좌범"
)
_DOUBLE_SURNAMES = {"남궁", "선우", "제갈", "황보", "독고", "사공", "서문"}
_LATIN_NAME_WORD = re.compile(r"^[A-Z][A-Za-z]+(?:[-'][A-Za-z]+)?\.?$")
_ORGANISATION_WORDS = re.compile(
    r"\b(?:inc|corp|co|ltd|llc|gmbh|labs?|group|company|technolog(?:y|ies)|solutions|systems|studio|university|"
    r"dear|hiring|team|manager|sir|madam|whom|hello|letter|application)\b",
    re.I,
)


# Two or more Hangul words of two syllables or more, six syllables in all: a phrase, never a name.
_KOREAN_PHRASE = re.compile(r"(?=(?:\s*[가-힣]){6})[가-힣]{2,}(?:\s+[가-힣]{2,})+")


def _motto(candidate: str, header: list[Line]) -> bool:
    """ "머리는 차갑게 가슴은 뜨겁게" over "이정우" in a job-site export: a Korean phrase is a motto
    when a line of the header is a person's name (2-4 syllables with a family name)."""
    if not _KOREAN_PHRASE.fullmatch(candidate):
        return False
    return any(_person_shaped(re.split(r"\s*[|\t/·]\s*", line.text)[0].strip()) for line in header)


# Latin words of job titles, with "dev" for developer; two-letter ones ("se", "ai") are left out,
# as they are also syllables of romanised names.
_HEADLINE_WORDS = frozenset(
    word for word in (*ROLE_WORDS_EN, *FIELD_WORDS, "dev", "devs") if word.isascii() and len(word) >= 3
)


def _headline(text: str) -> bool:
    """ "Frontend DEV", "Engineer and Agilist": a heading that names a role or a field is the
    person's headline, never the person, whatever its case."""
    return any(word.strip(".,&()").lower() in _HEADLINE_WORDS for word in text.split())


# The section words a page may be titled by over the name: its profile tab ("Profile", "프로필"),
# or a work word ("Career") that opened no section (outline_marks.py)
_TITLE_SECTIONS = frozenset({"summary", "contact", "work"})


def _name_under_title(top: list[Line]) -> str | None:
    """ "자기소개서" / "Cover Letter" / "이력서 및 자기소개서" heads the page and the person's name
    follows unlabelled: the first line after the title(s) is the name when it has a name's shape
    (a Korean family name and one to three syllables, or two or three capitalised words that name
    no organisation). A company, a job title or a sentence there is left alone."""
    filled = [line for line in top if line.text]
    index = 0
    while index < len(filled) and (
        is_document_title(filled[index].text) or (index == 0 and lexicon_section(filled[0].text) in _TITLE_SECTIONS)
    ):
        index += 1
    if index == 0 or index == len(filled):
        return None
    # "한가람. 백엔드 개발자." writes the name and the role as two short sentences
    candidate = re.split(r"\s*[|\t/·•,]\s*|\s+[-–—]\s+|(?<=[A-Za-z가-힣]{2})\.\s+", filled[index].text)[0].strip()
    candidate = _BIRTH_DATE.sub("", candidate).strip()
    return candidate if _could_be_name(candidate) and _person_shaped(candidate) else None


def plausible_name(text: str) -> str | None:
    """The name in `text` ("김하늘 이력서" -> "김하늘") when it is shaped like a person's."""
    candidate = _name_part(text.strip())
    return candidate if _could_be_name(candidate) and _person_shaped(candidate) else None


def _name_beside_title(top: list[Line]) -> str | None:
    """ "# 경력기술서 — 오지훈", "Resume | Jane Doe", "경력기술서: 오지훈": the document's title and the
    name on one line, split as the section reader splits it (heading_words.page_title_parts)."""
    first = next((line.flat for line in top if line.text), "")
    parts = [part for part in page_title_parts(first) if part]
    if len(parts) != 2:
        return None
    titled = [is_document_title(part) or lexicon_section(part) is not None for part in parts]
    name = parts[titled.index(False)] if titled.count(True) == 1 else ""
    return name if name and _person_shaped(name) else None


def _person_shaped(text: str) -> bool:
    if lexicon_section(text) is not None:
        return False
    compact = text.replace(" ", "")
    if " " in text and any(len(word) > 1 for word in text.split()):
        compact = ""  # "성장 과정" is two words; a name is written whole or letter-spaced ("한 서 진")
    if re.fullmatch(r"[가-힣]{2,3}", compact):
        return compact[0] in _SURNAMES and not is_field_word(compact)
    if re.fullmatch(r"[가-힣]{4}", compact):
        return compact[:2] in _DOUBLE_SURNAMES
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(_LATIN_NAME_WORD.match(word) for word in words)
        and not _ORGANISATION_WORDS.search(text)
    )


def _labelled_name(header: list[Line]) -> str | None:
    """A name field ("성명: 배준호", "**성명** 배준호 · …", a row 성명 | 배준호) wins over any title."""
    for line in header:
        match = _NAME_LABEL.match(line.text) or _NAME_LABEL_SPACED.match(line.text)
        if match:
            value = _field_value(re.split(r"\s*[|·\t]\s*", match.group(1))[0])
            if _could_be_name(value):
                return value
        cells = line.cells or tuple(line.text.split("\t"))
        for label, value in zip(cells, cells[1:], strict=False):
            value = _field_value(value)
            if _NAME_LABELS.fullmatch(_compact(label).rstrip(":：")) and _could_be_name(value) and not column_of(value):
                return value
    return None


_SPACED_SYLLABLES = re.compile(r"[가-힣](?: [가-힣]){1,3}")


def _field_value(value: str) -> str:
    """A name field's value as the name: its bracketed romanisation dropped ("유 하 진 (YU HA JIN)")
    and its syllables, set apart one by one to the width of the field, joined ("유하진")."""
    value = _PAREN.sub(" ", value).strip() or value.strip()
    return value.replace(" ", "") if _SPACED_SYLLABLES.fullmatch(value) else value


_PERSONAL_LABELS = {
    "이름",
    "성명",
    "생년월일",
    "연락처",
    "전화",
    "전화번호",
    "휴대폰",
    "이메일",
    "주소",
    "name",
    "phone",
    "email",
    "e-mail",
    "address",
    "birthdate",
    "dateofbirth",
}


def is_personal_field(text: str) -> bool:
    """A personal-info line ("연 락 처: 010-…", "Email: …"): never an employer, even when a
    title such as "경력기술서" above it made the top of the document a work section."""
    label, colon, _ = text.partition(":")
    if not colon:
        label, colon, _ = text.partition("：")
    return bool(colon) and _compact(label) in _PERSONAL_LABELS


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _name_part(text: str) -> str:
    """The name in a title line: "👨‍💻 백엔드 개발자 한지호" -> "한지호", "임태오 (Taeo Lim)" ->
    "임태오", "이서준 이력서" -> "이서준"."""
    text = strip_icons(text)
    text = _PAREN.sub(" ", text).strip()
    text = _BIRTH_DATE.sub("", _DOCUMENT_WORD.sub("", text)).strip()
    words = text.split()
    if len(words) >= 2 and _HANGUL_NAME.fullmatch(words[-1]):
        head = " ".join(words[:-1])
        if is_role(head) or (head.isascii() and _headline(head)):
            return words[-1]  # "Frontend DEV 한지호": a headline set beside the name
    if (
        len(words) >= 2
        and _HANGUL_NAME.fullmatch(words[0])
        and is_role(" ".join(words[1:]))
        and not is_field_word(words[0])
    ):
        return words[0]
    return text


# What may follow a name after a comma: a generation or a degree ("Mary K. Smith, III", "Jr.", "PhD");
# not "MD", which is also a state code ("Baltimore, MD").
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "v", "phd", "ph.d", "mba", "pe", "cpa", "esq")
_NAME_SUFFIX = re.compile(r",\s*([A-Za-z.]{1,5})\s*$")


# A page that opens by greeting ("# 안녕하세요", "Hi there!") names the person in the line after.
GREETINGS = frozenset({"안녕하세요", "반갑습니다", "hello", "hi", "hi there", "hey", "welcome", "hello world"})


def _could_be_name(text: str) -> bool:
    if not text or len(text) > MAX_NAME_CHARS or is_document_title(text) or is_role(text):
        return False
    if _PHOTO_PLACEHOLDER.fullmatch(text.strip()):
        return False  # a form's photo cell: "[사 진]", "(Photo)"
    if text.strip(" !.,~👋").lower() in GREETINGS:
        return False
    suffix = _NAME_SUFFIX.search(text)
    if suffix and suffix.group(1).lower().rstrip(".") in NAME_SUFFIXES:
        text = text[: suffix.start()]
    if re.search(r"\d|@|https?:|www\.|[:：]", text) or find_urls(text):
        return False
    if len(text.split()) > 5 or _SENTENCE.search(text):
        return False
    return bool(re.search(r"[A-Za-z가-힣]", text))


def header_summary(header: list[Line], name: str | None) -> str | None:
    """Prose under the name when the resume has no summary heading.

    It starts at the first long line, so a one-line title ("Backend Developer") is left out
    while the short last line of a wrapped paragraph is kept.
    """
    paragraph: list[str] = []
    for line in header:
        text = line.flat
        if not text or (name and text.startswith(name)):
            continue
        if EMAIL.search(text) or find_urls(text) or find_phone(text) or _LABEL_PREFIX.match(text):
            continue
        if paragraph or len(text) >= 40:
            paragraph.append(text)
    return " ".join(paragraph) or None
