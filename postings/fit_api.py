"""`fit/{unique_key}/{posting_id}`: POST starts a fit report (202 with the job), GET returns the
latest one. Both the resume and the posting must be the caller's (else 404)."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from careercoach.api.errors import ApiError, rate_limited
from careercoach.api.parsers import SafeJSONParser
from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import StartInputSerializer, job_to_document, start_schema
from careercoach.generation.limits import RateLimited
from careercoach.generation.start import job_start
from postings.api import get_own_posting
from postings.fit_results import FitReportDocument, fit_latest, fit_to_document
from postings.kind import fit_document, fit_subject
from resumes.api import get_own_resume


class FitApi(APIView):
    parser_classes = [SafeJSONParser]

    @extend_schema(
        operation_id="fit_start", summary="Start a fit report of a resume against a posting", **start_schema()
    )
    def post(self, request, unique_key, posting_id):
        resume, posting = get_own_resume(request, unique_key), get_own_posting(request, posting_id)
        data = StartInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            job, _created = job_start(
                owner=request.user,
                kind="fit",
                resume=resume,
                document=fit_document(resume=resume, posting=posting),
                subject_id=fit_subject(resume=resume, posting=posting),
                language=data.validated_data["language"],
                providers=data.validated_data.get("providers"),
                regenerate=data.validated_data["regenerate"],
            )
        except RateLimited as exc:
            # Details without `scope` (unlike the generation start API), as this endpoint has always answered.
            raise rate_limited(exc, details={"limit_per_hour": exc.limit, "retry_after": exc.retry_after}) from exc
        return Response(job_to_document(request, job), status=status.HTTP_202_ACCEPTED)

    @extend_schema(
        operation_id="fit_latest",
        summary="Latest fit report of a resume against a posting",
        responses={200: OpenApiResponse(FitReportDocument, "The fit report (DESIGN.md)"), **ERROR_RESPONSES},
    )
    def get(self, request, unique_key, posting_id):
        resume, posting = get_own_resume(request, unique_key), get_own_posting(request, posting_id)
        report = fit_latest(resume=resume, posting=posting)
        if report is None:
            raise ApiError(
                f"No fit report yet for resume {unique_key} and posting {posting_id}",
                error_code="FIT_NOT_FOUND",
                status_code=404,
                details={"unique_key": unique_key, "posting_id": str(posting_id)},
            )
        return Response(fit_to_document(report))
