from drf_spectacular.utils import extend_schema

from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import GenerationApi, start_schema
from interviews.formats import QuestionSetDocument


class QuestionsApi(GenerationApi):
    kind = "interview"
    result_not_found_code = "INTERVIEW_NOT_FOUND"

    @extend_schema(
        operation_id="interview_questions_start",
        summary="Generate 5 interview questions",
        **start_schema(QuestionSetDocument),
    )
    def post(self, request, unique_key):
        return super().post(request, unique_key)

    @extend_schema(
        operation_id="interview_questions_latest",
        responses={200: QuestionSetDocument, **ERROR_RESPONSES},
        summary="Latest question set of a resume",
    )
    def get(self, request, unique_key):
        return super().get(request, unique_key)
