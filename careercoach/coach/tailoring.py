"""Interview questions and learning paths aimed at one job posting, offline.

Works on the coach's own output rather than inside it, so the question and plan builders stay
unaware of postings:

- questions: at least three deep dives on skills the posting requires and the resume shows,
  each grounded in the resume line that shows it, and one honest question on a required skill
  the resume lacks (how the person would close the gap, from their nearest experience). The
  five difficulties are the ones the coach chose for the person's experience, only reassigned.
- learning paths: the missing required skills first, then the missing nice-to-haves, each
  reason quoting the posting line that asks for it; the coach's paths follow.
"""

from __future__ import annotations

from careercoach.coach import catalog, generate_interview, generate_learning, resolve_language
from careercoach.coach.fit import SkillFit, assess_all
from careercoach.coach.fit_evidence import LINE
from careercoach.coach.josa import attach
from careercoach.coach.posting_lines import line_groups
from careercoach.coach.posting_skills import display_name

DEEP_DIVES = 3
DEEP_TYPES = ("Implementation", "Trade-off", "Performance", "Reliability", "Scalability")
MAX_PATHS = 8


def _quote(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def posting_line(posting: dict, fit: SkillFit) -> str:
    """The posting's own line that asks for the skill, for a reason to quote."""
    for section in posting.get("sections") or []:
        if section.get("kind") not in ("required", "preferred", "other", "header"):
            continue
        for line in section.get("lines") or []:
            if any(set(group) & set(fit.keys) for group in line_groups(line)):
                return line
    return fit.name


def _covers(key: str, language: str, extra: list[str]) -> list[str]:
    tech = catalog.technology(key)
    items = tech.items("concepts", language)[:2] if tech else []
    return (items + extra)[:4] if len(items + extra) >= 2 else (items + extra + extra)[:2]


def _deep_dive(fit: SkillFit, difficulty: str, index: int, language: str, line: str = "") -> dict:
    skill, line = display_name(fit.target, language), _quote(line or fit.proof.text)
    listed_only = fit.proof.rank != LINE
    project = fit.proof.where if fit.proof.where and fit.proof.where != "technical_skills" else ""
    if language == "ko":
        if listed_only and project:  # a tech stack names it: ask about its use in that project
            question = (
                f"공고의 필수 요건인 {skill} 관련 질문입니다. '{project}'의 기술 스택에 {attach(skill, '이')} 있습니다. "
                f"그 프로젝트에서 {attach(skill, '을')} 어디에 어떻게 썼고, 가장 어려웠던 설계 결정과 다시 한다면 바꿀 점은 무엇인가요?"
            )
        elif listed_only:  # only the skills list names it: ask for the work behind the entry
            question = (
                f"공고의 필수 요건인 {attach(skill, '을')} 이력서에 보유 기술로 적으셨습니다. {attach(skill, '을')} 써서 만든 것 중 "
                "가장 어려웠던 설계 결정은 무엇이었고, 다시 한다면 무엇을 바꾸겠습니까?"
            )
        else:
            question = (
                f'공고의 필수 요건인 {skill} 관련 질문입니다. 이력서의 "{line}" 경험에서 {attach(skill, "을")} '
                "어떤 이유로 그렇게 설계했고, 운영하며 부딪힌 문제와 다시 한다면 바꿀 점은 무엇인가요?"
            )
        extra = ["설계 결정의 이유와 대안 비교", "결과를 보여 주는 수치와 검증 방법"]
    else:
        if listed_only and project:
            question = (
                f"The posting requires {skill}, which is in the stack of {project}. Where and how did you use "
                f"{skill} there, what was the hardest design decision, and what would you change now?"
            )
        elif listed_only:
            question = (
                f"The posting requires {skill}, and your resume lists it. What is the hardest design decision "
                f"you made in something you built with {skill}, and what would you change now?"
            )
        else:
            question = (
                f'The posting requires {skill}. In "{line}", why did you design it that way, what problems '
                "did you hit running it, and what would you change if you did it again?"
            )
        extra = [
            "the reasons behind the design and the alternatives weighed",
            "numbers that show the result and how they were checked",
        ]
    return {
        "type": DEEP_TYPES[index % len(DEEP_TYPES)],
        "difficulty": difficulty,
        "topic": skill,
        "question": question,
        "what_good_answers_cover": _covers(fit.target, language, extra),
        "source": fit.proof.source,
    }


def _gap_question(fit: SkillFit, difficulty: str, language: str) -> dict:
    skill = display_name(fit.target, language)
    near = display_name(fit.via, language) if fit.status == "related" else ""
    if language == "ko":
        base = f"이 공고는 {skill} 경험을 요구하지만 이력서에서는 {skill} 경험이 보이지 않습니다. "
        ask = (
            f"가장 가까운 {near} 경험에서 무엇이 {skill}에 그대로 통하고 무엇이 다른지, 입사 후 어떻게 익혀 적용하시겠습니까?"
            if near
            else f"지금까지 경험 중 가장 가까운 것은 무엇이고, 입사 후 {attach(skill, '을')} 어떤 순서로 익혀 실무에 적용하시겠습니까?"
        )
        covers = [
            "모르는 부분을 솔직하게 인정하기",
            "가장 가까운 경험에서 옮겨 올 수 있는 것",
            "첫 한두 달의 구체적인 학습 계획",
        ]
    else:
        base = f"This posting asks for {skill}, and your resume does not show it yet. "
        ask = (
            f"What from your {near} work carries over to {skill}, what differs, and how would you get productive with it?"
            if near
            else f"What is the nearest experience you have, and how would you learn {skill} and apply it in your first months?"
        )
        covers = [
            "an honest account of what you have not done",
            "what transfers from the nearest experience",
            "a concrete plan for the first month or two",
        ]
    source = fit.proof.source if fit.proof else "technical_skills"
    return {
        "type": "Trade-off" if near else "Implementation",
        "difficulty": difficulty,
        "topic": skill,
        "question": base + ask,
        "what_good_answers_cover": covers,
        "source": source,
    }


def _difficulty_order(difficulties: list[str]) -> list[str]:
    """The gap question takes a middle difficulty; deep dives the rest, hardest first."""
    rank = {"hard": 0, "medium": 1, "easy": 2}
    return sorted(difficulties, key=lambda d: rank.get(d, 1))


def tailored_interview(resume: dict, posting: dict, language: str = "auto") -> dict:
    """{"language", "questions"} in the interview output contract, aimed at the posting."""
    base = generate_interview(resume, language)
    fits = assess_all(resume, posting)
    shown = [f for f in fits if f.kind == "required" and f.status == "shown" and f.proof]
    gaps = [f for f in fits if f.kind == "required" and f.status != "shown"]
    if not shown and not gaps:
        return base
    lang = base["language"]
    difficulties = _difficulty_order([q["difficulty"] for q in base["questions"]])
    gap_difficulty = None
    if gaps:
        gap_difficulty = "medium" if "medium" in difficulties else difficulties[-1]
        difficulties.remove(gap_difficulty)
    questions = []
    for index, fit in enumerate(_distinct_lines(shown)[: len(difficulties)]):
        questions.append(_deep_dive(fit, difficulties[index], index, lang))
    leftover = difficulties[len(questions) :]
    kept = [q for q in base["questions"] if q["topic"] not in {x["topic"] for x in questions}]
    for difficulty in leftover:
        match = next((q for q in kept if q["difficulty"] == difficulty), None) or kept[0]
        kept.remove(match)
        questions.append({**match, "difficulty": difficulty})
    if gaps:
        questions.insert(min(3, len(questions)), _gap_question(gaps[0], gap_difficulty, lang))
    return {"language": lang, "questions": questions[:5]}


def _distinct_lines(fits: list[SkillFit]) -> list[SkillFit]:
    """Skills shown in an achievement line first (a stack entry is a thin thing to dig into), one
    deep dive per resume line, so three questions do not quote the same sentence."""
    seen, first, later = set(), [], []
    for fit in sorted(fits, key=lambda f: f.proof.rank):
        (later if fit.proof.text in seen else first).append(fit)
        seen.add(fit.proof.text)
    return first + later


def _gap_path(fit: SkillFit, posting: dict, language: str) -> dict | None:
    tech = catalog.technology(fit.target) or next(
        (catalog.technology(k) for k in fit.keys if catalog.technology(k)), None
    )
    if tech is None or not tech.docs.startswith("https://"):
        return None
    line = _quote(posting_line(posting, fit), 140)
    wanted = "필수" if fit.kind == "required" else "우대"
    if language == "ko":
        reason = (
            f'공고의 {wanted} 요건 "{line}"에 {attach(tech.name, "이")} 있지만 이력서에는 {tech.name} 경험이 없습니다.'
        )
        title, description = (
            f"{tech.name} 익히기",
            f"공고가 요구하는 {tech.name}의 핵심을 익히고 작은 프로젝트로 직접 써 봅니다.",
        )
    else:
        kind = "requires" if fit.kind == "required" else "lists as a nice-to-have"
        reason = f'The posting {kind} {tech.name} ("{line}"), and the resume does not show it.'
        title, description = (
            f"Learn {tech.name}",
            f"Learn the core of {tech.name} the posting asks for and use it in a small project.",
        )
    resources = tech.items("concepts", language)[:3] or [tech.name]
    return {
        "type": "weakness",
        "title": title,
        "description": description,
        "reason": reason,
        "resources": resources,
        "link": tech.docs,
    }


def tailored_learning(resume: dict, posting: dict, language: str = "auto") -> dict:
    """The coach's plan with the posting's missing required, then missing preferred, skills first."""
    base = generate_learning(resume, language)
    lang = base["language"]
    fits = assess_all(resume, posting)
    order = [f for f in fits if f.kind == "required" and f.status != "shown"]
    order += [f for f in fits if f.kind == "preferred" and f.status != "shown"]
    gap_paths = [p for p in (_gap_path(f, posting, lang) for f in order) if p][:5]
    strengths = [p for p in base["learning_paths"] if p["type"] == "strength"]
    others = [p for p in base["learning_paths"] if p["type"] != "strength"]
    paths = gap_paths + strengths[:2] + others + strengths[2:]
    paths = paths[:MAX_PATHS]
    if not any(p["type"] == "strength" for p in paths) and strengths:
        paths[-1] = strengths[0]
    return {**base, "learning_paths": paths}


def check_tailored_questions(resume: dict, posting: dict, questions: list[dict]) -> list[str]:
    """What a tailored question set lacks, as sentences (empty: it meets the bar)."""
    fits = assess_all(resume, posting)
    shown = {
        display_name(f.target, lang)
        for f in fits
        if f.kind == "required" and f.status == "shown"
        for lang in ("en", "ko")
    }
    gaps = {
        display_name(f.target, lang)
        for f in fits
        if f.kind == "required" and f.status != "shown"
        for lang in ("en", "ko")
    }
    problems = []
    on_shown = sum(1 for q in questions if q["topic"] in shown)
    if on_shown < min(DEEP_DIVES, len(shown) // 2 or 0):
        problems.append(f"{on_shown} questions on required skills the resume shows (want 3)")
    if gaps and not any(q["topic"] in gaps for q in questions):
        problems.append("no question on a required skill the resume lacks")
    # The coach picks the mix of the person's experience band; tailoring must keep it.
    expected = sorted(q["difficulty"] for q in generate_interview(resume)["questions"])
    if sorted(q["difficulty"] for q in questions) != expected:
        problems.append(f"difficulty mix {sorted(q['difficulty'] for q in questions)} is not the band's {expected}")
    if len(questions) != 5:
        problems.append(f"{len(questions)} questions, not 5")
    return problems


__all__ = ["tailored_interview", "tailored_learning", "check_tailored_questions", "resolve_language"]
