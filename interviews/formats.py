"""A question set as the API's JSON (docs/ARCHITECTURE.md, compatible with the earlier system's
responses) and as Markdown for download."""

from datetime import datetime

from django.utils.translation import gettext as _

from careercoach.generation.formats import ResultMeta, iso, markdown_escape, result_meta
from interviews.schemas import InterviewOutput


class QuestionSetDocument(ResultMeta, InterviewOutput):
    """`question_set_to_document` as a schema: the OpenAPI response of the API's GET."""

    interview_id: str
    resume_id: str
    unique_key: str
    generated_at: datetime


def question_set_to_document(question_set) -> dict:
    return {
        "interview_id": str(question_set.pk),
        "resume_id": str(question_set.resume_id),
        "unique_key": question_set.resume.unique_key,
        **result_meta(question_set),
        "questions": question_set.questions,
        "generated_at": iso(question_set.created_at),
    }


def question_set_to_markdown(question_set) -> str:
    lines = [f"# {_('Interview questions')}: {markdown_escape(question_set.resume_snapshot.get('name', ''))}", ""]
    for number, question in enumerate(question_set.questions, start=1):
        lines += [
            f"## {number}. {markdown_escape(question['question'])}",
            "",
            f"- {_('Type')}: {question['type']}",
            f"- {_('Difficulty')}: {question['difficulty']}",
            f"- {_('Topic')}: {markdown_escape(question['topic'])}",
            f"- {_('About')}: {markdown_escape(question.get('source', ''))}",
            "",
            f"### {_('What good answers cover')}",
            "",
            *[f"- {markdown_escape(item)}" for item in question["what_good_answers_cover"]],
            "",
        ]
    lines.append(f"_{question_set.provider} / {question_set.model} / {iso(question_set.created_at)}_")
    return "\n".join(lines) + "\n"
