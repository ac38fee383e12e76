from drf_spectacular.utils import extend_schema

from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import GenerationApi, start_schema
from learning.formats import LearningPlanDocument


class LearningPathApi(GenerationApi):
    kind = "learning"
    result_not_found_code = "LEARNING_PATH_NOT_FOUND"

    @extend_schema(
        operation_id="learning_path_start", summary="Generate a learning path", **start_schema(LearningPlanDocument)
    )
    def post(self, request, unique_key):
        return super().post(request, unique_key)

    @extend_schema(
        operation_id="learning_path_latest",
        responses={200: LearningPlanDocument, **ERROR_RESPONSES},
        summary="Latest learning plan of a resume",
    )
    def get(self, request, unique_key):
        return super().get(request, unique_key)
