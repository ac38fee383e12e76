"""Resume endpoints of DESIGN.md. Thin: validate with the format serializer, call a service."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError
from careercoach.api.pagination import BoundedLimitOffsetPagination, PageQuerySerializer
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES, ErrorSerializer
from resumes.formats import resume_to_document
from resumes.messages import notice_payload, parse_error_text
from resumes.models import ParseJob
from resumes.parse_jobs import parse_job_get, parse_job_start
from resumes.parsing import ERROR_CODES, ParseError
from resumes.parsing.notices import NOTICE_CODES, Notice
from resumes.selectors import ResumeNotFound, resume_get, resume_list
from resumes.serializers import ResumeFormatSerializer, ResumeSummarySerializer, StoredResumeSerializer
from resumes.services import resume_create, resume_delete, resume_replace
from resumes.uploads import parse_upload, too_large_error, upload_refused


def _document_response(resume, status_code=status.HTTP_200_OK):
    body = {"unique_key": resume.unique_key, **resume_to_document(resume)}
    return Response(body, status=status_code)


def get_own_resume(request, unique_key):
    try:
        return resume_get(user=request.user, unique_key=unique_key)
    except ResumeNotFound as exc:
        raise ApiError(
            str(exc), error_code="RESUME_NOT_FOUND", status_code=404, details={"unique_key": unique_key}
        ) from exc


ResumePageSerializer = inline_serializer(
    name="ResumePage",
    fields={
        "count": serializers.IntegerField(),
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
        "results": ResumeSummarySerializer(many=True),
    },
)


class ResumeListCreateApi(APIView):
    # The resume format is nested JSON; a form-encoded body would silently lose every section.
    parser_classes = [SafeJSONParser]

    @extend_schema(
        operation_id="resumes_list",
        parameters=[PageQuerySerializer],
        responses={200: ResumePageSerializer, **ERROR_RESPONSES},
        summary="List your resumes",
    )
    def get(self, request):
        paginator = BoundedLimitOffsetPagination()
        page = paginator.paginate_queryset(resume_list(user=request.user), request, view=self)
        return paginator.get_paginated_response(ResumeSummarySerializer(page, many=True).data)

    @extend_schema(
        operation_id="resumes_create",
        request=ResumeFormatSerializer,
        responses={
            201: OpenApiResponse(StoredResumeSerializer, "The stored resume with its unique_key"),
            **ERROR_RESPONSES,
        },
        summary="Create a resume from the import format",
    )
    def post(self, request):
        serializer = ResumeFormatSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        resume = resume_create(owner=request.user, document=serializer.validated_data)
        return _document_response(resume, status.HTTP_201_CREATED)


class ResumeDetailApi(APIView):
    parser_classes = [SafeJSONParser]

    @extend_schema(operation_id="resumes_read", responses={200: StoredResumeSerializer, **ERROR_RESPONSES})
    def get(self, request, unique_key):
        return _document_response(get_own_resume(request, unique_key))

    @extend_schema(
        operation_id="resumes_replace",
        request=ResumeFormatSerializer,
        responses={200: StoredResumeSerializer, **ERROR_RESPONSES},
    )
    def put(self, request, unique_key):
        resume = get_own_resume(request, unique_key)
        serializer = ResumeFormatSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return _document_response(resume_replace(resume=resume, document=serializer.validated_data))

    @extend_schema(
        operation_id="resumes_update",
        request=ResumeFormatSerializer(partial=True),
        responses={200: StoredResumeSerializer, **ERROR_RESPONSES},
        description="Top-level sections given in the body replace the stored ones; the rest stay.",
    )
    def patch(self, request, unique_key):
        resume = get_own_resume(request, unique_key)
        if not isinstance(request.data, dict):
            raise ApiError("Expected a JSON object.", error_code="VALIDATION_ERROR")
        merged = {**resume_to_document(resume), **request.data}
        serializer = ResumeFormatSerializer(data=merged)
        serializer.is_valid(raise_exception=True)
        return _document_response(resume_replace(resume=resume, document=serializer.validated_data))

    @extend_schema(operation_id="resumes_delete", responses={204: None, **ERROR_RESPONSES})
    def delete(self, request, unique_key):
        resume_delete(resume=get_own_resume(request, unique_key))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ResumeParseInputSerializer(serializers.Serializer):
    # An empty file is the parser's to refuse, as 422 PARSE_EMPTY like any unreadable file.
    file = serializers.FileField(
        required=False,
        allow_empty_file=True,
        help_text="PDF, DOCX, Markdown, HTML, plain text, PNG or JPEG, up to 10 MB",
    )
    # No max_length: the parser refuses long text itself, with the 422 PARSE_TOO_MUCH_TEXT.
    text = serializers.CharField(required=False, help_text="Pasted resume text, up to 100,000 characters")

    def validate(self, attrs):
        if not attrs.get("file") and not attrs.get("text"):
            raise serializers.ValidationError("Send a file or text.")
        return attrs


class ResumeParseResultSerializer(serializers.Serializer):
    """The body of a readable upload (OpenAPI only; the view builds the dict)."""

    # Not ResumeFormat: nothing in a draft is checked yet, so a name, company or URL may be
    # missing (null) or malformed until the person reviews it.
    draft = serializers.JSONField(
        help_text="The resume in the import format (ResumeFormat), unchecked and "
        "not saved: any field may be null until reviewed"
    )
    guessed = serializers.ListField(
        child=serializers.CharField(),
        help_text='Paths worked out rather than read, e.g. "total_experience_months", '
        '"work_experiences[0].tech_stack", "technical_skills", "contact.github"',
    )
    source_type = serializers.ChoiceField(choices=["pdf", "docx", "text", "markdown", "html", "image"])
    warnings = serializers.ListField(
        child=inline_serializer(
            name="ResumeParseNotice",
            fields={
                "code": serializers.ChoiceField(choices=list(NOTICE_CODES)),
                "params": serializers.DictField(help_text='e.g. {"field": "work_experiences[0].company"}'),
                "message": serializers.CharField(help_text="The notice in the request's language"),
            },
        )
    )


class ResumeParseJobSerializer(serializers.Serializer):
    """`parse_job_body` (OpenAPI only): a scan or image being read with OCR."""

    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=ParseJob.Status.values)
    progress = serializers.IntegerField(min_value=0, max_value=100)
    status_url = serializers.CharField(help_text="This job's path: poll it until status is done or failed")
    result = ResumeParseResultSerializer(
        required=False, help_text="When done: what resumes/parse answers for a readable file"
    )
    error = inline_serializer(
        name="ResumeParseJobError",
        fields={"code": serializers.ChoiceField(choices=list(ERROR_CODES)), "detail": serializers.CharField()},
        required=False,
        help_text="When failed: the parser's code and the reason in the request's language",
    )


PARSE_ERROR_CODES = ", ".join(f"PARSE_{code.upper()}" for code in ERROR_CODES if code != "too_large")


def parse_api_error(error: ParseError) -> ApiError:
    """too_large is 413 like any oversized body; every other reason the file cannot be read
    is 422: the request was well formed, its content is not a readable resume."""
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE if error.code == "too_large" else 422
    return ApiError(
        parse_error_text(error),
        error_code=f"PARSE_{error.code.upper()}",
        status_code=status_code,
        details={"code": error.code},
    )


class ResumeParseApi(APIView):
    """Turn an uploaded resume into a draft in the import format. Nothing is stored, and the
    file is read from memory only."""

    @extend_schema(
        operation_id="resumes_parse",
        request={"multipart/form-data": ResumeParseInputSerializer},
        responses={
            200: ResumeParseResultSerializer,
            202: OpenApiResponse(
                ResumeParseJobSerializer, "A scan or image: read with OCR in the background; poll status_url"
            ),
            **ERROR_RESPONSES,
            413: OpenApiResponse(ErrorSerializer, "The file is over 10 MB (error_code PARSE_TOO_LARGE)"),
            422: OpenApiResponse(
                ErrorSerializer,
                f"The file is not a readable resume: error_code one of {PARSE_ERROR_CODES}; "
                "details.code is the parser's code",
            ),
        },
        summary="Parse an uploaded resume into a draft (not saved); a scan or image answers 202 with an OCR job",
    )
    def post(self, request):
        received = request.data
        if upload_refused(request):
            raise parse_api_error(too_large_error())
        data = ResumeParseInputSerializer(data=received)
        data.is_valid(raise_exception=True)
        try:
            result = parse_upload(upload=data.validated_data.get("file"), text=data.validated_data.get("text"))
        except ParseError as exc:
            if getattr(exc, "data", None) is None:
                raise parse_api_error(exc) from exc
            upload = data.validated_data.get("file")
            job = parse_job_start(owner=request.user, data=exc.data, filename=upload.name if upload else "")
            return Response(parse_job_body(job), status=status.HTTP_202_ACCEPTED)
        return Response(
            {
                "draft": result.draft,
                "guessed": result.guessed,
                "source_type": result.source_type,
                "warnings": [notice_payload(notice) for notice in result.warnings],
            }
        )


def parse_job_body(job) -> dict:
    """A parse job as the API shows it: its state, then the parse body or the error."""
    body = {
        "job_id": str(job.pk),
        "status": job.status,
        "progress": job.progress,
        "status_url": reverse("api-resume-parse-job", args=[job.pk]),
    }
    if job.status == job.Status.DONE:
        result = dict(job.result)
        result["warnings"] = [notice_payload(n) for n in map(Notice.from_dict, result.get("warnings") or []) if n]
        body["result"] = result
    elif job.status == job.Status.FAILED:
        error = ParseError(job.error_code or "corrupt", "")
        body["error"] = {"code": error.code, "detail": parse_error_text(error)}
    return body


class ResumeParseJobApi(APIView):
    """A scan or image being read with OCR: poll until `status` is done (with `result`, the
    same body `resumes/parse` answers) or failed (with `error`)."""

    @extend_schema(
        operation_id="resumes_parse_job",
        responses={200: ResumeParseJobSerializer, **ERROR_RESPONSES},
        summary="State and result of an OCR parse job (another person's job is 404)",
    )
    def get(self, request, job_id):
        return Response(parse_job_body(parse_job_get(owner=request.user, job_id=job_id)))
