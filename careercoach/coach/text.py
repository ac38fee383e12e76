"""Small text helpers shared by analysis and generation.

Resume text is untrusted data: everything that may be echoed back goes through
`looks_like_instruction` and `quotable` so a resume cannot steer the output.
"""

from __future__ import annotations

import re
import unicodedata

from careercoach.coach.quantities import metric_pairs, number_spans, numbers_in, pair_spans  # noqa: F401

MAX_FIELD_CHARS = 2000  # longer free text is cut: no real achievement line is this long
QUOTE_MAX_CHARS = {"ko": 90, "en": 130}

_SPACES = re.compile(r"\s+")
_HANGUL = re.compile(r"[가-힣]")
_LETTERS = re.compile(r"[A-Za-z가-힣]")

_INSTRUCTION_PATTERNS = [
    r"\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,60}\b(instructions?|prompts?|rules?|previous|above|prior|everything|guidelines?)\b",
    r"\b(reveal|print|show|repeat|output|leak|ignore|override)\s+(your|the|my)\s+(system|developer|hidden)\s+(prompt|message|instructions?)\b",
    r"\byou\s+(are\s+now|must|should|will\s+now|have\s+to)\b",
    r"\bfrom\s+now\s+on\b",
    r"\b(as\s+an?\s+(ai|language\s+model|assistant))\b",
    r"\b(dear|hey|hi)\s+(assistant|ai|llm|chatbot|gpt|chatgpt|claude|gemini|copilot)\b",
    r"\bin\s+(your|the)\s+(response|answer|output|reply)\b",
    r"\b(jailbreak|prompt\s+injection)\b",
    r"\bact\s+as\b|\bpretend\s+(to\s+be|you)\b",
    r"(^|[.!?;:,\n]\s*|\b(and|then|just|please|now|to)\s+)(say|print|output|respond|reply|answer|write|return|repeat|include)\b\s+(only\s+|with\s+|the\s+words?\s+|this\s*:?\s*)?[\"'“‘`]?[A-Z]{3,}",
    r"</?\s*(system|assistant|user|instructions?|resume[_ -]?data|data|context|document)\s*>|\[/?INST\]|###\s*(instruction|system)",
    r"(?-i:\b(SYSTEM|ASSISTANT)\s*:)",
    r"[{\[]\s*[\"'](questions?|answer|output|response|type|role|content)[\"']\s*:",  # a forged output document
    r"(이전|위의|앞의|모든|기존|위|앞)\s*(의\s*)?(지시|명령|지침|프롬프트|규칙)",
    r"(지시|명령|지침|프롬프트|규칙)\S*\s*(을|를)?\s*(무시|따르지|잊)",
    r"(라고|이라고)\s*(만\s*)?(말|답|대답|출력|쓰|작성|응답)",
    r"(출력|대답|응답|답변|포함)\s*(하라|해라|하세요|하십시오|하시오|해\s*줘|할\s*것)",
    r"(너는|당신은|넌)\s*(이제|지금부터)",
    r"시스템\s*(프롬프트|메시지)\S*\s*(을|를)?\s*(무시|출력|공개|보여)",
]
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _INSTRUCTION_PATTERNS), re.IGNORECASE)

# Connectives after which a Korean achievement line starts a new clause.
_KO_CLAUSE_BREAK = re.compile(
    r"(?<=[가-힣])(?:하였으며|되었으며|했으며|였으며|하고|되고|하여|되어|해서|하면서|되면서|하며|되며|으며|면서|했고|하였고|"
    r"였고|한\s뒤|한\s후)\s+"
)
_EN_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[—–]\s+|,\s+(?=(?:and\s+)?[a-z]+(?:ing|ed)\b|which\b|so\s+|thereby\b|resulting\b)"
)
_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)\s*$")
_LEGAL_FORMS = re.compile(
    r"^\s*(?:\(주\)|㈜|주식회사|\(유\)|유한회사)\s*|\s*(?:\(주\)|㈜|주식회사)\s*$|"
    r",?\s+(?:Inc\.?|LLC|Ltd\.?|Co\.,?\s*Ltd\.?|Corp\.?|GmbH|Corporation)\s*$",
    re.IGNORECASE,
)


