"""The sentences of a fit report, in Korean and English: how the score was computed and the
three things to prepare first (missing requirements, then substitutes to explain, then gaps in
the nice-to-haves and years, then the strongest matches to rehearse)."""

from __future__ import annotations

from careercoach.coach.fit import WEIGHTS, SkillFit
from careercoach.coach.posting_skills import display_name


def _count(fits: list[SkillFit], kind: str, status: str) -> int:
    return sum(1 for f in fits if f.kind == kind and f.status == status)


def _pct(value: float | None) -> int:
    return round(100 * value) if value is not None else 0


def explain(fits, parts, total, years_required, shown_years, language: str) -> str:
    present = [k for k in ("required", "preferred", "years") if parts.get(k) is not None]
    ko = language == "ko"
    pieces = []
    for kind in ("required", "preferred"):
        if parts.get(kind) is None:
            continue
        n = sum(1 for f in fits if f.kind == kind)
        shown, related = _count(fits, kind, "shown"), _count(fits, kind, "related")
        if ko:
            label = "필수" if kind == "required" else "우대"
            pieces.append(
                f"{label} 기술 {n}개 중 보유 {shown}개, 유사 경험 {related}개(절반 인정) = {_pct(parts[kind])}%"
            )
        else:
            pieces.append(
                f"{kind} skills: {shown} of {n} shown, {related} related (half credit) = {_pct(parts[kind])}%"
            )
    if parts.get("years") is not None:
        shown_text = shown_years if shown_years is not None else 0
        pieces.append(
            f"경력 {shown_text}년 / 요구 {years_required}년 = {_pct(parts['years'])}%"
            if ko
            else f"experience {shown_text} of {years_required} years = {_pct(parts['years'])}%"
        )
    weights = " + ".join(f"{WEIGHTS[k]}×{_pct(parts[k])}%" for k in present)
    weight_sum = sum(WEIGHTS[k] for k in present)
    if ko:
        return (
            "; ".join(pieces) + f". 점수 = ({weights}) / {weight_sum} = {total}점. "
            "필수 70, 우대 20, 경력 10의 가중치로 계산하며 공고에 없는 항목은 빼고 나눕니다."
        )
    return (
        "; ".join(pieces) + f". Score = ({weights}) / {weight_sum} = {total}. "
        "Weights are 70 for required skills, 20 for nice-to-haves and 10 for years; "
        "a part the posting does not state is left out of the division."
    )


def _name(fit: SkillFit) -> str:
    return fit.name


def prepare_first(fits: list[SkillFit], years_required, shown_years, language: str) -> list[str]:
    ko = language == "ko"
    items: list[str] = []
    for fit in fits:
        if fit.kind == "required" and fit.status == "missing":
            items.append(
                f"{_name(fit)}: 필수 요건인데 이력서에 없습니다. 공식 문서의 핵심 개념을 익히고 작은 예제로 직접 써 본 뒤, "
                "면접에서 어떻게 익힐지 구체적으로 말할 수 있게 준비하세요."
                if ko
                else f"{_name(fit)}: required, and the resume does not show it. Learn its core concepts from the "
                "official docs, build a small example, and be ready to say how you would close the gap."
            )
    for fit in fits:
        if fit.kind == "required" and fit.status == "related":
            via, target = display_name(fit.via), display_name(fit.target)
            items.append(
                f"{target}: {via} 경험을 {target}에 옮겨 설명할 수 있게 두 기술의 공통점과 차이(설계, 장애 대응)를 정리하세요."
                if ko
                else f"{target}: prepare to map your {via} experience onto {target}: what carries over "
                "and what differs (design, failure handling)."
            )
    if years_required and shown_years is not None and shown_years < years_required:
        items.append(
            f"경력: 공고는 {years_required}년 이상, 이력서는 {shown_years}년입니다. 짧은 기간에 맡은 범위와 결과를 숫자로 보여 줄 사례를 고르세요."
            if ko
            else f"Experience: the posting asks for {years_required}+ years and the resume shows "
            f"{shown_years}. Pick the examples that show scope and results in numbers."
        )
    for fit in fits:
        if fit.kind == "preferred" and fit.status == "missing":
            items.append(
                f"{_name(fit)}: 우대 사항입니다. 기본 개념과 사용 사례를 설명할 수 있을 만큼 훑어 두세요."
                if ko
                else f"{_name(fit)}: a nice-to-have; learn enough to explain what it is for and when to use it."
            )
    for fit in fits:
        if fit.kind == "required" and fit.status == "shown":
            items.append(
                f"{_name(fit)}: 공고의 핵심 요건입니다. 이력서의 해당 경험을 설계 이유, 수치, 트레이드오프까지 설명할 수 있게 다듬으세요."
                if ko
                else f"{_name(fit)}: a core requirement you show; rehearse that experience down to the "
                "design reasons, numbers and trade-offs."
            )
    generic = [
        (
            "회사의 서비스와 팀이 푸는 문제를 읽고, 지원 동기를 이력서 경험과 연결해 준비하세요."
            if ko
            else "Read about the company's product and the problems the team solves; tie your motivation to your resume."
        ),
        (
            "주요업무에 적힌 일 하나를 골라, 내가 맡는다면 처음 한 달에 무엇을 할지 말할 수 있게 준비하세요."
            if ko
            else "Pick one responsibility from the posting and be ready to say what you would do in your first month."
        ),
    ]
    items += generic[: max(0, 3 - len(items))]
    while len(items) < 3:
        items.append(generic[0])
    return items[:3]
