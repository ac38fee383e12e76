from drf_spectacular.utils import extend_schema

from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import START_SCHEMA, GenerationApi
from careercoach.models import GenerationJob
from interviews.formats import question_set_to_document
from interviews.selectors import question_set_latest


class QuestionsApi(GenerationApi):
    kind = GenerationJob.Kind.INTERVIEW
    result_not_found_code = "INTERVIEW_NOT_FOUND"

    def latest(self, resume):
        return question_set_latest(resume=resume)

    def to_document(self, result):
        return question_set_to_document(result)

    @extend_schema(operation_id="interview_questions_start", summary="Generate 5 interview questions", **START_SCHEMA)
    def post(self, request, unique_key):
        return super().post(request, unique_key)

    @extend_schema(operation_id="interview_questions_latest", responses={200: dict, **ERROR_RESPONSES},
                   summary="Latest question set of a resume")
    def get(self, request, unique_key):
        return super().get(request, unique_key)