def clean(value: object, limit: int = MAX_FIELD_CHARS) -> str:
    """Any value as one line of trimmed text; non-strings (None, numbers, dicts) become ''."""
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(ch for ch in text if ch.isprintable() or ch in " \t\n")
    return _SPACES.sub(" ", text).strip()[:limit]


def fold(text: str) -> str:
    """Lower-cased, NFKC-normalized, single-spaced form used for matching."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text or "").lower()).strip()


def hangul_share(text: str) -> float:
    letters = _LETTERS.findall(text or "")
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _HANGUL.match(ch)) / len(letters)


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text or ""))


def looks_like_instruction(text: str) -> bool:
    """True when the text talks to a machine instead of describing work (prompt injection)."""
    return bool(text) and bool(_INSTRUCTION.search(text))


def display_name(value: object, limit: int = 60) -> str:
    """A resume's own name for a project, company or activity, safe to quote, or ''."""
    text = clean(value, limit=400)
    if not text or looks_like_instruction(text) or len(text) > limit:
        return ""
    if not re.search(r"[A-Za-z0-9가-힣]", text):
        return ""
    return text


def company_name(value: object) -> str:
    """A company as people say it: the legal form ((주), Inc.) dropped."""
    name = display_name(value)
    short = _LEGAL_FORMS.sub("", name).strip()
    return short or name


def has_measurement(text: str) -> bool:
    """A number with a unit or a before/after pair: what makes an achievement concrete."""
    for token in numbers_in(text):
        if not re.fullmatch(r"\$?\d[\d,]*(?:\.\d+)?", token):
            return True
    return bool(
        metric_pairs(text) or re.search(r"\d\s*(?:->|→|에서)\s*\d|from\s+\$?\d[\d.,]*\s*\w*\s+to\s+\$?\d", text or "")
    )


def _outside_parentheses(text: str) -> list[tuple[int, int]]:
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            if depth == 0:
                spans.append((start, i))
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                start = i + 1
    if depth == 0:
        spans.append((start, len(text)))
    return spans


_RESULT = re.compile(
    r"\d\s*(?:%p?|ms|초|분|시간|배|x\b|seconds|minutes|hours|days|times|events/sec|rps|tps|qps|req/s|/sec|/s\b)"
    r"|\$\s?\d|\d\s*(?:원|달러)|\bby\s+~?\d",
    re.IGNORECASE,
)


def has_result(text: str) -> bool:
    """A measured outcome (a before/after pair, a percentage, a time or a rate), not a mere count."""
    return bool(metric_pairs(text) or _RESULT.search(text or ""))


def clauses(text: str) -> list[str]:
    """Split one achievement line into its clauses (action, method, result), never inside (...)."""
    pattern = _KO_CLAUSE_BREAK if has_hangul(text) else _EN_CLAUSE_BREAK
    cuts = []
    for begin, end in _outside_parentheses(text):
        for match in pattern.finditer(text, begin, end):
            cuts.append((match.start(), match.end()))
    parts, last = [], 0
    for begin, end in cuts:
        parts.append(text[last:begin])
        last = end
    parts.append(text[last:])
    parts = [p.strip(" ,;") for p in parts if p.strip(" ,;")]
    return parts or [text]


_SOFT_BREAK = re.compile(
    r",\s|;\s|\s[—–]\s|\s(?:by|with|after|using|while)\s|(?<=[가-힣])(?:하고|하여|하며|으며|해서)\s"
)


_DANGLING = re.compile(
    r"(?:\s+(?:over|of|in|to|for|from|by|with|and|or|a|an|the|at|on|into|than|per))+$", re.IGNORECASE
)


def _cut_is_safe(position: int, spans: list[tuple[int, int]]) -> bool:
    return not any(start < position < end for start, end in spans)


