from drf_spectacular.utils import extend_schema

from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import START_SCHEMA, GenerationApi


class QuestionsApi(GenerationApi):
    kind = "interview"
    result_not_found_code = "INTERVIEW_NOT_FOUND"

    @extend_schema(operation_id="interview_questions_start", summary="Generate 5 interview questions", **START_SCHEMA)
    def post(self, request, unique_key):
        return super().post(request, unique_key)

    @extend_schema(
        operation_id="interview_questions_latest",
        responses={200: dict, **ERROR_RESPONSES},
        summary="Latest question set of a resume",
    )
    def get(self, request, unique_key):
        return super().get(request, unique_key)
