from drf_spectacular.utils import extend_schema

from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import START_SCHEMA, GenerationApi


class LearningPathApi(GenerationApi):
    kind = "learning"
    result_not_found_code = "LEARNING_PATH_NOT_FOUND"

    @extend_schema(operation_id="learning_path_start", summary="Generate a learning path", **START_SCHEMA)
    def post(self, request, unique_key):
        return super().post(request, unique_key)

    @extend_schema(
        operation_id="learning_path_latest",
        responses={200: dict, **ERROR_RESPONSES},
        summary="Latest learning plan of a resume",
    )
    def get(self, request, unique_key):
        return super().get(request, unique_key)
