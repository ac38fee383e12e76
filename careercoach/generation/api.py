"""API views shared by every kind of generation; each app names its kind (the registry
supplies the rest) and documents its endpoints."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError, rate_limited
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.inputs import InputNotFound, input_document
from careercoach.generation.kinds import get_kind
from careercoach.generation.limits import RateLimited
from careercoach.generation.prefer import job_wait, preferred_wait
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from resumes.api import get_own_resume

JobSerializer = inline_serializer(
    name="Job",
    fields={
        "job_id": serializers.UUIDField(),
        "kind": serializers.CharField(),
        "status": serializers.ChoiceField(choices=["queued", "running", "done", "failed"]),
        "step": serializers.CharField(),
        "progress": serializers.IntegerField(min_value=0, max_value=100),
        "status_url": serializers.CharField(),
        "result_url": serializers.CharField(allow_null=True),
        "error": serializers.CharField(allow_null=True),
        "error_code": serializers.CharField(allow_null=True),
        "created_at": serializers.DateTimeField(),
        "updated_at": serializers.DateTimeField(),
    },
)


class StartInputSerializer(serializers.Serializer):
    language = serializers.ChoiceField(choices=["auto", "ko", "en"], default="auto")
    providers = serializers.ListField(
        child=serializers.ChoiceField(choices=["gemini", "openai", "claude", "local"]),
        required=False,
        max_length=4,
        help_text="Provider order to try; default: the configured order.",
    )
    regenerate = serializers.BooleanField(default=False, help_text="Ignore a stored result for the same resume.")
    posting_id = serializers.CharField(
        required=False, max_length=64, help_text="A saved job posting to tailor the result to (kinds that take one)."
    )


def result_url_for(request, job) -> str | None:
    if job.status != GenerationJob.Status.DONE:
        return None
    return request.build_absolute_uri(get_kind(job.kind).api_url(job))


def job_to_document(request, job) -> dict:
    return {
        "job_id": str(job.id),
        "kind": job.kind,
        "status": job.public_status,
        "step": job.public_step,
        "progress": job.progress,
        "status_url": request.build_absolute_uri(reverse("api-job", args=[job.id])),
        "result_url": result_url_for(request, job),
        "error": job.error or None,
        "error_code": job.error_code or None,
        "created_at": job.created_at,
        "updated_at": job.updated_at,
    }


def start_generation(request, unique_key: str, kind: str) -> Response:
    resume = get_own_resume(request, unique_key)
    data = StartInputSerializer(data=request.data)  # a body that is not an object is a 400
    data.is_valid(raise_exception=True)
    try:
        document = input_document(owner=request.user, kind=kind, resume=resume, values=request.data)
    except InputNotFound as exc:
        raise ApiError(str(exc), error_code=exc.error_code, status_code=404, details=exc.details) from exc
    try:
        job, _created = job_start(
            owner=request.user,
            resume=resume,
            document=document,
            kind=kind,
            language=data.validated_data["language"],
            providers=data.validated_data.get("providers"),
            regenerate=data.validated_data["regenerate"],
        )
    except RateLimited as exc:
        raise rate_limited(exc) from exc
    return job_response(request, job)


def job_response(request, job) -> Response:
    """202 with the job; with `Prefer: wait=N`, the finished result (200, the body of the GET)
    when the job ends within N seconds. Any kind's start API can answer through this."""
    wait = preferred_wait(request.headers.get("Prefer"))
    if wait is None:
        return Response(job_to_document(request, job), status=status.HTTP_202_ACCEPTED)
    job = job_wait(job, seconds=wait)
    headers = {"Preference-Applied": f"wait={wait}", "Vary": "Prefer"}
    kind = get_kind(job.kind)
    result = kind.result_of(job) if job.status == GenerationJob.Status.DONE and kind.to_document else None
    if result is not None:
        return Response(kind.to_document(result), status=status.HTTP_200_OK, headers=headers)
    return Response(job_to_document(request, job), status=status.HTTP_202_ACCEPTED, headers=headers)


class GenerationApi(APIView):
    """POST starts a generation (202 with the job); GET returns the latest result."""

    parser_classes = [SafeJSONParser]

    kind: str
    result_not_found_code: str

    def post(self, request, unique_key):
        return start_generation(request, unique_key, self.kind)

    def get(self, request, unique_key):
        resume = get_own_resume(request, unique_key)
        kind = get_kind(self.kind)
        result = kind.latest(resume=resume)
        if result is None:
            raise ApiError(
                f"No {self.kind} result yet for resume: {unique_key}",
                error_code=self.result_not_found_code,
                status_code=404,
                details={"unique_key": unique_key},
            )
        return Response(kind.to_document(result))


PREFER_WAIT = OpenApiParameter(
    "Prefer",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="`wait=N` (N <= 60, RFC 7240): answer 200 with the result if it is ready within N seconds.",
)


def start_schema(result=None) -> dict:
    """`extend_schema` arguments of a start endpoint: 202 with the job. Given the kind's result
    schema (a start view that answers through `job_response`), also `Prefer: wait=N` and its
    200 with that result."""
    responses = {202: OpenApiResponse(JobSerializer, "The job; poll status_url or stream jobs/{job_id}/events")}
    parameters = []
    if result is not None:
        parameters.append(PREFER_WAIT)
        responses[200] = OpenApiResponse(result, "With `Prefer: wait=N`: the finished result, as the GET returns it")
    return {"request": StartInputSerializer, "parameters": parameters, "responses": {**responses, **ERROR_RESPONSES}}


class JobApi(APIView):
    @extend_schema(operation_id="jobs_read", responses={200: JobSerializer, **ERROR_RESPONSES})
    def get(self, request, job_id):
        job = GenerationJob.objects.for_user(request.user).select_related("resume").filter(pk=job_id).first()
        if job is None:
            raise ApiError(
                f"Job not found: {job_id}", error_code="JOB_NOT_FOUND", status_code=404, details={"job_id": str(job_id)}
            )
        return Response(job_to_document(request, job))
