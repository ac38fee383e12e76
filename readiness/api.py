"""API of DESIGN.md for progress: PATCH one learning-path item's status and note, GET a
resume's readiness. Thin: find the caller's own resume and plan, call a service, answer."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES
from learning.selectors import learning_plan_latest
from postings.selectors import PostingNotFound, posting_get
from readiness.exports import ReadinessDocument, readiness_to_document
from readiness.items import STATUSES
from readiness.paths import ItemError, item_update, plan_progress
from readiness.selectors import readiness
from resumes.selectors import ResumeNotFound, resume_get


def own_resume(request, unique_key):
    try:
        return resume_get(user=request.user, unique_key=unique_key, with_parts=False)
    except ResumeNotFound as exc:
        raise ApiError(
            str(exc), error_code="RESUME_NOT_FOUND", status_code=404, details={"unique_key": unique_key}
        ) from exc


class ItemInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=STATUSES, required=False)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, trim_whitespace=False)
    links = serializers.ListField(child=serializers.CharField(max_length=500), required=False, max_length=5)


ItemOutput = inline_serializer(
    name="LearningPathItem",
    fields={
        "item_id": serializers.CharField(),
        "kind": serializers.CharField(),
        "title": serializers.CharField(),
        "status": serializers.ChoiceField(choices=STATUSES),
        "note": serializers.CharField(),
        "links": serializers.ListField(child=serializers.CharField()),
        "progress": serializers.DictField(child=serializers.IntegerField(), help_text='{"done": N, "total": M}'),
    },
)


class LearningPathItemApi(APIView):
    parser_classes = [SafeJSONParser]

    @extend_schema(
        operation_id="learning_path_item_update",
        request=ItemInputSerializer,
        responses={200: ItemOutput, **ERROR_RESPONSES},
        summary="Set the status, note or links of one item of the latest learning plan",
    )
    def patch(self, request, unique_key, item_id):
        resume = own_resume(request, unique_key)
        data = ItemInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        plan = learning_plan_latest(resume=resume)
        if plan is None:
            raise ApiError(
                f"No learning plan for resume: {unique_key}",
                error_code="LEARNING_PATH_NOT_FOUND",
                status_code=404,
                details={"unique_key": unique_key},
            )
        try:
            item = item_update(plan=plan, **data.validated_data, item_id=item_id)
        except ItemError as exc:
            raise ApiError(
                exc.message, error_code=exc.code, status_code=exc.status, details={"item_id": item_id}
            ) from exc
        counts = plan_progress(plan).counts
        return Response(
            {
                "item_id": item_id,
                "kind": item["kind"],
                "title": item["title"],
                "status": item["status"],
                "note": item["note"],
                "links": item["links"],
                "progress": {"done": counts["done"], "total": counts["total"]},
            }
        )


class ReadinessApi(APIView):
    @extend_schema(
        operation_id="resume_readiness",
        parameters=[OpenApiParameter("posting_id", str, description="Also report the fit with this posting")],
        responses={200: ReadinessDocument, **ERROR_RESPONSES},
        summary="Practice grades and trend, missed points, path progress, today's review, next actions",
    )
    def get(self, request, unique_key):
        resume = own_resume(request, unique_key)
        posting = None
        if request.query_params.get("posting_id"):
            try:
                posting = posting_get(user=request.user, posting_id=request.query_params["posting_id"])
            except PostingNotFound as exc:
                raise ApiError(
                    str(exc),
                    error_code="POSTING_NOT_FOUND",
                    status_code=404,
                    details={"posting_id": request.query_params["posting_id"]},
                ) from exc
        return Response(readiness_to_document(readiness(resume=resume, posting=posting)))