def _trim_words(text: str, limit: int) -> str:
    """Shorten at a word boundary that never falls inside a number ("4시간 10분") and never
    drops the result of a before/after pair: when the pair ends past the limit, the quote
    starts later instead ("… 응답 6.2초 → 1.4초 개선")."""
    if len(text) <= limit:
        return text
    pairs = pair_spans(text)
    if pairs:
        end = pairs[-1][3]
        tail = re.match(r"\S*", text[end:])  # the verb that closes the result: 단축, 감소, faster
        end += tail.end() if tail else 0
        if end > limit - 1:
            start = max(0, end - (limit - 2))
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < pairs[-1][2] else start
            text, prefix = text[start:end], "… "
            return prefix + text if len(text) <= limit else prefix + text[-(limit - 2) :]
        limit = max(limit, end)
    spans = number_spans(text) + [(s_, e_) for _, _, s_, e_ in pairs]
    keep = pairs[-1][3] if pairs else limit // 2
    breaks = [m.start() for m in _SOFT_BREAK.finditer(text, 0, limit) if m.start() >= keep and m.start() > limit // 2]
    if breaks:
        return text[: breaks[-1]].rstrip(" ,;:·-(") + "…"  # at a clause boundary, the result kept
    cut = limit
    while cut > limit // 2 and (
        text[cut - 1 : cut] != " " and text[cut : cut + 1] != " " or not _cut_is_safe(cut, spans)
    ):
        cut -= 1
    if cut <= limit // 2:
        cut = limit
    # Never end on a word that announces more ("saved $1.1M over…"): stop before it.
    head = _DANGLING.sub("", text[:cut].rstrip(" ,;:·-("))
    return head.rstrip(" ,;:·-(") + "…"


def quotable(text: str, limit: int | None = None) -> str:
    """The part of an achievement worth quoting back, short and never an instruction.

    Prefers the whole line when short; otherwise the clause carrying a measurement
    (that is what an interviewer asks about), joined to the first clause when both fit.
    """
    line = clean(text, limit=600).rstrip(".")
    if not line or looks_like_instruction(line):
        return ""
    if limit is None:
        limit = QUOTE_MAX_CHARS["ko" if has_hangul(line) else "en"]
    if len(line) > limit:
        line = _TRAILING_REMARK.sub("", line)
    if len(line) <= limit:
        return line
    parts = clauses(line)
    measured = [p for p in parts if has_measurement(p)]
    if measured:
        result = measured[-1]
        if parts[0] != result and len(parts[0]) + len(result) + 3 <= limit:
            return parts[0] + " … " + result
        if metric_pairs(result) or len(parts) == 1:
            trimmed = _trim_words(result, limit - 2)
            # A later clause quoted alone shows it is a part ("… which raised retention from 31% to 35%").
            return trimmed if result == parts[0] or trimmed.startswith("…") else "… " + trimmed
    return _trim_words(parts[0], limit)


def shorten(text: str, limit: int) -> str:
    return _trim_words(clean(text), limit)


_WORD = re.compile(r"[가-힣]{2,}|[a-z][a-z0-9.+#-]{2,}")
_STOP_WORDS = {
    "and",
    "the",
    "with",
    "for",
    "from",
    "into",
    "that",
    "this",
    "using",
    "model",
    "models",
    "data",
    "service",
    "services",
    "system",
    "systems",
    "server",
    "user",
    "users",
    "time",
    "code",
    "app",
    "application",
    "feature",
    "features",
    "performance",
    "test",
    "tests",
    "training",
    "serving",
    "built",
    "build",
    "based",
    "처리",
    "구현",
    "사용",
    "관리",
    "기반",
    "설정",
    "위한",
    "통한",
    "적용",
    "문제",
    "설계",
    "구성",
    "데이",
    "서비",
    "시스",
    "모델",
    "기능",
    "성능",
    "화면",
    "개발",
    "작업",
    "테스",
    "조회",
    "변경",
    "추가",
    "감소",
    "개선",
    "단축",
    "향상",
    "작성",
    "분리",
    "도입",
    "활용",
    "이용",
    "통해",
    "확인",
    "지원",
    "제공",
    "생성",
    "실행",
    "요청",
    "응답",
    "저장",
    "전환",
    "방식",
    "정보",
    "결과",
    "전체",
    "자동",
    "수정",
    "제거",
    "운영",
    "방지",
    "해결",
}


def content_words(text: str) -> set[str]:
    """The words of a text that can tie it to another text (Korean cut to a two-syllable stem so
    particles do not matter), without the words every resume line shares."""
    words = set()
    for word in _WORD.findall(fold(text)):
        if has_hangul(word):
            word = word[:2]  # Korean particles: 파티션을 and 파티션 share a stem
        if word not in _STOP_WORDS:
            words.add(word)
    return words
