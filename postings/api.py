"""Posting endpoints of DESIGN.md: POST/GET `postings/`, GET/PUT/DELETE `postings/{posting_id}`.
Thin: validate the body, call a service, answer with the stored posting and what was read."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError
from careercoach.api.pagination import BoundedLimitOffsetPagination, PageQuerySerializer
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES, ErrorSerializer
from postings.selectors import PostingNotFound, posting_get, posting_list
from postings.services import PostingRefused, posting_create, posting_delete, posting_replace


class PostingInputSerializer(serializers.Serializer):
    text = serializers.CharField(
        allow_blank=True, trim_whitespace=False, help_text="The posting as pasted, up to 20,000 characters"
    )
    title = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    company = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")


class PostingOutputSerializer(serializers.Serializer):
    posting_id = serializers.UUIDField(source="id")
    title = serializers.CharField()
    company = serializers.CharField()
    text = serializers.CharField()
    required_skills = serializers.ListField(child=serializers.CharField())
    preferred_skills = serializers.ListField(child=serializers.CharField())
    years_required = serializers.IntegerField(source="parsed.years_required", allow_null=True)
    parsed = serializers.JSONField(
        help_text='{"title", "company", "required_skills", "preferred_skills", "years_required", "sections"}'
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


PostingPageSerializer = inline_serializer(
    name="PostingPage",
    fields={
        "count": serializers.IntegerField(),
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
        "results": PostingOutputSerializer(many=True),
    },
)
REFUSED = OpenApiResponse(
    ErrorSerializer,
    "error_code POSTING_EMPTY, POSTING_TOO_LONG, POSTING_BINARY or POSTING_NO_REQUIREMENTS; nothing is stored",
)


def refused_error(refused: PostingRefused) -> ApiError:
    return ApiError(
        refused.message, error_code=f"POSTING_{refused.code.upper()}", status_code=400, details={"code": refused.code}
    )


def get_own_posting(request, posting_id):
    try:
        return posting_get(user=request.user, posting_id=posting_id)
    except PostingNotFound as exc:
        raise ApiError(
            str(exc), error_code="POSTING_NOT_FOUND", status_code=404, details={"posting_id": str(posting_id)}
        ) from exc


def _write(request, posting=None):
    data = PostingInputSerializer(data=request.data)
    data.is_valid(raise_exception=True)
    try:
        if posting is None:
            return posting_create(owner=request.user, **data.validated_data)
        return posting_replace(posting=posting, **data.validated_data)
    except PostingRefused as refused:
        raise refused_error(refused) from refused


class PostingListCreateApi(APIView):
    parser_classes = [SafeJSONParser]

    @extend_schema(
        operation_id="postings_list",
        parameters=[PageQuerySerializer],
        responses={200: PostingPageSerializer, **ERROR_RESPONSES},
        summary="List your job postings",
    )
    def get(self, request):
        paginator = BoundedLimitOffsetPagination()
        page = paginator.paginate_queryset(posting_list(user=request.user), request, view=self)
        return paginator.get_paginated_response(PostingOutputSerializer(page, many=True).data)

    @extend_schema(
        operation_id="postings_create",
        request=PostingInputSerializer,
        responses={201: PostingOutputSerializer, **ERROR_RESPONSES, 400: REFUSED},
        summary="Store a pasted job posting and read its requirements",
    )
    def post(self, request):
        posting = _write(request)
        return Response(PostingOutputSerializer(posting).data, status=status.HTTP_201_CREATED)


class PostingDetailApi(APIView):
    parser_classes = [SafeJSONParser]

    @extend_schema(operation_id="postings_read", responses={200: PostingOutputSerializer, **ERROR_RESPONSES})
    def get(self, request, posting_id):
        return Response(PostingOutputSerializer(get_own_posting(request, posting_id)).data)

    @extend_schema(
        operation_id="postings_replace",
        request=PostingInputSerializer,
        responses={200: PostingOutputSerializer, **ERROR_RESPONSES, 400: REFUSED},
    )
    def put(self, request, posting_id):
        posting = _write(request, get_own_posting(request, posting_id))
        return Response(PostingOutputSerializer(posting).data)

    @extend_schema(operation_id="postings_delete", responses={204: None, **ERROR_RESPONSES})
    def delete(self, request, posting_id):
        posting_delete(posting=get_own_posting(request, posting_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
