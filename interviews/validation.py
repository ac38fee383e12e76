"""Turn whatever a provider returned into a question set that satisfies schemas.InterviewOutput.

Slips are repaired when the intent is unambiguous ("Tradeoff" for "Trade-off", a sixth
question); anything that would need guessing (too few questions) is invalid_output, so the
next provider gets the job."""

from __future__ import annotations

import re

from pydantic import ValidationError

from careercoach.llm.validation import as_data, clean, clean_list, invalid
from interviews.schemas import DIFFICULTY_MIX, QUESTION_TYPES, InterviewOutput, Question, experience_band

QUESTION_COUNT = 5
MAX_COVERS = 4
_TYPE_BY_KEY = {re.sub(r"[^a-z]", "", t.lower()): t for t in QUESTION_TYPES}
_TYPE_BY_KEY["tradeoffs"] = "Trade-off"


def _question(item) -> Question | None:
    if not isinstance(item, dict):
        return None
    fields = {key: clean(value) for key, value in item.items()}
    if isinstance(fields.get("type"), str):
        key = re.sub(r"[^a-z]", "", fields["type"].lower())
        fields["type"] = _TYPE_BY_KEY.get(key, fields["type"])
    if isinstance(fields.get("difficulty"), str):
        fields["difficulty"] = fields["difficulty"].lower()
    fields["what_good_answers_cover"] = clean_list(fields.get("what_good_answers_cover"), MAX_COVERS)
    try:
        return Question.model_validate(fields)
    except ValidationError:
        return None


def _pick(questions: list[Question], difficulty_mix: dict | None) -> list[Question]:
    """Five of more than five valid questions: the earliest ones that keep the wanted
    difficulty mix, topped up in answer order."""
    if len(questions) <= QUESTION_COUNT or not difficulty_mix:
        return questions[:QUESTION_COUNT]
    quota = dict(difficulty_mix)
    chosen = []
    for index, question in enumerate(questions):
        if quota.get(question.difficulty, 0) > 0 and len(chosen) < QUESTION_COUNT:
            quota[question.difficulty] -= 1
            chosen.append(index)
    for index in range(len(questions)):
        if len(chosen) >= QUESTION_COUNT:
            break
        if index not in chosen:
            chosen.append(index)
    return [questions[i] for i in sorted(chosen)]


def validate_questions(data, difficulty_mix: dict | None = None) -> dict:
    """`data` as parsed JSON; `difficulty_mix` decides which five of more than five stay."""
    data = as_data(data)
    if isinstance(data, list):
        data = {"questions": data}
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise invalid("answer has no questions list")
    valid, seen = [], set()
    for item in data["questions"]:
        question = _question(item)
        if question is None:
            continue
        key = re.sub(r"\W+", " ", question.question.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        valid.append(question)
    if len(valid) < QUESTION_COUNT:
        raise invalid(f"{len(valid)} valid questions of {len(data['questions'])}, {QUESTION_COUNT} needed")
    return InterviewOutput(questions=_pick(valid, difficulty_mix)).model_dump()


def validate_interview(raw, document: dict) -> dict:
    """The kind's validator: the mix wanted for the resume's experience band decides the pick."""
    mix = DIFFICULTY_MIX[experience_band((document or {}).get("total_experience_months"))]
    return validate_questions(raw, mix)
